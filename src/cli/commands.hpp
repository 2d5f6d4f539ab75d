// SPDX-License-Identifier: EUPL-1.2
// The rundum command line: init, serve, export, import. Each returns the process exit code.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "i18n/catalogue.hpp"
#include "store/open_store.hpp"
#include "web/http/app_config.hpp"
#include "web/http/server.hpp"

namespace rundum::cli {

/// Exit codes: 0 success, 1 the work failed (message on stderr), 2 bad arguments.
inline constexpr int EXIT_FAILED = 1;
inline constexpr int EXIT_USAGE = 2;

/// `rundum init --data DIR [--db URL] [--demo]`
int run_init(const i18n::Catalogue& catalogue, const store::StoreLocation& location, bool demo);

/// How `rundum serve` sends mail: SMTP when `smtp_url` is set, otherwise .eml files into
/// `mail_directory` (default: the data directory's "outbox"), for development.
struct MailOptions {
    std::string smtp_url;            ///< smtp://host:587 or smtps://host:465
    std::string smtp_user;           ///< login name, if the server wants one
    std::string smtp_password_file;  ///< a file holding the password (not on the command line)
    bool smtp_starttls{false};       ///< require STARTTLS on smtp://
    std::string mail_directory;      ///< where .eml files go when no SMTP server is set
    std::string from{"Rund um die Familie <noreply@localhost>"}; ///< the sender of every mail
};

/// `rundum serve --data DIR [--db URL] [--listen HOST:PORT] [--session-hours H] [--base-url URL]
/// [--smtp URL ... | --mail-dir DIR]`
int run_serve(const i18n::Catalogue& catalogue, const store::StoreLocation& location,
              const web::ServerConfig& config, const web::AppConfig& app_config,
              const MailOptions& mail_options, const std::string& index_directory);

/// `rundum user add --data DIR [--db URL] (--admin EMAIL | --coordinator EMAIL --city SLUG)`:
/// creates the account and prints its one-time link to set the password.
int run_user_add(const i18n::Catalogue& catalogue, const store::StoreLocation& location,
                 const std::string& email, Role role, const std::string& city_slug,
                 const web::AppConfig& app_config);

/// `rundum export --data DIR [--db URL]`: the network as JSON on stdout.
int run_export(const i18n::Catalogue& catalogue, const store::StoreLocation& location);

/// The largest file `rundum import` and `rundum import-indicators` read. Parsing takes a few
/// times a file's size in memory, so a file is refused by its size before anything is read.
inline constexpr std::uintmax_t MAX_IMPORT_BYTES = std::uintmax_t{64} * 1024 * 1024;

/// `rundum import --data DIR [--db URL] FILE`; a file over MAX_IMPORT_BYTES is refused by its
/// size before it is read (`error.import.too_large`).
int run_import(const i18n::Catalogue& catalogue, const store::StoreLocation& location,
               const std::filesystem::path& file);

/// `rundum import-indicators --data DIR [--db URL] FILE`: the cities' structural indicators from
/// a CSV file (format/indicator_csv.hpp), matched by official key; all of them or none.
int run_import_indicators(const i18n::Catalogue& catalogue, const store::StoreLocation& location,
                          const std::filesystem::path& file);

/// `rundum migrate --data DIR --to URL` (SQLite -> PostgreSQL) or `--from URL` (the other way):
/// copies the network into an empty database and verifies every table.
int run_migrate(const i18n::Catalogue& catalogue, const store::StoreLocation& source,
                const store::StoreLocation& target);

/// `rundum retention --data DIR [--db URL] [--keep-... N]`: applies the retention rules once at
/// the time of `test_clock_file` (empty: now, see web/clock.hpp) and prints what they removed.
int run_retention(const i18n::Catalogue& catalogue, const store::StoreLocation& location,
                  const RetentionPolicy& policy, const std::string& test_clock_file);

/// Parses "HOST:PORT" (IPv6 as "[::1]:8080") into the config; false if it is malformed.
bool parse_listen_address(const std::string& text, web::ServerConfig& config);

} // namespace rundum::cli
