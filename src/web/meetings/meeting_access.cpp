// SPDX-License-Identifier: EUPL-1.2
// Shared pieces of the meeting pages.
#include "web/meetings/meeting_access.hpp"

#include <algorithm>

#include "auth/tokens.hpp"
#include "core/calendar_date.hpp"
#include "core/meeting_rules.hpp"
#include "core/permissions.hpp"
#include "format/berlin_time.hpp"
#include "web/http/clock.hpp"

namespace rundum::web {

std::string meeting_now()
{
    return format::berlin_local_time(now_unix());
}

Result<Meeting> meeting_or_fail(Services& services, std::string_view id)
{
    RUNDUM_TRY_ASSIGN(meeting, services.store.find_meeting(id));
    if (!meeting) {
        return fail(ErrorCode::NotFound, "error.meeting.not_found");
    }
    return std::move(*meeting);
}

Result<AgendaItem> agenda_item_or_fail(Services& services, std::string_view id)
{
    RUNDUM_TRY_ASSIGN(item, services.store.find_agenda_item(id));
    if (!item) {
        return fail(ErrorCode::NotFound, "error.meeting.agenda_item_not_found");
    }
    return std::move(*item);
}

Result<void> require_meeting_admin(const Request& request)
{
    if (!is_allowed(request.visitor.member(), Action::ManageMeetings)) {
        return fail(ErrorCode::Forbidden, "error.account.forbidden");
    }
    return {};
}

std::string new_meeting_record_id(std::string_view prefix)
{
    return std::string(prefix) + auth::random_token().substr(0, 16);
}

Result<std::vector<std::string>> public_projects_of(Services& services, const std::vector<AgendaItem>& items)
{
    std::vector<std::string> ids;
    for (const AgendaItem& item : items) {
        if (item.kind == AgendaKind::ProjectPresentation) {
            ids.push_back(item.project_id);
        }
    }
    RUNDUM_TRY_ASSIGN(projects, services.store.find_projects(ids));
    std::vector<std::string> public_ids;
    for (const Project& project : projects) {
        if (project.visibility == ProjectVisibility::Public) {
            public_ids.push_back(project.id);
        }
    }
    return public_ids;
}

std::string readable_local_time(std::string_view local, const i18n::Catalogue& catalogue)
{
    if (!is_local_date_time(local)) {
        return std::string(local);
    }
    return catalogue.text("meeting.time_at", {readable_day(local), std::string(local.substr(11))});
}

std::string readable_meeting_time(const Meeting& meeting, const i18n::Catalogue& catalogue)
{
    if (!is_local_date_time(meeting.starts_at) || !is_local_date_time(meeting.ends_at)) {
        return meeting.starts_at;
    }
    if (date_part(meeting.starts_at) == date_part(meeting.ends_at)) {
        return catalogue.text("meeting.time_same_day", {readable_day(meeting.starts_at), meeting.starts_at.substr(11),
                                                        meeting.ends_at.substr(11)});
    }
    return readable_local_time(meeting.starts_at, catalogue) + " – " + readable_local_time(meeting.ends_at, catalogue);
}

Result<std::vector<MeetingMention>> meetings_with_accepted_item(Services& services, AgendaKind kind,
                                                                std::string_view subject)
{
    RUNDUM_TRY_ASSIGN(items, services.store.agenda_items_about(kind, subject));
    std::vector<Meeting> meetings;
    for (const AgendaItem& item : items) {
        if (item.status != AgendaStatus::Accepted ||
            std::any_of(meetings.begin(), meetings.end(), [&](const Meeting& m) { return m.id == item.meeting_id; })) {
            continue;
        }
        RUNDUM_TRY_ASSIGN(meeting, services.store.find_meeting(item.meeting_id));
        if (meeting && !meeting->is_cancelled) {
            meetings.push_back(std::move(*meeting));
        }
    }
    std::sort(meetings.begin(), meetings.end(),
              [](const Meeting& a, const Meeting& b) { return a.starts_at < b.starts_at; });
    std::vector<MeetingMention> mentions;
    for (const Meeting& meeting : meetings) {
        mentions.push_back(MeetingMention{meeting.title, "/treffen/" + meeting.id, readable_day(meeting.starts_at)});
    }
    return mentions;
}

} // namespace rundum::web
