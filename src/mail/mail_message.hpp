// One outgoing e-mail: what the queue stores and a transport sends. Plain text only.
#pragma once

#include <string>

namespace rundum::mail {

/// A plain-text message in UTF-8. `from` and `to` are mailboxes: "jena@example.org" or
/// "Bündnis Jena <jena@example.org>"; one recipient per message.
struct MailMessage {
    std::string from;
    std::string to;
    std::string subject;
    std::string body_text;  ///< line ends "\n" or "\r\n"; sent as CRLF
    std::string message_id; ///< "id@host", with or without <>; empty: no Message-ID header
};

} // namespace rundum::mail
