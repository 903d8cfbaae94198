#include "audit/audit_redact.hpp"
#include "audit_reports.hpp"
#include "commands.hpp"
#include "config_cache.hpp"
#include "pack_setup.hpp"
#include "render/output_file.hpp"

#include <unistd.h>

#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>

namespace cpdoc {
namespace {

void show_progress(std::size_t done, std::size_t total) {
    const int width = 30;
    const int filled = total == 0 ? width : static_cast<int>(width * done / total);
    std::fprintf(stderr, "\r[%s%s] %zu/%zu files", std::string(filled, '#').c_str(),
                 std::string(width - filled, ' ').c_str(), done, total);
    if (done == total)
        std::fprintf(stderr, "\n");
    std::fflush(stderr);
}

// A folder as a redacted history names it: by its device and inode, which tell two folders
// apart from one audit to the next without a byte of the names (case folders are often
// named after the family).
std::string folder_identity(const std::string& directory) {
    struct stat info {};
    if (stat(directory.c_str(), &info) != 0)
        return "folder ?";
    return "folder " + std::to_string(info.st_dev) + ":" + std::to_string(info.st_ino);
}

// What the history keys an audit by: the directories audited (as named, or by their identity
// when redacted) and the options that change what is found, so that an audit of one team is
// not a point on the line of the whole service. Redacted, no path is named.
std::string history_scope(const AuditArgs& args, const AuditResult& audit) {
    std::string scope;
    if (args.redact)
        for (const std::string& directory : args.directories)
            scope += (scope.empty() ? "" : " ") + folder_identity(directory);
    else // by real path: from any folder, however named, one scope; never a redacted one's
        for (const std::string& directory : audit.scope) {
            std::error_code ec;
            scope += (scope.empty() ? "" : " ") +
                     std::filesystem::weakly_canonical(std::filesystem::absolute(directory, ec), ec)
                         .string();
        }
    if (!args.common.policy.empty())
        scope += " --policy " + args.common.policy;
    if (!args.common.config.empty())
        scope += args.redact ? " --config" : " --config " + args.common.config;
    for (const std::string& directory : args.common.policy_dirs)
        scope += args.redact ? " --policy-dir" : " --policy-dir " + directory;
    if (args.redact)
        scope += " --redact";
    return scope;
}

// The team depth: --team-depth, else the `[audit]` setting of the config that governs the
// (first) audited directory, else 1. Declared when either set it.
std::pair<int, bool> team_depth(const AuditArgs& args, ConfigCache& configs, PackStore& store) {
    if (args.team_depth >= 0)
        return {args.team_depth, true};
    const ConfigLoad& load = configs.for_document(
        std::filesystem::path(args.directories.front()) / config_file_name, store);
    if (load.config && load.config->audit_team_depth)
        return {*load.config->audit_team_depth, true};
    return {1, false};
}

// Exit 1 when a threshold the auditor set is not met, saying which.
int gate(const AuditArgs& args, const AuditStats& stats) {
    int status = exit_ok;
    const double percent = stats.compliance() * 100.0;
    if (args.fail_under >= 0 && percent < args.fail_under) {
        std::fprintf(stderr,
                     "cpdoc: %.1f%% of documents are without errors, under --fail-under %g\n",
                     percent, args.fail_under);
        status = exit_findings;
    }
    if (args.max_errors >= 0 && stats.errors > args.max_errors) {
        std::cerr << "cpdoc: " << stats.errors << " errors, more than --max-errors "
                  << args.max_errors << '\n';
        status = exit_findings;
    }
    return status;
}

} // namespace

int run_audit_command(const AuditArgs& args) {
    PackStore store;
    if (!setup_packs(store, args.common))
        return exit_usage;
    const auto today = resolve_today(args.today);
    if (!today)
        return exit_usage;
    AuditOptions options;
    options.check.policy_override = args.common.policy;
    options.check.today = today;
    options.jobs = args.jobs;
    if (isatty(STDERR_FILENO) && !args.quiet)
        options.progress = show_progress;
    // Each file under the `.cpdoc.toml` that governs it, as `check` reads it: the same file
    // passes or fails the same way in both.
    ConfigCache configs(args.common.config);
    if (args.redact)
        configs.redact_paths();
    const auto [depth, teams_declared] = team_depth(args, configs, store);
    options.team_depth = depth;
    std::map<std::filesystem::path, CheckOptions> options_by_config;
    std::string config_error;
    const ConfigLoad* last_load = nullptr; // a folder's files come one after another
    const CheckOptions* last_options = nullptr;
    options.configure = [&](const std::string& file) -> const CheckOptions* {
        const ConfigLoad& load = configs.for_file(file, store);
        if (!load.error.empty()) {
            config_error = load.error;
            return nullptr;
        }
        if (load.config && load.config->skips(file))
            return nullptr;
        if (&load != last_load) {
            const std::filesystem::path key = load.config ? load.config->file : "";
            auto it = options_by_config.find(key);
            if (it == options_by_config.end())
                it = options_by_config.emplace(key, with_config(options.check, load.config)).first;
            last_load = &load;
            last_options = &it->second;
        }
        return last_options;
    };

    AuditResult audit = run_audit(args.directories, store, options);
    if (!config_error.empty()) {
        std::cerr << "cpdoc: "
                  << (args.redact ? "a .cpdoc.toml governing the audited files cannot be read "
                                    "(where and why are not shown: --redact); `cpdoc check` a "
                                    "document below it says"
                                  : config_error)
                  << '\n';
        return exit_usage;
    }
    std::vector<std::string> inputs = args.directories;
    for (const std::string& read : configs.files_read(store))
        inputs.push_back(read);
    for (const AuditDocument& document : audit.documents)
        inputs.push_back(document.path);
    if (args.redact)
        redact(audit, store, teams_declared);
    const AuditStats stats = audit_stats(audit);
    AuditContext context{.audit = audit,
                         .stats = stats,
                         .date = today->iso(),
                         .history = {},
                         .changes = std::nullopt,
                         .team_depth = depth,
                         .teams_declared = teams_declared,
                         .redacted = args.redact,
                         .priority = {}};
    rank_documents(context);
    // Every output is checked before any is written: none replaces an audited document (a
    // report path mistyped as a case file must not replace the child's plan) or another.
    std::vector<std::filesystem::path> output_paths;
    for (const std::string* path :
         {&args.report, &args.json, &args.csv, &args.documents_csv, &args.history})
        if (!path->empty())
            output_paths.emplace_back(*path);
    // With no outputs there is nothing to check, and no reason to stat every input.
    if (auto error = output_paths.empty() ? std::nullopt : check_outputs(output_paths, inputs)) {
        std::cerr << "cpdoc: " << *error << '\n';
        return exit_usage;
    }
    std::unique_ptr<HistoryEntry> history;
    if (!args.history.empty()) {
        std::string error;
        history = HistoryEntry::open(args.history, context.date, history_scope(args, audit), audit,
                                     stats, error);
        if (!history) {
            std::cerr << "cpdoc: --history " << error << '\n';
            return exit_usage;
        }
        context.history = history->points();
        if (history->previous())
            context.changes = compare_with(*history->previous(), audit);
    }
    const std::pair<const std::string*, std::string (*)(const AuditContext&)> outputs[] = {
        {&args.report, audit_html},
        {&args.json, audit_json},
        {&args.csv, audit_csv},
        {&args.documents_csv, audit_documents_csv}};
    // Every report written in full first; then all put in place and the audit recorded
    // together, with the signals that would end cpdoc held back, so a report never shows a
    // trend point the history lacks, nor one report stand without the others.
    std::vector<std::unique_ptr<StagedOutput>> staged;
    for (const auto& [path, writer] : outputs)
        if (!path->empty())
            if (auto error =
                    stage_output_file(*path, writer(context), inputs, staged.emplace_back())) {
                std::cerr << "cpdoc: " << *error << '\n';
                return exit_usage;
            }
    {
        const EndingSignalsHeld held;
        // A pipe with no reader fails when written: pipes and devices first, so that a failure
        // leaves no report renamed into place without the others.
        std::stable_partition(
            staged.begin(), staged.end(),
            [](const std::unique_ptr<StagedOutput>& output) { return output->into_device(); });
        for (const std::unique_ptr<StagedOutput>& output : staged)
            if (auto error = output->publish()) {
                std::cerr << "cpdoc: " << *error << '\n';
                return exit_usage;
            }
        // Last, so that an audit whose reports failed adds no point to the trend.
        if (history)
            if (auto error = history->commit()) {
                std::cerr << "cpdoc: --history " << *error << '\n';
                return exit_usage;
            }
    }
    std::cout << audit_summary(context);
    if (stats.unreadable > 0)
        return exit_usage;
    return gate(args, stats);
}

} // namespace cpdoc
