// SPDX-License-Identifier: EUPL-1.2
// The cities' structural indicators in SQL: one row per city and indicator.
#include "store/sql/sql_store.hpp"
#include "store/sql/transaction.hpp"

namespace rundum::store {

Result<std::vector<IndicatorValue>> SqlStore::select_indicator_values()
{
    RUNDUM_TRY_ASSIGN(rows, m_connection->query("SELECT city_id, indicator, value, year, source, note, updated_at, "
                                                "updated_by FROM indicator_values ORDER BY city_id, indicator"));
    std::vector<IndicatorValue> values;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        values.push_back(IndicatorValue{rows.text(row, 0), rows.text(row, 1), rows.number(row, 2),
                                        static_cast<int>(rows.integer(row, 3)), rows.text(row, 4),
                                        rows.text(row, 5), rows.text(row, 6), rows.text(row, 7)});
    }
    return values;
}

Result<void> SqlStore::upsert_indicator_value(const IndicatorValue& value)
{
    return m_connection
        ->query("INSERT INTO indicator_values (city_id, indicator, value, year, source, note, updated_at, updated_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (city_id, indicator) DO UPDATE SET "
                "value = excluded.value, year = excluded.year, source = excluded.source, note = excluded.note, "
                "updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                {value.city_id, value.indicator, value.value, std::int64_t{value.year}, value.source, value.note,
                 value.updated_at, value.updated_by})
        .map([](const Rows&) {});
}

Result<std::vector<IndicatorValue>> SqlStore::list_indicator_values()
{
    std::lock_guard lock(m_mutex);
    return select_indicator_values();
}

Result<void> SqlStore::save_indicator_values(const std::vector<IndicatorValue>& values)
{
    std::lock_guard lock(m_mutex);
    return in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        for (const IndicatorValue& value : values) {
            RUNDUM_TRY(upsert_indicator_value(value));
        }
        return log_change("indicators");
    });
}

Result<void> SqlStore::remove_indicator_value(std::string_view city_id, std::string_view indicator)
{
    std::lock_guard lock(m_mutex);
    return in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        RUNDUM_TRY(m_connection->query("DELETE FROM indicator_values WHERE city_id = ? AND indicator = ?",
                                       {std::string(city_id), std::string(indicator)}));
        return log_change("indicators");
    });
}

} // namespace rundum::store
