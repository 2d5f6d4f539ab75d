// SPDX-License-Identifier: EUPL-1.2
// The SMTP receiver: one Asio io_context on its own thread, one coroutine per connection.
// stop() tears the io_context down, which closes the listener and every connection; start()
// builds a new one on the same port.
#include "smtp_receiver.hpp"

#include <random>

#include <algorithm>
#include <cctype>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <utility>

#include <boost/asio.hpp>

namespace rundum::mail::testing {

namespace asio = boost::asio;
using asio::ip::tcp;

namespace {

constexpr std::size_t MAX_LINE_BUFFER = std::size_t{16} * 1024 * 1024;

std::string lowercase(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

bool starts_with_no_case(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size() &&
           lowercase(text.substr(0, prefix.size())) == lowercase(prefix);
}

// "<a@b> SIZE=123" after "MAIL FROM:" → "a@b".
std::string bracketed_address(std::string_view argument)
{
    const auto open = argument.find('<');
    if (open == std::string_view::npos) {
        return std::string(argument);
    }
    const auto close = argument.find('>', open);
    if (close == std::string_view::npos) {
        return std::string(argument.substr(open + 1));
    }
    return std::string(argument.substr(open + 1, close - open - 1));
}

int hex_value(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

} // namespace

struct SmtpReceiver::Impl {
    // Shared with the server thread, under `mutex`.
    mutable std::mutex mutex;
    mutable std::condition_variable arrived;
    std::vector<ReceivedMessage> messages;
    std::set<std::string> rejected; // lowercase
    std::string username;
    std::string password;
    bool silent = false;
    std::size_t connections = 0;

    // Owned by the test thread; the server thread only runs `context`.
    unsigned short port = 0;
    std::unique_ptr<asio::io_context> context;
    std::thread thread;

    void start()
    {
        auto new_context = std::make_unique<asio::io_context>();
        tcp::acceptor acceptor(*new_context);
        if (port == 0) {
            // A port below the kernel's ephemeral range (32768 and up): while the receiver is
            // stopped, no outgoing connection and no other test's port-0 bind can take it, so
            // start() finds it free again.
            std::random_device random;
            for (int attempt = 0; attempt < 200 && port == 0; ++attempt) {
                const auto candidate = static_cast<unsigned short>(20000 + random() % 12000);
                boost::system::error_code error;
                tcp::acceptor probe(*new_context);
                const tcp::endpoint probe_endpoint(asio::ip::make_address("127.0.0.1"), candidate);
                probe.open(probe_endpoint.protocol(), error);
                probe.set_option(tcp::acceptor::reuse_address(true), error);
                probe.bind(probe_endpoint, error);
                if (!error) {
                    port = candidate;
                }
            }
        }
        const tcp::endpoint endpoint(asio::ip::make_address("127.0.0.1"), port);
        acceptor.open(endpoint.protocol());
        acceptor.set_option(tcp::acceptor::reuse_address(true));
        acceptor.bind(endpoint); // throws when the port is taken
        acceptor.listen();
        port = acceptor.local_endpoint().port();
        asio::co_spawn(*new_context, accept_loop(std::move(acceptor)), asio::detached);
        context = std::move(new_context);
        thread = std::thread([this] { context->run(); });
    }

    void stop()
    {
        if (!context) {
            return;
        }
        context->stop();
        thread.join();
        // Destroying the context destroys the suspended coroutines and with them the acceptor
        // and the sockets: the port closes and clients see their connections drop.
        context.reset();
    }

    asio::awaitable<void> accept_loop(tcp::acceptor acceptor)
    {
        for (;;) {
            auto [error, socket] =
                co_await acceptor.async_accept(asio::as_tuple(asio::use_awaitable));
            if (error) {
                co_return;
            }
            {
                std::lock_guard lock(mutex);
                ++connections;
            }
            asio::co_spawn(acceptor.get_executor(), session(std::move(socket)), asio::detached);
        }
    }

    // One SMTP conversation. Coroutine parameters by value (house style).
    asio::awaitable<void> session(tcp::socket socket)
    {
        try {
            co_await converse(socket);
        } catch (const std::exception&) {
            // The client went away or sent too much: the conversation just ends.
        }
    }

    static asio::awaitable<std::string> read_line(tcp::socket& socket, std::string& buffer)
    {
        const std::size_t length = co_await asio::async_read_until(
            socket, asio::dynamic_buffer(buffer, MAX_LINE_BUFFER), "\r\n", asio::use_awaitable);
        std::string line = buffer.substr(0, length - 2);
        buffer.erase(0, length);
        co_return line;
    }

    static asio::awaitable<void> reply(tcp::socket& socket, std::string text)
    {
        co_await asio::async_write(socket, asio::buffer(text), asio::use_awaitable);
    }

    asio::awaitable<void> converse(tcp::socket& socket)
    {
        bool is_silent = false;
        std::string required_username;
        std::string required_password;
        {
            std::lock_guard lock(mutex);
            is_silent = silent;
            required_username = username;
            required_password = password;
        }
        std::string buffer;
        if (is_silent) {
            for (;;) {
                co_await read_line(socket, buffer); // until the client gives up
            }
        }
        const bool login_required = !required_username.empty();
        std::string logged_in_as;
        ReceivedMessage transaction;
        bool has_sender = false;

        co_await reply(socket, "220 127.0.0.1 rundum test SMTP receiver\r\n");
        for (;;) {
            const std::string line = co_await read_line(socket, buffer);
            if (starts_with_no_case(line, "EHLO")) {
                co_await reply(socket, login_required
                                           ? "250-127.0.0.1\r\n250-AUTH PLAIN\r\n250 8BITMIME\r\n"
                                           : "250-127.0.0.1\r\n250 8BITMIME\r\n");
            } else if (starts_with_no_case(line, "HELO")) {
                co_await reply(socket, "250 127.0.0.1\r\n");
            } else if (starts_with_no_case(line, "AUTH PLAIN")) {
                std::string response = line.size() > 11 ? line.substr(11) : std::string();
                if (response.empty()) {
                    co_await reply(socket, "334 \r\n");
                    response = co_await read_line(socket, buffer);
                }
                // "authzid NUL authcid NUL password"
                const std::string decoded = decode_base64(response);
                const auto first = decoded.find('\0');
                const auto second = decoded.find('\0', first == std::string::npos ? 0 : first + 1);
                const bool matches =
                    login_required && first != std::string::npos && second != std::string::npos &&
                    decoded.substr(first + 1, second - first - 1) == required_username &&
                    decoded.substr(second + 1) == required_password;
                if (matches) {
                    logged_in_as = required_username;
                    co_await reply(socket, "235 2.7.0 Authentication successful\r\n");
                } else {
                    co_await reply(socket, "535 5.7.8 Authentication credentials invalid\r\n");
                }
            } else if (starts_with_no_case(line, "MAIL FROM:")) {
                if (login_required && logged_in_as.empty()) {
                    co_await reply(socket, "530 5.7.0 Authentication required\r\n");
                    continue;
                }
                transaction = ReceivedMessage{};
                transaction.envelope_from = bracketed_address(std::string_view(line).substr(10));
                transaction.username = logged_in_as;
                has_sender = true;
                co_await reply(socket, "250 2.1.0 OK\r\n");
            } else if (starts_with_no_case(line, "RCPT TO:")) {
                if (!has_sender) {
                    co_await reply(socket, "503 5.5.1 MAIL first\r\n");
                    continue;
                }
                std::string address = bracketed_address(std::string_view(line).substr(8));
                bool is_rejected = false;
                {
                    std::lock_guard lock(mutex);
                    is_rejected = rejected.contains(lowercase(address));
                }
                if (is_rejected) {
                    co_await reply(socket, "550 5.1.1 No such user here\r\n");
                } else {
                    transaction.recipients.push_back(std::move(address));
                    co_await reply(socket, "250 2.1.5 OK\r\n");
                }
            } else if (starts_with_no_case(line, "DATA")) {
                if (!has_sender || transaction.recipients.empty()) {
                    co_await reply(socket, "554 5.5.1 No valid recipients\r\n");
                    continue;
                }
                co_await reply(socket, "354 End data with <CR><LF>.<CR><LF>\r\n");
                for (;;) {
                    std::string data_line = co_await read_line(socket, buffer);
                    if (data_line == ".") {
                        break;
                    }
                    if (data_line.starts_with('.')) {
                        data_line.erase(0, 1); // un-dot-stuff (RFC 5321 4.5.2)
                    }
                    transaction.data += data_line;
                    transaction.data += "\r\n";
                }
                {
                    std::lock_guard lock(mutex);
                    messages.push_back(std::move(transaction));
                }
                arrived.notify_all();
                transaction = ReceivedMessage{};
                has_sender = false;
                co_await reply(socket, "250 2.0.0 OK: queued\r\n");
            } else if (starts_with_no_case(line, "RSET")) {
                transaction = ReceivedMessage{};
                has_sender = false;
                co_await reply(socket, "250 2.0.0 OK\r\n");
            } else if (starts_with_no_case(line, "NOOP")) {
                co_await reply(socket, "250 2.0.0 OK\r\n");
            } else if (starts_with_no_case(line, "QUIT")) {
                co_await reply(socket, "221 2.0.0 Bye\r\n");
                co_return;
            } else {
                co_await reply(socket, "502 5.5.2 Command not implemented\r\n");
            }
        }
    }
};

SmtpReceiver::SmtpReceiver() : m_impl(std::make_unique<Impl>())
{
    m_impl->start();
}

SmtpReceiver::~SmtpReceiver()
{
    m_impl->stop();
}

void SmtpReceiver::start()
{
    if (!m_impl->context) {
        m_impl->start();
    }
}

void SmtpReceiver::stop()
{
    m_impl->stop();
}

bool SmtpReceiver::is_running() const
{
    return m_impl->context != nullptr;
}

unsigned short SmtpReceiver::port() const
{
    return m_impl->port;
}

std::string SmtpReceiver::url() const
{
    return "smtp://127.0.0.1:" + std::to_string(m_impl->port);
}

void SmtpReceiver::reject_recipient(std::string_view address)
{
    std::lock_guard lock(m_impl->mutex);
    m_impl->rejected.insert(lowercase(address));
}

void SmtpReceiver::require_login(std::string username, std::string password)
{
    std::lock_guard lock(m_impl->mutex);
    m_impl->username = std::move(username);
    m_impl->password = std::move(password);
}

void SmtpReceiver::set_silent(bool silent)
{
    std::lock_guard lock(m_impl->mutex);
    m_impl->silent = silent;
}

bool SmtpReceiver::wait_for_messages(std::size_t count, std::chrono::milliseconds timeout) const
{
    std::unique_lock lock(m_impl->mutex);
    return m_impl->arrived.wait_for(lock, timeout,
                                    [&] { return m_impl->messages.size() >= count; });
}

std::vector<ReceivedMessage> SmtpReceiver::messages() const
{
    std::lock_guard lock(m_impl->mutex);
    return m_impl->messages;
}

std::size_t SmtpReceiver::connection_count() const
{
    std::lock_guard lock(m_impl->mutex);
    return m_impl->connections;
}

std::string header_block(std::string_view message)
{
    const auto end = message.find("\r\n\r\n");
    return std::string(message.substr(0, end == std::string_view::npos ? message.size() : end + 2));
}

std::string body_of(std::string_view message)
{
    const auto end = message.find("\r\n\r\n");
    return end == std::string_view::npos ? std::string() : std::string(message.substr(end + 4));
}

std::string raw_header(std::string_view message, std::string_view name)
{
    const std::string headers = header_block(message);
    std::size_t position = 0;
    while (position < headers.size()) {
        auto end = headers.find("\r\n", position);
        if (end == std::string::npos) {
            end = headers.size();
        }
        const std::string_view line(headers.data() + position, end - position);
        if (starts_with_no_case(line, std::string(name) + ":")) {
            // The value runs on over continuation lines (starting with space or tab).
            auto value_end = end;
            while (value_end + 2 < headers.size() &&
                   (headers[value_end + 2] == ' ' || headers[value_end + 2] == '\t')) {
                value_end = headers.find("\r\n", value_end + 2);
                if (value_end == std::string::npos) {
                    value_end = headers.size();
                }
            }
            std::string value =
                headers.substr(position + name.size() + 1, value_end - position - name.size() - 1);
            if (value.starts_with(' ')) {
                value.erase(0, 1);
            }
            return value;
        }
        position = end + 2;
    }
    return {};
}

std::string decode_base64(std::string_view encoded)
{
    static constexpr std::string_view ALPHABET =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    unsigned bits = 0;
    int bit_count = 0;
    for (char c : encoded) {
        const auto value = ALPHABET.find(c);
        if (value == std::string_view::npos) {
            continue; // '=' padding, whitespace
        }
        bits = (bits << 6U) | static_cast<unsigned>(value);
        bit_count += 6;
        if (bit_count >= 8) {
            bit_count -= 8;
            out += static_cast<char>((bits >> static_cast<unsigned>(bit_count)) & 0xFFU);
        }
    }
    return out;
}

std::string decode_quoted_printable(std::string_view encoded)
{
    std::string out;
    for (std::size_t i = 0; i < encoded.size(); ++i) {
        if (encoded[i] != '=') {
            out += encoded[i];
        } else if (encoded.substr(i + 1).starts_with("\r\n")) {
            i += 2; // soft line break
        } else if (i + 2 < encoded.size() && hex_value(encoded[i + 1]) >= 0 &&
                   hex_value(encoded[i + 2]) >= 0) {
            out += static_cast<char>(hex_value(encoded[i + 1]) * 16 + hex_value(encoded[i + 2]));
            i += 2;
        } else {
            out += '='; // not valid QP; kept so a test sees it
        }
    }
    return out;
}

std::string decode_header_value(std::string_view raw_value)
{
    // Unfold: a CRLF followed by whitespace is removed, the whitespace stays (RFC 5322 2.2.3).
    std::string value;
    for (std::size_t i = 0; i < raw_value.size(); ++i) {
        if (raw_value.substr(i).starts_with("\r\n")) {
            ++i;
            continue;
        }
        value += raw_value[i];
    }
    std::string out;
    std::string pending_space; // whitespace between two encoded words is dropped
    bool after_word = false;
    std::size_t i = 0;
    while (i < value.size()) {
        if (value.substr(i).starts_with("=?")) {
            const auto charset_end = value.find('?', i + 2);
            const auto encoding_end =
                charset_end == std::string::npos ? charset_end : value.find('?', charset_end + 1);
            const auto text_end = encoding_end == std::string::npos
                                      ? encoding_end
                                      : value.find("?=", encoding_end + 1);
            if (text_end != std::string::npos && encoding_end == charset_end + 2) {
                const char encoding = value[charset_end + 1];
                const std::string text =
                    value.substr(encoding_end + 1, text_end - encoding_end - 1);
                std::string decoded;
                if (encoding == 'B' || encoding == 'b') {
                    decoded = decode_base64(text);
                } else {
                    std::string q = text;
                    std::replace(q.begin(), q.end(), '_', ' ');
                    decoded = decode_quoted_printable(q);
                }
                if (!after_word) {
                    out += pending_space;
                }
                pending_space.clear();
                out += decoded;
                after_word = true;
                i = text_end + 2;
                continue;
            }
        }
        if (value[i] == ' ' || value[i] == '\t') {
            pending_space += value[i];
        } else {
            out += pending_space;
            pending_space.clear();
            out += value[i];
            after_word = false;
        }
        ++i;
    }
    return out + pending_space;
}

} // namespace rundum::mail::testing
