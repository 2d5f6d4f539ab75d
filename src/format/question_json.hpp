// SPDX-License-Identifier: EUPL-1.2
// The JSON form of questions to the network and their answers, for export and import
// (documented in docs/api.md). The asker's and authors' user ids travel as they are: accounts are
// not exported, so the store drops an id its database does not know.
#pragma once

#include <string_view>

#include <boost/json/value.hpp>

#include "core/question.hpp"
#include "core/result.hpp"

namespace rundum::format {

/// With "topics", "project_ids" and "challenge_slugs"; without the counts read from answers.
boost::json::object question_to_json(const Question& question);
Result<Question> question_from_json(const boost::json::value& value, std::string_view where);

boost::json::object answer_to_json(const Answer& answer);
Result<Answer> answer_from_json(const boost::json::value& value, std::string_view where);

} // namespace rundum::format
