// SPDX-License-Identifier: EUPL-1.2
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
    /// POSTs the fields plus the form token (form_token()). `with_csrf = false` leaves it out.
    HttpAnswer post(const std::string& target, const FormFields& fields, bool with_csrf = true);

    /// POSTs a multipart form (as browsers send uploads) with the CSRF token and one file.
    HttpAnswer post_file(const std::string& target, const FormFields& fields, const std::string& file_field,
                         const std::string& filename, const std::string& content_type, const std::string& bytes);

    /// The form token (CSRF) a page of the server gives this visitor now, read from a form as a
    /// browser has it: the session's own when signed in, the form cookie's otherwise.
    std::string form_token();

    /// Sends this header with every request (e.g. X-Forwarded-For through a trusted proxy).
    void set_header(const std::string& name, const std::string& value) { m_headers[name] = value; }

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

    HttpAnswer request(const std::string& method, const std::string& target, const std::string& body,
                       const std::string& content_type);

    unsigned short m_port;
    std::map<std::string, std::string> m_cookies;
    std::map<std::string, std::string> m_headers;
    std::string m_form_token;     ///< the last token read from a page...
    std::string m_form_token_for; ///< ...for these cookies
};

/// The path part of a link printed by `rundum user add` ("http://host:port/passwort-setzen/x").
std::string path_of(const std::string& url);

} // namespace rundum::testing
