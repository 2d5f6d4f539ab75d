// SPDX-License-Identifier: EUPL-1.2
// Mapping of projects and cities to search documents.
#include "search/documents.hpp"

#include "format/markdown.hpp"

namespace rundum::search {

namespace {

void append(std::string& text, std::string_view part)
{
    if (!part.empty()) {
        text += text.empty() ? "" : "\n";
        text += part;
    }
}

void append_all(std::string& text, const std::vector<std::string>& parts)
{
    for (const std::string& part : parts) {
        append(text, part);
    }
}

// Facet values are index terms, which have a length limit: a long free-text target group is
// cut (at a character boundary) rather than keeping the whole project out of the index.
std::string facet_value(const std::string& text)
{
    constexpr std::size_t MAX_BYTES = 120;
    if (text.size() <= MAX_BYTES) {
        return text;
    }
    std::size_t end = MAX_BYTES;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
        --end; // not inside a UTF-8 sequence
    }
    return text.substr(0, end);
}

} // namespace

SearchDocument project_document(const Project& project, const City& city, int current_year)
{
    SearchDocument document;
    document.kind = PROJECT_KIND;
    document.id = project.id;
    document.title = project.title;
    document.summary = project.summary;
    std::string body;
    append(body, format::markdown_to_text(project.description));
    append(body, format::markdown_to_text(project.goals));
    append(body, format::markdown_to_text(project.results));
    append_all(body, project.success_factors);
    append_all(body, project.stumbling_blocks);
    append(body, format::markdown_to_text(project.transfer_requirements));
    append_all(body, project.target_groups);
    append(body, project.lead_organisation);
    append_all(body, project.partners);
    append(body, project.costs_and_funding);
    append(body, city.name);
    append(body, city.alliance);
    document.body = std::move(body);
    document.visibility = project.visibility == ProjectVisibility::Public ? Visibility::Public
                                                                          : Visibility::MembersOnly;
    document.facets["topic"] = project.topics;
    document.facets["city"] = {city.slug};
    for (const std::string& group : project.target_groups) {
        document.facets["target"].push_back(facet_value(group));
    }
    document.facets["status"] = {std::string(status_key(project.status))};
    for (int year : project_years(project, current_year)) {
        document.facets["year"].push_back(std::to_string(year));
    }
    document.sort_title = project.title;
    document.sort_date = project.created_at;
    return document;
}

SearchDocument city_document(const City& city)
{
    SearchDocument document;
    document.kind = CITY_KIND;
    document.id = city.slug;
    document.title = city.name;
    document.summary = city.alliance;
    std::string body;
    append(body, format::markdown_to_text(city.statement));
    append(body, city.state);
    if (city.address) {
        append_all(body, city.address->recipient_lines);
        append(body, city.address->locality);
    }
    document.body = std::move(body);
    document.visibility = Visibility::Public;
    document.facets["city"] = {city.slug};
    document.sort_title = city.name;
    return document;
}

SearchDocument question_document(const Question& question, const std::vector<Answer>& answers)
{
    SearchDocument document;
    document.kind = QUESTION_KIND;
    document.id = question.id;
    document.title = question.title;
    document.summary = format::markdown_to_text(question.body);
    std::string body;
    for (const Answer& answer : answers) {
        append(body, format::markdown_to_text(answer.body));
    }
    document.body = std::move(body);
    // Questions are asked among members; the public never finds them.
    document.visibility = Visibility::MembersOnly;
    document.facets["topic"] = question.topics;
    document.sort_title = question.title;
    document.sort_date = question.created_at;
    return document;
}

} // namespace rundum::search
