// SPDX-License-Identifier: EUPL-1.2
// Form fields to an adoption, errors to fields, and the fields of the form template.
#include "web/adoptions/adoption_form.hpp"

#include "core/calendar_date.hpp"
#include "core/text.hpp"
#include "web/http/clock.hpp"

namespace rundum::web {

namespace {

std::optional<OwnProject> own_project_from_key(const std::string& key)
{
    if (key == "kopie") {
        return OwnProject::Copy;
    }
    if (key == "vorhanden") {
        return OwnProject::Existing;
    }
    if (key == "keins") {
        return OwnProject::None;
    }
    return std::nullopt;
}

} // namespace

AdoptionInput adoption_from_form(const Adoption& current, const Form& form, bool is_new)
{
    AdoptionInput input{current, std::nullopt, {}};
    Adoption& adoption = input.adoption;
    if (is_new) {
        adoption.city_id = form.value("city_id");
        input.own = own_project_from_key(form.value("own_project"));
        adoption.project_id = input.own == OwnProject::Existing ? form.value("existing_project_id") : "";
    } else {
        adoption.project_id = form.value("existing_project_id");
        input.new_update = AdoptionUpdate{std::string(trim_blanks(form.value("update_date"))), form.value("update_text")};
    }
    adoption.adaptations = form.value("adaptations");
    adoption.experience = form.value("experience");
    // A browser sends only known keys; anything else keeps what was stored.
    adoption.outcome = outcome_from_key(form.value("outcome")).value_or(current.outcome);
    adoption.started = std::string(trim_blanks(form.value("started")));
    return input;
}

bool is_complete_adoption_form(const Form& form, bool is_new)
{
    for (const char* field : {"existing_project_id", "adaptations", "experience", "outcome", "started"}) {
        if (!form.has(field)) {
            return false;
        }
    }
    return is_new || (form.has("update_date") && form.has("update_text"));
}

std::string adoption_field_of(const Error& error)
{
    if (!error.field.empty()) { // the input rule (core/text_input) names the field itself
        return error.field;
    }
    const std::string& key = error.key;
    if (key == "adoption.error.adaptations_too_long") {
        return "adaptations";
    }
    if (key == "adoption.error.experience_too_long") {
        return "experience";
    }
    if (key == "adoption.error.started_invalid") {
        return "started";
    }
    if (key == "adoption.error.update_date_invalid") {
        return "update_date";
    }
    if (key == "adoption.error.update_missing" || key == "adoption.error.update_too_long") {
        return "update_text";
    }
    if (key == "adoption.error.project_missing" || key == "adoption.error.project_not_of_city") {
        return "existing_project_id";
    }
    if (key == "adoption.error.own_project_choice" || key.starts_with("error.project.")) {
        return "own_project_copy"; // the copy of the original did not pass the project rules
    }
    if (key == "adoption.error.confirm_delete") {
        return "confirm";
    }
    return "city_id"; // the city: missing, the original's own, or it adopted this already
}

namespace {

kainjow::mustache::list city_choices(const std::vector<City>& cities, const std::string& selected)
{
    kainjow::mustache::list list;
    for (const City& city : cities) {
        TemplateData item{TemplateData::type::object};
        item.set("id", city.id);
        item.set("name", city.name);
        item.set("selected", city.id == selected);
        list.push_back(item);
    }
    return list;
}

kainjow::mustache::list project_choices(const std::vector<OwnProjectOption>& options, const std::string& selected)
{
    kainjow::mustache::list list;
    for (const OwnProjectOption& option : options) {
        TemplateData item{TemplateData::type::object};
        item.set("id", option.id);
        item.set("label", option.city_name.empty() ? option.title : option.city_name + ": " + option.title);
        item.set("selected", option.id == selected);
        list.push_back(item);
    }
    return list;
}

kainjow::mustache::list outcome_choices(const i18n::Catalogue& catalogue, AdoptionOutcome selected)
{
    kainjow::mustache::list list;
    for (AdoptionOutcome outcome : all_outcomes()) {
        TemplateData item{TemplateData::type::object};
        item.set("key", std::string(outcome_key(outcome)));
        item.set("label", catalogue.text("adoption.outcome." + std::string(outcome_key(outcome))));
        item.set("selected", outcome == selected);
        list.push_back(item);
    }
    return list;
}

} // namespace

TemplateData adoption_form_view(const AdoptionInput& input, const AdoptionFormContext& context,
                                const i18n::Catalogue& catalogue)
{
    const Adoption& adoption = input.adoption;
    TemplateData view{TemplateData::type::object};
    view.set("is_new", context.is_new);
    view.set("adoption_id", adoption.id);
    view.set("original_id", context.original.id);
    view.set("original_title", context.original.title);
    view.set("original_city", context.original_city.name);
    // Which texts of the form the public will read (core/learning_graph's is_adoption_visible).
    const bool original_is_public = context.original.visibility == ProjectVisibility::Public;
    view.set("original_is_public", original_is_public);
    view.set("public_hint", catalogue.text(original_is_public ? "adoption.public_hint.public" : "adoption.public_hint.members",
                                           {context.original.title}));
    view.set("action", context.is_new ? "/praxisbeispiele/" + context.original.id + "/uebernehmen"
                                      : "/uebernahmen/" + adoption.id + "/bearbeiten");
    view.set("choose_city", !context.adopting_cities.empty());
    view.set("cities", city_choices(context.adopting_cities, adoption.city_id));
    view.set("fixed_city_name", context.fixed_city_name);
    view.set("own_copy", context.is_new && input.own == OwnProject::Copy);
    view.set("own_existing", context.is_new && input.own == OwnProject::Existing);
    view.set("own_none", context.is_new && input.own == OwnProject::None);
    view.set("has_projects", !context.projects.empty());
    view.set("projects", project_choices(context.projects, adoption.project_id));
    view.set("adaptations", adoption.adaptations);
    view.set("experience", adoption.experience);
    view.set("started", adoption.started);
    view.set("outcomes", outcome_choices(catalogue, adoption.outcome));
    kainjow::mustache::list updates;
    for (const AdoptionUpdate& update : adoption.updates) {
        TemplateData item{TemplateData::type::object};
        item.set("date", update.date);
        item.set("text", update.text);
        updates.push_back(item);
    }
    view.set("has_updates", !updates.empty());
    view.set("updates", updates);
    // A new update is dated today unless the member typed another date.
    view.set("update_date", input.new_update.date.empty() ? date_part(now_iso()) : input.new_update.date);
    view.set("update_text", input.new_update.text);
    return view;
}

} // namespace rundum::web
