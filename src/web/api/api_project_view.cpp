// SPDX-License-Identifier: EUPL-1.2
// The JSON of a Praxisbeispiel in the API: the shape of format::project_to_json (the same as
// export and saved versions) plus addresses.
#include "web/api/api_project_view.hpp"

#include <boost/json.hpp>

#include "format/json_writer.hpp"
#include "format/project_json.hpp"
#include "web/http/edit_token.hpp"
#include "web/http/page_helpers.hpp"

namespace rundum::web {

namespace json = boost::json;

json::object api_project_json(const Services& services, const Project& project, const std::string& city_slug)
{
    json::object out = format::project_to_json(project);
    out["city"] = city_slug;
    out["url"] = services.config.base_url + "/praxisbeispiele/" + project.id;
    json::array files;
    for (const AttachmentInfo& file : project.attachments) {
        json::object described = format::attachment_to_json(file);
        described["url"] = services.config.base_url + "/praxisbeispiele/" + project.id + "/anhaenge/" + file.id;
        files.emplace_back(std::move(described));
    }
    out["attachments"] = std::move(files);
    return out;
}

std::string api_project_tag(const Project& project)
{
    return entity_tag(state_of(format::compact_json(format::project_to_json(project))));
}

} // namespace rundum::web
