// SPDX-License-Identifier: EUPL-1.2
// `rundum serve`: the store, the mail transport, the app and its background jobs, the server.
#include "cli/commands.hpp"
#include "cli/command_report.hpp"

#include <filesystem>
#include <memory>
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

namespace {

// Where mail goes as files when no SMTP server is set.
std::filesystem::path outbox_directory(const store::StoreLocation& location, const MailOptions& options)
{
    return options.mail_directory.empty() ? location.data_directory / "outbox"
                                          : std::filesystem::path(options.mail_directory);
}

Result<std::unique_ptr<mail::MailTransport>> mail_transport(const store::StoreLocation& location,
                                                            const MailOptions& options)
{
    if (options.smtp_url.empty()) {
        const std::filesystem::path directory = outbox_directory(location, options);
        spdlog::info("mail goes to files in {} (no --smtp given)", directory.string());
        return std::unique_ptr<mail::MailTransport>(std::make_unique<mail::FileTransport>(directory));
    }
    mail::SmtpConfig config;
    config.url = options.smtp_url;
    config.username = options.smtp_user;
    config.require_tls = options.smtp_starttls;
    if (!options.smtp_password_file.empty()) {
        std::ifstream file(options.smtp_password_file);
        if (!file || !std::getline(file, config.password)) {
            return fail(ErrorCode::Invalid, "error.mail.password_file", {options.smtp_password_file});
        }
    }
    return std::unique_ptr<mail::MailTransport>(std::make_unique<mail::SmtpTransport>(config));
}

} // namespace

int run_serve(const i18n::Catalogue& catalogue, const store::StoreLocation& location,
              const web::ServerConfig& config, const web::AppConfig& app_config,
              const MailOptions& mail_options, const std::string& index_directory)
{
    auto store = store::open_store(location);
    if (!store) {
        return report(catalogue, store.error());
    }
    // Each instance keeps its own index; it follows the database's change log.
    const std::filesystem::path index_path =
        index_directory.empty() ? location.data_directory / "search-index" : std::filesystem::path(index_directory);
    auto index = search::SearchIndex::open(index_path);
    if (!index) {
        return report(catalogue, index.error());
    }
    // An erased member's mail files are removed from the outbox too.
    web::AppConfig serve_config = app_config;
    if (mail_options.smtp_url.empty()) {
        serve_config.outbox_directory = outbox_directory(location, mail_options).string();
    }
    auto app = web::App::create(**store, **index, catalogue, serve_config);
    if (!app) {
        return report(catalogue, app.error());
    }
    auto transport = mail_transport(location, mail_options);
    if (!transport) {
        return report(catalogue, transport.error());
    }
    // The sender is also the ORGANIZER of meeting invitations.
    auto sender = mail::parse_mailbox(mail_options.from);
    if (!sender) {
        return report(catalogue, sender.error());
    }
    web::MailSender mail_sender(**store, std::move(*transport), mail_options.from,
                                web::account_link_settings(app_config));
    mail_sender.start();
    const web::SystemClock system_clock;
    const web::FileClock test_clock(app_config.test_clock_file);
    const web::Clock& clock = app_config.test_clock_file.empty() ? static_cast<const web::Clock&>(system_clock)
                                                                  : test_clock;
    web::NotificationMailer notification_mailer(**store, catalogue, app_config.base_url, clock);
    notification_mailer.start();
    web::MeetingMailer meeting_mailer((*app)->services(), sender->address, clock);
    meeting_mailer.start();
    web::RetentionJob retention_job(**store, app_config.retention, clock);
    retention_job.start();
    // Compacts the index after an erasure (of a member on this or any other instance).
    web::SearchUpkeep search_upkeep(**store, (*app)->services().search_follower);
    search_upkeep.start();
    auto served = web::run_server(config, **app, [&](const std::string& url) {
        std::cerr << catalogue.text("cli.serve.listening", {url}) << std::endl;
    });
    if (!served) {
        return report(catalogue, served.error());
    }
    return 0;
}

bool parse_listen_address(const std::string& text, web::ServerConfig& config)
{
    const std::size_t colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 >= text.size()) {
        return false;
    }
    std::string host = text.substr(0, colon);
    if (host.front() == '[' && host.back() == ']') {
        host = host.substr(1, host.size() - 2);
    }
    const std::string port_text = text.substr(colon + 1);
    unsigned port = 0;
    auto [end, error] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
    if (error != std::errc() || end != port_text.data() + port_text.size() || port > 65535) {
        return false;
    }
    config.address = host;
    config.port = static_cast<unsigned short>(port);
    return true;
}

} // namespace rundum::cli
