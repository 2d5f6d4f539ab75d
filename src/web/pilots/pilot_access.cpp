// SPDX-License-Identifier: EUPL-1.2
// Pilot lookups with their permission, and the notifications of new partner cities.
#include "web/pilots/pilot_access.hpp"

#include <spdlog/spdlog.h>

#include "auth/tokens.hpp"
#include "core/calendar_date.hpp"
#include "web/http/clock.hpp"

namespace rundum::web {

Result<PilotProject> pilot_for(Services& services, const User* member, std::string_view slug,
                               PilotAction action, std::string_view city_id)
{
    RUNDUM_TRY_ASSIGN(pilot, services.store.find_pilot(slug));
    if (!pilot || !is_allowed(member, PilotAction::View, *pilot)) {
        return fail(ErrorCode::NotFound, "error.pilot.not_found");
    }
    if (!is_allowed(member, action, *pilot, city_id)) {
        return fail(member == nullptr ? ErrorCode::Unauthorised : ErrorCode::Forbidden,
                    member == nullptr ? "error.account.sign_in_needed" : "error.account.forbidden");
    }
    return std::move(*pilot);
}

Result<std::map<std::string, std::string>> project_cities(Services& services)
{
    RUNDUM_TRY_ASSIGN(projects, services.store.list_projects());
    std::map<std::string, std::string> cities;
    for (const Project& project : projects) {
        cities.emplace(project.id, project.city_id);
    }
    return cities;
}

Result<std::vector<PilotProject>> pilots_linking(Services& services, const User* member, std::string_view project_id)
{
    RUNDUM_TRY_ASSIGN(pilots, services.store.list_pilots());
    std::vector<PilotProject> linking;
    for (PilotProject& pilot : pilots) {
        if (!is_allowed(member, PilotAction::View, pilot)) {
            continue;
        }
        for (const PilotPartner& partner : pilot.partners) {
            if (partner.local_project_id == project_id) {
                linking.push_back(std::move(pilot));
                break;
            }
        }
    }
    return linking;
}

void tell_new_partners(Services& services, const PilotProject& pilot, const PilotProject& before, const User& actor)
{
    auto users = services.store.list_users();
    if (!users) {
        spdlog::error("pilot {}: members: {}", pilot.slug, users.error().detail);
        return;
    }
    for (const PilotPartner& partner : pilot.partners) {
        if (partner_of(before, partner.city_id) != nullptr) {
            continue;
        }
        const std::string message = partner.role == PilotRole::Lead ? "notification.pilot_lead_added"
                                                                    : "notification.pilot_partner_added";
        for (const User& user : *users) {
            if (user.city_id != partner.city_id || user.id == actor.id) {
                continue;
            }
            Notification notification{"n-" + auth::random_token().substr(0, 16), user.id, message, {pilot.title},
                                      "/pilotprojekte/" + pilot.slug, now_iso(), false};
            if (auto added = services.store.add_notification(notification); !added) {
                spdlog::error("pilot {}: notification for {}: {}", pilot.slug, user.id, added.error().detail);
            }
        }
    }
}

std::string today_text()
{
    return date_part(now_iso());
}

} // namespace rundum::web
