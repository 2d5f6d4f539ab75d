// SPDX-License-Identifier: EUPL-1.2
// Builds the template fields of pilot projects: words for roles and statuses, the progress of
// the milestones, Markdown rendered safely.
#include "web/pilots/pilot_view.hpp"

#include "core/pilot_rules.hpp"
#include "core/text.hpp"
#include "format/markdown.hpp"
#include "web/challenges/challenge_view.hpp"
#include "web/cities/city_view.hpp"
#include "web/http/error_pages.hpp"
#include "web/projects/project_view.hpp"

namespace rundum::web {

namespace {

std::string city_name(const CitiesById& cities, const std::string& id)
{
    auto found = cities.find(id);
    return found == cities.end() ? id : found->second.name;
}

std::string city_slug(const CitiesById& cities, const std::string& id)
{
    auto found = cities.find(id);
    return found == cities.end() ? "" : found->second.slug;
}

std::string role_label(PilotRole role, const i18n::Catalogue& catalogue)
{
    return catalogue.text("pilot.role." + std::string(pilot_role_key(role)));
}

std::string status_label(PilotStatus status, const i18n::Catalogue& catalogue)
{
    return catalogue.text("pilot.status." + std::string(pilot_status_key(status)));
}

std::string milestone_status_label(MilestoneStatus status, const i18n::Catalogue& catalogue)
{
    return catalogue.text("pilot.milestone_status." + std::string(milestone_status_key(status)));
}

// "Jena (federführend), Leipzig (Partner)"
std::string cities_text(const PilotProject& pilot, const CitiesById& cities, const i18n::Catalogue& catalogue)
{
    std::string text;
    for (const PilotPartner& partner : pilot.partners) {
        if (!text.empty()) {
            text += ", ";
        }
        text += city_name(cities, partner.city_id) + " (" + role_label(partner.role, catalogue) + ")";
    }
    return text;
}

std::string milestone_with_day(const PilotMilestone& milestone)
{
    return milestone.title + " (" + readable_day(milestone.due_date) + ")";
}

void set_progress(TemplateData& view, const PilotProject& pilot, const std::string& today,
                  const i18n::Catalogue& catalogue)
{
    const PilotProgress progress = pilot_progress(pilot, today);
    view.set("progress", catalogue.text("pilot.progress", {std::to_string(progress.reached),
                                                           std::to_string(progress.total)}));
    view.set("next_milestone", progress.next ? milestone_with_day(*progress.next)
                                             : catalogue.text("pilot.next_none"));
    std::string overdue;
    for (const PilotMilestone& milestone : progress.overdue) {
        overdue += (overdue.empty() ? "" : "; ") + milestone_with_day(milestone);
    }
    view.set("has_overdue", !progress.overdue.empty());
    view.set("overdue", progress.overdue.empty()
                            ? catalogue.text("pilot.overdue_none")
                            : catalogue.text("pilot.overdue_some", {std::to_string(progress.overdue.size()), overdue}));
}

kainjow::mustache::list text_items(const std::vector<std::string>& items)
{
    kainjow::mustache::list list;
    for (const std::string& item : items) {
        list.emplace_back(TemplateData("text", item));
    }
    return list;
}

std::string period_text(const PilotProject& pilot)
{
    if (pilot.start_date.empty() && pilot.end_date.empty()) {
        return "";
    }
    return (pilot.start_date.empty() ? "…" : readable_day(pilot.start_date)) + " – " +
           (pilot.end_date.empty() ? "…" : readable_day(pilot.end_date));
}

kainjow::mustache::list partner_items(const PilotProject& pilot, const CitiesById& cities,
                                      const std::map<std::string, Project>& local_projects,
                                      const PilotPageRights& rights, const i18n::Catalogue& catalogue)
{
    kainjow::mustache::list partners;
    for (const PilotPartner& partner : pilot.partners) {
        TemplateData item{TemplateData::type::object};
        const std::string slug = city_slug(cities, partner.city_id);
        item.set("city_slug", slug);
        item.set("city_name", city_name(cities, partner.city_id));
        item.set("role", role_label(partner.role, catalogue));
        if (auto project = local_projects.find(partner.local_project_id); project != local_projects.end()) {
            item.set("has_project", true);
            item.set("project_url", "/praxisbeispiele/" + project->second.id);
            item.set("project_title", project->second.title);
        }
        set_if_not_empty(item, "note", partner.note);
        if (rights.is_admin || (!slug.empty() && slug == rights.own_entry_city)) {
            item.set("edit_url", "/pilotprojekte/" + pilot.slug + "/partner/" + slug);
        }
        partners.push_back(item);
    }
    return partners;
}

kainjow::mustache::list milestone_items(const PilotProject& pilot, const std::string& today,
                                        const i18n::Catalogue& catalogue)
{
    kainjow::mustache::list milestones;
    for (const PilotMilestone& milestone : pilot.milestones) {
        TemplateData item{TemplateData::type::object};
        item.set("title", milestone.title);
        item.set("due", readable_day(milestone.due_date));
        item.set("status", milestone_status_label(milestone.status, catalogue));
        item.set("is_overdue", milestone.status != MilestoneStatus::Reached && milestone.due_date < today);
        set_if_not_empty(item, "note", milestone.note);
        milestones.push_back(item);
    }
    return milestones;
}

} // namespace

FormRefusal refusal_at(const std::string& field, const Error& error, const i18n::Catalogue& catalogue)
{
    return FormRefusal{{{field, catalogue.text(error)}}, http_status(error.code)};
}

FormRefusal unconfirmed(const std::string& key, const i18n::Catalogue& catalogue)
{
    return refusal_at("confirm", Error{ErrorCode::Invalid, key, {}, {}}, catalogue);
}

Response pilot_form_page(const Request& request, Services& services, const std::string& template_name,
                         TemplateData page, const std::string& title_key, const FormRefusal& refusal)
{
    page.set("nav_pilots", true);
    if (!refusal.errors.empty()) {
        set_field_errors(page, refusal.errors);
    }
    Response response = html_page(request, services, template_name, std::move(page), title_key);
    response.status = refusal.status;
    return response;
}

TemplateData pilot_list_view(const std::vector<PilotProject>& pilots, const CitiesById& cities,
                             const std::string& today, const i18n::Catalogue& catalogue)
{
    TemplateData view{TemplateData::type::object};
    kainjow::mustache::list rows;
    for (const PilotProject& pilot : pilots) {
        TemplateData row{TemplateData::type::object};
        row.set("slug", pilot.slug);
        row.set("title", pilot.title);
        row.set("cities", cities_text(pilot, cities, catalogue));
        row.set("status", status_label(pilot.status, catalogue));
        row.set("is_members_only", pilot.visibility != ProjectVisibility::Public);
        set_progress(row, pilot, today, catalogue);
        rows.push_back(row);
    }
    view.set("has_pilots", !rows.empty());
    view.set("pilots", rows);
    return view;
}

TemplateData pilot_page_view(const PilotProject& pilot, const CitiesById& cities,
                             const std::map<std::string, Project>& local_projects, const PilotPageRights& rights,
                             const std::string& today, const i18n::Catalogue& catalogue)
{
    TemplateData view{TemplateData::type::object};
    view.set("slug", pilot.slug);
    view.set("pilot_title", pilot.title);
    set_if_not_empty(view, "summary", pilot.summary);
    view.set("status", status_label(pilot.status, catalogue));
    set_if_not_empty(view, "period", period_text(pilot));
    view.set("is_public", pilot.visibility == ProjectVisibility::Public);
    if (pilot.description.find_first_not_of(" \n\r\t") != std::string::npos) {
        // cmark-gfm in safe mode escapes: the template inserts it raw.
        view.set("description_html", format::markdown_to_html(pilot.description));
    }
    view.set("has_goals", !pilot.goals.empty());
    view.set("goals", text_items(pilot.goals));
    set_progress(view, pilot, today, catalogue);

    view.set("partners", partner_items(pilot, cities, local_projects, rights, catalogue));
    kainjow::mustache::list milestones = milestone_items(pilot, today, catalogue);
    view.set("has_milestones", !milestones.empty());
    view.set("milestones", milestones);
    view.set("can_manage", rights.manage);
    view.set("see_documents", rights.see_documents);
    view.set("can_upload", rights.upload);
    if (rights.see_documents) {
        kainjow::mustache::list documents = attachment_items(pilot.documents, "/pilotprojekte/" + pilot.slug + "/dokumente");
        for (std::size_t i = 0; i < documents.size(); ++i) {
            // Partners remove only their own city's documents: the button says so too.
            documents[i].set("can_remove", rights.removable_documents.contains(pilot.documents[i].id));
        }
        view.set("has_documents", !documents.empty());
        view.set("documents", documents);
    }
    return view;
}

TemplateData pilot_form_view(const PilotForm& form, bool is_new, const std::vector<City>& cities,
                             const i18n::Catalogue& catalogue)
{
    const PilotProject& pilot = form.pilot;
    TemplateData view{TemplateData::type::object};
    view.set("is_new", is_new);
    view.set("action", is_new ? std::string("/pilotprojekte/neu") : "/pilotprojekte/" + pilot.slug + "/bearbeiten");
    view.set("slug", pilot.slug);
    view.set("slug_text", form.slug_text);
    view.set("pilot_title", pilot.title);
    view.set("summary", pilot.summary);
    view.set("description", pilot.description);
    view.set("goals", form.goals_text);
    view.set("start_date", pilot.start_date);
    view.set("end_date", pilot.end_date);
    view.set("is_public", pilot.visibility == ProjectVisibility::Public);
    kainjow::mustache::list statuses;
    for (PilotStatus status : all_pilot_statuses()) {
        TemplateData item{TemplateData::type::object};
        item.set("key", std::string(pilot_status_key(status)));
        item.set("label", status_label(status, catalogue));
        item.set("selected", status == pilot.status);
        statuses.push_back(item);
    }
    view.set("statuses", statuses);
    kainjow::mustache::list city_rows;
    for (const City& city : cities) {
        auto chosen = form.roles.find(city.id);
        const std::string role = chosen == form.roles.end() ? "" : chosen->second;
        TemplateData item{TemplateData::type::object};
        item.set("city_slug", city.slug);
        item.set("city_name", city.name);
        item.set("is_none", role.empty());
        item.set("is_lead", role == pilot_role_key(PilotRole::Lead));
        item.set("is_partner", role == pilot_role_key(PilotRole::Partner));
        city_rows.push_back(item);
    }
    view.set("cities", city_rows);
    return view;
}

TemplateData milestone_form_view(const PilotProject& pilot, const std::vector<MilestoneRow>& rows,
                                 const i18n::Catalogue& catalogue)
{
    TemplateData view{TemplateData::type::object};
    view.set("slug", pilot.slug);
    view.set("pilot_title", pilot.title);
    kainjow::mustache::list items;
    auto add_row = [&](const MilestoneRow& typed, bool is_new) {
        const std::string row = std::to_string(items.size());
        TemplateData item{TemplateData::type::object};
        item.set("row", row);
        item.set("number", std::to_string(items.size() + 1));
        item.set("is_new", is_new);
        item.set("id", typed.milestone.id);
        item.set("title", typed.milestone.title);
        item.set("due", typed.milestone.due_date);
        item.set("note", typed.milestone.note);
        item.set("remove", typed.remove);
        if (!typed.error_field.empty()) {
            item.set(typed.error_field + "_error", typed.error_message);
            item.set(typed.error_field + "_invalid", true);
        }
        kainjow::mustache::list statuses;
        for (MilestoneStatus status : all_milestone_statuses()) {
            TemplateData option{TemplateData::type::object};
            option.set("key", std::string(milestone_status_key(status)));
            option.set("label", milestone_status_label(status, catalogue));
            option.set("selected", status == typed.milestone.status);
            statuses.push_back(option);
        }
        item.set("statuses", statuses);
        items.push_back(item);
    };
    for (const MilestoneRow& typed : rows) {
        add_row(typed, typed.milestone.id.empty());
    }
    add_row(MilestoneRow{}, true);
    view.set("rows", items);
    view.set("count", std::to_string(items.size()));
    return view;
}

TemplateData partner_form_view(const PilotProject& pilot, const City& city, const PilotPartner& typed,
                               const std::vector<Project>& city_projects)
{
    TemplateData view{TemplateData::type::object};
    view.set("slug", pilot.slug);
    view.set("pilot_title", pilot.title);
    view.set("city_slug", city.slug);
    view.set("city_name", city.name);
    view.set("note", typed.note);
    view.set("no_project", typed.local_project_id.empty());
    kainjow::mustache::list projects;
    for (const Project& project : city_projects) {
        TemplateData item{TemplateData::type::object};
        item.set("id", project.id);
        item.set("title", project.title);
        item.set("selected", project.id == typed.local_project_id);
        projects.push_back(item);
    }
    view.set("projects", projects);
    return view;
}

void set_pilot_links(TemplateData& page, const std::vector<PilotProject>& pilots)
{
    kainjow::mustache::list links;
    for (const PilotProject& pilot : pilots) {
        TemplateData item{TemplateData::type::object};
        item.set("url", "/pilotprojekte/" + pilot.slug);
        item.set("title", pilot.title);
        links.push_back(item);
    }
    page.set("pilot_links", links);
}

} // namespace rundum::web
