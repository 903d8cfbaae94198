#include "audit/audit_run.hpp"
#include "render/json_writer.hpp"
#include "grammar/docx/docx_reader.hpp"
#include "reports.hpp"

namespace cpdoc {

namespace {

void write_place(JsonWriter& json, const FindingPlace& place) {
    json.key("place")
        .begin_object()
        .key("section")
        .value(place.section)
        .key("where")
        .value(place.where)
        .key("snippet")
        .value(place.snippet)
        .end_object();
}

void write_line_column(JsonWriter& json, Position pos) {
    json.key("line").value(pos.line).key("column").value(pos.column);
}

// A deadline on a Word document is where the finding it belongs to is (the rule that
// computed it reports there), as SARIF pairs them: a place, never a line. Not a Word
// document, or no such finding: nothing.
const FindingPlace* deadline_place(const CheckResult& result, const Deadline& deadline) {
    for (const Finding& finding : result.findings)
        if (finding.place && finding.rule_id == deadline.rule_id && finding.pos == deadline.pos)
            return &*finding.place;
    return nullptr;
}

// Whether the document was read from Word, as the pipeline chose its reader: by its name.
bool from_word(const FileOutcome& outcome) {
    return word_file_name(outcome.path) == WordFileName::word;
}

// A Word document has no lines: its findings carry a place instead of a line and column.
template <class AnyFinding> void write_location(JsonWriter& json, const AnyFinding& finding) {
    json.key("rule").value(finding.rule_id).key("severity").value(to_string(finding.severity));
    if (!finding.place)
        write_line_column(json, finding.pos);
    json.key("message").value(finding.message);
    if (finding.place)
        write_place(json, *finding.place);
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
                .value(deadline.due.iso());
            if (const FindingPlace* place = deadline_place(result, deadline))
                write_place(json, *place);
            else if (!from_word(outcome))
                write_line_column(json, deadline.pos);
            json.key("met_on");
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
