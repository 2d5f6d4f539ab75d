// SPDX-License-Identifier: EUPL-1.2
// Every message key the code names exists in the German catalogue, and placeholders fill.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "i18n/catalogue.hpp"

namespace rundum::i18n {
namespace {

TEST(Catalogue, FillsPlaceholdersInOrder)
{
    auto catalogue = Catalogue::load("de");
    ASSERT_TRUE(catalogue.has_value());
    EXPECT_EQ(catalogue->text("error.city.website_invalid", {"Jena", "ftp://x"}),
              "Die Website von Jena muss mit http:// oder https:// beginnen: „ftp://x“.");
}

TEST(Catalogue, ShowsTheKeyOfAMissingMessageInsteadOfFailing)
{
    auto catalogue = Catalogue::load("de");
    ASSERT_TRUE(catalogue.has_value());
    EXPECT_EQ(catalogue->text("no.such.key"), "no.such.key");
}

TEST(Catalogue, RefusesAnUnknownLanguage)
{
    auto catalogue = Catalogue::load("xx");
    ASSERT_FALSE(catalogue.has_value());
    EXPECT_EQ(catalogue.error().key, "error.language_unknown");
}

// Scans the sources for string literals that look like message keys ("error.city.x",
// "cli.init.done", ...) and for {{msg.x.y}} in templates: each must be in the catalogue.
TEST(Catalogue, HasEveryKeyTheSourcesAndTemplatesUse)
{
    auto catalogue = Catalogue::load("de");
    ASSERT_TRUE(catalogue.has_value());
    const std::regex code_key(
        R"re("((?:error|cli|home|directory|city|nav|site|footer|project|search|topic|account|admin|indicator|challenge|similar|learning|recommendation|adoption|advice|interest|notification|question|pilot|meeting)\.[a-z0-9_.]+[a-z0-9_])")re");
    const std::regex template_key(R"re(\{\{\s*msg\.([a-z0-9_.]+)\s*\}\})re");
    int keys_seen = 0;
    for (const char* folder : {"src", "assets/templates"}) {
        for (const auto& entry :
             std::filesystem::recursive_directory_iterator(std::filesystem::path(RUNDUM_SOURCE_DIR) / folder)) {
            if (!entry.is_regular_file()) {
                continue;
            }
            std::ifstream file(entry.path());
            std::stringstream text;
            text << file.rdbuf();
            const std::string content = text.str();
            const std::regex& pattern = entry.path().extension() == ".mustache" ? template_key : code_key;
            for (std::sregex_iterator match(content.begin(), content.end(), pattern), end;
                 match != end; ++match) {
                const std::string key = (*match)[1];
                if (key.ends_with("heading_") || key.ends_with(".")) {
                    continue; // built from a prefix at run time
                }
                ++keys_seen;
                EXPECT_TRUE(catalogue->has(key)) << key << " used in " << entry.path();
            }
        }
    }
    EXPECT_GT(keys_seen, 50);
}

} // namespace
} // namespace rundum::i18n
