// SPDX-License-Identifier: EUPL-1.2
// Cities like mine as JSON: the same ranking and the same words' content as the page.
#include "web/api/api_similarity.hpp"

#include <algorithm>

#include <boost/json.hpp>

#include "core/text.hpp"
#include "format/json_writer.hpp"
#include "web/http/json_response.hpp"
#include "web/http/form.hpp"
#include "web/similarity/recommendation_view.hpp"
#include "web/similarity/similarity_access.hpp"

namespace rundum::web {

namespace {

boost::json::array string_array(const std::vector<std::string>& items)
{
    boost::json::array array;
    for (const std::string& item : items) {
        array.emplace_back(item);
    }
    return array;
}

// ?indicators=a,b or repeated ?indicator=a&indicator=b.
std::vector<std::string> requested_indicators(const Request& request)
{
    const Form query = Form::parse(request.query);
    std::vector<std::string> requested = query.values("indicator");
    const std::string listed = query.value("indicators");
    const std::string_view rest = listed;
    for (std::size_t start = 0; !rest.empty() && start <= rest.size();) {
        const std::size_t comma = std::min(rest.find(',', start), rest.size());
        requested.emplace_back(trim_blanks(rest.substr(start, comma - start)));
        start = comma + 1;
    }
    return requested;
}

} // namespace

Result<Response> api_similar_cities(const Request& request, Services& services, std::string_view slug)
{
    RUNDUM_TRY_ASSIGN(comparison, compare_city(services, slug, chosen_indicators(requested_indicators(request))));
    boost::json::array similar;
    for (const SimilarCity& ranked : comparison.ranking) {
        const City* city = city_with_id(comparison.cities, ranked.city_id);
        if (city == nullptr) {
            continue;
        }
        boost::json::array gaps;
        for (const IndicatorGap& gap : ranked.gaps) {
            gaps.emplace_back(boost::json::object{{"indicator", gap.indicator}, {"gap", gap.gap}});
        }
        const Likeness likeness = likeness_indicators(ranked, 3);
        similar.emplace_back(boost::json::object{
            {"slug", city->slug},
            {"name", city->name},
            {"distance", ranked.distance},
            {"alike_on", string_array(likeness.alike)},
            {"different_on", string_array(likeness.different)},
            {"gaps", std::move(gaps)},
            {"missing", string_array(ranked.missing)},
        });
    }
    return json_response(boost::json::object{
        {"city", comparison.city.slug},
        {"indicators", string_array(comparison.indicators)},
        {"similar", std::move(similar)},
    });
}

Result<Response> api_recommendations(const Request& request, Services& services, std::string_view slug)
{
    RUNDUM_TRY_ASSIGN(comparison, compare_city(services, slug, chosen_indicators(requested_indicators(request))));
    RUNDUM_TRY_ASSIGN(records, visible_learning(request, services));
    boost::json::array projects;
    for (const Recommendation& recommendation : recommendations_for(comparison, records)) {
        const Project* project = project_by_id(records.projects, recommendation.project_id);
        const City* city = city_with_id(records.cities, recommendation.city_id);
        if (project == nullptr || city == nullptr) {
            continue;
        }
        boost::json::array reasons;
        for (const RecommendationReason& reason : recommendation.reasons) {
            boost::json::object entry{{"kind", reason_key(reason.kind)},
                                      {"text", reason_text(services, records.cities, reason)}};
            if (const City* reason_city = city_with_id(records.cities, reason.city_id)) {
                entry["city"] = reason_city->slug;
            }
            if (!reason.indicators.empty()) {
                entry["indicators"] = string_array(reason.indicators);
            }
            if (reason.count > 0) {
                entry["count"] = reason.count;
            }
            reasons.emplace_back(std::move(entry));
        }
        projects.emplace_back(boost::json::object{
            {"id", project->id},
            {"title", project->title},
            {"city", city->slug},
            {"status", status_key(project->status)},
            {"score", recommendation.score},
            {"reasons", std::move(reasons)},
        });
    }
    return json_response(boost::json::object{
        {"city", comparison.city.slug},
        {"indicators", string_array(comparison.indicators)},
        {"projects", std::move(projects)},
    });
}

} // namespace rundum::web
