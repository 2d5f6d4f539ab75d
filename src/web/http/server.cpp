// SPDX-License-Identifier: EUPL-1.2
// One coroutine per connection, as in Beast's advanced server example: a timeout on every
// read, a body limit on every parser, keep-alive, and a graceful stop on a signal.
#include "web/http/server.hpp"

#include <malloc.h>

#include <optional>
#include <thread>
#include <vector>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/url/parse.hpp>
#include <spdlog/spdlog.h>

#include "web/http/request_limits.hpp"
#include "web/http/response_headers.hpp"

namespace rundum::web {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

namespace {

// A request is larger than this when its memory is handed back to the system after the answer.
constexpr std::size_t RETURN_MEMORY_AFTER_BYTES = 256 * 1024;

// The request's head as a web::Request; the body is added once it has been read.
Request to_request(const http::request<http::string_body>& message, const std::string& client_address)
{
    Request request;
    request.method = std::string(message.method_string());
    request.cookie = std::string(message[http::field::cookie]);
    request.content_type = std::string(message[http::field::content_type]);
    request.authorization = std::string(message[http::field::authorization]);
    request.forwarded_for = std::string(message["X-Forwarded-For"]);
    request.if_match = std::string(message[http::field::if_match]);
    request.client_address = client_address;
    auto target = boost::urls::parse_origin_form(message.target());
    if (target) {
        request.path = std::string(target->path());
        request.query = std::string(target->encoded_query());
    } else {
        request.path = "/"; // unreadable target: answered as a bad request by the caller
    }
    return request;
}

// The one place headers are set. A header that would split the response (CR, LF) or that is
// no header at all is never sent (with_safe_headers).
http::response<http::string_body> to_message(Response response, unsigned version, bool keep_alive,
                                              bool is_head)
{
    response = with_safe_headers(std::move(response));
    http::response<http::string_body> message{static_cast<http::status>(response.status), version};
    message.set(http::field::server, "rundum");
    message.set(http::field::content_type, response.content_type);
    for (auto& [name, value] : response.headers) {
        message.insert(name, value); // insert, not set: several Set-Cookie headers may go out
    }
    message.keep_alive(keep_alive);
    message.body() = std::move(response.body);
    message.prepare_payload();
    if (is_head) {
        message.body().clear(); // Content-Length stays that of the GET answer
    }
    return message;
}

bool client_went_away(const beast::error_code& error)
{
    return error == http::error::end_of_stream || error == asio::error::eof ||
           error == beast::error::timeout || error == asio::error::connection_reset ||
           error == asio::error::operation_aborted || error == asio::error::broken_pipe;
}

// The status for a request that could not be read (RFC 9110, 9112), or 0 when the client
// went away or was too slow and there is nobody to answer. `start_line_read`: the parser got
// past the request line (its target is known).
unsigned status_for_read_error(const beast::error_code& error, bool start_line_read)
{
    if (client_went_away(error)) {
        return 0;
    }
    if (error == http::error::body_limit) {
        return 413;
    }
    if (error == http::error::header_limit) {
        // Still in the request line: the target is too long; past it, the header fields are.
        return start_line_read ? 431 : 414;
    }
    return 400;
}

// A head the server refuses before reading any body: a target too long, framing that two
// parsers could read differently (request smuggling), a method nobody serves.
unsigned status_for_head(const http::request_parser<http::string_body>& parser)
{
    const auto& head = parser.get();
    if (head.target().size() > MAX_TARGET_BYTES) {
        return 414;
    }
    if (!boost::urls::parse_origin_form(head.target())) {
        return 400;
    }
    const auto content_lengths = head.count(http::field::content_length);
    if (content_lengths > 1 || (content_lengths == 1 && head.count(http::field::transfer_encoding) > 0)) {
        return 400;
    }
    if (head.version() != 10 && head.version() != 11) {
        return 400;
    }
    return 0;
}

Response status_only(unsigned status)
{
    Response response{static_cast<int>(status), "text/plain; charset=utf-8", "", {}};
    response.body = std::string(http::obsolete_reason(static_cast<http::status>(status))) + "\n";
    return response;
}

asio::awaitable<void> answer_and_close(beast::tcp_stream& stream, Response response, unsigned version)
{
    auto message = to_message(std::move(response), version == 10 ? 10 : 11, false, false);
    co_await http::async_write(stream, message, asio::as_tuple(asio::use_awaitable));
}

std::string peer_address(const tcp::socket& socket)
{
    boost::system::error_code error;
    const auto peer = socket.remote_endpoint(error);
    return error ? "" : peer.address().to_string();
}

// A head refused before its body is read: a status of the head itself, the app's refusal (a POST
// without any form token), or a declared length over the route's limit. Otherwise the route's
// limit is set for the body (a chunked body is refused once it grows past it).
std::optional<Response> refusal_of_head(http::request_parser<http::string_body>& parser, App& app,
                                        const Request& head, std::size_t upload_bytes)
{
    if (const unsigned status = status_for_head(parser); status != 0) {
        return status_only(status);
    }
    if (auto refused = app.refuse_before_body(head)) {
        return refused;
    }
    const std::size_t limit = app.body_limit(head, upload_bytes);
    if (parser.content_length() && *parser.content_length() > limit) {
        return status_only(413);
    }
    parser.body_limit(limit);
    return std::nullopt;
}

// The app's answer. Changes may hash passwords (argon2id, ~65 ms and 64 MiB each): they run off
// the network threads, on a small pool, and come back to answer. An answer that must not leave
// before a time waits on a timer, holding no thread.
asio::awaitable<Response> answer_of_app(beast::tcp_stream& stream, App& app, Request request, bool is_read,
                                        asio::thread_pool& blocking_pool)
{
    const auto arrived = std::chrono::steady_clock::now();
    Response response;
    if (is_read) {
        response = app.handle(std::move(request));
    } else {
        co_await asio::post(blocking_pool.get_executor(), asio::use_awaitable);
        response = app.handle(std::move(request));
        co_await asio::post(stream.get_executor(), asio::use_awaitable);
    }
    if (response.answer_after.count() > 0) {
        asio::steady_timer timer(stream.get_executor(), arrived + response.answer_after);
        co_await timer.async_wait(asio::as_tuple(asio::use_awaitable));
    }
    co_return response;
}

asio::awaitable<void> serve_connection(tcp::socket socket, ServerConfig config, App* app,
                                       asio::thread_pool* blocking_pool)
{
    const std::string client_address = peer_address(socket);
    beast::tcp_stream stream(std::move(socket));
    beast::flat_buffer buffer;
    while (true) {
        http::request_parser<http::string_body> parser;
        parser.header_limit(static_cast<std::uint32_t>(MAX_HEAD_BYTES));
        parser.body_limit(config.body_limit); // the largest of all; the route's limit follows the head
        stream.expires_after(config.read_timeout);
        auto [head_error, head_bytes] =
            co_await http::async_read_header(stream, buffer, parser, asio::as_tuple(asio::use_awaitable));
        if (head_error) {
            const bool start_line_read = !parser.get().target().empty();
            if (const unsigned status = status_for_read_error(head_error, start_line_read); status != 0) {
                co_await answer_and_close(stream, status_only(status), 11);
            }
            break;
        }
        const unsigned version = parser.get().version();
        Request head = to_request(parser.get(), client_address);
        if (auto refused = refusal_of_head(parser, *app, head, config.body_limit)) {
            co_await answer_and_close(stream, std::move(*refused), version);
            break;
        }
        auto [body_error, body_bytes] =
            co_await http::async_read(stream, buffer, parser, asio::as_tuple(asio::use_awaitable));
        if (body_error) {
            if (const unsigned status = status_for_read_error(body_error, true); status != 0) {
                co_await answer_and_close(stream, status_only(status), version);
            }
            break;
        }
        auto message = parser.release();
        head.body = std::move(message.body());
        const bool was_large = head.body.size() > RETURN_MEMORY_AFTER_BYTES;
        const bool is_read = message.method() == http::verb::get || message.method() == http::verb::head;
        Response response = co_await answer_of_app(stream, *app, std::move(head), is_read, *blocking_pool);
        const bool keep_alive = message.keep_alive();
        auto answer = to_message(std::move(response), message.version(), keep_alive,
                                 message.method() == http::verb::head);
        auto [write_error, written] = co_await http::async_write(stream, answer, asio::as_tuple(asio::use_awaitable));
        if (was_large) {
            ::malloc_trim(0); // give a large body's pages back instead of keeping them for good
        }
        if (write_error) {
            if (!client_went_away(write_error)) {
                spdlog::debug("connection: {}", write_error.message());
            }
            break;
        }
        if (!keep_alive) {
            break;
        }
    }
    beast::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
}

asio::awaitable<void> accept_loop(tcp::acceptor& acceptor, ServerConfig config, App* app,
                                  asio::thread_pool* blocking_pool)
{
    while (true) {
        auto [error, socket] = co_await acceptor.async_accept(asio::as_tuple(asio::use_awaitable));
        if (error == asio::error::operation_aborted) {
            co_return;
        }
        if (error) {
            continue; // e.g. too many open files: keep serving the connections we have
        }
        socket.set_option(tcp::no_delay(true));
        auto executor = socket.get_executor();
        asio::co_spawn(executor, serve_connection(std::move(socket), config, app, blocking_pool),
                       asio::detached);
    }
}

} // namespace

Result<void> run_server(const ServerConfig& config, App& app,
                        const std::function<void(const std::string& url)>& on_listening)
{
    const unsigned threads =
        config.threads != 0 ? config.threads : std::max(1U, std::thread::hardware_concurrency());
    asio::io_context io(static_cast<int>(threads));

    boost::system::error_code error;
    auto address = asio::ip::make_address(config.address, error);
    if (error) {
        return fail(ErrorCode::Invalid, "error.serve.bad_address", {config.address});
    }
    tcp::endpoint endpoint(address, config.port);
    tcp::acceptor acceptor(io);
    acceptor.open(endpoint.protocol(), error);
    if (!error) {
        acceptor.set_option(asio::socket_base::reuse_address(true), error);
        acceptor.bind(endpoint, error);
    }
    if (!error) {
        acceptor.listen(asio::socket_base::max_listen_connections, error);
    }
    if (error) {
        const std::string where = config.address + ":" + std::to_string(config.port);
        if (error == asio::error::address_in_use) {
            return fail(ErrorCode::Unavailable, "error.serve.port_in_use", {where}, error.message());
        }
        return fail(ErrorCode::Unavailable, "error.serve.cannot_listen", {where, error.message()},
                    error.message());
    }

    asio::signal_set signals(io, SIGINT, SIGTERM);
    signals.async_wait([&](const boost::system::error_code&, int) {
        spdlog::info("stopping");
        acceptor.close();
        io.stop();
    });
    asio::thread_pool blocking_pool(2);
    asio::co_spawn(io, accept_loop(acceptor, config, &app, &blocking_pool), asio::detached);

    const auto bound = acceptor.local_endpoint();
    on_listening("http://" + bound.address().to_string() + ":" + std::to_string(bound.port()) + "/");

    std::vector<std::thread> workers;
    for (unsigned i = 1; i < threads; ++i) {
        workers.emplace_back([&io] { io.run(); });
    }
    io.run();
    for (auto& worker : workers) {
        worker.join();
    }
    blocking_pool.join();
    return {};
}

} // namespace rundum::web
