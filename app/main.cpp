// cpdoc's command line: argument parsing only; each command lives in its own file.
#include "commands.hpp"
#include "config.hpp"
#include "man_page.hpp"
#include "printable_streams.hpp"

#include <CLI/CLI.hpp>

#include <iostream>
#include <limits>

#ifndef CPDOC_VERSION
#define CPDOC_VERSION "0.0.0"
#endif

int main(int argc, char** argv) {
    using namespace cpdoc;
    const PrintableStreams printable_streams;
    CLI::App app{"check child protection plans, minutes and chronologies against local policy",
                 "cpdoc"};
    app.set_version_flag("--version", std::string("cpdoc ") + CPDOC_VERSION);
    app.footer(exit_status_help());
    app.require_subcommand(1);

    CommonArgs common;
    auto add_common = [&](CLI::App* command) {
        command->add_option("--policy", common.policy,
                            "policy pack to check against (overrides the front matter)");
        command
            ->add_option("--policy-dir", common.policy_dirs,
                         "directory of local policy packs (ID.xml); may repeat")
            ->check(CLI::ExistingDirectory)
            ->allow_extra_args(false); // one directory a flag: the files after it are inputs
    };

    // Only the commands that read a project's configuration take --config.
    auto add_config = [&](CLI::App* command) {
        command
            ->add_option("--config", common.config,
                         "the .cpdoc.toml to use for every file, instead of the nearest one "
                         "above each (used whoever owns it)")
            ->check(CLI::ExistingFile);
    };

    auto add_limits = [](CLI::App* command, Limits& limits) {
        command->add_option("--max-file-size", limits.max_bytes, "bytes (default 8 MiB)");
        command->add_option("--max-line-length", limits.max_line_bytes, "bytes (default 1 MiB)");
        command->add_option("--max-nesting", limits.max_nesting, "list levels kept (default 32)")
            ->check(CLI::Range(1, 1000));
        command->add_option("--max-list-items", limits.max_list_items, "(default 100000)");
        command->add_option("--max-table-rows", limits.max_table_rows, "(default 100000)");
    };

    CheckArgs check;
    CLI::App* check_cmd = app.add_subcommand("check", "check documents against their policy");
    add_common(check_cmd);
    add_config(check_cmd);
    check_cmd
        ->add_option("files", check.files,
                     "documents to check; a directory: every document below it; - : standard "
                     "input")
        ->required();
    check_cmd->add_option("--stdin-filename", check.stdin_filename,
                          "the path standard input (-) is reported as, and whose .cpdoc.toml "
                          "applies");
    check_cmd->add_option("--format", check.format, "output format")
        ->check(CLI::IsMember({"text", "json", "sarif", "junit", "github"}));
    check_cmd
        ->add_option("--severity", check.severities,
                     "override a rule's severity: RULE-ID=error|warning|note|off; may repeat")
        ->allow_extra_args(false);
    check_cmd
        ->add_option("--max-warnings", check.max_warnings,
                     "fail (exit 1) when there are more warnings than this")
        ->check(CLI::Range(0, std::numeric_limits<int>::max()));
    check_cmd->add_flag("--explain", check.explain, "quote the policy text under each finding");
    check_cmd->add_option("--today", check.today,
                          "the date to count timescales to (default: today), e.g. 2026-11-25");
    add_limits(check_cmd, check.limits);
    check_cmd->add_flag("--template", check.template_mode,
                        "template mode: placeholders allowed, content rules skipped");
    check_cmd->add_flag("--annotate", check.annotate,
                        "write the document as DOCX with each finding a Word comment (-o)");
    check_cmd->add_option("-o,--output", check.output, "the annotated document (.docx)");
    check_cmd->add_flag("--force", check.force,
                        "replace a file at -o that cpdoc did not make (someone's own minutes?)");

    AuditArgs audit;
    CLI::App* audit_cmd = app.add_subcommand("audit", "audit every document under directories");
    add_common(audit_cmd);
    add_config(audit_cmd);
    audit_cmd->add_option("directories", audit.directories, "directories to search")->required();
    audit_cmd->add_option("--report", audit.report, "write an HTML report");
    audit_cmd->add_option("--csv", audit.csv, "write every finding as CSV, a row each");
    audit_cmd->add_option("--documents-csv", audit.documents_csv,
                          "write every document as CSV, a row each");
    audit_cmd->add_option("--json", audit.json, "write the audit as JSON");
    audit_cmd->add_option("--history", audit.history,
                          "SQLite database the audit is kept in; the report shows the trend and "
                          "what changed since the last audit of the same directories");
    audit_cmd
        ->add_option("--team-depth", audit.team_depth,
                     "folder levels below each directory that name a team (default 1, or the "
                     "config's [audit] team-depth; 0: no teams); with --redact, their names "
                     "are kept")
        ->check(CLI::Range(0, max_team_depth));
    audit_cmd
        ->add_option("--fail-under", audit.fail_under,
                     "exit 1 when fewer than PERCENT of the documents are without errors")
        ->check(CLI::Range(0.0, 100.0));
    audit_cmd
        ->add_option("--max-errors", audit.max_errors,
                     "exit 1 when the documents have more errors than this")
        ->check(CLI::Range(0, std::numeric_limits<int>::max()));
    audit_cmd->add_flag("--redact", audit.redact,
                        "outputs that can be shared: documents known by pseudonyms, findings "
                        "told in cpdoc's words");
    audit_cmd->footer("Exit status:\n"
                      "  0  the audit was made (whatever it found), and it meets --fail-under "
                      "and --max-errors when given\n"
                      "  1  fewer documents are without errors than --fail-under asks, or "
                      "there are more errors than --max-errors\n"
                      "  2  a document could not be read, an output could not be written, or "
                      "the command line is wrong");
    audit_cmd->add_option("--today", audit.today, "the audit date (default: today)");
    audit_cmd->add_option("-j,--jobs", audit.jobs, "threads (default: every core)");
    audit_cmd->add_flag("-q,--quiet", audit.quiet, "no progress bar");

    RenderArgs render;
    CLI::App* render_cmd = app.add_subcommand(
        "render", "render documents that pass their policy to DOCX, PDF or HTML");
    add_common(render_cmd);
    add_config(render_cmd);
    add_limits(render_cmd, render.limits);
    render_cmd->add_option("inputs", render.inputs, "a document, or directories of documents")
        ->required();
    render_cmd->add_option("--to", render.to, "docx, pdf or html")
        ->required()
        ->check(CLI::IsMember({"docx", "pdf", "html"}));
    render_cmd->add_option("-o,--output", render.output,
                           "file to write (default: the input with the new extension); for "
                           "directories, the directory to write into");
    CLI::Option* draft_flag =
        render_cmd->add_flag("--draft", render.draft,
                             "render even with errors, marked as a draft on every page, the "
                             "findings listed at the end");
    CLI::Option* accuracy_flag = render_cmd->add_flag(
        "--for-accuracy", render.for_accuracy,
        "for attendees to check: DRAFT FOR ACCURACY on every page, nothing said of the "
        "policy check (rendered even with errors)");
    CLI::Option* statement_flag = render_cmd->add_flag(
        "--statement", render.statement,
        "state the check's result at the end (\"Checked against PACK VERSION on DATE: no "
        "errors\"), with the findings");
    accuracy_flag->excludes(draft_flag);
    accuracy_flag->excludes(statement_flag);
    render_cmd->add_option("--reference-doc", render.reference_doc,
                           "the council's Word document to take DOCX styles, page setup, "
                           "headers and footers from (also [render] reference-doc)");
    render_cmd->add_option("--css", render.css,
                           "the council's style sheet for PDF and HTML, after cpdoc's "
                           "(also [render] css); it may not load files or URLs");
    render_cmd->add_option("--logo", render.logo,
                           "a PNG or JPEG logo at the top left of every PDF page (also "
                           "[render] logo)");
    render_cmd->add_flag("--force", render.force,
                         "replace an output file cpdoc did not render (someone's own minutes?)");
    render_cmd->add_flag("--pdf-a", render.pdf_a,
                         "PDF/A-3b for long-term records (default: PDF/UA-1, tagged for screen "
                         "readers)");
    render_cmd->add_option("--today", render.today,
                           "the date of the check, in the document's properties (default: today)");
    render_cmd
        ->add_option("--time-limit", render.time_limit,
                     "seconds Pandoc or WeasyPrint may take for one document (default 120)")
        ->check(CLI::Range(1, 3600));
    const RenderLimits html_limits = default_render_limits(OutputFormat::html);
    const RenderLimits pdf_limits = default_render_limits(OutputFormat::pdf);
    render_cmd->add_option("--max-render-size", render.render_limits.max_bytes,
                           "largest document rendered, in bytes (default " +
                               std::to_string(html_limits.max_bytes) + "; " +
                               std::to_string(pdf_limits.max_bytes) +
                               " for PDF); a larger one is refused before Pandoc runs");
    render_cmd->add_option("--max-render-cells", render.render_limits.max_cells,
                           "most table cells rendered (default " +
                               std::to_string(html_limits.max_cells) + "; " +
                               std::to_string(pdf_limits.max_cells) + " for PDF)");
    render_cmd->add_option("-j,--jobs", render.jobs, "documents rendered at once (default: cores)");

    std::string rule_id;
    CLI::App* explain_cmd = app.add_subcommand("explain", "explain a rule and its policy source");
    add_common(explain_cmd);
    add_config(explain_cmd);
    explain_cmd->add_option("rule", rule_id, "rule id, e.g. SMART-MEASURABLE")->required();

    std::vector<std::string> chronologies;
    std::string merged_output;
    CLI::App* chronology_cmd = app.add_subcommand("chronology", "work with chronologies");
    chronology_cmd->require_subcommand(1);
    CLI::App* merge_cmd = chronology_cmd->add_subcommand(
        "merge", "merge single-agency chronologies into one integrated chronology");
    add_common(merge_cmd);
    merge_cmd->add_option("files", chronologies, "single-agency chronologies")->required();
    merge_cmd->add_option("-o,--output", merged_output, "the integrated chronology to write")
        ->required();
    bool merge_force = false;
    merge_cmd->add_flag("--force", merge_force, "replace the file -o names if there is one");

    std::string import_input;
    std::string import_output;
    CLI::App* import_cmd = app.add_subcommand(
        "import", "write a Word document (.docx, .dotx) as a Markdown document in the dialect");
    add_common(import_cmd);
    import_cmd->add_option("file", import_input, "the Word document")->required();
    import_cmd->add_option("-o,--output", import_output, "the Markdown file to write")->required();
    bool import_force = false;
    import_cmd->add_flag("--force", import_force, "replace the file -o names if there is one");

    std::string new_kind;
    std::string new_output;
    CLI::App* new_cmd = app.add_subcommand("new", "write a template for a kind of document");
    add_common(new_cmd);
    add_config(new_cmd);
    new_cmd
        ->add_option("kind", new_kind,
                     "child-plan, core-group-minutes, multi-agency-minutes "
                     "or chronology")
        ->required()
        ->check(CLI::IsMember(
            {"child-plan", "core-group-minutes", "multi-agency-minutes", "chronology"}));
    new_cmd->add_option("-o,--output", new_output, "file to write (default: standard output)");
    std::string new_to = "md";
    new_cmd->add_option("--to", new_to, "md (the dialect) or docx (a Word template; needs -o)")
        ->check(CLI::IsMember({"md", "docx"}));
    bool new_force = false;
    new_cmd->add_flag("--force", new_force,
                      "replace the file -o names if there is one (a blank template replaces "
                      "whatever it holds)");

    bool markdown = false;
    CLI::App* rules_cmd = app.add_subcommand("rules", "list every rule cpdoc has");
    rules_cmd->add_flag("--markdown", markdown, "print the rule catalogue as Markdown");

    CLI::App* policies_cmd =
        app.add_subcommand("policies", "list, show, validate, test and diff policy packs");
    policies_cmd->require_subcommand(1);
    CLI::App* list_cmd = policies_cmd->add_subcommand("list", "list the policy packs");
    add_common(list_cmd);
    add_config(list_cmd);
    std::string pack_id;
    CLI::App* show_cmd = policies_cmd->add_subcommand("show", "show a resolved policy pack");
    add_common(show_cmd);
    add_config(show_cmd);
    show_cmd->add_option("id", pack_id, "policy pack id")->required();
    std::vector<std::string> pack_files;
    CLI::App* validate_cmd = policies_cmd->add_subcommand("validate", "validate policy pack files");
    add_common(validate_cmd);
    validate_cmd->add_option("files", pack_files, "pack files")->required();
    std::vector<std::string> source_dirs;
    validate_cmd
        ->add_option("--sources", source_dirs,
                     "directory of the guidance texts the packs quote: check every <cite> of "
                     "the pack word for word against the file its source names; may repeat")
        ->check(CLI::ExistingDirectory)
        ->allow_extra_args(false);

    PolicyTestArgs pack_test;
    CLI::App* test_cmd = policies_cmd->add_subcommand(
        "test", "check fixture documents and compare their findings with the <!-- expect: "
                "RULE-ID --> comments written in them");
    add_common(test_cmd);
    add_config(test_cmd);
    test_cmd->add_option("paths", pack_test.paths, "fixture documents, or directories of them")
        ->required();
    test_cmd->add_option("--today", pack_test.today,
                         "the date to count timescales to (default: today), e.g. 2026-11-25");

    PolicyDiffArgs pack_diff;
    CLI::App* diff_cmd = policies_cmd->add_subcommand(
        "diff", "what a change to a pack changes: rules, severities, parameters, sections, "
                "fields, vocabularies, markings and calendars (exit 0 whatever changed)");
    add_common(diff_cmd);
    add_config(diff_cmd);
    diff_cmd->add_option("old", pack_diff.old_file, "the pack before the change")
        ->required()
        ->check(CLI::ExistingFile);
    diff_cmd->add_option("new", pack_diff.new_file, "the pack after it")
        ->required()
        ->check(CLI::ExistingFile);
    diff_cmd->add_option("--format", pack_diff.format, "output format")
        ->check(CLI::IsMember({"text", "json"}));
    diff_cmd
        ->add_option("--corpus", pack_diff.corpus,
                     "directory of documents: also say which documents' findings change")
        ->check(CLI::ExistingDirectory);
    diff_cmd->add_option("--today", pack_diff.today,
                         "the date to count timescales to (default: today)");

    Limits lsp_limits;
    CLI::App* lsp_cmd = app.add_subcommand(
        "lsp", "run the language server on standard input and output, for an editor: findings "
               "as you type, explanations on hover, completion and quick fixes");
    add_common(lsp_cmd);
    add_config(lsp_cmd);
    add_limits(lsp_cmd, lsp_limits);
    bool lsp_stdio = true;
    lsp_cmd->add_flag("--stdio", lsp_stdio,
                      "talk over standard input and output (the only way; accepted because "
                      "editors pass it)");

    // Hidden: the build writes the manual pages with it (app/CMakeLists.txt).
    std::string man_directory;
    CLI::App* man_cmd = app.add_subcommand("man", "write the manual pages")->group("");
    man_cmd->add_option("directory", man_directory, "where to write them")->required();

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        const int status = app.exit(error);
        return status == 0 ? exit_ok : exit_usage;
    }

    check.common = common;
    audit.common = common;
    render.common = common;
    if (*render_cmd)
        return run_render(render);
    if (*audit_cmd)
        return run_audit_command(audit);
    if (*check_cmd)
        return run_check(check);
    if (*new_cmd)
        return run_new(common, new_kind, new_output, new_force, new_to);
    if (*import_cmd)
        return run_import(common, import_input, import_output, import_force);
    if (*merge_cmd)
        return run_chronology_merge(common, chronologies, merged_output, merge_force);
    if (*rules_cmd)
        return run_rules(markdown);
    if (*explain_cmd)
        return run_explain(common, rule_id);
    if (*list_cmd)
        return run_policies_list(common);
    if (*show_cmd)
        return run_policies_show(common, pack_id);
    if (*validate_cmd)
        return run_policies_validate(common, pack_files, source_dirs);
    pack_test.common = common;
    pack_diff.common = common;
    if (*test_cmd)
        return run_policies_test(pack_test);
    if (*diff_cmd)
        return run_policies_diff(pack_diff);
    if (*lsp_cmd)
        return run_lsp(common, lsp_limits);
    if (*man_cmd)
        return write_man_pages(app, man_directory, CPDOC_VERSION);
    return exit_usage;
}
