// SPDX-License-Identifier: EUPL-1.2
// Following the change log: "project <id>", "city <id>" and "question <id>" (a question with its
// answers) are re-read one by one; "erasure" (a member erased) changes no document but makes a
// compaction due; anything else ("topics", "import ...", and CHANGE_LOG_TRIMMED when the
// retention rules deleted changes the index had not seen yet) means too much changed to tell, and
// the index is rebuilt.
#include "search/index_follower.hpp"

#include <map>

#include "search/documents.hpp"

namespace rundum::search {

namespace {

constexpr std::string_view POSITION_KEY = "change_log_position";
constexpr std::string_view COMPACTION_KEY = "compaction_due";
constexpr std::string_view ERASURE_CHANGE = "erasure";
constexpr int CHANGES_PER_READ = 500;
// Beyond this many changes to catch up, one rebuild is cheaper than many single updates.
constexpr std::size_t REBUILD_THRESHOLD = 2000;

// Images, adoptions, challenges, meetings, indicators and the privacy notice are not searched.
bool is_unsearched_change(const std::string& what)
{
    return what.starts_with("image of ") || what.starts_with("learning ") || what.starts_with("challenge ") ||
           what.starts_with("meeting ") || what == "indicators" || what == "privacy notice";
}

} // namespace

Result<std::int64_t> IndexFollower::indexed_position() const
{
    RUNDUM_TRY_ASSIGN(text, m_index.metadata(std::string(POSITION_KEY)));
    if (text.empty()) {
        return std::int64_t{-1};
    }
    try {
        return std::stoll(text);
    } catch (const std::exception&) {
        return std::int64_t{-1};
    }
}

Result<void> IndexFollower::catch_up(std::uint64_t data_version)
{
    if (data_version == m_position_seen.load()) {
        return {};
    }
    std::lock_guard lock(m_mutex);
    if (data_version == m_position_seen.load()) {
        return {}; // another thread caught up while this one waited
    }
    RUNDUM_TRY_ASSIGN(position, indexed_position());
    const auto newest = static_cast<std::int64_t>(data_version);
    if (position < 0 || position > newest) {
        // A new index, or one built from another database: start over.
        return rebuild_locked();
    }
    std::vector<ChangeEntry> changes;
    for (std::int64_t after = position;;) {
        RUNDUM_TRY_ASSIGN(batch, m_store.changes_since(after, CHANGES_PER_READ));
        if (batch.empty()) {
            break;
        }
        after = batch.back().id;
        changes.insert(changes.end(), batch.begin(), batch.end());
        if (changes.size() > REBUILD_THRESHOLD) {
            return rebuild_locked();
        }
    }
    if (changes.empty()) {
        m_position_seen = data_version;
        return {};
    }
    for (const ChangeEntry& change : changes) {
        if (change.what.starts_with("project ")) {
            RUNDUM_TRY(reindex_project(change.what.substr(8)));
        } else if (change.what.starts_with("city ")) {
            RUNDUM_TRY(reindex_city(change.what.substr(5)));
        } else if (change.what.starts_with("question ")) {
            RUNDUM_TRY(reindex_question(change.what.substr(9)));
        } else if (change.what == ERASURE_CHANGE) {
            // Noted before the position moves past it: a crash cannot lose it.
            RUNDUM_TRY(m_index.set_metadata(std::string(COMPACTION_KEY), "1"));
        } else if (is_unsearched_change(change.what)) {
            continue;
        } else {
            return rebuild_locked();
        }
    }
    const std::int64_t reached = changes.back().id;
    RUNDUM_TRY(m_index.set_metadata(std::string(POSITION_KEY), std::to_string(reached)));
    m_position_seen = static_cast<std::uint64_t>(reached);
    return {};
}

Result<std::optional<std::vector<std::pair<std::string, std::string>>>>
IndexFollower::changed_since_indexed(std::uint64_t data_version) const
{
    using Keys = std::vector<std::pair<std::string, std::string>>;
    RUNDUM_TRY_ASSIGN(position, indexed_position());
    if (position < 0 || position > static_cast<std::int64_t>(data_version)) {
        return std::optional<Keys>();
    }
    Keys changed;
    std::size_t seen = 0;
    for (std::int64_t after = position;;) {
        RUNDUM_TRY_ASSIGN(batch, m_store.changes_since(after, CHANGES_PER_READ));
        if (batch.empty()) {
            break;
        }
        after = batch.back().id;
        seen += batch.size();
        if (seen > REBUILD_THRESHOLD) {
            return std::optional<Keys>();
        }
        for (const ChangeEntry& change : batch) {
            if (change.what.starts_with("project ")) {
                changed.emplace_back(PROJECT_KIND, change.what.substr(8));
            } else if (change.what.starts_with("city ")) {
                changed.emplace_back(CITY_KIND, change.what.substr(5));
            } else if (change.what.starts_with("question ")) {
                changed.emplace_back(QUESTION_KIND, change.what.substr(9));
            } else if (change.what != ERASURE_CHANGE && !is_unsearched_change(change.what)) {
                return std::optional<Keys>();
            }
        }
    }
    return std::optional<Keys>(std::move(changed));
}

bool IndexFollower::should_report_failure(std::chrono::steady_clock::time_point now)
{
    std::lock_guard lock(m_report_mutex);
    if (m_last_report && now - *m_last_report < std::chrono::minutes(1)) {
        return false;
    }
    m_last_report = now;
    return true;
}

Result<void> IndexFollower::rebuild()
{
    std::lock_guard lock(m_mutex);
    return rebuild_locked();
}

Result<bool> IndexFollower::compact_if_due()
{
    RUNDUM_TRY_ASSIGN(due, m_index.metadata(std::string(COMPACTION_KEY)));
    if (due.empty()) {
        return false;
    }
    // Cleared first, so the compacted files hold no stale flag; set again if it fails.
    RUNDUM_TRY(m_index.set_metadata(std::string(COMPACTION_KEY), ""));
    if (auto compacted = m_index.compact(); !compacted) {
        (void)m_index.set_metadata(std::string(COMPACTION_KEY), "1");
        return fail(compacted.error());
    }
    return true;
}

Result<void> IndexFollower::rebuild_locked()
{
    // The position is read first: changes committed while reading are applied again later,
    // which is harmless, instead of being missed.
    RUNDUM_TRY_ASSIGN(version, m_store.data_version());
    RUNDUM_TRY_ASSIGN(cities, m_store.list_cities());
    RUNDUM_TRY_ASSIGN(projects, m_store.list_projects());
    std::map<std::string, const City*> cities_by_id;
    std::vector<SearchDocument> documents;
    documents.reserve(cities.size() + projects.size());
    for (const City& city : cities) {
        cities_by_id.emplace(city.id, &city);
        documents.push_back(city_document(city));
    }
    for (const Project& project : projects) {
        if (auto city = cities_by_id.find(project.city_id); city != cities_by_id.end()) {
            documents.push_back(project_document(project, *city->second, m_current_year));
        }
    }
    RUNDUM_TRY_ASSIGN(questions, m_store.list_questions());
    for (const Question& question : questions) {
        RUNDUM_TRY_ASSIGN(answers, m_store.answers(question.id));
        documents.push_back(question_document(question, answers));
    }
    RUNDUM_TRY(m_index.clear());
    RUNDUM_TRY(m_index.put_all(documents));
    RUNDUM_TRY(m_index.set_metadata(std::string(POSITION_KEY), std::to_string(version)));
    m_position_seen = version;
    return {};
}

Result<void> IndexFollower::reindex_project(const std::string& id)
{
    RUNDUM_TRY_ASSIGN(project, m_store.find_project(id));
    if (!project) {
        return m_index.remove(std::string(PROJECT_KIND), id);
    }
    RUNDUM_TRY_ASSIGN(cities, m_store.list_cities());
    for (const City& city : cities) {
        if (city.id == project->city_id) {
            return m_index.put(project_document(*project, city, m_current_year));
        }
    }
    return m_index.remove(std::string(PROJECT_KIND), id);
}

Result<void> IndexFollower::reindex_question(const std::string& id)
{
    RUNDUM_TRY_ASSIGN(question, m_store.find_question(id));
    if (!question) {
        return m_index.remove(std::string(QUESTION_KIND), id);
    }
    RUNDUM_TRY_ASSIGN(answers, m_store.answers(id));
    return m_index.put(question_document(*question, answers));
}

Result<void> IndexFollower::reindex_city(const std::string& id)
{
    RUNDUM_TRY_ASSIGN(cities, m_store.list_cities());
    for (const City& city : cities) {
        if (city.id != id) {
            continue;
        }
        RUNDUM_TRY(m_index.put(city_document(city)));
        // The city's name and alliance are part of its projects' documents.
        RUNDUM_TRY_ASSIGN(projects, m_store.list_projects());
        std::vector<SearchDocument> documents;
        for (const Project& project : projects) {
            if (project.city_id == id) {
                documents.push_back(project_document(project, city, m_current_year));
            }
        }
        return m_index.put_all(documents);
    }
    return {};
}

} // namespace rundum::search
