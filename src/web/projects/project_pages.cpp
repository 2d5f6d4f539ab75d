// SPDX-License-Identifier: EUPL-1.2
// Project pages to read. The page shows a project as its visitor may see it, with what links to
// it (adoptions, questions, pilots, meetings); the versions page shows each save's changes.
#include "web/projects/project_pages.hpp"

#include "core/permissions.hpp"
#include "core/project_diff.hpp"
#include "format/project_json.hpp"
#include "web/adoptions/adoption_view.hpp"
#include "web/cities/contact_consent_writes.hpp"
#include "web/http/page_helpers.hpp"
#include "web/meetings/meeting_access.hpp"
#include "web/pilots/pilot_access.hpp"
#include "web/pilots/pilot_view.hpp"
#include "web/projects/project_access.hpp"
#include "web/projects/project_view.hpp"
#include "web/projects/version_view.hpp"
#include "web/questions/question_view.hpp"

namespace rundum::web {

namespace {

// "Vorgestellt bei": the meetings where the project was an accepted presentation.
Result<void> add_presentations(TemplateData& page, Services& services, const std::string& project_id)
{
    RUNDUM_TRY_ASSIGN(mentions, meetings_with_accepted_item(services, AgendaKind::ProjectPresentation, project_id));
    kainjow::mustache::list list;
    for (const MeetingMention& mention : mentions) {
        TemplateData entry{TemplateData::type::object};
        entry.set("title", mention.title);
        entry.set("url", mention.url);
        entry.set("date", mention.date);
        list.push_back(entry);
    }
    page.set("presentations", list);
    page.set("has_presentations", !mentions.empty());
    return {};
}

// What links to the project: adoptions, questions, pilots and meetings.
Result<void> add_links(TemplateData& page, Services& services, const ProjectWithCity& found, const User* member)
{
    RUNDUM_TRY(add_learning_view(page, services, found, member));
    RUNDUM_TRY(add_linked_questions(page, services, member, found.project.id, ""));
    RUNDUM_TRY_ASSIGN(pilots, pilots_linking(services, member, found.project.id));
    set_pilot_links(page, pilots);
    return add_presentations(page, services, found.project.id);
}

// The changes between two saved states. Status, visibility and consent are stored as keys;
// people read their names.
VersionDiff project_diff(const i18n::Catalogue& catalogue)
{
    return [&catalogue](const std::string& older, const std::string& newer) {
        auto before = format::project_from_json_text(older);
        auto after = format::project_from_json_text(newer);
        std::vector<FieldChange> changes = before && after ? diff_projects(*before, *after) : std::vector<FieldChange>{};
        for (FieldChange& change : changes) {
            if (change.field == "status" || change.field == "visibility" || change.field.starts_with("publish_")) {
                const std::string prefix =
                    change.field.starts_with("publish_") ? std::string("project.consent.") : "project." + change.field + ".";
                change.before = catalogue.text(prefix + change.before);
                change.after = catalogue.text(prefix + change.after);
            }
        }
        return changes;
    };
}

} // namespace

Result<Response> project_page(const Request& request, Services& services, std::string_view id)
{
    const User* member = request.visitor.member();
    RUNDUM_TRY_ASSIGN(found, visible_project(services, member, id));
    RUNDUM_TRY_ASSIGN(topics, services.store.list_topics());
    TemplateData page = project_view(as_seen_by(found.project, member), found.city, topics, services.catalogue);
    page.set("nav_projects", true);
    page.set("source_url", services.config.base_url + "/praxisbeispiele/" + found.project.id);
    page.set("can_edit", is_allowed(member, Action::EditProject, &found.city));
    page.set("saved", request.visitor.is_signed_in() && request.query == "gespeichert=1");
    page.set("interest_sent", request.visitor.is_signed_in() && request.query == "interesse=1");
    RUNDUM_TRY(add_links(page, services, found, member));
    Response response;
    response.body = services.templates.render_page("project", std::move(page), found.project.title, request.visitor);
    if (request.visitor.is_signed_in() || found.project.visibility != ProjectVisibility::Public) {
        response.with_header("Cache-Control", "no-store");
    }
    return response;
}

Result<Response> project_versions_page(const Request& request, Services& services, std::string_view id)
{
    RUNDUM_TRY_ASSIGN(found, editable_project(services, request.visitor.member(), id));
    RUNDUM_TRY_ASSIGN(versions, services.store.project_versions(found.project.id));
    RUNDUM_TRY_ASSIGN(records, services.store.consent_records(PROJECT_CONTACT, found.project.id));
    TemplateData page{TemplateData::type::object};
    page.set("id", found.project.id);
    page.set("project_title", found.project.title);
    page.set("versions", version_rows(versions, project_diff(services.catalogue), "project.field.", services.catalogue));
    page.set("has_versions", !versions.empty());
    page.set("consent_records", consent_record_rows(records, services.catalogue));
    page.set("has_consent_records", !records.empty());
    page.set("nav_projects", true);
    return html_page(request, services, "project_versions", std::move(page), "project.versions.title");
}

} // namespace rundum::web
