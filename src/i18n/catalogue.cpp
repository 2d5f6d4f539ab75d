// SPDX-License-Identifier: EUPL-1.2
// Loads the embedded JSON catalogues and fills message placeholders.
#include "i18n/catalogue.hpp"

#include <boost/json.hpp>

#include "core/message_key_log.hpp"

namespace rundum::i18n {

const std::map<std::string, std::string_view>& files(); // embedded, see CMakeLists.txt

namespace {

// Nested objects in the file become dotted keys: {"nav": {"home": ...}} -> "nav.home".
void flatten(const boost::json::object& object, const std::string& prefix,
             std::map<std::string, std::string, std::less<>>& out)
{
    for (const auto& [key, value] : object) {
        std::string name = prefix.empty() ? std::string(key) : prefix + "." + std::string(key);
        if (value.is_object()) {
            flatten(value.get_object(), name, out);
        } else if (value.is_string()) {
            out.emplace(name, std::string(value.get_string()));
        }
    }
}

} // namespace

Result<Catalogue> Catalogue::load(std::string_view language)
{
    const auto& all = files();
    auto file = all.find(std::string(language) + ".json");
    if (file == all.end()) {
        return fail(ErrorCode::Invalid, "error.language_unknown", {std::string(language)});
    }
    boost::system::error_code parse_error;
    boost::json::value root = boost::json::parse(file->second, parse_error);
    if (parse_error || !root.is_object()) {
        return fail(ErrorCode::Internal, "error.internal", {}, "catalogue is not a JSON object");
    }
    Catalogue catalogue;
    catalogue.m_language = std::string(language);
    flatten(root.get_object(), "", catalogue.m_messages);
    return catalogue;
}

std::string Catalogue::text(std::string_view key, const std::vector<std::string>& args) const
{
    note_message_key(key);
    auto found = m_messages.find(key);
    if (found == m_messages.end()) {
        return std::string(key);
    }
    const std::string& pattern = found->second;
    std::string result;
    result.reserve(pattern.size());
    std::size_t next_arg = 0;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 1 < pattern.size() && pattern[i + 1] == '}') {
            if (next_arg < args.size()) {
                result += args[next_arg];
            }
            ++next_arg;
            ++i;
        } else {
            result += pattern[i];
        }
    }
    return result;
}

bool Catalogue::has(std::string_view key) const
{
    return m_messages.find(key) != m_messages.end();
}

} // namespace rundum::i18n
