// SPDX-License-Identifier: EUPL-1.2
// How much of a request the server reads, decided from its head before the body arrives: a
// sign-in needs a few kilobytes, a form with long texts a few hundred, only uploads megabytes.
#pragma once

#include <cstddef>
#include <string_view>

namespace rundum::web {

/// Largest request head (request line and header fields together), in bytes.
constexpr std::size_t MAX_HEAD_BYTES = 16 * 1024;
/// Longest request target (path and query), in bytes; longer ones get 414.
constexpr std::size_t MAX_TARGET_BYTES = 8 * 1024;
/// Body of the account forms (sign-in, passwords, invitations), in bytes.
constexpr std::size_t SMALL_FORM_BYTES = 16 * 1024;
/// Body of any other form or API write: 20,000 characters in each of a project's long fields.
constexpr std::size_t FORM_BYTES = 1024 * 1024;
/// Most fields one form may have (a project has a few dozen; lists of contacts some more).
constexpr std::size_t MAX_FORM_FIELDS = 1000;

/// How many fields a urlencoded body has (pairs separated by '&'), counting at most up to
/// `stop_after` + 1 so a hostile body costs no more than that.
std::size_t form_field_count(std::string_view body, std::size_t stop_after = MAX_FORM_FIELDS);

} // namespace rundum::web
