// SPDX-License-Identifier: EUPL-1.2
// Questions to the network in SQL: the question (questions), its topics and links
// (question_topics, question_projects, question_challenges, kept in the asker's order) and the
// answers. Every write logs "question <id>", which the search index follows.
#include <map>

#include "store/sql/sql_store.hpp"

namespace rundum::store {

namespace {

// Appends the second column of `rows` to the list of the question named in the first column.
void add_links(const Rows& rows, std::vector<Question>& questions, const std::map<std::string, std::size_t>& index_of,
               std::vector<std::string> Question::*list)
{
    for (std::size_t row = 0; row < rows.size(); ++row) {
        if (auto found = index_of.find(rows.text(row, 0)); found != index_of.end()) {
            (questions[found->second].*list).push_back(rows.text(row, 1));
        }
    }
}

Answer answer_of_row(const Rows& rows, std::size_t row)
{
    return Answer{rows.text(row, 0), rows.text(row, 1), rows.text(row, 2), rows.text(row, 3),
                  rows.text(row, 4), rows.integer(row, 5) != 0, rows.text(row, 6), rows.text(row, 7)};
}

} // namespace

Result<std::vector<Question>> SqlStore::select_questions(std::string_view where_clause, std::string_view value)
{
    std::vector<SqlValue> parameters;
    if (!where_clause.empty()) {
        parameters.emplace_back(std::string(value));
    }
    const std::string where(where_clause);
    RUNDUM_TRY_ASSIGN(rows, m_connection->query("SELECT id, city_id, user_id, title, body, created_at, updated_at "
                                                "FROM questions " + where + " ORDER BY created_at DESC, id DESC",
                                                parameters));
    std::vector<Question> questions;
    std::map<std::string, std::size_t> index_of;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        Question question;
        question.id = rows.text(row, 0);
        question.city_id = rows.text(row, 1);
        question.user_id = rows.text(row, 2);
        question.title = rows.text(row, 3);
        question.body = rows.text(row, 4);
        question.created_at = rows.text(row, 5);
        question.updated_at = rows.text(row, 6);
        index_of.emplace(question.id, questions.size());
        questions.push_back(std::move(question));
    }
    // The link tables name the question in their first column; one query per table.
    const std::string links_where = where.empty() ? std::string() : " WHERE question_id = ?";
    RUNDUM_TRY_ASSIGN(topics, m_connection->query("SELECT question_id, topic_slug FROM question_topics" + links_where +
                                                      " ORDER BY question_id, position",
                                                  parameters));
    add_links(topics, questions, index_of, &Question::topics);
    RUNDUM_TRY_ASSIGN(projects, m_connection->query("SELECT question_id, project_id FROM question_projects" +
                                                        links_where + " ORDER BY question_id, position",
                                                    parameters));
    add_links(projects, questions, index_of, &Question::project_ids);
    RUNDUM_TRY_ASSIGN(challenges, m_connection->query("SELECT question_id, challenge_slug FROM question_challenges" +
                                                          links_where + " ORDER BY question_id, position",
                                                      parameters));
    add_links(challenges, questions, index_of, &Question::challenge_slugs);
    RUNDUM_TRY_ASSIGN(counts, m_connection->query("SELECT question_id, COUNT(*), MAX(is_helpful) FROM answers" +
                                                      links_where + " GROUP BY question_id",
                                                  parameters));
    for (std::size_t row = 0; row < counts.size(); ++row) {
        if (auto found = index_of.find(counts.text(row, 0)); found != index_of.end()) {
            questions[found->second].answer_count = static_cast<int>(counts.integer(row, 1));
            questions[found->second].has_helpful_answer = counts.integer(row, 2) != 0;
        }
    }
    return questions;
}

Result<std::vector<Question>> SqlStore::list_questions()
{
    std::lock_guard lock(m_mutex);
    return read_consistently([&] { return select_questions("", ""); });
}

Result<std::optional<Question>> SqlStore::find_question(std::string_view id)
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(found, read_consistently([&] { return select_questions("WHERE id = ?", id); }));
    if (found.empty()) {
        return std::optional<Question>();
    }
    return std::optional<Question>(std::move(found.front()));
}

Result<void> SqlStore::save_question(const Question& question)
{
    std::lock_guard lock(m_mutex);
    return in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        RUNDUM_TRY(m_connection->query(
            "INSERT INTO questions (id, city_id, user_id, title, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET city_id = excluded.city_id, user_id = excluded.user_id, "
            "title = excluded.title, body = excluded.body, created_at = excluded.created_at, "
            "updated_at = excluded.updated_at",
            {question.id, question.city_id, question.user_id, question.title, question.body, question.created_at,
             question.updated_at}));
        // The links are replaced as a whole, in the asker's order.
        const auto replace = [&](std::string_view table, std::string_view column,
                                 const std::vector<std::string>& values) -> Result<void> {
            RUNDUM_TRY(m_connection->query("DELETE FROM " + std::string(table) + " WHERE question_id = ?", {question.id}));
            std::int64_t position = 0;
            for (const std::string& value : values) {
                RUNDUM_TRY(m_connection->query("INSERT INTO " + std::string(table) + " (question_id, " +
                                                   std::string(column) +
                                                   ", position) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                                               {question.id, value, position++}));
            }
            return {};
        };
        RUNDUM_TRY(replace("question_topics", "topic_slug", question.topics));
        RUNDUM_TRY(replace("question_projects", "project_id", question.project_ids));
        RUNDUM_TRY(replace("question_challenges", "challenge_slug", question.challenge_slugs));
        return log_change("question " + question.id);
    });
}

Result<void> SqlStore::delete_question(std::string_view id)
{
    std::lock_guard lock(m_mutex);
    // Answers and links go with it (ON DELETE CASCADE).
    return delete_existing("questions", "id", id, "error.question.not_found", "question " + std::string(id));
}

Result<std::vector<Answer>> SqlStore::select_answers(std::string_view where_clause, std::string_view value)
{
    RUNDUM_TRY_ASSIGN(rows, m_connection->query("SELECT id, question_id, city_id, user_id, body, is_helpful, created_at, "
                                                "updated_at FROM answers " + std::string(where_clause) +
                                                    " ORDER BY is_helpful DESC, created_at, id",
                                                {std::string(value)}));
    std::vector<Answer> answers;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        answers.push_back(answer_of_row(rows, row));
    }
    return answers;
}

Result<std::vector<Answer>> SqlStore::answers(std::string_view question_id)
{
    std::lock_guard lock(m_mutex);
    return select_answers("WHERE question_id = ?", question_id);
}

Result<std::optional<Answer>> SqlStore::find_answer(std::string_view id)
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(found, select_answers("WHERE id = ?", id));
    if (found.empty()) {
        return std::optional<Answer>();
    }
    return std::optional<Answer>(std::move(found.front()));
}

Result<void> SqlStore::save_answer(const Answer& answer)
{
    std::lock_guard lock(m_mutex);
    return in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        RUNDUM_TRY_ASSIGN(question, m_connection->query("SELECT id FROM questions WHERE id = ?", {answer.question_id}));
        if (question.empty()) {
            return fail(ErrorCode::NotFound, "error.question.not_found");
        }
        RUNDUM_TRY(m_connection->query(
            "INSERT INTO answers (id, question_id, city_id, user_id, body, is_helpful, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET body = excluded.body, "
            "is_helpful = excluded.is_helpful, updated_at = excluded.updated_at",
            {answer.id, answer.question_id, answer.city_id, answer.user_id, answer.body,
             std::int64_t{answer.is_helpful ? 1 : 0}, answer.created_at, answer.updated_at}));
        return log_change("question " + answer.question_id);
    });
}

Result<void> SqlStore::delete_answer(std::string_view id)
{
    std::lock_guard lock(m_mutex);
    return in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        RUNDUM_TRY_ASSIGN(found, m_connection->query("SELECT question_id FROM answers WHERE id = ?", {std::string(id)}));
        if (found.empty()) {
            return fail(ErrorCode::NotFound, "error.question.answer_not_found");
        }
        RUNDUM_TRY(m_connection->query("DELETE FROM answers WHERE id = ?", {std::string(id)}));
        // The question's search document holds its answers' text.
        return log_change("question " + found.text(0, 0));
    });
}

} // namespace rundum::store
