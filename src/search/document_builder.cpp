// SPDX-License-Identifier: EUPL-1.2
// Field weights: a title word counts three times, a summary word twice, a body word once; title
// and summary stems are also indexed under their own prefixes so queries can boost them.
#include "search/document_builder.hpp"

#include <algorithm>
#include <set>

#include "search/german_analyzer.hpp"
#include "search/index_terms.hpp"
#include "search/stop_words.hpp"
#include "search/stored_fields.hpp"

namespace rundum::search {

namespace {

constexpr Xapian::termcount TITLE_WDF = 3;
constexpr Xapian::termcount SUMMARY_WDF = 2;
constexpr Xapian::termcount BODY_WDF = 1;
constexpr std::size_t MAX_KEY_BYTES = 64;    // kinds and facet names
constexpr std::size_t MAX_VALUE_BYTES = 160; // ids and facet values: terms are at most 245 bytes
constexpr std::size_t MAX_JOINED_PARTS = 4;  // "Eltern-Kind-Zentrum" also as one word

bool is_valid_key(std::string_view key)
{
    return !key.empty() && key.size() <= MAX_KEY_BYTES &&
           std::all_of(key.begin(), key.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
           });
}

bool is_valid_value(std::string_view value)
{
    return !value.empty() && value.size() <= MAX_VALUE_BYTES;
}

void index_word(Xapian::Document& document, std::string_view folded, Xapian::termcount wdf,
                std::string_view field_prefix)
{
    if (folded.size() > MAX_WORD_BYTES || is_stop_word(folded)) {
        return;
    }
    std::string word_stem = stem(folded);
    if (word_stem.empty()) {
        return;
    }
    document.add_term(word_stem, wdf);
    if (!is_number(word_stem) && letter_count(word_stem) >= MIN_REVERSED_STEM_LETTERS) {
        document.add_term(reversed_term(word_stem), wdf);
    }
    if (!field_prefix.empty()) {
        document.add_term(std::string(field_prefix).append(word_stem));
    }
}

void index_field(Xapian::Document& document, std::string_view text, Xapian::termcount wdf,
                 std::string_view field_prefix)
{
    std::string joined;
    std::size_t joined_parts = 0;
    for (const Token& token : tokenize(text)) {
        index_word(document, token.folded, wdf, field_prefix);
        if (token.joined_to_previous && joined_parts > 0 && joined_parts < MAX_JOINED_PARTS) {
            // "Kita-Ausbau" is also found as "Kitaausbau", the way the word is often written.
            joined += token.folded;
            ++joined_parts;
            index_word(document, joined, wdf, field_prefix);
        } else {
            joined = token.folded;
            joined_parts = 1;
        }
    }
}

Result<void> check(const SearchDocument& document)
{
    auto invalid = [](std::string detail) {
        return fail(ErrorCode::Invalid, "error.search.invalid_document", {}, std::move(detail));
    };
    if (!is_valid_key(document.kind)) {
        return invalid("kind must be 1-64 characters a-z 0-9 - _: '" + document.kind + "'");
    }
    if (!is_valid_value(document.id)) {
        return invalid("id must be 1-160 bytes in kind " + document.kind);
    }
    for (const auto& [facet, values] : document.facets) {
        if (!is_valid_key(facet)) {
            return invalid("facet name must be 1-64 characters a-z 0-9 - _: '" + facet + "'");
        }
        for (const std::string& value : values) {
            if (!value.empty() && !is_valid_value(value)) {
                return invalid("value of facet " + facet + " must be at most 160 bytes");
            }
        }
    }
    return {};
}

} // namespace

Result<BuiltDocument> build_document(const SearchDocument& source)
{
    RUNDUM_TRY(check(source));
    BuiltDocument built;
    Xapian::Document& document = built.document;
    index_field(document, source.title, TITLE_WDF, TITLE_PREFIX);
    index_field(document, source.summary, SUMMARY_WDF, SUMMARY_PREFIX);
    index_field(document, source.body, BODY_WDF, {});

    built.id_term = id_term(source.kind, source.id);
    document.add_boolean_term(built.id_term);
    document.add_boolean_term(kind_term(source.kind));
    document.add_boolean_term(visibility_term(source.visibility));

    DocumentAttributes& attributes = built.attributes;
    std::set<std::pair<std::string, std::string>> facet_values;
    for (const auto& [facet, values] : source.facets) {
        for (const std::string& value : values) {
            if (!value.empty() && facet_values.emplace(facet, value).second) {
                document.add_boolean_term(facet_term(facet, value));
            }
        }
    }
    attributes.facet_values.assign(facet_values.begin(), facet_values.end());
    attributes.kind = source.kind;
    attributes.key = document_key(source.kind, source.id);
    attributes.is_public = source.visibility == Visibility::Public;
    attributes.date_key = date_key(source.sort_date);
    attributes.title_key = title_key(source.sort_title.empty() ? source.title : source.sort_title);

    document.add_value(DATE_SLOT, source.sort_date);
    document.add_value(TITLE_SLOT, attributes.title_key);
    document.add_value(KEY_SLOT, attributes.key);
    document.set_data(encode_stored_fields(source));
    return built;
}

std::uint64_t date_key(std::string_view iso_date)
{
    constexpr std::size_t DIGITS = 14;
    std::uint64_t key = 0;
    std::size_t used = 0;
    for (char c : iso_date) {
        if (used == DIGITS) {
            break;
        }
        if (c >= '0' && c <= '9') {
            key = key * 10 + static_cast<std::uint64_t>(c - '0');
            ++used;
        }
    }
    for (; used < DIGITS; ++used) {
        key *= 10;
    }
    return key;
}

std::string title_key(std::string_view sort_title)
{
    std::string key;
    for (const Token& token : tokenize(sort_title)) {
        if (!key.empty()) {
            key += ' ';
        }
        key += token.folded;
    }
    return key;
}

} // namespace rundum::search
