// SPDX-License-Identifier: EUPL-1.2
// The heap holds the best offset + limit so far with the worst on top; each further match costs
// one comparison unless it beats the worst.
#include "search/sorted_page.hpp"

#include <algorithm>
#include <cstdint>
#include <functional>

namespace rundum::search {

std::vector<Xapian::docid> sorted_page(const DocTable& table, const DocSet& matches,
                                       SortOrder order, std::size_t offset, std::size_t limit)
{
    std::function<bool(Xapian::docid, Xapian::docid)> before;
    if (order == SortOrder::Title) {
        before = [&table](Xapian::docid a, Xapian::docid b) {
            int by_title = table.title_key(a).compare(table.title_key(b));
            return by_title != 0 ? by_title < 0 : table.key(a) < table.key(b);
        };
    } else {
        before = [&table](Xapian::docid a, Xapian::docid b) {
            std::uint64_t date_a = table.date_key(a);
            std::uint64_t date_b = table.date_key(b);
            return date_a != date_b ? date_a > date_b : table.key(a) < table.key(b);
        };
    }

    std::size_t wanted = limit > SIZE_MAX - offset ? SIZE_MAX : offset + limit;
    std::vector<Xapian::docid> best;
    if (wanted == 0) {
        return best;
    }
    best.reserve(std::min(wanted, matches.count()));
    matches.for_each([&](Xapian::docid id) {
        if (best.size() < wanted) {
            best.push_back(id);
            std::push_heap(best.begin(), best.end(), before);
        } else if (before(id, best.front())) {
            std::pop_heap(best.begin(), best.end(), before);
            best.back() = id;
            std::push_heap(best.begin(), best.end(), before);
        }
    });
    std::sort_heap(best.begin(), best.end(), before);
    if (offset >= best.size()) {
        return {};
    }
    return {best.begin() + static_cast<std::ptrdiff_t>(offset), best.end()};
}

} // namespace rundum::search
