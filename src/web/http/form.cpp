// SPDX-License-Identifier: EUPL-1.2
// Form and cookie parsing with Boost.URL's percent-decoding, and its encoding for query values.
#include "web/http/form.hpp"

#include <boost/url/encode.hpp>
#include <boost/url/pct_string_view.hpp>
#include <boost/url/rfc/unreserved_chars.hpp>

namespace rundum::web {

namespace {

std::string decode(std::string_view text)
{
    std::string plus_as_space(text);
    for (char& c : plus_as_space) {
        if (c == '+') {
            c = ' ';
        }
    }
    auto decoded = boost::urls::make_pct_string_view(plus_as_space);
    if (!decoded) {
        return plus_as_space;
    }
    std::string out;
    for (char c : decoded->decode()) {
        out += c;
    }
    return out;
}

} // namespace

std::string query_value_encoded(std::string_view text)
{
    // "/" may stay: it is allowed in a query and keeps paths readable.
    static constexpr auto KEPT = boost::urls::unreserved_chars + boost::urls::grammar::lut_chars('/');
    return boost::urls::encode(text, KEPT);
}

Form Form::parse(std::string_view body)
{
    Form form;
    std::size_t start = 0;
    while (start <= body.size() && form.m_fields.size() < MAX_FIELDS) {
        std::size_t end = body.find('&', start);
        if (end == std::string_view::npos) {
            end = body.size();
        }
        const std::string_view pair = body.substr(start, end - start);
        if (!pair.empty()) {
            const std::size_t equals = pair.find('=');
            const std::string name = decode(pair.substr(0, equals));
            const std::string value = equals == std::string_view::npos ? "" : decode(pair.substr(equals + 1));
            form.m_fields.emplace(name, value);
        }
        start = end + 1;
    }
    return form;
}

std::string Form::first_value(std::string_view body, std::string_view name)
{
    std::size_t start = 0;
    while (start <= body.size()) {
        std::size_t end = body.find('&', start);
        if (end == std::string_view::npos) {
            end = body.size();
        }
        const std::string_view pair = body.substr(start, end - start);
        const std::size_t equals = pair.find('=');
        if (!pair.empty() && decode(pair.substr(0, equals)) == name) {
            return equals == std::string_view::npos ? std::string() : decode(pair.substr(equals + 1));
        }
        start = end + 1;
    }
    return {};
}

std::string Form::value(const std::string& name) const
{
    auto found = m_fields.find(name);
    return found == m_fields.end() ? std::string() : found->second;
}

std::vector<std::string> Form::values(const std::string& name) const
{
    std::vector<std::string> out;
    auto [first, last] = m_fields.equal_range(name);
    for (auto it = first; it != last; ++it) {
        out.push_back(it->second);
    }
    return out;
}

std::string cookie_value(std::string_view cookie_header, std::string_view name)
{
    std::size_t start = 0;
    while (start < cookie_header.size()) {
        std::size_t end = cookie_header.find(';', start);
        if (end == std::string_view::npos) {
            end = cookie_header.size();
        }
        std::string_view part = cookie_header.substr(start, end - start);
        while (!part.empty() && part.front() == ' ') {
            part.remove_prefix(1);
        }
        const std::size_t equals = part.find('=');
        if (equals != std::string_view::npos && part.substr(0, equals) == name) {
            return std::string(part.substr(equals + 1));
        }
        start = end + 1;
    }
    return {};
}

std::string set_cookie(std::string_view name, std::string_view value, long max_age_seconds, bool secure)
{
    std::string header = std::string(name) + "=" + std::string(value) + "; Path=/; HttpOnly; SameSite=Lax";
    if (max_age_seconds >= 0) {
        header += "; Max-Age=" + std::to_string(max_age_seconds);
    }
    if (secure) {
        header += "; Secure";
    }
    return header;
}

} // namespace rundum::web
