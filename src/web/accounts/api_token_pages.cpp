// Token handlers. Only the token's hash is stored; the member sees the token once, on the
// page that answers the creating POST (never in a URL or a log).
#include "web/accounts/api_token_pages.hpp"

#include "auth/tokens.hpp"
#include "core/text.hpp"
#include "core/text_input.hpp"
#include "web/accounts/account_pages.hpp"
#include "web/http/clock.hpp"
#include "web/http/error_pages.hpp"
#include "web/http/form.hpp"
#include "web/http/page_helpers.hpp"

namespace rundum::web {

Response create_api_token(const Request& request, Services& services)
{
    if (auto stop = require_member(request, services)) {
        return std::move(*stop);
    }
    const std::string label(trim_blanks(Form::parse(request.body).value("label")));
    TemplateData page{TemplateData::type::object};
    auto valid = check_line("token_label", label, 100);
    if (label.empty() || !valid) {
        set_field_errors(page, {{"token_label", services.catalogue.text(
                                                    valid ? Error{ErrorCode::Invalid, "error.api_token.label_missing", {}, {}}
                                                          : valid.error())}});
        Response response = account_page_with(request, services, std::move(page));
        response.status = 400;
        return response;
    }
    const std::string token = auth::random_token();
    const ApiTokenInfo info{"t-" + auth::random_token().substr(0, 16), label, now_iso(), ""};
    if (auto added = services.store.add_api_token(request.visitor.user->id, info, auth::token_hash(token)); !added) {
        return error_response(request, services, added.error());
    }
    audit(request, services, "api_token_created", label);
    page.set("new_token", token);
    return account_page_with(request, services, std::move(page));
}

Response revoke_api_token(const Request& request, Services& services, std::string_view id)
{
    if (auto stop = require_member(request, services)) {
        return std::move(*stop);
    }
    if (auto revoked = services.store.revoke_api_token(request.visitor.user->id, id); !revoked) {
        return error_response(request, services, revoked.error());
    }
    audit(request, services, "api_token_revoked", std::string(id));
    return redirect_to("/konto#api");
}

} // namespace rundum::web
