// SPDX-License-Identifier: EUPL-1.2
// A small writer over Boost.JSON values; Boost's own serializer prints doubles in exponent
// form, which municipal IT staff reading an export should not have to decode.
#include "format/json_writer.hpp"

#include <charconv>

#include <boost/json.hpp>

namespace rundum::format {

namespace json = boost::json;

namespace {

void write_number(double number, std::string& out)
{
    char buffer[64];
    // Shortest text that reads back to the same double, in fixed notation.
    auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, number, std::chars_format::fixed);
    if (error != std::errc()) {
        out += json::serialize(json::value(number));
        return;
    }
    out.append(buffer, end);
}

void write(const json::value& value, std::string& out, int depth, bool pretty)
{
    auto new_line = [&](int level) {
        if (pretty) {
            out += '\n';
            out.append(static_cast<std::size_t>(level) * 2, ' ');
        }
    };
    switch (value.kind()) {
    case json::kind::object: {
        const auto& object = value.get_object();
        out += '{';
        bool first = true;
        for (const auto& [key, member] : object) {
            out += first ? "" : ",";
            first = false;
            new_line(depth + 1);
            out += json::serialize(json::string_view(key));
            out += pretty ? ": " : ":";
            write(member, out, depth + 1, pretty);
        }
        if (!object.empty()) {
            new_line(depth);
        }
        out += '}';
        return;
    }
    case json::kind::array: {
        const auto& array = value.get_array();
        out += '[';
        for (std::size_t i = 0; i < array.size(); ++i) {
            out += i == 0 ? "" : ",";
            new_line(depth + 1);
            write(array[i], out, depth + 1, pretty);
        }
        if (!array.empty()) {
            new_line(depth);
        }
        out += ']';
        return;
    }
    case json::kind::double_:
        write_number(value.get_double(), out);
        return;
    default:
        out += json::serialize(value);
    }
}

} // namespace

std::string compact_json(const boost::json::value& value)
{
    std::string out;
    write(value, out, 0, false);
    return out;
}

std::string pretty_json(const boost::json::value& value)
{
    std::string out;
    write(value, out, 0, true);
    out += '\n';
    return out;
}

} // namespace rundum::format
