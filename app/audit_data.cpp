// The audit as data: CSV (a row per finding, and a row for each document without one), JSON,
// and the summary printed at the end of an audit.
#include "audit_reports.hpp"
#include "grammar/printable.hpp"
#include "plural.hpp"
#include "render/json_writer.hpp"
#include "reports.hpp"

#include <cstdio>
#include <sstream>

namespace cpdoc {
namespace {

std::string csv_field(std::string_view raw) {
    const std::string text = printable(raw, LineBreaks::keep);
    const bool quote = text.find_first_of(",\"\n\r") != std::string::npos ||
                       (!text.empty() && (text.front() == '=' || text.front() == '+' ||
                                          text.front() == '-' || text.front() == '@'));
    if (!quote)
        return text;
    std::string out = "\"";
    // A leading formula character is defused for spreadsheets.
    if (!text.empty() &&
        (text.front() == '=' || text.front() == '+' || text.front() == '-' || text.front() == '@'))
        out += '\'';
    for (const char c : text)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

} // namespace

std::string audit_csv(const AuditResult& audit) {
    std::ostringstream csv;
    csv << "path,kind,policy,rule,severity,line,column,message,suppressed,suppression_reason\r\n";
    for (const AuditDocument& document : audit.documents) {
        const std::string head = csv_field(document.path) + "," + csv_field(document.kind) + "," +
                                 csv_field(document.policy) + ",";
        if (!document.error.empty()) {
            csv << head << "UNREADABLE,error,,," << csv_field(document.error) << ",no,\r\n";
            continue;
        }
        if (document.findings.empty())
            csv << head << ",,,,,no,\r\n";
        for (const Finding& finding : document.findings)
            csv << head << csv_field(finding.rule_id) << "," << to_string(finding.severity) << ","
                << finding.pos.line << "," << finding.pos.column << ","
                << csv_field(finding.message) << "," << (finding.suppressed ? "yes" : "no") << ","
                << (finding.suppressed ? csv_field(finding.suppression_reason) : std::string())
                << "\r\n";
    }
    return csv.str();
}

std::string audit_json(const AuditContext& context) {
    const AuditStats& stats = context.stats;
    JsonWriter json;
    json.begin_object()
        .key("audit")
        .begin_object()
        .key("date")
        .value(context.date)
        .key("redacted")
        .value(context.redacted)
        .key("documents")
        .value(stats.documents)
        .key("compliant")
        .value(stats.compliant)
        .key("unreadable")
        .value(stats.unreadable)
        .key("skipped")
        .value(context.audit.skipped)
        .key("errors")
        .value(stats.errors)
        .key("warnings")
        .value(stats.warnings)
        .key("scope")
        .begin_array();
    for (const std::string& directory : context.audit.scope)
        json.value(directory);
    json.end_array().end_object();
    json.key("rules").begin_array();
    for (const RuleStats& rule : stats.rules) {
        json.begin_object()
            .key("rule")
            .value(rule.id)
            .key("checked")
            .value(rule.checked)
            .key("failing")
            .value(rule.failing)
            .key("findings")
            .value(rule.findings);
        if (rule.citation)
            json.key("citation")
                .begin_object()
                .key("source")
                .value(rule.citation->source)
                .key("section")
                .value(rule.citation->section)
                .key("quote")
                .value(rule.citation->quote)
                .end_object();
        json.end_object();
    }
    json.end_array().key("history").begin_array();
    for (const HistoryPoint& point : context.history)
        json.begin_object()
            .key("date")
            .value(point.date)
            .key("documents")
            .value(point.documents)
            .key("compliant")
            .value(point.compliant)
            .end_object();
    json.end_array().key("documents").begin_array();
    for (const AuditDocument& document : context.audit.documents) {
        json.begin_object()
            .key("path")
            .value(document.path)
            .key("kind")
            .value(document.kind)
            .key("policy")
            .value(document.policy)
            .key("child")
            .value(document.child);
        if (!document.error.empty()) {
            json.key("error").value(document.error).end_object();
            continue;
        }
        json.key("errors")
            .value(document.errors)
            .key("warnings")
            .value(document.warnings)
            .key("notes")
            .value(document.notes)
            .key("findings")
            .begin_array();
        for (const Finding& finding : document.findings) {
            json.begin_object();
            write_finding_location(json, finding);
            json.key("suppressed").value(finding.suppressed);
            if (finding.suppressed)
                json.key("suppression_reason").value(finding.suppression_reason);
            json.end_object();
        }
        json.end_array().end_object();
    }
    json.end_array().end_object();
    return json.str() + "\n";
}

std::string audit_summary(const AuditContext& context) {
    const AuditStats& stats = context.stats;
    std::ostringstream out;
    char rate[32];
    std::snprintf(rate, sizeof rate, "%.1f%%", stats.compliance() * 100.0);
    out << plural(stats.documents, "document") << " checked ("
        << plural(context.audit.skipped, "other file") << " skipped";
    if (stats.unreadable > 0)
        out << ", " << stats.unreadable << " unreadable";
    out << "): " << rate << " without errors; " << plural(stats.errors, "error") << ", "
        << plural(stats.warnings, "warning") << ".\n";
    std::vector<RuleStats> rules = stats.rules;
    std::stable_sort(rules.begin(), rules.end(),
                     [](const RuleStats& a, const RuleStats& b) { return a.failing > b.failing; });
    for (std::size_t i = 0; i < rules.size() && i < 5 && rules[i].failing > 0; ++i)
        out << "  " << rules[i].id << ": " << rules[i].failing << " of "
            << plural(rules[i].checked, "document") << '\n';
    char speed[96];
    const double seconds = context.audit.seconds > 0 ? context.audit.seconds : 1e-9;
    std::snprintf(speed, sizeof speed, "%.2f s, %.0f documents/s, %.1f MB/s\n",
                  context.audit.seconds, stats.documents / seconds,
                  double(context.audit.bytes) / 1e6 / seconds);
    out << speed;
    return out.str();
}

} // namespace cpdoc
