// SPDX-License-Identifier: EUPL-1.2
// Handlers of the privacy notice, its admin form and the member's own data; the content comes from privacy_notice.
#include "web/privacy/privacy_pages.hpp"

#include <array>
#include <string_view>

#include "core/permissions.hpp"
#include "core/text.hpp"
#include "format/json_writer.hpp"
#include "web/http/error_pages.hpp"
#include "web/http/form.hpp"
#include "web/http/page_helpers.hpp"
#include "web/privacy/privacy_notice.hpp"

namespace rundum::web {

namespace {

constexpr std::array<std::string_view, 4> OPERATOR_FIELDS = {"controller", "data_protection_officer", "legal_bases",
                                                             "supervisory_authority"};

std::array<std::string*, 4> fields_of(PrivacyOperator& part)
{
    return {&part.controller, &part.data_protection_officer, &part.legal_bases, &part.supervisory_authority};
}

// The notice's fields, with what only some visitors see (the admins' note and link).
Result<TemplateData> notice_view(const Request& request, Services& services)
{
    RUNDUM_TRY_ASSIGN(part, services.store.privacy_operator());
    TemplateData view =
        privacy_information_view(privacy_information(part, services.config, services.catalogue), services.catalogue);
    view.set("is_admin", is_allowed(request.visitor.member(), Action::EditPrivacyNotice));
    return view;
}

Result<void> may_edit_notice(const Request& request)
{
    if (!is_allowed(request.visitor.member(), Action::EditPrivacyNotice)) {
        return fail(ErrorCode::Forbidden, "error.account.forbidden");
    }
    return {};
}

Response edit_form(const Request& request, Services& services, PrivacyOperator part, const Error* error)
{
    TemplateData page{TemplateData::type::object};
    kainjow::mustache::list fields;
    const auto values = fields_of(part);
    for (std::size_t i = 0; i < OPERATOR_FIELDS.size(); ++i) {
        const std::string name(OPERATOR_FIELDS[i]);
        TemplateData field{TemplateData::type::object};
        field.set("name", name);
        field.set("label", services.catalogue.text("privacy.operator." + name));
        field.set("hint", services.catalogue.text("privacy.admin.hint." + name));
        field.set("value", *values[i]);
        if (error != nullptr && error->field == name) {
            field.set("error", services.catalogue.text(*error));
        } else {
            field.set("error", false);
        }
        fields.push_back(field);
    }
    page.set("fields", fields);
    page.set("saved", request.query == "gespeichert=1");
    if (error != nullptr) {
        set_field_errors(page, {{error->field, services.catalogue.text(*error)}});
    }
    page.set("nav_admin", true);
    Response response = html_page(request, services, "privacy_edit", std::move(page), "privacy.admin.title");
    if (error != nullptr) {
        response.status = http_status(error->code);
    }
    return response;
}

// The records as the export page lists them: each kind under its heading, each record's
// values with their labels (empty values left out).
kainjow::mustache::list records_view(const PersonalData& data, const i18n::Catalogue& catalogue)
{
    kainjow::mustache::list kinds;
    for (const PersonalRecords& records : data.records) {
        TemplateData kind{TemplateData::type::object};
        kind.set("kind", records.kind);
        kind.set("title", catalogue.text("privacy.export.kind." + records.kind));
        kind.set("count", std::to_string(records.rows.size()));
        kind.set("has_rows", !records.rows.empty());
        kainjow::mustache::list rows;
        for (const std::vector<std::string>& row : records.rows) {
            kainjow::mustache::list values;
            for (std::size_t column = 0; column < records.fields.size(); ++column) {
                if (row[column].empty()) {
                    continue;
                }
                TemplateData value{TemplateData::type::object};
                value.set("label", catalogue.text("privacy.export.field." + records.fields[column]));
                value.set("value", row[column]);
                values.push_back(value);
            }
            TemplateData entry{TemplateData::type::object};
            entry.set("values", values);
            rows.push_back(entry);
        }
        kind.set("rows", rows);
        kinds.push_back(kind);
    }
    return kinds;
}

} // namespace

Result<Response> privacy_notice_page(const Request& request, Services& services)
{
    RUNDUM_TRY_ASSIGN(view, notice_view(request, services));
    view.set("is_export", false);
    return html_page(request, services, "privacy", std::move(view), "privacy.title");
}

Result<Response> privacy_edit_page(const Request& request, Services& services)
{
    RUNDUM_TRY(may_edit_notice(request));
    RUNDUM_TRY_ASSIGN(part, services.store.privacy_operator());
    return edit_form(request, services, std::move(part), nullptr);
}

Result<Response> save_privacy_notice(const Request& request, Services& services)
{
    RUNDUM_TRY(may_edit_notice(request));
    const Form form = Form::parse(request.body);
    PrivacyOperator part;
    const auto values = fields_of(part);
    for (std::size_t i = 0; i < OPERATOR_FIELDS.size(); ++i) {
        *values[i] = std::string(trim_blanks(form.value(std::string(OPERATOR_FIELDS[i]))));
    }
    if (auto valid = validate_privacy_operator(part); !valid) {
        return edit_form(request, services, std::move(part), &valid.error());
    }
    RUNDUM_TRY(services.store.save_privacy_operator(part));
    audit(request, services, "privacy_notice_saved", "");
    return redirect_to("/verwaltung/datenschutz?gespeichert=1");
}

Result<Response> personal_data_page(const Request& request, Services& services)
{
    RUNDUM_TRY_ASSIGN(data, services.store.personal_data(*request.visitor.member()));
    RUNDUM_TRY_ASSIGN(view, notice_view(request, services));
    view.set("is_export", true);
    view.set("kinds", records_view(data, services.catalogue));
    view.set("nav_account", true);
    return html_page(request, services, "privacy", std::move(view), "privacy.export.title");
}

Result<Response> personal_data_json(const Request& request, Services& services)
{
    const User& user = *request.visitor.member();
    RUNDUM_TRY_ASSIGN(data, services.store.personal_data(user));
    RUNDUM_TRY_ASSIGN(part, services.store.privacy_operator());
    boost::json::object records;
    for (const PersonalRecords& kind : data.records) {
        boost::json::array rows;
        for (const std::vector<std::string>& row : kind.rows) {
            boost::json::object record;
            for (std::size_t column = 0; column < kind.fields.size(); ++column) {
                record[kind.fields[column]] = row[column];
            }
            rows.emplace_back(std::move(record));
        }
        records[kind.kind] = std::move(rows);
    }
    boost::json::object out{
        {"account", boost::json::object{{"id", user.id}, {"email", user.email}, {"name", user.name},
                                        {"role", std::string(role_name(user.role))}, {"city_id", user.city_id},
                                        {"created_at", user.created_at}}},
        {"records", std::move(records)},
        {"information", privacy_information_json(privacy_information(part, services.config, services.catalogue))},
    };
    Response response;
    response.content_type = "application/json";
    response.body = format::pretty_json(out);
    response.with_header("Content-Disposition", "attachment; filename=\"rundum-meine-daten.json\"");
    response.with_header("Cache-Control", "no-store");
    return response;
}

} // namespace rundum::web
