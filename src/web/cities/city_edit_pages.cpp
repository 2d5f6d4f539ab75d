// SPDX-License-Identifier: EUPL-1.2
// The profile form (validated by core's rules, errors tied to their fields), and versions:
// every save stores the new state; the versions page shows what each changed and restores it.
#include "web/cities/city_edit_pages.hpp"

#include <algorithm>
#include <cstdlib>

#include "core/city_diff.hpp"
#include "core/contact_consent.hpp"
#include "core/city_rules.hpp"
#include "core/text.hpp"
#include "format/network_json.hpp"
#include "web/cities/contact_consent_writes.hpp"
#include "web/http/clock.hpp"
#include "web/http/edit_token.hpp"
#include "web/http/error_pages.hpp"
#include "web/http/form.hpp"
#include "web/http/page_helpers.hpp"
#include "web/projects/version_view.hpp"

namespace rundum::web {

namespace {

constexpr std::size_t EMPTY_CONTACT_ROWS = 2;

TemplateData form_view(const City& city, const i18n::Catalogue& catalogue, const ConsentInputs& inputs = {})
{
    TemplateData page{TemplateData::type::object};
    page.set("slug", city.slug);
    page.set("name", city.name);
    page.set("alliance", city.alliance);
    page.set("statement", city.statement);
    page.set("website", city.website);
    const PostalAddress none;
    const PostalAddress& address = city.address ? *city.address : none;
    page.set("recipient_lines", joined_lines(address.recipient_lines));
    page.set("street", address.street);
    page.set("postcode", address.postcode);
    page.set("locality", address.locality);
    kainjow::mustache::list contacts;
    const std::size_t rows = city.contacts.size() + EMPTY_CONTACT_ROWS;
    for (std::size_t i = 0; i < rows; ++i) {
        TemplateData row{TemplateData::type::object};
        row.set("number", std::to_string(i + 1));
        std::string basis;
        if (i < city.contacts.size()) {
            if (const auto input = inputs.find(city.contacts[i].id); input != inputs.end()) {
                basis = input->second.basis; // what was chosen stays when the form comes back
                row.set("inform", input->second.inform);
            }
            const Contact& contact = city.contacts[i];
            row.set("id", contact.id);
            row.set("contact_name", contact.name);
            row.set("role", contact.role);
            row.set("email", contact.email);
            row.set("phone", contact.phone);
            row.set("publish_name", contact.publish_name);
            row.set("publish_email", contact.publish_email);
            row.set("publish_phone", contact.publish_phone);
        }
        row.set("bases", consent_basis_options(basis, catalogue));
        contacts.push_back(row);
    }
    page.set("contacts", contacts);
    page.set("contact_rows", std::to_string(rows));
    return page;
}

// The city as the form describes it; ids of contacts are kept, new rows get new ids. What the
// form says about each contact's consent besides the checkboxes goes into `inputs`.
City city_from_form(const City& current, const Form& form, ConsentInputs& inputs)
{
    City city = current;
    city.alliance = form.value("alliance");
    city.statement = form.value("statement");
    city.website = form.value("website");
    PostalAddress address{non_blank_lines(form.value("recipient_lines")), form.value("street"),
                          form.value("postcode"), form.value("locality")};
    const bool has_address = !address.recipient_lines.empty() || !address.street.empty() ||
                             !address.postcode.empty() || !address.locality.empty();
    city.address = has_address ? std::optional<PostalAddress>(address) : std::nullopt;
    // Rows are numbered (contact_1_name ...): an unticked checkbox sends nothing, so repeated
    // names would shift the consents between people.
    city.contacts.clear();
    const int rows = std::clamp(std::atoi(form.value("contact_rows").c_str()), 0, 50);
    for (int row = 1; row <= rows; ++row) {
        const std::string prefix = "contact_" + std::to_string(row) + "_";
        const std::string name = form.value(prefix + "name");
        if (name.find_first_not_of(' ') == std::string::npos) {
            continue; // an empty row removes or skips a contact
        }
        std::string id = form.value(prefix + "id");
        if (id.empty()) {
            id = "contact-" + city.slug + "-" + std::to_string(now_unix()) + "-" + std::to_string(row);
        }
        city.contacts.push_back(Contact{id, name, form.value(prefix + "role"), form.value(prefix + "email"),
                                        form.value(prefix + "phone"), form.value(prefix + "publish_name") == "ja",
                                        form.value(prefix + "publish_email") == "ja",
                                        form.value(prefix + "publish_phone") == "ja"});
        inputs[id] = ContactConsentInput{form.value(prefix + "basis"), form.value(prefix + "inform") == "ja"};
    }
    return city;
}

// Which form field a validation error belongs to.
std::string field_of(const Error& error)
{
    if (!error.field.empty()) { // the input rule (core/text_input) names the field itself
        return error.field;
    }
    if (error.key == "error.city.website_invalid") {
        return "website";
    }
    if (error.key == "error.city.postcode_invalid") {
        return "postcode";
    }
    if (error.key == "error.city.recipient_lines_too_many") {
        return "recipient_lines";
    }
    if (error.key.starts_with("error.contact.")) {
        return "contacts";
    }
    return "alliance";
}

std::string editor_name(const Request& request)
{
    const User& user = *request.visitor.user;
    return user.name.empty() ? user.email : user.name;
}

// The city as its versions store it; its fingerprint is the state a form was opened on.
std::string version_content(const City& city)
{
    return city_version_content(city);
}

// Saves `after` with its version, and what the save changes about consent (records, older
// versions without withdrawn data, information mails) in the same transaction.
Result<void> save_with_version(Services& services, const Request& request, const City& before,
                               const City& after, const ConsentInputs& inputs)
{
    RUNDUM_TRY_ASSIGN(versions, services.store.city_versions(before.id));
    if (versions.empty()) {
        // Keep the state before the first edit, so it can be restored too.
        RUNDUM_TRY(services.store.save_city(
            before, CityVersion{0, now_iso(), services.catalogue.text("city.versions.original"),
                                version_content(before)}));
        RUNDUM_TRY_ASSIGN(with_original, services.store.city_versions(before.id));
        versions = std::move(with_original);
    }
    RUNDUM_TRY_ASSIGN(consent, city_consent_writes(request, services, before, after, versions, inputs));
    return services.store.save_city_with_consent(
        after, CityVersion{0, now_iso(), editor_name(request), version_content(after)}, consent);
}

// The form again with what the member typed and why it was not saved; `seen` is the state
// the form goes on carrying.
Response form_again(const Request& request, Services& services, const City& typed, const ConsentInputs& inputs,
                    const FieldErrors& errors, int status, const std::string& seen)
{
    TemplateData page = form_view(typed, services.catalogue, inputs);
    page.set("seen", seen);
    set_field_errors(page, errors);
    Response response = html_page(request, services, "city_edit", std::move(page), "city.edit_title");
    response.status = status;
    return response;
}

} // namespace

// Who may edit: see editable_city (page_helpers); the router has sent the public to sign in.
Result<Response> city_edit_page(const Request& request, Services& services, std::string_view slug)
{
    RUNDUM_TRY_ASSIGN(city, editable_city(request, services, slug));
    TemplateData page = form_view(city, services.catalogue);
    page.set("seen", state_of(version_content(city)));
    if (auto image = services.store.city_image(city.id); image && *image) {
        page.set("has_image", true);
        page.set("image_alt", (*image)->alt_text);
    }
    return html_page(request, services, "city_edit", std::move(page), "city.edit_title");
}

Result<Response> save_city_profile(const Request& request, Services& services, std::string_view slug)
{
    RUNDUM_TRY_ASSIGN(city, editable_city(request, services, slug));
    const Form form = Form::parse(request.body);
    // A browser sends every field of the form, empty or not. A request without them is not
    // "clear everything": refuse it, so nothing stored is lost to a broken client.
    for (const char* field : {"alliance", "statement", "website", "recipient_lines", "street", "postcode", "locality"}) {
        if (!form.has(field)) {
            return fail(ErrorCode::Invalid, "error.form.incomplete");
        }
    }
    ConsentInputs inputs;
    const City changed = city_from_form(city, form, inputs);
    const std::string current_state = state_of(version_content(city));
    if (changed_since_opened(form, current_state)) {
        // Someone saved since this form was opened: nothing is overwritten, the member's input
        // stays, and the form now carries the newer state (saving again, after comparing in the
        // versions, is a decision).
        return form_again(request, services, changed, inputs,
                          {{"conflict", services.catalogue.text("error.city.changed_meanwhile")}}, 409, current_state);
    }
    auto saved = validate_city(changed).and_then(
        [&] { return save_with_version(services, request, city, changed, inputs); });
    if (!saved) {
        // Nothing was stored: show the form again with what the member typed, and why.
        const Error& error = saved.error();
        return form_again(request, services, changed, inputs, {{field_of(error), services.catalogue.text(error)}},
                          http_status(error.code), form.value(SEEN_FIELD));
    }
    audit(request, services, "city_edited", changed.name);
    return redirect_to("/staedte/" + changed.slug + "?gespeichert=1");
}

Result<Response> city_versions_page(const Request& request, Services& services, std::string_view slug)
{
    RUNDUM_TRY_ASSIGN(city, editable_city(request, services, slug));
    RUNDUM_TRY_ASSIGN(versions, services.store.city_versions(city.id));
    TemplateData page{TemplateData::type::object};
    page.set("slug", city.slug);
    page.set("name", city.name);
    const VersionDiff diff = [](const std::string& older, const std::string& newer) {
        auto before = format::city_from_json_text(older);
        auto after = format::city_from_json_text(newer);
        return before && after ? diff_cities(*before, *after) : std::vector<FieldChange>{};
    };
    page.set("versions", version_rows(versions, diff, "city.field.", services.catalogue));
    page.set("has_versions", !versions.empty());
    RUNDUM_TRY_ASSIGN(records, services.store.consent_records(CITY_CONTACT, city.id));
    page.set("consent_records", consent_record_rows(records, services.catalogue));
    page.set("has_consent_records", !records.empty());
    return html_page(request, services, "city_versions", std::move(page), "city.versions.title");
}

Result<Response> restore_city_version(const Request& request, Services& services, std::string_view slug)
{
    RUNDUM_TRY_ASSIGN(city, editable_city(request, services, slug));
    const Form form = Form::parse(request.body);
    RUNDUM_TRY_ASSIGN(versions, services.store.city_versions(city.id));
    const std::string wanted = form.value("version");
    const Version* version = find_version(versions, wanted);
    if (version == nullptr) {
        return fail(ErrorCode::NotFound, "error.city.version_missing", {wanted});
    }
    RUNDUM_TRY_ASSIGN(state, format::city_from_json_text(version->content));
    state.id = city.id; // a version restores content, never the identity
    state.slug = city.slug;
    // ... and never a consent: the current one wins (core/contact_consent).
    const City restored = with_current_consent(state, city);
    RUNDUM_TRY(save_with_version(services, request, city, restored, {}));
    audit(request, services, "city_restored", city.name + " #" + wanted);
    return redirect_to("/staedte/" + city.slug + "/versionen");
}

} // namespace rundum::web
