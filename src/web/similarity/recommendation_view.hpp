// SPDX-License-Identifier: EUPL-1.2
// Recommended Praxisbeispiele for a chosen city, with each reason in German words: shared by the
// cities-like-mine page and the API.
#pragma once

#include <string>
#include <vector>

#include "core/recommendation.hpp"
#include "web/http/http_types.hpp"
#include "web/adoptions/learning_access.hpp"
#include "web/http/services.hpp"
#include "web/similarity/similarity_access.hpp"

namespace rundum::web {

/// How many projects the page and the API recommend at most.
inline constexpr std::size_t RECOMMENDATIONS_SHOWN = 10;

/// What worked in cities like the compared one, from the records the visitor may see.
std::vector<Recommendation> recommendations_for(const CityComparison& comparison, const LearningRecords& records);

/// One reason in words, e.g. "läuft in Leipzig, einer ähnlichen Stadt (ähnlich bei Kinderarmut)".
std::string reason_text(Services& services, const std::vector<City>& cities, const RecommendationReason& reason);

/// The stable key of a reason for the API, e.g. "similar_city".
std::string_view reason_key(ReasonKind kind);

/// "Kinderarmut und Mietniveau": indicator names joined for a sentence.
std::string indicator_names(Services& services, const std::vector<std::string>& keys);

} // namespace rundum::web
