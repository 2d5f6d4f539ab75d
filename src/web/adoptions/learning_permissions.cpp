// SPDX-License-Identifier: EUPL-1.2
// Loading an adoption for a member who may change it (core/permissions decides).
#include "web/adoptions/learning_permissions.hpp"

#include "core/permissions.hpp"

namespace rundum::web {

Result<AdoptionWithContext> editable_adoption(Services& services, const User* member, std::string_view id)
{
    RUNDUM_TRY_ASSIGN(adoption, services.store.find_adoption(id));
    if (!adoption) {
        return fail(ErrorCode::NotFound, "error.adoption.not_found");
    }
    auto original = visible_project(services, member, adoption->original_project_id);
    if (!original) {
        return original.error().code == ErrorCode::NotFound ? fail(ErrorCode::NotFound, "error.adoption.not_found")
                                                            : fail(original.error());
    }
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    const City* city = city_with_id(cities, adoption->city_id);
    if (city == nullptr) {
        return fail(ErrorCode::NotFound, "error.adoption.not_found");
    }
    if (!is_allowed(member, Action::RecordLearning, city)) {
        return fail(ErrorCode::Forbidden, "error.account.forbidden");
    }
    return AdoptionWithContext{std::move(*adoption), std::move(*original), *city};
}

std::string member_name(const User& member)
{
    return member.name.empty() ? member.email : member.name;
}

} // namespace rundum::web
