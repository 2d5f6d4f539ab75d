// SPDX-License-Identifier: EUPL-1.2
// Conversion between projects and JSON, with field-by-field errors.
#include "format/project_json.hpp"

#include "format/json_fields.hpp"

namespace rundum::format {

namespace {

std::string visibility_key(ProjectVisibility visibility)
{
    return visibility == ProjectVisibility::Public ? "public" : "members";
}

// Absent or null fields leave the target as it is.
Result<void> read_text(const FieldReader& fields, std::string_view name, std::string& target)
{
    if (fields.optional(name) == nullptr) {
        return {};
    }
    RUNDUM_TRY_ASSIGN(text, fields.text(name));
    target = std::move(text);
    return {};
}

Result<void> read_list(const FieldReader& fields, std::string_view name, std::vector<std::string>& target)
{
    if (fields.optional(name) == nullptr) {
        return {};
    }
    RUNDUM_TRY_ASSIGN(items, fields.array(name));
    RUNDUM_TRY_ASSIGN(texts, text_list(*items, fields.where() + "." + std::string(name)));
    target = std::move(texts);
    return {};
}

Result<std::vector<ProjectLink>> read_links(const FieldReader& fields)
{
    std::vector<ProjectLink> links;
    if (fields.optional("links") == nullptr) {
        return links;
    }
    RUNDUM_TRY_ASSIGN(items, fields.array("links"));
    for (std::size_t i = 0; i < items->size(); ++i) {
        FieldReader link_fields((*items)[i], fields.where() + ".links[" + std::to_string(i) + "]");
        if (!link_fields.is_object()) {
            return fail(ErrorCode::Invalid, "error.import.expected_object", {link_fields.where()});
        }
        ProjectLink link;
        RUNDUM_TRY(read_text(link_fields, "title", link.title));
        RUNDUM_TRY_ASSIGN(url, link_fields.text("url"));
        link.url = std::move(url);
        links.push_back(std::move(link));
    }
    return links;
}

} // namespace

boost::json::object project_to_json(const Project& project)
{
    json::array links;
    for (const ProjectLink& link : project.links) {
        links.emplace_back(json::object{{"title", link.title}, {"url", link.url}});
    }
    return json::object{
        {"id", project.id},
        {"city_id", project.city_id},
        {"title", project.title},
        {"summary", project.summary},
        {"description", project.description},
        {"topics", to_array(project.topics)},
        {"target_groups", to_array(project.target_groups)},
        {"status", status_key(project.status)},
        {"start_date", project.start_date},
        {"end_date", project.end_date},
        {"lead_organisation", project.lead_organisation},
        {"partners", to_array(project.partners)},
        {"costs_and_funding", project.costs_and_funding},
        {"staff_effort", project.staff_effort},
        {"goals", project.goals},
        {"results", project.results},
        {"success_factors", to_array(project.success_factors)},
        {"stumbling_blocks", to_array(project.stumbling_blocks)},
        {"transfer_requirements", project.transfer_requirements},
        {"contact", json::object{{"name", project.contact_name},
                                 {"email", project.contact_email},
                                 {"phone", project.contact_phone},
                                 {"publish", json::object{{"name", project.publish_contact_name},
                                                          {"email", project.publish_contact_email},
                                                          {"phone", project.publish_contact_phone}}}}},
        {"links", std::move(links)},
        {"visibility", visibility_key(project.visibility)},
        {"is_example", project.is_example},
        {"created_at", project.created_at},
        {"updated_at", project.updated_at},
    };
}

Result<Project> project_from_json(const boost::json::value& value, std::string_view where)
{
    RUNDUM_TRY_ASSIGN(fields, object_fields(value, where));
    Project project;
    // Optional texts (older versions lack some); read_texts is for required ones.
    for (const TextField& field : {
             TextField{"id", &project.id},
             TextField{"city_id", &project.city_id},
             TextField{"title", &project.title},
             TextField{"summary", &project.summary},
             TextField{"description", &project.description},
             TextField{"start_date", &project.start_date},
             TextField{"end_date", &project.end_date},
             TextField{"lead_organisation", &project.lead_organisation},
             TextField{"costs_and_funding", &project.costs_and_funding},
             TextField{"staff_effort", &project.staff_effort},
             TextField{"goals", &project.goals},
             TextField{"results", &project.results},
             TextField{"transfer_requirements", &project.transfer_requirements},
             TextField{"created_at", &project.created_at},
             TextField{"updated_at", &project.updated_at},
         }) {
        RUNDUM_TRY(read_text(fields, field.name, *field.target));
    }
    RUNDUM_TRY(read_list(fields, "topics", project.topics));
    RUNDUM_TRY(read_list(fields, "target_groups", project.target_groups));
    RUNDUM_TRY(read_list(fields, "partners", project.partners));
    RUNDUM_TRY(read_list(fields, "success_factors", project.success_factors));
    RUNDUM_TRY(read_list(fields, "stumbling_blocks", project.stumbling_blocks));
    std::string status{status_key(project.status)};
    RUNDUM_TRY(read_text(fields, "status", status));
    auto known_status = status_from_key(status);
    if (!known_status) {
        return fail(ErrorCode::Invalid, "error.project.status_unknown", {status});
    }
    project.status = *known_status;
    std::string visibility = visibility_key(project.visibility);
    RUNDUM_TRY(read_text(fields, "visibility", visibility));
    if (visibility != "public" && visibility != "members") {
        return fail(ErrorCode::Invalid, "error.project.visibility_unknown", {visibility});
    }
    project.visibility = visibility == "public" ? ProjectVisibility::Public : ProjectVisibility::Members;
    if (fields.optional("is_example") != nullptr) {
        RUNDUM_TRY_ASSIGN(is_example, fields.boolean("is_example"));
        project.is_example = is_example;
    }
    if (const json::value* contact = fields.optional("contact")) {
        FieldReader contact_fields(*contact, fields.where() + ".contact");
        if (!contact_fields.is_object()) {
            return fail(ErrorCode::Invalid, "error.import.expected_object", {contact_fields.where()});
        }
        RUNDUM_TRY(read_text(contact_fields, "name", project.contact_name));
        RUNDUM_TRY(read_text(contact_fields, "email", project.contact_email));
        RUNDUM_TRY(read_text(contact_fields, "phone", project.contact_phone));
        // Without "publish" (older files and versions, clients that do not know it) nothing of
        // the contact is published: consent is never assumed.
        if (const json::value* publish = contact_fields.optional("publish")) {
            FieldReader consent(*publish, contact_fields.where() + ".publish");
            if (!consent.is_object()) {
                return fail(ErrorCode::Invalid, "error.import.expected_object", {consent.where()});
            }
            for (const auto& [name, target] : {std::pair{"name", &project.publish_contact_name},
                                               std::pair{"email", &project.publish_contact_email},
                                               std::pair{"phone", &project.publish_contact_phone}}) {
                if (consent.optional(name) != nullptr) {
                    RUNDUM_TRY_ASSIGN(published, consent.boolean(name));
                    *target = published;
                }
            }
        }
    }
    RUNDUM_TRY_ASSIGN(links, read_links(fields));
    project.links = std::move(links);
    return project;
}

Result<Project> project_from_json_text(std::string_view text)
{
    boost::system::error_code parse_error;
    json::value root = json::parse(text, parse_error);
    if (parse_error) {
        return fail(ErrorCode::Invalid, "error.import.not_json", {parse_error.message()});
    }
    return project_from_json(root, "project");
}

boost::json::object attachment_to_json(const AttachmentInfo& attachment)
{
    return json::object{
        {"id", attachment.id},
        {"file_name", attachment.file_name},
        {"content_type", attachment.content_type},
        {"size", attachment.size},
        {"title", attachment.title},
    };
}

boost::json::object topic_to_json(const Topic& topic)
{
    return json::object{{"slug", topic.slug}, {"name", topic.name}, {"position", topic.position}};
}

Result<Topic> topic_from_json(const boost::json::value& value, std::string_view where)
{
    FieldReader fields(value, std::string(where));
    if (!fields.is_object()) {
        return fail(ErrorCode::Invalid, "error.import.expected_object", {std::string(where)});
    }
    RUNDUM_TRY_ASSIGN(slug, fields.text("slug"));
    RUNDUM_TRY_ASSIGN(name, fields.text("name"));
    RUNDUM_TRY_ASSIGN(position, fields.number("position"));
    return Topic{std::move(slug), std::move(name), static_cast<int>(position)};
}

} // namespace rundum::format
