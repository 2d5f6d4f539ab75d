// SPDX-License-Identifier: EUPL-1.2
// One outgoing e-mail: what the queue stores and a transport sends. Plain text, with extra
// headers and attachments when a mail needs them.
#pragma once

#include <string>
#include <vector>

#include "core/account.hpp"

namespace rundum::mail {

/// A plain-text message in UTF-8. `from` and `to` are mailboxes: "jena@example.org" or
/// "Bündnis Jena <jena@example.org>"; one recipient per message.
struct MailMessage {
    std::string from;
    std::string to;
    std::string subject;
    std::string body_text;  ///< line ends "\n" or "\r\n"; sent as CRLF
    std::string message_id; ///< "id@host", with or without <>; empty: no Message-ID header
    std::vector<MailHeader> extra_headers{};   ///< after the standard ones, in order
    std::vector<MailAttachment> attachments{}; ///< any: the mail becomes multipart/mixed
};

} // namespace rundum::mail
