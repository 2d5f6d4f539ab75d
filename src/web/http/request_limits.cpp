// SPDX-License-Identifier: EUPL-1.2
// Counting a form's fields before parsing it (the body limits by route are in the route table).
#include "web/http/request_limits.hpp"

namespace rundum::web {

std::size_t form_field_count(std::string_view body, std::size_t stop_after)
{
    std::size_t count = 0;
    std::size_t start = 0;
    while (start <= body.size() && count <= stop_after) {
        std::size_t end = body.find('&', start);
        if (end == std::string_view::npos) {
            end = body.size();
        }
        if (end > start) {
            ++count;
        }
        start = end + 1;
    }
    return count;
}

} // namespace rundum::web
