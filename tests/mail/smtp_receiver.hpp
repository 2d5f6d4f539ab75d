// SPDX-License-Identifier: EUPL-1.2
// Test support: a real, minimal SMTP server on 127.0.0.1 that records what it receives, and
// independent decoders (quoted-printable, RFC 2047 words) to read the messages back.
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace rundum::mail::testing {

/// One message as the server received it.
struct ReceivedMessage {
    std::string envelope_from;           ///< MAIL FROM:<...>, without the brackets
    std::vector<std::string> recipients; ///< accepted RCPT TO:<...>, without the brackets
    std::string data;     ///< between DATA and the final ".", un-dot-stuffed, CRLF line ends
    std::string username; ///< the AUTH PLAIN login of the session, empty without login
};

/// Speaks enough SMTP for libcurl (EHLO/HELO, AUTH PLAIN when a login is required, MAIL, RCPT,
/// DATA, RSET, NOOP, QUIT) on its own thread. Never advertises STARTTLS. Starts on a free port;
/// after stop() it can start() again on the same port, like a mail server that went down and came
/// back. Every wait is bounded.
class SmtpReceiver {
public:
    SmtpReceiver(); ///< listening on a free port of 127.0.0.1 when constructed
    ~SmtpReceiver();
    SmtpReceiver(const SmtpReceiver&) = delete;
    SmtpReceiver& operator=(const SmtpReceiver&) = delete;

    /// Listens again on the port of the first start; throws if the port is taken.
    void start();
    /// Closes the port and every open connection; connecting is refused until start().
    void stop();
    bool is_running() const;

    unsigned short port() const;
    /// "smtp://127.0.0.1:<port>"
    std::string url() const;

    /// RCPT TO this address is answered 550 (compared without case).
    void reject_recipient(std::string_view address);
    /// Advertise AUTH PLAIN and refuse MAIL (530) until this login succeeds (535 otherwise).
    void require_login(std::string username, std::string password);
    /// Accept connections but never answer, like a hanging server.
    void set_silent(bool silent);

    /// Waits until at least `count` messages have arrived; false after `timeout`.
    bool wait_for_messages(std::size_t count, std::chrono::milliseconds timeout) const;
    std::vector<ReceivedMessage> messages() const;
    std::size_t connection_count() const; ///< connections accepted so far

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// The header block of a message (up to the empty line), and the body after it.
std::string header_block(std::string_view message);
std::string body_of(std::string_view message);
/// Value of the first header `name` (any case) exactly as on the wire, folds included; empty if
/// there is none.
std::string raw_header(std::string_view message, std::string_view name);
/// Unfolds a header value and decodes its RFC 2047 words (B and Q; UTF-8 only).
std::string decode_header_value(std::string_view raw_value);
/// Quoted-printable to bytes: "=XX" decoded, soft breaks "=" CRLF dropped, CRLF kept.
std::string decode_quoted_printable(std::string_view encoded);
std::string decode_base64(std::string_view encoded);

} // namespace rundum::mail::testing
