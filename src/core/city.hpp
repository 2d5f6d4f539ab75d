// SPDX-License-Identifier: EUPL-1.2
// The member city of the network: its alliance, contacts and postal address.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/challenge.hpp"
#include "core/indicator.hpp"
#include "core/learning.hpp"
#include "core/meeting.hpp"
#include "core/pilot.hpp"
#include "core/project.hpp"
#include "core/question.hpp"

namespace rundum {

/// A person the city's alliance names as contact (usually the coordinator). Nothing personal
/// is shown to the public without the person's consent, field by field.
struct Contact {
    std::string id;    ///< stable id, unique across the network
    std::string name;  ///< full name, e.g. "Dr. Nicolas Apitzsch"
    std::string role;  ///< what they do for the alliance; may be empty
    std::string email; ///< may be empty
    std::string phone; ///< may be empty
    bool publish_name{false};  ///< the person agreed that the public sees the name
    bool publish_email{false}; ///< ... the email address
    bool publish_phone{false}; ///< ... the phone number
};

/// The contacts as the public may see them: unpublished fields emptied, and contacts with
/// nothing published left out. The role is no personal data and stays.
std::vector<Contact> published_contacts(const std::vector<Contact>& contacts);


/// A postal address as printed on a letter.
struct PostalAddress {
    std::vector<std::string> recipient_lines; ///< organisation, department, c/o ...
    std::string street;                       ///< street and number
    std::string postcode;                     ///< five digits in Germany
    std::string locality;                     ///< town
};

/// A point on the map, WGS84 degrees.
struct GeoPoint {
    double latitude{0};
    double longitude{0};
};

/// One member city with its local alliance for families.
struct City {
    std::string id;            ///< stable id, kept across export and import
    std::string slug;          ///< the city's name in URLs, e.g. "frankfurt-am-main"
    std::string name;          ///< e.g. "Frankfurt am Main"
    std::string state;         ///< federal state (Bundesland)
    std::string official_key;  ///< Amtlicher Gemeindeschlüssel, 8 digits
    GeoPoint location;         ///< official centre point
    std::string alliance;      ///< name of the local alliance; empty while the profile is open
    std::string statement;     ///< the coordinators' own statement (Markdown), may be empty
    std::optional<PostalAddress> address;
    std::string website;       ///< absolute http(s) URL, may be empty
    std::vector<Contact> contacts;
};

/// The city as the public may see it (contacts reduced to what is published).
City public_view(const City& city);

/// The city of `id` in `cities`, or nullptr.
const City* city_with_id(const std::vector<City>& cities, std::string_view id);

/// A profile counts as filled in once the city names its alliance or a contact.
bool is_profile_filled(const City& city);

/// The whole network as export and import see it.
// Members other than the cities default to empty, so a snapshot of cities alone reads naturally.
struct NetworkSnapshot {
    std::vector<City> cities;     ///< ordered by name
    std::vector<Topic> topics{};    ///< the taxonomy, in its order
    std::vector<Project> projects{}; ///< ordered by id
    std::vector<Adoption> adoptions{};       ///< ordered by id
    std::vector<Advice> advice{};            ///< ordered by id
    std::vector<Challenge> challenges{};     ///< in their order, with their linked projects
    std::vector<ChallengeApproach> approaches{}; ///< ordered by challenge, then city
    std::vector<IndicatorValue> indicator_values{}; ///< ordered by city, then indicator
    std::vector<Meeting> meetings{};           ///< ordered by start, then id
    std::vector<AgendaItem> agenda_items{};    ///< ordered by meeting, then position; attachments described only
    std::vector<Registration> registrations{}; ///< ordered by meeting, then city
    std::vector<ActionItem> action_items{};    ///< ordered by meeting, then id
    std::vector<PilotProject> pilots{};        ///< ordered by slug, with cities and milestones; documents described only
    std::vector<Question> questions{};         ///< ordered by id, with topics and links
    std::vector<Answer> answers{};             ///< ordered by question, then id
};

} // namespace rundum
