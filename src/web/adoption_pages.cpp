// Adoption handlers. Every save is checked by validate_adoption first; a failed save shows the
// form again with what the member typed, and nothing stored has changed.
#include "web/adoption_pages.hpp"

#include <algorithm>

#include "auth/tokens.hpp"
#include "core/learning_rules.hpp"
#include "core/permissions.hpp"
#include "core/project_rules.hpp"
#include "format/json_writer.hpp"
#include "format/project_json.hpp"
#include "web/adoption_form.hpp"
#include "web/http/clock.hpp"
#include "web/http/error_pages.hpp"
#include "web/learning_permissions.hpp"
#include "web/http/page_helpers.hpp"

namespace rundum::web {

namespace {

// The cities and projects the form offers. New adoptions: an admin picks any city but the
// original's, a coordinator records for their own; editing keeps the adoption's city.
Result<AdoptionFormContext> form_context(Services& services, const User& member, const ProjectWithCity& original,
                                         const std::string& fixed_city_id, bool is_new)
{
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    RUNDUM_TRY_ASSIGN(projects, services.store.list_projects());
    AdoptionFormContext context{original.project, original.city, {}, "", {}, is_new};
    const bool choose_city = is_new && member.role == Role::Admin;
    if (choose_city) {
        for (const City& city : cities) {
            if (city.id != original.city.id) {
                context.adopting_cities.push_back(city);
            }
        }
    } else if (const City* city = city_with_id(cities, fixed_city_id)) {
        context.fixed_city_name = city->name;
    }
    for (const Project& project : projects) {
        const City* city = city_with_id(cities, project.city_id);
        const bool offered = choose_city ? project.city_id != original.city.id : project.city_id == fixed_city_id;
        if (offered && city != nullptr && project.id != original.project.id) {
            context.projects.push_back(OwnProjectOption{project.id, project.title, choose_city ? city->name : ""});
        }
    }
    if (choose_city) {
        std::stable_sort(context.projects.begin(), context.projects.end(),
                         [](const OwnProjectOption& a, const OwnProjectOption& b) { return a.city_name < b.city_name; });
    }
    return context;
}

Response form_page(const Request& request, Services& services, const ProjectWithCity& original,
                   const AdoptionInput& input, const std::string& fixed_city_id, const FieldErrors& errors, int status,
                   const std::string& existing_adoption_id = "")
{
    const bool is_new = input.adoption.id.empty(); // an adoption gets its id when it is stored
    auto context = form_context(services, *request.visitor.user, original, fixed_city_id, is_new);
    if (!context) {
        return error_response(request, services, context.error());
    }
    TemplateData page = adoption_form_view(input, *context, services.catalogue);
    if (!existing_adoption_id.empty()) {
        page.set("existing_adoption_url", "/uebernahmen/" + existing_adoption_id + "/bearbeiten");
    }
    page.set("nav_projects", true);
    set_field_errors(page, errors);
    Response response =
        html_page(request, services, "adoption_edit", std::move(page), is_new ? "adoption.new_title" : "adoption.edit_title");
    response.status = status;
    return response;
}

Response invalid_form(const Request& request, Services& services, const ProjectWithCity& original,
                      const AdoptionInput& input, const std::string& fixed_city_id, const Error& error,
                      const std::string& existing_adoption_id = "")
{
    return form_page(request, services, original, input, fixed_city_id,
                     {{adoption_field_of(error), services.catalogue.text(error)}}, http_status(error.code),
                     existing_adoption_id);
}

// The city's earlier adoption of the same original, if any.
Result<std::optional<Adoption>> earlier_adoption(Services& services, const std::string& original_id,
                                                 const std::string& city_id)
{
    RUNDUM_TRY_ASSIGN(adoptions, services.store.list_adoptions());
    for (Adoption& adoption : adoptions) {
        if (adoption.original_project_id == original_id && adoption.city_id == city_id) {
            return std::optional<Adoption>(std::move(adoption));
        }
    }
    return std::optional<Adoption>();
}

// An own project must belong to the adopting city.
Result<void> check_own_project(Services& services, const std::string& project_id, const City& city)
{
    if (project_id.empty()) {
        return fail(ErrorCode::Invalid, "adoption.error.project_missing");
    }
    RUNDUM_TRY_ASSIGN(project, services.store.find_project(project_id));
    if (!project || project->city_id != city.id) {
        return fail(ErrorCode::Invalid, "adoption.error.project_not_of_city", {city.name});
    }
    return {};
}

// The adopting city's copy of the original, to adapt: only members see it until the city
// publishes it; the original's contact people, results and dates are not the copy's.
Project copy_to_adapt(const Project& original, const City& city, const Adoption& adoption)
{
    Project copy = original;
    copy.id = new_project_id();
    copy.city_id = city.id;
    copy.status = ProjectStatus::Planned;
    copy.visibility = ProjectVisibility::Members;
    copy.is_example = false;
    copy.start_date = adoption.started;
    copy.end_date.clear();
    copy.results.clear();
    copy.contact_name.clear();
    copy.contact_email.clear();
    copy.contact_phone.clear();
    copy.publish_contact_name = false; // the original's contact agreed for themselves only
    copy.publish_contact_email = false;
    copy.publish_contact_phone = false;
    copy.attachments.clear();
    copy.created_at = now_iso();
    copy.updated_at = copy.created_at;
    return copy;
}

Result<void> save_new_project(Services& services, const User& editor, const Project& project)
{
    return services.store.save_project(
        project, ProjectVersion{0, now_iso(), member_name(editor),
                                format::compact_json(format::project_to_json(project))});
}

} // namespace

Response adopt_page(const Request& request, Services& services, std::string_view project_id)
{
    if (auto stop = require_member(request, services)) {
        return std::move(*stop);
    }
    auto original = visible_project(services, request.visitor.member(), project_id);
    if (!original) {
        return error_response(request, services, original.error());
    }
    const User& member = *request.visitor.user;
    AdoptionInput input{Adoption{}, OwnProject::None, {}};
    input.adoption.city_id = member.city_id;
    if (member.role != Role::Admin) {
        if (member.city_id == original->city.id) {
            return error_response(request, services, Error{ErrorCode::Invalid, "adoption.error.own_project", {}, {}});
        }
        auto earlier = earlier_adoption(services, original->project.id, member.city_id);
        if (!earlier) {
            return error_response(request, services, earlier.error());
        }
        if (*earlier) {
            return form_page(request, services, *original, input, member.city_id, {}, 200, (*earlier)->id);
        }
    }
    return form_page(request, services, *original, input, member.city_id, {}, 200);
}

Response record_adoption(const Request& request, Services& services, std::string_view project_id)
{
    if (auto stop = require_member(request, services)) {
        return std::move(*stop);
    }
    auto original = visible_project(services, request.visitor.member(), project_id);
    if (!original) {
        return error_response(request, services, original.error());
    }
    const User& member = *request.visitor.user;
    const Form form = Form::parse(request.body);
    if (!is_complete_adoption_form(form, true)) {
        return error_response(request, services, Error{ErrorCode::Invalid, "error.form.incomplete", {}, {}});
    }
    AdoptionInput input = adoption_from_form(Adoption{}, form, true);
    Adoption& adoption = input.adoption;
    if (member.role != Role::Admin) {
        adoption.city_id = member.city_id; // a coordinator records for their own city only
    }
    const std::string& city_id = adoption.city_id;
    auto cities = services.store.list_cities();
    if (!cities) {
        return error_response(request, services, cities.error());
    }
    const City* city = city_with_id(*cities, city_id);
    if (city == nullptr) {
        return invalid_form(request, services, *original, input, city_id,
                            Error{ErrorCode::Invalid, "adoption.error.city_missing", {}, {}});
    }
    if (!is_allowed(&member, Action::RecordLearning, city)) {
        return forbidden(request, services);
    }
    if (auto valid = validate_adoption(adoption, original->city.id); !valid) {
        return invalid_form(request, services, *original, input, city_id, valid.error());
    }
    auto earlier = earlier_adoption(services, original->project.id, city->id);
    if (!earlier) {
        return error_response(request, services, earlier.error());
    }
    if (*earlier) {
        return invalid_form(request, services, *original, input, city_id,
                            Error{ErrorCode::Conflict, "adoption.error.already", {city->name}, {}}, (*earlier)->id);
    }
    if (!input.own) {
        return invalid_form(request, services, *original, input, city_id,
                            Error{ErrorCode::Invalid, "adoption.error.own_project_choice", {}, {}});
    }
    std::optional<Project> copy;
    if (*input.own == OwnProject::Existing) {
        if (auto own = check_own_project(services, adoption.project_id, *city); !own) {
            return invalid_form(request, services, *original, input, city_id, own.error());
        }
    } else if (*input.own == OwnProject::Copy) {
        copy = copy_to_adapt(original->project, *city, adoption);
        auto topics = services.store.list_topics();
        if (!topics) {
            return error_response(request, services, topics.error());
        }
        if (auto valid = validate_project(*copy, *topics); !valid) {
            return invalid_form(request, services, *original, input, city_id, valid.error());
        }
        adoption.project_id = copy->id;
    }
    adoption.id = "a-" + auth::random_token().substr(0, 16);
    adoption.original_project_id = original->project.id;
    adoption.created_at = now_iso();
    adoption.updated_at = adoption.created_at;
    if (copy) {
        if (auto saved = save_new_project(services, member, *copy); !saved) {
            return error_response(request, services, saved.error());
        }
    }
    if (auto saved = services.store.save_adoption(adoption); !saved) {
        if (copy) {
            (void)services.store.delete_project(copy->id); // no copy without its adoption
        }
        return error_response(request, services, saved.error());
    }
    if (copy) {
        audit(request, services, "project_created", copy->title);
    }
    audit(request, services, "adoption_recorded", city->name + ": " + original->project.title);
    return redirect_to(copy ? "/praxisbeispiele/" + copy->id + "/bearbeiten"
                            : "/praxisbeispiele/" + original->project.id + "#nachgemacht");
}

Response adoption_edit_page(const Request& request, Services& services, std::string_view id)
{
    if (auto stop = require_member(request, services)) {
        return std::move(*stop);
    }
    auto found = editable_adoption(services, request.visitor.member(), id);
    if (!found) {
        return error_response(request, services, found.error());
    }
    return form_page(request, services, found->original, AdoptionInput{found->adoption, std::nullopt, {}},
                     found->city.id, {}, 200);
}

Response save_adoption(const Request& request, Services& services, std::string_view id)
{
    if (auto stop = require_member(request, services)) {
        return std::move(*stop);
    }
    auto found = editable_adoption(services, request.visitor.member(), id);
    if (!found) {
        return error_response(request, services, found.error());
    }
    const Form form = Form::parse(request.body);
    if (!is_complete_adoption_form(form, false)) {
        return error_response(request, services, Error{ErrorCode::Invalid, "error.form.incomplete", {}, {}});
    }
    AdoptionInput input = adoption_from_form(found->adoption, form, false);
    Adoption& changed = input.adoption;
    const std::string& city_id = found->city.id;
    if (!changed.project_id.empty() && changed.project_id != found->adoption.project_id) {
        if (auto own = check_own_project(services, changed.project_id, found->city); !own) {
            return invalid_form(request, services, found->original, input, city_id, own.error());
        }
    }
    if (input.new_update.text.find_first_not_of(" \t\r\n") != std::string::npos) {
        if (auto valid = validate_adoption_update(input.new_update); !valid) {
            return invalid_form(request, services, found->original, input, city_id, valid.error());
        }
        changed.updates.push_back(input.new_update);
    }
    if (auto valid = validate_adoption(changed, found->original.city.id); !valid) {
        if (changed.updates.size() > found->adoption.updates.size()) {
            changed.updates.pop_back(); // shown again in its own field, not twice
        }
        return invalid_form(request, services, found->original, input, city_id, valid.error());
    }
    changed.updated_at = now_iso();
    if (auto saved = services.store.save_adoption(changed); !saved) {
        return error_response(request, services, saved.error());
    }
    audit(request, services, "adoption_edited", found->city.name + ": " + found->original.project.title);
    return redirect_to("/praxisbeispiele/" + found->original.project.id + "#nachgemacht");
}

Response delete_adoption(const Request& request, Services& services, std::string_view id)
{
    if (auto stop = require_member(request, services)) {
        return std::move(*stop);
    }
    auto found = editable_adoption(services, request.visitor.member(), id);
    if (!found) {
        return error_response(request, services, found.error());
    }
    if (!Form::parse(request.body).is_confirmed()) {
        return invalid_form(request, services, found->original, AdoptionInput{found->adoption, std::nullopt, {}},
                            found->city.id, Error{ErrorCode::Invalid, "adoption.error.confirm_delete", {}, {}});
    }
    if (auto removed = services.store.delete_adoption(found->adoption.id); !removed) {
        return error_response(request, services, removed.error());
    }
    audit(request, services, "adoption_deleted", found->city.name + ": " + found->original.project.title);
    return redirect_to("/praxisbeispiele/" + found->original.project.id + "#nachgemacht");
}

} // namespace rundum::web
