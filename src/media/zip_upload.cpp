// SPDX-License-Identifier: EUPL-1.2
// Reading an uploaded ZIP with libzip: every entry checked (no encryption, no name twice, no more
// than it claims), every read bounded.
#include "media/zip_upload.hpp"

#include <array>
#include <cstdint>
#include <utility>

#include "core/text.hpp"
#include "media/attachment.hpp"

namespace rundum::media {

namespace {

tl::unexpected<Error> refused(std::string detail)
{
    return fail(ErrorCode::Invalid, "error.attachment.type", {}, std::move(detail));
}

struct ZipFileClose {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};

} // namespace

Result<ZipUpload> ZipUpload::open(std::string_view bytes)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    zip_t* archive = source == nullptr ? nullptr : zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (archive == nullptr) {
        std::string detail = std::string("ZIP refused by libzip: ") + zip_error_strerror(&error);
        zip_error_fini(&error);
        if (source != nullptr) {
            zip_source_free(source);
        }
        return refused(std::move(detail));
    }
    zip_error_fini(&error);
    ZipUpload upload(archive);
    RUNDUM_TRY(upload.read_names());
    return upload;
}

std::optional<std::size_t> ZipUpload::find(std::string_view name) const
{
    auto found = m_index.find(ascii_lowercase(name));
    return found == m_index.end() ? std::nullopt : std::optional<std::size_t>(found->second);
}

Result<zip_stat_t> ZipUpload::stat(std::size_t index) const
{
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_archive.get(), index, 0, &stat) != 0) {
        return refused("ZIP entry " + std::to_string(index) + " unreadable");
    }
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != ZIP_EM_NONE) {
        return refused("ZIP with an encrypted entry");
    }
    return stat;
}

Result<std::string> ZipUpload::read(std::size_t index, std::size_t limit) const
{
    RUNDUM_TRY_ASSIGN(info, stat(index));
    if ((info.valid & ZIP_STAT_SIZE) != 0 && info.size > limit) {
        return refused("ZIP entry " + m_names[index] + " too large");
    }
    std::unique_ptr<zip_file_t, ZipFileClose> file(zip_fopen_index(m_archive.get(), index, 0));
    if (!file) {
        return refused("ZIP entry " + m_names[index] + " cannot be opened");
    }
    std::string out;
    std::array<char, 16384> chunk{};
    for (;;) {
        const zip_int64_t got = zip_fread(file.get(), chunk.data(), chunk.size());
        if (got < 0) {
            return refused("ZIP entry " + m_names[index] + " damaged");
        }
        if (got == 0) {
            return out; // libzip checked the CRC on reaching the end
        }
        out.append(chunk.data(), static_cast<std::size_t>(got));
        if (out.size() > limit) {
            return refused("ZIP entry " + m_names[index] + " unpacks to more than it claims");
        }
    }
}

Result<void> ZipUpload::read_names()
{
    const zip_int64_t count = zip_get_num_entries(m_archive.get(), 0);
    if (count < 0 || static_cast<std::uint64_t>(count) > MAX_ZIP_ENTRIES) {
        return refused("ZIP with " + std::to_string(count) + " entries");
    }
    if (count == 0) {
        return refused("empty ZIP");
    }
    for (zip_uint64_t i = 0; i < static_cast<zip_uint64_t>(count); ++i) {
        const char* name = zip_get_name(m_archive.get(), i, ZIP_FL_ENC_RAW);
        if (name == nullptr) {
            return refused("ZIP entry " + std::to_string(i) + " without a name");
        }
        m_names.emplace_back(name);
        // Two entries whose names differ only in case: which one a reader takes is its choice.
        if (!m_index.emplace(ascii_lowercase(name), static_cast<std::size_t>(i)).second) {
            return refused("ZIP with the entry " + std::string(name).substr(0, 80) + " twice");
        }
    }
    return {};
}

} // namespace rundum::media
