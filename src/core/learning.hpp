// SPDX-License-Identifier: EUPL-1.2
// Nachmachen: cities adopt each other's projects and advise each other. These records make the
// network's learning visible ("who learned from whom") and feed the recommendations.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rundum {

/// How an adoption went, as the adopting city judges it. Keys are stable (forms, API, export).
enum class AdoptionOutcome {
    Open,  ///< "offen": too early to say
    Good,  ///< "gut": it works in our city too
    Mixed, ///< "gemischt": parts work, parts do not
    Poor,  ///< "schwierig": it did not work for us
};

/// The stable key of an outcome, e.g. "gut".
std::string_view outcome_key(AdoptionOutcome outcome);
/// The outcome of a key, or nullopt for an unknown key.
std::optional<AdoptionOutcome> outcome_from_key(std::string_view key);
/// All outcomes in the order forms list them.
const std::vector<AdoptionOutcome>& all_outcomes();

/// A later note on how an adoption goes ("Nach einem Jahr: 400 Pakete verteilt").
struct AdoptionUpdate {
    std::string date; ///< "YYYY-MM-DD"
    std::string text; ///< plain text
};

/// "We adopted this": a city took over another city's project.
struct Adoption {
    std::string id;                  ///< random id
    std::string original_project_id; ///< the project that was copied
    std::string city_id;             ///< the adopting city
    std::string project_id;          ///< the adopting city's own project, may be empty
    std::string adaptations;         ///< what was changed and why, plain text
    std::string experience;          ///< how it went, plain text
    AdoptionOutcome outcome{AdoptionOutcome::Open};
    std::string started;             ///< "YYYY" or "YYYY-MM", may be empty
    std::vector<AdoptionUpdate> updates; ///< oldest first
    std::string created_at;          ///< ISO 8601 UTC
    std::string updated_at;          ///< ISO 8601 UTC
};

/// "We are interested": a city asks about a project; the original's contact is told.
struct Interest {
    std::string project_id;
    std::string city_id;    ///< the interested city
    std::string user_id;    ///< who said so
    std::string note;       ///< what they would like to know, may be empty
    std::string created_at; ///< ISO 8601 UTC
};

/// One city advised another on a project (München's Babybegrüßungspaket ← Leipzig).
struct Advice {
    std::string id;                ///< random id
    std::string project_id;        ///< the advised city's project
    std::string advising_city_id;  ///< the city that gave the advice
    std::string advised_city_id;   ///< the project's city
    std::string note;              ///< what the advice was about, plain text
    std::string year;              ///< "YYYY", may be empty
    std::string created_at;        ///< ISO 8601 UTC
};

/// A message for a member inside rundum (shown on their account page).
struct Notification {
    std::string id;          ///< random id
    std::string user_id;     ///< the member it is for
    std::string message_key; ///< catalogue key, e.g. "notification.interest"
    std::vector<std::string> arguments; ///< filled into the message's {} in order
    std::string link;        ///< a path inside rundum, may be empty
    std::string created_at;  ///< ISO 8601 UTC
    bool is_read{false};
};

} // namespace rundum
