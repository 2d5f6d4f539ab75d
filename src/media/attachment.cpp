// SPDX-License-Identifier: EUPL-1.2
// Attachment recognition and download names. Uploads are hostile input. ZIP files (Office Open
// XML, OpenDocument) are read by libzip and libxml2 in office_zip.cpp, legacy Office files in
// compound_file.cpp.
#include "media/attachment.hpp"

#include "core/text.hpp"
#include "core/utf8.hpp"
#include "media/byte_reader.hpp"
#include "media/compound_file.hpp"
#include "media/office_zip.hpp"
#include "media/upload_size.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace rundum::media {

namespace {

using namespace std::string_view_literals;

tl::unexpected<Error> refused(std::string detail)
{
    return fail(ErrorCode::Invalid, "error.attachment.type", {}, std::move(detail));
}


AttachmentType type(std::string_view content_type, std::string_view extension)
{
    return AttachmentType{std::string(content_type), std::string(extension)};
}

// --- File names ------------------------------------------------------------------------------


bool is_space(std::uint32_t c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || c == 0xA0U || (c >= 0x2000U && c <= 0x200AU) ||
           c == 0x202FU || c == 0x205FU || c == 0x3000U;
}

/// Characters dropped from names: controls, invisible direction marks (which make
/// "gpj.exe" read as "exe.jpg"), zero-width characters, and what Windows forbids in names.
bool is_dropped(std::uint32_t c)
{
    return c < 0x20U || (c >= 0x7FU && c <= 0x9FU) || c == 0x061CU ||
           (c >= 0x200BU && c <= 0x200FU) || (c >= 0x202AU && c <= 0x202EU) ||
           (c >= 0x2066U && c <= 0x2069U) || c == 0xFEFFU ||
           (c < 0x80U &&
            std::string_view("\"\\<>:|?*").find(static_cast<char>(c)) != std::string_view::npos);
}

std::string_view trim_blanks_and_dots(std::string_view text)
{
    const std::size_t first = text.find_first_not_of(" .");
    if (first == std::string_view::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" .") - first + 1);
}

/// A final ".abc" that looks like an extension: 1 to 8 ASCII letters and digits, one a letter
/// (so "Protokoll 12.03.2024" keeps its date).
std::size_t extension_start(std::string_view name)
{
    const std::size_t dot = name.rfind('.');
    if (dot == std::string_view::npos || dot == 0) {
        return std::string_view::npos;
    }
    const std::string_view extension = name.substr(dot + 1);
    const auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    const bool looks_like_one =
        !extension.empty() && extension.size() <= 8 &&
        std::all_of(extension.begin(), extension.end(),
                    [&](char c) { return is_letter(c) || (c >= '0' && c <= '9'); }) &&
        std::any_of(extension.begin(), extension.end(), is_letter);
    return looks_like_one ? dot : std::string_view::npos;
}

/// An ASCII stand-in for one character in the plain `filename` parameter.
std::string_view ascii_fallback(std::uint32_t c)
{
    switch (c) {
    case 0xC4U:
        return "Ae";
    case 0xD6U:
        return "Oe";
    case 0xDCU:
        return "Ue";
    case 0xE4U:
        return "ae";
    case 0xF6U:
        return "oe";
    case 0xFCU:
        return "ue";
    case 0xDFU:
        return "ss";
    default:
        return "_";
    }
}

bool is_attr_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           std::string_view("!#$&+-.^_`|~").find(c) != std::string_view::npos;
}

} // namespace

bool AttachmentType::is_inline_safe() const
{
    return content_type == "application/pdf" || content_type == "image/png" ||
           content_type == "image/jpeg" || content_type == "image/gif" ||
           content_type == "image/webp";
}

Result<AttachmentType> identify_attachment(std::string_view bytes, std::size_t max_bytes)
{
    if (bytes.empty()) {
        return fail(ErrorCode::Invalid, "error.attachment.empty", {}, "0 bytes uploaded");
    }
    if (bytes.size() > max_bytes) {
        return fail(ErrorCode::Invalid, "error.attachment.too_large", {megabytes(max_bytes)},
                    std::to_string(bytes.size()) + " bytes uploaded");
    }
    const Bytes data(bytes);
    if (data.matches(0, "%PDF-")) {
        return type("application/pdf", "pdf");
    }
    if (data.matches(0, "\x89PNG\r\n\x1A\n")) {
        return type("image/png", "png");
    }
    if (data.matches(0, "\xFF\xD8\xFF")) {
        return type("image/jpeg", "jpg");
    }
    if (data.matches(0, "GIF87a") || data.matches(0, "GIF89a")) {
        return type("image/gif", "gif");
    }
    if (data.matches(0, "RIFF") && data.matches(8, "WEBP")) {
        return type("image/webp", "webp");
    }
    if (data.matches(0, "PK\x03\x04")) {
        return identify_office_zip(bytes);
    }
    if (data.matches(0, COMPOUND_FILE_SIGNATURE)) {
        return identify_compound_file(data);
    }
    return refused("no known signature");
}

std::string safe_file_name(std::string_view client_name, std::string_view extension)
{
    const std::size_t separator = client_name.find_last_of("/\\");
    if (separator != std::string_view::npos) {
        client_name.remove_prefix(separator + 1);
    }
    std::string cleaned;
    bool is_space_pending = false;
    for (std::size_t at = 0; at < client_name.size();) {
        const auto [length, code_point] = decode_utf8(client_name, at);
        if (length == 0) {
            ++at; // a broken byte is dropped
            continue;
        }
        if (is_space(code_point)) {
            is_space_pending = true;
        } else if (!is_dropped(code_point)) {
            if (is_space_pending && !cleaned.empty()) {
                cleaned += ' ';
            }
            is_space_pending = false;
            cleaned.append(client_name, at, length);
        }
        at += length;
    }
    std::string_view name = trim_blanks_and_dots(cleaned);
    if (const std::size_t dot = extension_start(name); dot != std::string_view::npos) {
        name = trim_blanks_and_dots(name.substr(0, dot));
    }
    // Built forwards: g++ 12 at -O3 warns falsely (-Wrestrict) about inserting at the front.
    std::string suffix = ".";
    for (char c : extension) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            suffix += c;
        }
    }
    if (suffix.size() == 1) {
        suffix.clear();
    }
    const std::size_t room = MAX_FILE_NAME_BYTES - suffix.size();
    if (name.size() > room) {
        std::size_t cut = room;
        while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0U) == 0x80U) {
            --cut; // never inside a character
        }
        name = trim_blanks_and_dots(name.substr(0, cut));
    }
    return (name.empty() ? std::string("anhang") : std::string(name)) + suffix;
}

std::string content_disposition(std::string_view file_name, bool inline_display)
{
    if (file_name.empty()) {
        file_name = "anhang";
    }
    std::string fallback;
    std::string encoded;
    constexpr std::string_view HEX = "0123456789ABCDEF";
    for (std::size_t at = 0; at < file_name.size();) {
        const auto [length, code_point] = decode_utf8(file_name, at);
        if (length == 0 || code_point < 0x20U || code_point == 0x7FU) {
            ++at; // nothing broken or invisible reaches a header
            continue;
        }
        if (code_point >= 0x80U) {
            fallback += ascii_fallback(code_point);
        } else if (code_point == '"' || code_point == '\\' || code_point == '%') {
            fallback += '_'; // '%' because some clients percent-decode the plain parameter
        } else {
            fallback += static_cast<char>(code_point);
        }
        for (std::size_t i = at; i < at + length; ++i) {
            const char c = file_name[i];
            if (is_attr_char(c)) {
                encoded += c;
            } else {
                const auto byte = static_cast<unsigned char>(c);
                encoded += '%';
                encoded += HEX[byte >> 4];
                encoded += HEX[byte & 0x0FU];
            }
        }
        at += length;
    }
    return std::string(inline_display ? "inline" : "attachment") + "; filename=\"" + fallback +
           "\"; filename*=UTF-8''" + encoded;
}

} // namespace rundum::media
