// SPDX-License-Identifier: EUPL-1.2
// SMTP through libcurl's easy interface, one handle per message. libcurl does the protocol:
// EHLO, STARTTLS, AUTH, dot-stuffing, the final "."; here it is configured and its outcome is
// sorted into "never send this again" (Invalid) and "try again later" (Unavailable).
#include "mail/smtp_transport.hpp"

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>

#include <curl/curl.h>

#include "mail/mime.hpp"

namespace rundum::mail {

namespace {

// curl_global_init is not thread-safe in every libcurl build: once per process, never cleaned up
// (other libraries in the process may still use curl at exit).
void initialise_curl_once()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct CurlDeleter {
    void operator()(CURL* handle) const { curl_easy_cleanup(handle); }
};
using CurlHandle = std::unique_ptr<CURL, CurlDeleter>;

struct CurlListDeleter {
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};
using CurlList = std::unique_ptr<curl_slist, CurlListDeleter>;

// The upload source: the message text, handed out in the pieces curl asks for.
struct Upload {
    std::string_view text;
    std::size_t offset = 0;
};

std::size_t read_upload(char* buffer, std::size_t size, std::size_t count, void* user_data)
{
    auto* upload = static_cast<Upload*>(user_data);
    const std::size_t length = std::min(size * count, upload->text.size() - upload->offset);
    std::memcpy(buffer, upload->text.data() + upload->offset, length);
    upload->offset += length;
    return length;
}

// Reply codes about the login, not about this message: the configuration must change, and the
// message is still good afterwards.
bool is_authentication_code(long code)
{
    return code == 530 || code == 534 || code == 535 || code == 538;
}

// The URL for the log, without a password someone may have written into it (smtp://u:p@host).
std::string without_credentials(std::string_view url)
{
    const auto scheme_end = url.find("://");
    if (scheme_end == std::string_view::npos) {
        return std::string(url);
    }
    const auto authority_start = scheme_end + 3;
    const auto authority_end = url.find('/', authority_start);
    const auto at = url.substr(0, authority_end).rfind('@');
    if (at == std::string_view::npos || at < authority_start) {
        return std::string(url);
    }
    return std::string(url.substr(0, authority_start)) + std::string(url.substr(at + 1));
}

Result<void> curl_failure(CURLcode result, long smtp_code, const char* error_buffer,
                          const std::string& url)
{
    std::string detail = "SMTP " + without_credentials(url) + ": " + curl_easy_strerror(result);
    if (error_buffer[0] != '\0') {
        detail += std::string(" (") + error_buffer + ")";
    }
    if (smtp_code != 0) {
        detail += ", last reply " + std::to_string(smtp_code);
    }
    const bool refused_by_server = smtp_code >= 500 && smtp_code < 600 &&
                                   result != CURLE_LOGIN_DENIED && result != CURLE_USE_SSL_FAILED &&
                                   !is_authentication_code(smtp_code);
    if (refused_by_server) {
        return fail(ErrorCode::Invalid, "error.mail.rejected", {}, std::move(detail));
    }
    return fail(ErrorCode::Unavailable, "error.mail.unavailable", {}, std::move(detail));
}

long milliseconds(std::chrono::seconds duration)
{
    return static_cast<long>(
        std::chrono::duration_cast<std::chrono::milliseconds>(duration).count());
}

} // namespace

SmtpTransport::SmtpTransport(SmtpConfig config) : m_config(std::move(config))
{
    initialise_curl_once();
}

Result<void> SmtpTransport::send(const MailMessage& message)
{
    RUNDUM_TRY_ASSIGN(text, to_rfc5322(message, rfc2822_date(std::chrono::system_clock::now())));
    RUNDUM_TRY_ASSIGN(from, parse_mailbox(message.from));
    RUNDUM_TRY_ASSIGN(to, parse_mailbox(message.to));

    CurlHandle curl(curl_easy_init());
    if (!curl) {
        return fail(ErrorCode::Unavailable, "error.mail.unavailable", {}, "curl_easy_init failed");
    }
    CURL* handle = curl.get();
    const std::string envelope_from = "<" + from.address + ">";
    const std::string envelope_to = "<" + to.address + ">";
    CurlList recipients(curl_slist_append(nullptr, envelope_to.c_str()));
    if (!recipients) {
        return fail(ErrorCode::Unavailable, "error.mail.unavailable", {},
                    "curl_slist_append failed");
    }
    Upload upload{text};
    char error_buffer[CURL_ERROR_SIZE] = {};

    // Setting options on a fresh handle fails only without memory or with an old libcurl; the
    // transfer then fails and says why, so the results are not checked one by one.
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, error_buffer);
    curl_easy_setopt(handle, CURLOPT_URL, m_config.url.c_str());
    // Only mail: a configuration typo must not turn into a file:// or http:// request.
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L); // no SIGALRM: we run on worker threads
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT_MS, milliseconds(m_config.timeout));
    curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, milliseconds(m_config.timeout));
    if (m_config.require_tls) {
        curl_easy_setopt(handle, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
    }
    if (!m_config.username.empty()) {
        curl_easy_setopt(handle, CURLOPT_USERNAME, m_config.username.c_str());
        curl_easy_setopt(handle, CURLOPT_PASSWORD, m_config.password.c_str());
    }
    curl_easy_setopt(handle, CURLOPT_MAIL_FROM, envelope_from.c_str());
    curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(handle, CURLOPT_READFUNCTION, read_upload);
    curl_easy_setopt(handle, CURLOPT_READDATA, &upload);

    const CURLcode result = curl_easy_perform(handle);
    if (result == CURLE_OK) {
        return {};
    }
    long smtp_code = 0;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &smtp_code);
    return curl_failure(result, smtp_code, error_buffer, m_config.url);
}

} // namespace rundum::mail
