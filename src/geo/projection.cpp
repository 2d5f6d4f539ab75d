// SPDX-License-Identifier: EUPL-1.2
// Lambert conformal conic on the GRS80 ellipsoid (see projection.hpp).
#include "geo/projection.hpp"

#include <cmath>
#include <numbers>

namespace rundum::geo {

namespace {

constexpr double SEMI_MAJOR_AXIS = 6378137.0;      // GRS80, metres
constexpr double FLATTENING = 1.0 / 298.257222101; // GRS80
constexpr double ECCENTRICITY_SQUARED = FLATTENING * (2.0 - FLATTENING);

double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}

// Snyder (14-15): the parallel's radius on the ellipsoid divided by a.
double m_factor(double latitude)
{
    double sine = std::sin(latitude);
    return std::cos(latitude) / std::sqrt(1.0 - ECCENTRICITY_SQUARED * sine * sine);
}

// Snyder (15-9): the isometric-latitude term t.
double t_factor(double latitude, double eccentricity)
{
    double e_sine = eccentricity * std::sin(latitude);
    return std::tan(std::numbers::pi / 4.0 - latitude / 2.0) /
           std::pow((1.0 - e_sine) / (1.0 + e_sine), eccentricity / 2.0);
}

} // namespace

LambertConformalConic::LambertConformalConic(const LambertParameters& parameters)
{
    m_eccentricity = std::sqrt(ECCENTRICITY_SQUARED);
    double phi_1 = radians(parameters.standard_parallel_1);
    double phi_2 = radians(parameters.standard_parallel_2);
    double m_1 = m_factor(phi_1);
    double m_2 = m_factor(phi_2);
    double t_1 = t_factor(phi_1, m_eccentricity);
    double t_2 = t_factor(phi_2, m_eccentricity);
    m_n = (std::log(m_1) - std::log(m_2)) / (std::log(t_1) - std::log(t_2));
    m_scaled_f = SEMI_MAJOR_AXIS * m_1 / (m_n * std::pow(t_1, m_n));
    m_rho_origin =
        m_scaled_f * std::pow(t_factor(radians(parameters.origin_latitude), m_eccentricity), m_n);
    m_central_meridian = radians(parameters.central_meridian);
}

ProjectedPoint LambertConformalConic::project(double latitude, double longitude) const
{
    double rho = m_scaled_f * std::pow(t_factor(radians(latitude), m_eccentricity), m_n);
    double theta = m_n * (radians(longitude) - m_central_meridian);
    return ProjectedPoint{rho * std::sin(theta), m_rho_origin - rho * std::cos(theta)};
}

} // namespace rundum::geo
