// SPDX-License-Identifier: EUPL-1.2
// Consent records and the rewriting of a city's older versions in storage, on every backend.
#include <gtest/gtest.h>

#include "store_fixture.hpp"

namespace rundum::store {
namespace {

class ConsentStoreTest : public FreshStoreTest {
protected:
    void SetUp() override
    {
        open_store({sample_city("jena", "Jena"), sample_city("erfurt", "Erfurt")});
    }
};

ConsentRecord record(std::string_view kind, const std::string& holder, const std::string& field,
                     bool granted, const std::string& basis, const std::string& at)
{
    return ConsentRecord{
        0,     std::string(kind),   "contact-" + holder, holder, "Paul Privat", field, granted,
        basis, "Stefanie Frommann", "user-stefanie",     at};
}

TEST_F(ConsentStoreTest, RecordsComeBackPerKindAndHolderNewestFirstWithWhoWhenAndBasis)
{
    EXPECT_TRUE(moves_version([&] {
        ASSERT_TRUE(m_store
                        ->add_consent_record(record(CITY_CONTACT, "city-jena", "email", true,
                                                    "written", "2026-12-01T10:00:00Z"))
                        .has_value());
    }));
    ASSERT_TRUE(m_store
                    ->add_consent_record(record(CITY_CONTACT, "city-jena", "email", false,
                                                "withdrawn", "2026-12-02T10:00:00Z"))
                    .has_value());
    ASSERT_TRUE(m_store
                    ->add_consent_record(record(CITY_CONTACT, "city-erfurt", "phone", true, "oral",
                                                "2026-12-03T10:00:00Z"))
                    .has_value());
    // The project helper's kind shares the table: same holder id, other kind, not listed.
    ASSERT_TRUE(m_store
                    ->add_consent_record(record(PROJECT_CONTACT, "city-jena", "name", true, "oral",
                                                "2026-12-04T10:00:00Z"))
                    .has_value());

    const auto jena = m_store->consent_records(CITY_CONTACT, "city-jena").value();
    ASSERT_EQ(jena.size(), 2U);
    EXPECT_FALSE(jena[0].granted); // newest first
    EXPECT_EQ(jena[0].basis, "withdrawn");
    EXPECT_EQ(jena[0].recorded_at, "2026-12-02T10:00:00Z");
    EXPECT_TRUE(jena[1].granted);
    EXPECT_EQ(jena[1].subject_kind, "city_contact");
    EXPECT_EQ(jena[1].subject_id, "contact-city-jena");
    EXPECT_EQ(jena[1].holder_id, "city-jena");
    EXPECT_EQ(jena[1].person, "Paul Privat");
    EXPECT_EQ(jena[1].field, "email");
    EXPECT_EQ(jena[1].basis, "written");
    EXPECT_EQ(jena[1].recorded_by, "Stefanie Frommann");
    EXPECT_EQ(jena[1].recorded_by_id, "user-stefanie");
    EXPECT_GT(jena[0].id, jena[1].id);

    const auto project = m_store->consent_records(PROJECT_CONTACT, "city-jena").value();
    ASSERT_EQ(project.size(), 1U);
    EXPECT_EQ(project[0].field, "name");
    EXPECT_TRUE(m_store->consent_records(CITY_CONTACT, "city-nowhere").value().empty());
}

TEST_F(ConsentStoreTest,
       ASaveWithConsentRewritesOlderVersionsAndKeepsRecordsAndMailsInOneTransaction)
{
    City jena = sample_city("jena", "Jena");
    ASSERT_TRUE(
        m_store->save_city(jena, CityVersion{0, "2026-12-01T10:00:00Z", "Erika", "alt-1 paul@x"})
            .has_value());
    ASSERT_TRUE(
        m_store->save_city(jena, CityVersion{0, "2026-12-01T11:00:00Z", "Erika", "alt-2 paul@x"})
            .has_value());
    jena.statement = "Paul hat widerrufen";
    ConsentWrites writes;
    writes.records.push_back(
        record(CITY_CONTACT, "city-jena", "email", false, "withdrawn", "2026-12-01T12:00:00Z"));
    writes.rewritten_versions.push_back(CityVersion{1, "ignored", "ignored", "alt-1 ohne"});
    writes.mails.push_back(QueuedMail{0, "paul@x.example", "Ihre Kontaktdaten", "Text", 0, ""});
    EXPECT_TRUE(moves_version([&] {
        ASSERT_TRUE(m_store
                        ->save_city_with_consent(
                            jena, CityVersion{0, "2026-12-01T12:00:00Z", "Erika", "neu"}, writes)
                        .has_value());
    }));

    const auto versions = m_store->city_versions("city-jena").value();
    ASSERT_EQ(versions.size(), 3U);
    EXPECT_EQ(versions[0].content, "neu");
    EXPECT_EQ(versions[1].content, "alt-2 paul@x"); // not named: unchanged
    EXPECT_EQ(versions[2].content, "alt-1 ohne");
    EXPECT_EQ(versions[2].changed_at, "2026-12-01T10:00:00Z"); // only the content is rewritten
    EXPECT_EQ(versions[2].changed_by, "Erika");
    EXPECT_EQ(m_store->find_city("jena").value()->statement, "Paul hat widerrufen");
    EXPECT_EQ(m_store->consent_records(CITY_CONTACT, "city-jena").value().size(), 1U);
    const auto mails = m_store->pending_mails(10).value();
    ASSERT_EQ(mails.size(), 1U);
    EXPECT_EQ(mails[0].to, "paul@x.example");

    // Another city's version of the same number is not touched.
    City erfurt = sample_city("erfurt", "Erfurt");
    ASSERT_TRUE(
        m_store->save_city(erfurt, CityVersion{0, "2026-12-01T10:00:00Z", "Erika", "erfurt-1"})
            .has_value());
    ASSERT_TRUE(
        m_store
            ->save_city_with_consent(jena, CityVersion{0, "2026-12-01T13:00:00Z", "Erika", "neu-2"},
                                     ConsentWrites{{}, {CityVersion{1, "", "", "jena-1"}}, {}})
            .has_value());
    EXPECT_EQ(m_store->city_versions("city-erfurt").value()[0].content, "erfurt-1");
    EXPECT_EQ(m_store->city_versions("city-jena").value().back().content, "jena-1");
}

} // namespace
} // namespace rundum::store
