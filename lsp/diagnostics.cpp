#include "lsp/diagnostics.hpp"

#include "lsp/utf16.hpp"

namespace cpdoc::lsp {
namespace {

// DiagnosticSeverity: Error 1, Warning 2, Information 3.
int diagnostic_severity(Severity severity) {
    switch (severity) {
    case Severity::error:
        return 1;
    case Severity::warning:
        return 2;
    default:
        return 3;
    }
}

std::string_view without_trailing_space(std::string_view line) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t'))
        line.remove_suffix(1);
    return line;
}

} // namespace

nlohmann::json to_json(TextPosition position) {
    return {{"line", position.line}, {"character", position.utf16}};
}

nlohmann::json to_json(const TextRange& range) {
    return {{"start", to_json(range.start)}, {"end", to_json(range.end)}};
}

TextRange finding_range(const Analysis& analysis, Position position) {
    const int line = std::max(0, position.line - 1);
    if (static_cast<std::size_t>(line) >= analysis.lines.size())
        return {{line, 0}, {line, 0}};
    const std::string_view text = analysis.lines[static_cast<std::size_t>(line)];
    const std::string_view shown = without_trailing_space(text);
    const std::size_t start = position.line < 1 ? 0 : byte_at_column(text, position.column);
    const std::size_t end = std::max(start, shown.size());
    return {{line, utf16_at_byte(text, start)}, {line, utf16_at_byte(text, end)}};
}

nlohmann::json diagnostics(const std::string& uri, const Analysis& analysis, Workspace& workspace) {
    nlohmann::json list = nlohmann::json::array();
    const FileOutcome& outcome = analysis.outcome;
    const std::string& unread = analysis.setup_error.empty() ? outcome.error : analysis.setup_error;
    if (!unread.empty())
        list.push_back({{"range", to_json(finding_range(analysis, {1, 1}))},
                        {"severity", 1},
                        {"source", "cpdoc"},
                        {"message", unread}});
    if (outcome.result)
        for (const Finding& finding : outcome.result->findings) {
            if (finding.suppressed)
                continue;
            const RuleHelp help = workspace.help(finding.rule_id, outcome.result->policy_id);
            nlohmann::json diagnostic = {{"range", to_json(finding_range(analysis, finding.pos))},
                                         {"severity", diagnostic_severity(finding.severity)},
                                         {"code", finding.rule_id},
                                         {"source", "cpdoc"},
                                         {"message", finding.message}};
            if (!help.uri.empty())
                diagnostic["codeDescription"] = {{"href", help.uri}};
            list.push_back(std::move(diagnostic));
        }
    return {{"uri", uri}, {"version", analysis.version}, {"diagnostics", std::move(list)}};
}

} // namespace cpdoc::lsp
