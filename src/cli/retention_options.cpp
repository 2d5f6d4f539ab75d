// SPDX-License-Identifier: EUPL-1.2
// One table of the retention options: name, help, least value, and the policy field they set.
#include "cli/retention_options.hpp"

#include <charconv>
#include <chrono>

#include <CLI/CLI.hpp>

#include "auth/throttle.hpp"

namespace rundum::cli {

namespace {

constexpr std::int64_t MOST_DAYS = 36500; // a hundred years: more is a typo

// The throttle counts the failures within its window: fewer minutes would forget them early.
constexpr std::int64_t THROTTLE_MINUTES = auth::ThrottlePolicy{}.window_seconds / 60;

struct PeriodOption {
    std::string_view name;
    std::string_view help_key;
    std::int64_t least;
    Days RetentionPolicy::*days; ///< nullptr: the sign-in attempts, in minutes
};

// Days of 0 mean "at the next run"; where a rule needs the data for a while, the least is 1:
// audit addresses (the hourly limits on password resets count by address), upload counts (the
// hourly upload limit), the change log (instances catching up after a restart).
constexpr std::array<PeriodOption, RetentionOptions::COUNT> PERIODS = {
    PeriodOption{"--keep-sign-in-attempts-minutes", "cli.option.keep.sign_in_attempts", THROTTLE_MINUTES, nullptr},
    PeriodOption{"--keep-sent-mails-days", "cli.option.keep.sent_mails", 0, &RetentionPolicy::sent_mails},
    PeriodOption{"--keep-failed-mails-days", "cli.option.keep.failed_mails", 1, &RetentionPolicy::failed_mails},
    PeriodOption{"--keep-audit-addresses-days", "cli.option.keep.audit_addresses", 1,
                 &RetentionPolicy::audit_addresses},
    PeriodOption{"--keep-audit-entries-days", "cli.option.keep.audit_entries", 1, &RetentionPolicy::audit_entries},
    PeriodOption{"--keep-read-notifications-days", "cli.option.keep.read_notifications", 0,
                 &RetentionPolicy::read_notifications},
    PeriodOption{"--keep-change-log-days", "cli.option.keep.change_log", 1, &RetentionPolicy::change_log},
    PeriodOption{"--keep-upload-log-days", "cli.option.keep.upload_log", 1, &RetentionPolicy::upload_log},
    PeriodOption{"--keep-unsubscribe-links-days", "cli.option.keep.unsubscribe_links", 1,
                 &RetentionPolicy::unsubscribe_links},
};

std::int64_t value_of(const PeriodOption& period, const RetentionPolicy& policy)
{
    if (period.days == nullptr) {
        return std::chrono::duration_cast<std::chrono::minutes>(policy.sign_in_attempts).count();
    }
    return (policy.*period.days).count();
}

void set_value(const PeriodOption& period, RetentionPolicy& policy, std::int64_t value)
{
    if (period.days == nullptr) {
        policy.sign_in_attempts = std::chrono::minutes(value);
    } else {
        policy.*period.days = Days(value);
    }
}

std::int64_t most(const PeriodOption& period)
{
    return period.days == nullptr ? MOST_DAYS * 24 * 60 : MOST_DAYS;
}

} // namespace

void RetentionOptions::add_to(CLI::App& command, const i18n::Catalogue& catalogue)
{
    const RetentionPolicy defaults;
    for (std::size_t i = 0; i < COUNT; ++i) {
        const PeriodOption& period = PERIODS[i];
        command.add_option(std::string(period.name), m_texts[i], catalogue.text(period.help_key))
            ->type_name(catalogue.text(period.days == nullptr ? "cli.type.minutes" : "cli.type.days"))
            ->default_str(std::to_string(value_of(period, defaults)));
    }
}

Result<RetentionPolicy> RetentionOptions::policy() const
{
    RetentionPolicy policy;
    for (std::size_t i = 0; i < COUNT; ++i) {
        const PeriodOption& period = PERIODS[i];
        const std::string& text = m_texts[i];
        if (text.empty()) {
            continue; // not given: the default
        }
        std::int64_t value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error != std::errc() || end != text.data() + text.size() || value < period.least ||
            value > most(period)) {
            return fail(ErrorCode::Invalid, "cli.retention.bad_period",
                        {std::string(period.name), std::to_string(period.least), std::to_string(most(period)), text});
        }
        set_value(period, policy, value);
    }
    return policy;
}

} // namespace rundum::cli
