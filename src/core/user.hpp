// SPDX-License-Identifier: EUPL-1.2
// Members who sign in: network admins and the coordinators of one city's alliance.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace rundum {

/// What a member may do in general; what they may do to a thing is decided in permissions.hpp.
enum class Role {
    Admin,       ///< the network's office: manages cities, members and coordinators
    Coordinator, ///< belongs to one city's alliance and edits what is that city's
};

/// "admin" / "coordinator", as stored.
std::string_view role_name(Role role);
/// The role of a stored name, or nullopt.
std::optional<Role> role_from_name(std::string_view name);

/// A member account. The password hash never leaves the store layer inside this type.
struct User {
    std::string id;      ///< stable id
    std::string email;   ///< lower-case, unique; the sign-in name
    std::string name;    ///< shown to other members; empty until the invitee sets it
    Role role{Role::Coordinator};
    std::string city_id; ///< the coordinator's city; empty for admins
    bool has_password{false}; ///< false until the one-time link was used
    std::string created_at;   ///< ISO 8601 UTC
};

/// Email addresses are compared in lower case and without surrounding spaces.
std::string normalised_email(std::string_view email);

/// A plausible address: one '@', something before, a dot in the domain, no spaces, ≤ 254 chars.
bool is_plausible_email(std::string_view email);

} // namespace rundum
