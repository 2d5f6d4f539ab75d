// SPDX-License-Identifier: EUPL-1.2
// Challenge handlers. The list and a challenge's page are public (and cached for the public by
// the app); the forms belong to admins. A failed save shows the form again as typed.
#include "web/challenges/challenge_pages.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "core/challenge_rules.hpp"
#include "core/permissions.hpp"
#include "web/challenges/challenge_form.hpp"
#include "web/challenges/challenge_view.hpp"
#include "web/http/error_pages.hpp"
#include "web/http/form.hpp"
#include "web/meetings/meeting_access.hpp"
#include "web/http/page_helpers.hpp"
#include "web/projects/project_access.hpp"
#include "web/questions/question_view.hpp"

namespace rundum::web {

namespace {

Result<Challenge> find_challenge_or_fail(Services& services, std::string_view slug)
{
    RUNDUM_TRY_ASSIGN(challenge, services.store.find_challenge(slug));
    if (!challenge) {
        return fail(ErrorCode::NotFound, "error.challenge.not_found");
    }
    return std::move(*challenge);
}

// The meetings where the challenge was discussed: those with an accepted agenda item about it.
Result<std::vector<Discussion>> meetings_discussing(Services& services, const Challenge& challenge)
{
    RUNDUM_TRY_ASSIGN(mentions,
                      meetings_with_accepted_item(services, AgendaKind::ChallengeDiscussion, challenge.slug));
    std::vector<Discussion> discussions;
    for (MeetingMention& mention : mentions) {
        discussions.push_back(Discussion{std::move(mention.title), std::move(mention.url), std::move(mention.date)});
    }
    return discussions;
}

// The cities' approaches in the order of the directory, each with its city.
std::vector<ApproachOfCity> approaches_with_cities(const std::vector<ChallengeApproach>& approaches,
                                                   const std::vector<City>& cities)
{
    std::vector<ApproachOfCity> entries;
    for (const City& city : cities) {
        for (const ChallengeApproach& approach : approaches) {
            if (approach.city_id == city.id) {
                entries.push_back(ApproachOfCity{approach, city});
            }
        }
    }
    return entries;
}

// The linked projects `member` may see (the public never learns of members-only ones), by
// city and title.
Result<std::vector<ProjectWithCity>> visible_linked_projects(Services& services, const User* member,
                                                             const Challenge& challenge,
                                                             const std::vector<City>& cities)
{
    RUNDUM_TRY_ASSIGN(projects, services.store.find_projects(challenge.project_ids));
    std::vector<ProjectWithCity> visible;
    for (Project& project : projects) {
        if (!is_visible(project, member)) {
            continue;
        }
        auto city = std::find_if(cities.begin(), cities.end(),
                                 [&](const City& c) { return c.id == project.city_id; });
        if (city != cities.end()) {
            visible.push_back(ProjectWithCity{std::move(project), *city});
        }
    }
    std::stable_sort(
        visible.begin(), visible.end(), [](const ProjectWithCity& a, const ProjectWithCity& b) {
            return std::tie(a.city.name, a.project.title) < std::tie(b.city.name, b.project.title);
        });
    return visible;
}

// The link to the approach form a signed-in member may use: an admin chooses the city, a
// coordinator writes for their own.
void set_approach_link(TemplateData& page, const Request& request, Services& services,
                       const Challenge& challenge, const std::vector<City>& cities)
{
    const User* member = request.visitor.member();
    if (member == nullptr) {
        return;
    }
    const std::string url = "/herausforderungen/" + challenge.slug + "/ansatz";
    if (member->role == Role::Admin) {
        page.set("approach_url", url);
        page.set("approach_link", services.catalogue.text("challenge.approach_link_admin"));
        return;
    }
    for (const City& city : cities) {
        if (city.id == member->city_id && is_allowed(member, Action::EditApproach, &city)) {
            page.set("approach_url", url);
            page.set("approach_link",
                     services.catalogue.text("challenge.approach_link_own", {city.name}));
        }
    }
}

// The forms belong to admins (the router has already asked for a signed-in member).
Result<void> may_manage(const Request& request)
{
    if (!is_allowed(request.visitor.member(), Action::ManageChallenges)) {
        return fail(ErrorCode::Forbidden, "error.account.forbidden");
    }
    return {};
}

Response form_page(const Request& request, Services& services, const ChallengeForm& form,
                   bool is_new, const FieldErrors& errors, int status)
{
    TemplateData page = challenge_form_view(form, is_new);
    page.set("nav_challenges", true);
    if (!errors.empty()) {
        set_field_errors(page, errors);
    }
    Response response = html_page(request, services, "challenge_edit", std::move(page),
                                  is_new ? "challenge.new_title" : "challenge.edit_title");
    response.status = status;
    return response;
}

Response invalid_form(const Request& request, Services& services, const ChallengeForm& form,
                      bool is_new, const Error& error)
{
    return form_page(request, services, form, is_new,
                     {{challenge_field_of(error), services.catalogue.text(error)}},
                     http_status(error.code));
}

// Public pages depend on who asks only for members: theirs are never kept.
Response page_response(const Request& request, std::string body)
{
    Response response;
    response.body = std::move(body);
    if (request.visitor.is_signed_in()) {
        response.with_header("Cache-Control", "no-store");
    }
    return response;
}

} // namespace

Result<Response> challenge_list_page(const Request& request, Services& services)
{
    RUNDUM_TRY_ASSIGN(challenges, services.store.list_challenges());
    std::map<std::string, std::size_t> city_counts;
    for (const Challenge& challenge : challenges) {
        RUNDUM_TRY_ASSIGN(approaches, services.store.challenge_approaches(challenge.slug));
        city_counts[challenge.slug] = approaches.size();
    }
    TemplateData page = challenge_list_view(challenges, city_counts, services.catalogue);
    page.set("nav_challenges", true);
    page.set("can_manage", is_allowed(request.visitor.member(), Action::ManageChallenges));
    return page_response(
        request, services.templates.render_page("challenges", std::move(page),
                                                services.catalogue.text("challenge.list_title"),
                                                request.visitor));
}

Result<Response> challenge_page(const Request& request, Services& services, std::string_view slug)
{
    RUNDUM_TRY_ASSIGN(challenge, find_challenge_or_fail(services, slug));
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    RUNDUM_TRY_ASSIGN(approaches, services.store.challenge_approaches(challenge.slug));
    RUNDUM_TRY_ASSIGN(projects, visible_linked_projects(services, request.visitor.member(), challenge, cities));
    RUNDUM_TRY_ASSIGN(discussions, meetings_discussing(services, challenge));
    ChallengePage content{challenge, approaches_with_cities(approaches, cities), std::move(projects),
                          std::move(discussions)};
    TemplateData page = challenge_page_view(content);
    page.set("nav_challenges", true);
    page.set("can_manage", is_allowed(request.visitor.member(), Action::ManageChallenges));
    page.set("saved", request.visitor.is_signed_in() && request.query == "gespeichert=1");
    set_approach_link(page, request, services, challenge, cities);
    RUNDUM_TRY(add_linked_questions(page, services, request.visitor.member(), "", challenge.slug));
    return page_response(request, services.templates.render_page("challenge", std::move(page),
                                                                 challenge.title, request.visitor));
}

Result<Response> new_challenge_page(const Request& request, Services& services)
{
    RUNDUM_TRY(may_manage(request));
    return form_page(request, services, ChallengeForm{}, true, {}, 200);
}

Result<Response> create_challenge(const Request& request, Services& services)
{
    RUNDUM_TRY(may_manage(request));
    const Form form = Form::parse(request.body);
    if (!is_complete_challenge_form(form, true)) {
        return fail(ErrorCode::Invalid, "error.form.incomplete");
    }
    RUNDUM_TRY_ASSIGN(existing, services.store.list_challenges());
    // Without a position a new challenge goes last.
    Challenge draft;
    draft.position = 1;
    for (const Challenge& challenge : existing) {
        draft.position = std::max(draft.position, challenge.position + 1);
    }
    draft.position = std::min(draft.position, MAX_CHALLENGE_POSITION);
    ChallengeForm typed;
    auto saved = read_challenge_form(form, true, draft, typed)
                     .and_then([&] { return validate_challenge(typed.challenge, existing, true); })
                     .and_then([&] { return services.store.save_challenge(typed.challenge); });
    if (!saved) {
        return invalid_form(request, services, typed, true, saved.error());
    }
    audit(request, services, "challenge_created", typed.challenge.title);
    return redirect_to("/herausforderungen/" + typed.challenge.slug + "?gespeichert=1");
}

Result<Response> challenge_edit_page(const Request& request, Services& services, std::string_view slug)
{
    RUNDUM_TRY(may_manage(request));
    RUNDUM_TRY_ASSIGN(challenge, find_challenge_or_fail(services, slug));
    return form_page(request, services, challenge_form_of(challenge), false, {}, 200);
}

Result<Response> save_challenge(const Request& request, Services& services, std::string_view slug)
{
    RUNDUM_TRY(may_manage(request));
    RUNDUM_TRY_ASSIGN(challenge, find_challenge_or_fail(services, slug));
    const Form form = Form::parse(request.body);
    if (!is_complete_challenge_form(form, false)) {
        return fail(ErrorCode::Invalid, "error.form.incomplete");
    }
    ChallengeForm typed;
    auto saved = read_challenge_form(form, false, challenge, typed)
                     .and_then([&] { return validate_challenge(typed.challenge, {}, false); })
                     .and_then([&] { return services.store.save_challenge(typed.challenge); });
    if (!saved) {
        return invalid_form(request, services, typed, false, saved.error());
    }
    audit(request, services, "challenge_edited", typed.challenge.title);
    return redirect_to("/herausforderungen/" + typed.challenge.slug + "?gespeichert=1");
}

Result<Response> delete_challenge(const Request& request, Services& services, std::string_view slug)
{
    RUNDUM_TRY(may_manage(request));
    RUNDUM_TRY_ASSIGN(challenge, find_challenge_or_fail(services, slug));
    if (!Form::parse(request.body).is_confirmed()) {
        return invalid_form(request, services, challenge_form_of(challenge), false,
                            Error{ErrorCode::Invalid, "challenge.error.delete_unconfirmed", {}, {}});
    }
    RUNDUM_TRY(services.store.delete_challenge(challenge.slug));
    audit(request, services, "challenge_deleted", challenge.title);
    return redirect_to("/herausforderungen");
}

} // namespace rundum::web
