// A browser stand-in for HTTP tests: keeps cookies and sends forms with their CSRF token.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "process.hpp"

namespace rundum::testing {

/// Form fields in order (names may repeat).
using FormFields = std::vector<std::pair<std::string, std::string>>;

/// Percent-encodes a form (spaces as '+').
std::string url_encoded(const FormFields& fields);

/// One visitor with a cookie jar, talking to a server on 127.0.0.1.
class HttpSession {
public:
    explicit HttpSession(unsigned short port) : m_port(port) {}

    HttpAnswer get(const std::string& target);
    /// POSTs the fields plus the CSRF token from the cookie jar (fetching a page first if the
    /// jar has none yet). `with_csrf = false` leaves the token out.
    HttpAnswer post(const std::string& target, const FormFields& fields, bool with_csrf = true);

    /// POSTs a multipart form (as browsers send uploads) with the CSRF token and one file.
    HttpAnswer post_file(const std::string& target, const FormFields& fields, const std::string& file_field,
                         const std::string& filename, const std::string& content_type, const std::string& bytes);

    /// A cookie's current value ("" if not set).
    std::string cookie(const std::string& name) const;
    void set_cookie(const std::string& name, const std::string& value) { m_cookies[name] = value; }
    void forget_cookie(const std::string& name) { m_cookies.erase(name); }

    /// Sets a first password through a one-time link (GET, then POST) and returns the answer.
    HttpAnswer set_password(const std::string& link_path, const std::string& name, const std::string& password);
    /// Signs in through the form.
    HttpAnswer sign_in(const std::string& email, const std::string& password);

private:
    void remember(const HttpAnswer& answer);
    std::string cookie_header() const;

    unsigned short m_port;
    std::map<std::string, std::string> m_cookies;
};

/// The path part of a link printed by `rundum user add` ("http://host:port/passwort-setzen/x").
std::string path_of(const std::string& url);

} // namespace rundum::testing
