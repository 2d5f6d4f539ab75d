// SPDX-License-Identifier: EUPL-1.2
// Praxisbeispiele prepared for templates: the page (and its printed dossier) and the form.
#pragma once

#include <vector>

#include "core/calendar_date.hpp" // readable_month, for the pages of projects
#include "core/city.hpp"
#include "core/project.hpp"
#include "i18n/catalogue.hpp"
#include "web/http/templates.hpp"

namespace rundum::web {

/// The template fields of a project's page (see assets/templates/project.mustache).
TemplateData project_view(const Project& project, const City& city, const std::vector<Topic>& topics,
                          const i18n::Catalogue& catalogue);

/// The template fields of the edit form with the project's current values.
TemplateData project_form_view(const Project& project, const std::vector<Topic>& topics,
                               const std::vector<City>& cities, bool choose_city,
                               const i18n::Catalogue& catalogue);

/// Files as template items (url `base_path`/id, file_name, label, size), in their order.
kainjow::mustache::list attachment_items(const std::vector<AttachmentInfo>& files, const std::string& base_path);
/// A file's size as people read it: "340 KB", "2,4 MB".
std::string size_text(std::size_t bytes);

} // namespace rundum::web
