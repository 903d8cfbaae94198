// Where a document sits in the audited tree: its root and team, read from the path as the walk
// wrote it, and the same for a path written otherwise (as fs::path::lexically_relative reads it).
#include "audit/audit_teams.hpp"

#include <catch2/catch.hpp>

using namespace cpdoc;

TEST_CASE("a document's team: the folders below the audited directory, to the depth asked") {
    CHECK(team_of("pc/team-07/case-00123/plan.md", "pc", 1) == "team-07");
    CHECK(team_of("pc/team-07/case-00123/plan.md", "pc", 2) == "team-07/case-00123");
    CHECK(team_of("pc/team-07/case-00123/plan.md", "pc", 3) == "team-07/case-00123");
    CHECK(team_of("pc/team-07/case-00123/plan.md", "pc", 0) == no_team);
    CHECK(team_of("pc/plan.md", "pc", 1) == no_team);
    CHECK(team_of("/srv/cases/east/plan.md", "/srv/cases/", 1) == "east");
    CHECK(team_of("/srv/cases//east/plan.md", "/srv/cases/", 1) == "east");
    CHECK(team_of("/east/plan.md", "/", 1) == "east");
    CHECK(team_of("./east/plan.md", ".", 1) == "east");
    CHECK(team_of("../cases/east/plan.md", "..", 1) == "cases");
    // A file named on the command line is its own root: no team.
    CHECK(team_of("pc/plan.md", "pc/plan.md", 1) == no_team);
    // Not written below the root: read by folder, as before.
    CHECK(team_of("pc/./east/plan.md", "pc", 1) == no_team);
    CHECK(team_of("pc/east/../west/plan.md", "pc", 2) == "east");
    CHECK(team_of("pc//east/plan.md", "pc/", 1) == "east");
    CHECK(team_of("other/east/plan.md", "pc", 1) == no_team);
    // A folder whose name starts as the root's does is not below it.
    CHECK(team_of("pc-old/east/plan.md", "pc", 1) == no_team);
}

TEST_CASE("a document's root: the first audited directory that holds it") {
    const std::vector<std::string> roots = {"pc/east", "pc", "/srv/cases"};
    CHECK(root_of("pc/east/plan.md", roots) == 0);
    CHECK(root_of("pc/west/plan.md", roots) == 1);
    CHECK(root_of("pc/eastern/plan.md", roots) == 1);
    CHECK(root_of("/srv/cases/north/plan.md", roots) == 2);
    CHECK(root_of("pc/./east/plan.md", roots) == 1);
    CHECK(root_of("..plan.md", {"other", "."}) == 1);
    CHECK(root_of("elsewhere/plan.md", roots) == 0);
}
