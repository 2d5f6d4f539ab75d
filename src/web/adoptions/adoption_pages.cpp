// SPDX-License-Identifier: EUPL-1.2
// Adoption handlers. Every save is checked by validate_adoption first; a failed save shows the
// form again with what the member typed, and nothing stored has changed.
#include "web/adoptions/adoption_pages.hpp"

#include <algorithm>
#include <variant>

#include "auth/tokens.hpp"
#include "core/learning_rules.hpp"
#include "core/permissions.hpp"
#include "core/project_rules.hpp"
#include "format/json_writer.hpp"
#include "format/project_json.hpp"
#include "web/adoptions/adoption_form.hpp"
#include "web/http/clock.hpp"
#include "web/http/error_pages.hpp"
#include "web/adoptions/learning_permissions.hpp"
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

// The form again, with what the member typed and the errors by field.
Result<Response> form_page(const Request& request, Services& services, const ProjectWithCity& original,
                           const AdoptionInput& input, const std::string& fixed_city_id, const FieldErrors& errors,
                           int status, const std::string& existing_adoption_id = "")
{
    const bool is_new = input.adoption.id.empty(); // an adoption gets its id when it is stored
    RUNDUM_TRY_ASSIGN(context, form_context(services, *request.visitor.user, original, fixed_city_id, is_new));
    TemplateData page = adoption_form_view(input, context, services.catalogue);
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

// What the member sent cannot be stored: the message for its field, and the city's earlier
// adoption of the same original where that is the problem.
struct FormProblem {
    Error error;
    std::string existing_adoption_id{};
};

Result<Response> invalid_form(const Request& request, Services& services, const ProjectWithCity& original,
                              const AdoptionInput& input, const std::string& fixed_city_id, const FormProblem& problem)
{
    return form_page(request, services, original, input, fixed_city_id,
                     {{adoption_field_of(problem.error), services.catalogue.text(problem.error)}},
                     http_status(problem.error.code), problem.existing_adoption_id);
}

FormProblem problem(ErrorCode code, std::string key, std::vector<std::string> args = {})
{
    return FormProblem{Error{code, std::move(key), std::move(args), {}}};
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

// The copy's first version, by the member who recorded the adoption.
ProjectVersion first_version(const User& editor, const Project& copy)
{
    return ProjectVersion{0, now_iso(), member_name(editor), format::compact_json(format::project_to_json(copy))};
}

// What a new adoption stores: the adoption, and the copy to adapt where the city asked for one.
struct NewAdoption {
    Adoption adoption;
    std::optional<Project> copy;
};

// Checks a new adoption of `original` by `city` against the rules and what is stored, and
// prepares what to store: a FormProblem shows the form again, an error is the error page.
Result<std::variant<NewAdoption, FormProblem>> prepare_adoption(Services& services, const ProjectWithCity& original,
                                                                const City& city, const AdoptionInput& input)
{
    NewAdoption prepared{input.adoption, std::nullopt};
    Adoption& adoption = prepared.adoption;
    if (auto valid = validate_adoption(adoption, original.city.id); !valid) {
        return FormProblem{valid.error()};
    }
    RUNDUM_TRY_ASSIGN(earlier, earlier_adoption(services, original.project.id, city.id));
    if (earlier) {
        return FormProblem{Error{ErrorCode::Conflict, "adoption.error.already", {city.name}, {}}, earlier->id};
    }
    if (!input.own) {
        return problem(ErrorCode::Invalid, "adoption.error.own_project_choice");
    }
    if (*input.own == OwnProject::Existing) {
        if (auto own = check_own_project(services, adoption.project_id, city); !own) {
            return FormProblem{own.error()};
        }
    } else if (*input.own == OwnProject::Copy) {
        prepared.copy = copy_to_adapt(original.project, city, adoption);
        RUNDUM_TRY_ASSIGN(topics, services.store.list_topics());
        if (auto valid = validate_project(*prepared.copy, topics); !valid) {
            return FormProblem{valid.error()};
        }
        adoption.project_id = prepared.copy->id;
    }
    adoption.id = "a-" + auth::random_token().substr(0, 16);
    adoption.original_project_id = original.project.id;
    adoption.created_at = now_iso();
    adoption.updated_at = adoption.created_at;
    return prepared;
}

// The adoption form as sent, for the member's city (an admin names the city).
Result<AdoptionInput> new_adoption_input(const Request& request, const User& member)
{
    const Form form = Form::parse(request.body);
    if (!is_complete_adoption_form(form, true)) {
        return fail(ErrorCode::Invalid, "error.form.incomplete");
    }
    AdoptionInput input = adoption_from_form(Adoption{}, form, true);
    if (member.role != Role::Admin) {
        input.adoption.city_id = member.city_id; // a coordinator records for their own city only
    }
    return input;
}

// The adoption form as sent on top of the stored adoption.
Result<AdoptionInput> changed_adoption_input(const Request& request, const Adoption& stored)
{
    const Form form = Form::parse(request.body);
    if (!is_complete_adoption_form(form, false)) {
        return fail(ErrorCode::Invalid, "error.form.incomplete");
    }
    return adoption_from_form(stored, form, false);
}

// The edited adoption with the update written in "Neuer Stand", if the rules allow it.
std::optional<FormProblem> apply_changes(Services& services, const AdoptionWithContext& found, AdoptionInput& input)
{
    Adoption& changed = input.adoption;
    if (!changed.project_id.empty() && changed.project_id != found.adoption.project_id) {
        if (auto own = check_own_project(services, changed.project_id, found.city); !own) {
            return FormProblem{own.error()};
        }
    }
    if (input.new_update.text.find_first_not_of(" \t\r\n") != std::string::npos) {
        if (auto valid = validate_adoption_update(input.new_update); !valid) {
            return FormProblem{valid.error()};
        }
        changed.updates.push_back(input.new_update);
    }
    if (auto valid = validate_adoption(changed, found.original.city.id); !valid) {
        if (changed.updates.size() > found.adoption.updates.size()) {
            changed.updates.pop_back(); // shown again in its own field, not twice
        }
        return FormProblem{valid.error()};
    }
    return std::nullopt;
}

std::string back_to_original(const ProjectWithCity& original)
{
    return "/praxisbeispiele/" + original.project.id + "#nachgemacht";
}

} // namespace

Result<Response> adopt_page(const Request& request, Services& services, std::string_view project_id)
{
    RUNDUM_TRY_ASSIGN(original, visible_project(services, request.visitor.member(), project_id));
    const User& member = *request.visitor.user;
    AdoptionInput input{Adoption{}, OwnProject::None, {}};
    input.adoption.city_id = member.city_id;
    if (member.role != Role::Admin) {
        if (member.city_id == original.city.id) {
            return fail(ErrorCode::Invalid, "adoption.error.own_project");
        }
        RUNDUM_TRY_ASSIGN(earlier, earlier_adoption(services, original.project.id, member.city_id));
        if (earlier) {
            return form_page(request, services, original, input, member.city_id, {}, 200, earlier->id);
        }
    }
    return form_page(request, services, original, input, member.city_id, {}, 200);
}

Result<Response> record_adoption(const Request& request, Services& services, std::string_view project_id)
{
    RUNDUM_TRY_ASSIGN(original, visible_project(services, request.visitor.member(), project_id));
    const User& member = *request.visitor.user;
    RUNDUM_TRY_ASSIGN(input, new_adoption_input(request, member));
    const std::string& city_id = input.adoption.city_id;
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    const City* city = city_with_id(cities, city_id);
    if (city == nullptr) {
        return invalid_form(request, services, original, input, city_id,
                            problem(ErrorCode::Invalid, "adoption.error.city_missing"));
    }
    if (!is_allowed(&member, Action::RecordLearning, city)) {
        return fail(ErrorCode::Forbidden, "error.account.forbidden");
    }
    RUNDUM_TRY_ASSIGN(prepared, prepare_adoption(services, original, *city, input));
    if (const auto* problem_found = std::get_if<FormProblem>(&prepared)) {
        return invalid_form(request, services, original, input, city_id, *problem_found);
    }
    const NewAdoption& adoption = std::get<NewAdoption>(prepared);
    if (adoption.copy) { // the copy and the adoption in one transaction: no copy without it
        RUNDUM_TRY(services.store.save_adoption_with_copy(adoption.adoption, *adoption.copy,
                                                          first_version(member, *adoption.copy)));
        audit(request, services, "project_created", adoption.copy->title);
    } else {
        RUNDUM_TRY(services.store.save_adoption(adoption.adoption));
    }
    audit(request, services, "adoption_recorded", city->name + ": " + original.project.title);
    return redirect_to(adoption.copy ? "/praxisbeispiele/" + adoption.copy->id + "/bearbeiten"
                                     : back_to_original(original));
}

Result<Response> adoption_edit_page(const Request& request, Services& services, std::string_view id)
{
    RUNDUM_TRY_ASSIGN(found, editable_adoption(services, request.visitor.member(), id));
    return form_page(request, services, found.original, AdoptionInput{found.adoption, std::nullopt, {}},
                     found.city.id, {}, 200);
}

Result<Response> save_adoption(const Request& request, Services& services, std::string_view id)
{
    RUNDUM_TRY_ASSIGN(found, editable_adoption(services, request.visitor.member(), id));
    RUNDUM_TRY_ASSIGN(input, changed_adoption_input(request, found.adoption));
    if (auto problem_found = apply_changes(services, found, input)) {
        return invalid_form(request, services, found.original, input, found.city.id, *problem_found);
    }
    input.adoption.updated_at = now_iso();
    RUNDUM_TRY(services.store.save_adoption(input.adoption));
    audit(request, services, "adoption_edited", found.city.name + ": " + found.original.project.title);
    return redirect_to(back_to_original(found.original));
}

Result<Response> delete_adoption(const Request& request, Services& services, std::string_view id)
{
    RUNDUM_TRY_ASSIGN(found, editable_adoption(services, request.visitor.member(), id));
    if (!Form::parse(request.body).is_confirmed()) {
        return invalid_form(request, services, found.original, AdoptionInput{found.adoption, std::nullopt, {}},
                            found.city.id, problem(ErrorCode::Invalid, "adoption.error.confirm_delete"));
    }
    RUNDUM_TRY(services.store.delete_adoption(found.adoption.id));
    audit(request, services, "adoption_deleted", found.city.name + ": " + found.original.project.title);
    return redirect_to(back_to_original(found.original));
}

} // namespace rundum::web
