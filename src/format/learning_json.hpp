// SPDX-License-Identifier: EUPL-1.2
// The JSON form of what cities learn from each other (adoptions, advice), of the shared
// challenges with the cities' approaches, and of the structural indicator values: one shape for
// export, import and the API (documented in docs/api.md). Readers name the first missing or
// mistyped field ("adoptions[2].updates[0].date"); references are checked in core
// (validate_snapshot), not here.
#pragma once

#include <string_view>

#include <boost/json/value.hpp>

#include "core/challenge.hpp"
#include "core/indicator.hpp"
#include "core/learning.hpp"
#include "core/result.hpp"

namespace rundum::format {

boost::json::object adoption_to_json(const Adoption& adoption);
Result<Adoption> adoption_from_json(const boost::json::value& value, std::string_view where);

boost::json::object advice_to_json(const Advice& advice);
Result<Advice> advice_from_json(const boost::json::value& value, std::string_view where);

/// With "open_questions" and "projects" (the linked project ids).
boost::json::object challenge_to_json(const Challenge& challenge);
Result<Challenge> challenge_from_json(const boost::json::value& value, std::string_view where);

boost::json::object approach_to_json(const ChallengeApproach& approach);
Result<ChallengeApproach> approach_from_json(const boost::json::value& value, std::string_view where);

boost::json::object indicator_value_to_json(const IndicatorValue& value);
Result<IndicatorValue> indicator_value_from_json(const boost::json::value& value, std::string_view where);

} // namespace rundum::format
