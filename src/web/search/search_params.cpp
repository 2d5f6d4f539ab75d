// SPDX-License-Identifier: EUPL-1.2
// Reading and writing the search state of a URL.
#include "web/search/search_params.hpp"

#include <algorithm>
#include <charconv>

#include "web/http/form.hpp"

namespace rundum::web {

namespace {

constexpr std::size_t MAX_FILTERS = 40;
constexpr std::size_t MAX_PAGE = 10'000;

std::string_view facet_of(std::string_view parameter)
{
    for (const FacetParameter& facet : project_facets()) {
        if (facet.parameter == parameter) {
            return facet.facet;
        }
    }
    return {};
}

} // namespace

const std::vector<FacetParameter>& project_facets()
{
    static const std::vector<FacetParameter> facets = {
        {"topic", "thema"}, {"city", "stadt"}, {"target", "zielgruppe"}, {"status", "status"}, {"year", "jahr"},
    };
    return facets;
}

SearchParams SearchParams::parse(std::string_view query)
{
    const Form form = Form::parse(query);
    SearchParams params;
    params.text = form.value("q").substr(0, 200);
    for (const FacetParameter& facet : project_facets()) {
        for (const std::string& value : form.values(std::string(facet.parameter))) {
            if (!value.empty() && params.filters.size() < MAX_FILTERS &&
                !params.has_filter(facet.parameter, value)) {
                params.filters.emplace_back(std::string(facet.parameter), value.substr(0, 200));
            }
        }
    }
    const std::string sort = form.value("sortierung");
    params.sort = (sort == "neueste" || sort == "titel") ? sort : "relevanz";
    const std::string page = form.value("seite");
    std::size_t number = 1;
    if (std::from_chars(page.data(), page.data() + page.size(), number).ec == std::errc{} && number >= 1 &&
        number <= MAX_PAGE) {
        params.page = number;
    }
    return params;
}

search::SearchQuery SearchParams::to_query(std::size_t page_size) const
{
    search::SearchQuery query;
    query.text = text;
    for (const auto& [parameter, value] : filters) {
        query.filters[std::string(facet_of(parameter))].push_back(value);
    }
    query.sort = sort == "neueste" ? search::SortOrder::Newest
                 : sort == "titel" ? search::SortOrder::Title
                                   : search::SortOrder::Relevance;
    query.offset = (page - 1) * page_size;
    query.limit = page_size;
    return query;
}

bool SearchParams::has_filter(std::string_view parameter, std::string_view value) const
{
    return std::any_of(filters.begin(), filters.end(),
                       [&](const auto& filter) { return filter.first == parameter && filter.second == value; });
}

std::string encode_query_value(std::string_view value)
{
    static constexpr char HEX[] = "0123456789ABCDEF";
    std::string out;
    for (char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9') ||
            byte == '-' || byte == '_' || byte == '.' || byte == '~') {
            out += c;
        } else {
            out += '%';
            out += HEX[byte >> 4];
            out += HEX[byte & 0x0F];
        }
    }
    return out;
}

std::string SearchParams::query_string() const
{
    std::string out;
    auto add = [&](std::string_view name, std::string_view value) {
        out += out.empty() ? "" : "&";
        out += std::string(name) + "=" + encode_query_value(value);
    };
    if (!text.empty()) {
        add("q", text);
    }
    for (const auto& [parameter, value] : filters) {
        add(parameter, value);
    }
    if (sort != "relevanz") {
        add("sortierung", sort);
    }
    if (page > 1) {
        add("seite", std::to_string(page));
    }
    return out;
}

std::string SearchParams::toggled(std::string_view parameter, std::string_view value) const
{
    SearchParams changed = *this;
    changed.page = 1;
    auto found = std::find_if(changed.filters.begin(), changed.filters.end(), [&](const auto& filter) {
        return filter.first == parameter && filter.second == value;
    });
    if (found != changed.filters.end()) {
        changed.filters.erase(found);
    } else {
        changed.filters.emplace_back(std::string(parameter), std::string(value));
    }
    return changed.query_string();
}

std::string SearchParams::with_sort(std::string_view sort_order) const
{
    SearchParams changed = *this;
    changed.page = 1;
    changed.sort = std::string(sort_order);
    return changed.query_string();
}

std::string SearchParams::with_page(std::size_t number) const
{
    SearchParams changed = *this;
    changed.page = number;
    return changed.query_string();
}

} // namespace rundum::web
