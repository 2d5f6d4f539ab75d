// SPDX-License-Identifier: EUPL-1.2
// Validation of cities and whole network snapshots before anything is stored.
#pragma once

#include <string_view>

#include "core/city.hpp"
#include "core/result.hpp"

namespace rundum {

/// The longest web address a profile or project may link to.
inline constexpr std::size_t MAX_WEB_ADDRESS = 2000;
/// The most recipient lines (organisation, department, c/o ...) an address may have.
inline constexpr std::size_t MAX_RECIPIENT_LINES = 5;
/// The longest telephone number of a city's or a project's contact, in characters.
inline constexpr std::size_t MAX_PHONE = 40;

/// Identifiers travel through URLs and export files: 1–64 of a–z, A–Z, 0–9, '-' and '_'.
bool is_valid_id(std::string_view id);

/// An absolute http(s) address without spaces or characters that break out of an attribute.
bool is_web_address(std::string_view url);

/// A slug is 1–64 characters of a–z, 0–9 and inner hyphens ("frankfurt-am-main").
bool is_valid_slug(std::string_view slug);

/// Checks one city: ids, slug, name, coordinates, website, postcode, contacts, and every text
/// by the input rule (core/text_input: the statement up to 20,000 characters, other fields one line).
Result<void> validate_city(const City& city);

/// Checks every city and that ids and slugs are unique across the snapshot, then the projects,
/// and what the snapshot says about adoptions, advice, challenges and indicators (snapshot_rules).
Result<void> validate_snapshot(const NetworkSnapshot& snapshot);

} // namespace rundum
