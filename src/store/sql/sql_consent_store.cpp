// SPDX-License-Identifier: EUPL-1.2
// The consent records in SQL: who recorded which consent to publish a contact's data, when,
// and on what basis.
#include "store/sql/sql_store.hpp"

namespace rundum::store {

Result<void> SqlStore::add_consent_record(const ConsentRecord& record)
{
    std::lock_guard lock(m_mutex);
    return in_transaction(
        *m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
            RUNDUM_TRY(insert_consent_record(record));
            return log_change("consent " + record.subject_kind + " " + record.subject_id);
        });
}

Result<void> SqlStore::insert_consent_record(const ConsentRecord& record)
{
    return m_connection
        ->query("INSERT INTO consent_records (subject_kind, subject_id, holder_id, person, field, "
                "granted, basis, "
                "recorded_by, recorded_by_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                {record.subject_kind, record.subject_id, record.holder_id, record.person,
                 record.field, std::int64_t{record.granted ? 1 : 0}, record.basis,
                 record.recorded_by, record.recorded_by_id, record.recorded_at})
        .map([](const Rows&) {});
}

Result<void> SqlStore::write_consent(const ConsentWrites& consent, std::string_view versions_table,
                                     std::string_view owner_column, const std::string& owner_id)
{
    for (const Version& older : consent.rewritten_versions) {
        RUNDUM_TRY(m_connection->query("UPDATE " + std::string(versions_table) +
                                           " SET content = ? WHERE " + std::string(owner_column) +
                                           " = ? AND number = ?",
                                       {older.content, owner_id, std::int64_t{older.number}}));
    }
    for (const ConsentRecord& record : consent.records) {
        RUNDUM_TRY(insert_consent_record(record));
    }
    for (const QueuedMail& mail : consent.mails) {
        RUNDUM_TRY(insert_mail(mail));
    }
    return {};
}

Result<std::vector<ConsentRecord>> SqlStore::consent_records(std::string_view subject_kind,
                                                             std::string_view holder_id)
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(
        rows, m_connection->query(
                  "SELECT id, subject_kind, subject_id, holder_id, person, field, granted, basis, "
                  "recorded_by, recorded_by_id, recorded_at FROM consent_records "
                  "WHERE subject_kind = ? AND holder_id = ? ORDER BY id DESC",
                  {std::string(subject_kind), std::string(holder_id)}));
    std::vector<ConsentRecord> records;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        records.push_back(ConsentRecord{rows.integer(row, 0), rows.text(row, 1), rows.text(row, 2),
                                        rows.text(row, 3), rows.text(row, 4), rows.text(row, 5),
                                        rows.integer(row, 6) != 0, rows.text(row, 7),
                                        rows.text(row, 8), rows.text(row, 9), rows.text(row, 10)});
    }
    return records;
}

} // namespace rundum::store
