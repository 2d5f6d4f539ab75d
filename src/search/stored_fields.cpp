// SPDX-License-Identifier: EUPL-1.2
// A length-prefixed layout: no escaping, any bytes allowed in any field.
#include "search/stored_fields.hpp"

namespace rundum::search {

namespace {

void append_field(std::string& out, std::string_view field)
{
    std::size_t length = field.size();
    while (length >= 0x80) {
        out += static_cast<char>((length & 0x7FU) | 0x80U);
        length >>= 7U;
    }
    out += static_cast<char>(length);
    out.append(field);
}

bool read_field(std::string_view& data, std::string& field)
{
    std::size_t length = 0;
    unsigned shift = 0;
    while (true) {
        if (data.empty() || shift > 35) {
            return false;
        }
        auto byte = static_cast<unsigned char>(data.front());
        data.remove_prefix(1);
        length |= static_cast<std::size_t>(byte & 0x7FU) << shift;
        if ((byte & 0x80U) == 0) {
            break;
        }
        shift += 7;
    }
    if (length > data.size()) {
        return false;
    }
    field.assign(data.substr(0, length));
    data.remove_prefix(length);
    return true;
}

} // namespace

std::string encode_stored_fields(const SearchDocument& document)
{
    std::string out;
    out.reserve(document.kind.size() + document.id.size() + document.title.size() +
                document.summary.size() + document.body.size() + 16);
    append_field(out, document.kind);
    append_field(out, document.id);
    append_field(out, document.title);
    append_field(out, document.summary);
    append_field(out, document.body);
    return out;
}

std::optional<StoredFields> decode_stored_fields(std::string_view data)
{
    StoredFields fields;
    if (!read_field(data, fields.kind) || !read_field(data, fields.id) ||
        !read_field(data, fields.title) || !read_field(data, fields.summary) ||
        !read_field(data, fields.body) || !data.empty()) {
        return std::nullopt;
    }
    return fields;
}

} // namespace rundum::search
