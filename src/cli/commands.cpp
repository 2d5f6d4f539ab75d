// SPDX-License-Identifier: EUPL-1.2
// The work of each subcommand; arguments are already parsed (see main_command.cpp).
#include "cli/commands.hpp"
#include "cli/command_report.hpp"

#include <array>
#include <charconv>
#include <fstream>
#include <iostream>
#include <map>

#include <spdlog/spdlog.h>

#include "core/city_rules.hpp"
#include "format/indicator_csv.hpp"
#include "format/json_writer.hpp"
#include "format/network_json.hpp"
#include "search/search_index.hpp"
#include "store/database_copy.hpp"
#include "mail/file_transport.hpp"
#include "mail/mime.hpp"
#include "mail/smtp_transport.hpp"
#include "web/admin/admin_pages.hpp"
#include "jobs/mail_sender.hpp"
#include "jobs/search_upkeep.hpp"
#include "jobs/notification_mailer.hpp"
#include "web/app.hpp"
#include "web/http/clock.hpp"
#include "jobs/meeting_mailer.hpp"
#include "jobs/retention_job.hpp"

namespace rundum::cli {

namespace demo_data {
const std::map<std::string, std::string_view>& files(); // see CMakeLists.txt
}
namespace open_data {
const std::map<std::string, std::string_view>& files(); // see CMakeLists.txt
}

namespace {

Result<NetworkSnapshot> read_snapshot(std::string_view text)
{
    RUNDUM_TRY_ASSIGN(snapshot, format::network_from_json_text(text));
    RUNDUM_TRY(validate_snapshot(snapshot));
    return snapshot;
}

// The demo network with the member cities' open-data indicators, matched by official key.
Result<NetworkSnapshot> read_demo_network()
{
    RUNDUM_TRY_ASSIGN(network, read_snapshot(demo_data::files().at("network.json")));
    RUNDUM_TRY_ASSIGN(rows, format::parse_indicator_csv(open_data::files().at("member-city-indicators.csv")));
    RUNDUM_TRY_ASSIGN(values, format::indicator_values_of(rows, network.cities, web::now_iso(),
                                                          std::string(format::IMPORTED_BY)));
    network.indicator_values = std::move(values);
    return network;
}

// The size is checked before anything is read: a 500 MB file is refused at once, not after
// reading and parsing it. The read itself stops after the limit too (a pipe has no size).
Result<std::string> read_file(const std::filesystem::path& file)
{
    const auto too_large = [&] {
        return fail(ErrorCode::Invalid, "error.import.too_large",
                    {file.string(), std::to_string(MAX_IMPORT_BYTES / (1024 * 1024))});
    };
    std::error_code error;
    if (const auto size = std::filesystem::file_size(file, error); !error && size > MAX_IMPORT_BYTES) {
        return too_large();
    }
    std::ifstream input(file, std::ios::binary);
    if (!input) {
        return fail(ErrorCode::NotFound, "error.import.cannot_read", {file.string()});
    }
    std::string text;
    std::array<char, 65536> chunk{};
    while (input.read(chunk.data(), chunk.size()) || input.gcount() > 0) {
        text.append(chunk.data(), static_cast<std::size_t>(input.gcount()));
        if (text.size() > MAX_IMPORT_BYTES) {
            return too_large();
        }
    }
    if (input.bad()) {
        return fail(ErrorCode::NotFound, "error.import.cannot_read", {file.string()});
    }
    return text;
}

} // namespace

int run_init(const i18n::Catalogue& catalogue, const store::StoreLocation& location, bool demo)
{
    // Read the demo before creating anything, so a broken fixture leaves no directory behind.
    NetworkSnapshot demo_network;
    if (demo) {
        auto parsed = read_demo_network();
        if (!parsed) {
            return report(catalogue, parsed.error());
        }
        demo_network = std::move(*parsed);
    }
    auto store = store::create_store(location);
    if (!store) {
        return report(catalogue, store.error());
    }
    if (demo) {
        if (auto applied = (*store)->apply_snapshot(demo_network); !applied) {
            return report(catalogue, applied.error());
        }
    }
    std::cerr << catalogue.text(demo ? "cli.init.done_demo" : "cli.init.done",
                                {location.data_directory.string()})
              << "\n";
    return 0;
}

int run_export(const i18n::Catalogue& catalogue, const store::StoreLocation& location)
{
    auto store = store::open_store(location);
    if (!store) {
        return report(catalogue, store.error());
    }
    auto snapshot = (*store)->snapshot();
    if (!snapshot) {
        return report(catalogue, snapshot.error());
    }
    std::cout << format::pretty_json(format::network_to_json(*snapshot));
    std::cout.flush();
    return std::cout ? 0 : EXIT_FAILED;
}

int run_import(const i18n::Catalogue& catalogue, const store::StoreLocation& location,
               const std::filesystem::path& file)
{
    auto text = read_file(file);
    if (!text) {
        return report(catalogue, text.error());
    }
    // Parse and check the whole file before touching the database.
    auto snapshot = read_snapshot(*text);
    if (!snapshot) {
        Error error = snapshot.error();
        std::cerr << "rundum: " << catalogue.text("error.import.rejected", {file.string()}) << "\n";
        return report(catalogue, error);
    }
    auto store = store::open_store(location);
    if (!store) {
        return report(catalogue, store.error());
    }
    if (auto applied = (*store)->apply_snapshot(*snapshot); !applied) {
        return report(catalogue, applied.error());
    }
    std::cerr << catalogue.text("cli.import.done", {std::to_string(snapshot->cities.size())}) << "\n";
    return 0;
}

int run_import_indicators(const i18n::Catalogue& catalogue, const store::StoreLocation& location,
                          const std::filesystem::path& file)
{
    auto text = read_file(file);
    if (!text) {
        return report(catalogue, text.error());
    }
    // The whole file is read and checked, then matched to the cities, before anything is stored.
    auto rejected = [&](const Error& error) {
        std::cerr << "rundum: " << catalogue.text("error.indicators.rejected", {file.string()}) << "\n";
        return report(catalogue, error);
    };
    auto rows = format::parse_indicator_csv(*text);
    if (!rows) {
        return rejected(rows.error());
    }
    auto store = store::open_store(location);
    if (!store) {
        return report(catalogue, store.error());
    }
    auto cities = (*store)->list_cities();
    if (!cities) {
        return report(catalogue, cities.error());
    }
    auto values = format::indicator_values_of(*rows, *cities, web::now_iso(), std::string(format::IMPORTED_BY));
    if (!values) {
        return rejected(values.error());
    }
    if (auto saved = (*store)->save_indicator_values(*values); !saved) {
        return rejected(saved.error());
    }
    (void)(*store)->add_audit_entry(
        AuditEntry{web::now_iso(), "", "", "indicators_imported", file.filename().string(), "cli"});
    std::cerr << catalogue.text("indicator.cli.done", {std::to_string(values->size())}) << "\n";
    return 0;
}

int run_migrate(const i18n::Catalogue& catalogue, const store::StoreLocation& source,
                const store::StoreLocation& target)
{
    auto reports = store::copy_database(source, target);
    if (!reports) {
        return report(catalogue, reports.error());
    }
    for (const store::TableCopyReport& table : *reports) {
        std::cout << catalogue.text("cli.migrate.table",
                                    {table.table, std::to_string(table.rows), table.digest})
                  << "\n";
    }
    std::cerr << catalogue.text("cli.migrate.done", {std::to_string(reports->size())}) << "\n";
    return 0;
}

int run_user_add(const i18n::Catalogue& catalogue, const store::StoreLocation& location,
                 const std::string& email, Role role, const std::string& city_slug,
                 const web::AppConfig& app_config)
{
    auto store = store::open_store(location);
    if (!store) {
        return report(catalogue, store.error());
    }
    std::string city_id;
    if (role == Role::Coordinator) {
        auto city = (*store)->find_city(city_slug);
        if (!city) {
            return report(catalogue, city.error());
        }
        if (!*city) {
            return report(catalogue, Error{ErrorCode::NotFound, "cli.user.city_unknown", {city_slug}, {}});
        }
        city_id = (*city)->id;
    }
    auto link = web::create_member_with_link(**store, app_config, email, role, city_id);
    if (!link) {
        return report(catalogue, link.error());
    }
    (void)(*store)->add_audit_entry(AuditEntry{web::now_iso(), "", "", "user_added", normalised_email(email), "cli"});
    // The link is printed only, for the operator to hand on: a mail would carry a second link that,
    // made when it is sent, would make this one stop working (web/accounts/account_links).
    std::cerr << catalogue.text("cli.user.created",
                                {normalised_email(email), std::to_string(web::invitation_hours(app_config))})
              << "\n";
    std::cout << *link << "\n";
    return 0;
}

int run_retention(const i18n::Catalogue& catalogue, const store::StoreLocation& location,
                  const RetentionPolicy& policy, const std::string& test_clock_file)
{
    auto store = store::open_store(location);
    if (!store) {
        return report(catalogue, store.error());
    }
    const web::SystemClock system_clock;
    const web::FileClock test_clock(test_clock_file);
    const auto now = test_clock_file.empty() ? system_clock.now() : test_clock.now();
    auto removed = (*store)->apply_retention(now, policy);
    if (!removed) {
        return report(catalogue, removed.error());
    }
    const std::array<std::pair<std::string_view, std::int64_t RetentionReport::*>, 11> kinds = {{
        {"sign_in_attempts", &RetentionReport::sign_in_attempts},
        {"sent_mails", &RetentionReport::sent_mails},
        {"failed_mails", &RetentionReport::failed_mails},
        {"audit_addresses", &RetentionReport::audit_addresses},
        {"audit_entries", &RetentionReport::audit_entries},
        {"sessions", &RetentionReport::sessions},
        {"one_time_tokens", &RetentionReport::one_time_tokens},
        {"read_notifications", &RetentionReport::read_notifications},
        {"upload_log", &RetentionReport::upload_log},
        {"unsubscribe_links", &RetentionReport::unsubscribe_links},
        {"change_log", &RetentionReport::change_log},
    }};
    std::cout << catalogue.text("cli.retention.done", {web::iso_utc(now)}) << "\n";
    for (const auto& [kind, count] : kinds) {
        std::cout << catalogue.text("cli.retention.removed." + std::string(kind), {std::to_string((*removed).*count)})
                  << "\n";
    }
    std::cout.flush();
    return std::cout ? 0 : EXIT_FAILED;
}

} // namespace rundum::cli
