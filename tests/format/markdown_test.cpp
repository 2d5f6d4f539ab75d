// SPDX-License-Identifier: EUPL-1.2
// Markdown as safe HTML and as plain text for the index and exports.
#include <gtest/gtest.h>

#include "format/markdown.hpp"

namespace rundum::format {
namespace {

TEST(MarkdownToText, TakesOffTheMarks)
{
    EXPECT_EQ(markdown_to_text("# Titel\n\nWir **fördern** _Familien_."), "Titel\n\nWir fördern Familien.\n");
}

// Found by fuzzing (tests/fuzz/markdown_fuzz.cpp): cmark-gfm wrote U+FFFF and U+FFFE as the
// bytes 0xFF and 0xFE, so a statement holding one made the index and exports invalid UTF-8.
TEST(MarkdownToText, NoncharactersStayValidUtf8)
{
    EXPECT_EQ(markdown_to_text("a\xEF\xBF\xBF b\xEF\xBF\xBE"), "a\xEF\xBF\xBD b\xEF\xBF\xBD\n");
    EXPECT_EQ(markdown_to_html("a\xEF\xBF\xBF"), "<p>a\xEF\xBF\xBF</p>\n");
}

} // namespace
} // namespace rundum::format
