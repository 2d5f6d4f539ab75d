// One coroutine per connection, as in Beast's advanced server example: a timeout on every
// read, a body limit on every parser, keep-alive, and a graceful stop on a signal.
#include "web/server.hpp"

#include <thread>
#include <vector>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/url/parse.hpp>
#include <spdlog/spdlog.h>

namespace rundum::web {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

namespace {

Request to_request(http::request<http::string_body>& message, const std::string& client_address)
{
    Request request;
    request.method = std::string(message.method_string());
    request.cookie = std::string(message[http::field::cookie]);
    request.content_type = std::string(message[http::field::content_type]);
    request.authorization = std::string(message[http::field::authorization]);
    request.body = std::move(message.body());
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

http::response<http::string_body> to_message(Response response, unsigned version, bool keep_alive,
                                              bool is_head)
{
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

asio::awaitable<void> serve_connection(tcp::socket socket, ServerConfig config, App* app,
                                       asio::thread_pool* blocking_pool)
{
    boost::system::error_code peer_error;
    const auto peer = socket.remote_endpoint(peer_error);
    const std::string client_address = peer_error ? "" : peer.address().to_string();
    beast::tcp_stream stream(std::move(socket));
    beast::flat_buffer buffer;
    try {
        while (true) {
            http::request_parser<http::string_body> parser;
            parser.body_limit(config.body_limit);
            stream.expires_after(config.read_timeout);
            co_await http::async_read(stream, buffer, parser, asio::use_awaitable);
            auto message = parser.release();
            Response response;
            if (!boost::urls::parse_origin_form(message.target())) {
                response = Response{400, "text/plain; charset=utf-8", "Bad Request\n", {}};
            } else if (message.method() == http::verb::get || message.method() == http::verb::head) {
                response = app->handle(to_request(message, client_address));
            } else {
                // Changes may hash passwords (argon2id, ~65 ms and 64 MiB each): run them off
                // the network threads, on a small pool, and come back to answer.
                Request request = to_request(message, client_address);
                co_await asio::post(blocking_pool->get_executor(), asio::use_awaitable);
                response = app->handle(request);
                co_await asio::post(stream.get_executor(), asio::use_awaitable);
            }
            const bool keep_alive = message.keep_alive();
            auto answer = to_message(std::move(response), message.version(), keep_alive,
                                     message.method() == http::verb::head);
            co_await http::async_write(stream, answer, asio::use_awaitable);
            if (!keep_alive) {
                break;
            }
        }
    } catch (const boost::system::system_error& error) {
        // Clients closing, timing out or sending garbage end their own session only.
        if (error.code() != http::error::end_of_stream && error.code() != asio::error::eof &&
            error.code() != beast::error::timeout && error.code() != asio::error::connection_reset &&
            error.code() != asio::error::operation_aborted) {
            spdlog::debug("connection: {}", error.code().message());
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
