// The manual: cpdoc(1) and a page a command (cpdoc-check(1), ...), written from the command
// line's own definitions through CLI11's help formatter, so each says what --help says.
#pragma once

#include <string>
#include <string_view>

namespace CLI {
class App;
}

namespace cpdoc {

// What the exit statuses mean, one a line: the end of `cpdoc --help` (exit_status_help) and
// every page's EXIT STATUS.
constexpr std::string_view exit_status_text =
    "0  no finding is an error (and warnings are within --max-warnings)\n"
    "1  a finding is an error, or there are too many warnings (render: a document was refused "
    "for its errors)\n"
    "2  a file could not be read or rendered, or the command line is wrong";

// "Exit status:" and exit_status_text, indented for the end of --help.
std::string exit_status_help();

// The page for `command` (the whole program when it is `app`), in roff.
std::string man_page(const CLI::App& app, const CLI::App& command, std::string_view version);

// Writes cpdoc.1 and cpdoc-COMMAND.1 for every command `--help` lists into `directory` (the
// hidden `cpdoc man DIR` the build runs); an exit status.
int write_man_pages(const CLI::App& app, const std::string& directory, std::string_view version);

} // namespace cpdoc
