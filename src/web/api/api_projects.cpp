// Project API handlers. The JSON shape is format::project_to_json (the same as export and
// saved versions); writes go through the same rules and versions as the form.
#include "web/api/api_projects.hpp"

#include <charconv>

#include <boost/json.hpp>

#include "core/permissions.hpp"
#include "core/project_rules.hpp"
#include "format/json_writer.hpp"
#include "format/project_json.hpp"
#include "search/documents.hpp"
#include "web/city_consent.hpp"
#include "web/http/clock.hpp"
#include "web/http/error_pages.hpp"
#include "web/http/edit_token.hpp"
#include "web/http/json_response.hpp"
#include "web/http/form.hpp"
#include "web/http/page_helpers.hpp"
#include "web/projects/project_access.hpp"
#include "web/search/search_access.hpp"

namespace rundum::web {

namespace json = boost::json;

namespace {

constexpr std::size_t API_PAGE_SIZE = 50;

bool sees_members_only(const Request& request)
{
    return is_allowed(request.visitor.member(), Action::ViewMembersOnly);
}

std::size_t page_of(const Form& form)
{
    const std::string text = form.value("page");
    std::size_t page = 1;
    if (std::from_chars(text.data(), text.data() + text.size(), page).ec != std::errc{} || page < 1 || page > 10'000) {
        page = 1;
    }
    return page;
}

json::object project_json(const Services& services, const Project& project, const std::string& city_slug)
{
    json::object out = format::project_to_json(project);
    out["city"] = city_slug;
    out["url"] = services.config.base_url + "/praxisbeispiele/" + project.id;
    json::array files;
    for (const AttachmentInfo& file : project.attachments) {
        json::object described = format::attachment_to_json(file);
        described["url"] = services.config.base_url + "/praxisbeispiele/" + project.id + "/anhaenge/" + file.id;
        files.emplace_back(std::move(described));
    }
    out["attachments"] = std::move(files);
    return out;
}

json::array hit_list(const search::SearchResults& results)
{
    json::array hits;
    for (const search::SearchHit& hit : results.hits) {
        hits.emplace_back(json::object{{"kind", hit.kind},
                                       {"id", hit.id},
                                       {"title", hit.title},
                                       {"snippet_html", hit.snippet_html},
                                       {"path", hit_path(hit)}});
    }
    return hits;
}

json::object facet_json(const search::SearchResults& results)
{
    json::object facets;
    for (const auto& [name, values] : results.facets) {
        json::array list;
        for (const search::FacetCount& value : values) {
            list.emplace_back(json::object{{"value", value.value}, {"count", value.count}});
        }
        facets[name] = std::move(list);
    }
    return facets;
}

// Writes need a personal API token: a browser's session cookie is not enough, so no other
// site can make a member's browser write (no CSRF on the API).
std::optional<Response> require_token(const Request& request, Services& services)
{
    if (!request.visitor.by_api_token || !request.visitor.is_signed_in()) {
        return error_response(request, services, Error{ErrorCode::Unauthorised, "error.api_token.needed", {}, {}});
    }
    return std::nullopt;
}

Result<std::string> city_slug_of(Services& services, const std::string& city_id)
{
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    for (const City& city : cities) {
        if (city.id == city_id) {
            return city.slug;
        }
    }
    return std::string();
}

// The ETag of a project: the state of what is stored, as versions keep it.
std::string project_tag(const Project& project)
{
    return entity_tag(state_of(format::compact_json(format::project_to_json(project))));
}

std::string changed_by(const Request& request)
{
    const User& user = *request.visitor.user;
    return (user.name.empty() ? user.email : user.name) + " (API)";
}

// What a project's JSON says about its contact's consent besides `publish`: the `basis` a new
// consent is recorded on (required for one, as on the form) and `inform` (mail the person).
ContactConsentInput consent_input_of(std::string_view body)
{
    boost::system::error_code parse_error;
    const json::value root = json::parse(body, parse_error);
    ContactConsentInput input;
    const json::object* project = parse_error ? nullptr : root.if_object();
    const json::value* contact = project != nullptr ? project->if_contains("contact") : nullptr;
    if (contact != nullptr && contact->is_object()) {
        if (const json::value* basis = contact->as_object().if_contains("basis"); basis && basis->is_string()) {
            input.basis = std::string(basis->as_string());
        }
        if (const json::value* inform = contact->as_object().if_contains("inform"); inform && inform->is_bool()) {
            input.inform = inform->as_bool();
        }
    }
    return input;
}

// Reads, checks and stores a project sent as JSON; `current` is the stored one for PUT.
Response store_from_body(const Request& request, Services& services, const std::optional<Project>& current)
{
    auto sent = format::project_from_json_text(request.body);
    if (!sent) {
        return error_response(request, services, sent.error());
    }
    Project project = std::move(*sent);
    const std::string now = now_iso();
    if (current && !if_match_allows(request.if_match, project_tag(*current))) {
        // Changed since the client read it: nothing is overwritten (RFC 9110 13.1.1).
        Response refused = error_response(request, services, Error{ErrorCode::Conflict, "error.project.changed_meanwhile", {}, {}});
        refused.status = 412;
        refused.with_header("ETag", project_tag(*current));
        return refused;
    }
    if (current) {
        project.id = current->id; // the URL names the project; the body cannot move it elsewhere
        project.city_id = current->city_id;
        project.created_at = current->created_at;
    } else {
        auto city = city_for_new_project(services, *request.visitor.user, project.city_id);
        if (!city) {
            return error_response(request, services, city.error());
        }
        project.id = new_project_id();
        project.city_id = city->id;
        project.created_at = now;
    }
    project.updated_at = now;
    project.is_example = current ? current->is_example : false;
    auto topics = services.store.list_topics();
    if (!topics) {
        return error_response(request, services, topics.error());
    }
    if (auto valid = validate_project(project, *topics); !valid) {
        return error_response(request, services, valid.error());
    }
    if (auto saved = save_project_version(request, services, current, project, consent_input_of(request.body),
                                          changed_by(request));
        !saved) {
        return error_response(request, services, saved.error());
    }
    audit(request, services, current ? "project_edited" : "project_created", project.title);
    auto slug = city_slug_of(services, project.city_id);
    Response response = json_response(json::object{{"project", project_json(services, project, slug.value_or(""))}},
                                      current ? 200 : 201);
    if (!current) {
        response.with_header("Location", "/api/v1/projects/" + project.id);
    }
    if (auto stored = services.store.find_project(project.id); stored && *stored) {
        response.with_header("ETag", project_tag(**stored)); // as a GET will tag it
    }
    return response;
}

} // namespace

Response api_projects(const Request& request, Services& services)
{
    const Form form = Form::parse(request.query);
    search::SearchQuery query;
    query.text = form.value("q").substr(0, 200);
    query.kinds = {std::string(search::PROJECT_KIND)};
    for (const char* facet : {"topic", "city", "status", "year", "target"}) {
        for (const std::string& value : form.values(facet)) {
            query.filters[facet].push_back(value);
        }
    }
    query.include_members_only = sees_members_only(request);
    query.sort = query.text.empty() ? search::SortOrder::Newest : search::SortOrder::Relevance;
    const std::size_t page = page_of(form);
    query.offset = (page - 1) * API_PAGE_SIZE;
    query.limit = API_PAGE_SIZE;
    query.facets = {"topic", "city", "status", "year"};
    auto results = search_now(services, query);
    if (!results) {
        return error_response(request, services, results.error());
    }
    auto found = services.store.find_projects(hit_ids(*results));
    auto cities = services.store.list_cities();
    if (!found || !cities) {
        return error_response(request, services, !found ? found.error() : cities.error());
    }
    std::map<std::string, std::string> slugs;
    for (const City& city : *cities) {
        slugs.emplace(city.id, city.slug);
    }
    json::array projects;
    for (const Project& project : *found) {
        projects.emplace_back(
            project_json(services, as_seen_by(project, request.visitor.member()), slugs[project.city_id]));
    }
    Response response = json_response(json::object{{"total", results->total},
                                                   {"page", page},
                                                   {"page_size", API_PAGE_SIZE},
                                                   {"projects", std::move(projects)},
                                                   {"facets", facet_json(*results)}});
    if (request.visitor.is_signed_in()) {
        response.with_header("Cache-Control", "no-store");
    }
    return response;
}

Response api_project(const Request& request, Services& services, std::string_view id)
{
    auto found = visible_project(services, request.visitor.member(), id);
    if (!found) {
        return error_response(request, services, found.error());
    }
    // The public's tag is of what it sees: a tag of the whole state would let a guess at an
    // unpublished address be checked.
    const Project seen = as_seen_by(found->project, request.visitor.member());
    Response response = json_response(json::object{{"project", project_json(services, seen, found->city.slug)}});
    response.with_header("ETag", project_tag(seen)); // for If-Match on PUT
    if (found->project.visibility != ProjectVisibility::Public) {
        response.with_header("Cache-Control", "no-store");
    }
    return response;
}

Response api_search(const Request& request, Services& services)
{
    const Form form = Form::parse(request.query);
    search::SearchQuery query;
    query.text = form.value("q").substr(0, 200);
    query.include_members_only = sees_members_only(request);
    const std::size_t page = page_of(form);
    query.offset = (page - 1) * API_PAGE_SIZE;
    query.limit = API_PAGE_SIZE;
    query.facets = {"topic", "city", "status", "year"};
    auto results = search_now(services, query);
    if (!results) {
        return error_response(request, services, results.error());
    }
    json::object corrections;
    for (const auto& [typed, used] : results->corrections) {
        corrections[typed] = used;
    }
    Response response = json_response(json::object{{"total", results->total},
                                                   {"page", page},
                                                   {"hits", hit_list(*results)},
                                                   {"facets", facet_json(*results)},
                                                   {"corrections", std::move(corrections)}});
    if (request.visitor.is_signed_in()) {
        response.with_header("Cache-Control", "no-store");
    }
    return response;
}

Response api_topics(const Request& request, Services& services)
{
    auto topics = services.store.list_topics();
    if (!topics) {
        return error_response(request, services, topics.error());
    }
    json::array list;
    for (const Topic& topic : *topics) {
        list.emplace_back(format::topic_to_json(topic));
    }
    return json_response(json::object{{"topics", std::move(list)}});
}

Response api_create_project(const Request& request, Services& services)
{
    if (auto stop = require_token(request, services)) {
        return std::move(*stop);
    }
    return store_from_body(request, services, std::nullopt);
}

Response api_replace_project(const Request& request, Services& services, std::string_view id)
{
    if (auto stop = require_token(request, services)) {
        return std::move(*stop);
    }
    auto found = editable_project(services, request.visitor.member(), id);
    if (!found) {
        return error_response(request, services, found.error());
    }
    return store_from_body(request, services, found->project);
}

Response api_delete_project(const Request& request, Services& services, std::string_view id)
{
    if (auto stop = require_token(request, services)) {
        return std::move(*stop);
    }
    auto found = editable_project(services, request.visitor.member(), id);
    if (!found) {
        return error_response(request, services, found.error());
    }
    if (auto removed = services.store.delete_project(found->project.id); !removed) {
        return error_response(request, services, removed.error());
    }
    audit(request, services, "project_deleted", found->project.title);
    Response response{204, "application/json", "", {}};
    return response;
}

} // namespace rundum::web
