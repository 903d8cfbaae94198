// `cpdoc check DIR` (every document below it, found as `audit` finds them) and `cpdoc check -`
// (standard input, named by --stdin-filename, read and decoded as a file is).
#include "support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace cpdoc::test;
namespace fs = std::filesystem;

namespace {

// A directory of documents and of files that are not: what `check DIR` must tell apart.
fs::path cases() {
    fs::remove_all(scratch_dir("check-dir"));
    const fs::path dir = scratch_dir("check-dir/cases"); // holds a .cpdoc.toml: not a document
    write_file(dir / "a-clean.md", clean_chronology);
    write_file(dir / "team" / "b-placeholder.md", placeholder_doc);
    write_file(dir / "README.md", "# Cases\nNo front matter: not a document.\n");
    write_file(dir / "notes.txt", "not a document\n");
    write_file(dir / "scan.bin", std::string("\x00\x01\xff", 3));
    write_file(dir / ".git" / "hidden.md", placeholder_doc);
    return dir;
}

} // namespace

TEST_CASE("check DIR checks every document below it and skips other files") {
    const fs::path dir = cases();
    const Run run = run_cpdoc({"check", dir.string()});
    CHECK(run.status == 1);
    const std::string placeholder = (dir / "team" / "b-placeholder.md").string();
    CHECK_THAT(run.out, Catch::Contains(placeholder + ":7:13: error: unfilled placeholder") &&
                            Catch::Contains("2 files checked: 1 error, 1 warning, 0 notes"));
    CHECK_THAT(run.out, !Catch::Contains("README.md") && !Catch::Contains("hidden.md") &&
                            !Catch::Contains("notes.txt") && !Catch::Contains("scan.bin"));
    CHECK_THAT(run.err, Catch::Contains("4 files below the directories skipped: not documents"));

    // The same documents as `audit` finds.
    const Run audit =
        run_cpdoc({"audit", "-q", "--policy-dir", source_path("tests/data/packs"), dir.string()});
    CHECK_THAT(audit.out, Catch::Contains("2 documents checked (4 other files skipped"));
}

TEST_CASE("check DIR reports a Markdown file it cannot read, and applies each file's config") {
    const fs::path dir = cases();
    write_file(dir / "broken.md", "---\nchild: Ren\xE9\n---\n");
    write_file(dir / "archive" / "old.md", placeholder_doc);
    write_file(dir / ".cpdoc.toml", "policy-dirs = [\"" + source_path("tests/data/packs") +
                                        "\"]\nskip = [\"archive/*\"]\n");
    const Run run = run_cpdoc({"check", dir.string()});
    CHECK(run.status == 2);
    CHECK_THAT(run.out, Catch::Contains("broken.md: error: cannot check: byte 14: invalid UTF-8") &&
                            !Catch::Contains("old.md"));
    CHECK_THAT(run.err, Catch::Contains("1 file skipped by .cpdoc.toml"));
}

TEST_CASE("check - reads the document from standard input") {
    const fs::path dir = scratch_dir("check-stdin");
    const Run run = run_cpdoc_with_input({"check", "-"}, placeholder_doc, dir.string());
    CHECK(run.status == 1);
    CHECK_THAT(run.out,
               Catch::StartsWith("<stdin>:5:1: warning: ") &&
                   Catch::Contains("<stdin>:7:13: error: unfilled placeholder {{ name }}") &&
                   Catch::Contains("1 file checked: 1 error, 1 warning, 0 notes"));
    // Beside named files, in the order given.
    const Run mixed = run_cpdoc_with_input(
        {"check", "--format", "json", write_file(dir / "clean.md", clean_chronology), "-"},
        clean_chronology, dir.string());
    CHECK(mixed.status == 0);
    CHECK_THAT(mixed.out, Catch::Contains("clean.md") && Catch::Contains("\"<stdin>\""));
}

TEST_CASE("the stdin-filename option names standard input and finds its config") {
    // The project's config gives the policy the document does not name.
    const fs::path project = scratch_dir("stdin-filename/project");
    write_file(project / ".cpdoc.toml", "policy = \"test-no-rules\"\npolicy-dirs = [\"" +
                                            source_path("tests/data/packs") + "\"]\n");
    const std::string no_policy =
        "---\ndocument: chronology\nchild: C-104233\n---\nPrepared by {{ name }}.\n";
    const std::string outside = project.parent_path().string(); // no config here
    const Run named = run_cpdoc_with_input({"check", "--stdin-filename", "project/minutes.md", "-"},
                                           no_policy, outside);
    CHECK(named.status == 1);
    CHECK_THAT(named.out, Catch::StartsWith("project/minutes.md:5:13: error: unfilled "
                                            "placeholder") &&
                              Catch::Contains("1 file checked: 1 error, 0 warnings"));
    const Run unnamed = run_cpdoc_with_input({"check", "-"}, no_policy, outside);
    CHECK_THAT(unnamed.out, Catch::StartsWith("<stdin>:1:1: error: the front matter has no "
                                              "`policy:` line"));

    // A skip in the config applies to the name, as it would to the file, even one in a folder
    // not yet on disk.
    write_file(project / ".cpdoc.toml", "policy = \"test-no-rules\"\nskip = [\"drafts/*\"]\n");
    const Run skipped = run_cpdoc_with_input(
        {"check", "--stdin-filename", "project/drafts/x.md", "-"}, no_policy, outside);
    CHECK(skipped.status == 0);
    CHECK_THAT(skipped.err, Catch::Contains("1 file skipped by .cpdoc.toml"));
}

TEST_CASE("standard input is held to the size limit and decoded as a file is") {
    const std::string dir = scratch_dir("stdin-limits").string();
    const Run small_limit = run_cpdoc_with_input({"check", "--max-file-size", "100", "-"},
                                                 clean_chronology + std::string(200, '\n'), dir);
    CHECK(small_limit.status == 2);
    CHECK_THAT(small_limit.out,
               Catch::Contains("<stdin>: error: cannot check: byte 100: file is larger than the "
                               "limit of 100 bytes"));
    // More than a pipe holds, and more than the default limit: cpdoc stops reading.
    const Run huge = run_cpdoc_with_input({"check", "-"}, std::string(9 << 20, 'x'), dir);
    CHECK(huge.status == 2);
    CHECK_THAT(huge.out, Catch::Contains("larger than the limit of 8388608 bytes"));

    const Run binary =
        run_cpdoc_with_input({"check", "-"}, std::string("---\n\x00\x01\x02", 7), dir);
    CHECK(binary.status == 2);
    CHECK_THAT(binary.out, Catch::Contains("byte 4: NUL byte"));
    const Run latin1 = run_cpdoc_with_input({"check", "-"}, "---\nchild: Ren\xE9\n---\n", dir);
    CHECK(latin1.status == 2);
    CHECK_THAT(latin1.out, Catch::Contains("byte 14: invalid UTF-8"));
    // A byte-order mark and CRLF line ends are read as in a file.
    std::string crlf = "\xEF\xBB\xBF";
    for (const char c : placeholder_doc)
        crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    const Run windows = run_cpdoc_with_input({"check", "-"}, crlf, dir);
    CHECK(windows.status == 1);
    CHECK_THAT(windows.out, Catch::Contains("<stdin>:7:13: error: unfilled placeholder"));
}

TEST_CASE("standard input is checked once, and the stdin-filename option needs it") {
    const Run twice = run_cpdoc_with_input({"check", "-", "-"}, clean_chronology);
    CHECK(twice.status == 2);
    CHECK_THAT(twice.err, Catch::Contains("can be checked only once"));
    const Run no_dash = run_cpdoc({"check", "--stdin-filename", "x.md", "y.md"});
    CHECK(no_dash.status == 2);
    CHECK_THAT(no_dash.err, Catch::Contains("give - among the files"));
}
