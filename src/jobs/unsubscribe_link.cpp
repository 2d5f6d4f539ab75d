// SPDX-License-Identifier: EUPL-1.2
#include "jobs/unsubscribe_link.hpp"

#include "auth/tokens.hpp"
#include "format/notification_digest.hpp"

namespace rundum::web {

UnsubscribeLink fresh_unsubscribe_link(std::string_view base_url)
{
    UnsubscribeLink link;
    link.token = auth::random_token();
    link.token_hash = auth::token_hash(link.token);
    link.url = format::unsubscribe_url(base_url, link.token);
    std::string header = "<"; // appended: g++ 12 warns falsely (-Wrestrict) on "<" + … at -O3
    header += link.url;
    header += '>';
    link.headers = {MailHeader{"List-Unsubscribe", header},
                    MailHeader{"List-Unsubscribe-Post", "List-Unsubscribe=One-Click"}};
    return link;
}

} // namespace rundum::web
