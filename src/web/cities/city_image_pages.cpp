// SPDX-License-Identifier: EUPL-1.2
// Image handlers. Uploads run on the blocking pool (all POSTs do), because decoding costs.
#include "web/cities/city_image_pages.hpp"

#include "core/permissions.hpp"
#include "core/text_input.hpp"
#include "media/image.hpp"
#include "media/multipart.hpp"
#include "web/http/attachment_upload.hpp"
#include "web/http/clock.hpp"
#include "web/http/error_pages.hpp"
#include "web/http/page_helpers.hpp"

namespace rundum::web {

Result<Response> city_image(const Request& request, Services& services, std::string_view slug)
{
    RUNDUM_TRY_ASSIGN(city, services.store.find_city(slug));
    if (!city) {
        return not_found(request, services);
    }
    RUNDUM_TRY_ASSIGN(image, services.store.city_image(city->id));
    if (!image) {
        return not_found(request, services);
    }
    Response response;
    response.content_type = image->content_type;
    response.body = image->bytes;
    response.with_header("Cache-Control", "public, max-age=300");
    return response;
}

namespace {

// The image part and its text alternative from the upload form; Invalid when one is missing.
Result<std::pair<const media::FormPart*, std::string>> image_and_alt(const std::vector<media::FormPart>& parts)
{
    std::string alt_text;
    const media::FormPart* file = nullptr;
    for (const media::FormPart& part : parts) {
        if (part.name == "alt") {
            alt_text = part.data;
        } else if (part.name == "image" && !part.data.empty()) {
            file = &part;
        }
    }
    if (file == nullptr) {
        return fail(ErrorCode::Invalid, "error.image.missing");
    }
    if (alt_text.find_first_not_of(" \t\r\n") == std::string::npos) {
        return fail(ErrorCode::Invalid, "error.image.alt_missing");
    }
    RUNDUM_TRY(check_line("alt", alt_text));
    return std::pair{file, std::move(alt_text)};
}

} // namespace

Result<Response> upload_city_image(const Request& request, Services& services, std::string_view slug)
{
    RUNDUM_TRY_ASSIGN(city, editable_city(request, services, slug));
    // A refused image is answered with the error page: the form is a section of the edit page,
    // and the page says what was wrong with a way back.
    RUNDUM_TRY_ASSIGN(parts, media::parse_multipart(request.content_type, request.body));
    RUNDUM_TRY_ASSIGN(upload, image_and_alt(parts));
    RUNDUM_TRY(count_upload(request, services));
    RUNDUM_TRY_ASSIGN(image, media::reencode_image(upload.first->data));
    RUNDUM_TRY(services.store.set_city_image(
        city.id, CityImage{image.content_type, std::move(image.bytes), std::move(upload.second), now_iso()}));
    audit(request, services, "image_set", city.name);
    return redirect_to("/staedte/" + city.slug + "?gespeichert=1");
}

Result<Response> remove_city_image(const Request& request, Services& services, std::string_view slug)
{
    RUNDUM_TRY_ASSIGN(city, editable_city(request, services, slug));
    RUNDUM_TRY(services.store.remove_city_image(city.id));
    audit(request, services, "image_removed", city.name);
    return redirect_to("/staedte/" + city.slug + "/bearbeiten");
}

} // namespace rundum::web
