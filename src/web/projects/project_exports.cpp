// SPDX-License-Identifier: EUPL-1.2
// Exports run the list page's search over all matches (not one page) and write one row per
// project; the feed lists the newest public projects.
#include "web/projects/project_exports.hpp"

#include <algorithm>

#include "core/permissions.hpp"
#include "format/atom.hpp"
#include "format/csv.hpp"
#include "format/xlsx.hpp"
#include "search/documents.hpp"
#include "web/projects/project_access.hpp"
#include "web/search/search_access.hpp"
#include "web/search/search_params.hpp"

namespace rundum::web {

namespace {

constexpr std::size_t MAX_EXPORT_ROWS = 20'000;
constexpr std::size_t FEED_ENTRIES = 50;
constexpr std::size_t SEARCH_PAGE = 1000;

std::string joined(const std::vector<std::string>& items, std::string_view separator = "; ")
{
    std::string out;
    for (const std::string& item : items) {
        out += (out.empty() ? "" : std::string(separator)) + item;
    }
    return out;
}

// The projects the search found, in its order, up to `query.limit`, read page by page (the
// index answers at most SEARCH_PAGE hits at once, and each page is one read of the store).
Result<std::vector<Project>> found_projects(Services& services, search::SearchQuery query)
{
    const std::size_t wanted = query.limit;
    std::vector<Project> projects;
    query.limit = std::min(wanted, SEARCH_PAGE);
    for (query.offset = 0; projects.size() < wanted; query.offset += query.limit) {
        RUNDUM_TRY_ASSIGN(results, search_now(services, query));
        RUNDUM_TRY_ASSIGN(page, services.store.find_projects(hit_ids(results)));
        for (Project& project : page) {
            if (projects.size() < wanted) {
                projects.push_back(std::move(project));
            }
        }
        if (results.hits.size() < query.limit || query.offset + query.limit >= results.total) {
            break;
        }
    }
    return projects;
}

Result<format::Table> project_table(const Request& request, Services& services)
{
    const SearchParams params = SearchParams::parse(request.query);
    search::SearchQuery query = params.to_query(MAX_EXPORT_ROWS);
    query.offset = 0;
    query.kinds = {std::string(search::PROJECT_KIND)};
    query.include_members_only = is_allowed(request.visitor.member(), Action::ViewMembersOnly);
    RUNDUM_TRY_ASSIGN(projects, found_projects(services, query));
    RUNDUM_TRY_ASSIGN(labels, FacetLabels::load(services));
    const i18n::Catalogue& text = services.catalogue;
    format::Table table;
    table.sheet_name = text.text("project.list_title");
    for (const char* column : {"title", "city", "status", "topics", "target_groups", "start_date", "end_date",
                               "summary", "lead_organisation", "partners", "success_factors", "stumbling_blocks",
                               "contact_name", "contact_email", "address"}) {
        table.header.push_back(text.text(std::string("project.field.") + column));
    }
    for (const Project& found : projects) {
        const Project project = as_seen_by(found, request.visitor.member());
        std::vector<std::string> topic_names;
        for (const std::string& topic : project.topics) {
            topic_names.push_back(labels.label("topic", topic));
        }
        table.rows.push_back({project.title, labels.city_name_of_id(project.city_id),
                              text.text("project.status." + std::string(status_key(project.status))),
                              joined(topic_names), joined(project.target_groups), project.start_date,
                              project.end_date, project.summary, project.lead_organisation,
                              joined(project.partners), joined(project.success_factors),
                              joined(project.stumbling_blocks), project.contact_name, project.contact_email,
                              services.config.base_url + "/praxisbeispiele/" + project.id});
    }
    return table;
}

Response download(const Request& request, std::string content_type, std::string body, const std::string& name)
{
    Response response;
    response.content_type = std::move(content_type);
    response.body = std::move(body);
    response.with_header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    if (request.visitor.is_signed_in()) {
        response.with_header("Cache-Control", "no-store");
    }
    return response;
}

} // namespace

Result<Response> project_list_csv(const Request& request, Services& services)
{
    RUNDUM_TRY_ASSIGN(table, project_table(request, services));
    return download(request, "text/csv; charset=utf-8", format::write_csv(table), "praxisbeispiele.csv");
}

Result<Response> project_list_xlsx(const Request& request, Services& services)
{
    RUNDUM_TRY_ASSIGN(table, project_table(request, services));
    RUNDUM_TRY_ASSIGN(bytes, format::write_xlsx(table));
    return download(request, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", std::move(bytes),
                    "praxisbeispiele.xlsx");
}

Result<Response> project_feed(const Request& /*request*/, Services& services)
{
    search::SearchQuery query;
    query.kinds = {std::string(search::PROJECT_KIND)};
    query.sort = search::SortOrder::Newest;
    query.limit = FEED_ENTRIES;
    query.include_members_only = false; // a feed is read by programs without a session
    RUNDUM_TRY_ASSIGN(projects, found_projects(services, query));
    RUNDUM_TRY_ASSIGN(labels, FacetLabels::load(services));
    const std::string& base = services.config.base_url;
    format::AtomFeed feed;
    feed.id = base + "/praxisbeispiele.atom";
    feed.title = services.catalogue.text("project.feed_title");
    feed.subtitle = services.catalogue.text("project.feed_subtitle");
    feed.self_url = feed.id;
    feed.alternate_url = base + "/praxisbeispiele";
    for (const Project& project : projects) {
        format::AtomEntry entry;
        entry.id = base + "/praxisbeispiele/" + project.id;
        entry.title = project.title;
        entry.link = entry.id;
        entry.published = project.created_at;
        entry.updated = project.updated_at;
        entry.author = labels.city_name_of_id(project.city_id);
        entry.summary = project.summary;
        for (const std::string& topic : project.topics) {
            entry.categories.push_back(labels.label("topic", topic));
        }
        feed.entries.push_back(std::move(entry));
    }
    if (feed.entries.empty()) {
        feed.updated = "2000-01-01T00:00:00Z";
    }
    Response response;
    response.content_type = "application/atom+xml; charset=utf-8";
    response.body = format::write_atom(feed);
    return response;
}

} // namespace rundum::web
