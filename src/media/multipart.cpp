// SPDX-License-Identifier: EUPL-1.2
// multipart/form-data parsing on string_views: no copies until a part is complete, every index
// checked against the body's size, since the body is whatever a client sent.
#include "media/multipart.hpp"

#include "core/text.hpp"

#include <optional>
#include <utility>

namespace rundum::media {

namespace {

tl::unexpected<Error> malformed(std::string detail)
{
    return fail(ErrorCode::Invalid, "error.form.malformed", {}, std::move(detail));
}


struct Parameter {
    std::string_view name;
    std::string value;
};

/// A header value split into its leading value and `; name=value` parameters.
struct HeaderValue {
    std::string_view value;
    std::vector<Parameter> parameters;

    /// The first parameter of that name (case-insensitive), or nullopt.
    std::optional<std::string> parameter(std::string_view name) const
    {
        for (const auto& parameter : parameters) {
            if (equals_ignoring_case(parameter.name, name)) {
                return parameter.value;
            }
        }
        return std::nullopt;
    }
};

/// Parses `value; a=token; b="quoted \"string\""`; nullopt on a parameter without '=', an
/// unterminated quoted string or text after one.
std::optional<HeaderValue> parse_header_value(std::string_view text)
{
    HeaderValue result;
    std::size_t position = text.find(';');
    result.value = trim_blanks(text.substr(0, position));
    while (position < text.size()) {
        ++position; // the ';'
        while (position < text.size() && is_blank(text[position])) {
            ++position;
        }
        if (position == text.size()) {
            break; // a trailing ';'
        }
        const std::size_t equals = text.find_first_of("=;", position);
        if (equals == std::string_view::npos || text[equals] != '=') {
            return std::nullopt;
        }
        Parameter parameter{trim_blanks(text.substr(position, equals - position)), {}};
        position = equals + 1;
        while (position < text.size() && is_blank(text[position])) {
            ++position;
        }
        if (position < text.size() && text[position] == '"') {
            ++position;
            bool is_closed = false;
            while (position < text.size()) {
                const char c = text[position++];
                if (c == '"') {
                    is_closed = true;
                    break;
                }
                // Only \" and \\ are escapes: browsers send a Windows path's backslashes as is.
                if (c == '\\' && position < text.size() &&
                    (text[position] == '"' || text[position] == '\\')) {
                    parameter.value += text[position++];
                } else {
                    parameter.value += c;
                }
            }
            if (!is_closed) {
                return std::nullopt;
            }
            while (position < text.size() && is_blank(text[position])) {
                ++position;
            }
            if (position < text.size() && text[position] != ';') {
                return std::nullopt;
            }
        } else {
            const std::size_t end = text.find(';', position);
            parameter.value = std::string(trim_blanks(text.substr(position, end - position)));
            position = end;
        }
        if (parameter.name.empty()) {
            return std::nullopt;
        }
        result.parameters.push_back(std::move(parameter));
    }
    return result;
}

/// One part between two boundaries: headers, an empty line, the data.
Result<FormPart> parse_part(std::string_view part)
{
    constexpr std::string_view HEADER_END = "\r\n\r\n";
    const std::size_t header_end = part.find(HEADER_END);
    if (part.substr(0, 2) == "\r\n" || header_end == std::string_view::npos) {
        return malformed("part without headers");
    }
    FormPart result;
    result.data = std::string(part.substr(header_end + HEADER_END.size()));
    std::optional<HeaderValue> disposition;

    const std::string_view headers = part.substr(0, header_end);
    std::size_t start = 0;
    while (start <= headers.size()) {
        std::size_t end = headers.find("\r\n", start);
        if (end == std::string_view::npos) {
            end = headers.size();
        }
        const std::string_view line = headers.substr(start, end - start);
        start = end + 2;
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos || line.empty() || is_blank(line.front())) {
            return malformed("part header line without a name (or folded)");
        }
        const std::string_view name = trim_blanks(line.substr(0, colon));
        const std::string_view value = trim_blanks(line.substr(colon + 1));
        if (equals_ignoring_case(name, "Content-Disposition") && !disposition) {
            disposition = parse_header_value(value);
            if (!disposition) {
                return malformed("unreadable Content-Disposition");
            }
        } else if (equals_ignoring_case(name, "Content-Type") && result.content_type.empty()) {
            result.content_type = std::string(value);
        }
    }
    if (!disposition || !equals_ignoring_case(disposition->value, "form-data")) {
        return malformed("part without Content-Disposition: form-data");
    }
    result.name = disposition->parameter("name").value_or("");
    if (result.name.empty()) {
        return malformed("part without a name");
    }
    result.filename = disposition->parameter("filename").value_or("");
    return result;
}

} // namespace

Result<std::vector<FormPart>> parse_multipart(std::string_view content_type_header,
                                              std::string_view body)
{
    const std::optional<HeaderValue> content_type = parse_header_value(content_type_header);
    if (!content_type || !equals_ignoring_case(content_type->value, "multipart/form-data")) {
        return malformed("not multipart/form-data");
    }
    const std::string boundary = content_type->parameter("boundary").value_or("");
    constexpr std::size_t MAX_BOUNDARY = 70; // RFC 2046 5.1.1
    if (boundary.empty() || boundary.size() > MAX_BOUNDARY) {
        return malformed("no boundary or one longer than 70 characters");
    }

    // The delimiter is CRLF "--" boundary; the first one may start the body (no CRLF before it).
    const std::string separator = "\r\n--" + boundary;
    const std::string_view first_delimiter = std::string_view(separator).substr(2);
    std::size_t position = 0;
    if (body.starts_with(first_delimiter)) {
        position = first_delimiter.size();
    } else {
        const std::size_t found = body.find(separator);
        if (found == std::string_view::npos) {
            return malformed("no boundary in the body");
        }
        position = found + separator.size();
    }

    std::vector<FormPart> parts;
    while (true) {
        if (body.substr(position, 2) == "--") {
            return parts; // the closing delimiter; an epilogue after it is ignored
        }
        while (position < body.size() && is_blank(body[position])) {
            ++position; // transport padding
        }
        if (body.substr(position, 2) != "\r\n") {
            return malformed("boundary not followed by a line end");
        }
        position += 2;
        if (parts.size() == MAX_FORM_PARTS) {
            return malformed("more than " + std::to_string(MAX_FORM_PARTS) + " parts");
        }
        const std::size_t part_end = body.find(separator, position);
        if (part_end == std::string_view::npos) {
            return malformed("closing boundary missing");
        }
        RUNDUM_TRY_ASSIGN(part, parse_part(body.substr(position, part_end - position)));
        parts.push_back(std::move(part));
        position = part_end + separator.size();
    }
}

} // namespace rundum::media
