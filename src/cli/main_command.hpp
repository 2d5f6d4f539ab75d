// SPDX-License-Identifier: EUPL-1.2
// Entry of the command line: parses arguments and dispatches to a subcommand.
#pragma once

namespace rundum::cli {

/// Runs rundum with the process's arguments and returns its exit code.
int main_command(int argc, char** argv);

} // namespace rundum::cli
