// SPDX-License-Identifier: EUPL-1.2
// Token handlers. Only the token's hash is stored; the member sees the token once, on the
// page that answers the creating POST (never in a URL or a log).
#include "web/accounts/api_token_pages.hpp"

#include "auth/tokens.hpp"
#include "core/text.hpp"
#include "core/text_input.hpp"
#include "web/accounts/account_pages.hpp"
#include "web/http/clock.hpp"
#include "web/http/form.hpp"
#include "web/http/page_helpers.hpp"

namespace rundum::web {

Result<Response> create_api_token(const Request& request, Services& services)
{
    const std::string label(trim_blanks(Form::parse(request.body).value("label")));
    auto valid = check_line("token_label", label, 100);
    if (label.empty() || !valid) {
        return account_form_error(request, services, "token_label",
                                  services.catalogue.text(valid ? Error{ErrorCode::Invalid, "error.api_token.label_missing", {}, {}}
                                                                : valid.error()),
                                  400);
    }
    const std::string token = auth::random_token();
    const ApiTokenInfo info{"t-" + auth::random_token().substr(0, 16), label, now_iso(), ""};
    RUNDUM_TRY(services.store.add_api_token(request.visitor.user->id, info, auth::token_hash(token)));
    audit(request, services, "api_token_created", label);
    TemplateData page{TemplateData::type::object};
    page.set("new_token", token);
    return account_page_with(request, services, std::move(page));
}

Result<Response> revoke_api_token(const Request& request, Services& services, std::string_view id)
{
    RUNDUM_TRY(services.store.revoke_api_token(request.visitor.user->id, id));
    audit(request, services, "api_token_revoked", std::string(id));
    return redirect_to("/konto#api");
}

} // namespace rundum::web
