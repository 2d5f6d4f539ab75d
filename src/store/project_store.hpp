// SPDX-License-Identifier: EUPL-1.2
// Praxisbeispiele in the store: the topics, projects with their versions and attachments.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/account.hpp"
#include "core/project.hpp"
#include "core/result.hpp"
#include "store/consent_store.hpp"

namespace rundum::store {

/// The topics and the Praxisbeispiele with their versions and attachments.
class ProjectStore {
public:
    virtual ~ProjectStore() = default;

    // --- topics and Praxisbeispiele --------------------------------------------------------------

    /// The taxonomy in its order.
    virtual Result<std::vector<Topic>> list_topics() = 0;
    /// Replaces the taxonomy: topics not in the list are removed (and from every project).
    virtual Result<void> save_topics(const std::vector<Topic>& topics) = 0;
    /// Every project with its topics and lists (not its attachments), ordered by id.
    virtual Result<std::vector<Project>> list_projects() = 0;
    /// The projects of `ids` that exist, in the order of `ids` (a page of search hits), with
    /// their topics and lists, not their attachments.
    virtual Result<std::vector<Project>> find_projects(const std::vector<std::string>& ids) = 0;
    /// One project with its attachments' descriptions, or nullopt.
    virtual Result<std::optional<Project>> find_project(std::string_view id) = 0;
    /// Stores a project's new state and its version record in one transaction.
    virtual Result<void> save_project(const Project& project, const ProjectVersion& version) = 0;
    /// save_project, with what the save changes about consent, all in one transaction.
    virtual Result<void> save_project_with_consent(const Project& project,
                                                   const ProjectVersion& version,
                                                   const ConsentWrites& consent) = 0;
    /// Removes a project with its versions and attachments. NotFound if there is none.
    virtual Result<void> delete_project(std::string_view id) = 0;
    /// The project's versions, newest first.
    virtual Result<std::vector<ProjectVersion>> project_versions(std::string_view project_id) = 0;
    /// Stores a file for a project (bytes already checked by their content).
    virtual Result<void> add_attachment(std::string_view project_id, const AttachmentInfo& info,
                                        const std::string& bytes) = 0;
    /// An attachment's description and bytes, with the id of its project; nullopt if none.
    virtual Result<std::optional<std::pair<AttachmentInfo, std::string>>> attachment(
        std::string_view project_id, std::string_view attachment_id) = 0;
    virtual Result<void> remove_attachment(std::string_view project_id, std::string_view attachment_id) = 0;
};

} // namespace rundum::store
