// SPDX-License-Identifier: EUPL-1.2
// A Praxisbeispiel: a project or measure a city's alliance reports to the network, with what made
// it work and what tripped it up, so that other cities can copy it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rundum {

/// Where a project stands. The keys are stable (URLs, API, export); the catalogue names them.
enum class ProjectStatus {
    Idea,      ///< "idee"
    Planned,   ///< "geplant"
    Running,   ///< "laeuft"
    Completed, ///< "abgeschlossen"
    Stopped,   ///< "eingestellt"
};

/// The stable key of a status, e.g. "laeuft".
std::string_view status_key(ProjectStatus status);
/// The status of a key, or nullopt for an unknown key.
std::optional<ProjectStatus> status_from_key(std::string_view key);
/// All statuses in their natural order (idea → stopped).
const std::vector<ProjectStatus>& all_statuses();

/// Who may see a project.
enum class ProjectVisibility {
    Members, ///< only signed-in members of the network (the default for a new project)
    Public,  ///< everyone
};

/// A web link with the text to show.
struct ProjectLink {
    std::string title; ///< may be empty: the address is shown instead
    std::string url;   ///< absolute http(s) URL
};

/// A topic of the taxonomy the admin manages ("Wohnen und Mieten").
struct Topic {
    std::string slug; ///< stable key, e.g. "wohnen-und-mieten"
    std::string name; ///< shown name
    int position{0};  ///< order in lists
};

/// A file attached to a project (stored apart from the project's text).
struct AttachmentInfo {
    std::string id;           ///< random id, used in the download URL
    std::string file_name;    ///< the name it is offered under, cleaned
    std::string content_type; ///< decided from the content, never from the client
    std::size_t size{0};      ///< bytes
    std::string title;        ///< what it is, may be empty
};

/// One Praxisbeispiel.
struct Project {
    std::string id;       ///< stable id, e.g. "p-muenchen-babybegruessungspaket" or random
    std::string city_id;  ///< the city whose alliance reports it
    std::string title;
    std::string summary;     ///< one or two sentences, plain text
    std::string description; ///< Markdown (rendered in safe mode)
    std::vector<std::string> topics;        ///< topic slugs
    std::vector<std::string> target_groups; ///< free words: "Eltern mit Neugeborenen", ...
    ProjectStatus status{ProjectStatus::Idea};
    std::string start_date; ///< "YYYY" or "YYYY-MM", may be empty
    std::string end_date;   ///< "YYYY" or "YYYY-MM", may be empty (still running)
    std::string lead_organisation;
    std::vector<std::string> partners;
    std::string costs_and_funding; ///< plain text
    std::string staff_effort;      ///< plain text
    std::string goals;             ///< Markdown
    std::string results;           ///< results and evaluation, Markdown
    std::vector<std::string> success_factors;  ///< Erfolgsfaktoren
    std::vector<std::string> stumbling_blocks; ///< Stolpersteine
    std::string transfer_requirements;         ///< Voraussetzungen für die Übertragung, Markdown
    std::string contact_name;  ///< a person or a function ("Familienbüro"); members always see it
    std::string contact_email; ///< may be a function mailbox such as familienbuero@stadt.de
    std::string contact_phone;
    bool publish_contact_name{false};  ///< the contact agreed that the public sees the name
    bool publish_contact_email{false}; ///< ... the email address
    bool publish_contact_phone{false}; ///< ... the phone number
    std::vector<ProjectLink> links;
    ProjectVisibility visibility{ProjectVisibility::Members};
    bool is_example{false};  ///< written for the demo, not reported by the city
    std::string created_at;  ///< ISO 8601 UTC
    std::string updated_at;  ///< ISO 8601 UTC
    std::vector<AttachmentInfo> attachments; ///< filled when read, not written with the project
};

/// The project as the public sees it: contact fields without consent to publish are emptied.
/// Members see the whole contact (they are the network the contact works with).
Project public_view(const Project& project);

/// `restored` (an old version's state) with the consent of `current`: a version never brings a
/// consent back. A flag holds only for the field it was given for: a contact field the restore
/// changes is unpublished until someone records the consent again.
Project with_current_consent(Project restored, const Project& current);

/// The years a project ran in (from start to end, or to `current_year` while it runs), for the
/// year facet. Empty when it has no start.
std::vector<int> project_years(const Project& project, int current_year);

} // namespace rundum
