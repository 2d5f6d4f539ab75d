// SPDX-License-Identifier: EUPL-1.2
// Joint pilot projects in SQL: the pilot (pilot_projects, goals one per line), its cities
// (pilot_partners, in their order), milestones (pilot_milestones) and documents
// (pilot_documents, base64 like project attachments). Changes are logged as "learning pilot …",
// which the search index passes over: pilots are not searched.
#include <map>

#include "core/pilot_rules.hpp"
#include "core/text.hpp"
#include "store/sql/attachment_table.hpp"
#include "core/base64.hpp"
#include "store/sql/sql_store.hpp"
#include "store/sql/transaction.hpp"

namespace rundum::store {

namespace {

std::string visibility_key(ProjectVisibility visibility)
{
    return visibility == ProjectVisibility::Public ? "public" : "members";
}

std::string change_of(std::string_view pilot_id)
{
    return "learning pilot " + std::string(pilot_id);
}

} // namespace

Result<std::vector<PilotProject>> SqlStore::select_pilots(std::string_view slug)
{
    // One query per table, then the parts go to their pilots.
    std::vector<SqlValue> parameters;
    std::string where;
    std::string parts_where;
    if (!slug.empty()) {
        parameters.emplace_back(std::string(slug));
        where = " WHERE slug = ?";
        parts_where = " WHERE pilot_id IN (SELECT id FROM pilot_projects WHERE slug = ?)";
    }
    RUNDUM_TRY_ASSIGN(rows, m_connection->query("SELECT id, slug, title, summary, description, goals, status, "
                                                "start_date, end_date, visibility, created_at, updated_at FROM "
                                                "pilot_projects" + where + " ORDER BY title, id",
                                                parameters));
    std::vector<PilotProject> pilots;
    std::map<std::string, std::size_t> index_of;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        PilotProject pilot;
        pilot.id = rows.text(row, 0);
        pilot.slug = rows.text(row, 1);
        pilot.title = rows.text(row, 2);
        pilot.summary = rows.text(row, 3);
        pilot.description = rows.text(row, 4);
        pilot.goals = non_blank_lines(rows.text(row, 5));
        pilot.status = pilot_status_from_key(rows.text(row, 6)).value_or(PilotStatus::Planned);
        pilot.start_date = rows.text(row, 7);
        pilot.end_date = rows.text(row, 8);
        pilot.visibility = rows.text(row, 9) == "public" ? ProjectVisibility::Public : ProjectVisibility::Members;
        pilot.created_at = rows.text(row, 10);
        pilot.updated_at = rows.text(row, 11);
        index_of.emplace(pilot.id, pilots.size());
        pilots.push_back(std::move(pilot));
    }
    auto pilot_of = [&](const std::string& id) -> PilotProject* {
        auto found = index_of.find(id);
        return found == index_of.end() ? nullptr : &pilots[found->second];
    };
    RUNDUM_TRY_ASSIGN(partners, m_connection->query("SELECT pilot_id, city_id, role, local_project_id, note FROM "
                                                    "pilot_partners" + parts_where + " ORDER BY pilot_id, position",
                                                    parameters));
    for (std::size_t row = 0; row < partners.size(); ++row) {
        if (PilotProject* pilot = pilot_of(partners.text(row, 0))) {
            pilot->partners.push_back(PilotPartner{partners.text(row, 1),
                                                   pilot_role_from_key(partners.text(row, 2)).value_or(PilotRole::Partner),
                                                   partners.text(row, 3), partners.text(row, 4)});
        }
    }
    RUNDUM_TRY_ASSIGN(milestones, m_connection->query("SELECT pilot_id, id, title, due_date, status, note FROM "
                                                      "pilot_milestones" + parts_where +
                                                          " ORDER BY pilot_id, due_date, title, id",
                                                      parameters));
    for (std::size_t row = 0; row < milestones.size(); ++row) {
        if (PilotProject* pilot = pilot_of(milestones.text(row, 0))) {
            pilot->milestones.push_back(PilotMilestone{
                milestones.text(row, 1), milestones.text(row, 2), milestones.text(row, 3),
                milestone_status_from_key(milestones.text(row, 4)).value_or(MilestoneStatus::Open),
                milestones.text(row, 5)});
        }
    }
    RUNDUM_TRY_ASSIGN(documents, m_connection->query("SELECT pilot_id, id, file_name, content_type, size_bytes, title "
                                                     "FROM pilot_documents" + parts_where +
                                                         " ORDER BY pilot_id, created_at, id",
                                                     parameters));
    for (std::size_t row = 0; row < documents.size(); ++row) {
        if (PilotProject* pilot = pilot_of(documents.text(row, 0))) {
            pilot->documents.push_back(attachment_info(documents, row, 1));
        }
    }
    return pilots;
}

Result<std::vector<PilotProject>> SqlStore::list_pilots()
{
    std::lock_guard lock(m_mutex);
    return read_consistently([&] { return select_pilots(""); });
}

Result<std::optional<PilotProject>> SqlStore::find_pilot(std::string_view slug)
{
    if (slug.empty()) {
        return std::optional<PilotProject>();
    }
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(found, read_consistently([&] { return select_pilots(slug); }));
    if (found.empty()) {
        return std::optional<PilotProject>();
    }
    return std::optional<PilotProject>(std::move(found.front()));
}

Result<void> SqlStore::replace_pilot_parts(const PilotProject& pilot)
{
    RUNDUM_TRY(m_connection->query("DELETE FROM pilot_partners WHERE pilot_id = ?", {pilot.id}));
    std::int64_t position = 0;
    for (const PilotPartner& partner : pilot.partners) {
        RUNDUM_TRY(m_connection->query(
            "INSERT INTO pilot_partners (pilot_id, city_id, position, role, local_project_id, note) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            {pilot.id, partner.city_id, position++, std::string(pilot_role_key(partner.role)),
             text_or_null(partner.local_project_id), partner.note}));
    }
    RUNDUM_TRY(m_connection->query("DELETE FROM pilot_milestones WHERE pilot_id = ?", {pilot.id}));
    for (const PilotMilestone& milestone : pilot.milestones) {
        RUNDUM_TRY(m_connection->query(
            "INSERT INTO pilot_milestones (id, pilot_id, title, due_date, status, note) VALUES (?, ?, ?, ?, ?, ?)",
            {milestone.id, pilot.id, milestone.title, milestone.due_date,
             std::string(milestone_status_key(milestone.status)), milestone.note}));
    }
    return {};
}

Result<void> SqlStore::save_pilot(const PilotProject& pilot)
{
    std::lock_guard lock(m_mutex);
    return in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        RUNDUM_TRY_ASSIGN(taken, m_connection->query("SELECT id FROM pilot_projects WHERE slug = ? AND id <> ?",
                                                     {pilot.slug, pilot.id}));
        if (!taken.empty()) {
            return fail(ErrorCode::Conflict, "pilot.error.slug_taken", {pilot.slug});
        }
        RUNDUM_TRY(m_connection->query(
            "INSERT INTO pilot_projects (id, slug, title, summary, description, goals, status, start_date, end_date, "
            "visibility, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET slug = excluded.slug, title = excluded.title, "
            "summary = excluded.summary, description = excluded.description, goals = excluded.goals, "
            "status = excluded.status, start_date = excluded.start_date, end_date = excluded.end_date, "
            "visibility = excluded.visibility, updated_at = excluded.updated_at",
            {pilot.id, pilot.slug, pilot.title, pilot.summary, pilot.description, joined_lines(pilot.goals),
             std::string(pilot_status_key(pilot.status)), pilot.start_date, pilot.end_date,
             visibility_key(pilot.visibility), pilot.created_at, pilot.updated_at}));
        RUNDUM_TRY(replace_pilot_parts(pilot));
        return log_change(change_of(pilot.id));
    });
}

Result<void> SqlStore::save_pilot_partner(std::string_view pilot_id, const PilotPartner& partner)
{
    std::lock_guard lock(m_mutex);
    return in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        RUNDUM_TRY_ASSIGN(found, m_connection->query("SELECT 1 FROM pilot_partners WHERE pilot_id = ? AND city_id = ?",
                                                     {std::string(pilot_id), partner.city_id}));
        if (found.empty()) {
            return fail(ErrorCode::NotFound, "error.pilot.partner_not_found");
        }
        RUNDUM_TRY(m_connection->query(
            "UPDATE pilot_partners SET local_project_id = ?, note = ? WHERE pilot_id = ? AND city_id = ?",
            {text_or_null(partner.local_project_id), partner.note, std::string(pilot_id), partner.city_id}));
        return log_change(change_of(pilot_id));
    });
}

Result<void> SqlStore::add_pilot_document(std::string_view pilot_id, const AttachmentInfo& info,
                                          const std::string& bytes, std::string_view city_id)
{
    std::lock_guard lock(m_mutex);
    return in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        RUNDUM_TRY(m_connection->query(
            "INSERT INTO pilot_documents (id, pilot_id, file_name, content_type, size_bytes, title, data_base64, "
            "created_at, city_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {info.id, std::string(pilot_id), info.file_name, info.content_type,
             static_cast<std::int64_t>(bytes.size()), info.title, to_base64(bytes), utc_now_text(),
             text_or_null(std::string(city_id))}));
        return log_change(change_of(pilot_id));
    });
}

Result<std::optional<std::string>> SqlStore::pilot_document_city(std::string_view pilot_id,
                                                                 std::string_view document_id)
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(rows, m_connection->query("SELECT city_id FROM pilot_documents WHERE pilot_id = ? AND id = ?",
                                                {std::string(pilot_id), std::string(document_id)}));
    if (rows.empty()) {
        return std::optional<std::string>();
    }
    return std::optional<std::string>(rows.is_null(0, 0) ? std::string() : rows.text(0, 0));
}

Result<bool> SqlStore::claim_upload(std::string_view user_id, std::int64_t at_unix, std::int64_t since_unix,
                                    std::size_t limit)
{
    // No change is logged: counting uploads changes no page.
    std::lock_guard lock(m_mutex);
    bool claimed = false;
    RUNDUM_TRY(in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        // The member's row is locked first (a no-op update, portable SQL): two instances
        // claiming for the same member wait for each other, so the count cannot be passed.
        RUNDUM_TRY(m_connection->query("UPDATE users SET id = id WHERE id = ?", {std::string(user_id)}));
        RUNDUM_TRY_ASSIGN(counted, m_connection->query("SELECT count(*) FROM upload_log WHERE user_id = ? AND at_unix >= ?",
                                                       {std::string(user_id), since_unix}));
        if (counted.integer(0, 0) >= static_cast<std::int64_t>(limit)) {
            return {};
        }
        RUNDUM_TRY(m_connection->query("INSERT INTO upload_log (user_id, at_unix) VALUES (?, ?)",
                                       {std::string(user_id), at_unix}));
        RUNDUM_TRY(m_connection->query("DELETE FROM upload_log WHERE user_id = ? AND at_unix < ?",
                                       {std::string(user_id), since_unix}));
        claimed = true;
        return {};
    }));
    return claimed;
}

Result<std::optional<std::pair<AttachmentInfo, std::string>>> SqlStore::pilot_document(std::string_view pilot_id,
                                                                                      std::string_view document_id)
{
    return read_attachment(PILOT_DOCUMENTS, pilot_id, document_id);
}

Result<void> SqlStore::remove_pilot_document(std::string_view pilot_id, std::string_view document_id)
{
    std::lock_guard lock(m_mutex);
    return in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        RUNDUM_TRY_ASSIGN(found, m_connection->query("SELECT 1 FROM pilot_documents WHERE pilot_id = ? AND id = ?",
                                                     {std::string(pilot_id), std::string(document_id)}));
        if (found.empty()) {
            return fail(ErrorCode::NotFound, "error.attachment.not_found");
        }
        RUNDUM_TRY(m_connection->query("DELETE FROM pilot_documents WHERE pilot_id = ? AND id = ?",
                                       {std::string(pilot_id), std::string(document_id)}));
        return log_change(change_of(pilot_id));
    });
}

Result<void> SqlStore::delete_pilot(std::string_view id)
{
    // Its cities, milestones and documents go with it (ON DELETE CASCADE).
    std::lock_guard lock(m_mutex);
    return delete_existing("pilot_projects", "id", id, "error.pilot.not_found", change_of(id));
}

} // namespace rundum::store
