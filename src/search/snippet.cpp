// SPDX-License-Identifier: EUPL-1.2
// A window starts a few words before a match (so the match is read in context) and ends at the
// last whole word that fits. Runs of white space, such as the line breaks of a body, are shown as
// one space.
#include "search/snippet.hpp"

#include <algorithm>
#include <set>
#include <vector>

#include "search/german_analyzer.hpp"
#include "search/html_escape.hpp"

namespace rundum::search {

namespace {

constexpr std::size_t CONTEXT_BEFORE = 40; // bytes shown before the first match of a window
constexpr std::size_t MAX_ANCHORS = 64;    // matches tried as the start of a window
constexpr std::size_t MAX_JOINED_PARTS = 4;
constexpr std::string_view ELLIPSIS = "\xE2\x80\xA6"; // …

struct Span {
    std::size_t begin{0};
    std::size_t end{0};
    std::size_t word{0}; // which query word matched
};

struct Window {
    std::size_t begin{0};
    std::size_t end{0};
    std::size_t distinct_words{0};
    std::size_t matches{0};

    bool better_than(const Window& other) const
    {
        return distinct_words != other.distinct_words ? distinct_words > other.distinct_words
                                                      : matches > other.matches;
    }
};

// Matched words, in text order; a hyphenated compound that matches as a whole ("Kita-Ausbau" for
// "Kitaausbau") is one span over all its parts.
std::vector<Span> find_matches(const std::vector<Token>& tokens, const Highlighter& highlighter)
{
    std::vector<Span> spans;
    std::string joined;
    std::size_t joined_begin = 0;
    std::size_t joined_parts = 0;
    for (const Token& token : tokens) {
        if (auto word = highlighter.match(token.folded)) {
            spans.push_back({token.begin, token.end, *word});
        }
        if (token.joined_to_previous && joined_parts > 0 && joined_parts < MAX_JOINED_PARTS) {
            joined += token.folded;
            ++joined_parts;
            if (auto word = highlighter.match(joined)) {
                // replaces the spans of its parts: they lie inside it
                while (!spans.empty() && spans.back().begin >= joined_begin) {
                    spans.pop_back();
                }
                spans.push_back({joined_begin, token.end, *word});
            }
        } else {
            joined = token.folded;
            joined_begin = token.begin;
            joined_parts = 1;
        }
    }
    return spans;
}

bool is_space(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v';
}

void append_text(std::string& out, std::string_view text)
{
    // White space runs become one space; escaping follows html_escape.
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t space = start;
        while (space < text.size() && !is_space(text[space])) {
            ++space;
        }
        append_html_escaped(out, text.substr(start, space - start));
        if (space == text.size()) {
            break;
        }
        if (!out.empty() && out.back() != ' ') {
            out += ' ';
        }
        while (space < text.size() && is_space(text[space])) {
            ++space;
        }
        start = space;
    }
}

std::string render(std::string_view text, const Window& window, const std::vector<Span>& spans)
{
    std::string out;
    if (window.begin > 0) {
        out += ELLIPSIS;
        out += ' ';
    }
    std::size_t at = window.begin;
    for (const Span& span : spans) {
        if (span.begin < window.begin || span.end > window.end) {
            continue;
        }
        append_text(out, text.substr(at, span.begin - at));
        out += "<mark>";
        append_html_escaped(out, text.substr(span.begin, span.end - span.begin));
        out += "</mark>";
        at = span.end;
    }
    append_text(out, text.substr(at, window.end - at));
    while (!out.empty() && out.back() == ' ') {
        out.pop_back();
    }
    if (window.end < text.size()) {
        out += ' ';
        out += ELLIPSIS;
    }
    return out;
}

// The window that starts at `begin` (a token start, or 0) and holds as many whole words as fit.
Window window_from(std::string_view text, const std::vector<Token>& tokens, std::size_t begin,
                   std::size_t must_reach)
{
    Window window{begin, begin, 0, 0};
    std::size_t limit = begin + SNIPPET_BYTES;
    auto first = std::lower_bound(tokens.begin(), tokens.end(), begin,
                                  [](const Token& t, std::size_t at) { return t.begin < at; });
    for (auto token = first; token != tokens.end(); ++token) {
        if (token->end > limit && token->end > must_reach) {
            break;
        }
        window.end = token->end;
    }
    bool words_follow = !tokens.empty() && tokens.back().begin >= window.end;
    if (!words_follow) {
        window.end = text.size(); // only punctuation is left: show it
    }
    return window;
}

void score(Window& window, const std::vector<Span>& spans)
{
    std::set<std::size_t> words;
    for (const Span& span : spans) {
        if (span.begin >= window.begin && span.end <= window.end) {
            words.insert(span.word);
            ++window.matches;
        }
    }
    window.distinct_words = words.size();
}

struct Passage {
    Window window;
    std::vector<Span> spans;
    std::vector<Token> tokens;
};

Passage best_passage(std::string_view text, const Highlighter& highlighter)
{
    Passage passage;
    passage.tokens = tokenize(text);
    if (!highlighter.empty()) {
        passage.spans = find_matches(passage.tokens, highlighter);
    }
    const std::vector<Token>& tokens = passage.tokens;
    passage.window = window_from(text, tokens, 0, 0);
    score(passage.window, passage.spans);
    for (std::size_t i = 0; i < passage.spans.size() && i < MAX_ANCHORS; ++i) {
        const Span& anchor = passage.spans[i];
        std::size_t earliest = anchor.begin > CONTEXT_BEFORE ? anchor.begin - CONTEXT_BEFORE : 0;
        auto first = std::lower_bound(tokens.begin(), tokens.end(), earliest,
                                      [](const Token& t, std::size_t at) { return t.begin < at; });
        std::size_t begin = first == tokens.begin() ? 0 : first->begin;
        Window candidate = window_from(text, tokens, begin, anchor.end);
        score(candidate, passage.spans);
        if (candidate.better_than(passage.window)) {
            passage.window = candidate;
        }
    }
    return passage;
}

} // namespace

std::string snippet_html(std::string_view summary, std::string_view body,
                         const Highlighter& highlighter)
{
    if (highlighter.empty()) { // nothing to look for: the start of the summary, or of the body
        std::string_view text = tokenize(summary).empty() ? body : summary;
        std::vector<Token> tokens = tokenize(text.substr(0, SNIPPET_BYTES + MAX_WORD_BYTES));
        return render(text, window_from(text, tokens, 0, 0), {});
    }
    Passage from_summary = best_passage(summary, highlighter);
    bool summary_has_all =
        !highlighter.empty() && from_summary.window.distinct_words == highlighter.word_count();
    if (summary_has_all) {
        return render(summary, from_summary.window, from_summary.spans); // the body cannot beat it
    }
    Passage from_body = best_passage(body, highlighter);
    if (from_body.window.better_than(from_summary.window) || from_summary.tokens.empty()) {
        return render(body, from_body.window, from_body.spans);
    }
    return render(summary, from_summary.window, from_summary.spans);
}

std::string highlighted_html(std::string_view text, const Highlighter& highlighter)
{
    std::vector<Span> spans = find_matches(tokenize(text), highlighter);
    return render(text, Window{0, text.size(), 0, 0}, spans);
}

} // namespace rundum::search
