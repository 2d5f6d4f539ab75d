// SPDX-License-Identifier: EUPL-1.2
// Consent across saves, restores and kept versions, and consent changes in the version diffs.
#include <gtest/gtest.h>

#include "core/city_diff.hpp"
#include "core/contact_consent.hpp"

namespace rundum {
namespace {

Contact paul(bool email, bool phone)
{
    return Contact{"c-paul",       "Paul Privat", "Vertretung", "paul@jena.example",
                   "03641 123456", true,          email,        phone};
}

City jena(std::vector<Contact> contacts)
{
    City city;
    city.id = "city-jena";
    city.slug = "jena";
    city.name = "Jena";
    city.contacts = std::move(contacts);
    return city;
}

TEST(ContactConsent, ARestoreTakesTheCurrentConsentNotTheVersionsOne)
{
    const City restored =
        with_current_consent(jena({paul(true, true)}), jena({paul(false, false)}));
    ASSERT_EQ(restored.contacts.size(), 1U);
    EXPECT_TRUE(restored.contacts[0].publish_name);
    EXPECT_FALSE(restored.contacts[0].publish_email);
    EXPECT_FALSE(restored.contacts[0].publish_phone);
    // ... and never grants more than now either way round.
    const City granted_now =
        with_current_consent(jena({paul(false, false)}), jena({paul(true, false)}));
    EXPECT_TRUE(granted_now.contacts[0].publish_email);
}

TEST(ContactConsent, APersonWhoNoLongerExistsComesBackWithoutAnyConsentOrNotAtAll)
{
    Contact rita{"c-rita", "Rita Raus", "", "rita@jena.example", "", true, true, true};
    const City restored = with_current_consent(jena({rita}), jena({}));
    ASSERT_EQ(restored.contacts.size(), 1U);
    EXPECT_FALSE(restored.contacts[0].publish_name);
    EXPECT_FALSE(restored.contacts[0].publish_email);
    EXPECT_FALSE(restored.contacts[0].publish_phone);
    EXPECT_TRUE(published_contacts(restored.contacts).empty());
    rita.name.clear(); // forgotten by the history: nobody left to restore
    EXPECT_TRUE(with_current_consent(jena({rita}), jena({})).contacts.empty());
}

TEST(ContactConsent, ANameTheHistoryForgotIsTakenFromTheCurrentState)
{
    Contact forgotten = paul(false, false);
    forgotten.name.clear();
    EXPECT_EQ(with_current_consent(jena({forgotten}), jena({paul(false, false)})).contacts[0].name,
              "Paul Privat");
}

TEST(ContactConsent, ChangesListGrantsWithdrawalsAndTheConsentsOfRemovedPeople)
{
    const auto changes = consent_changes(jena({paul(true, false)}), jena({paul(false, true)}));
    ASSERT_EQ(changes.size(), 2U);
    EXPECT_EQ(changes[0].field, "email");
    EXPECT_FALSE(changes[0].granted);
    EXPECT_EQ(changes[1].field, "phone");
    EXPECT_TRUE(changes[1].granted);
    const auto removed = consent_changes(jena({paul(true, false)}), jena({}));
    ASSERT_EQ(removed.size(), 2U); // name and email were granted
    EXPECT_TRUE(removed[0].removed);
    EXPECT_FALSE(removed[0].granted);
    const auto added = consent_changes(jena({}), jena({paul(false, false)}));
    ASSERT_EQ(added.size(), 1U);
    EXPECT_EQ(added[0].field, "name");
    EXPECT_TRUE(added[0].granted);
}

TEST(ContactConsent, OldVersionsForgetWithdrawnFieldsAndRemovedPeopleButKeepTheFlags)
{
    City old = jena({paul(true, true)});
    EXPECT_TRUE(forget_withdrawn(old, jena({paul(true, true)}), jena({paul(false, true)})));
    EXPECT_EQ(old.contacts[0].email, "");
    EXPECT_TRUE(old.contacts[0].publish_email); // the diff still shows the withdrawal
    EXPECT_EQ(old.contacts[0].phone, "03641 123456");
    EXPECT_FALSE(forget_withdrawn(old, jena({paul(false, true)}), jena({paul(false, true)})));

    Contact never{"c-nie", "Nie Gefragt", "", "nie@jena.example", "", false, false, false};
    City older = jena({paul(true, true), never});
    EXPECT_TRUE(forget_withdrawn(older, jena({paul(true, true), never}), jena({paul(true, true)})));
    ASSERT_EQ(older.contacts.size(), 1U); // removed without ever consenting: gone as well
    EXPECT_EQ(older.contacts[0].id, "c-paul");
}

TEST(ContactConsent, TheVersionDiffShowsEachConsentChangeWithThePerson)
{
    const auto changes = diff_cities(jena({paul(true, false)}), jena({paul(false, false)}));
    ASSERT_EQ(changes.size(), 1U);
    EXPECT_EQ(changes[0].field, "publish_email");
    EXPECT_EQ(changes[0].subject, "Paul Privat");
    EXPECT_TRUE(changes[0].is_yes_no);
    EXPECT_EQ(changes[0].before, YES);
    EXPECT_EQ(changes[0].after, NO);
}

Project project_with(const std::string& name, bool email)
{
    Project project;
    project.id = "p-jena-fest";
    project.contact_name = name;
    project.contact_email = "kontakt@jena.example";
    project.contact_phone = "03641 555000";
    project.publish_contact_name = true;
    project.publish_contact_email = email;
    return project;
}

TEST(ContactConsent, AProjectVersionForgetsAWithdrawnFieldAndAReplacedPersonEntirely)
{
    Project version = project_with("Ida Alt", true);
    EXPECT_TRUE(forget_withdrawn(version, project_with("Ida Alt", true), project_with("Ida Alt", false)));
    EXPECT_EQ(version.contact_email, "");
    EXPECT_EQ(version.contact_phone, "03641 555000");
    EXPECT_TRUE(version.publish_contact_email); // the flag stays, so the diff shows the withdrawal

    Project replaced = project_with("Ida Alt", false);
    EXPECT_TRUE(forget_withdrawn(replaced, project_with("Ida Alt", false), project_with("Nora Neu", false)));
    EXPECT_EQ(replaced.contact_name, "");
    EXPECT_EQ(replaced.contact_email, "");
    EXPECT_EQ(replaced.contact_phone, "");
    EXPECT_FALSE(replaced.publish_contact_name);

    Project unchanged = project_with("Ida Alt", true);
    EXPECT_FALSE(forget_withdrawn(unchanged, project_with("Ida Alt", true), project_with("Ida Alt", true)));
    // A new person's consent is a grant that needs a basis; the former one's is withdrawn.
    const auto changes = consent_changes(project_contacts(project_with("Ida Alt", false)),
                                         project_contacts(project_with("Nora Neu", false)));
    ASSERT_EQ(changes.size(), 2U);
    EXPECT_EQ(changes[0].person, "Nora Neu");
    EXPECT_TRUE(changes[0].granted);
    EXPECT_EQ(changes[1].person, "Ida Alt");
    EXPECT_TRUE(changes[1].removed);
}

TEST(ContactConsent, OnlyTheBasesAMemberMayChooseAreAccepted)
{
    EXPECT_TRUE(is_consent_basis("written"));
    EXPECT_TRUE(is_consent_basis("oral"));
    EXPECT_TRUE(is_consent_basis("function_address"));
    EXPECT_FALSE(is_consent_basis("withdrawn"));
    EXPECT_FALSE(is_consent_basis(""));
}

} // namespace
} // namespace rundum
