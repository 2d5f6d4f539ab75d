// SPDX-License-Identifier: EUPL-1.2
// Bounds-checked reading of binary headers from an untrusted upload (images, Office files).
#pragma once

#include <cstdint>
#include <string_view>

namespace rundum::media {

/// Big- and little-endian readers over a buffer; every access is checked with has() first.
class Bytes {
public:
    explicit Bytes(std::string_view data) : m_data(data) {}

    std::size_t size() const { return m_data.size(); }
    /// Whether `count` bytes from `offset` lie inside the buffer (no overflow for any input).
    bool has(std::uint64_t offset, std::uint64_t count) const
    {
        return offset <= m_data.size() && count <= m_data.size() - offset;
    }
    /// The readers below only after has(offset, their width).
    std::uint32_t byte(std::size_t offset) const { return static_cast<unsigned char>(m_data[offset]); }
    std::uint32_t be16(std::size_t offset) const { return byte(offset) << 8 | byte(offset + 1); }
    std::uint32_t be32(std::size_t offset) const { return be16(offset) << 16 | be16(offset + 2); }
    std::uint32_t le16(std::size_t offset) const { return byte(offset) | byte(offset + 1) << 8; }
    std::uint32_t le24(std::size_t offset) const { return le16(offset) | byte(offset + 2) << 16; }
    std::uint32_t le32(std::size_t offset) const { return le16(offset) | le16(offset + 2) << 16; }
    /// Whether the buffer holds `expected` at `offset`.
    bool matches(std::size_t offset, std::string_view expected) const
    {
        return has(offset, expected.size()) && m_data.substr(offset, expected.size()) == expected;
    }
    /// Only after has(offset, count).
    std::string_view slice(std::size_t offset, std::size_t count) const { return m_data.substr(offset, count); }

private:
    std::string_view m_data;
};

} // namespace rundum::media
