// SPDX-License-Identifier: EUPL-1.2
// Consent on the city profile form: records, forgetting in older versions, information mail.
#include "web/city_consent.hpp"

#include <algorithm>
#include <array>
#include <tuple>

#include <spdlog/spdlog.h>

#include "format/json_writer.hpp"
#include "format/network_json.hpp"
#include "web/clock.hpp"

namespace rundum::web {

namespace {

constexpr std::array<std::string_view, 3> CHOSEN_BASES = {BASIS_WRITTEN, BASIS_ORAL,
                                                          BASIS_FUNCTION_ADDRESS};

std::string member_name(const User& user)
{
    return user.name.empty() ? user.email : user.name;
}

std::string site_url(const Services& services)
{
    std::string base = services.config.base_url;
    while (base.ends_with('/')) {
        base.pop_back();
    }
    return base;
}

// "Name: Paul Privat" for each field of `contact` that `shown` says, one a line; or the
// catalogue's "nothing".
std::string field_lines(const Contact& contact, bool published, const i18n::Catalogue& catalogue)
{
    std::string lines;
    const std::array<std::tuple<const char*, const std::string*, bool>, 3> fields = {{
        {"name", &contact.name, contact.publish_name},
        {"email", &contact.email, contact.publish_email},
        {"phone", &contact.phone, contact.publish_phone},
    }};
    for (const auto& [field, value, publish] : fields) {
        if (publish == published && !value->empty()) {
            lines +=
                "- " + catalogue.text(std::string("consent.field.") + field) + ": " + *value + "\n";
        }
    }
    return lines.empty() ? catalogue.text("consent.mail.nothing") + "\n" : lines;
}

// The mail that tells the person what is published where, who recorded it, and how to
// withdraw; replies go to the member who recorded it.
QueuedMail information_mail(const Request& request, const Services& services, const City& city,
                            const Contact& contact, const ContactConsentInput& input)
{
    const i18n::Catalogue& catalogue = services.catalogue;
    const User& member = *request.visitor.user;
    const std::string page = site_url(services) + "/staedte/" + city.slug;
    const std::string basis =
        is_consent_basis(input.basis)
            ? catalogue.text("consent.mail.basis", {catalogue.text("consent.basis." + input.basis)})
            : "";
    QueuedMail mail{
        0,
        contact.email,
        catalogue.text("consent.mail.subject", {city.name}),
        catalogue.text("consent.mail.body",
                       {contact.name, member_name(member), member.email, city.name,
                        field_lines(contact, true, catalogue), page, page + "/kontakt.vcf",
                        field_lines(contact, false, catalogue), basis}),
        0,
        ""};
    mail.headers.push_back(MailHeader{"Reply-To", member.email});
    return mail;
}

} // namespace

std::string city_version_content(const City& city)
{
    return format::compact_json(format::city_to_json(city));
}

Result<store::CityConsentWrites> city_consent_writes(const Request& request, Services& services,
                                                     const City& before, const City& after,
                                                     const std::vector<CityVersion>& versions,
                                                     const ConsentInputs& inputs)
{
    const User& member = *request.visitor.user;
    store::CityConsentWrites writes;
    const std::string now = now_iso();
    bool withdrawn = false;
    for (const ConsentChange& change : consent_changes(before, after)) {
        std::string basis =
            change.removed ? std::string(BASIS_REMOVED) : std::string(BASIS_WITHDRAWN);
        if (change.granted) {
            const auto input = inputs.find(change.contact_id);
            if (input == inputs.end() || !is_consent_basis(input->second.basis)) {
                return fail(Error{ErrorCode::Invalid,
                                  "error.consent.basis_missing",
                                  {change.person},
                                  {},
                                  "contacts"});
            }
            basis = input->second.basis;
        } else {
            withdrawn = true;
        }
        writes.records.push_back(ConsentRecord{
            0, std::string(CITY_CONTACT), change.contact_id, after.id, change.person, change.field,
            change.granted, basis, member_name(member), member.id, now});
    }
    // Removed contacts leave the history too, even those who never consented to anything.
    const bool removed =
        std::any_of(before.contacts.begin(), before.contacts.end(), [&](const Contact& was) {
            return std::none_of(after.contacts.begin(), after.contacts.end(),
                                [&](const Contact& kept) { return kept.id == was.id; });
        });
    if (withdrawn || removed) { // only then are the older versions read
        for (const CityVersion& version : versions) {
            auto state = format::city_from_json_text(version.content);
            if (!state) { // we wrote it: a bug, not a reason to keep a withdrawal from being saved
                spdlog::error("consent: version {} of {} unreadable: {}", version.number, after.id,
                              state.error().detail);
                continue;
            }
            if (forget_withdrawn(*state, before, after)) {
                writes.rewritten_versions.push_back(CityVersion{version.number, version.changed_at,
                                                                version.changed_by,
                                                                city_version_content(*state)});
            }
        }
    }
    for (const Contact& contact : after.contacts) {
        const auto input = inputs.find(contact.id);
        if (input != inputs.end() && input->second.inform && !contact.email.empty()) {
            writes.mails.push_back(
                information_mail(request, services, after, contact, input->second));
        }
    }
    return writes;
}

kainjow::mustache::list consent_record_rows(const std::vector<ConsentRecord>& records,
                                            const i18n::Catalogue& catalogue)
{
    kainjow::mustache::list rows;
    for (const ConsentRecord& record : records) {
        TemplateData row{TemplateData::type::object};
        row.set("recorded_at", readable_time(record.recorded_at));
        row.set("person", record.person);
        row.set("field", catalogue.text("consent.field." + record.field));
        row.set("decision",
                catalogue.text(record.granted ? "consent.granted" : "consent.withdrawn"));
        row.set("basis", catalogue.text("consent.basis." + record.basis));
        row.set("recorded_by", record.recorded_by);
        rows.push_back(row);
    }
    return rows;
}

kainjow::mustache::list consent_basis_options(const std::string& chosen,
                                              const i18n::Catalogue& catalogue)
{
    kainjow::mustache::list options;
    for (std::string_view basis : CHOSEN_BASES) {
        TemplateData option{TemplateData::type::object};
        option.set("value", std::string(basis));
        option.set("label", catalogue.text("consent.basis." + std::string(basis)));
        option.set("selected", chosen == basis);
        options.push_back(option);
    }
    return options;
}

} // namespace rundum::web
