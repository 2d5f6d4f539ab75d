// SPDX-License-Identifier: EUPL-1.2
// Validation of Praxisbeispiele and topics before anything is stored.
#pragma once

#include <string_view>
#include <vector>

#include "core/project.hpp"
#include "core/result.hpp"

namespace rundum {

/// The longest texts a project may have, so one project stays a readable dossier.
inline constexpr std::size_t MAX_PROJECT_TITLE = 200;
inline constexpr std::size_t MAX_PROJECT_SUMMARY = 600;
inline constexpr std::size_t MAX_PROJECT_TEXT = 20'000;
inline constexpr std::size_t MAX_PROJECT_LIST_ITEMS = 30;

/// Checks a project: id, title, lengths, dates ("YYYY" or "YYYY-MM", end not before start),
/// topics known in `topics`, links, contact email. Errors name the field in their key
/// ("error.project.title_missing" ...).
Result<void> validate_project(const Project& project, const std::vector<Topic>& topics);

/// Checks a topic list: slugs valid and unique, names present and unique.
Result<void> validate_topics(const std::vector<Topic>& topics);

/// A slug from a name: "Wohnen und Mieten" -> "wohnen-und-mieten" (umlauts as ae, oe, ue, ss).
std::string slug_from_name(std::string_view name);

} // namespace rundum
