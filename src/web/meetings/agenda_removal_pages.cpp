// SPDX-License-Identifier: EUPL-1.2
// Taking an item off a meeting (see the header).
#include "web/meetings/agenda_removal_pages.hpp"

#include "core/permissions.hpp"
#include "web/http/form.hpp"
#include "web/meetings/meeting_access.hpp"
#include "web/http/page_helpers.hpp"

namespace rundum::web {

Result<Response> remove_agenda_item(const Request& request, Services& services, std::string_view item_id)
{
    RUNDUM_TRY_ASSIGN(item, agenda_item_or_fail(services, item_id));
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    if (!may_remove_agenda_item(request.visitor.member(), item, city_with_id(cities, item.city_id))) {
        return fail(ErrorCode::Forbidden, "error.account.forbidden");
    }
    // The button sits inside a disclosure; the field makes a stray POST change nothing.
    if (!Form::parse(request.body).is_confirmed()) {
        return fail(ErrorCode::Invalid, "meeting.error.remove_unconfirmed");
    }
    RUNDUM_TRY(services.store.delete_agenda_item(item.id));
    audit(request, services, "agenda_item_removed", item.title);
    return redirect_to("/treffen/" + item.meeting_id + "?entfernt=1#tagesordnung");
}

} // namespace rundum::web
