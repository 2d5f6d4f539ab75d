// SPDX-License-Identifier: EUPL-1.2
// The one input rule for text: UTF-8, control and bidi characters, lines and lengths.
#include <gtest/gtest.h>

#include <string>

#include "core/city_rules.hpp"
#include "core/project_rules.hpp"
#include "core/text_input.hpp"

namespace rundum {
namespace {

std::string key_of(std::string_view text, TextShape shape, std::size_t max = 100)
{
    auto checked = check_text("title", text, shape, max);
    return checked ? "" : checked.error().key;
}

TEST(TextInput, AcceptsGermanTextEmojiAndMarks)
{
    EXPECT_EQ(key_of("Straße, Größe, Bündnis für Familie – „gut“ 👪", TextShape::Line), "");
    EXPECT_EQ(key_of("\xE2\x80\x8F right-to-left mark is fine", TextShape::Line), ""); // U+200F
    EXPECT_EQ(key_of("", TextShape::Line), "");
}

TEST(TextInput, MultiLineFieldsKeepLineBreaksAndTabs)
{
    EXPECT_EQ(key_of("eins\r\nzwei\n\tdrei", TextShape::Lines), "");
}

TEST(TextInput, SingleLineFieldsRefuseLineBreaksAndTabs)
{
    EXPECT_EQ(key_of("Titel\r\nBcc: x@example.org", TextShape::Line), "error.text.line_break");
    EXPECT_EQ(key_of("Titel\n", TextShape::Line), "error.text.line_break");
    EXPECT_EQ(key_of("Titel\rmehr", TextShape::Line), "error.text.line_break");
    EXPECT_EQ(key_of("a\tb", TextShape::Line), "error.text.control_character");
}

TEST(TextInput, RefusesControlCharactersEverywhere)
{
    for (TextShape shape : {TextShape::Line, TextShape::Lines}) {
        EXPECT_EQ(key_of(std::string(1, '\0'), shape), "error.text.control_character");
        EXPECT_EQ(key_of("a\x1b[31m", shape), "error.text.control_character");
        EXPECT_EQ(key_of("a\x7f", shape), "error.text.control_character");
        EXPECT_EQ(key_of("a\xC2\x85", shape), "error.text.control_character"); // U+0085 (C1 NEL)
        EXPECT_EQ(key_of("a\xC2\x9F", shape), "error.text.control_character"); // U+009F
    }
    auto checked = check_text("title", std::string("x\0y", 3), TextShape::Line, 10);
    ASSERT_FALSE(checked);
    EXPECT_EQ(checked.error().args, std::vector<std::string>{"U+0000"});
}

TEST(TextInput, RefusesBidiOverridesAndIsolates)
{
    for (const char* bidi : {"\xE2\x80\xAA", "\xE2\x80\xAE", "\xE2\x81\xA6", "\xE2\x81\xA9"}) { // U+202A, U+202E, U+2066, U+2069
        EXPECT_EQ(key_of(std::string("gpj.") + bidi + "exe", TextShape::Lines), "error.text.bidi_control") << bidi;
    }
    auto checked = check_text("title", "\xE2\x80\xAE", TextShape::Line, 10);
    ASSERT_FALSE(checked);
    EXPECT_EQ(checked.error().args, std::vector<std::string>{"U+202E"});
}

TEST(TextInput, RefusesBrokenUtf8)
{
    EXPECT_EQ(key_of("\xED\xA0\x80", TextShape::Line), "error.text.not_utf8");     // lone surrogate U+D800
    EXPECT_EQ(key_of("\xC0\xAF", TextShape::Line), "error.text.not_utf8");         // overlong '/'
    EXPECT_EQ(key_of("Gr\xF6\xDF" "e", TextShape::Line), "error.text.not_utf8");     // Latin-1
    EXPECT_EQ(key_of("ab\xE2\x82", TextShape::Lines), "error.text.not_utf8");      // cut short
    EXPECT_EQ(key_of("\xF4\x90\x80\x80", TextShape::Lines), "error.text.not_utf8"); // past U+10FFFF
}

TEST(TextInput, CountsCharactersNotBytes)
{
    EXPECT_EQ(key_of(std::string(100, 'a'), TextShape::Line), "");
    EXPECT_EQ(key_of(std::string(101, 'a'), TextShape::Line), "error.text.too_long");
    std::string umlauts;
    for (int i = 0; i < 100; ++i) {
        umlauts += "ä";
    }
    EXPECT_EQ(key_of(umlauts, TextShape::Line), "");
    auto checked = check_text("statement", std::string(101, 'a'), TextShape::Lines, 100);
    ASSERT_FALSE(checked);
    EXPECT_EQ(checked.error().args, std::vector<std::string>{"100"});
}

TEST(TextInput, ErrorsNameTheirField)
{
    auto checked = check_line("contact_name", "a\nb");
    ASSERT_FALSE(checked);
    EXPECT_EQ(checked.error().field, "contact_name");
    EXPECT_EQ(checked.error().code, ErrorCode::Invalid);
    auto items = check_line_items("partners", {"gut", "nicht\x01gut"});
    ASSERT_FALSE(items);
    EXPECT_EQ(items.error().field, "partners");
}

TEST(TextInput, ExcerptIsShortValidAndPrintable)
{
    EXPECT_EQ(bounded_excerpt("jena@example.org", 200), "jena@example.org");
    EXPECT_EQ(bounded_excerpt(std::string(7'000'000, 'a'), 5), "aaaaa\xE2\x80\xA6");
    EXPECT_EQ(bounded_excerpt("a\r\nb\xED\xA0\x80", 10), "a\xEF\xBF\xBD\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    EXPECT_EQ(bounded_excerpt("äöü", 2), "äö\xE2\x80\xA6");
}

TEST(TextInput, ProjectRulesApplyItToEveryField)
{
    Project project;
    project.id = "p-1";
    project.city_id = "city-jena";
    project.title = "Familienpass";
    ASSERT_TRUE(validate_project(project, {}));
    Project changed = project;
    changed.title = "Familien\r\npass";
    EXPECT_EQ(validate_project(changed, {}).error().field, "title");
    changed = project;
    changed.title = std::string(1, '\0');
    EXPECT_EQ(validate_project(changed, {}).error().key, "error.text.control_character");
    changed = project;
    changed.description = "\xE2\x80\xAE";
    EXPECT_EQ(validate_project(changed, {}).error().field, "description");
    changed = project;
    changed.partners = {"Jugendamt\xED\xA0\x80"};
    EXPECT_EQ(validate_project(changed, {}).error().field, "partners");
    changed = project;
    changed.contact_name = "Anna\nBcc: x@example.org";
    EXPECT_EQ(validate_project(changed, {}).error().field, "contact_name");
}

TEST(TextInput, CityRulesLimitEveryField)
{
    City city;
    city.id = "city-jena";
    city.slug = "jena";
    city.name = "Jena";
    ASSERT_TRUE(validate_city(city));
    City changed = city;
    changed.statement = std::string(MAX_TEXT_CHARACTERS, '*');
    EXPECT_TRUE(validate_city(changed));
    changed.statement += "*";
    EXPECT_EQ(validate_city(changed).error().key, "error.text.too_long");
    EXPECT_EQ(validate_city(changed).error().field, "statement");
    changed = city;
    changed.alliance = std::string(MAX_LINE_CHARACTERS + 1, 'a');
    EXPECT_EQ(validate_city(changed).error().field, "alliance");
    changed = city;
    changed.address = PostalAddress{{"Rathaus\x01"}, "Markt 1", "07743", "Jena"};
    EXPECT_EQ(validate_city(changed).error().field, "recipient_lines");
    changed = city;
    changed.contacts = {Contact{"c-1", "Anna\xE2\x80\xAE", "", "", "", false, false, false}};
    EXPECT_EQ(validate_city(changed).error().field, "contacts");
}

} // namespace
} // namespace rundum
