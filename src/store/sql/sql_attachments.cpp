// SPDX-License-Identifier: EUPL-1.2
// Adding, reading and removing attached files, for every AttachmentTable alike.
#include <string>

#include "store/sql/attachment_table.hpp"
#include "core/base64.hpp"
#include "store/sql/sql_store.hpp"
#include "store/sql/transaction.hpp"

namespace rundum::store {

AttachmentInfo attachment_info(const Rows& rows, std::size_t row, std::size_t first_column)
{
    return AttachmentInfo{rows.text(row, first_column), rows.text(row, first_column + 1),
                          rows.text(row, first_column + 2),
                          static_cast<std::size_t>(rows.integer(row, first_column + 3)),
                          rows.text(row, first_column + 4)};
}

Result<void> SqlStore::insert_attachment(const AttachmentTable& where, std::string_view owner_id,
                                         const AttachmentInfo& info, const std::string& bytes, std::string change)
{
    std::string sql = "INSERT INTO ";
    sql += where.table;
    sql += " (id, ";
    sql += where.owner_column;
    sql += ", file_name, content_type, size_bytes, title, data_base64, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    std::lock_guard lock(m_mutex);
    return in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        RUNDUM_TRY(m_connection->query(sql, {info.id, std::string(owner_id), info.file_name, info.content_type,
                                             static_cast<std::int64_t>(bytes.size()), info.title, to_base64(bytes),
                                             utc_now_text()}));
        return log_change(std::move(change));
    });
}

Result<std::optional<std::pair<AttachmentInfo, std::string>>> SqlStore::read_attachment(
    const AttachmentTable& where, std::string_view owner_id, std::string_view attachment_id)
{
    std::string sql = "SELECT ";
    sql += ATTACHMENT_INFO_COLUMNS;
    sql += ", data_base64 FROM ";
    sql += where.table;
    sql += " WHERE ";
    sql += where.owner_column;
    sql += " = ? AND id = ?";
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(rows, m_connection->query(sql, {std::string(owner_id), std::string(attachment_id)}));
    if (rows.empty()) {
        return std::optional<std::pair<AttachmentInfo, std::string>>();
    }
    return std::optional<std::pair<AttachmentInfo, std::string>>(std::in_place, attachment_info(rows, 0),
                                                                 from_base64(rows.text(0, 5)).value_or(std::string()));
}

Result<void> SqlStore::delete_attachment(const AttachmentTable& where, std::string_view owner_id,
                                         std::string_view attachment_id, std::string change)
{
    std::string sql = "DELETE FROM ";
    sql += where.table;
    sql += " WHERE ";
    sql += where.owner_column;
    sql += " = ? AND id = ?";
    std::lock_guard lock(m_mutex);
    return in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        RUNDUM_TRY(m_connection->query(sql, {std::string(owner_id), std::string(attachment_id)}));
        return log_change(std::move(change));
    });
}

} // namespace rundum::store
