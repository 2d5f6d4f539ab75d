// SPDX-License-Identifier: EUPL-1.2
// What a document keeps in the index besides its terms: the texts that hits and snippets are made
// from, so a search never needs the database.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "search/search_index.hpp"

namespace rundum::search {

/// The stored part of a SearchDocument.
struct StoredFields {
    std::string kind;
    std::string id;
    std::string title;
    std::string summary;
    std::string body;
};

/// The document data for Xapian: each field as a varint length and its bytes.
std::string encode_stored_fields(const SearchDocument& document);

/// The fields back, or nullopt when the data is not what encode_stored_fields wrote.
std::optional<StoredFields> decode_stored_fields(std::string_view data);

} // namespace rundum::search
