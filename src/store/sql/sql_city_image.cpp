// SPDX-License-Identifier: EUPL-1.2
// A city's image in SQL, as base64 text (portable across both dialects).
#include "core/base64.hpp"
#include "store/sql/sql_store.hpp"
#include "store/sql/transaction.hpp"

namespace rundum::store {

Result<void> SqlStore::set_city_image(std::string_view city_id, const CityImage& image)
{
    std::lock_guard lock(m_mutex);
    return in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        RUNDUM_TRY(m_connection->query("DELETE FROM city_images WHERE city_id = ?", {std::string(city_id)}));
        RUNDUM_TRY(m_connection->query(
            "INSERT INTO city_images (city_id, content_type, data_base64, alt_text, updated_at) VALUES (?, ?, ?, ?, ?)",
            {std::string(city_id), image.content_type, to_base64(image.bytes), image.alt_text, image.updated_at}));
        return log_change("image of " + std::string(city_id));
    });
}

Result<std::optional<CityImage>> SqlStore::city_image(std::string_view city_id)
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(rows, m_connection->query("SELECT content_type, data_base64, alt_text, updated_at FROM "
                                                "city_images WHERE city_id = ?",
                                                {std::string(city_id)}));
    if (rows.empty()) {
        return std::optional<CityImage>();
    }
    return std::optional<CityImage>(
        CityImage{rows.text(0, 0), from_base64(rows.text(0, 1)).value_or(std::string()), rows.text(0, 2), rows.text(0, 3)});
}

Result<void> SqlStore::remove_city_image(std::string_view city_id)
{
    std::lock_guard lock(m_mutex);
    return in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        RUNDUM_TRY(m_connection->query("DELETE FROM city_images WHERE city_id = ?", {std::string(city_id)}));
        return log_change("image of " + std::string(city_id) + " removed");
    });
}

} // namespace rundum::store
