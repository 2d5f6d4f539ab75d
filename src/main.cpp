// SPDX-License-Identifier: EUPL-1.2
// rundum: the platform of a network of cities that learn from each other.
#include "cli/main_command.hpp"

int main(int argc, char** argv)
{
    return rundum::cli::main_command(argc, argv);
}
