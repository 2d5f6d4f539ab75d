// SPDX-License-Identifier: EUPL-1.2
// Writes messages as .eml files instead of sending them: the development and test setting.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string_view>

#include "mail/transport.hpp"

namespace rundum::mail {

/// Each message becomes one file `<directory>/<UTC time>-<process>-<counter>.eml` holding the
/// RFC 5322 text, e.g. `20250214T093000.123456Z-4711-000001.eml`: names sort by time of sending
/// (ties by counter) and never collide, also between several transports and processes on one
/// directory. The file is written under a hidden temporary name and renamed, so a reader listing
/// `*.eml` never sees half a message. Safe to call from several threads.
class FileTransport final : public MailTransport {
public:
    /// The directory is created (with parents) when the first message is written, so a missing
    /// directory is reported as a send error rather than thrown from here.
    explicit FileTransport(std::filesystem::path directory);

    /// Errors: `error.mail.invalid_header` / `error.mail.invalid_address` (Invalid);
    /// `error.mail.cannot_write` (Unavailable; args: the directory) when the directory cannot be
    /// created or the file cannot be written.
    Result<void> send(const MailMessage& message) override;

    const std::filesystem::path& directory() const { return m_directory; }

private:
    std::filesystem::path m_directory;
};

/// Removes the messages in a FileTransport's `directory` addressed to `address` (the To
/// header's address, compared without regard to case), when a member is erased; returns how
/// many. A missing directory holds none. Errors: `error.mail.cannot_write` (Unavailable; args:
/// the directory) when the directory cannot be read or a file not removed.
Result<std::size_t> remove_mail_files_to(const std::filesystem::path& directory, std::string_view address);

} // namespace rundum::mail
