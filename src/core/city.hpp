// The member city of the network: its alliance, contacts and postal address.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace rundum {

/// A person the city's alliance names as contact (usually the coordinator).
struct Contact {
    std::string id;   ///< stable id, unique across the network
    std::string name; ///< full name, e.g. "Dr. Nicolas Apitzsch"
    std::string role; ///< what they do for the alliance; may be empty
};

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

/// A profile counts as filled in once the city names its alliance or a contact.
bool is_profile_filled(const City& city);

/// The whole network as export and import see it.
struct NetworkSnapshot {
    std::vector<City> cities; ///< ordered by name
};

} // namespace rundum
