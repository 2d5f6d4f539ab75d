// SPDX-License-Identifier: EUPL-1.2
// Files attached to records (project attachments, agenda slides, pilot documents) are stored
// alike: one table each with id, the owner's id, file name, content type, size, title, the bytes
// as base64 and created_at. The table and owner column names are constants of ours, never input.
#pragma once

#include <cstddef>
#include <string_view>

#include "core/project.hpp"
#include "store/sql/sql_value.hpp"

namespace rundum::store {

/// Where one kind of attached file is stored.
struct AttachmentTable {
    std::string_view table;        ///< "project_attachments"
    std::string_view owner_column; ///< "project_id"
};

inline constexpr AttachmentTable PROJECT_ATTACHMENTS{"project_attachments", "project_id"};
inline constexpr AttachmentTable AGENDA_ATTACHMENTS{"agenda_attachments", "agenda_item_id"};
inline constexpr AttachmentTable PILOT_DOCUMENTS{"pilot_documents", "pilot_id"};

/// The columns an AttachmentInfo is read from, in attachment_info's order.
inline constexpr std::string_view ATTACHMENT_INFO_COLUMNS = "id, file_name, content_type, size_bytes, title";

/// The description in `rows` at `row`, from ATTACHMENT_INFO_COLUMNS starting at `first_column`.
AttachmentInfo attachment_info(const Rows& rows, std::size_t row, std::size_t first_column = 0);

} // namespace rundum::store
