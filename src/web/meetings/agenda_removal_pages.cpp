// SPDX-License-Identifier: EUPL-1.2
#include "web/meetings/agenda_removal_pages.hpp"

#include "core/permissions.hpp"
#include "web/http/error_pages.hpp"
#include "web/http/form.hpp"
#include "web/meetings/meeting_access.hpp"
#include "web/http/page_helpers.hpp"

namespace rundum::web {

Response remove_agenda_item(const Request& request, Services& services, std::string_view item_id)
{
    if (auto stop = require_member(request, services)) {
        return std::move(*stop);
    }
    auto item = agenda_item_or_fail(services, item_id);
    auto cities = services.store.list_cities();
    if (!item || !cities) {
        return error_response(request, services, !item ? item.error() : cities.error());
    }
    if (!may_remove_agenda_item(request.visitor.member(), *item, city_with_id(*cities, item->city_id))) {
        return forbidden(request, services);
    }
    // The button sits inside a disclosure; the field makes a stray POST change nothing.
    if (!Form::parse(request.body).is_confirmed()) {
        return error_response(request, services, Error{ErrorCode::Invalid, "meeting.error.remove_unconfirmed", {}, {}});
    }
    if (auto removed = services.store.delete_agenda_item(item->id); !removed) {
        return error_response(request, services, removed.error());
    }
    audit(request, services, "agenda_item_removed", item->title);
    return redirect_to("/treffen/" + item->meeting_id + "?entfernt=1#tagesordnung");
}

} // namespace rundum::web
