// SPDX-License-Identifier: EUPL-1.2
// Fuzzes attachment sniffing (media::identify_attachment: the bounds-checked ZIP central
// directory and compound file readers, PDF and image signatures) and, with the same bytes as a
// client's file name, the download name and its Content-Disposition header.
#include "fuzz_support.hpp"

#include <string>

#include "media/attachment.hpp"

using namespace rundum;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes = fuzz::text_of(data, size);
    const auto type = media::identify_attachment(bytes, 10 * 1024 * 1024);
    if (type) {
        FUZZ_CHECK(!type->content_type.empty() && !type->extension.empty());
    } else {
        FUZZ_CHECK(type.error().code == ErrorCode::Invalid);
    }

    const std::string extension = type ? type->extension : "pdf";
    const std::string name = media::safe_file_name(bytes, extension);
    FUZZ_CHECK(!name.empty() && name.size() <= media::MAX_FILE_NAME_BYTES);
    FUZZ_CHECK(fuzz::is_valid_utf8(name));
    FUZZ_CHECK(name.front() != '.' && name.front() != ' ');
    FUZZ_CHECK(name.find_first_of("/\\\"<>:|?*") == std::string::npos);
    for (const char c : name) {
        FUZZ_CHECK(static_cast<unsigned char>(c) >= 0x20 && c != 0x7F);
    }
    FUZZ_CHECK(name.ends_with("." + extension));

    // Whatever name it is given, the header value stays one clean line of ASCII.
    for (const std::string_view file_name : {std::string_view(name), bytes}) {
        const std::string header = media::content_disposition(file_name, false);
        FUZZ_CHECK(header.starts_with("attachment; filename=\""));
        for (const char c : header) {
            FUZZ_CHECK(c >= 0x20 && c < 0x7F);
        }
    }
    return 0;
}
