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

HttpAnswer HttpSession::get(const std::string& target)
{
    HttpAnswer answer = http_request(m_port, "GET", target, "", cookie_header());
    remember(answer);
    return answer;
}

HttpAnswer HttpSession::post(const std::string& target, const FormFields& fields, bool with_csrf)
{
    if (with_csrf && cookie("rundum_csrf").empty()) {
        get("/anmelden");
    }
    FormFields all = fields;
    if (with_csrf) {
        all.emplace_back("csrf", cookie("rundum_csrf"));
    }
    HttpAnswer answer = http_request(m_port, "POST", target, url_encoded(all), cookie_header());
    remember(answer);
    return answer;
}

HttpAnswer HttpSession::post_file(const std::string& target, const FormFields& fields,
                                  const std::string& file_field, const std::string& filename,
                                  const std::string& content_type, const std::string& bytes)
{
    if (cookie("rundum_csrf").empty()) {
        get("/anmelden");
    }
    const std::string boundary = "----rundumTestBoundary7MA4YWxkTrZu0gW";
    std::string body;
    FormFields all = fields;
    all.emplace_back("csrf", cookie("rundum_csrf"));
    for (const auto& [name, value] : all) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file_field + "\"; filename=\"" +
            filename + "\"\r\nContent-Type: " + content_type + "\r\n\r\n" + bytes + "\r\n--" + boundary + "--\r\n";
    HttpAnswer answer = http_request(m_port, "POST", target, body, cookie_header(),
                                     "multipart/form-data; boundary=" + boundary);
    remember(answer);
    return answer;
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
