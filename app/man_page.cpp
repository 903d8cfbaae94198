#include "man_page.hpp"

#include "commands.hpp"
#include "render/output_file.hpp"

#include <CLI/CLI.hpp>

#include <cctype>
#include <filesystem>
#include <iostream>
#include <sstream>

namespace cpdoc {

namespace {

// Text as roff reads it literally: backslashes escaped, no line taken for a request.
std::string roff(std::string_view text, bool code = false) {
    std::string out;
    bool line_start = true;
    for (const char c : text) {
        if (line_start && (c == '.' || c == '\''))
            out += "\\&";
        if (c == '\\')
            out += "\\e";
        else if (c == '-' && code) // an option's or a command's dash, not a hyphen
            out += "\\-";
        else
            out += c;
        line_start = c == '\n';
    }
    return out;
}

std::string trim(std::string text) {
    const auto first = text.find_first_not_of(" \n");
    const auto last = text.find_last_not_of(" \n");
    return first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
}

// "cpdoc policies show": the command's words from the program down.
std::string full_name(const CLI::App& command) {
    const CLI::App* parent = command.get_parent();
    return parent == nullptr ? command.get_name() : full_name(*parent) + " " + command.get_name();
}

// "cpdoc-policies": the page a command is on.
std::string page_name(const CLI::App& command) {
    std::string name = full_name(command);
    for (char& c : name)
        if (c == ' ')
            c = '-';
    return name;
}

std::vector<const CLI::App*> visible_commands(const CLI::App& command) {
    return command.get_subcommands(
        [](const CLI::App* sub) { return !sub->get_group().empty() && !sub->get_disabled(); });
}

// The usage line without "Usage: " and the command's own name, as --help prints it.
std::string synopsis(const CLI::Formatter& formatter, const CLI::App& command) {
    const std::string name = full_name(command);
    std::string usage = trim(formatter.make_usage(&command, name));
    usage = usage.substr(usage.find(name) + name.size());
    return ".B " + roff(name, true) + "\n" + roff(trim(usage), true) + "\n";
}

// One tagged paragraph an argument or option, with --help's label and description.
std::string options(const CLI::Formatter& formatter, const CLI::App& command, bool positional) {
    std::ostringstream out;
    for (const CLI::Option* option : command.get_options()) {
        if (option->get_positional() != positional || option->get_group().empty())
            continue;
        if (positional && option->nonpositional())
            continue;
        out << ".TP\n.B " << roff(formatter.make_option_name(option, positional), true)
            << roff(formatter.make_option_opts(option), true) << '\n'
            << roff(formatter.make_option_desc(option)) << '\n';
    }
    return out.str();
}

// A command's arguments and options: under headings on its own page, as a list in its parent's.
std::string arguments_and_options(const CLI::Formatter& formatter, const CLI::App& command,
                                  bool own_page) {
    std::ostringstream out;
    if (const std::string arguments = options(formatter, command, true); !arguments.empty())
        out << (own_page ? ".SH ARGUMENTS\n" : "") << arguments;
    if (const std::string flags = options(formatter, command, false); !flags.empty())
        out << (own_page ? ".SH OPTIONS\n" : "") << flags;
    return out.str();
}

std::string sentence(std::string text) {
    if (!text.empty())
        text.front() = static_cast<char>(std::toupper(static_cast<unsigned char>(text.front())));
    return text.empty() || text.back() == '.' ? text : text + ".";
}

// One tagged paragraph an exit status.
std::string exit_statuses() {
    std::ostringstream out;
    std::istringstream lines{std::string(exit_status_text)};
    for (std::string line; std::getline(lines, line);) {
        const auto space = line.find(' ');
        out << ".TP\n.B " << line.substr(0, space) << '\n'
            << roff(trim(line.substr(space + 1))) << '\n';
    }
    return out.str();
}

} // namespace

std::string exit_status_help() {
    std::string help = "Exit status:\n  ";
    for (const char c : exit_status_text)
        help += c == '\n' ? std::string("\n  ") : std::string(1, c);
    return help;
}

std::string man_page(const CLI::App& app, const CLI::App& command, std::string_view version) {
    const CLI::Formatter formatter;
    const std::string name = page_name(command);
    std::string upper = name;
    for (char& c : upper)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    std::ostringstream out;
    out << ".\\\" Written by `cpdoc man` from cpdoc's command line definitions; do not edit.\n"
        << ".TH " << roff(upper, true) << " 1 \"\" \"cpdoc " << version << "\" \"cpdoc manual\"\n"
        << ".nh\n.ad l\n" // option and file names are not hyphenated, nor spaced out
        << ".SH NAME\n"
        << roff(name, true) << " \\- " << roff(command.get_description()) << '\n'
        << ".SH SYNOPSIS\n"
        << synopsis(formatter, command) << ".SH DESCRIPTION\n"
        << roff(sentence(command.get_description())) << '\n'
        << arguments_and_options(formatter, command, true);

    const std::vector<const CLI::App*> commands = visible_commands(command);
    if (!commands.empty())
        out << ".SH COMMANDS\n";
    for (const CLI::App* sub : commands) {
        if (&command == &app) { // the program's page lists the commands' pages
            out << ".TP\n.BR " << roff(page_name(*sub), true) << " (1)\n"
                << roff(sub->get_description()) << '\n';
            continue;
        }
        out << ".SS \"" << roff(full_name(*sub), true) << "\"\n"
            << synopsis(formatter, *sub) << ".PP\n"
            << roff(sentence(sub->get_description())) << '\n'
            << arguments_and_options(formatter, *sub, false);
    }
    out << ".SH EXIT STATUS\n" << exit_statuses() << ".SH SEE ALSO\n";
    if (&command == &app) {
        std::string separator;
        for (const CLI::App* sub : commands) {
            out << separator << ".BR " << roff(page_name(*sub), true) << " (1)";
            separator = ",\n";
        }
        out << '\n';
    } else {
        out << ".BR cpdoc (1)\n";
    }
    return out.str();
}

int write_man_pages(const CLI::App& app, const std::string& directory, std::string_view version) {
    std::error_code ec;
    std::filesystem::create_directories(directory, ec);
    std::vector<const CLI::App*> pages{&app};
    for (const CLI::App* command : visible_commands(app))
        pages.push_back(command);
    for (const CLI::App* page : pages) {
        const auto path = std::filesystem::path(directory) / (page_name(*page) + ".1");
        if (const auto error = write_output_file(path, man_page(app, *page, version), {})) {
            std::cerr << "cpdoc: " << *error << '\n';
            return exit_usage;
        }
    }
    return exit_ok;
}

} // namespace cpdoc
