// SPDX-License-Identifier: EUPL-1.2
// Consent on the city and project forms: records, forgetting in older versions, information mail.
#include "web/cities/contact_consent_writes.hpp"

#include <algorithm>
#include <array>
#include <functional>
#include <tuple>

#include <spdlog/spdlog.h>

#include "format/json_writer.hpp"
#include "format/network_json.hpp"
#include "format/project_json.hpp"
#include "web/http/clock.hpp"

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

// Where the information mail sends the person: the page (a city's also has a vCard).
struct MailPlace {
    std::string title;    ///< the city's or project's name
    std::string body_key; ///< consent.mail.body or consent.mail.project_body
    std::string page;     ///< the page's address
    bool has_vcard{false};
};

// The mail that tells the person what is published where, who recorded it, and how to
// withdraw; replies go to the member who recorded it.
QueuedMail information_mail(const Request& request, const Services& services, const MailPlace& place,
                            const Contact& contact, const ContactConsentInput& input)
{
    const i18n::Catalogue& catalogue = services.catalogue;
    const User& member = *request.visitor.user;
    const std::string basis =
        is_consent_basis(input.basis)
            ? catalogue.text("consent.mail.basis", {catalogue.text("consent.basis." + input.basis)})
            : "";
    // A function mailbox may have no name: then no name in the greeting either.
    const std::string greeting = contact.name.empty() ? catalogue.text("consent.mail.greeting_unnamed")
                                                      : catalogue.text("consent.mail.greeting", {contact.name});
    std::vector<std::string> arguments = {greeting, member_name(member), member.email,
                                          place.title, field_lines(contact, true, catalogue),
                                          place.page};
    if (place.has_vcard) {
        arguments.push_back(place.page + "/kontakt.vcf");
    }
    arguments.push_back(field_lines(contact, false, catalogue));
    arguments.push_back(basis);
    QueuedMail mail{0,
                    contact.email,
                    catalogue.text("consent.mail.subject", {place.title}),
                    catalogue.text(place.body_key, arguments),
                    0,
                    ""};
    mail.headers.push_back(MailHeader{"Reply-To", member.email});
    return mail;
}

// Whose contacts a save changes, and how its versions store them.
struct ConsentSubject {
    std::string_view kind; ///< CITY_CONTACT or PROJECT_CONTACT
    std::string holder_id;
    std::string subject_id;  ///< the records' subject; "" for each contact's own id
    std::string error_field; ///< the form field a missing basis is shown at
    std::vector<Contact> before;
    std::vector<Contact> after;
    /// A version's content without what the save withdrew, or nothing when it keeps all.
    std::function<Result<std::optional<std::string>>(const std::string& content)> forget;
    MailPlace place;
};

Result<store::ConsentWrites> consent_writes(const Request& request, Services& services,
                                            const ConsentSubject& subject,
                                            const std::vector<Version>& versions,
                                            const ConsentInputs& inputs)
{
    const User& member = *request.visitor.user;
    store::ConsentWrites writes;
    const std::string now = now_iso();
    bool withdrawn = false;
    for (const ConsentChange& change : consent_changes(subject.before, subject.after)) {
        std::string basis =
            change.removed ? std::string(BASIS_REMOVED) : std::string(BASIS_WITHDRAWN);
        if (change.granted) {
            const auto input = inputs.find(change.contact_id);
            if (input == inputs.end() || !is_consent_basis(input->second.basis)) {
                return fail(Error{ErrorCode::Invalid,
                                  "error.consent.basis_missing",
                                  {change.person},
                                  {},
                                  subject.error_field});
            }
            basis = input->second.basis;
        } else {
            withdrawn = true;
        }
        writes.records.push_back(ConsentRecord{
            0, std::string(subject.kind),
            subject.subject_id.empty() ? change.contact_id : subject.subject_id,
            subject.holder_id, change.person, change.field, change.granted, basis,
            member_name(member), member.id, now});
    }
    // Removed contacts leave the history too, even those who never consented to anything.
    const bool removed = std::any_of(
        subject.before.begin(), subject.before.end(), [&](const Contact& was) {
            return std::none_of(subject.after.begin(), subject.after.end(),
                                [&](const Contact& kept) { return kept.id == was.id; });
        });
    if (withdrawn || removed) { // only then are the older versions read
        for (const Version& version : versions) {
            auto forgotten = subject.forget(version.content);
            if (!forgotten) { // we wrote it: a bug, not a reason to keep a withdrawal from being saved
                spdlog::error("consent: version {} of {} unreadable: {}", version.number,
                              subject.holder_id, forgotten.error().detail);
                continue;
            }
            if (*forgotten) {
                writes.rewritten_versions.push_back(Version{version.number, version.changed_at,
                                                            version.changed_by, **forgotten});
            }
        }
    }
    for (const Contact& contact : subject.after) {
        const auto input = inputs.find(contact.id);
        if (input != inputs.end() && input->second.inform && !contact.email.empty()) {
            writes.mails.push_back(
                information_mail(request, services, subject.place, contact, input->second));
        }
    }
    return writes;
}

} // namespace

std::string city_version_content(const City& city)
{
    return format::compact_json(format::city_to_json(city));
}

Result<store::ConsentWrites> city_consent_writes(const Request& request, Services& services,
                                                     const City& before, const City& after,
                                                     const std::vector<CityVersion>& versions,
                                                     const ConsentInputs& inputs)
{
    ConsentSubject subject{
        CITY_CONTACT,
        after.id,
        "",
        "contacts",
        before.contacts,
        after.contacts,
        [&](const std::string& content) -> Result<std::optional<std::string>> {
            RUNDUM_TRY_ASSIGN(state, format::city_from_json_text(content));
            if (!forget_withdrawn(state, before, after)) {
                return std::optional<std::string>();
            }
            return std::optional<std::string>(city_version_content(state));
        },
        MailPlace{after.name, "consent.mail.body", site_url(services) + "/staedte/" + after.slug,
                  true}};
    return consent_writes(request, services, subject, versions, inputs);
}

std::string project_version_content(const Project& project)
{
    return format::compact_json(format::project_to_json(project));
}

Result<store::ConsentWrites>
project_consent_writes(const Request& request, Services& services, const Project& before,
                       const Project& after, const std::vector<ProjectVersion>& versions,
                       const ContactConsentInput& input)
{
    ConsentSubject subject{
        PROJECT_CONTACT,
        after.id,
        after.id,
        "consent_basis",
        project_contacts(before),
        project_contacts(after),
        [&](const std::string& content) -> Result<std::optional<std::string>> {
            RUNDUM_TRY_ASSIGN(state, format::project_from_json_text(content));
            if (!forget_withdrawn(state, before, after)) {
                return std::optional<std::string>();
            }
            return std::optional<std::string>(project_version_content(state));
        },
        MailPlace{after.title, "consent.mail.project_body",
                  site_url(services) + "/praxisbeispiele/" + after.id, false}};
    ConsentInputs inputs;
    inputs[after.contact_name] = input; // the project's contact is known by its name
    return consent_writes(request, services, subject, versions, inputs);
}

Result<void> save_project_version(const Request& request, Services& services,
                                  const std::optional<Project>& before, const Project& after,
                                  const ContactConsentInput& input, const std::string& changed_by)
{
    std::vector<ProjectVersion> versions;
    if (before) {
        RUNDUM_TRY_ASSIGN(stored, services.store.project_versions(before->id));
        if (stored.empty()) {
            // An imported project has no version yet: keep its state before the first edit.
            RUNDUM_TRY(services.store.save_project(
                *before,
                ProjectVersion{0, now_iso(), services.catalogue.text("project.versions.original"),
                               project_version_content(*before)}));
            RUNDUM_TRY_ASSIGN(with_original, services.store.project_versions(before->id));
            stored = std::move(with_original);
        }
        versions = std::move(stored);
    }
    RUNDUM_TRY_ASSIGN(consent, project_consent_writes(request, services, before.value_or(Project{}),
                                                      after, versions, input));
    return services.store.save_project_with_consent(
        after, ProjectVersion{0, now_iso(), changed_by, project_version_content(after)}, consent);
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
