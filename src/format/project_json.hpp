// SPDX-License-Identifier: EUPL-1.2
// The JSON form of Praxisbeispiele and topics: one shape for the API, saved versions, export
// and import (documented in docs/api.md).
#pragma once

#include <string_view>
#include <vector>

#include <boost/json/value.hpp>

#include "core/project.hpp"
#include "core/result.hpp"

namespace rundum::format {

/// A project as JSON, without its attachments (they are files, listed by the API separately).
boost::json::object project_to_json(const Project& project);

/// Reads a project. Absent fields keep their defaults (so API clients may leave out what they do
/// not use); a field of the wrong type is an Invalid error naming it ("project.topics[2]").
Result<Project> project_from_json(const boost::json::value& value, std::string_view where);

/// Reads a project from JSON text (a saved version, an API request body).
Result<Project> project_from_json_text(std::string_view text);

/// The description of an attached file (id, name, type, size, title), never its bytes.
boost::json::object attachment_to_json(const AttachmentInfo& attachment);

boost::json::object topic_to_json(const Topic& topic);
Result<Topic> topic_from_json(const boost::json::value& value, std::string_view where);

} // namespace rundum::format
