// SPDX-License-Identifier: EUPL-1.2
// Tokenising and stemming; folding and stop words live in their own files.
#include "search/german_analyzer.hpp"

#include <algorithm>

#include <xapian.h>

#include "search/folding.hpp"

namespace rundum::search {

namespace {

constexpr unsigned SOFT_HYPHEN = 0xAD;

// One code point of `text` at byte `at`, and its length in bytes. ASCII, nearly all of German
// text, is read without the UTF-8 decoder.
struct CodePoint {
    unsigned value{0};
    std::size_t length{1};
};

CodePoint code_point_at(std::string_view text, std::size_t at)
{
    auto byte = static_cast<unsigned char>(text[at]);
    if (byte < 0x80) {
        return {byte, 1};
    }
    Xapian::Utf8Iterator it(text.data() + at, text.size() - at);
    unsigned value = *it;
    ++it;
    return {value, static_cast<std::size_t>(it.raw() - (text.data() + at))};
}

bool is_word_character(unsigned codepoint)
{
    if (codepoint < 0x80) {
        return (codepoint >= 'a' && codepoint <= 'z') || (codepoint >= 'A' && codepoint <= 'Z') ||
               (codepoint >= '0' && codepoint <= '9');
    }
    // Xapian's notion: letters, digits and combining marks of every script.
    return Xapian::Unicode::is_wordchar(codepoint);
}

bool is_hyphen(unsigned codepoint)
{
    return codepoint == '-' || codepoint == 0x2010 || codepoint == 0x2011;
}

} // namespace

std::vector<Token> tokenize(std::string_view text)
{
    std::vector<Token> tokens;
    constexpr std::size_t NOWHERE = std::string_view::npos;
    std::size_t hyphen_end = NOWHERE; // just past a hyphen that directly follows a word
    std::size_t at = 0;
    while (at < text.size()) {
        CodePoint current = code_point_at(text, at);
        if (!is_word_character(current.value)) {
            bool follows_word = !tokens.empty() && at == tokens.back().end;
            at += current.length;
            hyphen_end = (is_hyphen(current.value) && follows_word) ? at : NOWHERE;
            continue;
        }
        Token token;
        token.begin = at;
        token.joined_to_previous = at == hyphen_end;
        while (at < text.size()) {
            current = code_point_at(text, at);
            if (!is_word_character(current.value) && current.value != SOFT_HYPHEN) {
                break;
            }
            append_folded(token.folded, current.value);
            at += current.length;
        }
        token.end = at;
        hyphen_end = NOWHERE;
        if (!token.folded.empty()) {
            tokens.push_back(std::move(token));
        }
    }
    return tokens;
}

std::string stem(std::string_view folded_word)
{
    if (is_number(folded_word)) {
        return std::string(folded_word);
    }
    // A stemmer keeps state while it works, so each thread has its own.
    thread_local Xapian::Stem stemmer("german2");
    return stemmer(std::string(folded_word));
}

bool is_number(std::string_view folded_word)
{
    return !folded_word.empty() && std::all_of(folded_word.begin(), folded_word.end(),
                                               [](char c) { return c >= '0' && c <= '9'; });
}

std::size_t letter_count(std::string_view word)
{
    return static_cast<std::size_t>(std::count_if(word.begin(), word.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U;
    }));
}

} // namespace rundum::search
