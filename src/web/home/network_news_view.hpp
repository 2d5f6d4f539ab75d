// SPDX-License-Identifier: EUPL-1.2
// The fields of "Neu seit dem letzten Treffen" (/neu-seit-dem-letzten-treffen).
#pragma once

#include <string>
#include <vector>

#include "core/city.hpp"
#include "core/network_news.hpp"
#include "i18n/catalogue.hpp"
#include "web/http/templates.hpp"

namespace rundum::web {

/// Everything the overview shows, loaded for a member.
struct NewsPage {
    const Meeting* last{nullptr};    ///< the meeting the overview starts from, nullptr when none took place
    const Meeting* next{nullptr};    ///< the next meeting, nullptr when none is planned
    std::string since_day;           ///< "18.03.2027": where the window starts
    std::vector<ActionItem> actions; ///< the last meeting's action items
    NetworkNews news;
    std::vector<City> cities;
    std::vector<Challenge> challenges;
    std::vector<Project> projects; ///< every project, for the titles of adopted and advised ones
    std::string now;               ///< Berlin wall clock
    std::string today;             ///< "YYYY-MM-DD" in Berlin, for overdue action items
};

TemplateData network_news_view(const NewsPage& page, const i18n::Catalogue& catalogue);

} // namespace rundum::web
