// SPDX-License-Identifier: EUPL-1.2
// Adoptions, interest, advice, notifications, shared challenges and indicator values in storage,
// on every backend.
#include <gtest/gtest.h>

#include "store_fixture.hpp"

namespace rundum::store {
namespace {

Adoption muenchen_adopts_visits()
{
    Adoption adoption;
    adoption.id = "a-1";
    adoption.original_project_id = "p-leipzig-besuche";
    adoption.city_id = "city-muenchen";
    adoption.project_id = "p-muenchen-paket";
    adoption.adaptations = "Paket statt Besuch;\nHausbesuch nur auf Wunsch";
    adoption.experience = "Gut angenommen, „viel Nachfrage“.";
    adoption.outcome = AdoptionOutcome::Good;
    adoption.started = "2019-04";
    adoption.updates = {AdoptionUpdate{"2020-01-15", "Erstes Jahr: gut"},
                        AdoptionUpdate{"2021-02-01", "Übersetzungen ergänzt"},
                        AdoptionUpdate{"2019-12-01", "Nachgetragen, steht trotzdem zuletzt"}};
    adoption.created_at = "2026-01-02T00:00:00Z";
    adoption.updated_at = "2026-01-03T00:00:00Z";
    return adoption;
}

Challenge challenge(const std::string& slug, const std::string& title, int position)
{
    Challenge challenge;
    challenge.slug = slug;
    challenge.title = title;
    challenge.description = "Ein **Absatz**.\n\nNoch einer.";
    challenge.open_questions = {"Wie erreichen wir Familien?", "Was kostet es – und wer zahlt?"};
    challenge.position = position;
    return challenge;
}

ChallengeApproach approach(const std::string& slug, const std::string& city_slug, const std::string& text)
{
    return ChallengeApproach{slug, "city-" + city_slug, text, "2026-02-01T00:00:00Z", "Erika Muster"};
}

IndicatorValue figure(const std::string& city_slug, const std::string& indicator, double value, int year)
{
    return IndicatorValue{"city-" + city_slug, indicator, value, year, "Statistisches Landesamt, Tabelle 1",
                          "", "2026-03-01T00:00:00Z", "Import"};
}

class LearningStoreTest : public FreshStoreTest {
protected:
    void SetUp() override
    {
        open_store({sample_city("jena", "Jena"), sample_city("leipzig", "Leipzig"), sample_city("muenchen", "München")},
                   {sample_project("p-leipzig-besuche", "leipzig", "Willkommensbesuche"),
                    sample_project("p-leipzig-kita", "leipzig", "Kitaplatzbörse"),
                    sample_project("p-muenchen-paket", "muenchen", "Babybegrüßungspaket"),
                    sample_project("p-muenchen-kita", "muenchen", "Kitaausbau"),
                    sample_project("p-jena-pass", "jena", "Familienpass")});
    }
};

void expect_same_adoption(const Adoption& found, const Adoption& expected)
{
    EXPECT_EQ(found.id, expected.id);
    EXPECT_EQ(found.original_project_id, expected.original_project_id);
    EXPECT_EQ(found.city_id, expected.city_id);
    EXPECT_EQ(found.project_id, expected.project_id);
    EXPECT_EQ(found.adaptations, expected.adaptations);
    EXPECT_EQ(found.experience, expected.experience);
    EXPECT_EQ(found.outcome, expected.outcome);
    EXPECT_EQ(found.started, expected.started);
    EXPECT_EQ(found.created_at, expected.created_at);
    EXPECT_EQ(found.updated_at, expected.updated_at);
    ASSERT_EQ(found.updates.size(), expected.updates.size());
    for (std::size_t i = 0; i < expected.updates.size(); ++i) {
        EXPECT_EQ(found.updates[i].date, expected.updates[i].date) << i;
        EXPECT_EQ(found.updates[i].text, expected.updates[i].text) << i;
    }
}

TEST_F(LearningStoreTest, AnAdoptionComesBackWithItsUpdatesInTheirOrder)
{
    Adoption adoption = muenchen_adopts_visits();
    EXPECT_TRUE(moves_version([&] { ASSERT_TRUE(m_store->save_adoption(adoption).has_value()); }));
    auto found = m_store->find_adoption("a-1").value();
    ASSERT_TRUE(found.has_value());
    expect_same_adoption(*found, adoption);
    EXPECT_FALSE(m_store->find_adoption("a-keine").value().has_value());

    // Saving again replaces the state, updates included.
    adoption.outcome = AdoptionOutcome::Mixed;
    adoption.updates = {AdoptionUpdate{"2022-05-05", "Nur noch eins"}};
    EXPECT_TRUE(moves_version([&] { ASSERT_TRUE(m_store->save_adoption(adoption).has_value()); }));
    auto listed = m_store->list_adoptions().value();
    ASSERT_EQ(listed.size(), 1U);
    expect_same_adoption(listed[0], adoption);
}

TEST_F(LearningStoreTest, AdoptionsAreListedOldestFirstEachWithItsOwnUpdates)
{
    Adoption later = muenchen_adopts_visits();
    later.id = "a-0";
    later.city_id = "city-jena";
    later.project_id = "";
    later.updates = {AdoptionUpdate{"2026-01-01", "Jena"}};
    later.created_at = "2026-05-01T00:00:00Z";
    ASSERT_TRUE(m_store->save_adoption(later).has_value());
    ASSERT_TRUE(m_store->save_adoption(muenchen_adopts_visits()).has_value());
    auto listed = m_store->list_adoptions().value();
    ASSERT_EQ(listed.size(), 2U);
    expect_same_adoption(listed[0], muenchen_adopts_visits());
    expect_same_adoption(listed[1], later);
}

TEST_F(LearningStoreTest, AnAdoptionWithoutOwnProjectComesBackWithoutOne)
{
    Adoption adoption = muenchen_adopts_visits();
    adoption.project_id = "";
    adoption.updates.clear();
    adoption.started = "";
    adoption.outcome = AdoptionOutcome::Open;
    ASSERT_TRUE(m_store->save_adoption(adoption).has_value());
    auto found = m_store->find_adoption("a-1").value();
    ASSERT_TRUE(found.has_value());
    expect_same_adoption(*found, adoption);
}

TEST_F(LearningStoreTest, DeletingTheOriginalProjectRemovesItsAdoptions)
{
    ASSERT_TRUE(m_store->save_adoption(muenchen_adopts_visits()).has_value());
    ASSERT_TRUE(m_store->delete_project("p-leipzig-besuche").has_value());
    EXPECT_FALSE(m_store->find_adoption("a-1").value().has_value());
    EXPECT_TRUE(m_store->list_adoptions().value().empty());
    EXPECT_TRUE(m_store->snapshot().value().adoptions.empty());
}

TEST_F(LearningStoreTest, DeletingTheOwnProjectKeepsTheAdoptionWithoutIt)
{
    ASSERT_TRUE(m_store->save_adoption(muenchen_adopts_visits()).has_value());
    ASSERT_TRUE(m_store->delete_project("p-muenchen-paket").has_value());
    auto found = m_store->find_adoption("a-1").value();
    ASSERT_TRUE(found.has_value()) << "the city still adopted the project";
    EXPECT_EQ(found->project_id, "");
    EXPECT_EQ(found->updates.size(), 3U);
}

TEST_F(LearningStoreTest, DeletingAnAdoptionTakesItsUpdatesAndAnUnknownOneIsNotFound)
{
    ASSERT_TRUE(m_store->save_adoption(muenchen_adopts_visits()).has_value());
    EXPECT_TRUE(moves_version([&] { ASSERT_TRUE(m_store->delete_adoption("a-1").has_value()); }));
    EXPECT_FALSE(m_store->find_adoption("a-1").value().has_value());
    EXPECT_FALSE(moves_version([&] {
        auto deleted = m_store->delete_adoption("a-1");
        ASSERT_FALSE(deleted.has_value());
        EXPECT_EQ(deleted.error().code, ErrorCode::NotFound);
        EXPECT_EQ(deleted.error().key, "error.adoption.not_found");
    }));
    // Saved again under the same id, it starts without the old updates.
    Adoption again = muenchen_adopts_visits();
    again.updates.clear();
    ASSERT_TRUE(m_store->save_adoption(again).has_value());
    EXPECT_TRUE(m_store->find_adoption("a-1").value()->updates.empty());
}

TEST_F(LearningStoreTest, ACityIsInterestedInAProjectOnce)
{
    const Interest interest{"p-leipzig-besuche", "city-jena", "u-1", "Wie finanziert ihr das?", "2026-01-05T00:00:00Z"};
    EXPECT_TRUE(moves_version([&] { EXPECT_TRUE(m_store->add_interest(interest).value()); }));
    Interest again = interest;
    again.note = "Noch einmal";
    again.user_id = "u-2";
    EXPECT_FALSE(moves_version([&] { EXPECT_FALSE(m_store->add_interest(again).value()); }));
    const Interest other{"p-leipzig-besuche", "city-muenchen", "u-3", "", "2026-01-04T00:00:00Z"};
    EXPECT_TRUE(m_store->add_interest(other).value());
    ASSERT_TRUE(m_store->add_interest({"p-jena-pass", "city-leipzig", "u-4", "", "2026-01-01T00:00:00Z"}).value());

    auto found = m_store->interests("p-leipzig-besuche").value();
    ASSERT_EQ(found.size(), 2U) << "one row per city, only of this project";
    EXPECT_EQ(found[0].city_id, "city-muenchen") << "oldest first";
    EXPECT_EQ(found[1].city_id, "city-jena");
    EXPECT_EQ(found[1].note, "Wie finanziert ihr das?") << "the first note stays";
    EXPECT_EQ(found[1].user_id, "u-1");
    EXPECT_EQ(found[1].created_at, "2026-01-05T00:00:00Z");

    EXPECT_TRUE(moves_version(
        [&] { ASSERT_TRUE(m_store->remove_interest("p-leipzig-besuche", "city-jena").has_value()); }));
    found = m_store->interests("p-leipzig-besuche").value();
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].city_id, "city-muenchen");
    EXPECT_EQ(m_store->interests("p-jena-pass").value().size(), 1U);
    EXPECT_TRUE(m_store->add_interest(interest).value()) << "after removing, the city may say so again";
}

TEST_F(LearningStoreTest, AdviceIsAddedListedAndDeleted)
{
    const Advice first{"adv-2", "p-muenchen-paket", "city-leipzig", "city-muenchen", "Aufbau des Pakets", "2018",
                       "2026-01-01T00:00:00Z"};
    const Advice second{"adv-1", "p-jena-pass", "city-muenchen", "city-jena", "", "", "2026-02-01T00:00:00Z"};
    EXPECT_TRUE(moves_version([&] { ASSERT_TRUE(m_store->add_advice(first).has_value()); }));
    ASSERT_TRUE(m_store->add_advice(second).has_value());
    auto listed = m_store->list_advice().value();
    ASSERT_EQ(listed.size(), 2U);
    EXPECT_EQ(listed[0].id, "adv-2") << "oldest first";
    EXPECT_EQ(listed[0].project_id, "p-muenchen-paket");
    EXPECT_EQ(listed[0].advising_city_id, "city-leipzig");
    EXPECT_EQ(listed[0].advised_city_id, "city-muenchen");
    EXPECT_EQ(listed[0].note, "Aufbau des Pakets");
    EXPECT_EQ(listed[0].year, "2018");
    EXPECT_EQ(listed[0].created_at, "2026-01-01T00:00:00Z");
    EXPECT_EQ(listed[1].year, "");

    EXPECT_TRUE(moves_version([&] { ASSERT_TRUE(m_store->delete_advice("adv-2").has_value()); }));
    listed = m_store->list_advice().value();
    ASSERT_EQ(listed.size(), 1U);
    EXPECT_EQ(listed[0].id, "adv-1");
    auto deleted = m_store->delete_advice("adv-2");
    ASSERT_FALSE(deleted.has_value());
    EXPECT_EQ(deleted.error().code, ErrorCode::NotFound);
    EXPECT_EQ(deleted.error().key, "error.advice.not_found");

    // Advice on a project goes with the project.
    ASSERT_TRUE(m_store->delete_project("p-jena-pass").has_value());
    EXPECT_TRUE(m_store->list_advice().value().empty());
}

class NotificationStoreTest : public LearningStoreTest {
protected:
    void SetUp() override
    {
        LearningStoreTest::SetUp();
        for (const char* id : {"u-1", "u-2"}) {
            User user{id, std::string(id) + "@leipzig.example", "K", Role::Coordinator, "city-leipzig", true,
                      "2026-01-01T00:00:00Z"};
            ASSERT_TRUE(m_store->add_user(user).has_value());
        }
    }

    void notify(const std::string& id, const std::string& user_id, const std::string& created_at,
                std::vector<std::string> arguments = {})
    {
        ASSERT_TRUE(m_store
                        ->add_notification(Notification{id, user_id, "notification.interest", std::move(arguments),
                                                        "/praxisbeispiele/" + id, created_at, false})
                        .has_value());
    }
};

TEST_F(NotificationStoreTest, NotificationsComeNewestFirstWithTheirArguments)
{
    notify("n-1", "u-1", "2026-01-01T00:00:00Z");
    notify("n-2", "u-1", "2026-01-03T00:00:00Z", {"Jena"});
    notify("n-3", "u-1", "2026-01-02T00:00:00Z", {"Frankfurt am Main", "Willkommensbesuche für Neugeborene", "",
                                                  "Grüße aus München; „Straße“ – ä ö ü ß"});
    notify("n-4", "u-1", "2026-01-04T00:00:00Z", {""});
    notify("n-5", "u-2", "2026-01-05T00:00:00Z", {"für jemand anderen"});

    auto found = m_store->notifications("u-1", 10).value();
    ASSERT_EQ(found.size(), 4U);
    EXPECT_EQ(found[0].id, "n-4");
    EXPECT_EQ(found[1].id, "n-2");
    EXPECT_EQ(found[2].id, "n-3");
    EXPECT_EQ(found[3].id, "n-1");
    EXPECT_EQ(found[0].arguments, std::vector<std::string>{""}) << "one empty argument is still one argument";
    EXPECT_EQ(found[1].arguments, std::vector<std::string>{"Jena"});
    EXPECT_EQ(found[2].arguments, (std::vector<std::string>{"Frankfurt am Main", "Willkommensbesuche für Neugeborene",
                                                            "", "Grüße aus München; „Straße“ – ä ö ü ß"}));
    EXPECT_TRUE(found[3].arguments.empty());
    EXPECT_EQ(found[3].user_id, "u-1");
    EXPECT_EQ(found[3].message_key, "notification.interest");
    EXPECT_EQ(found[3].link, "/praxisbeispiele/n-1");
    EXPECT_EQ(found[3].created_at, "2026-01-01T00:00:00Z");
    EXPECT_FALSE(found[3].is_read);

    auto newest = m_store->notifications("u-1", 2).value();
    ASSERT_EQ(newest.size(), 2U);
    EXPECT_EQ(newest[0].id, "n-4");
    EXPECT_EQ(newest[1].id, "n-2");
    EXPECT_TRUE(m_store->notifications("u-keiner", 10).value().empty());
}

TEST_F(NotificationStoreTest, ArgumentsWithAnyCharactersComeBackUnchanged)
{
    const std::vector<std::string> odd = {"a\x1f" "b", "1:2", "", "Zeile\nZeile", "\\", "0:"};
    notify("n-1", "u-1", "2026-01-01T00:00:00Z", odd);
    EXPECT_EQ(m_store->notifications("u-1", 1).value().at(0).arguments, odd);
}

TEST_F(NotificationStoreTest, MarkingReadConcernsOnlyThatMember)
{
    notify("n-1", "u-1", "2026-01-01T00:00:00Z");
    notify("n-2", "u-1", "2026-01-02T00:00:00Z");
    notify("n-3", "u-2", "2026-01-03T00:00:00Z");
    ASSERT_TRUE(m_store->mark_notifications_read("u-1").has_value());
    const auto mine = m_store->notifications("u-1", 10).value(); // kept: a loop over the temporary would dangle
    for (const Notification& notification : mine) {
        EXPECT_TRUE(notification.is_read) << notification.id;
    }
    auto other = m_store->notifications("u-2", 10).value();
    ASSERT_EQ(other.size(), 1U);
    EXPECT_FALSE(other[0].is_read);
}

TEST_F(LearningStoreTest, ChallengesComeInTheirOrderWithTheirQuestions)
{
    EXPECT_TRUE(moves_version(
        [&] { ASSERT_TRUE(m_store->save_challenge(challenge("kitaausbau", "Kitaausbau", 3)).has_value()); }));
    ASSERT_TRUE(m_store->save_challenge(challenge("wohnungsmarkt-und-mieten", "Wohnungsmärkte", 1)).has_value());
    Challenge poverty = challenge("familien-und-kinderarmut", "Familien- und Kinderarmut", 2);
    poverty.open_questions.clear();
    ASSERT_TRUE(m_store->save_challenge(poverty).has_value());

    auto listed = m_store->list_challenges().value();
    ASSERT_EQ(listed.size(), 3U);
    EXPECT_EQ(listed[0].slug, "wohnungsmarkt-und-mieten");
    EXPECT_EQ(listed[1].slug, "familien-und-kinderarmut");
    EXPECT_EQ(listed[2].slug, "kitaausbau");
    EXPECT_TRUE(listed[1].open_questions.empty());

    auto found = m_store->find_challenge("kitaausbau").value();
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->title, "Kitaausbau");
    EXPECT_EQ(found->description, "Ein **Absatz**.\n\nNoch einer.");
    EXPECT_EQ(found->open_questions, challenge("kitaausbau", "", 0).open_questions);
    EXPECT_EQ(found->position, 3);
    EXPECT_TRUE(found->project_ids.empty());
    EXPECT_FALSE(m_store->find_challenge("keine").value().has_value());
}

TEST_F(LearningStoreTest, SavingAChallengeKeepsItsLinkedProjects)
{
    ASSERT_TRUE(m_store->save_challenge(challenge("kitaausbau", "Kitaausbau", 1)).has_value());
    ASSERT_TRUE(m_store->save_approach(approach("kitaausbau", "leipzig", "Platzbörse"), {"p-leipzig-kita"}).has_value());
    Challenge renamed = challenge("kitaausbau", "Kitaausbau und Fachkräfte", 5);
    renamed.open_questions = {"Nur eine Frage?"};
    EXPECT_TRUE(moves_version([&] { ASSERT_TRUE(m_store->save_challenge(renamed).has_value()); }));
    auto found = m_store->find_challenge("kitaausbau").value();
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->title, "Kitaausbau und Fachkräfte");
    EXPECT_EQ(found->open_questions, std::vector<std::string>{"Nur eine Frage?"});
    EXPECT_EQ(found->position, 5);
    EXPECT_EQ(found->project_ids, std::vector<std::string>{"p-leipzig-kita"});
    EXPECT_EQ(m_store->challenge_approaches("kitaausbau").value().size(), 1U);
}

TEST_F(LearningStoreTest, AnApproachLinksOnlyItsOwnCitysProjects)
{
    ASSERT_TRUE(m_store->save_challenge(challenge("kitaausbau", "Kitaausbau", 1)).has_value());
    ASSERT_TRUE(m_store->save_challenge(challenge("wohnungsmarkt-und-mieten", "Wohnen", 2)).has_value());
    ASSERT_TRUE(m_store->save_approach(approach("kitaausbau", "leipzig", "Platzbörse"), {"p-leipzig-kita"}).has_value());
    EXPECT_TRUE(moves_version([&] {
        ASSERT_TRUE(m_store
                        ->save_approach(approach("kitaausbau", "muenchen", "Ausbau mit Trägern"),
                                        {"p-muenchen-kita", "p-muenchen-paket"})
                        .has_value());
    }));
    EXPECT_EQ(m_store->find_challenge("kitaausbau").value()->project_ids,
              (std::vector<std::string>{"p-leipzig-kita", "p-muenchen-kita", "p-muenchen-paket"}));

    // München changes its links: Leipzig's stay, and the other challenge is untouched.
    ASSERT_TRUE(m_store->save_approach(approach("wohnungsmarkt-und-mieten", "muenchen", "Tausch"), {"p-muenchen-paket"})
                    .has_value());
    ASSERT_TRUE(m_store->save_approach(approach("kitaausbau", "muenchen", "Nur noch Ausbau"), {"p-muenchen-kita"})
                    .has_value());
    EXPECT_EQ(m_store->find_challenge("kitaausbau").value()->project_ids,
              (std::vector<std::string>{"p-leipzig-kita", "p-muenchen-kita"}));
    EXPECT_EQ(m_store->find_challenge("wohnungsmarkt-und-mieten").value()->project_ids,
              std::vector<std::string>{"p-muenchen-paket"});

    auto approaches = m_store->challenge_approaches("kitaausbau").value();
    ASSERT_EQ(approaches.size(), 2U);
    EXPECT_EQ(approaches[0].city_id, "city-leipzig") << "ordered by city";
    EXPECT_EQ(approaches[1].city_id, "city-muenchen");
    EXPECT_EQ(approaches[1].text, "Nur noch Ausbau");
    EXPECT_EQ(approaches[1].updated_by, "Erika Muster");
    EXPECT_EQ(approaches[1].updated_at, "2026-02-01T00:00:00Z");
}

TEST_F(LearningStoreTest, AnApproachWithAnotherCitysProjectChangesNothing)
{
    ASSERT_TRUE(m_store->save_challenge(challenge("kitaausbau", "Kitaausbau", 1)).has_value());
    ASSERT_TRUE(m_store->save_approach(approach("kitaausbau", "muenchen", "Vorher"), {"p-muenchen-kita"}).has_value());
    EXPECT_FALSE(moves_version([&] {
        auto saved = m_store->save_approach(approach("kitaausbau", "muenchen", "Nachher"),
                                            {"p-muenchen-paket", "p-leipzig-kita"});
        ASSERT_FALSE(saved.has_value());
        EXPECT_EQ(saved.error().code, ErrorCode::Invalid);
        EXPECT_EQ(saved.error().key, "error.approach.project_not_of_city");
        EXPECT_EQ(saved.error().args, std::vector<std::string>{"p-leipzig-kita"});
    }));
    EXPECT_EQ(m_store->find_challenge("kitaausbau").value()->project_ids, std::vector<std::string>{"p-muenchen-kita"});
    auto approaches = m_store->challenge_approaches("kitaausbau").value();
    ASSERT_EQ(approaches.size(), 1U);
    EXPECT_EQ(approaches[0].text, "Vorher");

    auto unknown = m_store->save_approach(approach("kitaausbau", "muenchen", "X"), {"p-gibt-es-nicht"});
    ASSERT_FALSE(unknown.has_value());
    EXPECT_EQ(unknown.error().code, ErrorCode::Invalid);
    EXPECT_EQ(m_store->find_challenge("kitaausbau").value()->project_ids, std::vector<std::string>{"p-muenchen-kita"});
}

TEST_F(LearningStoreTest, AnEmptyApproachRemovesItAndAnUnknownChallengeIsNotFound)
{
    ASSERT_TRUE(m_store->save_challenge(challenge("kitaausbau", "Kitaausbau", 1)).has_value());
    ASSERT_TRUE(m_store->save_approach(approach("kitaausbau", "muenchen", "Ausbau"), {"p-muenchen-kita"}).has_value());
    ASSERT_TRUE(m_store->save_approach(approach("kitaausbau", "leipzig", "Börse"), {}).has_value());
    EXPECT_TRUE(moves_version(
        [&] { ASSERT_TRUE(m_store->save_approach(approach("kitaausbau", "muenchen", ""), {}).has_value()); }));
    auto approaches = m_store->challenge_approaches("kitaausbau").value();
    ASSERT_EQ(approaches.size(), 1U);
    EXPECT_EQ(approaches[0].city_id, "city-leipzig");
    EXPECT_TRUE(m_store->find_challenge("kitaausbau").value()->project_ids.empty());

    EXPECT_FALSE(moves_version([&] {
        auto saved = m_store->save_approach(approach("keine", "muenchen", "Text"), {"p-muenchen-kita"});
        ASSERT_FALSE(saved.has_value());
        EXPECT_EQ(saved.error().code, ErrorCode::NotFound);
        EXPECT_EQ(saved.error().key, "error.challenge.not_found");
    }));
    EXPECT_TRUE(m_store->challenge_approaches("keine").value().empty());
}

TEST_F(LearningStoreTest, DeletingAChallengeTakesItsApproachesAndLinks)
{
    ASSERT_TRUE(m_store->save_challenge(challenge("kitaausbau", "Kitaausbau", 1)).has_value());
    ASSERT_TRUE(m_store->save_challenge(challenge("wohnungsmarkt-und-mieten", "Wohnen", 2)).has_value());
    ASSERT_TRUE(m_store->save_approach(approach("kitaausbau", "muenchen", "Ausbau"), {"p-muenchen-kita"}).has_value());
    ASSERT_TRUE(m_store->save_approach(approach("wohnungsmarkt-und-mieten", "muenchen", "Tausch"), {"p-muenchen-kita"})
                    .has_value());
    EXPECT_TRUE(moves_version([&] { ASSERT_TRUE(m_store->delete_challenge("kitaausbau").has_value()); }));
    EXPECT_FALSE(m_store->find_challenge("kitaausbau").value().has_value());
    EXPECT_TRUE(m_store->challenge_approaches("kitaausbau").value().empty());
    const NetworkSnapshot snapshot = m_store->snapshot().value();
    ASSERT_EQ(snapshot.challenges.size(), 1U);
    EXPECT_EQ(snapshot.challenges[0].project_ids, std::vector<std::string>{"p-muenchen-kita"});
    ASSERT_EQ(snapshot.approaches.size(), 1U);
    EXPECT_EQ(snapshot.approaches[0].challenge_slug, "wohnungsmarkt-und-mieten");

    auto again = m_store->delete_challenge("kitaausbau");
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().code, ErrorCode::NotFound);

    // Re-created, it starts with no approaches or links.
    ASSERT_TRUE(m_store->save_challenge(challenge("kitaausbau", "Kitaausbau", 1)).has_value());
    EXPECT_TRUE(m_store->find_challenge("kitaausbau").value()->project_ids.empty());
    EXPECT_TRUE(m_store->challenge_approaches("kitaausbau").value().empty());
}

TEST_F(LearningStoreTest, AnIndicatorValueReplacesTheCitysEarlierFigure)
{
    IndicatorValue poverty = figure("leipzig", "child_poverty", 21.4, 2022);
    poverty.note = "Quote der unter 15-Jährigen";
    EXPECT_TRUE(moves_version([&] {
        ASSERT_TRUE(m_store->save_indicator_values({poverty, figure("leipzig", "population", 616093, 2023),
                                                    figure("jena", "child_poverty", 9.25, 2022)})
                        .has_value());
    }));
    IndicatorValue newer = figure("leipzig", "child_poverty", 19.75, 2023);
    newer.source = "Bundesagentur für Arbeit";
    newer.updated_by = "Erika Muster";
    ASSERT_TRUE(m_store->save_indicator_values({newer}).has_value());

    auto values = m_store->list_indicator_values().value();
    ASSERT_EQ(values.size(), 3U) << "one figure per city and indicator";
    EXPECT_EQ(values[0].city_id, "city-jena") << "ordered by city, then indicator";
    EXPECT_DOUBLE_EQ(values[0].value, 9.25);
    EXPECT_EQ(values[1].city_id, "city-leipzig");
    EXPECT_EQ(values[1].indicator, "child_poverty");
    EXPECT_DOUBLE_EQ(values[1].value, 19.75);
    EXPECT_EQ(values[1].year, 2023);
    EXPECT_EQ(values[1].source, "Bundesagentur für Arbeit");
    EXPECT_EQ(values[1].note, "") << "the new figure's note, not the old one";
    EXPECT_EQ(values[1].updated_by, "Erika Muster");
    EXPECT_EQ(values[1].updated_at, "2026-03-01T00:00:00Z");
    EXPECT_EQ(values[2].indicator, "population");
    EXPECT_DOUBLE_EQ(values[2].value, 616093);

    EXPECT_TRUE(moves_version(
        [&] { ASSERT_TRUE(m_store->remove_indicator_value("city-leipzig", "child_poverty").has_value()); }));
    values = m_store->list_indicator_values().value();
    ASSERT_EQ(values.size(), 2U);
    EXPECT_EQ(values[0].city_id, "city-jena");
    EXPECT_EQ(values[1].indicator, "population");
}

TEST_F(LearningStoreTest, IndicatorValuesAreSavedAllOrNone)
{
    ASSERT_TRUE(m_store->save_indicator_values({figure("jena", "rent", 7.5, 2022)}).has_value());
    EXPECT_FALSE(moves_version([&] {
        EXPECT_FALSE(m_store->save_indicator_values({figure("jena", "rent", 8.5, 2023),
                                                     figure("gibt-es-nicht", "rent", 1, 2023)})
                         .has_value());
    }));
    auto values = m_store->list_indicator_values().value();
    ASSERT_EQ(values.size(), 1U);
    EXPECT_DOUBLE_EQ(values[0].value, 7.5);
}

TEST_F(LearningStoreTest, TheSnapshotCarriesEverythingIntoAFreshStore)
{
    Adoption own = muenchen_adopts_visits();
    Adoption bare = muenchen_adopts_visits();
    bare.id = "a-0";
    bare.city_id = "city-jena";
    bare.project_id = "";
    bare.updates.clear();
    bare.outcome = AdoptionOutcome::Poor;
    ASSERT_TRUE(m_store->save_adoption(own).has_value());
    ASSERT_TRUE(m_store->save_adoption(bare).has_value());
    ASSERT_TRUE(m_store
                    ->add_advice({"adv-1", "p-muenchen-paket", "city-leipzig", "city-muenchen", "Paket", "2018",
                                  "2026-01-01T00:00:00Z"})
                    .has_value());
    ASSERT_TRUE(m_store->save_challenge(challenge("kitaausbau", "Kitaausbau", 2)).has_value());
    ASSERT_TRUE(m_store->save_challenge(challenge("wohnungsmarkt-und-mieten", "Wohnen", 1)).has_value());
    ASSERT_TRUE(m_store->save_approach(approach("kitaausbau", "muenchen", "Ausbau"), {"p-muenchen-kita"}).has_value());
    ASSERT_TRUE(m_store->save_approach(approach("kitaausbau", "leipzig", "Börse"), {"p-leipzig-kita"}).has_value());
    ASSERT_TRUE(m_store->save_indicator_values({figure("jena", "rent", 7.5, 2022), figure("leipzig", "rent", 6.25, 2021)})
                    .has_value());
    const NetworkSnapshot original = m_store->snapshot().value();
    ASSERT_EQ(original.adoptions.size(), 2U);
    EXPECT_EQ(original.adoptions[0].id, "a-0") << "ordered by id";
    ASSERT_EQ(original.challenges.size(), 2U);
    EXPECT_EQ(original.challenges[0].slug, "wohnungsmarkt-und-mieten") << "in their order";

    rundum::testing::TemporaryDirectory directory;
    rundum::testing::TestDatabase database;
    auto fresh = create_store({directory.path() / "data", database.url()});
    ASSERT_TRUE(fresh.has_value()) << (fresh ? "" : fresh.error().detail);
    ASSERT_TRUE((*fresh)->apply_snapshot(original).has_value());
    const NetworkSnapshot copy = (*fresh)->snapshot().value();

    ASSERT_EQ(copy.adoptions.size(), 2U);
    expect_same_adoption(copy.adoptions[0], bare);
    expect_same_adoption(copy.adoptions[1], own);
    ASSERT_EQ(copy.advice.size(), 1U);
    EXPECT_EQ(copy.advice[0].advising_city_id, "city-leipzig");
    EXPECT_EQ(copy.advice[0].note, "Paket");
    EXPECT_EQ(copy.advice[0].year, "2018");
    ASSERT_EQ(copy.challenges.size(), 2U);
    for (std::size_t i = 0; i < 2; ++i) {
        EXPECT_EQ(copy.challenges[i].slug, original.challenges[i].slug);
        EXPECT_EQ(copy.challenges[i].title, original.challenges[i].title);
        EXPECT_EQ(copy.challenges[i].description, original.challenges[i].description);
        EXPECT_EQ(copy.challenges[i].open_questions, original.challenges[i].open_questions);
        EXPECT_EQ(copy.challenges[i].position, original.challenges[i].position);
        EXPECT_EQ(copy.challenges[i].project_ids, original.challenges[i].project_ids);
    }
    EXPECT_EQ(copy.challenges[1].project_ids, (std::vector<std::string>{"p-leipzig-kita", "p-muenchen-kita"}));
    ASSERT_EQ(copy.approaches.size(), 2U);
    EXPECT_EQ(copy.approaches[0].city_id, "city-leipzig");
    EXPECT_EQ(copy.approaches[0].text, "Börse");
    EXPECT_EQ(copy.approaches[1].updated_by, "Erika Muster");
    ASSERT_EQ(copy.indicator_values.size(), 2U);
    EXPECT_EQ(copy.indicator_values[1].city_id, "city-leipzig");
    EXPECT_DOUBLE_EQ(copy.indicator_values[1].value, 6.25);
    EXPECT_EQ(copy.indicator_values[1].year, 2021);
    EXPECT_EQ(copy.indicator_values[1].source, "Statistisches Landesamt, Tabelle 1");

    // Applying the same snapshot again changes nothing visible but the version.
    const auto before = (*fresh)->data_version().value();
    ASSERT_TRUE((*fresh)->apply_snapshot(original).has_value());
    EXPECT_NE((*fresh)->data_version().value(), before);
    EXPECT_EQ((*fresh)->snapshot().value().challenges[1].project_ids, copy.challenges[1].project_ids);
    EXPECT_EQ((*fresh)->list_adoptions().value().size(), 2U);
}

} // namespace
} // namespace rundum::store
