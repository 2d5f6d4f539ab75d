// SPDX-License-Identifier: EUPL-1.2
// Records about member accounts that the store keeps: one-time links, sign-in attempts, the
// audit log, and the versions of a city's profile.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rundum {

/// What a one-time link is for.
enum class TokenPurpose {
    SetPassword,   ///< first password of an invited member or of the first admin (72 hours)
    ResetPassword, ///< forgotten password (1 hour)
};

/// The stored name of a purpose ("set_password", "reset_password").
inline std::string_view purpose_name(TokenPurpose purpose)
{
    return purpose == TokenPurpose::SetPassword ? "set_password" : "reset_password";
}

/// The purpose of a stored name, nullopt for any other text.
inline std::optional<TokenPurpose> purpose_from_name(std::string_view name)
{
    if (name == "set_password") {
        return TokenPurpose::SetPassword;
    }
    if (name == "reset_password") {
        return TokenPurpose::ResetPassword;
    }
    return std::nullopt;
}
/// The user id that an erased member's questions, answers, interests, registrations and agenda
/// proposals carry: it belongs to no account, so nothing links them to the person any more, and
/// pages name their author "ein ehemaliges Mitglied" (with the city).
inline constexpr std::string_view ERASED_MEMBER_ID = "erased-member";

/// One sign-in try, for throttling (seconds since 1970, UTC).
struct SignInRecord {
    std::int64_t at_unix_seconds{0};
    bool succeeded{false};
    std::string client_address; ///< where it came from
};

/// One line of the audit log.
struct AuditEntry {
    std::string at;             ///< ISO 8601 UTC
    std::string actor_id;       ///< the member who acted; empty for the system or the public
    std::string actor_email;    ///< kept beside the id, so the log stays readable after deletion
    std::string action;         ///< catalogue key below audit.action, e.g. "sign_in"
    std::string subject;        ///< what it concerned (a city's name, an email)
    std::string client_address; ///< where the request came from
};

/// A saved state of a city's profile or of a project. `content` is the thing as the export
/// format writes it.
struct Version {
    int number{0};
    std::string changed_at;      ///< ISO 8601 UTC
    std::string changed_by;      ///< the member's name or email
    std::string content;
};
using CityVersion = Version;
using ProjectVersion = Version;

/// A personal API token as its owner sees it in the list (the token itself is shown once).
struct ApiTokenInfo {
    std::string id;           ///< random id, for revoking
    std::string label;        ///< what the member named it ("Import aus Excel")
    std::string created_at;   ///< ISO 8601 UTC
    std::string last_used_at; ///< ISO 8601 UTC; empty while unused
};

/// One row of the change log: what changed, for instances that keep derived data (the search
/// index) in step. `what` is "city <id>", "project <id>", "topics" or "import ...".
struct ChangeEntry {
    std::int64_t id{0};
    std::string what;
};

/// The `what` of the entry Store::changes_since gives instead of changes that the retention
/// rules deleted from the log: whoever follows the log from before it must start over.
inline constexpr std::string_view CHANGE_LOG_TRIMMED = "change log trimmed";

/// A city's logo or photo, already checked and re-encoded.
struct CityImage {
    std::string content_type; ///< image/png or image/jpeg
    std::string bytes;
    std::string alt_text;     ///< what the image shows, for people who cannot see it
    std::string updated_at;   ///< ISO 8601 UTC
};

/// A header a mail carries besides the ones every mail has (List-Unsubscribe, ...).
struct MailHeader {
    std::string name;  ///< e.g. "List-Unsubscribe"
    std::string value; ///< unfolded; CR and LF are refused when the mail is written
};

/// A file sent with a mail (a meeting's invitation.ics, ...).
struct MailAttachment {
    std::string file_name;    ///< e.g. "einladung.ics"
    std::string content_type; ///< any, e.g. "text/calendar; method=REQUEST; charset=UTF-8"
    std::string content;      ///< the bytes
};

/// A message waiting in the outgoing mail queue.
struct QueuedMail {
    std::int64_t id{0};
    std::string to;
    std::string subject;
    std::string body;
    int attempts{0};         ///< failed tries so far
    std::string last_error;  ///< detail of the last failure, for the admin
    std::vector<MailHeader> headers{};         ///< extra headers, in order
    std::vector<MailAttachment> attachments{}; ///< none: a plain text mail
    /// The one-time link this mail carries, made only when it is sent (web/account_links): the
    /// stored body holds a placeholder instead, so no working link is ever at rest.
    std::optional<TokenPurpose> link_purpose{};
    std::string link_user_id{}; ///< whose link
};

} // namespace rundum
