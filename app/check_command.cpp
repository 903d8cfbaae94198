#include "check_annotate.hpp"
#include "check_inputs.hpp"
#include "commands.hpp"
#include "config_cache.hpp"
#include "pack_setup.hpp"
#include "plural.hpp"
#include "render/output_file.hpp"
#include "render/own_output.hpp"
#include "reports.hpp"

#include <ctime>
#include <iostream>

namespace cpdoc {

std::optional<Date> resolve_today(const std::string& given) {
    if (!given.empty()) {
        const auto date = parse_date(given);
        if (!date)
            std::cerr << "cpdoc: --today: " << why_not_a_date(given) << '\n';
        return date;
    }
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

int run_check(const CheckArgs& args) {
    PackStore store;
    const auto today = setup_checking(store, args.common, args.today);
    if (!today)
        return exit_usage;
    CheckOptions options;
    options.policy_override = args.common.policy;
    options.template_mode = args.template_mode;
    options.today = today;
    for (const std::string& override : args.severities) {
        const auto eq = override.find('=');
        const auto severity =
            eq == std::string::npos ? std::nullopt : parse_severity(override.substr(eq + 1));
        if (!severity) {
            std::cerr << "cpdoc: --severity " << override
                      << ": write RULE-ID=error, warning, note or off\n";
            return exit_usage;
        }
        const std::string rule = canonical_rule_id(override.substr(0, eq));
        if (const auto error = severity_setting_error(rule, *severity)) {
            std::cerr << "cpdoc: --severity " << override << ": " << *error << '\n';
            return exit_usage;
        }
        options.severity_overrides[rule] = *severity;
    }
    const Limits& limits = args.limits;

    std::string input_error;
    const std::vector<CheckInput> inputs =
        check_inputs(args.files, args.stdin_filename, input_error);
    if (!input_error.empty()) {
        std::cerr << "cpdoc: " << input_error << '\n';
        return exit_usage;
    }

    // Configs first: their policy directories may hold the --policy pack.
    ConfigCache configs(args.common.config);
    for (const CheckInput& input : inputs) {
        const ConfigLoad& config = configs.for_document(input.path, store);
        if (!config.error.empty()) {
            std::cerr << "cpdoc: " << config.error << '\n';
            return exit_usage;
        }
    }
    if (!policy_usable(store, args.common.policy))
        return exit_usage;
    // --annotate writes one file; it must not replace anything the run reads.
    auto files_read = [&] {
        std::vector<std::string> files = configs.files_read(store);
        for (const CheckInput& input : inputs)
            files.push_back(input.path);
        return files;
    };
    if (args.annotate || !args.output.empty()) {
        const bool one_file = inputs.size() == 1 && inputs[0].from == CheckInput::From::named;
        const std::optional<std::string> error =
            !args.annotate        ? "-o is for --annotate"
            : args.output.empty() ? "--annotate needs -o FILE.docx"
            : !one_file           ? "--annotate takes one named file"
                                  : check_outputs({args.output}, files_read());
        if (error) {
            std::cerr << "cpdoc: " << *error << '\n';
            return exit_usage;
        }
    }

    std::vector<FileOutcome> outcomes;
    outcomes.reserve(inputs.size());
    int skipped = 0;
    int not_documents = 0;
    int max_warnings = args.max_warnings;
    for (const CheckInput& input : inputs) {
        const ConfigLoad& config = configs.for_document(input.path, store);
        if (config.config && config.config->skips(input.path)) {
            ++skipped;
            continue;
        }
        std::optional<FileOutcome> outcome =
            check_one(input, store, with_config(options, config.config), limits, args.annotate);
        if (!outcome) {
            ++not_documents;
            continue;
        }
        if (config.config && max_warnings < 0 && config.config->max_warnings)
            max_warnings = *config.config->max_warnings;
        outcomes.push_back(std::move(*outcome));
    }
    if (skipped > 0)
        std::cerr << "cpdoc: " << plural(skipped, "file") << " skipped by " << config_file_name
                  << '\n';
    if (not_documents > 0)
        std::cerr << "cpdoc: " << plural(not_documents, "file")
                  << " below the directories skipped: not documents (no `document:` in front "
                     "matter)\n";

    if (args.format == "json")
        std::cout << json_report(outcomes);
    else if (args.format == "sarif")
        std::cout << sarif_report(
            outcomes,
            [&](const std::string& id, const std::string& policy) {
                return describe_rule(id, policy, store);
            },
            CPDOC_VERSION);
    else if (args.format == "junit")
        std::cout << junit_report(outcomes);
    else if (args.format == "github")
        std::cout << github_report(outcomes);
    else
        std::cout << text_report(outcomes, {args.explain});

    if (args.annotate && !outcomes.empty() && outcomes[0].result) {
        if (auto kept = args.force ? std::nullopt : why_not_replaced(args.output)) {
            std::cerr << "cpdoc: " << *kept << '\n';
            return exit_usage;
        }
        if (const auto error =
                write_annotated(outcomes[0], store, limits, *today, args.output, files_read())) {
            std::cerr << "cpdoc: " << *error << '\n';
            return exit_usage;
        }
    }

    bool unreadable = false;
    int errors = 0;
    int warnings = 0;
    for (const FileOutcome& outcome : outcomes) {
        unreadable = unreadable || !outcome.result;
        if (outcome.result) {
            errors += outcome.result->count(Severity::error);
            warnings += outcome.result->count(Severity::warning);
        }
    }
    if (unreadable)
        return exit_usage;
    if (max_warnings >= 0 && warnings > max_warnings) {
        std::cerr << "cpdoc: " << plural(warnings, "warning") << ", more than the maximum of "
                  << max_warnings << '\n';
        return exit_findings;
    }
    return errors > 0 ? exit_findings : exit_ok;
}

} // namespace cpdoc
