// SPDX-License-Identifier: EUPL-1.2
// The questions to the network in the export snapshot and their import: each question and
// answer is brought to the file's state (matched by id), a question's topics and links replaced
// by the file's. An asker or author whose account this database lacks is left out (accounts are
// not exported); the pages then name only the city.
#include <algorithm>
#include <set>

#include "store/sql/sql_store.hpp"

namespace rundum::store {

Result<void> SqlStore::read_question_snapshot(NetworkSnapshot& snapshot)
{
    RUNDUM_TRY_ASSIGN(questions, select_questions("", ""));
    std::sort(questions.begin(), questions.end(), [](const Question& a, const Question& b) { return a.id < b.id; });
    for (Question& question : questions) {
        // Counted from the answers when read; the file carries the answers themselves.
        question.answer_count = 0;
        question.has_helpful_answer = false;
    }
    snapshot.questions = std::move(questions);
    RUNDUM_TRY_ASSIGN(answers, m_connection->query("SELECT id, question_id, city_id, user_id, body, is_helpful, "
                                                   "created_at, updated_at FROM answers ORDER BY question_id, id"));
    for (std::size_t row = 0; row < answers.size(); ++row) {
        snapshot.answers.push_back(Answer{answers.text(row, 0), answers.text(row, 1), answers.text(row, 2),
                                          answers.text(row, 3), answers.text(row, 4), answers.integer(row, 5) != 0,
                                          answers.text(row, 6), answers.text(row, 7)});
    }
    return {};
}

Result<void> SqlStore::apply_question_snapshot(const NetworkSnapshot& snapshot, const std::set<std::string>& users)
{
    const auto replace_links = [&](const Question& question, std::string_view table, std::string_view column,
                                   const std::vector<std::string>& values) -> Result<void> {
        std::string remove = "DELETE FROM ";
        remove += table;
        remove += " WHERE question_id = ?";
        RUNDUM_TRY(m_connection->query(remove, {question.id}));
        std::string insert = "INSERT INTO ";
        insert += table;
        insert += " (question_id, ";
        insert += column;
        insert += ", position) VALUES (?, ?, ?)";
        std::int64_t position = 0;
        for (const std::string& value : values) {
            RUNDUM_TRY(m_connection->query(insert, {question.id, value, position++}));
        }
        return {};
    };
    for (const Question& question : snapshot.questions) {
        RUNDUM_TRY(m_connection->query(
            "INSERT INTO questions (id, city_id, user_id, title, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET city_id = excluded.city_id, user_id = excluded.user_id, "
            "title = excluded.title, body = excluded.body, created_at = excluded.created_at, "
            "updated_at = excluded.updated_at",
            {question.id, question.city_id, known_user(users, question.user_id), question.title, question.body,
             question.created_at, question.updated_at}));
        RUNDUM_TRY(replace_links(question, "question_topics", "topic_slug", question.topics));
        RUNDUM_TRY(replace_links(question, "question_projects", "project_id", question.project_ids));
        RUNDUM_TRY(replace_links(question, "question_challenges", "challenge_slug", question.challenge_slugs));
    }
    for (const Answer& answer : snapshot.answers) {
        RUNDUM_TRY(m_connection->query(
            "INSERT INTO answers (id, question_id, city_id, user_id, body, is_helpful, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET question_id = excluded.question_id, "
            "city_id = excluded.city_id, user_id = excluded.user_id, body = excluded.body, "
            "is_helpful = excluded.is_helpful, created_at = excluded.created_at, updated_at = excluded.updated_at",
            {answer.id, answer.question_id, answer.city_id, known_user(users, answer.user_id), answer.body,
             std::int64_t{answer.is_helpful ? 1 : 0}, answer.created_at, answer.updated_at}));
    }
    return {};
}

} // namespace rundum::store
