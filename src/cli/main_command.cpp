// SPDX-License-Identifier: EUPL-1.2
// Argument parsing with CLI11; help and error texts come from the catalogue.
#include "cli/main_command.hpp"

#include <iostream>

#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include "cli/commands.hpp"
#include "cli/retention_options.hpp"

namespace rundum::cli {

int main_command(int argc, char** argv)
{
    spdlog::set_default_logger(spdlog::default_logger()); // stderr, colour only on a terminal
    auto catalogue_result = i18n::Catalogue::load("de");
    if (!catalogue_result) {
        std::cerr << "rundum: message catalogue missing\n";
        return EXIT_FAILED;
    }
    const i18n::Catalogue& catalogue = *catalogue_result;
    auto t = [&](const char* key) { return catalogue.text(key); };

    CLI::App app{t("cli.description"), "rundum"};
    app.require_subcommand(1);
    app.set_help_flag("-h,--help", t("cli.help"));
    app.footer(t("cli.footer"));

    std::string data_directory;
    std::string database_url;
    auto add_data_option = [&](CLI::App* command) {
        command->add_option("--data", data_directory, t("cli.option.data"))->required()->type_name(t("cli.type.dir"));
        command->add_option("--db", database_url, t("cli.option.db"))->type_name(t("cli.type.url"));
        command->set_help_flag("-h,--help", t("cli.help"));
    };

    bool demo = false;
    CLI::App* init = app.add_subcommand("init", t("cli.init.description"));
    add_data_option(init);
    init->add_flag("--demo", demo, t("cli.option.demo"));

    std::string listen = "127.0.0.1:8080";
    unsigned threads = 0;
    double session_hours = 12;
    web::AppConfig app_config;
    CLI::App* serve = app.add_subcommand("serve", t("cli.serve.description"));
    add_data_option(serve);
    serve->add_option("--listen", listen, t("cli.option.listen"))->type_name(t("cli.type.address"))->capture_default_str();
    serve->add_option("--threads", threads, t("cli.option.threads"))->type_name(t("cli.type.number"));
    serve->add_option("--session-hours", session_hours, t("cli.option.session_hours"))
        ->type_name(t("cli.type.number"))->check(CLI::PositiveNumber)->capture_default_str();
    serve->add_option("--base-url", app_config.base_url, t("cli.option.base_url"))->type_name(t("cli.type.url"));
    serve->add_flag("--secure-cookies", app_config.secure_cookies, t("cli.option.secure_cookies"));
    serve->add_option("--trusted-proxy", app_config.trusted_proxies, t("cli.option.trusted_proxy"))
        ->type_name(t("cli.type.ip"));
    MailOptions mail_options;
    serve->add_option("--smtp", mail_options.smtp_url, t("cli.option.smtp"))->type_name(t("cli.type.url"));
    serve->add_option("--smtp-user", mail_options.smtp_user, t("cli.option.smtp_user"));
    serve->add_option("--smtp-password-file", mail_options.smtp_password_file, t("cli.option.smtp_password_file"))
        ->type_name(t("cli.type.file"));
    serve->add_flag("--smtp-starttls", mail_options.smtp_starttls, t("cli.option.smtp_starttls"));
    serve->add_option("--mail-dir", mail_options.mail_directory, t("cli.option.mail_dir"))->type_name(t("cli.type.dir"));
    serve->add_option("--mail-from", mail_options.from, t("cli.option.mail_from"))->capture_default_str();
    std::string index_directory;
    // Hidden from --help (empty group): only HTTP tests set the mailer's clock.
    serve->add_option("--test-clock-file", app_config.test_clock_file, t("cli.option.test_clock_file"))->group("");
    serve->add_option("--index-dir", index_directory, t("cli.option.index_dir"))->type_name(t("cli.type.dir"));
    RetentionOptions retention_options;
    retention_options.add_to(*serve, catalogue);

    CLI::App* retention = app.add_subcommand("retention", t("cli.retention.description"));
    add_data_option(retention);
    retention_options.add_to(*retention, catalogue);
    std::string retention_clock_file;
    retention->add_option("--test-clock-file", retention_clock_file, t("cli.option.test_clock_file"))->group("");

    CLI::App* export_command = app.add_subcommand("export", t("cli.export.description"));
    add_data_option(export_command);

    std::string import_file;
    CLI::App* import_command = app.add_subcommand("import", t("cli.import.description"));
    add_data_option(import_command);
    import_command->add_option("FILE", import_file, t("cli.option.file"))->required()->type_name(t("cli.type.file"));

    std::string indicators_file;
    CLI::App* import_indicators = app.add_subcommand("import-indicators", t("indicator.cli.description"));
    add_data_option(import_indicators);
    import_indicators->add_option("FILE", indicators_file, t("indicator.cli.file"))->required()->type_name(t("cli.type.file"));

    std::string admin_email;
    std::string coordinator_email;
    std::string city_slug;
    CLI::App* user = app.add_subcommand("user", t("cli.user.description"));
    user->require_subcommand(1);
    user->set_help_flag("-h,--help", t("cli.help"));
    CLI::App* user_add = user->add_subcommand("add", t("cli.user.add_description"));
    add_data_option(user_add);
    auto* admin_option = user_add->add_option("--admin", admin_email, t("cli.user.admin_option"))->type_name(t("cli.type.email"));
    auto* coordinator_option = user_add->add_option("--coordinator", coordinator_email, t("cli.user.coordinator_option"))->type_name(t("cli.type.email"));
    admin_option->excludes(coordinator_option);
    user_add->add_option("--city", city_slug, t("cli.user.city_option"))->type_name(t("cli.type.slug"));
    user_add->add_option("--base-url", app_config.base_url, t("cli.user.base_url_option"))->type_name(t("cli.type.url"))->capture_default_str();

    std::string to_url;
    std::string from_url;
    CLI::App* migrate = app.add_subcommand("migrate", t("cli.migrate.description"));
    migrate->add_option("--data", data_directory, t("cli.option.data"))->required()->type_name(t("cli.type.dir"));
    auto* to_option = migrate->add_option("--to", to_url, t("cli.option.to"))->type_name(t("cli.type.url"));
    auto* from_option = migrate->add_option("--from", from_url, t("cli.option.from"))->type_name(t("cli.type.url"));
    to_option->excludes(from_option);
    migrate->set_help_flag("-h,--help", t("cli.help"));

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& help) {
        return app.exit(help);
    } catch (const CLI::ParseError& error) {
        // CLI11 words its messages in English; the user gets the German frame and the detail.
        std::cerr << "rundum: " << catalogue.text("cli.usage_error", {error.what()}) << "\n";
        return EXIT_USAGE;
    }

    for (const std::string* url : {&database_url, &to_url, &from_url}) {
        if (!url->empty() && !url->starts_with("postgresql://") && !url->starts_with("postgres://")) {
            std::cerr << "rundum: " << catalogue.text("error.database.bad_url") << "\n";
            return EXIT_USAGE;
        }
    }
    if (migrate->parsed()) {
        if (to_url.empty() && from_url.empty()) {
            std::cerr << "rundum: " << catalogue.text("cli.migrate.direction_missing") << "\n";
            return EXIT_USAGE;
        }
        const store::StoreLocation sqlite{data_directory, ""};
        if (!to_url.empty()) {
            return run_migrate(catalogue, sqlite, {data_directory, to_url});
        }
        return run_migrate(catalogue, {data_directory, from_url}, sqlite);
    }
    auto retention_policy = retention_options.policy();
    if (!retention_policy) {
        std::cerr << "rundum: " << catalogue.text(retention_policy.error()) << "\n";
        return EXIT_USAGE;
    }
    app_config.retention = *retention_policy;
    const store::StoreLocation location{data_directory, database_url};
    if (retention->parsed()) {
        return run_retention(catalogue, location, app_config.retention, retention_clock_file);
    }
    if (init->parsed()) {
        return run_init(catalogue, location, demo);
    }
    if (serve->parsed()) {
        web::ServerConfig config;
        if (!parse_listen_address(listen, config)) {
            std::cerr << "rundum: " << catalogue.text("error.serve.bad_listen", {listen}) << "\n";
            return EXIT_USAGE;
        }
        config.threads = threads;
        app_config.session_lifetime =
            std::chrono::seconds(static_cast<long long>(session_hours * 3600.0 + 0.5));
        return run_serve(catalogue, location, config, app_config, mail_options, index_directory);
    }
    if (user_add->parsed()) {
        if (!admin_email.empty()) {
            return run_user_add(catalogue, location, admin_email, Role::Admin, "", app_config);
        }
        if (coordinator_email.empty() || city_slug.empty()) {
            std::cerr << "rundum: " << catalogue.text("cli.user.which_missing") << "\n";
            return EXIT_USAGE;
        }
        return run_user_add(catalogue, location, coordinator_email, Role::Coordinator, city_slug, app_config);
    }
    if (import_indicators->parsed()) {
        return run_import_indicators(catalogue, location, indicators_file);
    }
    if (export_command->parsed()) {
        return run_export(catalogue, location);
    }
    return run_import(catalogue, location, import_file);
}

} // namespace rundum::cli
