// SPDX-License-Identifier: EUPL-1.2
// A MailMessage as RFC 5322 text: headers (RFC 2047 encoded words for non-ASCII), a
// quoted-printable UTF-8 body, CRLF line ends. What both transports put on the wire or on disk.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "mail/mail_message.hpp"

namespace rundum::mail {

/// A mailbox split into its parts: "Bündnis Jena <jena@example.org>" → {"Bündnis Jena",
/// "jena@example.org"}; a bare address has an empty display name.
struct Mailbox {
    std::string display_name;
    std::string address;
};

/// Parses "address", "Name <address>" or "\"Name\" <address>". The address must be plain ASCII
/// local@domain without spaces or quoting (what SMTP's MAIL FROM / RCPT TO accept without
/// SMTPUTF8). Error `error.mail.invalid_address` (args: the value), `error.mail.invalid_header`
/// for CR/LF.
Result<Mailbox> parse_mailbox(std::string_view value);

/// The RFC 5322 date of a point in time, in UTC: "Fri, 14 Feb 2025 09:30:00 +0000". English day
/// and month names whatever the locale.
std::string rfc2822_date(std::chrono::system_clock::time_point time);

/// Quoted-printable (RFC 2045 6.7) of UTF-8 text: "\n" and "\r\n" become CRLF hard line breaks,
/// encoded lines are at most 76 characters (soft line breaks "=" CRLF), '=', bytes outside
/// printable ASCII, a lone CR and spaces or tabs at a line end are encoded; "From " at a line start
/// too (mbox files would mangle it). No final line break is added.
std::string encode_quoted_printable(std::string_view text);

/// The whole message: Date, From, To, Subject, Message-ID (when set), the extra headers,
/// MIME-Version and the text/plain UTF-8 quoted-printable body, CRLF throughout, ending in CRLF.
/// With attachments it is multipart/mixed: the text part first, then each file base64-encoded
/// with its content type as given and `Content-Disposition: attachment` (RFC 2231 file names
/// when not plain ASCII). Extra headers may not be one of the headers written here. Non-ASCII subjects and
/// display names become `=?UTF-8?B?...?=` words; long headers are folded (lines of at most 76
/// characters wherever there is room to fold). Dot-stuffing is left to SMTP (libcurl).
/// Errors: `error.mail.invalid_header` when a header value (including the date) holds CR, LF or
/// NUL — the guard against header injection — or the date is empty, an extra header's name is
/// malformed or reserved, an attachment has no file name or a content type without '/';
/// `error.mail.invalid_address`.
Result<std::string> to_rfc5322(const MailMessage& message, std::string_view date_rfc2822);

} // namespace rundum::mail
