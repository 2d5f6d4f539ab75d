// SPDX-License-Identifier: EUPL-1.2
// A list of texts in one column, each as "<byte length>:<bytes>", so that any text (empty, or
// with separators or line breaks in it) comes back as it was, and [""] stays one entry. Used for
// notifications' arguments and a queued mail's headers and attachments.
#pragma once

#include <charconv>
#include <string>
#include <string_view>
#include <vector>

namespace rundum::store {

inline std::string joined_texts(const std::vector<std::string>& texts)
{
    std::string joined;
    for (const std::string& text : texts) {
        joined += std::to_string(text.size());
        joined += ':';
        joined += text;
    }
    return joined;
}

inline std::vector<std::string> split_texts(std::string_view joined)
{
    std::vector<std::string> texts;
    while (!joined.empty()) {
        std::size_t length = 0;
        const auto [end, error] = std::from_chars(joined.data(), joined.data() + joined.size(), length);
        const std::size_t digits = static_cast<std::size_t>(end - joined.data());
        if (error != std::errc() || digits >= joined.size() || joined[digits] != ':' ||
            length > joined.size() - digits - 1) {
            break; // not written by joined_texts: keep what was readable
        }
        texts.emplace_back(joined.substr(digits + 1, length));
        joined.remove_prefix(digits + 1 + length);
    }
    return texts;
}

} // namespace rundum::store
