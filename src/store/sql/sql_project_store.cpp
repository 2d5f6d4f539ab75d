// SPDX-License-Identifier: EUPL-1.2
// Praxisbeispiele and topics in SQL. A project's lists live in project_items (one row per item)
// and its topics in project_topics; reading all projects takes three queries, not one per project.
#include <algorithm>
#include <map>

#include "store/sql/attachment_table.hpp"
#include "store/sql/sql_store.hpp"
#include "store/sql/transaction.hpp"

namespace rundum::store {

namespace {

constexpr std::string_view PROJECT_COLUMNS =
    "SELECT id, city_id, title, summary, description, status, start_date, end_date, lead_organisation, "
    "costs_and_funding, staff_effort, goals, results, transfer_requirements, contact_name, contact_email, "
    "contact_phone, visibility, is_example, created_at, updated_at, publish_contact_name, publish_contact_email, "
    "publish_contact_phone FROM projects ";

// The names of the lists in project_items.
constexpr std::string_view TARGET_GROUPS = "target_group";
constexpr std::string_view PARTNERS = "partner";
constexpr std::string_view SUCCESS_FACTORS = "success_factor";
constexpr std::string_view STUMBLING_BLOCKS = "stumbling_block";
constexpr std::string_view LINKS = "link";

Project project_from_row(const Rows& rows, std::size_t row)
{
    Project project;
    std::size_t column = 0;
    for (std::string* field : {&project.id, &project.city_id, &project.title, &project.summary,
                               &project.description}) {
        *field = rows.text(row, column++);
    }
    project.status = status_from_key(rows.text(row, column++)).value_or(ProjectStatus::Idea);
    for (std::string* field : {&project.start_date, &project.end_date, &project.lead_organisation,
                               &project.costs_and_funding, &project.staff_effort, &project.goals,
                               &project.results, &project.transfer_requirements, &project.contact_name,
                               &project.contact_email, &project.contact_phone}) {
        *field = rows.text(row, column++);
    }
    project.visibility =
        rows.text(row, column++) == "public" ? ProjectVisibility::Public : ProjectVisibility::Members;
    project.is_example = rows.integer(row, column++) != 0;
    project.created_at = rows.text(row, column++);
    project.updated_at = rows.text(row, column++);
    project.publish_contact_name = rows.integer(row, column++) != 0;
    project.publish_contact_email = rows.integer(row, column++) != 0;
    project.publish_contact_phone = rows.integer(row, column) != 0;
    return project;
}

std::vector<std::string>* list_of(Project& project, const std::string& name)
{
    if (name == TARGET_GROUPS) {
        return &project.target_groups;
    }
    if (name == PARTNERS) {
        return &project.partners;
    }
    if (name == SUCCESS_FACTORS) {
        return &project.success_factors;
    }
    if (name == STUMBLING_BLOCKS) {
        return &project.stumbling_blocks;
    }
    return nullptr;
}

} // namespace

Result<std::vector<Project>> SqlStore::select_projects(const std::vector<std::string>* ids)
{
    // Every project, or those of `ids` ("id IN (?, ?, ...)", the same for the child tables).
    std::string placeholders;
    std::vector<SqlValue> parameters;
    if (ids != nullptr) {
        for (const std::string& id : *ids) {
            placeholders += placeholders.empty() ? "?" : ", ?";
            parameters.emplace_back(id);
        }
    }
    const auto where = [&](std::string_view column) {
        return ids == nullptr ? std::string() : " WHERE " + std::string(column) + " IN (" + placeholders + ")";
    };
    RUNDUM_TRY_ASSIGN(rows, m_connection->query(std::string(PROJECT_COLUMNS) + where("id") + " ORDER BY id", parameters));
    std::vector<Project> projects;
    projects.reserve(rows.size());
    for (std::size_t row = 0; row < rows.size(); ++row) {
        projects.push_back(project_from_row(rows, row));
    }
    std::map<std::string, Project*> by_id;
    for (Project& project : projects) {
        by_id.emplace(project.id, &project);
    }
    const std::string filter = where("project_id");
    RUNDUM_TRY_ASSIGN(topics, m_connection->query("SELECT project_id, topic_slug FROM project_topics" + filter +
                                                      " ORDER BY project_id, position",
                                                  parameters));
    for (std::size_t row = 0; row < topics.size(); ++row) {
        if (auto project = by_id.find(topics.text(row, 0)); project != by_id.end()) {
            project->second->topics.push_back(topics.text(row, 1));
        }
    }
    RUNDUM_TRY_ASSIGN(items, m_connection->query("SELECT project_id, list_name, text, url FROM project_items" +
                                                     filter + " ORDER BY project_id, list_name, position",
                                                 parameters));
    for (std::size_t row = 0; row < items.size(); ++row) {
        auto project = by_id.find(items.text(row, 0));
        if (project == by_id.end()) {
            continue;
        }
        const std::string list = items.text(row, 1);
        if (list == LINKS) {
            project->second->links.push_back(ProjectLink{items.text(row, 2), items.text(row, 3)});
        } else if (auto* target = list_of(*project->second, list)) {
            target->push_back(items.text(row, 2));
        }
    }
    return projects;
}

Result<void> SqlStore::upsert_project(const Project& project)
{
    RUNDUM_TRY(m_connection->query(
        "INSERT INTO projects (id, city_id, title, summary, description, status, start_date, end_date, "
        "lead_organisation, costs_and_funding, staff_effort, goals, results, transfer_requirements, "
        "contact_name, contact_email, contact_phone, visibility, is_example, created_at, updated_at, "
        "publish_contact_name, publish_contact_email, publish_contact_phone) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET city_id = excluded.city_id, title = excluded.title, "
        "summary = excluded.summary, description = excluded.description, status = excluded.status, "
        "start_date = excluded.start_date, end_date = excluded.end_date, "
        "lead_organisation = excluded.lead_organisation, costs_and_funding = excluded.costs_and_funding, "
        "staff_effort = excluded.staff_effort, goals = excluded.goals, results = excluded.results, "
        "transfer_requirements = excluded.transfer_requirements, contact_name = excluded.contact_name, "
        "contact_email = excluded.contact_email, contact_phone = excluded.contact_phone, "
        "visibility = excluded.visibility, is_example = excluded.is_example, "
        "created_at = excluded.created_at, updated_at = excluded.updated_at, "
        "publish_contact_name = excluded.publish_contact_name, "
        "publish_contact_email = excluded.publish_contact_email, "
        "publish_contact_phone = excluded.publish_contact_phone",
        {project.id, project.city_id, project.title, project.summary, project.description,
         std::string(status_key(project.status)), project.start_date, project.end_date,
         project.lead_organisation, project.costs_and_funding, project.staff_effort, project.goals,
         project.results, project.transfer_requirements, project.contact_name, project.contact_email,
         project.contact_phone,
         std::string(project.visibility == ProjectVisibility::Public ? "public" : "members"),
         std::int64_t{project.is_example ? 1 : 0}, project.created_at, project.updated_at,
         std::int64_t{project.publish_contact_name ? 1 : 0}, std::int64_t{project.publish_contact_email ? 1 : 0},
         std::int64_t{project.publish_contact_phone ? 1 : 0}}));
    RUNDUM_TRY(m_connection->query("DELETE FROM project_topics WHERE project_id = ?", {project.id}));
    for (std::size_t position = 0; position < project.topics.size(); ++position) {
        RUNDUM_TRY(m_connection->query(
            "INSERT INTO project_topics (project_id, topic_slug, position) VALUES (?, ?, ?)",
            {project.id, project.topics[position], static_cast<std::int64_t>(position)}));
    }
    RUNDUM_TRY(m_connection->query("DELETE FROM project_items WHERE project_id = ?", {project.id}));
    auto insert_item = [&](std::string_view list, std::size_t position, const std::string& text,
                           const std::string& url) {
        return m_connection->query(
            "INSERT INTO project_items (project_id, list_name, position, text, url) VALUES (?, ?, ?, ?, ?)",
            {project.id, std::string(list), static_cast<std::int64_t>(position), text, url});
    };
    const std::pair<std::string_view, const std::vector<std::string>*> lists[] = {
        {TARGET_GROUPS, &project.target_groups},
        {PARTNERS, &project.partners},
        {SUCCESS_FACTORS, &project.success_factors},
        {STUMBLING_BLOCKS, &project.stumbling_blocks},
    };
    for (const auto& [name, items] : lists) {
        for (std::size_t position = 0; position < items->size(); ++position) {
            RUNDUM_TRY(insert_item(name, position, (*items)[position], ""));
        }
    }
    for (std::size_t position = 0; position < project.links.size(); ++position) {
        RUNDUM_TRY(insert_item(LINKS, position, project.links[position].title, project.links[position].url));
    }
    return {};
}

Result<std::vector<Topic>> SqlStore::list_topics()
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(rows, m_connection->query("SELECT slug, name, position FROM topics ORDER BY position, slug"));
    std::vector<Topic> topics;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        topics.push_back(Topic{rows.text(row, 0), rows.text(row, 1), static_cast<int>(rows.integer(row, 2))});
    }
    return topics;
}

Result<void> SqlStore::upsert_topics(const std::vector<Topic>& topics)
{
    for (const Topic& topic : topics) {
        RUNDUM_TRY(m_connection->query(
            "INSERT INTO topics (slug, name, position) VALUES (?, ?, ?) "
            "ON CONFLICT (slug) DO UPDATE SET name = excluded.name, position = excluded.position",
            {topic.slug, topic.name, std::int64_t{topic.position}}));
    }
    return {};
}

Result<void> SqlStore::save_topics(const std::vector<Topic>& topics)
{
    std::lock_guard lock(m_mutex);
    return in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        RUNDUM_TRY_ASSIGN(stored, m_connection->query("SELECT slug FROM topics"));
        for (std::size_t row = 0; row < stored.size(); ++row) {
            const std::string slug = stored.text(row, 0);
            const bool kept = std::any_of(topics.begin(), topics.end(),
                                          [&](const Topic& topic) { return topic.slug == slug; });
            if (!kept) {
                RUNDUM_TRY(m_connection->query("DELETE FROM project_topics WHERE topic_slug = ?", {slug}));
                RUNDUM_TRY(m_connection->query("DELETE FROM topics WHERE slug = ?", {slug}));
            }
        }
        RUNDUM_TRY(upsert_topics(topics));
        return log_change("topics");
    });
}

Result<std::vector<Project>> SqlStore::list_projects()
{
    std::lock_guard lock(m_mutex);
    return read_consistently([&] { return select_projects(nullptr); });
}

Result<std::optional<Project>> SqlStore::find_project(std::string_view id)
{
    std::lock_guard lock(m_mutex);
    const std::vector<std::string> ids = {std::string(id)};
    RUNDUM_TRY_ASSIGN(found, select_projects(&ids));
    if (found.empty()) {
        return std::optional<Project>();
    }
    Project project = std::move(found.front());
    RUNDUM_TRY_ASSIGN(files, m_connection->query("SELECT id, file_name, content_type, size_bytes, title FROM "
                                                 "project_attachments WHERE project_id = ? ORDER BY created_at, id",
                                                 {project.id}));
    for (std::size_t row = 0; row < files.size(); ++row) {
        project.attachments.push_back(attachment_info(files, row));
    }
    return std::optional<Project>(std::move(project));
}

Result<std::vector<Project>> SqlStore::find_projects(const std::vector<std::string>& ids)
{
    if (ids.empty()) {
        return std::vector<Project>{};
    }
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(found, read_consistently([&] { return select_projects(&ids); }));
    // In the order asked for (a search's ranking), each once.
    std::map<std::string, std::size_t> position;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        position.emplace(ids[i], i);
    }
    std::sort(found.begin(), found.end(),
              [&](const Project& a, const Project& b) { return position[a.id] < position[b.id]; });
    return found;
}

Result<void> SqlStore::save_project(const Project& project, const ProjectVersion& version)
{
    return save_project_with_consent(project, version, {});
}

Result<void> SqlStore::save_project_with_consent(const Project& project, const ProjectVersion& version,
                                                 const ConsentWrites& consent)
{
    std::lock_guard lock(m_mutex);
    return in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        RUNDUM_TRY(upsert_project(project));
        RUNDUM_TRY(write_consent(consent, "project_versions", "project_id", project.id));
        RUNDUM_TRY(insert_project_version(project.id, version));
        return log_change("project " + project.id);
    });
}

Result<void> SqlStore::insert_project_version(const std::string& project_id, const ProjectVersion& version)
{
    RUNDUM_TRY(m_connection->query(
        "INSERT INTO project_versions (project_id, number, changed_at, changed_by, content) "
        "SELECT ?, coalesce(max(number), 0) + 1, ?, ?, ? FROM project_versions WHERE project_id = ?",
        {project_id, version.changed_at, version.changed_by, version.content, project_id}));
    return {};
}

Result<void> SqlStore::delete_project(std::string_view id)
{
    std::lock_guard lock(m_mutex);
    // Topics, items, versions and attachments go with it (ON DELETE CASCADE).
    return delete_existing("projects", "id", id, "error.project.not_found", "project " + std::string(id));
}

Result<std::vector<ProjectVersion>> SqlStore::project_versions(std::string_view project_id)
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(rows, m_connection->query("SELECT number, changed_at, changed_by, content FROM "
                                                "project_versions WHERE project_id = ? ORDER BY number DESC",
                                                {std::string(project_id)}));
    std::vector<ProjectVersion> versions;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        versions.push_back(ProjectVersion{static_cast<int>(rows.integer(row, 0)), rows.text(row, 1),
                                          rows.text(row, 2), rows.text(row, 3)});
    }
    return versions;
}

Result<void> SqlStore::add_attachment(std::string_view project_id, const AttachmentInfo& info,
                                      const std::string& bytes)
{
    return insert_attachment(PROJECT_ATTACHMENTS, project_id, info, bytes, "project " + std::string(project_id));
}

Result<std::optional<std::pair<AttachmentInfo, std::string>>> SqlStore::attachment(std::string_view project_id,
                                                                                   std::string_view attachment_id)
{
    return read_attachment(PROJECT_ATTACHMENTS, project_id, attachment_id);
}

Result<void> SqlStore::remove_attachment(std::string_view project_id, std::string_view attachment_id)
{
    return delete_attachment(PROJECT_ATTACHMENTS, project_id, attachment_id, "project " + std::string(project_id));
}

Result<std::vector<ChangeEntry>> SqlStore::changes_since(std::int64_t after_id, int limit)
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(rows, m_connection->query("SELECT id, what FROM change_log WHERE id > ? ORDER BY id LIMIT ?",
                                                {after_id, std::int64_t{limit}}));
    // Asked after the rows: a trim in between can only make a gap appear that was not there
    // (one rebuild too many), never hide one. Ids need not be dense (a PostgreSQL sequence skips
    // after a rollback), so a gap just before the oldest row kept is taken as a trim too.
    RUNDUM_TRY_ASSIGN(oldest, m_connection->query("SELECT coalesce(min(id), 0) FROM change_log"));
    if (const std::int64_t kept_from = oldest.integer(0, 0); kept_from > after_id + 1) {
        return std::vector<ChangeEntry>{ChangeEntry{kept_from - 1, std::string(CHANGE_LOG_TRIMMED)}};
    }
    std::vector<ChangeEntry> changes;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        changes.push_back(ChangeEntry{rows.integer(row, 0), rows.text(row, 1)});
    }
    return changes;
}

} // namespace rundum::store
