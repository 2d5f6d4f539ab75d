// SPDX-License-Identifier: EUPL-1.2
// Open redirects need a target a browser reads as another host: "//evil", "/\evil", "/\t/evil"
// (browsers drop tabs and line breaks and read a backslash as a slash). Such bytes are refused
// outright, and what remains is resolved against a stand-in origin with Boost.URL: only a
// target that stays on that origin is used.
#include "web/http/redirect_target.hpp"

#include <boost/url/encode.hpp>
#include <boost/url/parse.hpp>
#include <boost/url/rfc/pchars.hpp>
#include <boost/url/url.hpp>

namespace rundum::web {

namespace {

constexpr std::string_view STAND_IN_ORIGIN = "http://rundum.invalid/";

bool has_byte_browsers_rewrite(std::string_view text)
{
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7F || c == ' ' || c == '\\') {
            return true;
        }
    }
    return false;
}

// Bytes of non-ASCII characters percent-encoded, as a browser sends them ("ä" → "%C3%A4");
// ASCII stays as it is (what is not allowed there is refused afterwards).
std::string with_non_ascii_encoded(std::string_view text)
{
    static constexpr boost::urls::grammar::lut_chars ASCII(
        [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    return boost::urls::encode(text, ASCII);
}

} // namespace

std::string site_local_target(std::string_view wanted, std::string_view fallback)
{
    if (wanted.empty() || wanted.front() != '/' || (wanted.size() > 1 && wanted[1] == '/') ||
        has_byte_browsers_rewrite(wanted)) {
        return std::string(fallback);
    }
    const std::string encoded = with_non_ascii_encoded(wanted);
    auto reference = boost::urls::parse_relative_ref(encoded);
    if (!reference || reference->has_authority() || reference->has_scheme()) {
        return std::string(fallback);
    }
    boost::urls::url resolved = boost::urls::parse_uri(STAND_IN_ORIGIN).value();
    if (!resolved.resolve(*reference) || resolved.scheme() != "http" ||
        resolved.encoded_host() != "rundum.invalid" || resolved.has_port() || resolved.has_userinfo()) {
        return std::string(fallback);
    }
    return encoded;
}

std::string encoded_path(std::string_view decoded_path)
{
    static constexpr auto PATH_CHARACTERS = boost::urls::pchars + boost::urls::grammar::lut_chars('/');
    return boost::urls::encode(decoded_path, PATH_CHARACTERS);
}

} // namespace rundum::web
