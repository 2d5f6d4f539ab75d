// SPDX-License-Identifier: EUPL-1.2
// The list is written as people spell the words; it is folded once on first use, and the common
// "ue" spellings of umlaut words ("fuer", "ueber") are listed as well because folding turns "für"
// into "fur", not "fuer".
#include "search/stop_words.hpp"

#include <array>
#include <functional>
#include <string>
#include <unordered_set>

#include "search/folding.hpp"

namespace rundum::search {

namespace {

// Articles, pronouns, prepositions, conjunctions, auxiliary and modal verbs, and a few fillers.
// Content words of the domain ("Kinder", "Stadt", "Familie") must never appear here.
constexpr std::array STOP_WORDS = {
    "ab",
    "aber",
    "alle",
    "allem",
    "allen",
    "aller",
    "alles",
    "als",
    "also",
    "am",
    "an",
    "andere",
    "anderem",
    "anderen",
    "anderer",
    "anderes",
    "auch",
    "auf",
    "aus",
    "bei",
    "beim",
    "bereits",
    "bin",
    "bis",
    "bist",
    "bzw",
    "ca",
    "da",
    "dabei",
    "dadurch",
    "dafür",
    "daher",
    "damit",
    "dann",
    "daran",
    "darauf",
    "darin",
    "darüber",
    "das",
    "dass",
    "dazu",
    "dein",
    "deine",
    "dem",
    "den",
    "denen",
    "denn",
    "der",
    "deren",
    "des",
    "deshalb",
    "dessen",
    "die",
    "dies",
    "diese",
    "diesem",
    "diesen",
    "dieser",
    "dieses",
    "doch",
    "dort",
    "du",
    "durch",
    "ein",
    "eine",
    "einem",
    "einen",
    "einer",
    "eines",
    "einige",
    "einigen",
    "er",
    "es",
    "etwa",
    "etwas",
    "euch",
    "euer",
    "für",
    "gegen",
    "gewesen",
    "hab",
    "habe",
    "haben",
    "hat",
    "hatte",
    "hatten",
    "hier",
    "hin",
    "ich",
    "ihm",
    "ihn",
    "ihnen",
    "ihr",
    "ihre",
    "ihrem",
    "ihren",
    "ihrer",
    "im",
    "in",
    "indem",
    "ins",
    "ist",
    "ja",
    "je",
    "jede",
    "jedem",
    "jeden",
    "jeder",
    "jedes",
    "jedoch",
    "jetzt",
    "kann",
    "kein",
    "keine",
    "keinen",
    "können",
    "könnte",
    "man",
    "mehr",
    "mein",
    "meine",
    "mich",
    "mir",
    "mit",
    "muss",
    "müssen",
    "nach",
    "nicht",
    "nichts",
    "noch",
    "nun",
    "nur",
    "ob",
    "oder",
    "ohne",
    "schon",
    "sehr",
    "sein",
    "seine",
    "seinem",
    "seinen",
    "seiner",
    "seit",
    "sich",
    "sie",
    "sind",
    "so",
    "sodass",
    "solche",
    "soll",
    "sollen",
    "sollte",
    "sondern",
    "sowie",
    "sowohl",
    "über",
    "um",
    "und",
    "uns",
    "unser",
    "unsere",
    "unter",
    "viel",
    "vom",
    "von",
    "vor",
    "während",
    "war",
    "waren",
    "was",
    "weil",
    "welche",
    "welchem",
    "welchen",
    "welcher",
    "wenn",
    "werden",
    "wie",
    "wir",
    "wird",
    "wo",
    "wurde",
    "wurden",
    "würde",
    "zu",
    "zum",
    "zur",
    "zwischen",
    // the same words as written without umlauts on keyboards that lack them
    "dafuer",
    "darueber",
    "fuer",
    "koennen",
    "koennte",
    "muessen",
    "ueber",
    "waehrend",
    "wuerde",
};

// Lets the set be searched with a string_view, without building a string per word.
struct TransparentHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const
    {
        return std::hash<std::string_view>{}(text);
    }
};

using WordSet = std::unordered_set<std::string, TransparentHash, std::equal_to<>>;

const WordSet& folded_stop_words()
{
    static const WordSet words = [] {
        WordSet folded;
        for (const char* word : STOP_WORDS) {
            folded.insert(fold(word));
        }
        return folded;
    }();
    return words;
}

} // namespace

bool is_stop_word(std::string_view folded_word)
{
    const auto& words = folded_stop_words();
    return words.find(folded_word) != words.end();
}

} // namespace rundum::search
