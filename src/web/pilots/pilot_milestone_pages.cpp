// Milestone handlers. Every row is checked before anything is stored; the first bad row is
// shown again with all rows as typed.
#include "web/pilots/pilot_milestone_pages.hpp"

#include <set>

#include "auth/tokens.hpp"
#include "core/pilot_rules.hpp"
#include "web/http/clock.hpp"
#include "web/http/error_pages.hpp"
#include "web/http/form.hpp"
#include "web/http/page_helpers.hpp"
#include "web/pilots/pilot_access.hpp"
#include "web/pilots/pilot_form.hpp"
#include "web/pilots/pilot_view.hpp"

namespace rundum::web {

namespace {

Response form_page(const Request& request, Services& services, const PilotProject& pilot,
                   const std::vector<MilestoneRow>& rows, const FieldErrors& errors, int status)
{
    TemplateData page = milestone_form_view(pilot, rows, services.catalogue);
    page.set("nav_pilots", true);
    if (!errors.empty()) {
        set_field_errors(page, errors);
    }
    Response response = html_page(request, services, "pilot_milestones", std::move(page), "pilot.milestones.title");
    response.status = status;
    return response;
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

Response milestones_page(const Request& request, Services& services, std::string_view slug)
{
    if (auto stop = require_member(request, services)) {
        return std::move(*stop);
    }
    auto pilot = pilot_for(services, request.visitor.member(), slug, PilotAction::Manage);
    if (!pilot) {
        return error_response(request, services, pilot.error());
    }
    return form_page(request, services, *pilot, rows_of(*pilot), {}, 200);
}

Response save_milestones(const Request& request, Services& services, std::string_view slug)
{
    if (auto stop = require_member(request, services)) {
        return std::move(*stop);
    }
    auto pilot = pilot_for(services, request.visitor.member(), slug, PilotAction::Manage);
    if (!pilot) {
        return error_response(request, services, pilot.error());
    }
    const Form form = Form::parse(request.body);
    if (!form.has("count")) {
        return error_response(request, services, Error{ErrorCode::Invalid, "error.form.incomplete", {}, {}});
    }
    std::vector<MilestoneRow> rows = read_milestone_rows(form);
    std::size_t bad_row = 0;
    auto milestones = milestones_of(*pilot, rows, bad_row);
    if (!milestones) {
        const std::string message = services.catalogue.text(milestones.error());
        FieldErrors errors;
        if (bad_row < rows.size()) {
            rows[bad_row].error_field = milestone_field_of(milestones.error());
            rows[bad_row].error_message = message;
            std::string field = "m"; // appended: g++ 12 warns falsely (-Wrestrict) on "m" + … at -O3
            field += std::to_string(bad_row);
            field += '-';
            field += rows[bad_row].error_field;
            errors.emplace_back(field, message);
        } else {
            errors.emplace_back("m0-title", message);
        }
        return form_page(request, services, *pilot, rows, errors, http_status(milestones.error().code));
    }
    PilotProject changed = *pilot;
    changed.milestones = std::move(*milestones);
    changed.updated_at = now_iso();
    if (auto saved = services.store.save_pilot(changed); !saved) {
        return error_response(request, services, saved.error());
    }
    audit(request, services, "pilot_milestones_edited", changed.title);
    return redirect_to("/pilotprojekte/" + changed.slug + "?gespeichert=1");
}

} // namespace rundum::web
