// SPDX-License-Identifier: EUPL-1.2
// One header field of a mail, folded at 76 characters and encoded where needed (RFC 5322, RFC
// 2047): the part of the MIME writer that keeps headers free of injection.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/base64.hpp"
#include "core/result.hpp"
#include "core/text.hpp"

namespace rundum::mail {

// RFC 2047 limits lines holding encoded words to 76 characters; we fold every header there.
constexpr std::size_t MAX_HEADER_LINE = 76;
// RFC 5322's hard limit is 998; an unbreakable ASCII word longer than this is sent encoded.
constexpr std::size_t MAX_UNFOLDABLE_WORD = 900;
constexpr std::string_view ENCODED_WORD_START = "=?UTF-8?B?";
constexpr std::string_view ENCODED_WORD_END = "?=";

/// Invalid when the value holds CR, LF or NUL (which would start another header).
Result<void> check_header_value(std::string_view field, std::string_view value);

/// Printable ASCII or a space/tab: text a header can carry as it is.
bool is_plain_header_text(std::string_view text);

/// Length of the UTF-8 character starting at text[0] (invalid bytes count one by one).
std::size_t utf8_character_length(std::string_view text);

/// Whether unstructured text must go as encoded words (not plain, holds "=?", or a word too long
/// to fold).
bool needs_encoding(std::string_view text);

// Builds one header field, folding at whitespace so lines stay within MAX_HEADER_LINE.
// A fold is a CRLF inserted before whitespace, so unfolding (dropping the CRLF) restores the value.
class HeaderWriter {
public:
    explicit HeaderWriter(std::string_view name) : m_text(name), m_column(name.size() + 1)
    {
        m_text += ':';
    }

    /// Text that needs no encoding: kept byte for byte, folded before runs of whitespace.
    void append_plain(std::string_view text)
    {
        bool first = true;
        while (!text.empty()) {
            // One token: the whitespace in front of a word, and the word.
            std::size_t end = 0;
            while (end < text.size() && is_blank(text[end])) {
                ++end;
            }
            while (end < text.size() && !is_blank(text[end])) {
                ++end;
            }
            const auto token = text.substr(0, end);
            text.remove_prefix(end);
            if (first) {
                m_text += ' ';
                ++m_column;
                first = false;
            } else if (m_column + token.size() > MAX_HEADER_LINE) {
                fold();
            }
            m_text += token;
            m_column += token.size();
            m_has_word = true;
        }
    }

    /// A word that may not be broken (an encoded word, an <address>), after a space.
    void append_word(std::string_view word)
    {
        if (m_has_word && m_column + 1 + word.size() > MAX_HEADER_LINE) {
            fold();
        }
        m_text += ' ';
        m_text += word;
        m_column += 1 + word.size();
        m_has_word = true;
    }

    /// UTF-8 text as `=?UTF-8?B?...?=` words, each filling what is left of its line and holding
    /// whole characters only (RFC 2047 6.3); decoders drop the whitespace between adjacent words.
    void append_encoded(std::string_view text)
    {
        static constexpr std::size_t OVERHEAD = ENCODED_WORD_START.size() + ENCODED_WORD_END.size();
        while (!text.empty()) {
            const std::size_t room =
                MAX_HEADER_LINE > m_column + 1 ? MAX_HEADER_LINE - m_column - 1 : 0;
            const std::size_t max_bytes = room > OVERHEAD ? (room - OVERHEAD) / 4 * 3 : 0;
            std::size_t take = 0;
            while (take < text.size()) {
                const auto length = utf8_character_length(text.substr(take));
                if (take + length > max_bytes) {
                    break;
                }
                take += length;
            }
            if (take == 0) {
                fold(); // a fresh line has room for 45 bytes, more than any character
                continue;
            }
            // Where the text goes on, end the word after a space if one is near: decoders that
            // wrongly keep the whitespace between words (Python 3.11's address parser does) then
            // show a double space rather than a word split in two.
            if (take < text.size()) {
                const auto space = text.substr(0, take).rfind(' ');
                if (space != std::string_view::npos && space + 1 > take / 2) {
                    take = space + 1;
                }
            }
            append_word(std::string(ENCODED_WORD_START) + to_base64(text.substr(0, take)) +
                        std::string(ENCODED_WORD_END));
            text.remove_prefix(take);
        }
    }

    std::string finish() &&
    {
        m_text += "\r\n";
        return std::move(m_text);
    }

private:
    void fold()
    {
        m_text += "\r\n";
        m_column = 0;
    }

    std::string m_text;
    std::size_t m_column;
    bool m_has_word = false;
};

} // namespace rundum::mail
