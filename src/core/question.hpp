// SPDX-License-Identifier: EUPL-1.2
// Questions to the network: a member asks all members ("Hat jemand Erfahrung mit …?"), tagged
// with topics and linked to projects or challenges; others answer; the asker marks helpful answers.
#pragma once

#include <string>
#include <vector>

namespace rundum {

/// One question to every member of the network (never shown to the public).
struct Question {
    std::string id;       ///< random id, used in /fragen/{id}
    std::string city_id;  ///< the asker's city; empty when an admin asks
    std::string user_id;  ///< the asker
    std::string title;    ///< "Hat jemand Erfahrung mit …?"
    std::string body;     ///< Markdown (rendered in safe mode), may be empty
    std::vector<std::string> topics;          ///< topic slugs of the taxonomy
    std::vector<std::string> project_ids;     ///< linked Praxisbeispiele
    std::vector<std::string> challenge_slugs; ///< linked shared challenges
    std::string created_at; ///< ISO 8601 UTC
    std::string updated_at; ///< ISO 8601 UTC
    int answer_count{0};          ///< filled when read from the store
    bool has_helpful_answer{false}; ///< filled when read from the store
};

/// One answer to a question.
struct Answer {
    std::string id;          ///< random id
    std::string question_id;
    std::string city_id;     ///< the author's city; empty for an admin
    std::string user_id;     ///< the author
    std::string body;        ///< Markdown (rendered in safe mode)
    bool is_helpful{false};  ///< marked by the asker (or an admin)
    std::string created_at;  ///< ISO 8601 UTC
    std::string updated_at;  ///< ISO 8601 UTC
};

} // namespace rundum
