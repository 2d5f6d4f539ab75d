// SPDX-License-Identifier: EUPL-1.2
// An uploaded ZIP archive opened with libzip: its entry names (unique without case, bounded in
// number) and their bytes, each read bounded and checked.
#pragma once

#include <zip.h>

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace rundum::media {

struct ZipDiscard {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};

/// An opened upload: the archive and its entry names (lower case) with their index.
class ZipUpload {
public:
    /// Invalid ("error.attachment.type") for no ZIP, an empty one, too many entries, a name twice.
    static Result<ZipUpload> open(std::string_view bytes);

    std::size_t size() const { return m_names.size(); }
    const std::string& name(std::size_t index) const { return m_names[index]; }

    /// The index of the entry called `name` (compared without case), if there is one.
    std::optional<std::size_t> find(std::string_view name) const;

    /// The entry's metadata; an encrypted entry is refused.
    Result<zip_stat_t> stat(std::size_t index) const;

    /// The unpacked bytes of entry `index`, at most `limit` of them (more is refused, as is a
    /// damaged stream or a wrong checksum).
    Result<std::string> read(std::size_t index, std::size_t limit) const;

private:
    explicit ZipUpload(zip_t* archive) : m_archive(archive) {}
    Result<void> read_names();

    std::unique_ptr<zip_t, ZipDiscard> m_archive;
    std::vector<std::string> m_names;
    std::map<std::string, std::size_t> m_index;
};

} // namespace rundum::media
