#include "audit/audit_run.hpp"
#include "render/json_writer.hpp"
#include "reports.hpp"

namespace cpdoc {

namespace {

template <class AnyFinding> void write_location(JsonWriter& json, const AnyFinding& finding) {
    json.key("rule")
        .value(finding.rule_id)
        .key("severity")
        .value(to_string(finding.severity))
        .key("line")
        .value(finding.pos.line)
        .key("column")
        .value(finding.pos.column)
        .key("message")
        .value(finding.message);
    if (finding.place)
        json.key("place")
            .begin_object()
            .key("section")
            .value(finding.place->section)
            .key("where")
            .value(finding.place->where)
            .key("snippet")
            .value(finding.place->snippet)
            .end_object();
}

} // namespace

void write_finding_location(JsonWriter& json, const Finding& finding) {
    write_location(json, finding);
}

void write_finding_location(JsonWriter& json, const AuditFinding& finding) {
    write_location(json, finding);
}

std::string json_report(const std::vector<FileOutcome>& outcomes) {
    JsonWriter json;
    json.begin_object().key("version").value(1).key("files").begin_array();
    for (const FileOutcome& outcome : outcomes) {
        json.begin_object().key("path").value(outcome.path);
        if (!outcome.result) {
            json.key("error").value(outcome.error).end_object();
            continue;
        }
        const CheckResult& result = *outcome.result;
        json.key("kind").value(result.kind);
        json.key("policy").value(result.policy_id);
        json.key("policy_version").value(result.policy_version);
        json.key("policy_source")
            .value(!result.policy || result.policy->local_file.empty() ? "shipped"
                                                                       : result.policy->local_file);
        json.key("errors").value(result.count(Severity::error));
        json.key("warnings").value(result.count(Severity::warning));
        json.key("notes").value(result.count(Severity::note));
        json.key("findings").begin_array();
        for (const Finding& finding : result.findings) {
            json.begin_object();
            write_finding_location(json, finding);
            if (finding.citation)
                json.key("citation")
                    .begin_object()
                    .key("source")
                    .value(finding.citation->source)
                    .key("section")
                    .value(finding.citation->section)
                    .key("quote")
                    .value(finding.citation->quote)
                    .end_object();
            json.key("suppressed").value(finding.suppressed);
            if (finding.suppressed)
                json.key("suppression_reason").value(finding.suppression_reason);
            json.end_object();
        }
        json.end_array();
        json.key("deadlines").begin_array();
        for (const Deadline& deadline : result.deadlines) {
            json.begin_object()
                .key("rule")
                .value(deadline.rule_id)
                .key("what")
                .value(deadline.what)
                .key("due")
                .value(deadline.due.iso())
                .key("line")
                .value(deadline.pos.line)
                .key("column")
                .value(deadline.pos.column)
                .key("met_on");
            if (deadline.met_on)
                json.value(deadline.met_on->iso());
            else
                json.null();
            json.end_object();
        }
        json.end_array().end_object();
    }
    json.end_array().end_object();
    return json.str() + "\n";
}

} // namespace cpdoc
