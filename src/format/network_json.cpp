// SPDX-License-Identifier: EUPL-1.2
// Conversion between cities and JSON, with field-by-field errors for import files.
#include "format/network_json.hpp"

#include <boost/json.hpp>

#include "format/json_fields.hpp"
#include "format/learning_json.hpp"
#include "format/meeting_json.hpp"
#include "format/pilot_json.hpp"
#include "format/project_json.hpp"
#include "format/question_json.hpp"

namespace rundum::format {

namespace json = boost::json;

boost::json::object city_to_json(const City& city)
{
    json::object out;
    out["id"] = city.id;
    out["slug"] = city.slug;
    out["name"] = city.name;
    out["state"] = city.state;
    out["official_key"] = city.official_key;
    out["location"] = json::object{{"latitude", city.location.latitude},
                                   {"longitude", city.location.longitude}};
    out["alliance"] = city.alliance;
    out["statement"] = city.statement;
    if (city.address) {
        json::array lines;
        for (const std::string& line : city.address->recipient_lines) {
            lines.emplace_back(line);
        }
        out["address"] = json::object{{"recipient_lines", std::move(lines)},
                                      {"street", city.address->street},
                                      {"postcode", city.address->postcode},
                                      {"locality", city.address->locality}};
    } else {
        out["address"] = nullptr;
    }
    out["website"] = city.website;
    json::array contacts;
    for (const Contact& contact : city.contacts) {
        contacts.emplace_back(json::object{
            {"id", contact.id},
            {"name", contact.name},
            {"role", contact.role},
            {"email", contact.email},
            {"phone", contact.phone},
            {"publish", json::object{{"name", contact.publish_name},
                                     {"email", contact.publish_email},
                                     {"phone", contact.publish_phone}}}});
    }
    out["contacts"] = std::move(contacts);
    return out;
}

namespace {

template <typename Item, typename ToJson>
json::array to_json_array(const std::vector<Item>& items, ToJson to_json)
{
    json::array out;
    for (const Item& item : items) {
        out.emplace_back(to_json(item));
    }
    return out;
}

// Reads the list `name` of the file's root with `from_json`, naming each item "name[i]".
template <typename Item, typename FromJson>
Result<void> read_items(const FieldReader& fields, std::string_view name, FromJson from_json, std::vector<Item>& out)
{
    RUNDUM_TRY_ASSIGN(items, fields.array(name));
    for (std::size_t i = 0; i < items->size(); ++i) {
        std::string where(name);
        where += '[';
        where += std::to_string(i);
        where += ']';
        RUNDUM_TRY_ASSIGN(item, from_json((*items)[i], where));
        out.push_back(std::move(item));
    }
    return {};
}

} // namespace

boost::json::object network_to_json(const NetworkSnapshot& snapshot)
{
    json::array cities;
    for (const City& city : snapshot.cities) {
        cities.emplace_back(city_to_json(city));
    }
    json::array topics;
    for (const Topic& topic : snapshot.topics) {
        topics.emplace_back(topic_to_json(topic));
    }
    json::array projects;
    for (const Project& project : snapshot.projects) {
        projects.emplace_back(project_to_json(project));
    }
    return json::object{{"format", NETWORK_FORMAT_NAME},
                        {"version", NETWORK_FORMAT_VERSION},
                        {"cities", std::move(cities)},
                        {"topics", std::move(topics)},
                        {"projects", std::move(projects)},
                        {"adoptions", to_json_array(snapshot.adoptions, adoption_to_json)},
                        {"advice", to_json_array(snapshot.advice, advice_to_json)},
                        {"challenges", to_json_array(snapshot.challenges, challenge_to_json)},
                        {"approaches", to_json_array(snapshot.approaches, approach_to_json)},
                        {"indicators", to_json_array(snapshot.indicator_values, indicator_value_to_json)},
                        {"meetings", to_json_array(snapshot.meetings, meeting_to_json)},
                        {"agenda_items", to_json_array(snapshot.agenda_items, agenda_item_to_json)},
                        {"registrations", to_json_array(snapshot.registrations, registration_to_json)},
                        {"action_items", to_json_array(snapshot.action_items, action_item_to_json)},
                        {"pilots", to_json_array(snapshot.pilots, pilot_to_json)},
                        {"questions", to_json_array(snapshot.questions, question_to_json)},
                        {"answers", to_json_array(snapshot.answers, answer_to_json)}};
}

namespace {

Result<PostalAddress> address_from_json(const json::value& value, const std::string& where)
{
    FieldReader fields(value, where);
    if (!fields.is_object()) {
        return fail(ErrorCode::Invalid, "error.import.expected_object", {where});
    }
    PostalAddress address;
    auto lines = fields.array("recipient_lines");
    if (!lines) {
        return fail(lines.error());
    }
    auto recipient_lines = text_list(**lines, where + ".recipient_lines");
    if (!recipient_lines) {
        return fail(recipient_lines.error());
    }
    address.recipient_lines = std::move(*recipient_lines);
    auto street = fields.text("street");
    auto postcode = fields.text("postcode");
    auto locality = fields.text("locality");
    for (const auto* part : {&street, &postcode, &locality}) {
        if (!*part) {
            return fail(part->error());
        }
    }
    address.street = std::move(*street);
    address.postcode = std::move(*postcode);
    address.locality = std::move(*locality);
    return address;
}

Result<Contact> contact_from_json(const json::value& value, const std::string& where, int version)
{
    FieldReader fields(value, where);
    if (!fields.is_object()) {
        return fail(ErrorCode::Invalid, "error.import.expected_object", {where});
    }
    auto id = fields.text("id");
    auto name = fields.text("name");
    auto role = fields.text("role");
    for (const auto* part : {&id, &name, &role}) {
        if (!*part) {
            return fail(part->error());
        }
    }
    Contact contact{std::move(*id), std::move(*name), std::move(*role), "", "", true, false, false};
    if (version < 2) {
        return contact; // version 1 had names only, and they were public
    }
    RUNDUM_TRY_ASSIGN(email, fields.text("email"));
    RUNDUM_TRY_ASSIGN(phone, fields.text("phone"));
    const json::value* publish = fields.optional("publish");
    if (publish == nullptr) {
        return fields.missing("publish", "error.import.expected_object");
    }
    FieldReader consent(*publish, where + ".publish");
    RUNDUM_TRY_ASSIGN(publish_name, consent.boolean("name"));
    RUNDUM_TRY_ASSIGN(publish_email, consent.boolean("email"));
    RUNDUM_TRY_ASSIGN(publish_phone, consent.boolean("phone"));
    contact.email = std::move(email);
    contact.phone = std::move(phone);
    contact.publish_name = publish_name;
    contact.publish_email = publish_email;
    contact.publish_phone = publish_phone;
    return contact;
}

Result<City> city_from_json(const json::value& value, const std::string& where, int version)
{
    FieldReader fields(value, where);
    if (!fields.is_object()) {
        return fail(ErrorCode::Invalid, "error.import.expected_object", {where});
    }
    City city;
    struct TextField {
        std::string_view name;
        std::string* target;
    };
    for (const TextField& field : {TextField{"id", &city.id}, TextField{"slug", &city.slug},
                                   TextField{"name", &city.name}, TextField{"state", &city.state},
                                   TextField{"official_key", &city.official_key},
                                   TextField{"alliance", &city.alliance},
                                   TextField{"statement", &city.statement},
                                   TextField{"website", &city.website}}) {
        auto text = fields.text(field.name);
        if (!text) {
            return fail(text.error());
        }
        *field.target = std::move(*text);
    }
    const json::value* location = fields.optional("location");
    if (location == nullptr) {
        return fields.missing("location", "error.import.expected_object");
    }
    FieldReader location_fields(*location, where + ".location");
    auto latitude = location_fields.number("latitude");
    auto longitude = location_fields.number("longitude");
    if (!latitude || !longitude) {
        return fail(!latitude ? latitude.error() : longitude.error());
    }
    city.location = GeoPoint{*latitude, *longitude};
    if (const json::value* address = fields.optional("address")) {
        auto parsed = address_from_json(*address, where + ".address");
        if (!parsed) {
            return fail(parsed.error());
        }
        city.address = std::move(*parsed);
    }
    auto contacts = fields.array("contacts");
    if (!contacts) {
        return fail(contacts.error());
    }
    for (std::size_t i = 0; i < (*contacts)->size(); ++i) {
        auto contact =
            contact_from_json((**contacts)[i], where + ".contacts[" + std::to_string(i) + "]", version);
        if (!contact) {
            return fail(contact.error());
        }
        city.contacts.push_back(std::move(*contact));
    }
    return city;
}

} // namespace

Result<City> city_from_json_text(std::string_view text)
{
    boost::system::error_code parse_error;
    json::value root = json::parse(text, parse_error);
    if (parse_error) {
        return fail(ErrorCode::Invalid, "error.import.not_json", {parse_error.message()});
    }
    return city_from_json(root, "city", NETWORK_FORMAT_VERSION);
}

Result<NetworkSnapshot> network_from_json_text(std::string_view text)
{
    boost::system::error_code parse_error;
    json::value root = json::parse(text, parse_error);
    if (parse_error) {
        return fail(ErrorCode::Invalid, "error.import.not_json", {parse_error.message()});
    }
    FieldReader fields(root, "");
    auto format_name = fields.text("format");
    if (!fields.is_object() || !format_name || *format_name != NETWORK_FORMAT_NAME) {
        return fail(ErrorCode::Invalid, "error.import.wrong_format");
    }
    auto version = fields.number("version");
    if (!version || *version < 1 || *version > NETWORK_FORMAT_VERSION) {
        return fail(ErrorCode::Invalid, "error.import.unsupported_version",
                    {std::to_string(NETWORK_FORMAT_VERSION)});
    }
    auto cities = fields.array("cities");
    if (!cities) {
        return fail(cities.error());
    }
    NetworkSnapshot snapshot;
    for (std::size_t i = 0; i < (*cities)->size(); ++i) {
        auto city = city_from_json((**cities)[i], "cities[" + std::to_string(i) + "]", static_cast<int>(*version));
        if (!city) {
            return fail(city.error());
        }
        snapshot.cities.push_back(std::move(*city));
    }
    if (*version < 3) {
        return snapshot;
    }
    RUNDUM_TRY_ASSIGN(topics, fields.array("topics"));
    for (std::size_t i = 0; i < topics->size(); ++i) {
        RUNDUM_TRY_ASSIGN(topic, topic_from_json((*topics)[i], "topics[" + std::to_string(i) + "]"));
        snapshot.topics.push_back(std::move(topic));
    }
    RUNDUM_TRY_ASSIGN(projects, fields.array("projects"));
    for (std::size_t i = 0; i < projects->size(); ++i) {
        RUNDUM_TRY_ASSIGN(project, project_from_json((*projects)[i], "projects[" + std::to_string(i) + "]"));
        snapshot.projects.push_back(std::move(project));
    }
    if (*version < 4) {
        return snapshot;
    }
    RUNDUM_TRY(read_items(fields, "adoptions", adoption_from_json, snapshot.adoptions));
    RUNDUM_TRY(read_items(fields, "advice", advice_from_json, snapshot.advice));
    RUNDUM_TRY(read_items(fields, "challenges", challenge_from_json, snapshot.challenges));
    RUNDUM_TRY(read_items(fields, "approaches", approach_from_json, snapshot.approaches));
    RUNDUM_TRY(read_items(fields, "indicators", indicator_value_from_json, snapshot.indicator_values));
    if (*version < 5) {
        return snapshot;
    }
    RUNDUM_TRY(read_items(fields, "meetings", meeting_from_json, snapshot.meetings));
    RUNDUM_TRY(read_items(fields, "agenda_items", agenda_item_from_json, snapshot.agenda_items));
    RUNDUM_TRY(read_items(fields, "registrations", registration_from_json, snapshot.registrations));
    RUNDUM_TRY(read_items(fields, "action_items", action_item_from_json, snapshot.action_items));
    RUNDUM_TRY(read_items(fields, "pilots", pilot_from_json, snapshot.pilots));
    RUNDUM_TRY(read_items(fields, "questions", question_from_json, snapshot.questions));
    RUNDUM_TRY(read_items(fields, "answers", answer_from_json, snapshot.answers));
    return snapshot;
}

} // namespace rundum::format
