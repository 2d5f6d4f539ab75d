// SPDX-License-Identifier: EUPL-1.2
// The web layer's edge rules as pure functions: where a redirect may lead, what a header may
// hold, whose address a request has, how large a body and how many fields a form may have,
// what the page cache keeps.
#include <gtest/gtest.h>

#include "web/http/client_address.hpp"
#include "web/http/form.hpp"
#include "web/http/page_cache.hpp"
#include "web/http/redirect_target.hpp"
#include "web/http/request_limits.hpp"
#include "web/http/router.hpp"
#include "web/routes.hpp"
#include "web/http/response_headers.hpp"

namespace rundum::web {
namespace {

TEST(RedirectTarget, PathsOfThisSiteAreKept)
{
    EXPECT_EQ(site_local_target("/konto", "/"), "/konto");
    EXPECT_EQ(site_local_target("/treffen/t-1#aufgaben", "/"), "/treffen/t-1#aufgaben");
    EXPECT_EQ(site_local_target("/fragen/neu?projekt=p-1&thema=bildung", "/"), "/fragen/neu?projekt=p-1&thema=bildung");
    EXPECT_EQ(site_local_target("/", "/konto"), "/");
    EXPECT_EQ(site_local_target("/suche?q=Straße", "/"), "/suche?q=Stra%C3%9Fe") << "encoded as a browser would";
}

TEST(RedirectTarget, AnythingABrowserCouldReadAsAnotherHostFallsBack)
{
    for (const std::string& wanted : std::vector<std::string>{"//evil.example", "/\\evil.example", "\\\\evil.example", "/\t/evil.example", "/\n/evil.example",
          "/\r\nSet-Cookie: x=1", "https://evil.example/", "http:evil.example", "javascript:alert(1)", "evil.example",
          "", " /konto", "/ /x", std::string("/\0/evil", 7), "/\x7f", "/a\x01"}) {
        EXPECT_EQ(site_local_target(wanted, "/konto"), "/konto") << "wanted: " << wanted;
    }
}

TEST(RedirectTarget, DecodedPathsAreEncodedAgain)
{
    EXPECT_EQ(encoded_path("/\t/evil.example"), "/%09/evil.example");
    EXPECT_EQ(encoded_path("/a\r\nSet-Cookie: x"), "/a%0D%0ASet-Cookie:%20x");
    EXPECT_EQ(encoded_path("/m\xC3\xBCnchen"), "/m%C3%BCnchen");
    EXPECT_EQ(encoded_path("/staedte/jena"), "/staedte/jena");
}

TEST(ResponseHeaders, ValuesWithLineBreaksOrControlsAreNeverSent)
{
    EXPECT_TRUE(is_header_value("text/html; charset=utf-8"));
    EXPECT_TRUE(is_header_value("attachment; filename=\"M\xC3\xBCnchen.csv\""));
    EXPECT_FALSE(is_header_value("/a\r\nSet-Cookie: x=1"));
    EXPECT_FALSE(is_header_value("a\nb"));
    EXPECT_FALSE(is_header_value(std::string("a\0b", 3)));
    EXPECT_FALSE(is_header_value("a\x7f"));
    EXPECT_TRUE(is_header_name("Content-Security-Policy"));
    EXPECT_FALSE(is_header_name("Bad Name"));
    EXPECT_FALSE(is_header_name(""));
    EXPECT_FALSE(is_header_name("X:Y"));

    Response split{303, "text/plain", "", {}};
    split.with_header("Location", "/a\r\nSet-Cookie: planted=1");
    const Response refused = with_safe_headers(split);
    EXPECT_EQ(refused.status, 500);
    EXPECT_TRUE(refused.headers.empty());
    Response bad_type{200, "text/html\r\nX: y", "body", {}};
    EXPECT_EQ(with_safe_headers(bad_type).status, 500);
    Response fine{200, "text/html", "body", {}};
    fine.with_header("Location", "/konto");
    EXPECT_EQ(with_safe_headers(fine).status, 200);
    EXPECT_EQ(with_safe_headers(fine).headers.size(), 1U);
}

TEST(ClientAddress, ForwardedForIsBelievedOnlyFromTrustedProxies)
{
    const std::vector<std::string> proxies = {"127.0.0.1", "10.0.0.2"};
    EXPECT_EQ(client_address("192.0.2.1", "198.51.100.7", proxies), "192.0.2.1") << "not a proxy of ours";
    EXPECT_EQ(client_address("127.0.0.1", "198.51.100.7", proxies), "198.51.100.7");
    EXPECT_EQ(client_address("127.0.0.1", "", proxies), "127.0.0.1");
    // What the client claimed comes first and is not believed; the proxy's entry is last.
    EXPECT_EQ(client_address("127.0.0.1", "203.0.113.1, 198.51.100.7", proxies), "198.51.100.7");
    // A chain of our own proxies is walked back to the first address that is none of them.
    EXPECT_EQ(client_address("127.0.0.1", "198.51.100.7, 10.0.0.2", proxies), "198.51.100.7");
    EXPECT_EQ(client_address("127.0.0.1", "kein-Rechner", proxies), "127.0.0.1");
    EXPECT_EQ(client_address("127.0.0.1", " 2001:db8::1 ", proxies), "2001:db8::1");
    EXPECT_EQ(client_address("127.0.0.1", "198.51.100.7", {}), "127.0.0.1") << "no proxy configured";
}

TEST(RequestLimits, EachRouteReadsWhatItNeeds)
{
    const std::size_t upload = 8 * 1024 * 1024;
    const Router router(all_routes());
    auto body_limit_for = [&router](std::string_view method, std::string_view path, std::string_view type,
                                    std::size_t upload_bytes) {
        return router.body_limit(method, path, type, upload_bytes);
    };
    EXPECT_EQ(body_limit_for("POST", "/anmelden", "application/x-www-form-urlencoded", upload), SMALL_FORM_BYTES);
    EXPECT_EQ(body_limit_for("POST", "/passwort-vergessen", "application/x-www-form-urlencoded", upload),
              SMALL_FORM_BYTES);
    EXPECT_EQ(body_limit_for("POST", "/praxisbeispiele/neu", "application/x-www-form-urlencoded", upload), FORM_BYTES);
    EXPECT_EQ(body_limit_for("PUT", "/api/v1/projects/p-1", "application/json", upload), FORM_BYTES);
    EXPECT_EQ(body_limit_for("POST", "/staedte/jena/bild", "multipart/form-data; boundary=x", upload), upload);
    EXPECT_EQ(body_limit_for("GET", "/", "", upload), SMALL_FORM_BYTES);
    EXPECT_EQ(body_limit_for("POST", "/praxisbeispiele/neu", "multipart/form-data; boundary=x", upload), FORM_BYTES)
        << "only upload routes read an upload's size";
    EXPECT_EQ(body_limit_for("POST", "/gibt-es-nicht", "application/x-www-form-urlencoded", upload), SMALL_FORM_BYTES);
}

TEST(RequestLimits, FieldsAreCountedOnlyUpToTheCap)
{
    EXPECT_EQ(form_field_count(""), 0U);
    EXPECT_EQ(form_field_count("a=1&b=2&&c"), 3U);
    std::string hostile;
    for (int i = 0; i < 100000; ++i) {
        hostile += "a&";
    }
    EXPECT_EQ(form_field_count(hostile), MAX_FORM_FIELDS + 1);
}

TEST(FormParsing, TheTokenIsReadWithoutParsingTheForm)
{
    EXPECT_EQ(Form::first_value("a=1&csrf=abc%2Bd&csrf=zzz", "csrf"), "abc+d");
    EXPECT_EQ(Form::first_value("a=1", "csrf"), "");
    EXPECT_EQ(Form::first_value("csrf", "csrf"), "");
    std::string many;
    for (int i = 0; i < 5000; ++i) {
        many += 'f';
        many += std::to_string(i);
        many += "=1&";
    }
    const Form form = Form::parse(many);
    EXPECT_TRUE(form.has("f999"));
    EXPECT_FALSE(form.has("f1000")) << "parsing stops at the cap";
}

TEST(Form, ConfirmedOnlyWhenTheConfirmBoxSaysJa)
{
    EXPECT_TRUE(Form::parse("confirm=ja&_csrf=x").is_confirmed());
    EXPECT_FALSE(Form::parse("confirm=Ja").is_confirmed());
    EXPECT_FALSE(Form::parse("confirm=").is_confirmed());
    EXPECT_FALSE(Form::parse("other=ja").is_confirmed());
    EXPECT_TRUE(Form::parse("online_1=ja").is_yes("online_1"));
    EXPECT_FALSE(Form::parse("online_1=nein").is_yes("online_1"));
}

TEST(PageCache, IsBoundedInBytes)
{
    PageCache cache;
    Response big{200, "text/html", std::string(1024 * 1024, 'x'), {}};
    for (int i = 0; i < 200; ++i) {
        cache.store("/suche?q=" + std::to_string(i), 1, big);
    }
    EXPECT_LE(cache.bytes(), PageCache::MAX_BYTES);
    EXPECT_TRUE(cache.find("/suche?q=0", 1).has_value());
    EXPECT_FALSE(cache.find("/suche?q=199", 1).has_value());
    Response huge{200, "text/csv", std::string(PageCache::MAX_ENTRY_BYTES + 1, 'x'), {}};
    cache.store("/praxisbeispiele.csv", 1, huge);
    EXPECT_FALSE(cache.find("/praxisbeispiele.csv", 1).has_value());
    cache.store("/", 2, Response{200, "text/html", "neu", {}});
    EXPECT_EQ(cache.bytes(), std::string("/").size() + 3 + std::string("text/html").size()) << "a new version starts empty";
}

TEST(PageCache, OnlyQueriesOfKnownParametersAreCached)
{
    EXPECT_TRUE(has_only_known_parameters(""));
    EXPECT_TRUE(has_only_known_parameters("q=Kita&thema=bildung&seite=2"));
    EXPECT_FALSE(has_only_known_parameters("q=Kita&x=1"));
    EXPECT_FALSE(has_only_known_parameters("utm_source=mail"));
}

} // namespace
} // namespace rundum::web
