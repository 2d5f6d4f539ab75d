// SPDX-License-Identifier: EUPL-1.2
// bench_search: builds the search index of a synthetic network of 50,000 projects and measures
// what matters for serving it: rebuild time, size on disk, peak memory and search latency.
// A benchmark, not a test: it prints figures and the goals beside them.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "search/search_index.hpp"
#include "synthetic_network.hpp"

namespace {

using rundum::search::SearchIndex;
using rundum::search::SearchQuery;
using rundum::search::SortOrder;
using Clock = std::chrono::steady_clock;

struct Options {
    std::size_t projects{50000};
    std::filesystem::path directory{"/tmp/rundum-search-bench"};
    std::size_t repeats{20};
    bool reuse{false}; ///< search an index left by an earlier run instead of rebuilding it
};

bool parse(int argc, char** argv, Options& options)
{
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        bool has_value = i + 1 < argc;
        if (arg == "--projects" && has_value) {
            options.projects = std::stoul(argv[++i]);
        } else if (arg == "--dir" && has_value) {
            options.directory = argv[++i];
        } else if (arg == "--repeats" && has_value) {
            options.repeats = std::stoul(argv[++i]);
        } else if (arg == "--reuse") {
            options.reuse = true;
        } else {
            std::cerr
                << "usage: bench_search [--projects N] [--dir PATH] [--repeats N] [--reuse]\n";
            return false;
        }
    }
    return true;
}

double milliseconds(Clock::duration duration)
{
    return std::chrono::duration<double, std::milli>(duration).count();
}

std::uintmax_t directory_bytes(const std::filesystem::path& directory)
{
    std::uintmax_t total = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(directory)) {
        if (entry.is_regular_file()) {
            total += entry.file_size();
        }
    }
    return total;
}

double peak_rss_mib()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // Linux reports KiB
}

struct NamedQuery {
    std::string name;
    SearchQuery query;
};

SearchQuery text(std::string words)
{
    SearchQuery query;
    query.text = std::move(words);
    return query;
}

SearchQuery with_facets(SearchQuery query)
{
    query.facets = {"topic", "city", "status", "year"};
    return query;
}

SearchQuery filtered(SearchQuery query, std::string facet, std::vector<std::string> values)
{
    query.filters[std::move(facet)] = std::move(values);
    return query;
}

// What people type: single words, compounds and their parts, typos, two words, with and
// without facets and filters, and browsing without text.
std::vector<NamedQuery> queries()
{
    std::vector<NamedQuery> list = {
        {"Familie", text("Familie")},
        {"Kinder", text("Kinder")},
        {"Kita", text("Kita")},
        {"Armut", text("Armut")},
        {"Kinderarmut", text("Kinderarmut")},
        {"Begrüßungspaket", text("Begrüßungspaket")},
        {"Babybegrüßungspaket", text("Babybegrüßungspaket")},
        {"Strasse", text("Strasse")},
        {"Familienzentrum", text("Familienzentrum")},
        {"Hebamme", text("Hebamme")},
        {"Wohnungslosigkeit", text("Wohnungslosigkeit")},
        {"Ehrenamt", text("Ehrenamt")},
        {"typo Kinderarmtu", text("Kinderarmtu")},
        {"typo Familienzentrm", text("Familienzentrm")},
        {"typo Schwimkurs", text("Schwimkurs")},
        {"Kita Ausbau", text("Kita Ausbau")},
        {"Familien Beratung", text("Familien Beratung")},
        {"Sprachförderung Kita", text("Sprachförderung Kita")},
        {"Elternzeit Väter", text("Elternzeit Väter")},
        {"Familie +facets", with_facets(text("Familie"))},
        {"Kita +facets", with_facets(text("Kita"))},
        {"Armut +facets +topic",
         with_facets(filtered(text("Armut"), "topic", {"familien-und-kinderarmut"}))},
        {"Beratung +status +year",
         with_facets(filtered(filtered(text("Beratung"), "status", {"laeuft", "geplant"}), "year",
                              {"2024"}))},
        {"Schule members",
         [] {
             SearchQuery query = text("Schule");
             query.include_members_only = true;
             return query;
         }()},
        {"Familie newest",
         [] {
             SearchQuery query = text("Familie");
             query.sort = SortOrder::Newest;
             return query;
         }()},
        {"Kinder page 10",
         [] {
             SearchQuery query = text("Kinder");
             query.offset = 200;
             return query;
         }()},
        {"empty +facets", with_facets(SearchQuery{})},
        {"empty +topic +facets",
         with_facets(filtered(SearchQuery{}, "topic", {"kinderbetreuung-und-kitaausbau"}))},
        {"empty by title",
         [] {
             SearchQuery query;
             query.sort = SortOrder::Title;
             return query;
         }()},
        {"kinds city",
         [] {
             SearchQuery query = text("Bündnis");
             query.kinds = {"city"};
             return query;
         }()},
    };
    return list;
}

double percentile(std::vector<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    auto index =
        static_cast<std::size_t>(std::lround(fraction * static_cast<double>(values.size() - 1)));
    return values[std::min(index, values.size() - 1)];
}

const char* verdict(bool met)
{
    return met ? "met" : "NOT met";
}

struct BuildFigures {
    std::size_t documents{0};
    double generation_s{0};
    double rebuild_s{0};
};

// Generates the network and rebuilds the index from it the way the web layer does: clear, then
// one put_all.
bool rebuild(SearchIndex& index, const Options& options, BuildFigures& figures)
{
    auto generation_start = Clock::now();
    rundum::search::bench::NetworkSize size;
    size.projects = options.projects;
    std::vector<rundum::search::SearchDocument> documents =
        rundum::search::bench::synthetic_network(size);
    figures.generation_s = milliseconds(Clock::now() - generation_start) / 1000.0;
    figures.documents = documents.size();

    auto build_start = Clock::now();
    if (auto cleared = index.clear(); !cleared) {
        std::cerr << "clear failed: " << cleared.error().detail << "\n";
        return false;
    }
    if (auto written = index.put_all(documents); !written) {
        std::cerr << "put_all failed: " << written.error().detail << "\n";
        return false;
    }
    figures.rebuild_s = milliseconds(Clock::now() - build_start) / 1000.0;
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    Options options;
    if (!parse(argc, argv, options)) {
        return 2;
    }
    if (!options.reuse) {
        std::filesystem::remove_all(options.directory);
    }
    auto open_start = Clock::now();
    auto opened = SearchIndex::open(options.directory);
    double open_ms = milliseconds(Clock::now() - open_start);
    if (!opened) {
        std::cerr << "cannot open index: " << opened.error().detail << "\n";
        return 1;
    }
    SearchIndex& index = **opened;
    BuildFigures figures;
    if (!options.reuse && !rebuild(index, options, figures)) {
        return 1;
    }
    double index_mib = static_cast<double>(directory_bytes(options.directory)) / (1024.0 * 1024.0);

    std::vector<NamedQuery> list = queries();
    std::vector<double> all;
    std::printf("%-26s %8s %8s %8s %9s\n", "query", "total", "p50 ms", "max ms", "first ms");
    for (const NamedQuery& named : list) {
        std::vector<double> times;
        std::size_t total = 0;
        for (std::size_t run = 0; run < options.repeats; ++run) {
            auto start = Clock::now();
            auto results = index.search(named.query);
            times.push_back(milliseconds(Clock::now() - start));
            if (!results) {
                std::cerr << named.name << ": " << results.error().detail << "\n";
                return 1;
            }
            total = results->total;
        }
        std::printf("%-26s %8zu %8.2f %8.2f %9.2f\n", named.name.c_str(), total,
                    percentile(times, 0.5), *std::max_element(times.begin(), times.end()),
                    times.front());
        all.insert(all.end(), times.begin(), times.end());
    }
    double p50 = percentile(all, 0.5);
    double p99 = percentile(all, 0.99);
    double max = *std::max_element(all.begin(), all.end());
    double rss = peak_rss_mib();

    std::printf("\n");
    std::printf("documents             %zu\n", index.size());
    if (!options.reuse) {
        std::printf("generation            %.1f s (synthetic text, not part of the rebuild)\n",
                    figures.generation_s);
        std::printf("rebuild (put_all)     %.1f s      goal < 60 s     %s\n", figures.rebuild_s,
                    verdict(figures.rebuild_s < 60));
    }
    if (options.reuse) {
        std::printf("open                  %.0f ms (reading the in-memory tables)\n", open_ms);
    }
    std::printf("index on disk         %.0f MiB\n", index_mib);
    std::printf("peak RSS              %.0f MiB    goal < 500 MiB  %s\n", rss, verdict(rss < 500));
    std::printf("search latency        p50 %.2f ms, p99 %.2f ms, max %.2f ms "
                "(%zu queries x %zu runs, one thread)\n",
                p50, p99, max, list.size(), options.repeats);
    std::printf("                      goal p99 < 5 ms                %s\n", verdict(p99 < 5));
    return 0;
}
