// SPDX-License-Identifier: EUPL-1.2
// The privacy notice's content (DSGVO Art. 13 and 15): the operator's part, and what rundum says of itself, with the retention periods of the config.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <boost/json.hpp>

#include "core/privacy.hpp"
#include "i18n/catalogue.hpp"
#include "web/http/app_config.hpp"
#include "web/http/templates.hpp"

namespace rundum::web {

/// Everything the privacy notice and the Art. 15 export tell a person, as texts from the catalogue.
struct PrivacyInformation {
    PrivacyOperator operator_part; ///< entered by an admin; empty fields are not filled in yet
    std::vector<std::string> purposes;
    std::vector<std::string> categories;
    std::vector<std::string> recipients;
    std::vector<std::pair<std::string, std::string>> retention; ///< what, and for how long
    std::vector<std::string> rights;
    std::string source;
    std::string automated_decisions;
    std::string cookies;
};

/// The notice for this installation: the retention periods are those of `config`.
PrivacyInformation privacy_information(const PrivacyOperator& operator_part, const AppConfig& config,
                                       const i18n::Catalogue& catalogue);

/// A period as people say it: "15 Minuten", "1 Tag", "90 Tage".
std::string readable_period(std::chrono::seconds period, const i18n::Catalogue& catalogue);

/// The template fields of the notice (assets/templates/privacy_information.mustache, a partial
/// of the notice and the member's data page); "noch nicht ausgefüllt" for empty operator fields.
TemplateData privacy_information_view(const PrivacyInformation& information, const i18n::Catalogue& catalogue);

/// The notice as the JSON export writes it.
boost::json::object privacy_information_json(const PrivacyInformation& information);

} // namespace rundum::web
