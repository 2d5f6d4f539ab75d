// SPDX-License-Identifier: EUPL-1.2
// Network meetings: list, page and calendar files for everyone (never cached: see meeting_pages), the admins' planning, agenda and minutes, the cities' proposals, registrations and action items.
#include "web/routes.hpp"

#include "web/meetings/agenda_attachment_pages.hpp"
#include "web/meetings/agenda_pages.hpp"
#include "web/meetings/agenda_removal_pages.hpp"
#include "web/meetings/meeting_calendar.hpp"
#include "web/meetings/meeting_pages.hpp"
#include "web/meetings/minutes_pages.hpp"
#include "web/meetings/registration_pages.hpp"

namespace rundum::web {

RouteList meeting_routes()
{
    RouteList routes;
    routes.push_back(get("/meetings.ics", meetings_calendar));
    routes.push_back(get("/treffen", meeting_list_page));
    routes.push_back(get("/treffen/neu", new_meeting_page).members());
    routes.push_back(post("/treffen/neu", create_meeting).members());
    routes.push_back(get("/treffen/{id}", meeting_page));
    routes.push_back(get("/treffen/{id}.ics", meeting_calendar_file));
    routes.push_back(get("/treffen/{id}/bearbeiten", meeting_edit_page).members());
    routes.push_back(post("/treffen/{id}/bearbeiten", save_meeting).members());
    routes.push_back(post("/treffen/{id}/loeschen", delete_meeting).members());
    routes.push_back(get("/treffen/{id}/vorschlagen", propose_page).members());
    routes.push_back(post("/treffen/{id}/vorschlagen", propose_item).members());
    routes.push_back(get("/treffen/{id}/tagesordnung", agenda_page).members());
    routes.push_back(post("/treffen/{id}/tagesordnung", save_agenda).members());
    routes.push_back(post("/treffen/{id}/tagesordnung/neu", add_agenda_item).members());
    routes.push_back(get("/treffen/{id}/anmeldung", registration_page).members());
    routes.push_back(post("/treffen/{id}/anmeldung", save_registration).members());
    routes.push_back(post("/treffen/{id}/anmeldung/zurueckziehen", withdraw_registration).members());
    routes.push_back(get("/treffen/{id}/protokoll", minutes_page).members());
    routes.push_back(post("/treffen/{id}/protokoll", save_minutes).members());
    routes.push_back(post("/treffen/{id}/aufgaben", add_action_item).members());
    routes.push_back(post("/treffen/{id}/aufgaben/{item}/entfernen", remove_action_item).members());
    routes.push_back(post("/aufgaben/{item}/erledigt", complete_action_item).members());
    routes.push_back(post("/tagesordnungspunkte/{item}/loeschen", remove_agenda_item).members());
    routes.push_back(post("/tagesordnungspunkte/{item}/anhaenge", upload_agenda_attachment).members().upload());
    // Members-only files depend on who asks: never from the shared cache.
    routes.push_back(get("/tagesordnungspunkte/{item}/anhaenge/{file}", download_agenda_attachment));
    routes.push_back(
        post("/tagesordnungspunkte/{item}/anhaenge/{file}/entfernen", remove_agenda_attachment).members());
    return routes;
}

} // namespace rundum::web
