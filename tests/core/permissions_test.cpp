// SPDX-License-Identifier: EUPL-1.2
// Who may do what: the rules every handler asks.
#include <gtest/gtest.h>

#include "core/city_diff.hpp"
#include "core/permissions.hpp"

namespace rundum {
namespace {

City city_with_id(const std::string& id)
{
    City city;
    city.id = id;
    return city;
}

TEST(Permissions, ThePublicMayDoNoneOfTheMemberActions)
{
    const City jena = city_with_id("city-jena");
    EXPECT_FALSE(is_allowed(nullptr, Action::EditCity, &jena));
    EXPECT_FALSE(is_allowed(nullptr, Action::ManageMembers));
    EXPECT_FALSE(is_allowed(nullptr, Action::ViewAuditLog));
}

TEST(Permissions, ACoordinatorEditsOnlyTheirOwnCity)
{
    User coordinator;
    coordinator.role = Role::Coordinator;
    coordinator.city_id = "city-jena";
    const City jena = city_with_id("city-jena");
    const City berlin = city_with_id("city-berlin");
    EXPECT_TRUE(is_allowed(&coordinator, Action::EditCity, &jena));
    EXPECT_FALSE(is_allowed(&coordinator, Action::EditCity, &berlin));
    EXPECT_FALSE(is_allowed(&coordinator, Action::EditCity, nullptr));
    EXPECT_FALSE(is_allowed(&coordinator, Action::ManageMembers));
    EXPECT_FALSE(is_allowed(&coordinator, Action::ViewAuditLog));
}

TEST(Permissions, ACoordinatorWithoutCityEditsNothing)
{
    User coordinator;
    coordinator.role = Role::Coordinator;
    const City unnamed = city_with_id("");
    EXPECT_FALSE(is_allowed(&coordinator, Action::EditCity, &unnamed));
}

TEST(Permissions, AnAdminMayDoEverything)
{
    User admin;
    admin.role = Role::Admin;
    const City berlin = city_with_id("city-berlin");
    EXPECT_TRUE(is_allowed(&admin, Action::EditCity, &berlin));
    EXPECT_TRUE(is_allowed(&admin, Action::ManageMembers));
    EXPECT_TRUE(is_allowed(&admin, Action::ViewAuditLog));
}

TEST(Emails, AreComparedTrimmedAndInLowerCase)
{
    EXPECT_EQ(normalised_email("  Gabriele.Schmitz@Berlin.DE \n"), "gabriele.schmitz@berlin.de");
}

TEST(Emails, PlausibleAddressesPassAndOthersDoNot)
{
    EXPECT_TRUE(is_plausible_email("koordination@jena.example"));
    for (const char* bad : {"", "kein-at", "@jena.de", "a@b", "a@.de", "a b@c.de", "a@b@c.de", "<a@b.de>"}) {
        EXPECT_FALSE(is_plausible_email(bad)) << bad;
    }
}

TEST(Roles, RoundTripThroughTheirStoredNames)
{
    EXPECT_EQ(role_from_name(role_name(Role::Admin)), Role::Admin);
    EXPECT_EQ(role_from_name(role_name(Role::Coordinator)), Role::Coordinator);
    EXPECT_FALSE(role_from_name("superuser").has_value());
}

TEST(CityDiff, ListsOnlyTheFieldsThatChanged)
{
    City before;
    before.alliance = "Bündnis";
    before.statement = "Alt";
    before.contacts = {Contact{"c1", "Erika Muster", "Koordination", "", "", true, false, false}};
    City after = before;
    after.statement = "Neu";
    after.contacts.push_back(Contact{"c2", "Max Beispiel", "", "", "", true, false, false});
    const auto changes = diff_cities(before, after);
    ASSERT_EQ(changes.size(), 3U);
    EXPECT_EQ(changes[0].field, "contacts");
    EXPECT_EQ(changes[0].after, "Erika Muster (Koordination)\nMax Beispiel");
    EXPECT_EQ(changes[1].field, "statement");
    EXPECT_EQ(changes[1].before, "Alt");
    // The added contact's consent to publish the name is a change of its own.
    EXPECT_EQ(changes[2].field, "publish_name");
    EXPECT_EQ(changes[2].subject, "Max Beispiel");
    EXPECT_TRUE(changes[2].is_yes_no);
    EXPECT_TRUE(diff_cities(before, before).empty());
}

} // namespace
} // namespace rundum

namespace rundum {
namespace {

TEST(Consent, ThePublicSeesOnlyWhatEachPersonAgreedTo)
{
    const std::vector<Contact> contacts = {
        Contact{"a", "Alle Felder", "Koordination", "a@x.example", "0361 1", true, true, true},
        Contact{"b", "Nur Name", "", "b@x.example", "0361 2", true, false, false},
        Contact{"c", "Nur Postfach", "Geschäftsstelle", "post@x.example", "", false, true, false},
        Contact{"d", "Nichts", "Vertretung", "d@x.example", "0361 4", false, false, false},
    };
    const auto visible = published_contacts(contacts);
    ASSERT_EQ(visible.size(), 3U);
    EXPECT_EQ(visible[0].email, "a@x.example");
    EXPECT_EQ(visible[0].phone, "0361 1");
    EXPECT_EQ(visible[1].name, "Nur Name");
    EXPECT_EQ(visible[1].email, "");
    EXPECT_EQ(visible[1].phone, "");
    EXPECT_EQ(visible[2].name, ""); // the mailbox is public, the person behind it is not
    EXPECT_EQ(visible[2].email, "post@x.example");
    EXPECT_EQ(visible[2].role, "Geschäftsstelle");
}

TEST(Consent, APublicViewOfACityKeepsEverythingButUnpublishedPersonalData)
{
    City city;
    city.name = "Jena";
    city.alliance = "Bündnis";
    city.contacts = {Contact{"d", "Nichts", "Vertretung", "d@x.example", "", false, false, false}};
    const City shown = public_view(city);
    EXPECT_EQ(shown.alliance, "Bündnis");
    EXPECT_TRUE(shown.contacts.empty());
}


TEST(Permissions, EveryMemberAsksAndAnswersButThePublicDoesNot)
{
    User coordinator;
    coordinator.id = "u-jena";
    coordinator.city_id = "city-jena";
    User without_city;
    without_city.id = "u-none";
    for (Action action : {Action::AskQuestion, Action::AnswerQuestion}) {
        EXPECT_TRUE(is_allowed(&coordinator, action));
        EXPECT_TRUE(is_allowed(&without_city, action));
        EXPECT_FALSE(is_allowed(nullptr, action));
        EXPECT_TRUE(is_allowed_as_author(&coordinator, action, "u-someone-else"));
        EXPECT_FALSE(is_allowed_as_author(nullptr, action, ""));
    }
}

TEST(Permissions, OnlyTheAuthorOrAnAdminChangesAQuestionOrAnAnswer)
{
    User asker;
    asker.id = "u-jena";
    asker.city_id = "city-jena";
    User other;
    other.id = "u-leipzig";
    other.city_id = "city-jena"; // the same city is not enough: it is the author's own text
    User admin;
    admin.id = "u-admin";
    admin.role = Role::Admin;
    for (Action action : {Action::EditQuestion, Action::MarkHelpful, Action::EditAnswer}) {
        EXPECT_TRUE(is_allowed_as_author(&asker, action, "u-jena"));
        EXPECT_FALSE(is_allowed_as_author(&other, action, "u-jena"));
        EXPECT_TRUE(is_allowed_as_author(&admin, action, "u-jena"));
        EXPECT_FALSE(is_allowed_as_author(nullptr, action, "u-jena"));
        const User nobody;
        EXPECT_FALSE(is_allowed_as_author(&nobody, action, "")) << "no id matches a missing author";
        const City jena = city_with_id("city-jena");
        EXPECT_FALSE(is_allowed(&asker, action, &jena)) << "never by city alone";
    }
}

} // namespace
} // namespace rundum

namespace rundum {
namespace {

TEST(MeetingPermissions, OnlyAdminsManageMeetings)
{
    User admin;
    admin.role = Role::Admin;
    User coordinator;
    coordinator.role = Role::Coordinator;
    coordinator.city_id = "city-jena";
    EXPECT_TRUE(is_allowed(&admin, Action::ManageMeetings));
    EXPECT_FALSE(is_allowed(&coordinator, Action::ManageMeetings));
    EXPECT_FALSE(is_allowed(nullptr, Action::ManageMeetings));
    EXPECT_TRUE(is_allowed(&admin, Action::EditPrivacyNotice));
    EXPECT_FALSE(is_allowed(&coordinator, Action::EditPrivacyNotice));
    EXPECT_FALSE(is_allowed(nullptr, Action::EditPrivacyNotice));
}

TEST(MeetingPermissions, ACityActsOnlyForItselfAtMeetings)
{
    User coordinator;
    coordinator.role = Role::Coordinator;
    coordinator.city_id = "city-jena";
    User admin;
    admin.role = Role::Admin;
    City jena;
    jena.id = "city-jena";
    City leipzig;
    leipzig.id = "city-leipzig";
    for (Action action : {Action::ProposeAgendaItem, Action::RegisterForMeeting, Action::CompleteActionItem,
                          Action::AttachToAgendaItem, Action::ViewRegistrationNote}) {
        EXPECT_TRUE(is_allowed(&coordinator, action, &jena));
        EXPECT_FALSE(is_allowed(&coordinator, action, &leipzig));
        EXPECT_FALSE(is_allowed(&coordinator, action, nullptr));
        EXPECT_FALSE(is_allowed(nullptr, action, &jena));
        EXPECT_TRUE(is_allowed(&admin, action, &leipzig));
    }
}

TEST(MeetingPermissions, AProposalIsWithdrawnByItsCityUntilDecidedAndRemovedByAdminsAlways)
{
    User coordinator;
    coordinator.role = Role::Coordinator;
    coordinator.city_id = "city-jena";
    User admin;
    admin.role = Role::Admin;
    const City jena = city_with_id("city-jena");
    const City leipzig = city_with_id("city-leipzig");
    AgendaItem proposal;
    proposal.city_id = "city-jena";
    proposal.status = AgendaStatus::Proposed;
    EXPECT_TRUE(may_remove_agenda_item(&coordinator, proposal, &jena));
    EXPECT_FALSE(may_remove_agenda_item(&coordinator, proposal, &leipzig)) << "another city's proposal";
    EXPECT_FALSE(may_remove_agenda_item(nullptr, proposal, &jena));
    for (AgendaStatus decided : {AgendaStatus::Accepted, AgendaStatus::Declined}) {
        AgendaItem item = proposal;
        item.status = decided;
        EXPECT_FALSE(may_remove_agenda_item(&coordinator, item, &jena)) << "decided: only the admins";
        EXPECT_TRUE(may_remove_agenda_item(&admin, item, &jena));
    }
    AgendaItem admins_own;
    admins_own.status = AgendaStatus::Accepted;
    EXPECT_TRUE(may_remove_agenda_item(&admin, admins_own, nullptr));
    EXPECT_FALSE(may_remove_agenda_item(&coordinator, admins_own, nullptr));
}

TEST(MeetingPermissions, ThePublicSeesOnlyAcceptedDiscussionsAndPresentationsOfPublicProjects)
{
    const std::vector<std::string> public_projects{"p-public"};
    AgendaItem discussion;
    discussion.kind = AgendaKind::ChallengeDiscussion;
    discussion.status = AgendaStatus::Accepted;
    EXPECT_TRUE(is_public_agenda_item(discussion, public_projects));
    AgendaItem presentation;
    presentation.kind = AgendaKind::ProjectPresentation;
    presentation.status = AgendaStatus::Accepted;
    presentation.project_id = "p-public";
    EXPECT_TRUE(is_public_agenda_item(presentation, public_projects));
    presentation.project_id = "p-hidden";
    EXPECT_FALSE(is_public_agenda_item(presentation, public_projects)) << "a project the public may not see";
    AgendaItem other;
    other.kind = AgendaKind::Other;
    other.status = AgendaStatus::Accepted;
    EXPECT_FALSE(is_public_agenda_item(other, public_projects)) << "other items stay among members";
    for (AgendaStatus undecided : {AgendaStatus::Proposed, AgendaStatus::Declined}) {
        AgendaItem item = discussion;
        item.status = undecided;
        EXPECT_FALSE(is_public_agenda_item(item, public_projects)) << "not accepted";
    }
}

} // namespace
} // namespace rundum
