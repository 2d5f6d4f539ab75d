// SPDX-License-Identifier: EUPL-1.2
// Every URL of rundum: each feature lists its routes in its folder's routes.cpp.
#pragma once

#include "web/http/route.hpp"

namespace rundum::web {

RouteList edge_routes();       ///< web/http: health check, static files
RouteList home_routes();       ///< web/home: start page, the members' news since the last meeting
RouteList city_routes();       ///< web/cities: directory, city pages, profiles, images, indicators
RouteList similarity_routes(); ///< web/similarity: cities like mine
RouteList project_routes();    ///< web/projects: practice examples, versions, attachments, exports
RouteList search_routes();     ///< web/search: search page and suggestions
RouteList adoption_routes();   ///< web/adoptions: adoptions, interest, advice, the learning network
RouteList challenge_routes();  ///< web/challenges: shared challenges and the cities' approaches
RouteList question_routes();   ///< web/questions: questions to the network and answers
RouteList pilot_routes();      ///< web/pilots: joint pilot projects
RouteList meeting_routes();    ///< web/meetings: meetings, agenda, registrations, minutes, calendar
RouteList account_routes();    ///< web/accounts: sign-in, passwords, account, API tokens, mail choice
RouteList admin_routes();      ///< web/admin: members and topics
RouteList privacy_routes();    ///< web/privacy: privacy notice, a member's own data
RouteList api_routes();        ///< web/api: the JSON API under /api/v1

/// All of the above, in one table.
RouteList all_routes();

} // namespace rundum::web
