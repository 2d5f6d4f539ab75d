// SPDX-License-Identifier: EUPL-1.2
// The message catalogue: every text a user reads, by key, in German (English to follow).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace rundum::i18n {

/// Messages of one language, loaded from the embedded assets/i18n/<language>.json.
class Catalogue {
public:
    /// Loads a built-in language ("de"); an unknown language is an error.
    static Result<Catalogue> load(std::string_view language);

    /// The language code, e.g. "de".
    const std::string& language() const { return m_language; }

    /// The message for a dotted key ("error.city.slug_invalid") with each "{}" replaced by the
    /// next argument. An unknown key yields the key itself, so a gap shows instead of crashing.
    std::string text(std::string_view key, const std::vector<std::string>& args = {}) const;

    /// The text of an error in this language.
    std::string text(const Error& error) const { return text(error.key, error.args); }

    /// Whether the key exists.
    bool has(std::string_view key) const;

    /// Every message by dotted key, for handing to templates.
    const std::map<std::string, std::string, std::less<>>& messages() const { return m_messages; }

private:
    std::string m_language;
    std::map<std::string, std::string, std::less<>> m_messages;
};

} // namespace rundum::i18n
