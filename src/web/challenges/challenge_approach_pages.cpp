// SPDX-License-Identifier: EUPL-1.2
// Approach handlers. The city comes from ?stadt= (or is the coordinator's own); the store
// replaces only that city's links, and refuses a project of another city.
#include "web/challenges/challenge_approach_pages.hpp"

#include <algorithm>

#include "core/challenge_rules.hpp"
#include "core/permissions.hpp"
#include "web/challenges/challenge_form.hpp"
#include "web/challenges/challenge_view.hpp"
#include "web/http/clock.hpp"
#include "web/http/edit_token.hpp"
#include "web/http/error_pages.hpp"
#include "web/http/form.hpp"
#include "web/http/page_helpers.hpp"

namespace rundum::web {

namespace {

/// What the form is about: the challenge and, once chosen, the city.
struct ApproachTarget {
    Challenge challenge;
    std::optional<City> city; ///< nullopt: an admin has yet to choose
    std::vector<City> cities;
};

// The challenge and the city whose approach the member may edit: the city of ?stadt= or the
// member's own. NotFound for an unknown challenge or city, Forbidden for another city's.
Result<ApproachTarget> approach_target(const Request& request, Services& services,
                                       std::string_view slug)
{
    const User& member = *request.visitor.user;
    RUNDUM_TRY_ASSIGN(challenge, services.store.find_challenge(slug));
    if (!challenge) {
        return fail(ErrorCode::NotFound, "error.challenge.not_found");
    }
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    const std::string chosen = Form::parse(request.query).value("stadt");
    auto city = std::find_if(cities.begin(), cities.end(), [&](const City& c) {
        return chosen.empty() ? c.id == member.city_id : c.slug == chosen;
    });
    if (city == cities.end()) {
        if (!chosen.empty()) {
            return fail(ErrorCode::NotFound, "error.city.not_found", {chosen});
        }
        if (member.role == Role::Admin) {
            return ApproachTarget{std::move(*challenge), std::nullopt, std::move(cities)};
        }
        return fail(ErrorCode::Forbidden, "challenge.error.no_city");
    }
    if (!is_allowed(&member, Action::EditApproach, &*city)) {
        return fail(ErrorCode::Forbidden, "error.account.forbidden");
    }
    City found = *city;
    return ApproachTarget{std::move(*challenge), std::move(found), std::move(cities)};
}

// The city's own projects (members-only ones too: only its members edit here), by title.
Result<std::vector<Project>> projects_of(Services& services, const City& city)
{
    RUNDUM_TRY_ASSIGN(projects, services.store.list_projects());
    std::erase_if(projects, [&](const Project& project) { return project.city_id != city.id; });
    std::sort(projects.begin(), projects.end(),
              [](const Project& a, const Project& b) { return a.title < b.title; });
    return projects;
}

// The stored state of the city's approach (edit_token.hpp): every save stamps it anew.
Result<std::string> approach_state(Services& services, const ApproachTarget& target)
{
    RUNDUM_TRY_ASSIGN(approaches, services.store.challenge_approaches(target.challenge.slug));
    for (const ChallengeApproach& approach : approaches) {
        if (approach.city_id == target.city->id) {
            return state_of(approach.updated_at + "\n" + approach.updated_by + "\n" + approach.text);
        }
    }
    return state_of("");
}

Result<Response> form_page(const Request& request, Services& services, const ApproachTarget& target,
                           const ApproachForm& typed, const FieldErrors& errors, int status,
                           const std::string& seen = {})
{
    RUNDUM_TRY_ASSIGN(projects, projects_of(services, *target.city));
    TemplateData page = approach_form_view(target.challenge, *target.city, typed, projects);
    page.set("nav_challenges", true);
    page.set("seen", seen);
    if (!errors.empty()) {
        set_field_errors(page, errors);
    }
    Response response = html_page(request, services, "challenge_approach", std::move(page),
                                  "challenge.approach.title");
    response.status = status;
    return response;
}

Result<Response> invalid_form(const Request& request, Services& services, const ApproachTarget& target,
                              const ApproachForm& typed, const Error& error, const std::string& seen)
{
    // Only the text and the projects are on this form; anything else (the database) goes
    // with the text.
    const std::string field = challenge_field_of(error) == "projects" ? "projects" : "text";
    return form_page(request, services, target, typed, {{field, services.catalogue.text(error)}},
                     http_status(error.code), seen);
}

std::string editor_name(const Request& request)
{
    const User& user = *request.visitor.user;
    return user.name.empty() ? user.email : user.name;
}

} // namespace

Result<Response> approach_page(const Request& request, Services& services, std::string_view slug)
{
    RUNDUM_TRY_ASSIGN(target, approach_target(request, services, slug));
    if (!target.city) {
        TemplateData page = city_choice_view(target.challenge, target.cities);
        page.set("nav_challenges", true);
        return html_page(request, services, "challenge_approach", std::move(page),
                         "challenge.approach.title");
    }
    RUNDUM_TRY_ASSIGN(approaches, services.store.challenge_approaches(target.challenge.slug));
    ApproachForm current;
    for (const ChallengeApproach& approach : approaches) {
        if (approach.city_id == target.city->id) {
            current.text = approach.text;
        }
    }
    current.project_ids = target.challenge.project_ids; // other cities' ids tick nothing here
    RUNDUM_TRY_ASSIGN(state, approach_state(services, target));
    return form_page(request, services, target, current, {}, 200, state);
}

Result<Response> save_approach(const Request& request, Services& services, std::string_view slug)
{
    RUNDUM_TRY_ASSIGN(target, approach_target(request, services, slug));
    const Form form = Form::parse(request.body);
    if (!target.city || !form.has("text")) {
        return fail(ErrorCode::Invalid, "error.form.incomplete");
    }
    const ApproachForm typed = read_approach_form(form);
    RUNDUM_TRY_ASSIGN(state, approach_state(services, target));
    if (changed_since_opened(form, state)) {
        // Another coordinator of the city saved meanwhile: nothing is overwritten.
        return form_page(request, services, target, typed,
                         {{"conflict", services.catalogue.text("challenge.approach.changed_meanwhile")}}, 409, state);
    }
    const std::string seen = form.value(SEEN_FIELD);
    const ChallengeApproach approach{target.challenge.slug, target.city->id, typed.text, now_iso(),
                                     editor_name(request)};
    auto saved = validate_approach(approach).and_then(
        [&] { return services.store.save_approach(approach, typed.project_ids); });
    if (!saved) {
        return invalid_form(request, services, target, typed, saved.error(), seen);
    }
    audit(request, services, "approach_saved", target.challenge.title + " – " + target.city->name);
    return redirect_to("/herausforderungen/" + target.challenge.slug + "?gespeichert=1");
}

} // namespace rundum::web
