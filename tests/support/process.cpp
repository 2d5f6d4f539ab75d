// SPDX-License-Identifier: EUPL-1.2
// Subprocesses and a tiny HTTP client (Beast, synchronous) for the integration tests.
#include "process.hpp"

#include <array>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <random>
#include <stdexcept>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace rundum::testing {

namespace {

std::vector<char*> to_argv(const std::vector<std::string>& arguments)
{
    std::vector<char*> argv;
    for (const std::string& argument : arguments) {
        argv.push_back(const_cast<char*>(argument.c_str()));
    }
    argv.push_back(nullptr);
    return argv;
}

// Reads both pipes until both close, so neither child output can fill up and block it.
void drain(int out_fd, int err_fd, std::string& out, std::string& err)
{
    std::array<pollfd, 2> fds{{{out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}}};
    int open_count = 2;
    char buffer[4096];
    while (open_count > 0) {
        if (poll(fds.data(), fds.size(), -1) < 0) {
            break;
        }
        for (std::size_t i = 0; i < fds.size(); ++i) {
            if (fds[i].fd < 0 || fds[i].revents == 0) {
                continue;
            }
            ssize_t got = read(fds[i].fd, buffer, sizeof buffer);
            if (got <= 0) {
                close(fds[i].fd);
                fds[i].fd = -1;
                --open_count;
            } else {
                (i == 0 ? out : err).append(buffer, static_cast<std::size_t>(got));
            }
        }
    }
}

} // namespace

CommandResult run_command(const std::vector<std::string>& arguments)
{
    int out_pipe[2];
    int err_pipe[2];
    // Close-on-exec, so daemons the command starts (pg_ctl) do not keep our pipes open.
    if (pipe2(out_pipe, O_CLOEXEC) != 0 || pipe2(err_pipe, O_CLOEXEC) != 0) {
        throw std::runtime_error("pipe failed");
    }
    pid_t pid = fork();
    if (pid == 0) {
        dup2(out_pipe[1], STDOUT_FILENO);
        dup2(err_pipe[1], STDERR_FILENO);
        int null_fd = open("/dev/null", O_RDONLY);
        dup2(null_fd, STDIN_FILENO);
        close(out_pipe[0]);
        close(err_pipe[0]);
        auto argv = to_argv(arguments);
        execv(argv[0], argv.data());
        _exit(127);
    }
    close(out_pipe[1]);
    close(err_pipe[1]);
    CommandResult result;
    drain(out_pipe[0], err_pipe[0], result.out, result.err);
    int status = 0;
    waitpid(pid, &status, 0);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return result;
}

std::string rundum_binary()
{
    return RUNDUM_BINARY;
}

TemporaryDirectory::TemporaryDirectory()
{
    std::random_device random;
    m_path = std::filesystem::temp_directory_path() /
             ("rundum-test-" + std::to_string(getpid()) + "-" + std::to_string(random()));
    std::filesystem::create_directories(m_path);
}

TemporaryDirectory::~TemporaryDirectory()
{
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

unsigned short free_port()
{
    boost::asio::io_context io;
    boost::asio::ip::tcp::acceptor acceptor(
        io, boost::asio::ip::tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), 0));
    return acceptor.local_endpoint().port();
}

ServerProcess::ServerProcess(const std::filesystem::path& data_directory,
                             const std::vector<std::string>& extra_arguments)
{
    m_port = free_port();
    std::vector<std::string> arguments = {rundum_binary(), "serve", "--data",
                                          data_directory.string(), "--listen",
                                          "127.0.0.1:" + std::to_string(m_port)};
    arguments.insert(arguments.end(), extra_arguments.begin(), extra_arguments.end());
    m_pid = fork();
    if (m_pid == 0) {
        int null_fd = open("/dev/null", O_RDWR);
        dup2(null_fd, STDIN_FILENO);
        dup2(null_fd, STDOUT_FILENO);
        auto argv = to_argv(arguments);
        execv(argv[0], argv.data());
        _exit(127);
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
    while (std::chrono::steady_clock::now() < deadline) {
        try {
            if (http_get(m_port, "/healthz").status == 200) {
                return;
            }
        } catch (const std::exception&) {
            // not listening yet
        }
        int status = 0;
        if (waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_pid = -1;
            throw std::runtime_error("rundum serve exited before listening");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    stop();
    throw std::runtime_error("rundum serve did not answer /healthz in time");
}

ServerProcess::~ServerProcess()
{
    stop();
}

int ServerProcess::stop()
{
    if (m_pid <= 0) {
        return -1;
    }
    kill(m_pid, SIGTERM);
    int status = 0;
    waitpid(m_pid, &status, 0);
    m_pid = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

std::string HttpAnswer::header(const std::string& name) const
{
    for (const auto& [key, value] : headers) {
        if (boost::beast::iequals(key, name)) {
            return value;
        }
    }
    return {};
}

HttpAnswer http_request(unsigned short port, const std::string& method, const std::string& target,
                        const std::string& body, const std::string& cookie, const std::string& content_type,
                        const std::string& authorization,
                        const std::vector<std::pair<std::string, std::string>>& extra_headers)
{
    namespace beast = boost::beast;
    namespace http = beast::http;
    boost::asio::io_context io;
    beast::tcp_stream stream(io);
    stream.connect(boost::asio::ip::tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), port));
    // Synchronous reads ignore Beast's expiry: a kernel timeout keeps a hung server from
    // hanging the test.
    const timeval timeout{10, 0};
    setsockopt(stream.socket().native_handle(), SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    setsockopt(stream.socket().native_handle(), SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    http::request<http::string_body> request{http::string_to_verb(method), target, 11};
    request.set(http::field::host, "127.0.0.1");
    if (!cookie.empty()) {
        request.set(http::field::cookie, cookie);
    }
    if (!authorization.empty()) {
        request.set(http::field::authorization, authorization);
    }
    for (const auto& [name, value] : extra_headers) {
        request.set(name, value);
    }
    if (!body.empty() || method == "POST" || method == "PUT") {
        request.set(http::field::content_type, content_type);
        request.body() = body;
        request.prepare_payload();
    }
    http::write(stream, request);
    beast::flat_buffer buffer;
    http::response_parser<http::string_body> parser;
    parser.skip(method == "HEAD");
    parser.body_limit(64 * 1024 * 1024);
    http::read(stream, buffer, parser);
    auto& response = parser.get();
    HttpAnswer answer;
    answer.status = static_cast<int>(response.result_int());
    answer.content_type = std::string(response[http::field::content_type]);
    answer.body = response.body();
    for (const auto& field : response) {
        answer.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
    }
    beast::error_code ignored;
    stream.socket().shutdown(boost::asio::ip::tcp::socket::shutdown_both, ignored);
    return answer;
}

std::string raw_http_exchange(unsigned short port, const std::string& bytes, int timeout_seconds)
{
    const int socket_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (socket_fd < 0) {
        return {};
    }
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const timeval timeout{timeout_seconds, 0};
    setsockopt(socket_fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    setsockopt(socket_fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    std::string answer;
    if (::connect(socket_fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0) {
        // The server may answer and close before all is sent (a body it refuses unread): stop
        // sending then, and read what it said.
        std::size_t sent = 0;
        while (sent < bytes.size()) {
            const ssize_t n = ::send(socket_fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
            if (n <= 0) {
                break;
            }
            sent += static_cast<std::size_t>(n);
        }
        ::shutdown(socket_fd, SHUT_WR);
        char chunk[65536];
        while (true) {
            const ssize_t n = ::recv(socket_fd, chunk, sizeof chunk, 0);
            if (n <= 0) {
                break;
            }
            answer.append(chunk, static_cast<std::size_t>(n));
        }
    }
    ::close(socket_fd);
    return answer;
}

int raw_status(const std::string& answer)
{
    if (!answer.starts_with("HTTP/1.") || answer.size() < 12) {
        return 0;
    }
    return std::atoi(answer.substr(9, 3).c_str());
}

} // namespace rundum::testing
