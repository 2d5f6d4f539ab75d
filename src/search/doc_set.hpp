// SPDX-License-Identifier: EUPL-1.2
// A set of Xapian document ids as a bitmap: filters, facets and totals are computed on these,
// which is far cheaper than asking the matcher for every matching document.
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

#include <xapian.h>

namespace rundum::search {

/// Document ids 1..capacity-1 (Xapian counts from 1). Ids beyond the capacity are not members;
/// inserting one grows the set.
class DocSet {
public:
    DocSet() = default;
    explicit DocSet(std::size_t capacity) : m_words((capacity + 63) / 64, 0) {}

    /// A set holding every id in [1, capacity).
    static DocSet all(std::size_t capacity)
    {
        DocSet set(capacity);
        std::fill(set.m_words.begin(), set.m_words.end(), ~std::uint64_t{0});
        set.trim(capacity);
        return set;
    }

    std::size_t capacity() const { return m_words.size() * 64; }

    void insert(Xapian::docid id)
    {
        std::size_t word = id / 64;
        if (word >= m_words.size()) {
            m_words.resize(word + 1, 0);
        }
        m_words[word] |= std::uint64_t{1} << (id % 64);
    }

    void erase(Xapian::docid id)
    {
        std::size_t word = id / 64;
        if (word < m_words.size()) {
            m_words[word] &= ~(std::uint64_t{1} << (id % 64));
        }
    }

    bool contains(Xapian::docid id) const
    {
        std::size_t word = id / 64;
        return word < m_words.size() && ((m_words[word] >> (id % 64)) & 1U) != 0;
    }

    /// Keeps only the ids that are also in `other`.
    void intersect(const DocSet& other)
    {
        std::size_t shared = std::min(m_words.size(), other.m_words.size());
        for (std::size_t i = 0; i < shared; ++i) {
            m_words[i] &= other.m_words[i];
        }
        std::fill(m_words.begin() + static_cast<std::ptrdiff_t>(shared), m_words.end(), 0);
    }

    /// Adds the ids of `other`.
    void unite(const DocSet& other)
    {
        if (other.m_words.size() > m_words.size()) {
            m_words.resize(other.m_words.size(), 0);
        }
        for (std::size_t i = 0; i < other.m_words.size(); ++i) {
            m_words[i] |= other.m_words[i];
        }
    }

    std::size_t count() const
    {
        std::size_t total = 0;
        for (std::uint64_t word : m_words) {
            total += static_cast<std::size_t>(std::popcount(word));
        }
        return total;
    }

    bool empty() const
    {
        return std::all_of(m_words.begin(), m_words.end(), [](std::uint64_t w) { return w == 0; });
    }

    void clear() { std::fill(m_words.begin(), m_words.end(), 0); }

    /// The smallest member at or after `from`, or 0 when there is none.
    Xapian::docid next_from(Xapian::docid from) const
    {
        std::size_t word = from / 64;
        if (word >= m_words.size()) {
            return 0;
        }
        std::uint64_t bits = m_words[word] & (~std::uint64_t{0} << (from % 64));
        while (bits == 0) {
            if (++word == m_words.size()) {
                return 0;
            }
            bits = m_words[word];
        }
        return static_cast<Xapian::docid>(word * 64 +
                                          static_cast<std::size_t>(std::countr_zero(bits)));
    }

    /// Calls `visit(id)` for each member in ascending order.
    template <typename Visit> void for_each(Visit&& visit) const
    {
        for (std::size_t i = 0; i < m_words.size(); ++i) {
            std::uint64_t word = m_words[i];
            while (word != 0) {
                auto bit = static_cast<std::size_t>(std::countr_zero(word));
                visit(static_cast<Xapian::docid>(i * 64 + bit));
                word &= word - 1;
            }
        }
    }

private:
    // Clears id 0 and the ids at or past `capacity` that all() set.
    void trim(std::size_t capacity)
    {
        if (m_words.empty()) {
            return;
        }
        m_words.front() &= ~std::uint64_t{1};
        for (std::size_t id = capacity; id < this->capacity(); ++id) {
            erase(static_cast<Xapian::docid>(id));
        }
    }

    std::vector<std::uint64_t> m_words;
};

} // namespace rundum::search
