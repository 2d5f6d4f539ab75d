// SPDX-License-Identifier: EUPL-1.2
// Running the rundum binary from tests: one-shot commands and a server on a free loopback port.
#pragma once

#include <filesystem>
#include <string>
#include <sys/types.h>
#include <vector>

namespace rundum::testing {

/// What a finished command left behind.
struct CommandResult {
    int exit_code{-1};
    std::string out; ///< stdout
    std::string err; ///< stderr
};

/// Runs a program with arguments (no shell), waits for it and captures both outputs.
CommandResult run_command(const std::vector<std::string>& arguments);

/// The rundum binary under test (set by CMake).
std::string rundum_binary();

/// A fresh directory under the system temp dir, removed on destruction.
class TemporaryDirectory {
public:
    TemporaryDirectory();
    ~TemporaryDirectory();
    TemporaryDirectory(const TemporaryDirectory&) = delete;
    TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

/// A TCP port on 127.0.0.1 that was free a moment ago.
unsigned short free_port();

/// `rundum serve` on a free port, stopped (SIGTERM) on destruction.
class ServerProcess {
public:
    /// Starts the server on `data_directory` and waits until /healthz answers; throws if it
    /// does not come up within a few seconds.
    explicit ServerProcess(const std::filesystem::path& data_directory,
                           const std::vector<std::string>& extra_arguments = {});
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    unsigned short port() const { return m_port; }

    /// Stops the server and returns its exit code.
    int stop();

private:
    pid_t m_pid{-1};
    unsigned short m_port{0};
};

/// A minimal HTTP/1.1 answer.
struct HttpAnswer {
    int status{0};
    std::string content_type;
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;

    /// The value of a header (case-insensitive name), or "" if absent.
    std::string header(const std::string& name) const;
};

/// Sends one request to 127.0.0.1:port and reads the answer. A non-empty body is sent as a
/// urlencoded form; `cookie` becomes the Cookie header.
HttpAnswer http_request(unsigned short port, const std::string& method, const std::string& target,
                        const std::string& body = "", const std::string& cookie = "",
                        const std::string& content_type = "application/x-www-form-urlencoded",
                        const std::string& authorization = "",
                        const std::vector<std::pair<std::string, std::string>>& extra_headers = {});

/// Sends `bytes` as they are (a request no client library would write) and returns everything
/// the server answered until it closed the connection or `timeout_seconds` passed: "" when it
/// closed without a word.
std::string raw_http_exchange(unsigned short port, const std::string& bytes, int timeout_seconds = 10);

/// The status code at the start of a raw answer ("HTTP/1.1 400 ..."), 0 when there is none.
int raw_status(const std::string& answer);

inline HttpAnswer http_get(unsigned short port, const std::string& target)
{
    return http_request(port, "GET", target);
}

} // namespace rundum::testing
