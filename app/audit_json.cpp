// The audit as JSON: totals, teams (weakest first, with each rule), the documents to look at
// first, what changed since the last audit, and every document with its findings.
#include "audit_reports.hpp"
#include "render/json_writer.hpp"
#include "reports.hpp"

namespace cpdoc {
namespace {

constexpr std::size_t first_listed = 20;

void write_rule(JsonWriter& json, const RuleStats& rule, bool with_citation) {
    json.begin_object()
        .key("rule")
        .value(rule.id)
        .key("checked")
        .value(rule.checked)
        .key("failing")
        .value(rule.failing)
        .key("findings")
        .value(rule.findings)
        .key("weight")
        .value(rule.weight);
    if (with_citation && rule.citation)
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

void write_counts(JsonWriter& json, const ChangeCounts& counts) {
    json.key("new")
        .value(counts.added)
        .key("fixed")
        .value(counts.fixed)
        .key("unchanged")
        .value(counts.unchanged);
}

void write_past(JsonWriter& json, const PastFinding& finding) {
    json.begin_object()
        .key("rule")
        .value(finding.rule)
        .key("section")
        .value(finding.section)
        .key("message")
        .value(finding.message)
        .end_object();
}

void write_teams(JsonWriter& json, const AuditStats& stats) {
    json.key("teams").begin_array();
    for (const TeamStats& team : stats.teams) {
        json.begin_object()
            .key("team")
            .value(team.name)
            .key("documents")
            .value(team.documents)
            .key("compliant")
            .value(team.compliant)
            .key("errors")
            .value(team.errors)
            .key("warnings")
            .value(team.warnings)
            .key("risk")
            .value(team.risk)
            .key("rules")
            .begin_array();
        for (const RuleStats& rule : team.rules)
            write_rule(json, rule, false);
        json.end_array().end_object();
    }
    json.end_array();
}

void write_changes(JsonWriter& json, const AuditContext& context) {
    json.key("changes");
    if (!context.changes) {
        json.null();
        return;
    }
    const AuditChanges& changes = *context.changes;
    json.begin_object().key("since").value(changes.since);
    write_counts(json, changes.total);
    json.key("documents_added")
        .value(changes.documents_added)
        .key("documents_removed")
        .value(changes.documents_removed)
        .key("teams")
        .begin_array();
    for (const auto& [team, counts] : changes.teams) {
        json.begin_object().key("team").value(team);
        write_counts(json, counts);
        json.end_object();
    }
    json.end_array().end_object();
}

void write_document(JsonWriter& json, const AuditContext& context, std::size_t d) {
    const AuditDocument& document = context.audit.documents[d];
    json.begin_object()
        .key("path")
        .value(document.path)
        .key("team")
        .value(document.team)
        .key("kind")
        .value(document.kind)
        .key("policy")
        .value(document.policy)
        .key("child")
        .value(document.child)
        .key("date")
        .value(date_text(document.date))
        .key("superseded")
        .value(document.superseded)
        .key("judged_as_of")
        .value(date_text(document.judged_as_of));
    if (!document.error.empty()) {
        json.key("error").value(document.error).end_object();
        return;
    }
    json.key("errors")
        .value(document.errors)
        .key("warnings")
        .value(document.warnings)
        .key("notes")
        .value(document.notes)
        .key("risk")
        .value(document.risk)
        .key("priority")
        .value(context.priority[d]);
    if (context.changes) {
        const DocumentChanges& changes = context.changes->documents[d];
        json.key("changes").begin_object().key("new_document").value(changes.new_document);
        write_counts(json, changes);
        json.key("fixed_findings").begin_array();
        for (const PastFinding& fixed : changes.fixed_findings)
            write_past(json, fixed);
        json.end_array().end_object();
    }
    json.key("findings").begin_array();
    for (std::size_t f = 0; f < document.findings.size(); ++f) {
        const AuditFinding& finding = document.findings[f];
        json.begin_object();
        write_finding_location(json, finding);
        json.key("section").value(finding.section).key("weight").value(finding.weight);
        json.key("suppressed").value(finding.suppressed);
        if (finding.suppressed)
            json.key("suppression_reason").value(finding.suppression_reason);
        if (const std::string_view change = change_name(change_of(context, d, f)); !change.empty())
            json.key("change").value(change);
        json.end_object();
    }
    json.end_array().end_object();
}

} // namespace

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
        .key("team_depth")
        .value(context.team_depth)
        .key("teams_declared")
        .value(context.teams_declared)
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
        .key("judged_as_of_their_time")
        .value(context.audit.judged_earlier)
        .key("scope")
        .begin_array();
    for (const std::string& directory : context.audit.scope)
        json.value(directory);
    json.end_array().end_object();
    json.key("rules").begin_array();
    for (const RuleStats& rule : stats.rules)
        write_rule(json, rule, true);
    json.end_array();
    write_teams(json, stats);
    json.key("first").begin_array();
    for (std::size_t i = 0; i < stats.first.size() && i < first_listed; ++i)
        json.begin_object()
            .key("path")
            .value(stats.first[i]->path)
            .key("team")
            .value(stats.first[i]->team)
            .key("risk")
            .value(stats.first[i]->risk)
            .key("errors")
            .value(stats.first[i]->errors)
            .end_object();
    json.end_array();
    write_changes(json, context);
    json.key("history").begin_array();
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
    for (std::size_t d = 0; d < context.audit.documents.size(); ++d)
        write_document(json, context, d);
    json.end_array().end_object();
    return json.str() + "\n";
}

} // namespace cpdoc
