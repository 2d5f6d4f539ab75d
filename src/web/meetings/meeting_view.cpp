// SPDX-License-Identifier: EUPL-1.2
// Template fields of the meeting pages. Members-only parts (online link, description,
// proposals, registrations, minutes, decisions, action items) are set only for members.
#include "web/meetings/meeting_view.hpp"

#include <algorithm>

#include "core/calendar_date.hpp"
#include "core/permissions.hpp"
#include "format/markdown.hpp"
#include "web/cities/city_view.hpp"
#include "web/meetings/meeting_access.hpp"
#include "web/projects/project_view.hpp"

namespace rundum::web {

namespace {

std::string city_name(const std::vector<City>& cities, const std::string& id)
{
    const City* city = city_with_id(cities, id);
    return city != nullptr ? city->name : std::string();
}

std::string city_slug(const std::vector<City>& cities, const std::string& id)
{
    const City* city = city_with_id(cities, id);
    return city != nullptr ? city->slug : std::string();
}

TemplateData meeting_summary(const Meeting& meeting, const std::vector<City>& cities,
                             const i18n::Catalogue& catalogue)
{
    TemplateData entry{TemplateData::type::object};
    entry.set("id", meeting.id);
    entry.set("title", meeting.title);
    entry.set("when", readable_meeting_time(meeting, catalogue));
    entry.set("host_name", city_name(cities, meeting.host_city_id));
    entry.set("host_slug", city_slug(cities, meeting.host_city_id));
    set_if_not_empty(entry, "venue", meeting.venue);
    entry.set("is_cancelled", meeting.is_cancelled);
    return entry;
}

kainjow::mustache::list lines_of(const std::vector<std::string>& lines)
{
    kainjow::mustache::list list;
    for (const std::string& line : lines) {
        TemplateData entry{TemplateData::type::object};
        entry.set("text", line);
        list.push_back(entry);
    }
    return list;
}

void set_registrations(TemplateData& view, const MeetingPage& page, const User* member,
                       const i18n::Catalogue& catalogue)
{
    kainjow::mustache::list rows;
    for (const Registration& registration : page.registrations) {
        TemplateData row{TemplateData::type::object};
        row.set("city_name", city_name(page.cities, registration.city_id));
        const auto online = std::count_if(registration.attendees.begin(), registration.attendees.end(),
                                          [](const Attendee& a) { return a.is_online; });
        row.set("on_site", std::to_string(static_cast<long>(registration.attendees.size()) - online));
        row.set("online", std::to_string(online));
        std::string names;
        for (const Attendee& attendee : registration.attendees) {
            names += (names.empty() ? "" : ", ") + attendee.name;
        }
        row.set("names", names);
        if (is_allowed(member, Action::ViewRegistrationNote, city_with_id(page.cities, registration.city_id))) {
            set_if_not_empty(row, "note", registration.note);
        }
        rows.push_back(row);
    }
    view.set("registrations", rows);
    view.set("has_registrations", !page.registrations.empty());
    view.set("registration_total", attendee_counts(page.registrations, catalogue));
    view.set("registered_cities", std::to_string(page.registrations.size()));
}

void set_actions(TemplateData& view, const MeetingPage& page, const User* member)
{
    const std::string today = date_part(page.now);
    kainjow::mustache::list actions;
    for (const ActionItem& action : page.actions) {
        TemplateData entry{TemplateData::type::object};
        entry.set("id", action.id);
        entry.set("text", action.text);
        entry.set("city_name", city_name(page.cities, action.city_id));
        set_if_not_empty(entry, "due", readable_day(action.due_date));
        entry.set("is_done", action.is_done);
        entry.set("is_overdue", !action.is_done && !action.due_date.empty() && action.due_date < today);
        const City* city = city_with_id(page.cities, action.city_id);
        entry.set("can_complete", city != nullptr && is_allowed(member, Action::CompleteActionItem, city));
        entry.set("return_to", "/treffen/" + page.meeting.id + "#aufgaben");
        actions.push_back(entry);
    }
    view.set("actions", actions);
    view.set("has_actions", !page.actions.empty());
}

} // namespace

kainjow::mustache::list city_options(const std::vector<City>& cities, const std::string& selected_id)
{
    kainjow::mustache::list options;
    for (const City& city : cities) {
        TemplateData option{TemplateData::type::object};
        option.set("id", city.id);
        option.set("slug", city.slug);
        option.set("name", city.name);
        option.set("selected", city.id == selected_id);
        options.push_back(option);
    }
    return options;
}

std::string attendee_counts(const std::vector<Registration>& registrations, const i18n::Catalogue& catalogue)
{
    long on_site = 0;
    long online = 0;
    for (const Registration& registration : registrations) {
        for (const Attendee& attendee : registration.attendees) {
            ++(attendee.is_online ? online : on_site);
        }
    }
    return catalogue.text("meeting.registration.counts", {std::to_string(on_site), std::to_string(online)});
}

TemplateData agenda_item_view(const AgendaItem& item, const std::vector<City>& cities,
                              const std::vector<Project>& projects, const i18n::Catalogue& catalogue)
{
    TemplateData entry{TemplateData::type::object};
    entry.set("id", item.id);
    entry.set("title", item.title);
    entry.set("kind", catalogue.text("meeting.kind." + std::string(agenda_kind_key(item.kind))));
    entry.set("status", catalogue.text("meeting.status." + std::string(agenda_status_key(item.status))));
    entry.set("is_proposed", item.status == AgendaStatus::Proposed);
    entry.set("is_declined", item.status == AgendaStatus::Declined);
    set_if_not_empty(entry, "start_time", item.start_time);
    if (item.duration_minutes > 0) {
        entry.set("duration", catalogue.text("meeting.minutes_count", {std::to_string(item.duration_minutes)}));
    }
    set_if_not_empty(entry, "city_name", city_name(cities, item.city_id));
    // Absent would let a list look up the page's own "note" (the add form's).
    if (item.note.empty()) {
        entry.set("note", false);
    } else {
        entry.set("note", item.note);
    }
    if (item.kind == AgendaKind::ProjectPresentation) {
        entry.set("subject_url", "/praxisbeispiele/" + item.project_id);
        auto project = std::find_if(projects.begin(), projects.end(),
                                    [&](const Project& p) { return p.id == item.project_id; });
        entry.set("subject_title", project != projects.end() ? project->title : item.project_id);
    } else if (item.kind == AgendaKind::ChallengeDiscussion) {
        entry.set("subject_url", "/herausforderungen/" + item.challenge_slug);
        entry.set("subject_title", catalogue.text("meeting.challenge_link"));
    }
    kainjow::mustache::list files = attachment_items(item.attachments, "/tagesordnungspunkte/" + item.id + "/anhaenge");
    entry.set("has_files", !files.empty());
    entry.set("files", files);
    entry.set("can_attach", false);
    entry.set("can_remove", false);
    return entry;
}

TemplateData meeting_page_view(const MeetingPage& page, const User* member, const i18n::Catalogue& catalogue)
{
    const Meeting& meeting = page.meeting;
    TemplateData view = meeting_summary(meeting, page.cities, catalogue);
    view.set("meeting_title", meeting.title);
    view.set("deadline", readable_local_time(meeting.registration_deadline, catalogue));
    const bool open = !meeting.is_cancelled && page.now <= meeting.registration_deadline;
    view.set("registration_open", open);
    view.set("is_member", member != nullptr);
    view.set("is_past", meeting.ends_at < page.now);
    kainjow::mustache::list agenda;
    kainjow::mustache::list proposals;
    for (const AgendaItem& item : page.agenda) {
        const bool is_public = is_public_agenda_item(item, page.public_project_ids);
        if (member == nullptr && !is_public) {
            continue;
        }
        TemplateData entry = agenda_item_view(item, page.cities, page.projects, catalogue);
        const City* proposer = city_with_id(page.cities, item.city_id);
        entry.set("can_attach", member != nullptr && is_allowed(member, Action::AttachToAgendaItem, proposer));
        entry.set("can_remove", may_remove_agenda_item(member, item, proposer));
        entry.set("is_proposal", item.status == AgendaStatus::Proposed);
        if (member == nullptr) {
            // The proposer's note is for the members.
            entry.set("note", false);
        }
        (item.status == AgendaStatus::Accepted ? agenda : proposals).push_back(entry);
    }
    view.set("has_agenda", !agenda.empty());
    view.set("agenda", agenda);
    if (member == nullptr) {
        return view;
    }
    view.set("has_proposals", !proposals.empty());
    view.set("proposals", proposals);
    set_if_not_empty(view, "online_link", meeting.online_link);
    if (!meeting.description.empty()) {
        view.set("description_html", format::markdown_to_html(meeting.description));
    }
    if (!meeting.minutes.empty()) {
        view.set("minutes_html", format::markdown_to_html(meeting.minutes));
    }
    view.set("decisions", lines_of(meeting.decisions));
    view.set("has_decisions", !meeting.decisions.empty());
    set_registrations(view, page, member, catalogue);
    set_actions(view, page, member);
    const bool is_admin = is_allowed(member, Action::ManageMeetings);
    view.set("can_manage", is_admin);
    view.set("can_propose", !meeting.is_cancelled);
    view.set("can_register", is_admin || !member->city_id.empty());
    return view;
}

TemplateData meeting_list_view(const std::vector<Meeting>& meetings, const std::vector<City>& cities,
                               const std::string& now, const i18n::Catalogue& catalogue)
{
    kainjow::mustache::list upcoming;
    std::vector<const Meeting*> past;
    for (const Meeting& meeting : meetings) {
        if (meeting.ends_at >= now) {
            upcoming.push_back(meeting_summary(meeting, cities, catalogue));
        } else {
            past.push_back(&meeting);
        }
    }
    kainjow::mustache::list past_list;
    for (auto it = past.rbegin(); it != past.rend(); ++it) {
        past_list.push_back(meeting_summary(**it, cities, catalogue));
    }
    TemplateData view{TemplateData::type::object};
    view.set("upcoming", upcoming);
    view.set("has_upcoming", !upcoming.empty());
    view.set("past", past_list);
    view.set("has_past", !past_list.empty());
    return view;
}

TemplateData meeting_form_view(const Meeting& meeting, const std::vector<City>& cities, bool is_new)
{
    TemplateData view{TemplateData::type::object};
    view.set("is_new", is_new);
    view.set("id", meeting.id);
    view.set("meeting_title", meeting.title);
    view.set("starts_at", meeting.starts_at);
    view.set("ends_at", meeting.ends_at);
    view.set("registration_deadline", meeting.registration_deadline);
    view.set("venue", meeting.venue);
    view.set("online_link", meeting.online_link);
    view.set("description", meeting.description);
    view.set("is_cancelled", meeting.is_cancelled);
    view.set("cities", city_options(cities, meeting.host_city_id));
    view.set("action", is_new ? std::string("/treffen/neu") : "/treffen/" + meeting.id + "/bearbeiten");
    return view;
}

} // namespace rundum::web
