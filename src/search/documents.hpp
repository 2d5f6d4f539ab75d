// SPDX-License-Identifier: EUPL-1.2
// What the search index holds of each thing the network stores: the one place that decides
// which fields are title, summary and body, and which facets a thing has.
#pragma once

#include <vector>

#include "core/city.hpp"
#include "core/project.hpp"
#include "core/question.hpp"
#include "search/search_index.hpp"

namespace rundum::search {

/// The kinds of documents, as stored in the index and used in URLs of results.
inline constexpr std::string_view PROJECT_KIND = "project";
inline constexpr std::string_view CITY_KIND = "city";
inline constexpr std::string_view QUESTION_KIND = "question";

/// A project as a search document. Facets: topic, city (slug), target (target groups), status,
/// year (every year it ran in, up to `current_year`). Its contact is left out, as a city's:
/// personal data is not searchable, published or not.
SearchDocument project_document(const Project& project, const City& city, int current_year);

/// A city as a search document (always public: the directory is public). Its contacts are left
/// out: personal data is not searchable.
SearchDocument city_document(const City& city);

/// A question to the network with its answers' text as a search document, for members only.
/// Facet: topic.
SearchDocument question_document(const Question& question, const std::vector<Answer>& answers);

} // namespace rundum::search
