// SPDX-License-Identifier: EUPL-1.2
// Form fields to challenges and approaches, and errors to fields.
#include "web/challenges/challenge_form.hpp"

#include <charconv>

#include "core/challenge_rules.hpp"
#include "core/project_rules.hpp"
#include "core/text.hpp"

namespace rundum::web {

namespace {

// "12" -> 12; nullopt for anything else ("1.5", "zwölf", "99999999999").
std::optional<int> whole_number(std::string_view text)
{
    int value = 0;
    const char* end = text.data() + text.size();
    auto [stop, error] = std::from_chars(text.data(), end, value);
    if (text.empty() || error != std::errc() || stop != end) {
        return std::nullopt;
    }
    return value;
}

std::string_view trimmed_text(std::string_view text)
{
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) {
        return {};
    }
    const std::size_t last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

} // namespace

ChallengeForm challenge_form_of(const Challenge& challenge)
{
    return ChallengeForm{challenge, challenge.slug, joined_lines(challenge.open_questions),
                         std::to_string(challenge.position)};
}

Result<void> read_challenge_form(const Form& form, bool is_new, const Challenge& current,
                                 ChallengeForm& out)
{
    out.challenge = current;
    out.challenge.title = std::string(trim_blanks(form.value("title")));
    out.challenge.description = form.value("description");
    out.questions_text = form.value("open_questions");
    out.challenge.open_questions = non_blank_lines(out.questions_text);
    out.position_text = std::string(trim_blanks(form.value("position")));
    if (is_new) {
        out.slug_text = std::string(trim_blanks(form.value("slug")));
        out.challenge.slug =
            out.slug_text.empty() ? slug_from_name(out.challenge.title) : out.slug_text;
    } else {
        out.slug_text = current.slug;
    }
    if (!out.position_text.empty()) {
        auto position = whole_number(out.position_text);
        if (!position) {
            return fail(ErrorCode::Invalid, "challenge.error.position_invalid",
                        {std::to_string(MAX_CHALLENGE_POSITION)});
        }
        out.challenge.position = *position;
    }
    return {};
}

bool is_complete_challenge_form(const Form& form, bool is_new)
{
    for (const char* field : {"title", "description", "open_questions", "position"}) {
        if (!form.has(field)) {
            return false;
        }
    }
    return !is_new || form.has("slug");
}

ApproachForm read_approach_form(const Form& form)
{
    return ApproachForm{std::string(trimmed_text(form.value("text"))), form.values("projects")};
}

std::string challenge_field_of(const Error& error)
{
    if (!error.field.empty()) { // the input rule (core/text_input) names the field itself
        return error.field;
    }
    const std::string& key = error.key;
    if (key == "challenge.error.title_missing" || key == "challenge.error.title_too_long") {
        return "title";
    }
    if (key == "challenge.error.slug_invalid" || key == "challenge.error.slug_taken") {
        return "slug";
    }
    if (key == "challenge.error.too_many_questions" || key == "challenge.error.question_too_long") {
        return "open_questions";
    }
    if (key == "challenge.error.position_invalid") {
        return "position";
    }
    if (key == "challenge.error.approach_too_long") {
        return "text";
    }
    if (key == "error.approach.project_not_of_city") {
        return "projects";
    }
    if (key == "challenge.error.delete_unconfirmed") {
        return "confirm";
    }
    return "description";
}

} // namespace rundum::web
