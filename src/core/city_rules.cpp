// SPDX-License-Identifier: EUPL-1.2
// Validation rules for cities; error keys are catalogue messages (assets/i18n/*.json).
#include "core/city_rules.hpp"
#include "core/text_input.hpp"
#include "core/project_rules.hpp"
#include "core/snapshot_collaboration_rules.hpp"
#include "core/snapshot_rules.hpp"
#include "core/user.hpp"
#include "core/utf8.hpp"

#include <algorithm>
#include <set>
#include <string>

namespace rundum {

namespace {

bool is_digits(std::string_view text)
{
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool starts_with_http_scheme(std::string_view url)
{
    return url.starts_with("https://") || url.starts_with("http://");
}

// The input rule on every text of a profile; the field names are the profile form's.
Result<void> check_city_texts(const City& city)
{
    RUNDUM_TRY(check_line("name", city.name));
    RUNDUM_TRY(check_line("state", city.state));
    RUNDUM_TRY(check_line("alliance", city.alliance));
    RUNDUM_TRY(check_lines("statement", city.statement, MAX_TEXT_CHARACTERS));
    RUNDUM_TRY(check_line("website", city.website, MAX_WEB_ADDRESS));
    if (city.address) {
        if (city.address->recipient_lines.size() > MAX_RECIPIENT_LINES) {
            return fail(ErrorCode::Invalid, "error.city.recipient_lines_too_many", {std::to_string(MAX_RECIPIENT_LINES)});
        }
        RUNDUM_TRY(check_line_items("recipient_lines", city.address->recipient_lines));
        RUNDUM_TRY(check_line("street", city.address->street));
        RUNDUM_TRY(check_line("locality", city.address->locality));
    }
    for (const Contact& contact : city.contacts) {
        for (const std::string* text : {&contact.name, &contact.role, &contact.email, &contact.phone}) {
            RUNDUM_TRY(check_line("contacts", *text));
        }
    }
    return {};
}

} // namespace

bool is_valid_id(std::string_view id)
{
    return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '-' || c == '_';
    });
}

bool is_web_address(std::string_view url)
{
    return starts_with_http_scheme(url) && url.find_first_of(" \t\r\n<>\"") == std::string_view::npos;
}

bool is_valid_slug(std::string_view slug)
{
    if (slug.empty() || slug.size() > 64 || slug.front() == '-' || slug.back() == '-') {
        return false;
    }
    return std::all_of(slug.begin(), slug.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

Result<void> validate_city(const City& city)
{
    if (!is_valid_id(city.id)) {
        return fail(ErrorCode::Invalid, "error.city.id_invalid", {city.id});
    }
    if (!is_valid_slug(city.slug)) {
        return fail(ErrorCode::Invalid, "error.city.slug_invalid", {city.slug});
    }
    if (city.name.empty() || character_count(city.name) > 200) {
        return fail(ErrorCode::Invalid, "error.city.name_invalid", {city.id});
    }
    if (city.location.latitude < -90 || city.location.latitude > 90 ||
        city.location.longitude < -180 || city.location.longitude > 180) {
        return fail(ErrorCode::Invalid, "error.city.location_invalid", {city.name});
    }
    if (!city.official_key.empty() && (city.official_key.size() != 8 || !is_digits(city.official_key))) {
        return fail(ErrorCode::Invalid, "error.city.official_key_invalid", {city.name});
    }
    if (!city.website.empty() && !is_web_address(city.website)) {
        return fail(ErrorCode::Invalid, "error.city.website_invalid", {city.name, city.website});
    }
    if (city.address && (city.address->postcode.size() != 5 || !is_digits(city.address->postcode))) {
        return fail(ErrorCode::Invalid, "error.city.postcode_invalid", {city.name});
    }
    RUNDUM_TRY(check_city_texts(city));
    std::set<std::string> contact_ids;
    for (const Contact& contact : city.contacts) {
        if (!is_valid_id(contact.id) || !contact_ids.insert(contact.id).second) {
            return fail(ErrorCode::Invalid, "error.contact.id_invalid", {city.name, contact.id});
        }
        if (contact.name.empty()) {
            return fail(ErrorCode::Invalid, "error.contact.name_missing", {city.name});
        }
        if (!contact.email.empty() && !is_plausible_email(contact.email)) {
            return fail(ErrorCode::Invalid, "error.contact.email_invalid", {contact.name, contact.email});
        }
        const bool phone_ok = std::all_of(contact.phone.begin(), contact.phone.end(), [](char c) {
            return (c >= '0' && c <= '9') || c == ' ' || c == '+' || c == '/' || c == '-' || c == '(' || c == ')';
        });
        if (!phone_ok || character_count(contact.phone) > MAX_PHONE) {
            return fail(ErrorCode::Invalid, "error.contact.phone_invalid", {contact.name});
        }
    }
    return {};
}

Result<void> validate_snapshot(const NetworkSnapshot& snapshot)
{
    std::set<std::string> ids;
    std::set<std::string> slugs;
    std::set<std::string> contact_ids;
    for (const City& city : snapshot.cities) {
        if (auto valid = validate_city(city); !valid) {
            return valid;
        }
        if (!ids.insert(city.id).second) {
            return fail(ErrorCode::Conflict, "error.city.id_duplicate", {city.id});
        }
        if (!slugs.insert(city.slug).second) {
            return fail(ErrorCode::Conflict, "error.city.slug_duplicate", {city.slug});
        }
        for (const Contact& contact : city.contacts) {
            if (!contact_ids.insert(contact.id).second) {
                return fail(ErrorCode::Conflict, "error.contact.id_duplicate", {contact.id});
            }
        }
    }
    RUNDUM_TRY(validate_topics(snapshot.topics));
    std::set<std::string> project_ids;
    for (const Project& project : snapshot.projects) {
        if (auto valid = validate_project(project, snapshot.topics); !valid) {
            Error error = valid.error();
            error.detail = "project " + project.id;
            return fail(std::move(error));
        }
        if (!ids.contains(project.city_id)) {
            return fail(ErrorCode::Invalid, "error.project.city_unknown", {project.title, project.city_id});
        }
        if (!project_ids.insert(project.id).second) {
            return fail(ErrorCode::Conflict, "error.project.id_duplicate", {project.id});
        }
    }
    RUNDUM_TRY(validate_snapshot_learning(snapshot));
    return validate_snapshot_collaboration(snapshot);
}

} // namespace rundum
