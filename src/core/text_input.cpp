// SPDX-License-Identifier: EUPL-1.2
// The input rule for text, on the strict UTF-8 decoder.
#include "core/text_input.hpp"

#include <cstdio>

#include "core/utf8.hpp"

namespace rundum {

namespace {

constexpr std::string_view REPLACEMENT = "\xEF\xBF\xBD"; // U+FFFD
constexpr std::string_view ELLIPSIS = "\xE2\x80\xA6";    // U+2026

bool is_control(std::uint32_t code_point)
{
    return code_point < 0x20U || (code_point >= 0x7FU && code_point <= 0x9FU);
}

bool is_bidi_control(std::uint32_t code_point)
{
    return (code_point >= 0x202AU && code_point <= 0x202EU) || (code_point >= 0x2066U && code_point <= 0x2069U);
}

std::string code_point_name(std::uint32_t code_point)
{
    char name[16];
    std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(code_point));
    return name;
}

tl::unexpected<Error> text_error(std::string_view field, std::string key, std::vector<std::string> args,
                                 std::string detail)
{
    Error error{ErrorCode::Invalid, std::move(key), std::move(args), "field " + std::string(field) + ": " + detail};
    error.field = std::string(field);
    return fail(std::move(error));
}

} // namespace

Result<void> check_text(std::string_view field, std::string_view text, TextShape shape, std::size_t max_characters)
{
    std::size_t characters = 0;
    for (std::size_t at = 0; at < text.size();) {
        const Utf8Char next = decode_utf8(text, at);
        if (next.length == 0) {
            return text_error(field, "error.text.not_utf8", {}, "broken UTF-8 at byte " + std::to_string(at));
        }
        const std::uint32_t c = next.code_point;
        const bool line_break = c == '\n' || c == '\r';
        if (line_break && shape == TextShape::Line) {
            return text_error(field, "error.text.line_break", {}, "line break at byte " + std::to_string(at));
        }
        if (is_control(c) && !line_break && !(c == '\t' && shape == TextShape::Lines)) {
            return text_error(field, "error.text.control_character", {code_point_name(c)},
                              code_point_name(c) + " at byte " + std::to_string(at));
        }
        if (is_bidi_control(c)) {
            return text_error(field, "error.text.bidi_control", {code_point_name(c)},
                              code_point_name(c) + " at byte " + std::to_string(at));
        }
        at += next.length;
        // Counting as we go stops a huge value early (and never runs past the limit's worth).
        if (++characters > max_characters) {
            return text_error(field, "error.text.too_long", {std::to_string(max_characters)},
                              "more than " + std::to_string(max_characters) + " characters");
        }
    }
    return {};
}

Result<void> check_length(std::string_view text, std::size_t max_characters, std::string key)
{
    if (character_count(text) > max_characters) {
        return fail(ErrorCode::Invalid, std::move(key), {std::to_string(max_characters)});
    }
    return {};
}

Result<void> check_line(std::string_view field, std::string_view text, std::size_t max_characters)
{
    return check_text(field, text, TextShape::Line, max_characters);
}

Result<void> check_lines(std::string_view field, std::string_view text, std::size_t max_characters)
{
    return check_text(field, text, TextShape::Lines, max_characters);
}

Result<void> check_line_items(std::string_view field, const std::vector<std::string>& items,
                              std::size_t max_characters)
{
    for (const std::string& item : items) {
        RUNDUM_TRY(check_line(field, item, max_characters));
    }
    return {};
}

std::string bounded_excerpt(std::string_view text, std::size_t max_characters)
{
    std::string out;
    std::size_t characters = 0;
    for (std::size_t at = 0; at < text.size();) {
        if (characters == max_characters) {
            out += ELLIPSIS;
            break;
        }
        const Utf8Char next = decode_utf8(text, at);
        if (next.length == 0 || is_control(next.code_point) || is_bidi_control(next.code_point)) {
            out += REPLACEMENT;
            at += next.length == 0 ? 1 : next.length;
        } else {
            out += text.substr(at, next.length);
            at += next.length;
        }
        ++characters;
    }
    return out;
}

} // namespace rundum
