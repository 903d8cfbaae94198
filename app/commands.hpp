// The subcommands, each a function from parsed arguments to an exit status.
#pragma once

#include "grammar/date.hpp"
#include "grammar/source_text.hpp"
#include "render/render_limits.hpp"

#include <optional>
#include <string>
#include <vector>

namespace cpdoc {

// Exit statuses shared by every command.
enum ExitStatus : int { exit_ok = 0, exit_findings = 1, exit_usage = 2 };

struct CommonArgs {
    std::string policy;                   // --policy
    std::vector<std::string> policy_dirs; // --policy-dir
    std::string config;                   // --config: instead of finding .cpdoc.toml
};

struct CheckArgs {
    CommonArgs common;
    Limits limits;
    std::vector<std::string> files; // files, directories, and - for standard input
    std::string stdin_filename;     // --stdin-filename: standard input's name and place
    std::string format = "text";
    bool explain = false;
    bool template_mode = false;
    std::string today;                   // --today; empty: the system date
    std::vector<std::string> severities; // --severity RULE=level
    int max_warnings = -1;               // --max-warnings; -1: no limit
    bool annotate = false;               // --annotate: write the document with comments
    bool force = false;                  // --annotate over a file cpdoc did not make
    std::string output;                  // -o: where --annotate writes
};

int run_check(const CheckArgs& args);

struct AuditArgs {
    CommonArgs common;
    std::vector<std::string> directories;
    std::string report; // --report: HTML
    std::string csv;
    std::string json;
    std::string history;       // --history: SQLite database
    std::string documents_csv; // --documents-csv: a row per document
    std::string today;
    int team_depth = -1;    // --team-depth; -1: the config's [audit] team-depth, else 1
    double fail_under = -1; // --fail-under PERCENT; -1: no threshold
    int max_errors = -1;    // --max-errors; -1: no limit
    bool redact = false;
    bool quiet = false;
    unsigned jobs = 0;
};
int run_audit_command(const AuditArgs& args);

struct RenderArgs {
    CommonArgs common;
    Limits limits;
    std::vector<std::string> inputs; // one file, or directories and files with -o OUTDIR
    std::string to = "docx";
    std::string output; // -o: the file, or the directory for many
    bool force = false; // replace an output file cpdoc did not make
    bool draft = false;
    bool for_accuracy = false;
    bool statement = false;
    bool pdf_a = false;
    std::string reference_doc, css, logo; // the house style, over [render] in the config
    std::string today;
    int time_limit = 120; // seconds, for each program run
    RenderLimits render_limits;
    unsigned jobs = 0;
};
int run_render(const RenderArgs& args);

// --today: the date given, or the system's local date when none was; nullopt (and the
// reason printed) when the given text is not a date.
std::optional<Date> resolve_today(const std::string& given);
int run_rules(bool markdown);
// `new KIND [--to md|docx] [-o FILE]`: a template in the dialect, or as a Word document.
int run_new(const CommonArgs& common, const std::string& kind, const std::string& output,
            bool force, const std::string& to = "md");
// `import FILE.docx -o FILE.md [--force]`: a Word document written in the dialect.
int run_import(const CommonArgs& common, const std::string& input, const std::string& output,
               bool force);
int run_chronology_merge(const CommonArgs& common, const std::vector<std::string>& files,
                         const std::string& output, bool force);
int run_explain(const CommonArgs& common, const std::string& rule_id);
int run_policies_list(const CommonArgs& common);
int run_policies_show(const CommonArgs& common, const std::string& id);
// validate: exit 1 when a pack has an error (schema, strict checks, or with --sources a
// quotation not found word for word); warnings do not fail it.
int run_policies_validate(const CommonArgs& common, const std::vector<std::string>& files,
                          const std::vector<std::string>& source_dirs);

struct PolicyTestArgs {
    CommonArgs common;
    std::vector<std::string> paths; // fixture documents, or directories of them (*.md below)
    std::string today;              // --today; empty: the system date
};
// test: exit 0 when every fixture raises exactly the findings it expects, 1 otherwise, 2 when
// a fixture cannot be read or the command line is wrong.
int run_policies_test(const PolicyTestArgs& args);

struct PolicyDiffArgs {
    CommonArgs common;
    std::string old_file;
    std::string new_file;
    std::string format = "text"; // or json
    std::string corpus;          // --corpus DIR: which documents' findings change
    std::string today;
};
// diff: exit 0 whatever changed; 2 when a pack cannot be read or the command line is wrong.
int run_policies_diff(const PolicyDiffArgs& args);

// `lsp`: the language server on standard input and output; 0 after shutdown and exit, 1 when
// the editor went away without them.
int run_lsp(const CommonArgs& common, const Limits& limits);

} // namespace cpdoc
