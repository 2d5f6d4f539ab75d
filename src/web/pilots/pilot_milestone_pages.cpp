// SPDX-License-Identifier: EUPL-1.2
// Milestone handlers. Every row is checked before anything is stored; the first bad row is
// shown again with all rows as typed.
#include "web/pilots/pilot_milestone_pages.hpp"

#include <set>

#include "auth/tokens.hpp"
#include "core/pilot_rules.hpp"
#include "web/http/clock.hpp"
#include "web/http/form.hpp"
#include "web/http/page_helpers.hpp"
#include "web/pilots/pilot_access.hpp"
#include "web/pilots/pilot_form.hpp"
#include "web/pilots/pilot_view.hpp"

namespace rundum::web {

namespace {

Response form_page(const Request& request, Services& services, const PilotProject& pilot,
                   const std::vector<MilestoneRow>& rows, const FormRefusal& refusal = {})
{
    return pilot_form_page(request, services, "pilot_milestones", milestone_form_view(pilot, rows, services.catalogue),
                           "pilot.milestones.title", refusal);
}

// The refusal of `error` at the row it belongs to (`bad_row`), marked in `rows` too.
FormRefusal refusal_at_row(const Error& error, std::vector<MilestoneRow>& rows, std::size_t bad_row,
                           const i18n::Catalogue& catalogue)
{
    if (bad_row >= rows.size()) {
        return refusal_at("m0-title", error, catalogue);
    }
    rows[bad_row].error_field = milestone_field_of(error);
    rows[bad_row].error_message = catalogue.text(error);
    std::string field = "m"; // appended: g++ 12 warns falsely (-Wrestrict) on "m" + … at -O3
    field += std::to_string(bad_row);
    field += '-';
    field += rows[bad_row].error_field;
    return refusal_at(field, error, catalogue);
}

// The rows' milestones to store: removed ones left out, ids only the pilot's own (a new row
// gets a new id); or the error with the row it belongs to.
Result<std::vector<PilotMilestone>> milestones_of(const PilotProject& pilot, std::vector<MilestoneRow>& rows,
                                                  std::size_t& bad_row)
{
    std::set<std::string> own_ids;
    for (const PilotMilestone& milestone : pilot.milestones) {
        own_ids.insert(milestone.id);
    }
    std::vector<PilotMilestone> kept;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        bad_row = row;
        MilestoneRow& typed = rows[row];
        if (!own_ids.contains(typed.milestone.id)) {
            typed.milestone.id.clear();
        }
        if (typed.remove) {
            continue;
        }
        if (!milestone_status_from_key(typed.status_text)) {
            return fail(ErrorCode::Invalid, "pilot.error.milestone_status_invalid", {typed.status_text});
        }
        RUNDUM_TRY(validate_milestone(typed.milestone));
        PilotMilestone milestone = typed.milestone;
        if (milestone.id.empty()) {
            milestone.id = "m-" + auth::random_token().substr(0, 16);
        }
        kept.push_back(std::move(milestone));
    }
    if (kept.size() > MAX_PILOT_MILESTONES) {
        return fail(ErrorCode::Invalid, "pilot.error.too_many_milestones", {std::to_string(MAX_PILOT_MILESTONES)});
    }
    return milestones_by_due_date(std::move(kept));
}

std::vector<MilestoneRow> rows_of(const PilotProject& pilot)
{
    std::vector<MilestoneRow> rows;
    for (const PilotMilestone& milestone : pilot.milestones) {
        rows.push_back(MilestoneRow{milestone, std::string(milestone_status_key(milestone.status)), false, "", ""});
    }
    return rows;
}

} // namespace

Result<Response> milestones_page(const Request& request, Services& services, std::string_view slug)
{
    RUNDUM_TRY_ASSIGN(pilot, pilot_for(services, request.visitor.member(), slug, PilotAction::Manage));
    return form_page(request, services, pilot, rows_of(pilot));
}

Result<Response> save_milestones(const Request& request, Services& services, std::string_view slug)
{
    RUNDUM_TRY_ASSIGN(pilot, pilot_for(services, request.visitor.member(), slug, PilotAction::Manage));
    const Form form = Form::parse(request.body);
    if (!form.has("count")) {
        return fail(ErrorCode::Invalid, "error.form.incomplete");
    }
    std::vector<MilestoneRow> rows = read_milestone_rows(form);
    std::size_t bad_row = 0;
    auto milestones = milestones_of(pilot, rows, bad_row);
    if (!milestones) {
        FormRefusal refusal = refusal_at_row(milestones.error(), rows, bad_row, services.catalogue);
        return form_page(request, services, pilot, rows, refusal);
    }
    PilotProject changed = pilot;
    changed.milestones = std::move(*milestones);
    changed.updated_at = now_iso();
    RUNDUM_TRY(services.store.save_pilot(changed));
    audit(request, services, "pilot_milestones_edited", changed.title);
    return redirect_to("/pilotprojekte/" + changed.slug + "?gespeichert=1");
}

} // namespace rundum::web
