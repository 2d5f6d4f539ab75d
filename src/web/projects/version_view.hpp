// SPDX-License-Identifier: EUPL-1.2
// Versions of a city's profile or a project as the versions page shows them: who saved when,
// and what each save changed against the one before.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/account.hpp"
#include "core/city_diff.hpp"
#include "i18n/catalogue.hpp"
#include "web/http/templates.hpp"

namespace rundum::web {

/// The changes between two saved states (their `content`), empty when one cannot be read.
using VersionDiff = std::function<std::vector<FieldChange>(const std::string& older, const std::string& newer)>;

/// The template rows of `versions` (newest first): number, changed_at, changed_by, is_current,
/// and the changes, whose field names are catalogue keys below `field_prefix` ("city.field.").
kainjow::mustache::list version_rows(const std::vector<Version>& versions, const VersionDiff& diff,
                                     std::string_view field_prefix, const i18n::Catalogue& catalogue);

/// The version with the number `wanted` (as the restore form sends it), or nullptr.
const Version* find_version(const std::vector<Version>& versions, const std::string& wanted);

} // namespace rundum::web
