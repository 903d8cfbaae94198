// The catalogue of hostile and broken documents in tests/bad-inputs, each with the exact
// output and exit status it must produce.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace cpdoc::test;
namespace fs = std::filesystem;

namespace {

// Runs every `*.md` in the directory and compares with its `.expected` file.
void check_catalogue(const fs::path& directory) {
    int checked = 0;
    for (const auto& entry : fs::directory_iterator(directory)) {
        const fs::path file = entry.path();
        if (file.extension() != ".md" || file.filename() == "README.md")
            continue;
        const fs::path expected_file = fs::path(file).replace_extension(".expected");
        INFO(file.filename().string());
        REQUIRE(fs::exists(expected_file));
        const Run run = run_cpdoc({"check", "--today", "2026-11-25", file.filename().string()},
                                  directory.string());
        CHECK("exit " + std::to_string(run.status) + "\n" + run.out == read_text(expected_file.string()));
        ++checked;
    }
    CHECK(checked > 0);
}

} // namespace

TEST_CASE("every bad input gives exactly its expected error") {
    check_catalogue(source_path("tests/bad-inputs"));
}
