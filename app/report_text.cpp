#include "grammar/printable.hpp"
#include "reports.hpp"

#include "plural.hpp"

#include <filesystem>
#include <set>
#include <sstream>

namespace cpdoc {

std::string brief_citation(const Citation& citation) {
    std::string source = citation.source;
    if (source.size() > 4 && source.ends_with(".txt"))
        source.resize(source.size() - 4);
    if (source.size() > 3 && source.ends_with(".md"))
        source.resize(source.size() - 3);
    return source + ", " + citation.section;
}

namespace {

// Relative to the working directory when the file is below it, as the user would type it.
std::string shown_path(const std::filesystem::path& file) {
    std::error_code ec;
    const auto relative = file.lexically_relative(std::filesystem::current_path(ec));
    return ec || relative.empty() || *relative.begin() == ".." ? file.string() : relative.string();
}

} // namespace

std::string text_report(const std::vector<FileOutcome>& outcomes,
                        const TextReportOptions& options) {
    std::ostringstream out;
    int errors = 0, warnings = 0, notes = 0, unreadable = 0;
    std::set<std::string> skipped;
    std::set<std::string> local_packs; // a pack read from a folder may not be the council's
    for (const FileOutcome& outcome : outcomes) {
        if (!outcome.result) {
            out << printable(outcome.path + ": error: cannot check: " + outcome.error) << '\n';
            ++unreadable;
            continue;
        }
        for (const Finding& finding : outcome.result->findings) {
            if (finding.suppressed)
                continue;
            std::string line = finding_location(outcome.path, finding) + ": " +
                               std::string(to_string(finding.severity)) + ": " + finding.message +
                               " [" + finding.rule_id + ']';
            if (finding.citation)
                line += " (" + brief_citation(*finding.citation) + ')';
            // One finding, one line: a line break in a file name or a pack's text is escaped.
            out << printable(line) << '\n';
            if (options.explain && finding.citation)
                out << "    \"" << printable(finding.citation->quote) << "\"\n";
        }
        skipped.insert(outcome.result->rules_skipped.begin(), outcome.result->rules_skipped.end());
        if (const auto& policy = outcome.result->policy; policy && !policy->local_file.empty())
            local_packs.insert("policy pack " + policy->id + ": local pack read from " +
                               shown_path(policy->local_file));
        errors += outcome.result->count(Severity::error);
        warnings += outcome.result->count(Severity::warning);
        notes += outcome.result->count(Severity::note);
    }
    const int checked = static_cast<int>(outcomes.size()) - unreadable;
    out << plural(checked, "file") << " checked";
    if (unreadable > 0)
        out << ", " << unreadable << " unreadable";
    out << ": " << plural(errors, "error") << ", " << plural(warnings, "warning") << ", "
        << plural(notes, "note") << '\n';
    for (const std::string& pack : local_packs)
        out << pack << '\n';
    if (!skipped.empty()) {
        out << "template mode: " << skipped.size() << " rules that need real values were skipped:";
        for (const std::string& id : skipped)
            out << ' ' << id;
        out << '\n';
    }
    return out.str();
}

} // namespace cpdoc
