// SPDX-License-Identifier: EUPL-1.2
// Legacy Office files (DOC, XLS, PPT): their compound file directory is read through bounds-checked
// accessors, every count and offset checked against the buffer before use and every walk limited,
// so no upload can make this read past its bytes or loop: libgsf was tried for it and accepts
// directories this refuses (looping sibling trees and sector chains, unknown versions), logging
// criticals on hostile input.
#include "media/compound_file.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "core/text.hpp"

namespace rundum::media {

namespace {

using namespace std::string_view_literals;

tl::unexpected<Error> refused(std::string detail)
{
    return fail(ErrorCode::Invalid, "error.attachment.type", {}, std::move(detail));
}

// --- Compound File Binary ([MS-CFB]): legacy DOC, XLS, PPT -----------------------------------

constexpr std::size_t CFB_HEADER_SIZE = 512;
constexpr std::size_t CFB_HEADER_FAT_SECTORS = 109;
constexpr std::size_t CFB_ENTRY_SIZE = 128;
constexpr std::uint32_t CFB_MAX_REGULAR_SECTOR = 0xFFFFFFFA;
constexpr std::uint32_t CFB_END_OF_CHAIN = 0xFFFFFFFE;
constexpr std::uint32_t CFB_NO_STREAM = 0xFFFFFFFF;
constexpr std::uint32_t CFB_STORAGE = 1;
constexpr std::uint32_t CFB_STREAM = 2;
constexpr std::uint32_t CFB_ROOT = 5;

/// One directory entry; `name` is the raw UTF-16LE name inside the upload.
struct CfbEntry {
    std::string_view name;
    std::uint32_t kind = 0;
    std::uint32_t left = CFB_NO_STREAM;
    std::uint32_t right = CFB_NO_STREAM;
    std::uint32_t child = CFB_NO_STREAM;

    /// Whether the name is `ascii`, compared without case as the format does.
    bool is_named(std::string_view ascii) const
    {
        if (name.size() != ascii.size() * 2) {
            return false;
        }
        for (std::size_t i = 0; i < ascii.size(); ++i) {
            if (name[2 * i + 1] != '\0' || ascii_lower(name[2 * i]) != ascii_lower(ascii[i])) {
                return false;
            }
        }
        return true;
    }
};

/// The sectors of a compound file and its allocation table.
class CompoundFile {
public:
    static Result<CompoundFile> open(const Bytes& data)
    {
        if (!data.has(0, CFB_HEADER_SIZE)) {
            return refused("compound file shorter than its header");
        }
        const std::uint32_t major = data.le16(0x1A);
        const std::uint32_t shift = data.le16(0x1E);
        if (data.le16(0x1C) != 0xFFFE ||
            !((major == 3 && shift == 9) || (major == 4 && shift == 12))) {
            return refused("compound file header of unknown version");
        }
        const std::size_t sector_size = std::size_t{1} << shift;
        if (data.size() < 2 * sector_size) {
            return refused("compound file without sectors");
        }
        CompoundFile file(data, sector_size);
        RUNDUM_TRY(file.read_fat_sectors());
        return file;
    }

    /// Directory entries in order, following the directory's sector chain.
    Result<std::vector<CfbEntry>> directory() const
    {
        std::vector<CfbEntry> entries;
        std::uint32_t sector = m_data.le32(0x30);
        for (std::size_t visited = 0; sector != CFB_END_OF_CHAIN; ++visited) {
            if (visited >= m_sector_count) {
                return refused("compound file directory chain loops");
            }
            RUNDUM_TRY_ASSIGN(offset, sector_offset(sector));
            for (std::size_t at = offset; at < offset + m_sector_size; at += CFB_ENTRY_SIZE) {
                if (entries.size() >= MAX_CFB_DIRECTORY_ENTRIES) {
                    return refused("compound file directory too large");
                }
                entries.push_back(entry(at));
            }
            RUNDUM_TRY_ASSIGN(next, next_sector(sector));
            sector = next;
        }
        return entries;
    }

private:
    CompoundFile(const Bytes& data, std::size_t sector_size)
        : m_data(data), m_sector_size(sector_size),
          m_sector_count(data.size() / sector_size - 1) // the header fills sector -1
    {
    }

    /// Where a regular sector starts, if it lies wholly inside the file.
    Result<std::size_t> sector_offset(std::uint32_t sector) const
    {
        if (sector > CFB_MAX_REGULAR_SECTOR || sector >= m_sector_count) {
            return refused("compound file sector " + std::to_string(sector) + " outside the file");
        }
        return (static_cast<std::size_t>(sector) + 1) * m_sector_size;
    }

    /// The allocation table's sectors: the first 109 are named in the header, the rest in a
    /// chain of DIFAT sectors.
    Result<void> read_fat_sectors()
    {
        const std::size_t count = m_data.le32(0x2C);
        if (count > m_sector_count) {
            return refused("compound file claims more FAT sectors than it has");
        }
        for (std::size_t i = 0; i < std::min(count, CFB_HEADER_FAT_SECTORS); ++i) {
            m_fat_sectors.push_back(m_data.le32(0x4C + 4 * i));
        }
        const std::size_t per_sector = m_sector_size / 4 - 1; // the last entry links the next
        std::uint32_t sector = m_data.le32(0x44);
        for (std::size_t visited = 0; m_fat_sectors.size() < count; ++visited) {
            if (visited >= m_sector_count) {
                return refused("compound file DIFAT chain loops");
            }
            RUNDUM_TRY_ASSIGN(offset, sector_offset(sector));
            for (std::size_t i = 0; i < per_sector && m_fat_sectors.size() < count; ++i) {
                m_fat_sectors.push_back(m_data.le32(offset + 4 * i));
            }
            sector = m_data.le32(offset + 4 * per_sector);
        }
        return {};
    }

    Result<std::uint32_t> next_sector(std::uint32_t sector) const
    {
        const std::size_t per_sector = m_sector_size / 4;
        const std::size_t index = sector / per_sector;
        if (index >= m_fat_sectors.size()) {
            return refused("compound file sector beyond its allocation table");
        }
        RUNDUM_TRY_ASSIGN(offset, sector_offset(m_fat_sectors[index]));
        const std::uint32_t next = m_data.le32(offset + 4 * (sector % per_sector));
        if (next > CFB_MAX_REGULAR_SECTOR && next != CFB_END_OF_CHAIN) {
            return refused("compound file chain broken");
        }
        return next;
    }

    CfbEntry entry(std::size_t at) const
    {
        CfbEntry result;
        const std::size_t name_bytes = m_data.le16(at + 0x40);
        // The length counts the terminating NUL; anything else than 2..64 is no usable name.
        if (name_bytes >= 2 && name_bytes <= 64 && name_bytes % 2 == 0) {
            result.name = m_data.slice(at, name_bytes - 2);
        }
        result.kind = static_cast<unsigned char>(m_data.slice(at + 0x42, 1)[0]);
        result.left = m_data.le32(at + 0x44);
        result.right = m_data.le32(at + 0x48);
        result.child = m_data.le32(at + 0x4C);
        return result;
    }

    Bytes m_data;
    std::size_t m_sector_size;
    std::size_t m_sector_count;
    std::vector<std::uint32_t> m_fat_sectors;
};

/// The entries directly inside the root storage: the siblings tree under the root's child.
/// The entries inside the storage whose child is `child`: the siblings tree under it.
Result<std::vector<std::uint32_t>> children_of(const std::vector<CfbEntry>& entries, std::uint32_t child,
                                               std::vector<bool>& seen)
{
    std::vector<std::uint32_t> children;
    std::vector<std::uint32_t> pending{child};
    while (!pending.empty()) {
        const std::uint32_t id = pending.back();
        pending.pop_back();
        if (id == CFB_NO_STREAM) {
            continue;
        }
        if (id >= entries.size() || seen[id] ||
            (entries[id].kind != CFB_STORAGE && entries[id].kind != CFB_STREAM)) {
            return refused("compound file directory tree broken");
        }
        seen[id] = true;
        children.push_back(id);
        pending.push_back(entries[id].left);
        pending.push_back(entries[id].right);
    }
    return children;
}

/// Whether a storage anywhere in the file holds VBA: Word keeps it in "Macros", Excel in
/// "_VBA_PROJECT_CUR", both (and embedded objects) with a "VBA" storage inside. Every entry is
/// visited once at most, so a looping tree is refused, not walked forever.
Result<bool> has_vba_storage(const std::vector<CfbEntry>& entries)
{
    std::vector<bool> seen(entries.size(), false);
    seen[0] = true;
    std::vector<std::uint32_t> storages{0};
    while (!storages.empty()) {
        const std::uint32_t storage = storages.back();
        storages.pop_back();
        RUNDUM_TRY_ASSIGN(children, children_of(entries, entries[storage].child, seen));
        for (std::uint32_t id : children) {
            const CfbEntry& entry = entries[id];
            if (entry.kind != CFB_STORAGE) {
                continue;
            }
            if (entry.is_named("Macros") || entry.is_named("_VBA_PROJECT_CUR") || entry.is_named("VBA")) {
                return true;
            }
            storages.push_back(id);
        }
    }
    return false;
}

} // namespace

Result<AttachmentType> identify_compound_file(const Bytes& data)
{
    RUNDUM_TRY_ASSIGN(file, CompoundFile::open(data));
    RUNDUM_TRY_ASSIGN(entries, file.directory());
    if (entries.empty() || entries[0].kind != CFB_ROOT) {
        return refused("compound file without a root entry");
    }
    RUNDUM_TRY_ASSIGN(has_vba, has_vba_storage(entries));
    if (has_vba) {
        return refused("legacy Office file with macros");
    }
    std::vector<bool> seen(entries.size(), false);
    RUNDUM_TRY_ASSIGN(child_ids, children_of(entries, entries[0].child, seen));
    std::vector<CfbEntry> children;
    for (std::uint32_t id : child_ids) {
        children.push_back(entries[id]);
    }
    const auto has = [&](std::uint32_t kind, std::string_view name) {
        return std::any_of(children.begin(), children.end(), [&](const CfbEntry& entry) {
            return entry.kind == kind && entry.is_named(name);
        });
    };
    const bool is_word = has(CFB_STREAM, "WordDocument");
    const bool is_excel = has(CFB_STREAM, "Workbook") || has(CFB_STREAM, "Book");
    const bool is_powerpoint = has(CFB_STREAM, "PowerPoint Document");
    if (static_cast<int>(is_word) + static_cast<int>(is_excel) + static_cast<int>(is_powerpoint) !=
        1) {
        return refused("compound file of no single Office kind");
    }
    if (is_word) {
        return AttachmentType{"application/msword", "doc"};
    }
    if (is_excel) {
        return AttachmentType{"application/vnd.ms-excel", "xls"};
    }
    // PowerPoint 97-2003 keeps its VBA project compressed inside the "PowerPoint Document"
    // stream, where no storage names it: a file whose macros cannot be checked is refused, with
    // the way out (.pptx or PDF) in its message.
    return fail(ErrorCode::Invalid, "error.attachment.legacy_powerpoint", {},
                "PowerPoint 97-2003 file: macros cannot be checked");
}

} // namespace rundum::media
