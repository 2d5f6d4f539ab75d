// SPDX-License-Identifier: EUPL-1.2
// .eml files for development: a developer (or a test) reads the mail the platform would send.
#include "mail/file_transport.hpp"

#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <mutex>
#include <string>
#include <system_error>
#include <utility>

#include <fcntl.h>
#include <unistd.h>

#include "core/text.hpp"
#include "mail/mime.hpp"

namespace rundum::mail {

namespace {

using Microseconds = std::chrono::microseconds;

// Shared by every FileTransport in the process, so two on one directory cannot collide either.
struct NameSource {
    std::mutex mutex;
    Microseconds last_time{0};
    std::uint64_t counter = 0;
};

NameSource& name_source()
{
    static NameSource source;
    return source;
}

// "20250214T093000.123456Z-4711-000001.eml". The time is made strictly increasing within the
// process (a clock step backwards must not reorder the files), the process id separates processes.
std::string next_file_name()
{
    auto& source = name_source();
    Microseconds time{};
    std::uint64_t counter = 0;
    {
        std::lock_guard lock(source.mutex);
        time = std::chrono::duration_cast<Microseconds>(
            std::chrono::system_clock::now().time_since_epoch());
        if (time <= source.last_time) {
            time = source.last_time + Microseconds(1);
        }
        source.last_time = time;
        counter = ++source.counter;
    }
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(time);
    const std::time_t whole_seconds = static_cast<std::time_t>(seconds.count());
    std::tm utc{};
    gmtime_r(&whole_seconds, &utc);
    char buffer[80];
    std::snprintf(buffer, sizeof buffer, "%04d%02d%02dT%02d%02d%02d.%06lldZ-%lld-%06llu.eml",
                  utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min,
                  utc.tm_sec, static_cast<long long>((time - seconds).count()),
                  static_cast<long long>(::getpid()), static_cast<unsigned long long>(counter));
    return buffer;
}

std::string errno_text(int error)
{
    return std::generic_category().message(error);
}

// Writes the whole text to a new file and flushes it to disk; false with errno set on failure.
bool write_new_file(const std::filesystem::path& path, std::string_view text)
{
    // 0600: messages carry links that set passwords.
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        return false;
    }
    while (!text.empty()) {
        const ssize_t written = ::write(fd, text.data(), text.size());
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            const int saved = errno;
            ::close(fd);
            errno = saved;
            return false;
        }
        text.remove_prefix(static_cast<std::size_t>(written));
    }
    if (::fsync(fd) != 0) {
        const int saved = errno;
        ::close(fd);
        errno = saved;
        return false;
    }
    return ::close(fd) == 0;
}

// The address of a message's To header ("To: Name <a@b>" or "To: a@b", folded lines
// unfolded), lower case; "" when the file has none.
std::string recipient_of(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::string line;
    std::string to;
    bool in_to = false;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        if (line.empty()) {
            break; // end of the header
        }
        if (line.front() == ' ' || line.front() == '\t') {
            if (in_to) {
                to += line;
            }
            continue;
        }
        in_to = ascii_lowercase(line.substr(0, 3)) == "to:";
        if (in_to) {
            to = line.substr(3);
        }
    }
    const std::size_t open = to.rfind('<');
    const std::size_t close = to.rfind('>');
    if (open != std::string::npos && close != std::string::npos && close > open) {
        to = to.substr(open + 1, close - open - 1);
    }
    const std::size_t first = to.find_first_not_of(" \t");
    const std::size_t last = to.find_last_not_of(" \t");
    return first == std::string::npos ? std::string() : ascii_lowercase(to.substr(first, last - first + 1));
}

} // namespace

FileTransport::FileTransport(std::filesystem::path directory) : m_directory(std::move(directory)) {}

Result<void> FileTransport::send(const MailMessage& message)
{
    RUNDUM_TRY_ASSIGN(text, to_rfc5322(message, rfc2822_date(std::chrono::system_clock::now())));
    const auto cannot_write = [&](const std::string& detail) {
        return fail(ErrorCode::Unavailable, "error.mail.cannot_write", {m_directory.string()},
                    "mail directory " + m_directory.string() + ": " + detail);
    };

    std::error_code error;
    std::filesystem::create_directories(m_directory, error);
    if (error) {
        return cannot_write(error.message());
    }
    const std::string name = next_file_name();
    // Hidden and not ending in .eml: invisible to anyone collecting the finished messages.
    const auto temporary = m_directory / ("." + name + ".tmp");
    const auto final_path = m_directory / name;
    if (!write_new_file(temporary, text)) {
        const int saved = errno;
        std::filesystem::remove(temporary, error);
        return cannot_write(temporary.filename().string() + ": " + errno_text(saved));
    }
    if (std::rename(temporary.c_str(), final_path.c_str()) != 0) {
        const int saved = errno;
        std::filesystem::remove(temporary, error);
        return cannot_write(name + ": " + errno_text(saved));
    }
    return {};
}

Result<std::size_t> remove_mail_files_to(const std::filesystem::path& directory, std::string_view address)
{
    const auto cannot = [&](const std::string& detail) {
        return fail(ErrorCode::Unavailable, "error.mail.cannot_write", {directory.string()},
                    "mail directory " + directory.string() + ": " + detail);
    };
    std::error_code error;
    if (!std::filesystem::exists(directory, error)) {
        return std::size_t{0};
    }
    const std::string wanted = ascii_lowercase(address);
    std::size_t removed = 0;
    std::filesystem::directory_iterator entries(directory, error);
    if (error) {
        return cannot(error.message());
    }
    for (const auto& entry : entries) {
        const std::filesystem::path& path = entry.path();
        if (path.extension() != ".eml" || !entry.is_regular_file(error) || recipient_of(path) != wanted) {
            continue;
        }
        if (std::filesystem::remove(path, error)) {
            ++removed;
        } else if (error) {
            return cannot(path.filename().string() + ": " + error.message());
        }
    }
    return removed;
}

} // namespace rundum::mail
