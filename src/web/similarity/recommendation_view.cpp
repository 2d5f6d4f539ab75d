// SPDX-License-Identifier: EUPL-1.2
// Wording recommendation reasons.
#include "web/similarity/recommendation_view.hpp"

namespace rundum::web {

std::vector<Recommendation> recommendations_for(const CityComparison& comparison, const LearningRecords& records)
{
    return recommend_projects(comparison.city.id, comparison.ranking, records.projects, records.adoptions,
                              RECOMMENDATIONS_SHOWN);
}

std::string indicator_names(Services& services, const std::vector<std::string>& keys)
{
    std::string joined;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (i > 0) {
            joined += i + 1 == keys.size() ? services.catalogue.text("similar.and") : ", ";
        }
        joined += services.catalogue.text("indicator." + keys[i] + ".name");
    }
    return joined;
}

std::string_view reason_key(ReasonKind kind)
{
    switch (kind) {
    case ReasonKind::Running:
        return "running";
    case ReasonKind::Completed:
        return "completed";
    case ReasonKind::SimilarCity:
        return "similar_city";
    case ReasonKind::AdoptedWellInSimilarCity:
        return "adopted_well_in_similar_city";
    case ReasonKind::AdoptedWell:
        return "adopted_well";
    case ReasonKind::AdoptedMixed:
        return "adopted_mixed";
    }
    return "running";
}

std::string reason_text(Services& services, const std::vector<City>& cities, const RecommendationReason& reason)
{
    const City* city = city_with_id(cities, reason.city_id);
    const std::string city_name = city == nullptr ? reason.city_id : city->name;
    const std::string key = "recommendation.reason." + std::string(reason_key(reason.kind));
    switch (reason.kind) {
    case ReasonKind::Running:
    case ReasonKind::Completed:
        return services.catalogue.text(key);
    case ReasonKind::SimilarCity:
    case ReasonKind::AdoptedWellInSimilarCity:
        if (reason.indicators.empty()) {
            return services.catalogue.text(key, {city_name});
        }
        return services.catalogue.text(key + "_on", {city_name, indicator_names(services, reason.indicators)});
    case ReasonKind::AdoptedWell:
    case ReasonKind::AdoptedMixed:
        return services.catalogue.text(reason.count == 1 ? key + "_once" : key, {std::to_string(reason.count)});
    }
    return {};
}

} // namespace rundum::web
