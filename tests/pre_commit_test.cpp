// The pre-commit hook (.pre-commit-hooks.yaml), run by pre-commit itself in a throwaway git
// repository: a commit of a passing document goes through, one of a failing document stops.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

using namespace cpdoc::test;
namespace fs = std::filesystem;

namespace {

// Runs a program found on PATH in `directory`, with an environment of the test's own: the
// built cpdoc first on PATH, and git and pre-commit kept from the user's settings and caches.
Run run_in(const fs::path& directory, const fs::path& scratch,
           const std::vector<std::string>& command) {
    std::vector<std::string> env_command{
        "/usr/bin/env",
        "-i",
        "PATH=" + (scratch / "bin").string() + ":/usr/local/bin:/usr/bin:/bin",
        "HOME=" + (scratch / "home").string(),
        "TMPDIR=" + fs::temp_directory_path().string(),
        "PRE_COMMIT_HOME=" + (scratch / "pre-commit-home").string(),
        "GIT_CONFIG_NOSYSTEM=1",
        "GIT_AUTHOR_NAME=cpdoc test",
        "GIT_AUTHOR_EMAIL=test@example.invalid",
        "GIT_COMMITTER_NAME=cpdoc test",
        "GIT_COMMITTER_EMAIL=test@example.invalid",
        "LC_ALL=C.UTF-8"};
    env_command.insert(env_command.end(), command.begin(), command.end());
    return run_program(env_command, directory.string());
}

// The repository's hooks as a `repo: local` entry: the manifest's list, indented under it.
std::string config_using_manifest() {
    std::istringstream manifest(read_text(source_path(".pre-commit-hooks.yaml")));
    std::string config = "repos:\n- repo: local\n  hooks:\n";
    for (std::string line; std::getline(manifest, line);)
        config += "  " + line + "\n";
    return config;
}

} // namespace

TEST_CASE("pre-commit runs the cpdoc hook on the documents a commit stages") {
    const fs::path scratch = scratch_dir("pre-commit");
    fs::remove_all(scratch);
    fs::create_directories(scratch / "home");
    fs::create_directories(scratch / "bin");
    fs::create_symlink(CPDOC_BINARY, scratch / "bin" / "cpdoc");
    const fs::path repo = scratch / "repo";
    fs::create_directories(repo);

    if (run_in(repo, scratch, {"pre-commit", "--version"}).status != 0) {
        WARN("skipped: pre-commit is not installed (scripts/install-test-tools installs it)");
        return;
    }
    const Run manifest = run_in(
        repo, scratch, {"pre-commit", "validate-manifest", source_path(".pre-commit-hooks.yaml")});
    CHECK(manifest.status == 0);

    REQUIRE(run_in(repo, scratch, {"git", "init", "-q"}).status == 0);
    write_file(repo / ".pre-commit-config.yaml", config_using_manifest());
    write_file(repo / ".cpdoc.toml",
               "policy-dirs = [\"" + source_path("tests/data/packs") + "\"]\n");
    REQUIRE(run_in(repo, scratch, {"pre-commit", "install"}).status == 0);
    REQUIRE(run_in(repo, scratch, {"git", "add", "."}).status == 0);
    const Run setup = run_in(repo, scratch, {"git", "commit", "-q", "-m", "setup"});
    INFO(setup.out << setup.err);
    REQUIRE(setup.status == 0);

    write_file(repo / "cases" / "chronology.md",
               "---\ndocument: chronology\npolicy: test-no-rules\nchild: C-104233\n---\n"
               "# Chronology\n");
    REQUIRE(run_in(repo, scratch, {"git", "add", "."}).status == 0);
    const Run passing = run_in(repo, scratch, {"git", "commit", "-m", "a passing document"});
    INFO(passing.out << passing.err);
    CHECK(passing.status == 0);
    CHECK_THAT(passing.out + passing.err, Catch::Contains("cpdoc") && Catch::Contains("Passed"));

    write_file(repo / "cases" / "minutes.md",
               "---\ndocument: chronology\npolicy: test-no-rules\nchild: C-104233\n---\n"
               "Prepared by {{ name }}.\n");
    REQUIRE(run_in(repo, scratch, {"git", "add", "."}).status == 0);
    const Run failing = run_in(repo, scratch, {"git", "commit", "-m", "a failing document"});
    const std::string output = failing.out + failing.err;
    INFO(output);
    CHECK(failing.status == 1);
    CHECK_THAT(output, Catch::Contains("Failed") && Catch::Contains("- hook id: cpdoc") &&
                           Catch::Contains("- exit code: 1") &&
                           Catch::Contains("cases/minutes.md:6:13: error: unfilled placeholder"));
    // Only the staged document was checked, and it was not committed.
    CHECK_THAT(output, !Catch::Contains("chronology.md"));
    CHECK(run_in(repo, scratch, {"git", "rev-list", "--count", "HEAD"}).out == "2\n");
}
