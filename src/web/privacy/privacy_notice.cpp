// SPDX-License-Identifier: EUPL-1.2
// What the privacy notice says: the operator's fields, and rundum's own part built from what it does and from the config.
#include "web/privacy/privacy_notice.hpp"

#include <array>
#include <span>
#include <string_view>

namespace rundum::web {

namespace {

constexpr std::array<std::string_view, 6> PURPOSES = {"accounts", "network", "meetings", "mail", "security",
                                                      "publication"};
constexpr std::array<std::string_view, 5> CATEGORIES = {"account", "contacts", "contributions", "meetings",
                                                        "technical"};
constexpr std::array<std::string_view, 5> RECIPIENTS = {"public", "members", "own_city", "admins", "operator"};
constexpr std::array<std::string_view, 7> RIGHTS = {"access",      "rectification", "erasure",  "restriction",
                                                    "portability", "consent",       "complaint"};

std::vector<std::string> texts(const i18n::Catalogue& catalogue, std::string_view group,
                               std::span<const std::string_view> names)
{
    std::vector<std::string> out;
    for (std::string_view name : names) {
        out.push_back(catalogue.text("privacy." + std::string(group) + "." + std::string(name)));
    }
    return out;
}

kainjow::mustache::list text_list(const std::vector<std::string>& items)
{
    kainjow::mustache::list list;
    for (const std::string& item : items) {
        TemplateData entry{TemplateData::type::object};
        entry.set("text", item);
        list.push_back(entry);
    }
    return list;
}

// An operator's field as lines (addresses are written one part a line).
kainjow::mustache::list lines_of(const std::string& text)
{
    kainjow::mustache::list lines;
    std::string_view rest = text;
    while (!rest.empty()) {
        const auto end = rest.find('\n');
        std::string_view line = rest.substr(0, end);
        if (line.ends_with('\r')) {
            line.remove_suffix(1);
        }
        TemplateData entry{TemplateData::type::object};
        entry.set("text", std::string(line));
        lines.push_back(entry);
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    }
    return lines;
}

boost::json::array json_list(const std::vector<std::string>& items)
{
    boost::json::array out;
    for (const std::string& item : items) {
        out.emplace_back(item);
    }
    return out;
}

} // namespace

std::string readable_period(std::chrono::seconds period, const i18n::Catalogue& catalogue)
{
    const auto count = period.count();
    const auto say = [&](std::int64_t amount, std::string_view one, std::string_view many) {
        return amount == 1 ? catalogue.text("privacy.duration." + std::string(one))
                           : catalogue.text("privacy.duration." + std::string(many), {std::to_string(amount)});
    };
    if (count % 86400 == 0) {
        return say(count / 86400, "day", "days");
    }
    if (count % 3600 == 0) {
        return say(count / 3600, "hour", "hours");
    }
    return say((count + 59) / 60, "minute", "minutes");
}

PrivacyInformation privacy_information(const PrivacyOperator& operator_part, const AppConfig& config,
                                       const i18n::Catalogue& catalogue)
{
    PrivacyInformation information;
    information.operator_part = operator_part;
    information.purposes = texts(catalogue, "purposes", PURPOSES);
    information.categories = texts(catalogue, "categories", CATEGORIES);
    information.recipients = texts(catalogue, "recipients", RECIPIENTS);
    information.rights = texts(catalogue, "rights", RIGHTS);
    const RetentionPolicy& kept = config.retention;
    const auto period = [&](std::string_view what, std::chrono::seconds how_long) {
        information.retention.emplace_back(catalogue.text("privacy.retention." + std::string(what)),
                                           readable_period(how_long, catalogue));
    };
    information.retention.emplace_back(catalogue.text("privacy.retention.account"),
                                       catalogue.text("privacy.retention.until_deleted"));
    period("sessions", config.session_lifetime);
    period("invitations", config.invitation_lifetime);
    period("sign_in_attempts", kept.sign_in_attempts);
    period("sent_mails", kept.sent_mails);
    period("failed_mails", kept.failed_mails);
    period("audit_addresses", kept.audit_addresses);
    period("audit_entries", kept.audit_entries);
    period("read_notifications", kept.read_notifications);
    period("change_log", kept.change_log);
    period("upload_log", kept.upload_log);
    period("unsubscribe_links", kept.unsubscribe_links);
    information.source = catalogue.text("privacy.source.text");
    information.automated_decisions = catalogue.text("privacy.automated.text");
    information.cookies = catalogue.text("privacy.cookies.text");
    return information;
}

TemplateData privacy_information_view(const PrivacyInformation& information, const i18n::Catalogue& catalogue)
{
    TemplateData view{TemplateData::type::object};
    const PrivacyOperator& part = information.operator_part;
    kainjow::mustache::list operator_fields;
    for (const auto& [key, value] : std::array<std::pair<std::string_view, const std::string*>, 4>{
             {{"controller", &part.controller},
              {"data_protection_officer", &part.data_protection_officer},
              {"legal_bases", &part.legal_bases},
              {"supervisory_authority", &part.supervisory_authority}}}) {
        TemplateData field{TemplateData::type::object};
        field.set("label", catalogue.text("privacy.operator." + std::string(key)));
        field.set("is_filled", !value->empty());
        field.set("lines", lines_of(*value));
        operator_fields.push_back(field);
    }
    view.set("operator_fields", operator_fields);
    view.set("operator_complete", is_complete(part));
    view.set("purposes", text_list(information.purposes));
    view.set("categories", text_list(information.categories));
    view.set("recipients", text_list(information.recipients));
    view.set("rights", text_list(information.rights));
    kainjow::mustache::list retention;
    for (const auto& [what, how_long] : information.retention) {
        TemplateData row{TemplateData::type::object};
        row.set("what", what);
        row.set("period", how_long);
        retention.push_back(row);
    }
    view.set("retention", retention);
    view.set("source", information.source);
    view.set("automated_decisions", information.automated_decisions);
    view.set("cookies", information.cookies);
    return view;
}

boost::json::object privacy_information_json(const PrivacyInformation& information)
{
    boost::json::array retention;
    for (const auto& [what, how_long] : information.retention) {
        retention.emplace_back(boost::json::object{{"data", what}, {"period", how_long}});
    }
    const PrivacyOperator& part = information.operator_part;
    return boost::json::object{
        {"controller", part.controller},
        {"data_protection_officer", part.data_protection_officer},
        {"legal_bases", part.legal_bases},
        {"supervisory_authority", part.supervisory_authority},
        {"purposes", json_list(information.purposes)},
        {"categories", json_list(information.categories)},
        {"recipients", json_list(information.recipients)},
        {"retention", std::move(retention)},
        {"rights", json_list(information.rights)},
        {"source", information.source},
        {"automated_decisions", information.automated_decisions},
        {"cookies", information.cookies},
    };
}

} // namespace rundum::web
