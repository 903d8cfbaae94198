// Where a document sits in the audited tree: which audited directory holds it, and which team
// its folders name (`--team-depth`).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cpdoc {

// The team of a document directly in an audited directory, or of every document when teams
// are not counted (`--team-depth 0`).
constexpr std::string_view no_team = "(no team folder)";

// Which audited directory a document was found in: the first that holds it.
std::size_t root_of(const std::string& path, const std::vector<std::string>& roots);

// The first `depth` folder levels between the audited directory and the document, joined by
// `/` (fewer when the document is not that deep); no_team when there are none.
std::string team_of(const std::string& path, const std::string& root, int depth);

} // namespace cpdoc
