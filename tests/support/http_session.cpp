// SPDX-License-Identifier: EUPL-1.2
// Cookie jar and form posting for the HTTP tests.
#include "http_session.hpp"

namespace rundum::testing {

std::string url_encoded(const FormFields& fields)
{
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (const auto& [name, value] : fields) {
        if (!out.empty()) {
            out += '&';
        }
        for (const std::string* part : {&name, &value}) {
            for (unsigned char c : *part) {
                if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
                    out += static_cast<char>(c);
                } else if (c == ' ') {
                    out += '+';
                } else {
                    out += '%';
                    out += hex[c >> 4U];
                    out += hex[c & 15U];
                }
            }
            if (part == &name) {
                out += '=';
            }
        }
    }
    return out;
}

void HttpSession::remember(const HttpAnswer& answer)
{
    for (const auto& [key, value] : answer.headers) {
        if (key != "Set-Cookie") {
            continue;
        }
        const auto equals = value.find('=');
        const auto end = value.find(';');
        const std::string name = value.substr(0, equals);
        const std::string content = value.substr(equals + 1, end - equals - 1);
        if (value.find("Max-Age=0") != std::string::npos) {
            m_cookies.erase(name);
        } else {
            m_cookies[name] = content;
        }
    }
}

std::string HttpSession::cookie_header() const
{
    std::string header;
    for (const auto& [name, value] : m_cookies) {
        header += (header.empty() ? "" : "; ") + name + "=" + value;
    }
    return header;
}

std::string HttpSession::cookie(const std::string& name) const
{
    auto found = m_cookies.find(name);
    return found == m_cookies.end() ? "" : found->second;
}

HttpAnswer HttpSession::request(const std::string& method, const std::string& target, const std::string& body,
                                const std::string& content_type)
{
    std::vector<std::pair<std::string, std::string>> headers(m_headers.begin(), m_headers.end());
    HttpAnswer answer = http_request(m_port, method, target, body, cookie_header(), content_type, "", headers);
    remember(answer);
    return answer;
}

HttpAnswer HttpSession::get(const std::string& target)
{
    return request("GET", target, "", "application/x-www-form-urlencoded");
}

std::string HttpSession::form_token()
{
    const auto cookies_now = [this] { return cookie_header(); };
    if (!m_form_token.empty() && m_form_token_for == cookies_now()) {
        return m_form_token;
    }
    const auto token_on = [this](const std::string& path) {
        const std::string body = get(path).body;
        const std::string marker = "name=\"csrf\" value=\"";
        const auto at = body.find(marker);
        if (at == std::string::npos) {
            return std::string();
        }
        const auto start = at + marker.size();
        return body.substr(start, body.find('"', start) - start);
    };
    // A member's page has the sign-out form; the sign-in page has one for everyone.
    const bool has_session = !cookie("rundum_session").empty() || !cookie("__Host-rundum_session").empty();
    std::string token = has_session ? token_on("/konto") : "";
    if (token.empty()) {
        token = token_on("/anmelden");
    }
    m_form_token = token;
    m_form_token_for = cookies_now();
    return token;
}

HttpAnswer HttpSession::post(const std::string& target, const FormFields& fields, bool with_csrf)
{
    FormFields all = fields;
    if (with_csrf) {
        all.emplace_back("csrf", form_token());
    }
    return request("POST", target, url_encoded(all), "application/x-www-form-urlencoded");
}

HttpAnswer HttpSession::post_file(const std::string& target, const FormFields& fields,
                                  const std::string& file_field, const std::string& filename,
                                  const std::string& content_type, const std::string& bytes)
{
    const std::string token = form_token();
    const std::string boundary = "----rundumTestBoundary7MA4YWxkTrZu0gW";
    std::string body;
    FormFields all = fields;
    all.emplace_back("csrf", token);
    for (const auto& [name, value] : all) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file_field + "\"; filename=\"" +
            filename + "\"\r\nContent-Type: " + content_type + "\r\n\r\n" + bytes + "\r\n--" + boundary + "--\r\n";
    return request("POST", target, body, "multipart/form-data; boundary=" + boundary);
}

HttpAnswer HttpSession::set_password(const std::string& link_path, const std::string& name,
                                     const std::string& password)
{
    get(link_path);
    return post(link_path, {{"name", name}, {"password", password}, {"password_repeat", password}});
}

HttpAnswer HttpSession::sign_in(const std::string& email, const std::string& password)
{
    get("/anmelden");
    return post("/anmelden", {{"email", email}, {"password", password}});
}

std::string path_of(const std::string& url)
{
    const auto scheme = url.find("://");
    const auto slash = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
    std::string path = slash == std::string::npos ? "/" : url.substr(slash);
    while (!path.empty() && (path.back() == '\n' || path.back() == '\r')) {
        path.pop_back();
    }
    return path;
}

} // namespace rundum::testing
