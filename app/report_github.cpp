// GitHub Actions workflow commands: one annotation per finding.
#include "grammar/printable.hpp"
#include "reports.hpp"

namespace cpdoc {
namespace {

std::string escape_data(std::string_view text) {
    std::string out;
    for (const char c : printable(text, LineBreaks::keep)) {
        if (c == '%')
            out += "%25";
        else if (c == '\r')
            out += "%0D";
        else if (c == '\n')
            out += "%0A";
        else
            out += c;
    }
    return out;
}

std::string escape_property(std::string_view text) {
    std::string out;
    for (const char c : escape_data(text)) {
        if (c == ':')
            out += "%3A";
        else if (c == ',')
            out += "%2C";
        else
            out += c;
    }
    return out;
}

} // namespace

std::string github_report(const std::vector<FileOutcome>& outcomes) {
    std::string out;
    for (const FileOutcome& outcome : outcomes) {
        if (!outcome.result) {
            out += "::error file=" + escape_property(outcome.path) +
                   ",title=cpdoc::" + escape_data("cannot check: " + outcome.error) + "\n";
            continue;
        }
        for (const Finding& finding : outcome.result->findings) {
            if (finding.suppressed)
                continue;
            const std::string_view command = finding.severity == Severity::error     ? "error"
                                             : finding.severity == Severity::warning ? "warning"
                                                                                     : "notice";
            std::string message = finding.place ? place_text(finding) + ": " + finding.message
                                                : finding.message;
            if (finding.citation)
                message += " (" + brief_citation(*finding.citation) + ")";
            // A Word document has no lines to annotate: the place is in the message instead.
            const std::string lines = finding.place ? std::string()
                                                    : ",line=" + std::to_string(finding.pos.line) +
                                                          ",col=" + std::to_string(finding.pos.column);
            out += "::" + std::string(command) + " file=" + escape_property(outcome.path) + lines +
                   ",title=" + escape_property(finding.rule_id) + "::" + escape_data(message) +
                   "\n";
        }
    }
    return out;
}

} // namespace cpdoc
