#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace bd::cli {

// Every verb, in the order --help lists them.
std::vector<std::unique_ptr<Command>> allCommands();

// Factories, one per file of commands.
void addSetupCommands(std::vector<std::unique_ptr<Command>>& commands);
void addDataCommands(std::vector<std::unique_ptr<Command>>& commands);
void addStockCommands(std::vector<std::unique_ptr<Command>>& commands);
void addOrderCommands(std::vector<std::unique_ptr<Command>>& commands);
void addMailCommands(std::vector<std::unique_ptr<Command>>& commands);
void addBackupCommands(std::vector<std::unique_ptr<Command>>& commands);
void addReportCommands(std::vector<std::unique_ptr<Command>>& commands);
void addSupplyCommands(std::vector<std::unique_ptr<Command>>& commands);

} // namespace bd::cli
