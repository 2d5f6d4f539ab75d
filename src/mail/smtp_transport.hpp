// SPDX-License-Identifier: EUPL-1.2
// Sends a message over SMTP with libcurl: the production transport.
#pragma once

#include <chrono>
#include <string>

#include "mail/transport.hpp"

namespace rundum::mail {

/// Where and how to reach the mail server.
struct SmtpConfig {
    /// smtp://host:port (plain, or STARTTLS with require_tls) or smtps://host:port (TLS from the
    /// start). A path names the EHLO domain: smtp://mail.example.org:587/rundum.example.org.
    std::string url;
    /// Login for SMTP AUTH; empty: no login. Only used when the server offers AUTH.
    std::string username;
    std::string password;
    /// smtp:// only: insist on STARTTLS and fail (Unavailable) rather than send in the clear.
    bool require_tls = false;
    /// Bound on connecting and on the whole conversation.
    std::chrono::seconds timeout{20};
};

/// One SMTP connection per message (the queue sends few messages; no pooling to go stale).
/// `send` may be called from several threads at once.
class SmtpTransport final : public MailTransport {
public:
    explicit SmtpTransport(SmtpConfig config);

    /// Errors: `error.mail.invalid_header` / `error.mail.invalid_address` (Invalid) for a message
    /// that cannot be written; `error.mail.rejected` (Invalid) when the server answers 5xx to the
    /// sender, the recipient or the data; `error.mail.unavailable` (Unavailable) when the server
    /// cannot be reached, times out, answers 4xx, refuses the login or TLS. The detail has curl's
    /// message and the server's last reply code.
    Result<void> send(const MailMessage& message) override;

private:
    SmtpConfig m_config;
};

} // namespace rundum::mail
