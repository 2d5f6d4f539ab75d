// SPDX-License-Identifier: EUPL-1.2
// Reading and showing the adoption form ("Wir haben das übernommen" and editing an adoption):
// what a member typed becomes an Adoption, and a validation error is tied to its field.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/city.hpp"
#include "core/learning.hpp"
#include "core/project.hpp"
#include "core/result.hpp"
#include "i18n/catalogue.hpp"
#include "web/http/form.hpp"
#include "web/http/templates.hpp"

namespace rundum::web {

/// What the adopting city names as its own project.
enum class OwnProject {
    Copy,     ///< "kopie": a new project, copied from the original to adapt
    Existing, ///< "vorhanden": a project the city has already
    None,     ///< "keins": none yet
};

/// The adoption form as it was sent.
struct AdoptionInput {
    Adoption adoption;             ///< on top of the stored one; city_id is the admin's choice
    std::optional<OwnProject> own; ///< new adoptions only; nullopt when the choice is missing
    AdoptionUpdate new_update;     ///< "Neuer Stand" (editing only); empty text: none
};

/// The form's fields on top of `current`. `is_new`: the form to record an adoption (with the
/// choice of own project); otherwise the edit form (with a new update).
AdoptionInput adoption_from_form(const Adoption& current, const Form& form, bool is_new);

/// Whether every field of the form was sent (a browser sends them all; a request without them
/// must not clear what is stored).
bool is_complete_adoption_form(const Form& form, bool is_new);

/// The form field (input id) an error of the adoption rules or handlers concerns.
std::string adoption_field_of(const Error& error);

/// A project the adopting city may name as its own.
struct OwnProjectOption {
    std::string id;
    std::string title;
    std::string city_name; ///< shown when an admin chooses among all cities' projects
};

/// What the form shows besides the input.
struct AdoptionFormContext {
    const Project& original;
    const City& original_city;
    std::vector<City> adopting_cities; ///< the select for admins; empty: the city is fixed
    std::string fixed_city_name;       ///< the coordinator's city, when it is fixed
    std::vector<OwnProjectOption> projects;
    bool is_new{true};
};

/// The template fields of assets/templates/adoption_edit.mustache.
TemplateData adoption_form_view(const AdoptionInput& input, const AdoptionFormContext& context,
                                const i18n::Catalogue& catalogue);

} // namespace rundum::web
