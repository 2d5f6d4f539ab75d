// SPDX-License-Identifier: EUPL-1.2
// Settings of the web application that an operator may change (rundum serve options).
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "core/retention_policy.hpp"

namespace rundum::web {

/// Parsed once by the CLI and handed down; defaults suit a city's single instance.
struct AppConfig {
    /// How long a sign-in lasts before the member must sign in again.
    std::chrono::seconds session_lifetime{std::chrono::hours(12)};
    /// Mark cookies Secure: set when rundum is served over HTTPS (by a proxy in front).
    bool secure_cookies{false};
    /// The address members reach this site at, for links in mails and printed by the CLI.
    std::string base_url{"http://127.0.0.1:8080"};
    /// How long a one-time link to set a first password stays valid: three days, so a link
    /// that lies in a mailbox unused soon opens nothing (the mail says so and what to do then).
    std::chrono::seconds invitation_lifetime{std::chrono::hours(72)};
    /// Addresses of reverse proxies in front of rundum: only from these is X-Forwarded-For
    /// believed, so throttling and the audit log see the client's address, not the proxy's.
    std::vector<std::string> trusted_proxies;
    /// Test only: a file holding the time the notification mailer goes by (web/clock.hpp
    /// FileClock), so HTTP tests can move it past 07:00; empty in production: the real time.
    std::string test_clock_file;
    /// Where mail goes as .eml files when no SMTP server is set (FileTransport); "" with SMTP.
    /// Files addressed to an erased member are removed from it.
    std::string outbox_directory;
    /// How long data kept only for a while stays stored (the daily retention job).
    RetentionPolicy retention;
};

} // namespace rundum::web
