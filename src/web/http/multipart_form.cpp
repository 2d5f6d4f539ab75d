// SPDX-License-Identifier: EUPL-1.2
// Reading a plain field of a multipart/form-data body.
#include "web/http/multipart_form.hpp"

#include "media/multipart.hpp"

namespace rundum::web {

std::string multipart_field(const Request& request, std::string_view name)
{
    auto parts = media::parse_multipart(request.content_type, request.body);
    if (!parts) {
        return {};
    }
    for (const media::FormPart& part : *parts) {
        if (part.name == name && part.filename.empty()) {
            return part.data;
        }
    }
    return {};
}

} // namespace rundum::web
