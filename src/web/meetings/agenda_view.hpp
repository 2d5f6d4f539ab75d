// SPDX-License-Identifier: EUPL-1.2
// The agenda forms' pieces: what a proposal may name (the proposer's projects, the challenges),
// the proposal fields, and the rows of the admins' agenda table.
#pragma once

#include <vector>

#include "core/challenge.hpp"
#include "core/city.hpp"
#include "core/meeting.hpp"
#include "core/project.hpp"
#include "core/user.hpp"
#include "i18n/catalogue.hpp"
#include "web/http/form.hpp"
#include "web/http/services.hpp"
#include "web/http/templates.hpp"

namespace rundum::web {

/// What a proposal form offers: the projects the proposer may present and the challenges.
struct ProposalChoices {
    std::vector<Project> projects;
    std::vector<Challenge> challenges;
};

/// The choices of `member`: their city's projects (every project for admins), by title.
Result<ProposalChoices> choices_for(Services& services, const User& member);

/// The proposal form's fields (shared by the members' page and the admins' "add" form).
void set_proposal_fields(TemplateData& page, const AgendaItem& typed, const ProposalChoices& choices);

/// The agenda table's rows: every item with its settings, as stored or as typed in `typed`.
kainjow::mustache::list agenda_rows(const std::vector<AgendaItem>& agenda, const std::vector<City>& cities,
                                    const std::vector<Project>& projects, const Form* typed,
                                    const i18n::Catalogue& catalogue);

} // namespace rundum::web
