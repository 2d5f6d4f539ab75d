// SPDX-License-Identifier: EUPL-1.2
// Agenda attachment handlers, with the same safe handling as a project's (attachment_upload).
#include "web/meetings/agenda_attachment_pages.hpp"

#include "core/permissions.hpp"
#include "web/http/attachment_upload.hpp"
#include "web/meetings/meeting_access.hpp"
#include "web/http/page_helpers.hpp"

namespace rundum::web {

namespace {

// The item if `member` may add or remove its files: admins, and the proposing city's members.
Result<AgendaItem> attachable_item(Services& services, const User* member, std::string_view item_id)
{
    RUNDUM_TRY_ASSIGN(item, agenda_item_or_fail(services, item_id));
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    if (!is_allowed(member, Action::AttachToAgendaItem, city_with_id(cities, item.city_id))) {
        return fail(ErrorCode::Forbidden, "error.account.forbidden");
    }
    return item;
}

std::string item_anchor(const AgendaItem& item)
{
    return "/treffen/" + item.meeting_id + "#punkt-" + item.id;
}

} // namespace

Result<Response> upload_agenda_attachment(const Request& request, Services& services, std::string_view item_id)
{
    RUNDUM_TRY_ASSIGN(item, attachable_item(services, request.visitor.member(), item_id));
    RUNDUM_TRY_ASSIGN(upload, checked_upload(request, services));
    const auto& [info, bytes] = upload;
    RUNDUM_TRY(services.store.add_agenda_attachment(item.id, info, bytes));
    audit(request, services, "agenda_attachment_added", item.title + ": " + info.file_name);
    return redirect_to(item_anchor(item));
}

// Files of public agenda items are for everyone; the others only for members (the route is open
// to all, so the sign-in is asked for here).
Result<Response> download_agenda_attachment(const Request& request, Services& services, std::string_view item_id,
                                            std::string_view attachment_id)
{
    RUNDUM_TRY_ASSIGN(item, agenda_item_or_fail(services, item_id));
    RUNDUM_TRY_ASSIGN(public_ids, public_projects_of(services, {item}));
    const bool is_public = is_public_agenda_item(item, public_ids);
    if (!is_public) {
        if (auto stop = require_member(request, services)) {
            return std::move(*stop);
        }
    }
    RUNDUM_TRY_ASSIGN(file, services.store.agenda_attachment(item.id, attachment_id));
    if (!file) {
        return fail(ErrorCode::NotFound, "error.attachment.not_found");
    }
    return attachment_download(file->first, std::move(file->second), is_public);
}

Result<Response> remove_agenda_attachment(const Request& request, Services& services, std::string_view item_id,
                                          std::string_view attachment_id)
{
    RUNDUM_TRY_ASSIGN(item, attachable_item(services, request.visitor.member(), item_id));
    RUNDUM_TRY(services.store.remove_agenda_attachment(item.id, attachment_id));
    audit(request, services, "agenda_attachment_removed", item.title);
    return redirect_to(item_anchor(item));
}

} // namespace rundum::web
