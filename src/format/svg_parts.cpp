// SPDX-License-Identifier: EUPL-1.2
// Shared pieces of the SVG pictures.
#include "format/svg_parts.hpp"

#include <cmath>
#include <cstdint>

#include "format/xml_text.hpp"

namespace rundum::format::svg {

std::string number(double value)
{
    if (!std::isfinite(value)) {
        return "0";
    }
    const std::int64_t tenths = std::llround(value * 10);
    std::string out;
    if (tenths < 0) {
        out += '-';
    }
    const std::int64_t magnitude = tenths < 0 ? -tenths : tenths;
    out += std::to_string(magnitude / 10);
    if (magnitude % 10 != 0) {
        out += '.';
        out += static_cast<char>('0' + magnitude % 10);
    }
    return out;
}

std::string id_prefix(std::string_view prefix)
{
    std::string id;
    for (char c : prefix) {
        const bool is_letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (is_letter || (c >= '0' && c <= '9') || c == '-' || c == '_') {
            id += c;
        }
    }
    const bool starts_with_letter =
        !id.empty() && ((id[0] >= 'a' && id[0] <= 'z') || (id[0] >= 'A' && id[0] <= 'Z'));
    return starts_with_letter ? id : "svg";
}

void open(std::string& out, std::string_view css_class, double width, double height,
          std::string_view id, std::string_view title, std::string_view description)
{
    out += "<svg xmlns=\"http://www.w3.org/2000/svg\"";
    append_attribute(out, "class", css_class);
    out += " viewBox=\"0 0 ";
    out += number(width);
    out += ' ';
    out += number(height);
    out += "\" role=\"img\" aria-labelledby=\"";
    out += id;
    out += "-title\" aria-describedby=\"";
    out += id;
    out += "-desc\">\n<title id=\"";
    out += id;
    out += "-title\">";
    out += xml_escaped(title);
    out += "</title>\n<desc id=\"";
    out += id;
    out += "-desc\">";
    out += xml_escaped(description);
    out += "</desc>\n";
}

void append_attribute(std::string& out, std::string_view name, double value)
{
    out += ' ';
    out += name;
    out += "=\"";
    out += number(value);
    out += '"';
}

void append_attribute(std::string& out, std::string_view name, std::string_view value)
{
    out += ' ';
    out += name;
    out += "=\"";
    out += xml_escaped(value);
    out += '"';
}

void append_text(std::string& out, double x, double y, std::string_view text,
                 std::string_view css_class, double font_size, std::string_view anchor)
{
    out += "<text";
    append_attribute(out, "class", css_class);
    append_attribute(out, "x", x);
    append_attribute(out, "y", y);
    append_attribute(out, "font-size", font_size);
    append_attribute(out, "text-anchor", anchor);
    out += " fill=\"currentColor\" stroke=\"#fff\" stroke-width=\"3\" stroke-linejoin=\"round\" "
           "paint-order=\"stroke\">";
    out += xml_escaped(text);
    out += "</text>\n";
}

} // namespace rundum::format::svg
