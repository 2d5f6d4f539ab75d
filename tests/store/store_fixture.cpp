// SPDX-License-Identifier: EUPL-1.2
#include "store_fixture.hpp"

namespace rundum::store {

City sample_city(const std::string& slug, const std::string& name)
{
    City city;
    city.id = "city-" + slug;
    city.slug = slug;
    city.name = name;
    city.state = "Thüringen";
    city.location = {50.93, 11.59};
    return city;
}

Project sample_project(const std::string& id, const std::string& city_slug, const std::string& title)
{
    Project project;
    project.id = id;
    project.city_id = "city-" + city_slug;
    project.title = title;
    project.status = ProjectStatus::Running;
    project.visibility = ProjectVisibility::Public;
    project.created_at = "2026-01-01T00:00:00Z";
    project.updated_at = "2026-01-01T00:00:00Z";
    return project;
}

void FreshStoreTest::open_store(const std::vector<City>& cities, const std::vector<Project>& projects)
{
    auto created = create_store({m_directory.path() / "data", m_database.url()});
    ASSERT_TRUE(created.has_value()) << (created ? "" : created.error().detail);
    m_store = std::move(*created);
    NetworkSnapshot snapshot;
    snapshot.cities = cities;
    ASSERT_TRUE(m_store->apply_snapshot(snapshot).has_value());
    for (const Project& project : projects) {
        ASSERT_TRUE(m_store->save_project(project, ProjectVersion{0, "t", "Erika", "{}"}).has_value());
    }
}

} // namespace rundum::store
