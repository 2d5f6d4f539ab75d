// SPDX-License-Identifier: EUPL-1.2
// Folding covers the Latin letters of German and its neighbours (Latin-1 Supplement and Latin
// Extended-A); other scripts are only lower-cased.
#include "search/folding.hpp"

#include <xapian.h>

namespace rundum::search {

namespace {

// Base letters of U+00E0..U+00FF after lower-casing; '*' marks the code points spelt with two
// letters or not letters at all (handled in append_folded).
constexpr std::string_view LATIN1_BASES = "aaaaaa*ceeeeiiiidnooooo*ouuuuy*y";

// Base letters of U+0100..U+017F (Latin Extended-A); '*' marks the ligatures ĳ and œ.
constexpr std::string_view EXTENDED_A_BASES =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkk"
    "llllllllllnnnnnnnnnoooooo**rrrrrrsssssssstttttt"
    "uuuuuuuuuuuuwwyyyzzzzzzs";

bool is_combining_mark(unsigned codepoint)
{
    return codepoint >= 0x300 && codepoint <= 0x36F;
}

} // namespace

void append_folded(std::string& out, unsigned codepoint)
{
    if (codepoint < 0x80) {
        out += static_cast<char>(codepoint >= 'A' && codepoint <= 'Z' ? codepoint + 32 : codepoint);
        return;
    }
    if (is_combining_mark(codepoint) || codepoint == 0xAD) { // soft hyphen: invisible
        return;
    }
    if (codepoint == 0xDF || codepoint == 0x1E9E) { // ß, ẞ
        out += "ss";
        return;
    }
    unsigned lower = Xapian::Unicode::tolower(codepoint);
    if (lower >= 0xE0 && lower <= 0xFF) {
        char base = LATIN1_BASES[lower - 0xE0];
        if (base != '*') {
            out += base;
        } else if (lower == 0xE6) {
            out += "ae";
        } else if (lower == 0xFE) {
            out += "th";
        } else {
            Xapian::Unicode::append_utf8(out, lower); // ÷ is no letter; keep it as it is
        }
        return;
    }
    if (lower >= 0x100 && lower <= 0x17F) {
        char base = EXTENDED_A_BASES[lower - 0x100];
        if (base != '*') {
            out += base;
        } else {
            out += (lower == 0x132 || lower == 0x133) ? "ij" : "oe";
        }
        return;
    }
    Xapian::Unicode::append_utf8(out, lower);
}

std::string fold(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (Xapian::Utf8Iterator it(text.data(), text.size()); it != Xapian::Utf8Iterator(); ++it) {
        append_folded(out, *it);
    }
    return out;
}

} // namespace rundum::search
