// SPDX-License-Identifier: EUPL-1.2
// A project contact's consent: what the public sees, what a restore keeps, what a diff shows.
#include <gtest/gtest.h>

#include "core/project.hpp"
#include "core/project_diff.hpp"

namespace rundum {
namespace {

Project with_contact(bool name, bool email, bool phone)
{
    Project project;
    project.id = "p-jena-bus";
    project.title = "Beratungsbus";
    project.contact_name = "Stefanie Beispiel";
    project.contact_email = "s.beispiel@jena.example";
    project.contact_phone = "03641 555123";
    project.publish_contact_name = name;
    project.publish_contact_email = email;
    project.publish_contact_phone = phone;
    return project;
}

TEST(ProjectContact, ThePublicSeesOnlyTheFieldsThePersonAgreedTo)
{
    const Project shown = public_view(with_contact(false, true, false));
    EXPECT_EQ(shown.contact_name, "");
    EXPECT_EQ(shown.contact_email, "s.beispiel@jena.example");
    EXPECT_EQ(shown.contact_phone, "");
    EXPECT_EQ(shown.title, "Beratungsbus") << "the rest of the project stays";
    EXPECT_EQ(public_view(with_contact(true, true, true)).contact_phone, "03641 555123");
    const Project nothing = public_view(with_contact(false, false, false));
    EXPECT_TRUE(nothing.contact_name.empty() && nothing.contact_email.empty() && nothing.contact_phone.empty());
}

TEST(ProjectContact, ARestoredVersionNeverBringsBackAWithdrawnConsent)
{
    const Project old_version = with_contact(true, true, true);
    const Project current = with_contact(true, false, false); // email and phone withdrawn since
    const Project restored = with_current_consent(old_version, current);
    EXPECT_TRUE(restored.publish_contact_name);
    EXPECT_FALSE(restored.publish_contact_email);
    EXPECT_FALSE(restored.publish_contact_phone);
    EXPECT_EQ(restored.contact_email, "s.beispiel@jena.example") << "the content is restored";
}

TEST(ProjectContact, ARestoreDoesNotGiveTheCurrentConsentToOtherData)
{
    Project old_version = with_contact(false, false, false);
    old_version.contact_name = "Paul Früher";
    old_version.contact_email = "paul@jena.example";
    const Project current = with_contact(true, true, true);
    const Project restored = with_current_consent(old_version, current);
    EXPECT_FALSE(restored.publish_contact_name) << "Paul never agreed";
    EXPECT_FALSE(restored.publish_contact_email);
    EXPECT_TRUE(restored.publish_contact_phone) << "the same number, with its current consent";
}

TEST(ProjectContact, TheDiffShowsAConsentChange)
{
    const std::vector<FieldChange> changes = diff_projects(with_contact(true, true, false), with_contact(true, false, true));
    ASSERT_EQ(changes.size(), 2U);
    EXPECT_EQ(changes[0].field, "publish_contact_email");
    EXPECT_EQ(changes[0].before, "yes");
    EXPECT_EQ(changes[0].after, "no");
    EXPECT_EQ(changes[1].field, "publish_contact_phone");
    EXPECT_EQ(changes[1].after, "yes");
}

} // namespace
} // namespace rundum
