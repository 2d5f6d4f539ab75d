// SPDX-License-Identifier: EUPL-1.2
// Term spelling; see index_terms.hpp for what each prefix is for.
#include "search/index_terms.hpp"

namespace rundum::search {

std::string id_term(std::string_view kind, std::string_view id)
{
    std::string term(ID_PREFIX);
    term.append(kind).append(":").append(id);
    return term;
}

std::string kind_term(std::string_view kind)
{
    return std::string(KIND_PREFIX).append(kind);
}

std::string visibility_term(Visibility visibility)
{
    return std::string(VISIBILITY_PREFIX)
        .append(visibility == Visibility::Public ? "public" : "members");
}

std::string facet_term(std::string_view facet, std::string_view value)
{
    std::string term(FACET_PREFIX);
    term.append(facet).append(":").append(value);
    return term;
}

std::string document_key(std::string_view kind, std::string_view id)
{
    std::string key(kind);
    key += '\0';
    key.append(id);
    return key;
}

std::string reversed(std::string_view stem)
{
    std::string out(stem.size(), '\0');
    std::size_t write = stem.size();
    std::size_t read = 0;
    while (read < stem.size()) {
        // Copy each UTF-8 sequence whole, so multi-byte letters stay valid when reversed.
        std::size_t length = 1;
        while (read + length < stem.size() &&
               (static_cast<unsigned char>(stem[read + length]) & 0xC0U) == 0x80U) {
            ++length;
        }
        write -= length;
        out.replace(write, length, stem.substr(read, length));
        read += length;
    }
    return out;
}

std::string reversed_term(std::string_view stem)
{
    return std::string(REVERSED_PREFIX).append(reversed(stem));
}

} // namespace rundum::search
