// SPDX-License-Identifier: EUPL-1.2
// Lost updates, the one scenario every edit form must pass: two members open the same record,
// the first saves, and the second's save on the older state overwrites nothing.
#pragma once

#include <functional>
#include <string>

#include <gtest/gtest.h>

#include "http_session.hpp"
#include "text_checks.hpp"

namespace rundum::testing {

/// One record edited twice. Each member opens and saves the form at their own path (the same
/// form, maybe with a different query).
struct ConcurrentEdit {
    std::string first_path;
    FormFields first_fields; ///< without the `seen` field
    std::string first_text;  ///< what the first save puts on the record's page
    std::string second_path;
    FormFields second_fields;
    std::string second_text;
    std::string conflict_text;                   ///< part of the message the refusal shows
    std::function<std::string()> record_page;    ///< the record's page, as someone reads it
};

/// The first save goes through; the second, on the state it opened, is refused with 409 and
/// `conflict_text`, keeps its input, and leaves the first save on the page; the refused form
/// carries the newer state, and saving with it goes through.
inline void expect_second_save_refused(HttpSession& first, HttpSession& second, const ConcurrentEdit& edit)
{
    const std::string seen_by_first = form_state(first.get(edit.first_path).body);
    const std::string seen_by_second = form_state(second.get(edit.second_path).body);
    ASSERT_FALSE(seen_by_first.empty()) << "the form carries the state it was opened on";
    ASSERT_EQ(seen_by_first, seen_by_second);
    FormFields first_fields = edit.first_fields;
    first_fields.emplace_back("seen", seen_by_first);
    ASSERT_EQ(first.post(edit.first_path, first_fields).status, 303);
    FormFields second_fields = edit.second_fields;
    second_fields.emplace_back("seen", seen_by_second);
    HttpAnswer refused = second.post(edit.second_path, second_fields);
    EXPECT_EQ(refused.status, 409);
    EXPECT_TRUE(contains(refused.body, edit.conflict_text)) << refused.body.substr(0, 800);
    EXPECT_TRUE(contains(refused.body, edit.second_text)) << "the input stays";
    EXPECT_TRUE(contains(edit.record_page(), edit.first_text)) << "the first save stays";
    const std::string newer = form_state(refused.body);
    EXPECT_NE(newer, seen_by_second);
    second_fields.back() = {"seen", newer};
    EXPECT_EQ(second.post(edit.second_path, second_fields).status, 303) << "saved again, after comparing";
    EXPECT_TRUE(contains(edit.record_page(), edit.second_text));
}

} // namespace rundum::testing
