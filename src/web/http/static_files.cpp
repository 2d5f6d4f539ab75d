// SPDX-License-Identifier: EUPL-1.2
// Serves embedded assets with a content type from their extension.
#include "web/http/static_files.hpp"

#include <map>

#include "web/http/error_pages.hpp"

namespace rundum::web {

namespace static_assets {
const std::map<std::string, std::string_view>& files(); // see CMakeLists.txt
}

namespace {

std::string content_type_for(std::string_view name)
{
    if (name.ends_with(".css")) {
        return "text/css; charset=utf-8";
    }
    if (name.ends_with(".js")) {
        return "text/javascript; charset=utf-8";
    }
    if (name.ends_with(".svg")) {
        return "image/svg+xml";
    }
    if (name.ends_with(".js")) {
        return "text/javascript; charset=utf-8";
    }
    return "application/octet-stream";
}

} // namespace

Response static_file(const Request& request, Services& services, std::string_view name)
{
    const auto& files = static_assets::files();
    auto found = files.find(std::string(name));
    if (found == files.end()) {
        return not_found(request, services);
    }
    Response response;
    response.content_type = content_type_for(name);
    response.body = std::string(found->second);
    // Assets change only with a new binary; a day's caching spares old office PCs the reload.
    response.with_header("Cache-Control", "public, max-age=86400");
    return response;
}

} // namespace rundum::web
