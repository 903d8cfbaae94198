// The walk that finds the files below the directories a command was given: in path order,
// without hidden folders, never through a symbolic link, on one thread or many alike.
#include "pipeline/document_files.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>
#include <sys/stat.h>
#include <unistd.h>

using namespace cpdoc;
using namespace cpdoc::test;
namespace fs = std::filesystem;

namespace {

// Below `root`, as the walk writes them.
std::vector<std::string> below(const fs::path& root, const std::vector<std::string>& names) {
    std::vector<std::string> paths;
    for (const std::string& name : names)
        paths.push_back(root.string() + "/" + name);
    return paths;
}

} // namespace

TEST_CASE("the walk: every regular file in path order, hidden folders and links left out") {
    const TempDir dir("walk");
    const fs::path root = dir.path();
    for (const char* name : {"a.md", "a/z.md", "a-b/x.md", "B.md", "b/c/d.md", ".hidden.md",
                             ".git/HEAD", "team/.cache/x.md", "team/case/~$plan.docx"})
        write_file(root / name, "x\n");
    fs::create_symlink(root / "a.md", root / "link.md");
    fs::create_directory_symlink(root / "b", root / "link-to-folder");
    for (const char* name : {"m/m0.md", "m/m1.md", "m/n/n0.md", "m/n/n1.md"})
        write_file(root / name, "x\n");
    // Links to nowhere, in folders with files listed before and after them.
    for (const char* name : {"dangling-0.md", "m/dangling-1.md", "m/n/dangling-2.md"})
        fs::create_symlink(root / "nowhere", root / name);
    REQUIRE(mkfifo((root / "fifo.md").c_str(), 0600) == 0);

    // Path order, folder by folder: a/z.md before a-b/x.md before a.md, which a string's order
    // ('-' < '.' < '/') would reverse.
    const std::vector<std::string> expected =
        below(root, {".hidden.md", "B.md", "a/z.md", "a-b/x.md", "a.md", "b/c/d.md", "m/m0.md",
                     "m/m1.md", "m/n/n0.md", "m/n/n1.md", "team/case/~$plan.docx"});
    CHECK(files_below({root.string()}, 1) == expected);
    CHECK(files_below({root.string()}, 2) == expected);
    CHECK(files_below({root.string()}, 4) == expected);
    // Written as the directory was given: with its slash, without a second.
    CHECK(files_below({root.string() + "/"}, 2) == expected);
}

TEST_CASE("the walk: a file named is itself, and files of overlapping directories are once") {
    const TempDir dir("walk-named");
    const fs::path root = dir.path();
    for (const char* name : {"east/one.md", "east/two.md", "west/three.md", "top.md"})
        write_file(root / name, "x\n");
    CHECK(files_below({(root / "top.md").string()}) == below(root, {"top.md"}));
    CHECK(files_below({(root / "west").string(), (root / "east").string()}) ==
          below(root, {"east/one.md", "east/two.md", "west/three.md"}));
    CHECK(files_below({root.string(), (root / "east").string(), (root / "top.md").string()}) ==
          below(root, {"east/one.md", "east/two.md", "top.md", "west/three.md"}));
    CHECK(files_below({(root / "missing").string()}).empty());
    // A directory named through a link is walked: the user named it.
    fs::create_directory_symlink(root / "east", root / "named-link");
    CHECK(files_below({(root / "named-link").string()}) ==
          below(root, {"named-link/one.md", "named-link/two.md"}));
    // One folder named twice, however spelt, is walked once.
    CHECK(files_below({(root / "east").string(), (root / "west" / ".." / "east").string(),
                       (root / "named-link").string()}) ==
          below(root, {"east/one.md", "east/two.md"}));
    // A folder or file inside another named, named again through a link: walked with the
    // other, as a red team found it counted twice ("docs" and "link-to-docs/east").
    fs::create_directory_symlink(root, root / "whole-link");
    const std::vector<std::string> whole =
        below(root, {"east/one.md", "east/two.md", "top.md", "west/three.md"});
    CHECK(files_below({root.string(), (root / "whole-link" / "east").string()}) == whole);
    CHECK(files_below({(root / "whole-link" / "east").string(), root.string()}) == whole);
    CHECK(files_below({root.string(), (root / "whole-link" / "top.md").string()}) == whole);
    // A folder the walk does not enter (a name with a dot) is walked when named.
    write_file(root / ".archive" / "old.md", "x\n");
    CHECK(files_below({root.string(), (root / "whole-link" / ".archive").string()}).size() == 5);
}

TEST_CASE("the walk: a folder that cannot be read is passed over, and the walk goes on") {
    const TempDir dir("walk-denied");
    const fs::path root = dir.path();
    for (const char* name : {"a/one.md", "locked/secret.md", "z/two.md"})
        write_file(root / name, "x\n");
    REQUIRE(chmod((root / "locked").c_str(), 0) == 0);
    if (geteuid() == 0) {
        WARN("skipped: root reads every folder");
    } else {
        std::vector<UnreadableFolder> unreadable;
        CHECK(files_below({root.string()}, 0, &unreadable) ==
              below(root, {"a/one.md", "z/two.md"}));
        REQUIRE(unreadable.size() == 1);
        CHECK(unreadable[0].path == (root / "locked").string());
        CHECK(unreadable[0].error == "Permission denied");
    }
    REQUIRE(chmod((root / "locked").c_str(), 0700) == 0);
}

TEST_CASE("the walk: a directory named that cannot be opened is said, not passed over") {
    const TempDir dir("walk-missing");
    std::vector<UnreadableFolder> unreadable;
    CHECK(files_below({(dir.path() / "no-such-folder").string()}, 0, &unreadable).empty());
    REQUIRE(unreadable.size() == 1);
    CHECK(unreadable[0].path == (dir.path() / "no-such-folder").string());
    CHECK(unreadable[0].error == "No such file or directory");
}
