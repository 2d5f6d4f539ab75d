// SPDX-License-Identifier: EUPL-1.2
// Who may record advice between cities, and which cities they may name as advising.
#include <gtest/gtest.h>

#include "core/learning_permissions.hpp"

namespace rundum {
namespace {

City city(const std::string& id)
{
    City city;
    city.id = id;
    city.name = id;
    return city;
}

User coordinator_of(const std::string& city_id)
{
    User user;
    user.role = Role::Coordinator;
    user.city_id = city_id;
    return user;
}

std::vector<std::string> ids(const std::vector<City>& cities)
{
    std::vector<std::string> found;
    for (const City& one : cities) {
        found.push_back(one.id);
    }
    return found;
}

const std::vector<City> NETWORK = {city("city-jena"), city("city-leipzig"), city("city-muenchen")};

TEST(LearningPermissions, TheProjectCitysCoordinatorMayNameEveryOtherCityAsAdvising)
{
    const User leipzig = coordinator_of("city-leipzig");
    EXPECT_EQ(ids(advising_cities_for(leipzig, city("city-leipzig"), NETWORK)),
              (std::vector<std::string>{"city-jena", "city-muenchen"}));
}

TEST(LearningPermissions, AnAdminMayNameEveryCityButTheProjectsOwn)
{
    User admin;
    admin.role = Role::Admin;
    EXPECT_EQ(ids(advising_cities_for(admin, city("city-jena"), NETWORK)),
              (std::vector<std::string>{"city-leipzig", "city-muenchen"}));
}

TEST(LearningPermissions, AnotherCitysCoordinatorMayNameOnlyTheirOwnCity)
{
    const User muenchen = coordinator_of("city-muenchen");
    EXPECT_EQ(ids(advising_cities_for(muenchen, city("city-leipzig"), NETWORK)),
              (std::vector<std::string>{"city-muenchen"}));
}

TEST(LearningPermissions, ACoordinatorWithoutCityMayNameNone)
{
    const User nobody = coordinator_of("");
    EXPECT_TRUE(advising_cities_for(nobody, city("city-leipzig"), NETWORK).empty());
}

TEST(LearningPermissions, AdviceIsRecordedByTheAdvisedOrTheAdvisingCity)
{
    const City leipzig = city("city-leipzig");
    const City jena = city("city-jena");
    const User of_leipzig = coordinator_of("city-leipzig");
    const User of_jena = coordinator_of("city-jena");
    const User of_muenchen = coordinator_of("city-muenchen");
    EXPECT_TRUE(may_record_advice(&of_leipzig, leipzig, &jena)) << "the advised city";
    EXPECT_TRUE(may_record_advice(&of_jena, leipzig, &jena)) << "the advising city";
    EXPECT_FALSE(may_record_advice(&of_muenchen, leipzig, &jena)) << "a third city";
    EXPECT_FALSE(may_record_advice(&of_jena, leipzig, nullptr)) << "an advising city no longer known";
    EXPECT_TRUE(may_record_advice(&of_leipzig, leipzig, nullptr));
}

TEST(LearningPermissions, ThePublicMayRecordNoAdvice)
{
    const City leipzig = city("city-leipzig");
    const City jena = city("city-jena");
    EXPECT_FALSE(may_record_advice(nullptr, leipzig, &jena));
}

TEST(LearningPermissions, AnAdminMayRecordAnyAdvice)
{
    User admin;
    admin.role = Role::Admin;
    const City leipzig = city("city-leipzig");
    EXPECT_TRUE(may_record_advice(&admin, leipzig, nullptr));
}

} // namespace
} // namespace rundum
