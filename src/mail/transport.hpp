// SPDX-License-Identifier: EUPL-1.2
// The seam between the mail queue and the ways a message leaves the process (SMTP, files).
#pragma once

#include "core/result.hpp"
#include "mail/mail_message.hpp"

namespace rundum::mail {

/// Sends one message. Errors: `Invalid` when this message can never be sent as it is (bad header,
/// recipient rejected: do not retry), `Unavailable` when the way out is blocked for now (server
/// down, timeout, login refused, disk full: retry later).
class MailTransport {
public:
    virtual ~MailTransport() = default;
    virtual Result<void> send(const MailMessage& message) = 0;
};

} // namespace rundum::mail
