// SPDX-License-Identifier: EUPL-1.2
// Joint pilot projects: what a valid pilot is, how far it got on a given day, and who may do
// what to it.
#include <gtest/gtest.h>

#include "core/permissions.hpp"
#include "core/pilot_rules.hpp"
#include "core/calendar_date.hpp"

namespace rundum {
namespace {

PilotMilestone milestone(const std::string& title, const std::string& due, MilestoneStatus status)
{
    return PilotMilestone{"m-" + title, title, due, status, ""};
}

// Jena leads, Leipzig takes part with its own project.
PilotProject valid_pilot()
{
    PilotProject pilot;
    pilot.id = "pl-1";
    pilot.slug = "familienlotsen-digital";
    pilot.title = "Familienlotsen digital";
    pilot.start_date = "2026-01-01";
    pilot.end_date = "2027-06-30";
    pilot.partners = {PilotPartner{"jena", PilotRole::Lead, "", ""},
                      PilotPartner{"leipzig", PilotRole::Partner, "p-leipzig-1", "Wir testen im Osten."}};
    pilot.milestones = {milestone("Start", "2026-02-01", MilestoneStatus::Reached)};
    return pilot;
}

const std::map<std::string, std::string> PROJECT_CITIES = {{"p-leipzig-1", "leipzig"}, {"p-jena-1", "jena"}};

std::string error_of(const PilotProject& pilot, const std::vector<PilotProject>& existing = {}, bool is_new = true)
{
    auto checked = validate_pilot(pilot, existing, is_new, PROJECT_CITIES);
    return checked ? "" : checked.error().key;
}

TEST(PilotRules, AValidPilotPasses)
{
    EXPECT_EQ(error_of(valid_pilot()), "");
}

TEST(PilotRules, NeedsATitleAndAFreeValidSlug)
{
    PilotProject pilot = valid_pilot();
    pilot.title = "  ";
    EXPECT_EQ(error_of(pilot), "pilot.error.title_missing");
    pilot = valid_pilot();
    pilot.slug = "neu";
    EXPECT_EQ(error_of(pilot), "pilot.error.slug_invalid");
    pilot.slug = "Mit Leerzeichen";
    EXPECT_EQ(error_of(pilot), "pilot.error.slug_invalid");
    pilot = valid_pilot();
    EXPECT_EQ(error_of(pilot, {valid_pilot()}, true), "pilot.error.slug_taken");
    EXPECT_EQ(error_of(pilot, {valid_pilot()}, false), "") << "a pilot keeps its own slug";
}

TEST(PilotRules, NeedsTwoDifferentCitiesAndALead)
{
    PilotProject pilot = valid_pilot();
    pilot.partners.pop_back();
    EXPECT_EQ(error_of(pilot), "pilot.error.too_few_cities");
    pilot = valid_pilot();
    pilot.partners[1].city_id = "jena";
    pilot.partners[1].local_project_id = "";
    EXPECT_EQ(error_of(pilot), "pilot.error.city_twice");
    pilot = valid_pilot();
    pilot.partners[0].role = PilotRole::Partner;
    EXPECT_EQ(error_of(pilot), "pilot.error.no_lead");
    pilot = valid_pilot();
    pilot.partners[1].role = PilotRole::Lead;
    EXPECT_EQ(error_of(pilot), "") << "several cities may lead together";
}

TEST(PilotRules, ALocalProjectMustBeThatCitys)
{
    PilotProject pilot = valid_pilot();
    pilot.partners[1].local_project_id = "p-jena-1";
    EXPECT_EQ(error_of(pilot), "pilot.error.project_not_of_city");
    pilot.partners[1].local_project_id = "p-unknown";
    EXPECT_EQ(error_of(pilot), "pilot.error.project_not_of_city");
    PilotPartner entry{"jena", PilotRole::Lead, "p-jena-1", std::string(MAX_PILOT_NOTE + 1, 'x')};
    EXPECT_EQ(validate_partner_entry(entry, PROJECT_CITIES).error().key, "pilot.error.note_too_long");
    entry.note = "kurz";
    EXPECT_TRUE(validate_partner_entry(entry, PROJECT_CITIES));
}

TEST(PilotRules, DatesMustBeRealDaysAndTheEndNotBeforeTheStart)
{
    EXPECT_TRUE(is_calendar_date("2028-02-29"));
    EXPECT_FALSE(is_calendar_date("2027-02-29"));
    EXPECT_FALSE(is_calendar_date("2027-13-01"));
    EXPECT_FALSE(is_calendar_date("2027-1-01"));
    EXPECT_FALSE(is_calendar_date("01.02.2027"));
    PilotProject pilot = valid_pilot();
    pilot.start_date = "2026-02-30";
    EXPECT_EQ(error_of(pilot), "pilot.error.start_invalid");
    pilot = valid_pilot();
    pilot.end_date = "2025-12-31";
    EXPECT_EQ(error_of(pilot), "pilot.error.end_before_start");
    pilot.start_date = "";
    pilot.end_date = "";
    EXPECT_EQ(error_of(pilot), "") << "both dates may be open";
}

TEST(PilotRules, MilestonesNeedATitleAndADueDay)
{
    PilotProject pilot = valid_pilot();
    pilot.milestones.push_back(milestone(" ", "2026-03-01", MilestoneStatus::Open));
    EXPECT_EQ(error_of(pilot), "pilot.error.milestone_title_missing");
    EXPECT_EQ(validate_milestone(milestone("Bericht", "", MilestoneStatus::Open)).error().key,
              "pilot.error.milestone_due_invalid");
    EXPECT_TRUE(validate_milestone(milestone("Bericht", "2026-03-01", MilestoneStatus::Postponed)));
}

TEST(PilotProgress, CountsReachedNamesTheNextAndTheOverdueOnAFixedDay)
{
    PilotProject pilot = valid_pilot();
    pilot.milestones = {milestone("Abschluss", "2026-12-01", MilestoneStatus::Open),
                        milestone("Start", "2026-02-01", MilestoneStatus::Reached),
                        milestone("Schulung", "2026-03-01", MilestoneStatus::Postponed),
                        milestone("Befragung", "2026-05-31", MilestoneStatus::Open),
                        milestone("Zwischenbericht", "2026-06-01", MilestoneStatus::Open)};
    const PilotProgress progress = pilot_progress(pilot, "2026-06-01");
    EXPECT_EQ(progress.reached, 1u);
    EXPECT_EQ(progress.total, 5u);
    ASSERT_TRUE(progress.next.has_value());
    EXPECT_EQ(progress.next->title, "Schulung") << "the unreached milestone due first";
    ASSERT_EQ(progress.overdue.size(), 2u) << "due today is not overdue yet";
    EXPECT_EQ(progress.overdue[0].title, "Schulung");
    EXPECT_EQ(progress.overdue[1].title, "Befragung");
}

TEST(PilotProgress, AllReachedHasNoNextAndNothingOverdue)
{
    PilotProject pilot = valid_pilot();
    pilot.milestones.push_back(milestone("Ende", "2026-03-01", MilestoneStatus::Reached));
    const PilotProgress progress = pilot_progress(pilot, "2030-01-01");
    EXPECT_EQ(progress.reached, 2u);
    EXPECT_FALSE(progress.next.has_value());
    EXPECT_TRUE(progress.overdue.empty());
    pilot.milestones.clear();
    EXPECT_EQ(pilot_progress(pilot, "2030-01-01").total, 0u);
}

User coordinator_of(const std::string& city_id)
{
    User user;
    user.role = Role::Coordinator;
    user.city_id = city_id;
    return user;
}

User an_admin()
{
    User user;
    user.role = Role::Admin;
    return user;
}

TEST(PilotPermissions, LeadCitiesAndAdminsManagePartnersOnlyTheirOwnEntry)
{
    const PilotProject pilot = valid_pilot();
    const User jena = coordinator_of("jena");
    const User leipzig = coordinator_of("leipzig");
    const User berlin = coordinator_of("berlin");
    User admin;
    admin.role = Role::Admin;
    EXPECT_TRUE(is_allowed(&jena, PilotAction::Manage, pilot));
    EXPECT_FALSE(is_allowed(&leipzig, PilotAction::Manage, pilot));
    EXPECT_FALSE(is_allowed(&berlin, PilotAction::Manage, pilot));
    EXPECT_TRUE(is_allowed(&admin, PilotAction::Manage, pilot));
    EXPECT_FALSE(is_allowed(nullptr, PilotAction::Manage, pilot));

    EXPECT_TRUE(is_allowed(&leipzig, PilotAction::EditOwnEntry, pilot, "leipzig"));
    EXPECT_FALSE(is_allowed(&leipzig, PilotAction::EditOwnEntry, pilot, "jena"));
    EXPECT_FALSE(is_allowed(&jena, PilotAction::EditOwnEntry, pilot, "leipzig")) << "the lead leaves it to them";
    EXPECT_FALSE(is_allowed(&berlin, PilotAction::EditOwnEntry, pilot, "berlin")) << "not a partner";
    EXPECT_TRUE(is_allowed(&admin, PilotAction::EditOwnEntry, pilot, "leipzig"));
    EXPECT_FALSE(is_allowed(&admin, PilotAction::EditOwnEntry, pilot, "berlin"));

    EXPECT_TRUE(is_allowed(&leipzig, PilotAction::UploadDocuments, pilot));
    EXPECT_TRUE(is_allowed(&jena, PilotAction::UploadDocuments, pilot));
    EXPECT_FALSE(is_allowed(&berlin, PilotAction::UploadDocuments, pilot));
    EXPECT_TRUE(is_allowed(&jena, Action::CreatePilot));
    EXPECT_FALSE(is_allowed(nullptr, Action::CreatePilot));
}

// Jena and Hannover lead, Leipzig takes part.
PilotProject two_lead_pilot()
{
    PilotProject pilot = valid_pilot();
    pilot.partners.push_back(PilotPartner{"hannover", PilotRole::Lead, "", ""});
    return pilot;
}

TEST(PilotPermissions, OnlyAdminsChangeWhichCitiesLead)
{
    const PilotProject before = two_lead_pilot();
    const User jena = coordinator_of("jena");
    const User leipzig = coordinator_of("leipzig");
    const User admin = an_admin();
    EXPECT_EQ(lead_cities(before), (std::set<std::string>{"hannover", "jena"}));

    PilotProject unchanged = before;
    unchanged.title = "Neuer Titel";
    EXPECT_TRUE(may_save_pilot_cities(&jena, before, unchanged));

    PilotProject partner_added = before;
    partner_added.partners.push_back(PilotPartner{"erfurt", PilotRole::Partner, "", ""});
    EXPECT_TRUE(may_save_pilot_cities(&jena, before, partner_added)) << "a lead adds partners";
    PilotProject partner_removed = before;
    std::erase_if(partner_removed.partners, [](const PilotPartner& p) { return p.city_id == "leipzig"; });
    EXPECT_TRUE(may_save_pilot_cities(&jena, before, partner_removed)) << "and removes them";

    PilotProject lead_dropped = before;
    std::erase_if(lead_dropped.partners, [](const PilotPartner& p) { return p.city_id == "hannover"; });
    EXPECT_FALSE(may_save_pilot_cities(&jena, before, lead_dropped)) << "drops the other lead";
    PilotProject lead_demoted = before;
    lead_demoted.partners[2].role = PilotRole::Partner;
    EXPECT_FALSE(may_save_pilot_cities(&jena, before, lead_demoted)) << "demotes the other lead";
    PilotProject lead_added = before;
    lead_added.partners[1].role = PilotRole::Lead;
    EXPECT_FALSE(may_save_pilot_cities(&jena, before, lead_added)) << "makes a partner lead";
    EXPECT_FALSE(may_save_pilot_cities(&leipzig, before, partner_added)) << "a partner changes no cities";
    EXPECT_FALSE(may_save_pilot_cities(nullptr, before, unchanged));
    for (const PilotProject* after : {&lead_dropped, &lead_demoted, &lead_added}) {
        EXPECT_TRUE(may_save_pilot_cities(&admin, before, *after));
    }

    // A new pilot: the coordinator's own city among its leads.
    EXPECT_TRUE(may_save_pilot_cities(&jena, PilotProject{}, before));
    EXPECT_FALSE(may_save_pilot_cities(&leipzig, PilotProject{}, before));
}

TEST(PilotPermissions, OnlyTheOnlyLeadOrAnAdminDeletesAPilot)
{
    const User jena = coordinator_of("jena");
    const User leipzig = coordinator_of("leipzig");
    const User admin = an_admin();
    EXPECT_TRUE(is_allowed(&jena, PilotAction::Delete, valid_pilot()));
    EXPECT_FALSE(is_allowed(&leipzig, PilotAction::Delete, valid_pilot()));
    EXPECT_FALSE(is_allowed(&jena, PilotAction::Delete, two_lead_pilot())) << "that would drop Hannover too";
    EXPECT_TRUE(is_allowed(&admin, PilotAction::Delete, two_lead_pilot()));
}

TEST(PilotPermissions, PartnersRemoveOnlyTheirOwnCitysDocuments)
{
    const PilotProject pilot = two_lead_pilot();
    const User jena = coordinator_of("jena");
    const User leipzig = coordinator_of("leipzig");
    const User berlin = coordinator_of("berlin");
    const User admin = an_admin();
    EXPECT_TRUE(may_remove_pilot_document(&leipzig, pilot, "leipzig"));
    EXPECT_FALSE(may_remove_pilot_document(&leipzig, pilot, "jena")) << "a lead's document";
    EXPECT_FALSE(may_remove_pilot_document(&leipzig, pilot, "")) << "an admin's document";
    EXPECT_TRUE(may_remove_pilot_document(&jena, pilot, "leipzig")) << "leads manage all documents";
    EXPECT_TRUE(may_remove_pilot_document(&jena, pilot, "hannover"));
    EXPECT_FALSE(may_remove_pilot_document(&berlin, pilot, "berlin")) << "not taking part";
    EXPECT_TRUE(may_remove_pilot_document(&admin, pilot, "jena"));
    EXPECT_FALSE(may_remove_pilot_document(nullptr, pilot, ""));
}

TEST(PilotPermissions, ThePublicSeesPublicPilotsButNoDocuments)
{
    PilotProject pilot = valid_pilot();
    const User berlin = coordinator_of("berlin");
    EXPECT_FALSE(is_allowed(nullptr, PilotAction::View, pilot)) << "members only by default";
    EXPECT_TRUE(is_allowed(&berlin, PilotAction::View, pilot));
    EXPECT_TRUE(is_allowed(&berlin, PilotAction::ViewDocuments, pilot));
    pilot.visibility = ProjectVisibility::Public;
    EXPECT_TRUE(is_allowed(nullptr, PilotAction::View, pilot));
    EXPECT_FALSE(is_allowed(nullptr, PilotAction::ViewDocuments, pilot));
}

TEST(PilotKeys, RoundTrip)
{
    for (PilotStatus status : all_pilot_statuses()) {
        EXPECT_EQ(pilot_status_from_key(pilot_status_key(status)), status);
    }
    for (MilestoneStatus status : all_milestone_statuses()) {
        EXPECT_EQ(milestone_status_from_key(milestone_status_key(status)), status);
    }
    EXPECT_EQ(pilot_role_from_key("federfuehrend"), PilotRole::Lead);
    EXPECT_EQ(pilot_role_key(PilotRole::Partner), "partner");
    EXPECT_FALSE(pilot_status_from_key("laeuft").has_value());
}

} // namespace
} // namespace rundum
