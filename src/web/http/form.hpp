// SPDX-License-Identifier: EUPL-1.2
// Reading what browsers send: form bodies (application/x-www-form-urlencoded) and cookies.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace rundum::web {

/// The fields of a submitted form; a field may repeat (lists of contacts).
class Form {
public:
    /// Parses a urlencoded body ('+' is a space); malformed escapes are kept as they are.
    /// Fields past the MAX_FIELDS-th are ignored (the app refuses such forms before parsing).
    static Form parse(std::string_view body);

    /// The first value of one field of a urlencoded body, decoding nothing else: the form
    /// token is checked before the form is parsed.
    static std::string first_value(std::string_view body, std::string_view name);

    /// Most fields parse() keeps.
    static constexpr std::size_t MAX_FIELDS = 1000;

    /// The first value of a field, or "" when absent.
    std::string value(const std::string& name) const;
    /// Every value of a field, in order.
    std::vector<std::string> values(const std::string& name) const;
    bool has(const std::string& name) const { return m_fields.count(name) > 0; }
    /// Whether a checkbox or yes/no field says yes (its value is "ja").
    bool is_yes(const std::string& name) const { return value(name) == "ja"; }
    /// Whether the "confirm" checkbox of a delete or remove form is ticked.
    bool is_confirmed() const { return is_yes("confirm"); }

private:
    std::multimap<std::string, std::string> m_fields;
};

/// `text` percent-encoded as one query value: everything but the unreserved characters
/// (letters, digits, "-._~") and "/" is escaped, so "?", "&", "=" and line breaks survive the trip.
std::string query_value_encoded(std::string_view text);

/// The value of one cookie from a Cookie header, or "".
std::string cookie_value(std::string_view cookie_header, std::string_view name);

/// A Set-Cookie header value: HttpOnly, SameSite=Lax, Path=/; Secure when `secure`;
/// `max_age_seconds` < 0 leaves it a session cookie, 0 deletes it.
std::string set_cookie(std::string_view name, std::string_view value, long max_age_seconds, bool secure);

} // namespace rundum::web
