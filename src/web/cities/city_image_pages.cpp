// SPDX-License-Identifier: EUPL-1.2
// Image handlers. Uploads run on the blocking pool (all POSTs do), because decoding costs.
#include "web/cities/city_image_pages.hpp"

#include "core/permissions.hpp"
#include "core/text_input.hpp"
#include "media/image.hpp"
#include "web/http/attachment_upload.hpp"
#include "media/multipart.hpp"
#include "web/http/clock.hpp"
#include "web/http/error_pages.hpp"
#include "web/http/page_helpers.hpp"

namespace rundum::web {

Response city_image(const Request& request, Services& services, std::string_view slug)
{
    auto city = services.store.find_city(slug);
    if (!city || !*city) {
        return city ? not_found(request, services) : error_response(request, services, city.error());
    }
    auto image = services.store.city_image((*city)->id);
    if (!image || !*image) {
        return image ? not_found(request, services) : error_response(request, services, image.error());
    }
    Response response;
    response.content_type = (*image)->content_type;
    response.body = (*image)->bytes;
    response.with_header("Cache-Control", "public, max-age=300");
    return response;
}

Response upload_city_image(const Request& request, Services& services, std::string_view slug)
{
    if (auto guard = require_member(request, services)) {
        return std::move(*guard);
    }
    auto city = editable_city(request, services, slug);
    if (!city) {
        return error_response(request, services, city.error());
    }
    auto parts = media::parse_multipart(request.content_type, request.body);
    if (!parts) {
        return error_response(request, services, parts.error());
    }
    std::string alt_text;
    const media::FormPart* file = nullptr;
    for (const media::FormPart& part : *parts) {
        if (part.name == "alt") {
            alt_text = part.data;
        } else if (part.name == "image" && !part.data.empty()) {
            file = &part;
        }
    }
    Error problem;
    if (file == nullptr) {
        problem = Error{ErrorCode::Invalid, "error.image.missing", {}, {}};
    } else if (alt_text.find_first_not_of(" \t\r\n") == std::string::npos) {
        problem = Error{ErrorCode::Invalid, "error.image.alt_missing", {}, {}};
    } else if (auto alt = check_line("alt", alt_text); !alt) {
        problem = alt.error();
    } else if (auto counted = count_upload(request, services); !counted) {
        problem = counted.error();
    } else {
        auto image = media::reencode_image(file->data);
        if (image) {
            auto stored = services.store.set_city_image(
                city->id, CityImage{image->content_type, std::move(image->bytes), alt_text, now_iso()});
            if (!stored) {
                return error_response(request, services, stored.error());
            }
            audit(request, services, "image_set", city->name);
            return redirect_to("/staedte/" + city->slug + "?gespeichert=1");
        }
        problem = image.error();
    }
    // The form is a section of the edit page: answer with the message and a way back.
    Response response = error_response(request, services, problem);
    return response;
}

Response remove_city_image(const Request& request, Services& services, std::string_view slug)
{
    if (auto guard = require_member(request, services)) {
        return std::move(*guard);
    }
    auto city = editable_city(request, services, slug);
    if (!city) {
        return error_response(request, services, city.error());
    }
    if (auto removed = services.store.remove_city_image(city->id); !removed) {
        return error_response(request, services, removed.error());
    }
    audit(request, services, "image_removed", city->name);
    return redirect_to("/staedte/" + city->slug + "/bearbeiten");
}

} // namespace rundum::web
