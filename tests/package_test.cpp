// The Debian package (scripts/package, cmake/Package.cmake): built with CPack from this build,
// unpacked with dpkg -x, its cpdoc run, and every manual page it installs read with man.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <set>
#include <sstream>

using namespace cpdoc::test;
namespace fs = std::filesystem;

namespace {

std::string first_line(const std::string& text) {
    return text.substr(0, text.find('\n'));
}

// The commands `cpdoc --help` lists under "Subcommands:".
std::vector<std::string> listed_commands(const std::string& help) {
    std::vector<std::string> commands;
    std::istringstream lines(help.substr(help.find("Subcommands:\n")));
    std::string line;
    std::getline(lines, line);
    while (std::getline(lines, line) && line.rfind("  ", 0) == 0) {
        std::istringstream words(line);
        std::string command;
        words >> command;
        commands.push_back(command);
    }
    return commands;
}

// Every long option a --help text shows.
std::set<std::string> long_options(const std::string& help) {
    std::set<std::string> options;
    const std::regex option("--[a-z][a-z-]*");
    for (auto it = std::sregex_iterator(help.begin(), help.end(), option);
         it != std::sregex_iterator(); ++it)
        options.insert(it->str());
    return options;
}

// A manual page as man shows it; groff's warnings, if any, in err.
Run read_man_page(const fs::path& page) {
    return run_program({"/usr/bin/env", "LC_ALL=C", "MANWIDTH=80", "man", "--warnings", "-l", "-P",
                        "cat", page.string()});
}

} // namespace

TEST_CASE("the Debian package installs cpdoc, its manual pages and what it needs to run") {
    const fs::path dir = scratch_dir("package");
    fs::remove_all(dir);
    const Run cpack =
        run_program({CPDOC_CPACK, "-G", "DEB", "--config",
                     std::string(CPDOC_BUILD_DIR) + "/CPackConfig.cmake", "-B", dir.string()});
    INFO(cpack.out << cpack.err);
    REQUIRE(cpack.status == 0);
    const std::string arch = first_line(run_program({"/usr/bin/dpkg", "--print-architecture"}).out);
    const fs::path deb = dir / ("cpdoc_" CPDOC_PROJECT_VERSION "_" + arch + ".deb");
    REQUIRE(fs::exists(deb));

    const Run depends = run_program({"/usr/bin/dpkg-deb", "--field", deb.string(), "Depends"});
    for (const char* package : {"pandoc", "weasyprint", "fonts-liberation2", "fonts-dejavu-core",
                                "libc6 (", "libstdc++6 (", "libxml2 (", "libzip4 ("})
        CHECK_THAT(depends.out, Catch::Contains(package));

    const fs::path root = dir / "root";
    REQUIRE(run_program({"/usr/bin/dpkg", "-x", deb.string(), root.string()}).status == 0);
    const std::string cpdoc = (root / "usr/bin/cpdoc").string();
    CHECK(run_program({cpdoc, "--version"}).out == "cpdoc " CPDOC_PROJECT_VERSION "\n");
    // The installed binary needs nothing from the source tree: packs and calendars are in it.
    const std::string example = "chronology-late-meeting-england";
    const Run check = run_program({cpdoc, "check", "--today", "2026-11-25", example + ".md"},
                                  source_path("examples"));
    CHECK("exit " + std::to_string(check.status) + "\n" + check.out ==
          read_text(source_path("examples/" + example + ".expected")));

    // A page for the program and one for every command --help lists, each showing every
    // option that command's --help shows, and formatted without a warning.
    const fs::path man1 = root / "usr/share/man/man1";
    std::vector<std::pair<fs::path, std::vector<std::string>>> pages{
        {man1 / "cpdoc.1.gz", {"--help"}}};
    for (const std::string& command : listed_commands(run_program({cpdoc, "--help"}).out))
        pages.push_back({man1 / ("cpdoc-" + command + ".1.gz"), {command, "--help"}});
    CHECK(pages.size() == 11);
    for (const auto& [page, help_args] : pages) {
        INFO(page.filename().string());
        REQUIRE(fs::exists(page));
        const Run man = read_man_page(page);
        CHECK(man.status == 0);
        CHECK(man.err.empty());
        CHECK_THAT(man.out, Catch::Contains("NAME") && Catch::Contains("SYNOPSIS") &&
                                Catch::Contains("EXIT STATUS"));
        std::vector<std::string> help_command{cpdoc};
        help_command.insert(help_command.end(), help_args.begin(), help_args.end());
        for (const std::string& option : long_options(run_program(help_command).out)) {
            INFO(option);
            CHECK_THAT(man.out, Catch::Contains(option));
        }
    }
    CHECK_THAT(read_man_page(man1 / "cpdoc-check.1.gz").out,
               Catch::Contains("cpdoc-check - check documents against their policy") &&
                   Catch::Contains("--stdin-filename TEXT"));
}
