// The audit history's schema, and its migration from every earlier version.
#pragma once

#include <optional>
#include <string>

struct sqlite3;

namespace cpdoc {

// Brings the database (in a transaction the caller holds) to history_schema_version: creates
// it when empty, migrates it when older. Says why not: not a history, or a newer one.
std::optional<std::string> migrate_history(sqlite3* db);

} // namespace cpdoc
