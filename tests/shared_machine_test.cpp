// cpdoc on a multi-user machine: another user may write a parent folder, plant a
// `.cpdoc.toml`, a pack, a symbolic link or a file under the name of an output. Each case is a
// reproducer from the security review (docs/security.md).
#include "render/output_file.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <thread>

using namespace cpdoc;
using namespace cpdoc::test;
namespace fs = std::filesystem;

namespace {

constexpr uid_t other_user = 4242;

// Its one error is the unfilled placeholder; a config may switch that rule off.
const std::string failing_minutes =
    "---\ndocument: chronology\npolicy: base\nchild: C-104233\n"
    "---\n| Date | Type | Event | Source |\n| --- | --- | --- | --- |\n"
    "| 2026-11-01 | Home visit | Seen by {{ name }} | SW |\n";

// A folder anyone may create names in, like /tmp or a shared drop folder.
fs::path shared_folder(const std::string& name) {
    const fs::path dir = scratch_dir("shared-machine") / name;
    fs::create_directories(dir);
    chmod(dir.c_str(), 01777);
    return dir;
}

// Gives the file to another user; only root can, so the caller skips elsewhere.
bool give_away(const fs::path& path) {
    return lchown(path.c_str(), other_user, other_user) == 0;
}

#define REQUIRE_ROOT()                                                                             \
    if (geteuid() != 0) {                                                                          \
        WARN("skipped: needs root to give files to another user");                                 \
        return;                                                                                    \
    }

} // namespace

TEST_CASE("a .cpdoc.toml another user planted in a shared folder is ignored, and says so") {
    REQUIRE_ROOT();
    const fs::path dir = shared_folder("planted-config");
    const std::string minutes = write_file(dir / "minutes.md", failing_minutes);
    const fs::path planted = dir / ".cpdoc.toml";
    write_file(planted, "[severity]\nPLACEHOLDER-UNFILLED = \"off\"\n");
    REQUIRE(give_away(planted));

    const Run run = run_cpdoc({"check", minutes});
    CHECK(run.status == 1);
    CHECK_THAT(run.out, Catch::Contains("[PLACEHOLDER-UNFILLED]"));
    CHECK_THAT(run.err, Catch::Contains("warning: " + planted.string() +
                                        ": ignored: it is owned by another user (uid 4242)") &&
                            Catch::Contains("--config"));

    // Named on the command line, the user has chosen it.
    const Run named = run_cpdoc({"check", "--config", planted.string(), minutes});
    CHECK(named.status == 0);
    CHECK_THAT(named.out, !Catch::Contains("[PLACEHOLDER-UNFILLED]"));
}

TEST_CASE("a .cpdoc.toml that group or others may write is ignored") {
    const fs::path dir = scratch_dir("shared-machine") / "writable-config";
    const std::string minutes = write_file(dir / "minutes.md", failing_minutes);
    const fs::path config = dir / ".cpdoc.toml";
    write_file(config, "[severity]\nPLACEHOLDER-UNFILLED = \"off\"\n");
    chmod(config.c_str(), 0666);
    const Run run = run_cpdoc({"check", minutes});
    CHECK(run.status == 1);
    CHECK_THAT(run.err, Catch::Contains(config.string() + ": ignored: it is writable by others"));
    chmod(config.c_str(), 0620);
    CHECK_THAT(run_cpdoc({"check", minutes}).err, Catch::Contains("writable by its group"));
    chmod(config.c_str(), 0644);
    CHECK(run_cpdoc({"check", minutes}).status == 0);
}

TEST_CASE("a planted link named .cpdoc.toml is ignored even when it points at a good config") {
    REQUIRE_ROOT();
    const fs::path dir = shared_folder("planted-link");
    const std::string minutes = write_file(dir / "minutes.md", failing_minutes);
    const std::string good =
        write_file(dir / "elsewhere.toml", "[severity]\nPLACEHOLDER-UNFILLED = \"off\"\n");
    fs::create_symlink(good, dir / ".cpdoc.toml");
    REQUIRE(give_away(dir / ".cpdoc.toml"));
    const Run run = run_cpdoc({"check", minutes});
    CHECK(run.status == 1);
    CHECK_THAT(run.err, Catch::Contains("ignored: the symbolic link is owned by another user"));
}

TEST_CASE("the config search stops at the user's home") {
    const fs::path home = scratch_dir("shared-machine") / "home" / "alice";
    const std::string minutes = write_file(home / "cases" / "minutes.md", failing_minutes);
    // Above the home directory: another user's folder, never searched.
    write_file(home.parent_path() / ".cpdoc.toml", "[severity]\nPLACEHOLDER-UNFILLED = \"off\"\n");
    const Run at_home =
        run_program({"/usr/bin/env", "HOME=" + home.string(), CPDOC_BINARY, "check", minutes});
    CHECK(at_home.status == 1);
    CHECK_THAT(at_home.out, Catch::Contains("[PLACEHOLDER-UNFILLED]"));
    // Without that boundary the same config is found: the test above is not vacuous.
    const Run elsewhere =
        run_program({"/usr/bin/env", "HOME=/nonexistent", CPDOC_BINARY, "check", minutes});
    CHECK(elsewhere.status == 0);
}

TEST_CASE("the config search stops at the edge of a filesystem") {
    REQUIRE_ROOT();
    const fs::path outer = scratch_dir("shared-machine") / "mount-point-parent";
    const fs::path mount_point = outer / "drive";
    fs::create_directories(mount_point);
    write_file(outer / ".cpdoc.toml", "[severity]\nPLACEHOLDER-UNFILLED = \"off\"\n");
    if (run_program({"/bin/mount", "-t", "tmpfs", "cpdoc-test", mount_point.string()}).status !=
        0) {
        WARN("skipped: cannot mount a tmpfs here");
        return;
    }
    const std::string minutes = write_file(mount_point / "minutes.md", failing_minutes);
    const Run run = run_cpdoc({"check", minutes});
    run_program({"/bin/umount", mount_point.string()});
    CHECK(run.status == 1);
    CHECK_THAT(run.out, Catch::Contains("[PLACEHOLDER-UNFILLED]"));
}

TEST_CASE("policy-dirs that another user owns or may write are ignored") {
    REQUIRE_ROOT();
    const fs::path dir = scratch_dir("shared-machine") / "planted-pack";
    const fs::path packs = dir / "packs";
    fs::create_directories(packs);
    fs::copy_file(source_path("tests/data/packs/test-no-rules.xml"), packs / "test-no-rules.xml");
    write_file(dir / "project" / ".cpdoc.toml", "policy-dirs = [\"" + packs.string() + "\"]\n");
    const std::string doc =
        write_file(dir / "project" / "c.md",
                   "---\ndocument: chronology\npolicy: test-no-rules\nchild: C-104233\n---\n");
    REQUIRE(run_cpdoc({"check", doc}).status == 0); // trusted: the pack is read

    REQUIRE(give_away(packs / "test-no-rules.xml"));
    const Run planted_file = run_cpdoc({"check", doc});
    CHECK(planted_file.status == 1);
    CHECK_THAT(planted_file.err, Catch::Contains("policy-dirs: " + packs.string() +
                                                 ": ignored: "
                                                 "test-no-rules.xml in it: it is owned by another "
                                                 "user"));
    CHECK_THAT(planted_file.out, Catch::Contains("there is no policy pack `test-no-rules`"));
    chown((packs / "test-no-rules.xml").c_str(), 0, 0);
    chmod(packs.c_str(), 0777);
    CHECK_THAT(run_cpdoc({"check", doc}).err, Catch::Contains("ignored: it is writable by others"));
    // Named on the command line, the user has chosen it.
    CHECK(run_cpdoc({"check", "--policy-dir", packs.string(), doc}).status == 0);
}

TEST_CASE("the user's own config, packs or style in a folder others may write are not trusted") {
    REQUIRE_ROOT();
    // A folder anyone may write: another user may move the user's config from elsewhere into
    // it, or rename the user's pack folder inside it and put theirs in its place.
    const fs::path dir = scratch_dir("shared-machine") / "movable-config";
    const fs::path open_folder = dir / "open";
    fs::create_directories(open_folder);
    chmod(open_folder.c_str(), 0777);
    const std::string minutes = write_file(open_folder / "minutes.md", failing_minutes);
    const fs::path config = open_folder / ".cpdoc.toml";
    write_file(config, "[severity]\nPLACEHOLDER-UNFILLED = \"off\"\n");
    const Run run = run_cpdoc({"check", minutes});
    CHECK(run.status == 1);
    CHECK_THAT(run.err, Catch::Contains(config.string() + ": ignored: " + open_folder.string() +
                                        " may be written by other users"));

    const fs::path packs = open_folder / "packs";
    fs::create_directories(packs);
    chmod(packs.c_str(), 0755);
    fs::copy_file(source_path("tests/data/packs/test-no-rules.xml"), packs / "test-no-rules.xml");
    write_file(dir / "project" / ".cpdoc.toml",
               "policy-dirs = [\"" + packs.string() + "\"]\n[render]\ncss = \"" +
                   write_file(open_folder / "council.css", "p { color: black }") + "\"\n");
    const std::string doc =
        write_file(dir / "project" / "c.md",
                   "---\ndocument: chronology\npolicy: test-no-rules\nchild: C-104233\n---\n");
    const Run packed = run_cpdoc({"check", doc});
    CHECK_THAT(packed.err, Catch::Contains("policy-dirs: " + packs.string() +
                                           ": ignored: " + open_folder.string() +
                                           " may be written by other "
                                           "users, who may rename packs"));
    // Through the user's own link in that folder: the link can be renamed away and another
    // of the user's links, to a config that skips every document, put in its place.
    const fs::path linked_project = dir / "linked";
    fs::create_directories(linked_project);
    const std::string strict =
        write_file(dir / "strict.toml", "[severity]\nPLACEHOLDER-UNFILLED = \"off\"\n");
    fs::create_symlink(strict, open_folder / "team-conf");
    fs::create_symlink(open_folder / "team-conf", linked_project / ".cpdoc.toml");
    const Run linked =
        run_cpdoc({"check", write_file(linked_project / "minutes.md", failing_minutes)});
    CHECK(linked.status == 1);
    CHECK_THAT(linked.err, Catch::Contains("ignored: " + open_folder.string() +
                                           " may be written by other users, who may rename "
                                           "team-conf in it"));
    // A pack reached through the user's own link, in a private pack folder, to a pack in that
    // folder: another user may rename the user's old draft over it (a red team's round 5).
    const fs::path private_packs = dir / "private-packs";
    fs::create_directories(private_packs);
    fs::create_symlink(packs / "test-no-rules.xml", private_packs / "test-no-rules.xml");
    write_file(dir / "linked-pack" / ".cpdoc.toml",
               "policy-dirs = [\"" + private_packs.string() + "\"]\n");
    const Run linked_pack = run_cpdoc(
        {"check", write_file(dir / "linked-pack" / "c.md",
                             "---\ndocument: chronology\npolicy: test-no-rules\nchild: C-104233\n"
                             "---\n")});
    CHECK(linked_pack.status == 1);
    CHECK_THAT(linked_pack.err,
               Catch::Contains("policy-dirs: " + private_packs.string() +
                               ": ignored: test-no-rules.xml in it: " + open_folder.string() +
                               " may be written by other users, who may rename "
                               "packs in it"));
    const Run styled = run_cpdoc({"render", "--policy-dir", packs.string(), doc, "--to", "html"});
    CHECK(styled.status == 2);
    CHECK_THAT(styled.err, Catch::Contains("council.css: refused: " + open_folder.string() +
                                           " may be written by other users"));
}

TEST_CASE("a local pack may not take a shipped pack's id") {
    const fs::path packs = scratch_dir("shared-machine") / "shadow-packs";
    std::string pack = read_text(source_path("tests/data/packs/test-no-rules.xml"));
    const auto id = pack.find("id=\"test-no-rules\"");
    REQUIRE(id != std::string::npos);
    pack.replace(id, 18, "id=\"lanarkshire-2019\"");
    write_file(packs / "lanarkshire-2019.xml", pack);
    const Run run = run_cpdoc({"policies", "list", "--policy-dir", packs.string()});
    CHECK(run.status == 2);
    CHECK_THAT(run.err, Catch::Contains("lanarkshire-2019.xml") &&
                            Catch::Contains("`lanarkshire-2019` is the id of a pack shipped with "
                                            "cpdoc"));
}

TEST_CASE("every output that names the pack says whether it is shipped or local, and where from") {
    const fs::path dir = scratch_dir("shared-machine") / "provenance";
    const std::string local = write_file(
        dir / "local.md", "---\ndocument: chronology\npolicy: test-no-rules\nchild: C-1\n---\n");
    const std::string shipped = write_file(dir / "shipped.md", failing_minutes);
    const std::string pack = source_path("tests/data/packs/test-no-rules.xml");

    CHECK_THAT(run_cpdoc({"check", local}).out,
               Catch::Contains("policy pack test-no-rules: local pack read from " + pack));
    CHECK_THAT(run_cpdoc({"check", shipped}).out, !Catch::Contains("local pack"));
    const std::string json = run_cpdoc({"check", "--format", "json", local, shipped}).out;
    CHECK_THAT(json, Catch::Contains("\"policy_source\":\"" + pack + "\"") &&
                         Catch::Contains("\"policy_source\":\"shipped\""));
    const std::string sarif = run_cpdoc({"check", "--format", "sarif", shipped}).out;
    CHECK_THAT(sarif, Catch::Contains("\"policySource\":\"shipped with cpdoc\""));

    const fs::path html = dir / "local.html";
    REQUIRE(run_cpdoc({"render", local, "--to", "html", "-o", html.string()}).status == 0);
    std::string shown = read_text(html.string());
    std::replace(shown.begin(), shown.end(), '\n', ' ');
    CHECK_THAT(shown, Catch::Contains("local pack read from " + pack));
}

TEST_CASE("an output that is another user's link, or their file in a shared folder, is refused") {
    REQUIRE_ROOT();
    const fs::path dir = shared_folder("planted-output");
    const fs::path home = scratch_dir("shared-machine") / "alice-home";
    const std::string notes = write_file(home / "notes.txt", "my own notes\n");
    const std::string minutes = write_file(
        dir / "cg.md", "---\ndocument: chronology\npolicy: test-no-rules\nchild: C-1\n---\n");
    const fs::path link = dir / "cg.html";
    fs::create_symlink(notes, link);
    REQUIRE(give_away(link));
    const Run through_link = run_cpdoc({"render", minutes, "--to", "html", "-o", link.string()});
    CHECK(through_link.status == 2);
    CHECK_THAT(through_link.err, Catch::Contains("is a symbolic link another user owns"));
    CHECK(read_text(notes) == "my own notes\n");

    // A file of theirs under the output's name: written over, they would get a private copy.
    fs::remove(link);
    write_file(link, "theirs\n");
    REQUIRE(give_away(link));
    const Run over_file = run_cpdoc({"render", minutes, "--to", "html", "-o", link.string()});
    CHECK(over_file.status == 2);
    CHECK_THAT(over_file.err, Catch::Contains("belongs to another user in a shared directory"));
    CHECK(read_text(link.string()) == "theirs\n");

    // The user's own link is still followed: the file it names is replaced, once the user
    // says so (it is no rendering of cpdoc's).
    fs::remove(link);
    fs::create_symlink(notes, link);
    const Run kept = run_cpdoc({"render", minutes, "--to", "html", "-o", link.string()});
    CHECK(kept.status == 2);
    CHECK_THAT(kept.err, Catch::Contains("is not a rendering of cpdoc's"));
    CHECK(read_text(notes) == "my own notes\n");
    CHECK(run_cpdoc({"render", minutes, "--to", "html", "--force", "-o", link.string()}).status ==
          0);
    CHECK(fs::is_symlink(link));
    CHECK_THAT(read_text(notes), Catch::Contains("<html"));
}

TEST_CASE("the user's own link in a folder others may rename in is not written through") {
    REQUIRE_ROOT();
    // A red team's round 6: the user's links open/out.html -> minutes/m.html and
    // open/x.html -> minutes/child-x.html; another user renames the second over the first,
    // and the next render replaced another child's plan. So with a folder: open/reports.
    const fs::path dir = scratch_dir("shared-machine") / "swappable-output-link";
    const fs::path open_folder = dir / "open";
    const fs::path minutes_folder = dir / "minutes";
    fs::create_directories(open_folder);
    fs::create_directories(minutes_folder);
    chmod(open_folder.c_str(), 0777); // anyone may write it, without the sticky bit
    const std::string other_plan = write_file(minutes_folder / "child-x.html", "another child\n");
    fs::create_symlink(other_plan, open_folder / "out.html");
    const std::string doc = write_file(
        dir / "cg.md", "---\ndocument: chronology\npolicy: test-no-rules\nchild: C-1\n---\n");
    const Run through_file_link = run_cpdoc(
        {"render", doc, "--to", "html", "--force", "-o", (open_folder / "out.html").string()});
    CHECK(through_file_link.status == 2);
    CHECK_THAT(through_file_link.err,
               Catch::Contains(open_folder.string() + " may be written by other users, who may "
                                                      "rename out.html in it"));
    CHECK(read_text(other_plan) == "another child\n");
    fs::create_symlink(minutes_folder, open_folder / "reports");
    const Run through_folder_link = run_cpdoc(
        {"render", doc, "--to", "html", "-o", (open_folder / "reports" / "cg.html").string()});
    CHECK(through_folder_link.status == 2);
    CHECK_THAT(through_folder_link.err, Catch::Contains("who may rename reports in it"));
    CHECK_FALSE(fs::exists(minutes_folder / "cg.html"));
    // A file made in that folder itself stays where it is made: written.
    CHECK(run_cpdoc({"render", doc, "--to", "html", "-o", (open_folder / "cg.html").string()})
              .status == 0);
}

TEST_CASE("a link another user owns on an output's path is not followed") {
    REQUIRE_ROOT();
    const fs::path dir = scratch_dir("shared-machine") / "parent-link";
    const fs::path open_folder = dir / "open";
    fs::create_directories(open_folder);
    chmod(open_folder.c_str(), 0777); // anyone may write it, without the sticky bit
    const fs::path secret = dir / "alice-secret";
    fs::create_directories(secret);
    const std::string minutes = write_file(
        dir / "cg.md", "---\ndocument: chronology\npolicy: test-no-rules\nchild: C-1\n---\n");
    // Their link, where the user's reports folder was meant to be.
    const fs::path reports = open_folder / "reports";
    fs::create_symlink(secret, reports);
    REQUIRE(give_away(reports));
    const Run render =
        run_cpdoc({"render", minutes, "--to", "html", "-o", (reports / "cg.html").string()});
    CHECK(render.status == 2);
    CHECK_THAT(render.err,
               Catch::Contains(reports.string() + ": is a symbolic link another user owns"));
    const Run audit =
        run_cpdoc({"audit", dir.string() + "/cg.md", "--report", (reports / "r.html").string(),
                   "--history", (reports / "h.sqlite").string()});
    CHECK(audit.status == 2);
    CHECK(fs::is_empty(secret));
    // The user's own link there is not followed either, in a folder anyone may rename in
    // (another of the user's links could be renamed over it); in one only they may write, it
    // is.
    fs::remove(reports);
    fs::create_symlink(secret, reports);
    CHECK(run_cpdoc({"render", minutes, "--to", "html", "-o", (reports / "cg.html").string()})
              .status == 2);
    CHECK_FALSE(fs::exists(secret / "cg.html"));
    chmod(open_folder.c_str(), 0755);
    CHECK(run_cpdoc({"render", minutes, "--to", "html", "-o", (reports / "cg.html").string()})
              .status == 0);
    CHECK(fs::exists(secret / "cg.html"));
}

TEST_CASE("a pipe another user made under an output's name is not written into") {
    REQUIRE_ROOT();
    const fs::path dir = scratch_dir("shared-machine") / "planted-pipe";
    fs::create_directories(dir);
    chmod(dir.c_str(), 0777);
    const std::string minutes = write_file(
        dir / "cg.md", "---\ndocument: chronology\npolicy: test-no-rules\nchild: C-1\n---\n");
    const fs::path pipe = dir / "cg.html";
    REQUIRE(mkfifo(pipe.c_str(), 0666) == 0);
    REQUIRE(give_away(pipe));
    // Their reader is waiting on it.
    const int reader = open(pipe.c_str(), O_RDONLY | O_NONBLOCK);
    REQUIRE(reader >= 0);
    const Run run = run_cpdoc({"render", minutes, "--to", "html", "-o", pipe.string()});
    CHECK(run.status == 2);
    CHECK_THAT(run.err, Catch::Contains("is a pipe another user made"));
    char byte = 0;
    CHECK(read(reader, &byte, 1) <= 0); // nothing reached them
    close(reader);
}

TEST_CASE("a document is not read through a link another user owns on its path") {
    REQUIRE_ROOT();
    const fs::path dir = scratch_dir("shared-machine") / "read-through-link";
    const fs::path tree = dir / "tree";
    fs::create_directories(tree);
    const std::string secret =
        write_file(dir / "alice-private" / "plan.md", "---\ndocument: chronology\npolicy: "
                                                      "test-no-rules\nchild: C-SECRET\n---\n");
    // A folder of the tree, as another user swaps it for a link while an audit runs.
    const fs::path team = tree / "TeamX";
    fs::create_symlink(dir / "alice-private", team);
    REQUIRE(give_away(team));
    const Run run = run_cpdoc({"check", (team / "plan.md").string(), "--format", "json"});
    CHECK(run.status == 2);
    CHECK_THAT(run.out + run.err, Catch::Contains("is a symbolic link another user owns"));
    CHECK_THAT(run.out, !Catch::Contains("C-SECRET"));
}

TEST_CASE("an audit history another user planted, or a journal beside it, is not used") {
    REQUIRE_ROOT();
    const fs::path dir = scratch_dir("shared-machine") / "planted-history";
    write_file(dir / "cases" / "c.md", failing_minutes);
    // A folder others may write: a journal could be planted between any check and SQLite's
    // first read of it, so the history is not kept there at all.
    const fs::path open_folder = dir / "open";
    fs::create_directories(open_folder);
    chmod(open_folder.c_str(), 0777);
    const std::string shared = (open_folder / "h.sqlite").string();
    const Run in_shared = run_cpdoc({"audit", (dir / "cases").string(), "--history", shared});
    CHECK(in_shared.status == 2);
    CHECK_THAT(in_shared.err, Catch::Contains(open_folder.string() +
                                              " may be written by other users, who may rename "
                                              "h.sqlite in it"));
    CHECK_FALSE(fs::exists(shared));
    // Nor in the user's private folder inside it: another user may rename that folder and put
    // theirs, with their database, in its place between cpdoc's checks and SQLite's open.
    const fs::path private_folder = open_folder / "private";
    fs::create_directories(private_folder);
    chmod(private_folder.c_str(), 0700);
    const std::string inside = (private_folder / "h.sqlite").string();
    const Run in_private = run_cpdoc({"audit", (dir / "cases").string(), "--history", inside});
    CHECK(in_private.status == 2);
    CHECK_THAT(in_private.err, Catch::Contains("who may rename private in it"));
    CHECK_FALSE(fs::exists(inside));
    // In a sticky folder (/tmp) no one else may rename the user's own folder: kept there.
    chmod(open_folder.c_str(), 01777);
    CHECK(run_cpdoc({"audit", (dir / "cases").string(), "--history", inside}).status == 0);
    CHECK(fs::exists(inside));

    // In the user's own folder, a database or a journal another user owns.
    const fs::path mine = dir / "mine";
    fs::create_directories(mine);
    chmod(mine.c_str(), 0700);
    const std::string planted = write_file(mine / "theirs.sqlite", "");
    REQUIRE(give_away(planted));
    const Run into_theirs = run_cpdoc({"audit", (dir / "cases").string(), "--history", planted});
    CHECK(into_theirs.status == 2);
    CHECK_THAT(into_theirs.err, Catch::Contains("does not keep the audit history in it"));
    CHECK(read_text(planted).empty());

    const std::string history = (mine / "h.sqlite").string();
    REQUIRE(run_cpdoc({"audit", (dir / "cases").string(), "--history", history}).status == 0);
    const std::string journal = write_file(history + "-journal", "a journal to replay");
    REQUIRE(give_away(journal));
    const Run with_journal = run_cpdoc({"audit", (dir / "cases").string(), "--history", history});
    CHECK(with_journal.status == 2);
    CHECK_THAT(with_journal.err, Catch::Contains(journal + ": it is owned by another user"));
}

TEST_CASE("stale temporaries are removed only where no one else could have named them") {
    REQUIRE_ROOT();
    const fs::path dir = scratch_dir("shared-machine") / "stale-shared";
    const std::string minutes = write_file(
        dir / "cg.md", "---\ndocument: chronology\npolicy: test-no-rules\nchild: C-1\n---\n");
    // The user's own records, renamed by another user to a dead cpdoc's temporary name in a
    // folder both may write.
    const fs::path shared = dir / "shared";
    fs::create_directories(shared);
    chmod(shared.c_str(), 0777);
    std::string tagged = temporary_name_pattern(999999, ".Records."); // as cpdoc names them
    tagged.replace(tagged.size() - 6, 6, "AbCdEf");
    const fs::path renamed = shared / tagged;
    write_file(renamed / "deep" / "c.txt", "the user's own record\n");
    CHECK(run_cpdoc({"render", minutes, "--to", "html", "-o", (shared / "cg.html").string()})
              .status == 0);
    CHECK(fs::exists(renamed / "deep" / "c.txt"));
    // Nor in the user's own folder inside it, which another user may rename (or swap for a
    // link to the shared folder) while it is swept.
    const fs::path out = shared / "out";
    fs::create_directories(out);
    chmod(out.c_str(), 0755);
    const fs::path inside = out / tagged;
    write_file(inside / "c.txt", "the user's own record\n");
    CHECK(run_cpdoc({"render", minutes, "--to", "html", "-o", (out / "cg.html").string()}).status ==
          0);
    CHECK(fs::exists(inside / "c.txt"));
}

TEST_CASE("a history a failed audit made is removed, not left empty") {
    const fs::path dir = scratch_dir("shared-machine") / "history-made";
    write_file(dir / "cases" / "c.md", failing_minutes);
    const std::string history = (dir / "new.sqlite").string();
    const Run failed = run_cpdoc({"audit", (dir / "cases").string(), "--history", history,
                                  "--report", (dir / "no-such-dir" / "r.html").string()});
    CHECK(failed.status == 2);
    CHECK_FALSE(fs::exists(history));
    CHECK_FALSE(fs::exists(history + "-journal"));
}

TEST_CASE("a .git another user planted does not cut a document off from its config") {
    REQUIRE_ROOT();
    const fs::path dir = scratch_dir("shared-machine") / "planted-git";
    write_file(dir / ".cpdoc.toml", "[severity]\nPLACEHOLDER-UNFILLED = \"off\"\n");
    const fs::path shared = dir / "shared";
    const std::string minutes = write_file(shared / "case" / "minutes.md", failing_minutes);
    fs::create_directories(shared / ".git");
    REQUIRE(give_away(shared / ".git"));
    CHECK(run_cpdoc({"check", minutes}).status == 0); // the config above still governs it
    // The user's own repository is a root the search stops at.
    REQUIRE(lchown((shared / ".git").c_str(), geteuid(), getegid()) == 0);
    CHECK(run_cpdoc({"check", minutes}).status == 1);
}

TEST_CASE("a link to nowhere as an output is a clear error") {
    const fs::path dir = scratch_dir("shared-machine") / "dangling";
    const std::string minutes = write_file(
        dir / "cg.md", "---\ndocument: chronology\npolicy: test-no-rules\nchild: C-1\n---\n");
    fs::create_symlink(dir / "missing" / "x.html", dir / "out.html");
    const Run run =
        run_cpdoc({"render", minutes, "--to", "html", "-o", (dir / "out.html").string()});
    CHECK(run.status == 2);
    CHECK_THAT(run.err,
               Catch::Contains((dir / "out.html").string() + ": is a symbolic link to " +
                               (dir / "missing" / "x.html").string() + ", which does not exist"));
    const Run history =
        run_cpdoc({"audit", dir.string(), "--history", (dir / "out.html").string()});
    CHECK(history.status == 2);
    CHECK_FALSE(fs::exists(dir / "missing"));
}

TEST_CASE("no output replaces a config or a pack the run read, or another output") {
    const fs::path dir = scratch_dir("shared-machine") / "collisions";
    const fs::path packs = dir / "packs";
    fs::create_directories(packs);
    const std::string pack = packs / "test-no-rules.xml";
    fs::copy_file(source_path("tests/data/packs/test-no-rules.xml"), pack,
                  fs::copy_options::overwrite_existing);
    const std::string config = write_file(dir / ".cpdoc.toml", "policy-dirs = [\"packs\"]\n");
    const std::string doc = write_file(
        dir / "c.md", "---\ndocument: chronology\npolicy: test-no-rules\nchild: C-1\n---\n");
    const std::string config_text = read_text(config);
    const std::string pack_text = read_text(pack);

    for (const std::string& target : {config, pack}) {
        const Run run = run_cpdoc({"render", doc, "--to", "html", "-o", target});
        CHECK(run.status == 2);
        CHECK_THAT(run.err, Catch::Contains(target + ": is a file this run reads"));
    }
    const Run merge =
        run_cpdoc({"chronology", "merge", "--policy-dir", packs.string(), doc, doc, "-o", pack});
    CHECK(merge.status == 2);
    CHECK(read_text(config) == config_text);
    CHECK(read_text(pack) == pack_text);

    const std::string qa = (dir / "qa.sqlite").string();
    const Run same_report_history =
        run_cpdoc({"audit", dir.string(), "--report", qa, "--history", qa});
    CHECK(same_report_history.status == 2);
    CHECK_THAT(same_report_history.err, Catch::Contains("is named for two outputs"));
    CHECK_FALSE(fs::exists(qa));
    const std::string out = (dir / "out").string();
    const Run three = run_cpdoc(
        {"audit", dir.string(), "--report", out, "--csv", out, "--json", dir.string() + "/./out"});
    CHECK(three.status == 2);
    CHECK_FALSE(fs::exists(out));
}

TEST_CASE("history is written last, only when every report was written") {
    const fs::path dir = scratch_dir("shared-machine") / "history-last";
    write_file(dir / "cases" / "c.md", failing_minutes);
    const std::string history = (dir / "qa.sqlite").string();
    REQUIRE(run_cpdoc({"audit", (dir / "cases").string(), "--history", history}).status == 0);
    const auto audits = [&] {
        return run_program({"/usr/bin/python3", "-c",
                            "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("
                            "'select count(*) from audit').fetchone()[0])",
                            history})
            .out;
    };
    REQUIRE(audits() == "1\n");
    // The report cannot be written (its folder does not exist): no point is added.
    const Run failed = run_cpdoc({"audit", (dir / "cases").string(), "--history", history,
                                  "--report", (dir / "no-such-dir" / "r.html").string()});
    CHECK(failed.status == 2);
    CHECK(audits() == "1\n");
    struct stat info {};
    REQUIRE(stat(history.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
}

TEST_CASE("a history another audit is writing is waited for, then refused clearly") {
    const fs::path dir = scratch_dir("shared-machine") / "history-locked";
    write_file(dir / "cases" / "c.md", failing_minutes);
    const std::string history = (dir / "qa.sqlite").string();
    REQUIRE(run_cpdoc({"audit", (dir / "cases").string(), "--history", history}).status == 0);
    // Another writer holds the database for `seconds`, then lets go.
    const auto hold = [&](const std::string& seconds) {
        const pid_t pid = fork();
        if (pid == 0) {
            execl("/usr/bin/python3", "python3", "-c",
                  "import sqlite3,sys,time; c=sqlite3.connect(sys.argv[1], isolation_level=None);"
                  "c.execute('BEGIN EXCLUSIVE'); open(sys.argv[1]+'.held','w').close();"
                  "time.sleep(float(sys.argv[2])); c.execute('COMMIT')",
                  history.c_str(), seconds.c_str(), nullptr);
            _exit(127);
        }
        for (int i = 0; i < 500 && !fs::exists(history + ".held"); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        fs::remove(history + ".held");
        return pid;
    };
    pid_t holder = hold("1");
    const Run waited = run_cpdoc({"audit", (dir / "cases").string(), "--history", history});
    waitpid(holder, nullptr, 0);
    CHECK(waited.status == 0);

    holder = hold("8");
    const Run refused = run_cpdoc({"audit", (dir / "cases").string(), "--history", history});
    kill(holder, SIGKILL);
    waitpid(holder, nullptr, 0);
    CHECK(refused.status == 2);
    CHECK_THAT(refused.err, Catch::Contains("in use by another audit for more than 5 seconds"));
}

TEST_CASE("any catchable signal mid-render leaves no output, workspace or renderer files") {
    for (const int signal_number : {SIGINT, SIGQUIT, SIGXFSZ, SIGTERM, SIGPIPE}) {
        INFO(strsignal(signal_number));
        const fs::path dir =
            scratch_dir("shared-machine") / ("signal-" + std::to_string(signal_number));
        const fs::path tmp = dir / "tmp";
        fs::create_directories(tmp);
        std::string text = read_text(source_path("examples/core-group-minutes-lanarkshire.md")) +
                           "\n## More\n| Date | Event |\n| --- | --- |\n";
        for (int i = 0; i < 15000; ++i)
            text += "| 2026-11-01 | Event " + std::to_string(i) + " |\n";
        const std::string input = write_file(dir / "slow.md", text);
        const std::string tmpdir = "TMPDIR=" + tmp.string();
        const pid_t pid = fork();
        if (pid == 0) {
            const char* env[] = {tmpdir.c_str(), "PATH=/usr/bin:/bin", nullptr};
            // Past the render limits for a PDF, which would refuse it before WeasyPrint ran.
            execle(CPDOC_BINARY, CPDOC_BINARY, "render", input.c_str(), "--to", "pdf", "--draft",
                   "--max-render-size", "10000000", "--max-render-cells", "100000", nullptr, env);
            _exit(127);
        }
        for (int i = 0; i < 500 && fs::is_empty(tmp); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        std::this_thread::sleep_for(std::chrono::milliseconds(400));
        kill(pid, signal_number);
        int status = 0;
        waitpid(pid, &status, 0);
        CHECK(WIFSIGNALED(status));
        CHECK(fs::is_empty(tmp));
        CHECK_FALSE(fs::exists(dir / "slow.pdf"));
    }
}

TEST_CASE("a signal while two workers render a folder leaves no workspace behind") {
    // The handler cleans on one thread while the other worker runs on: it may write into a
    // workspace being removed, or make another (a red team left whole documents in TMPDIR one
    // time in six). Signals at many moments of the render; none may leave anything.
    const fs::path dir = scratch_dir("shared-machine") / "signal-workers";
    const fs::path in = dir / "in";
    const fs::path tmp = dir / "tmp";
    fs::create_directories(tmp);
    fs::create_directories(in);
    for (const auto& entry : fs::directory_iterator(source_path("examples")))
        if (entry.path().extension() == ".md" && entry.path().filename() != "README.md")
            fs::copy_file(entry.path(), in / entry.path().filename(),
                          fs::copy_options::overwrite_existing);
    const std::string tmpdir = "TMPDIR=" + tmp.string();
    for (int delay = 150; delay <= 700; delay += 50) {
        INFO("SIGTERM after " << delay << " ms");
        const fs::path out = dir / ("out-" + std::to_string(delay));
        const pid_t pid = fork();
        if (pid == 0) {
            const char* env[] = {tmpdir.c_str(), "PATH=/usr/bin:/bin", nullptr};
            execle(CPDOC_BINARY, CPDOC_BINARY, "render", in.c_str(), "--to", "pdf", "--draft", "-j",
                   "2", "-o", out.c_str(), "--today", "2026-11-25", nullptr, env);
            _exit(127);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(delay));
        kill(pid, SIGTERM);
        int status = 0;
        waitpid(pid, &status, 0);
        CHECK(fs::is_empty(tmp));
        fs::remove_all(tmp);
        fs::create_directories(tmp);
    }
}

TEST_CASE("a TMPDIR another user could swap is not rendered in") {
    REQUIRE_ROOT();
    const fs::path dir = scratch_dir("shared-machine") / "swappable-tmpdir";
    const std::string minutes = write_file(
        dir / "cg.md", "---\ndocument: chronology\npolicy: test-no-rules\nchild: C-1\n---\n");
    // The user's own folder, inside one anyone may write: it can be renamed and replaced by
    // another user's while Pandoc reads and writes the workspace by path.
    const fs::path shared = dir / "open";
    fs::create_directories(shared / "vt");
    chmod(shared.c_str(), 0777);
    chmod((shared / "vt").c_str(), 0700);
    const char* before = std::getenv("TMPDIR");
    const std::string kept = before != nullptr ? before : "";
    setenv("TMPDIR", (shared / "vt").c_str(), 1);
    const Run run = run_cpdoc({"render", minutes, "--to", "html"});
    if (before != nullptr)
        setenv("TMPDIR", kept.c_str(), 1);
    else
        unsetenv("TMPDIR");
    CHECK(run.status == 2);
    CHECK_THAT(run.err, Catch::Contains("who may rename vt in it; set TMPDIR to a folder only you "
                                        "can change"));
    CHECK(fs::is_empty(shared / "vt"));
    CHECK_FALSE(fs::exists(dir / "cg.html"));
}

TEST_CASE("temporary files a killed cpdoc left are removed by the next run in that folder") {
    const fs::path dir = scratch_dir("shared-machine") / "stale";
    const std::string doc = write_file(
        dir / "c.md", "---\ndocument: chronology\npolicy: test-no-rules\nchild: C-1\n---\n");
    // A process id no process has: the writer is gone.
    pid_t gone = 4000000;
    while (kill(gone, 0) == 0 || errno != ESRCH)
        --gone;
    // A name as cpdoc makes it, its six random letters filled in.
    const auto made_name = [](pid_t pid, const std::string& prefix) {
        std::string name = temporary_name_pattern(pid, prefix);
        return name.replace(name.size() - 6, 6, "Ab12Cd");
    };
    const fs::path stale = write_file(dir / made_name(gone, ".c.html."), "half");
    const fs::path running = write_file(dir / made_name(getpid(), ".c.html."), "mine");
    chmod(stale.c_str(), 0600);
    chmod(running.c_str(), 0600);
    const fs::path workspace = dir / made_name(gone, "");
    write_file(workspace / "document.json", "{}");
    chmod(workspace.c_str(), 0700);
    const fs::path lookalike = write_file(dir / ".notes.cpdoc-12-x", "not cpdoc's pattern");
    // Named as cpdoc's but not made as cpdoc makes them: the user's own folder, and a file
    // others may read.
    const std::string dead = std::to_string(gone);
    const fs::path folder = dir / ("Records.cpdoc-" + dead + "-AbCdEf");
    write_file(folder / "c.txt", "the user's record\n");
    const fs::path readable = write_file(dir / made_name(gone, ".minutes."), "kept");
    chmod(readable.c_str(), 0644);
    // Named as cpdoc named them before it tagged its names, as a red team named the user's own
    // tree and notes: of the right modes, but not cpdoc's.
    const fs::path own_tree = dir / ("cpdoc-" + dead + "-Nested");
    write_file(own_tree / "d" / "e" / "important.docx", "the user's minutes\n");
    chmod(own_tree.c_str(), 0700);
    const fs::path own_notes = write_file(dir / (".notes.md.cpdoc-" + dead + "-AbCdEf"), "notes");
    chmod(own_notes.c_str(), 0600);
    REQUIRE(run_cpdoc({"render", doc, "--to", "html"}).status == 0);
    CHECK_FALSE(fs::exists(stale));
    CHECK_FALSE(fs::exists(workspace));
    CHECK(fs::exists(running));
    CHECK(fs::exists(lookalike));
    CHECK(fs::exists(folder / "c.txt"));
    CHECK(fs::exists(readable));
    CHECK(fs::exists(own_tree / "d" / "e" / "important.docx"));
    CHECK(fs::exists(own_notes));
}
