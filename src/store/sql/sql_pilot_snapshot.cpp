// SPDX-License-Identifier: EUPL-1.2
// The joint pilot projects in the export snapshot and their import: each pilot is brought to
// the file's state (matched by id), its cities and milestones replaced by the file's; its
// documents stay as they are, since the file does not carry files.
#include "core/text.hpp"
#include "store/sql/sql_store.hpp"

namespace rundum::store {

Result<void> SqlStore::read_pilot_snapshot(NetworkSnapshot& snapshot)
{
    RUNDUM_TRY_ASSIGN(pilots, select_pilots(""));
    snapshot.pilots = std::move(pilots);
    return {};
}

Result<void> SqlStore::apply_pilot_snapshot(const NetworkSnapshot& snapshot)
{
    for (const PilotProject& pilot : snapshot.pilots) {
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
            "visibility = excluded.visibility, created_at = excluded.created_at, updated_at = excluded.updated_at",
            {pilot.id, pilot.slug, pilot.title, pilot.summary, pilot.description, joined_lines(pilot.goals),
             std::string(pilot_status_key(pilot.status)), pilot.start_date, pilot.end_date,
             std::string(pilot.visibility == ProjectVisibility::Public ? "public" : "members"), pilot.created_at,
             pilot.updated_at}));
        RUNDUM_TRY(replace_pilot_parts(pilot));
    }
    return {};
}

} // namespace rundum::store
