// SPDX-License-Identifier: EUPL-1.2
// The privacy notice's content as a function: the retention periods it states are the config's, not fixed texts.
#include <gtest/gtest.h>

#include "web/privacy/privacy_notice.hpp"

namespace rundum::web {
namespace {

std::string period_of(const PrivacyInformation& information, const std::string& what_starts)
{
    for (const auto& [what, period] : information.retention) {
        if (what.starts_with(what_starts)) {
            return period;
        }
    }
    return "(not listed)";
}

TEST(PrivacyNotice, StatesTheRetentionPeriodsOfTheConfig)
{
    auto catalogue = i18n::Catalogue::load("de");
    ASSERT_TRUE(catalogue);
    AppConfig config;
    config.retention.sent_mails = Days{11};
    config.retention.audit_addresses = Days{1};
    config.retention.sign_in_attempts = std::chrono::minutes(45);
    config.session_lifetime = std::chrono::hours(3);
    const PrivacyInformation information = privacy_information(PrivacyOperator{}, config, *catalogue);
    EXPECT_EQ(period_of(information, "Gesendete E-Mails"), "11 Tage");
    EXPECT_EQ(period_of(information, "Netzwerkadressen im Protokoll"), "1 Tag");
    EXPECT_EQ(period_of(information, "Anmeldeversuche"), "45 Minuten");
    EXPECT_EQ(period_of(information, "Anmeldung (Sitzung)"), "3 Stunden");
    EXPECT_EQ(period_of(information, "Einträge im Protokoll"), "730 Tage") << "a default stays the default";
    const boost::json::object json = privacy_information_json(information);
    EXPECT_EQ(json.at("retention").as_array().size(), information.retention.size());
    EXPECT_EQ(json.at("controller").as_string(), "");
}

TEST(PrivacyNotice, ShowsOperatorFieldsNotFilledInAsSuch)
{
    auto catalogue = i18n::Catalogue::load("de");
    ASSERT_TRUE(catalogue);
    PrivacyOperator part;
    part.controller = "Stadt Jena\nAm Anger 15";
    EXPECT_FALSE(is_complete(part));
    const TemplateData view = privacy_information_view(privacy_information(part, AppConfig{}, *catalogue), *catalogue);
    EXPECT_FALSE(view.get("operator_complete")->is_true());
}

} // namespace
} // namespace rundum::web
