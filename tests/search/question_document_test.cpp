// SPDX-License-Identifier: EUPL-1.2
// Questions to the network in the search index: found by their title, text and answers, by
// members only, never by the public nor in the public's suggestions.
#include "search/documents.hpp"
#include "search_fixture.hpp"

namespace rundum::search::testing {
namespace {

Question asked()
{
    Question question;
    question.id = "q-1";
    question.title = "Hat jemand Erfahrung mit Leihgroßeltern?";
    question.body = "Wir suchen **Ehrenamtliche** für Familien ohne Großeltern vor Ort.";
    question.topics = {"familienbildung"};
    question.created_at = "2026-03-01T10:00:00Z";
    return question;
}

std::vector<Answer> answers()
{
    return {Answer{"a-1", "q-1", "city-leipzig", "u-1", "Bei uns vermittelt die _Seniorenakademie_ Paten.", false,
                   "2026-03-02T10:00:00Z", "2026-03-02T10:00:00Z"}};
}

class QuestionDocumentTest : public SearchTest {};

TEST_F(QuestionDocumentTest, AQuestionIsAMembersOnlyDocumentWithItsAnswersAsBody)
{
    const SearchDocument document = question_document(asked(), answers());
    EXPECT_EQ(document.kind, QUESTION_KIND);
    EXPECT_EQ(document.id, "q-1");
    EXPECT_EQ(document.title, "Hat jemand Erfahrung mit Leihgroßeltern?");
    EXPECT_EQ(document.visibility, Visibility::MembersOnly);
    EXPECT_EQ(document.summary.find("**"), std::string::npos) << "Markdown is stripped";
    EXPECT_NE(document.summary.find("Ehrenamtliche"), std::string::npos);
    EXPECT_NE(document.body.find("Seniorenakademie"), std::string::npos) << "answers are indexed with it";
    EXPECT_EQ(document.facets.at("topic"), std::vector<std::string>{"familienbildung"});
    EXPECT_EQ(document.sort_date, "2026-03-01T10:00:00Z");
}

TEST_F(QuestionDocumentTest, MembersFindAQuestionByItsAnswersThePublicNever)
{
    put({question_document(asked(), answers()), project("p-1", "Leihgroßeltern in Jena")});
    SearchQuery members = text("Seniorenakademie");
    members.include_members_only = true;
    EXPECT_EQ(ids(members), Ids{"q-1"});
    EXPECT_TRUE(ids(text("Seniorenakademie")).empty()) << "the public finds no question";
    SearchQuery title_word = text("Leihgroßeltern");
    EXPECT_EQ(ids(title_word), Ids{"p-1"}) << "the public finds only the public project";
    title_word.include_members_only = true;
    EXPECT_EQ(sorted(ids(title_word)), sorted(Ids{"p-1", "q-1"}));

    auto public_suggestions = index().suggest("Leihgro", false, 8);
    ASSERT_TRUE(public_suggestions);
    for (const SearchHit& hit : *public_suggestions) {
        EXPECT_NE(hit.kind, QUESTION_KIND) << "no question in the public's suggestions";
    }
    auto member_suggestions = index().suggest("Leihgro", true, 8);
    ASSERT_TRUE(member_suggestions);
    EXPECT_TRUE(std::any_of(member_suggestions->begin(), member_suggestions->end(),
                            [](const SearchHit& hit) { return hit.kind == QUESTION_KIND; }));
}

} // namespace
} // namespace rundum::search::testing
