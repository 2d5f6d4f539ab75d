// SPDX-License-Identifier: EUPL-1.2
// Fuzzes multipart/form-data bodies (media::parse_multipart). Input: the Content-Type header
// value, a line break, then the body.
#include "fuzz_support.hpp"

#include "media/multipart.hpp"

using namespace rundum;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input = fuzz::text_of(data, size);
    const std::size_t newline = input.find('\n');
    if (newline == std::string_view::npos) {
        return 0;
    }
    const std::string_view content_type = input.substr(0, newline);
    const std::string_view body = input.substr(newline + 1);

    const auto parts = media::parse_multipart(content_type, body);
    if (!parts) {
        FUZZ_CHECK(parts.error().key == "error.form.malformed");
        return 0;
    }
    FUZZ_CHECK(parts->size() <= media::MAX_FORM_PARTS);
    for (const media::FormPart& part : *parts) {
        FUZZ_CHECK(!part.name.empty());
        // A part's bytes are the body's bytes, never more.
        FUZZ_CHECK(body.find(part.data) != std::string_view::npos);
    }
    return 0;
}
