#include "check_file.hpp"
#include "commands.hpp"
#include "pack_setup.hpp"
#include "reports.hpp"

#include <ctime>
#include <iostream>

namespace cpdoc {

std::optional<Date> resolve_today(const std::string& given) {
    if (!given.empty())
        return parse_date(given);
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

int run_check(const CheckArgs& args) {
    PackStore store;
    if (!setup_packs(store, args.common))
        return exit_usage;
    CheckOptions options;
    options.policy_override = args.common.policy;
    options.template_mode = args.template_mode;
    const auto today = resolve_today(args.today);
    if (!today) {
        std::cerr << "cpdoc: --today " << args.today << ": not a date; write "
                  << accepted_date_forms << '\n';
        return exit_usage;
    }
    options.today = today;
    const Limits limits;

    std::vector<FileOutcome> outcomes;
    outcomes.reserve(args.files.size());
    for (const std::string& file : args.files)
        outcomes.push_back(check_file(file, store, options, limits));

    if (args.format == "json")
        std::cout << json_report(outcomes);
    else
        std::cout << text_report(outcomes, {args.explain});

    bool unreadable = false;
    bool errors = false;
    for (const FileOutcome& outcome : outcomes) {
        unreadable = unreadable || !outcome.result;
        errors = errors || (outcome.result && outcome.result->count(Severity::error) > 0);
    }
    if (unreadable)
        return exit_usage;
    return errors ? exit_findings : exit_ok;
}

} // namespace cpdoc
