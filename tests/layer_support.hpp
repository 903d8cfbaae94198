// Test helpers a test of one layer may use: it links only its layer's library and this
// (documents from strings, files of the source tree, the shared directory).
#pragma once

#include "grammar/date.hpp"
#include "grammar/parser.hpp"

#include <filesystem>
#include <optional>
#include <string>

#include <catch2/catch.hpp>

#include <ostream>

namespace cpdoc {
// Positions print as line:column in test failures.
inline std::ostream& operator<<(std::ostream& out, const Position& pos) {
    return out << pos.line << ':' << pos.column;
}
inline std::ostream& operator<<(std::ostream& out, const Date& date) {
    return out << date.iso();
}
} // namespace cpdoc

namespace cpdoc::test {

Document parse(const std::string& text);
std::string read_text(const std::string& path);
std::string source_path(const std::string& relative); // under the project root

// The shared directory beside the clone (../shared: the dialect spec and the policy sources
// the packs quote), or where the environment's CPDOC_SHARED_DIR says. A user's clone has none:
// then this says so with WARN and gives none, and the test returns, skipped visibly.
std::optional<std::filesystem::path> shared_dir();

} // namespace cpdoc::test
