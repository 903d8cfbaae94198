// SARIF 2.1.0: every rule that ran in the driver, a result per finding with a location,
// suppressions with their reasons, and citations and deadlines as properties.
#include "render/json_writer.hpp"
#include "reports.hpp"

#include <filesystem>
#include <map>

namespace cpdoc {
namespace {

std::string_view sarif_level(Severity severity) {
    switch (severity) {
    case Severity::error:
        return "error";
    case Severity::warning:
        return "warning";
    default:
        return "note";
    }
}

// A URI relative to the working directory for files below it, a file: URI otherwise.
std::string artifact_uri(const std::string& path, bool& relative) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path absolute = fs::weakly_canonical(fs::absolute(path, ec), ec);
    const fs::path base = fs::current_path(ec);
    const fs::path inside = absolute.lexically_relative(base);
    relative = !inside.empty() && *inside.begin() != "..";
    if (!relative)
        return "file://" + percent_encoded(absolute.generic_string());
    // Encoded, a colon cannot make the first segment a scheme; a consumer that decodes the URI
    // before resolving it would still read `javascript:alert(1).md` as one, so that segment
    // gets the dot segment RFC 3986 (4.2) gives a relative path whose first segment has a colon.
    const std::string first_segment = inside.begin()->string();
    return (first_segment.find(':') != std::string::npos ? "./" : "") +
           percent_encoded(inside.generic_string());
}

// `"physicalLocation": {"artifactLocation": {…}`, left open for a region.
void open_physical_location(JsonWriter& json, const std::string& path) {
    bool relative = false;
    const std::string uri = artifact_uri(path, relative);
    json.key("physicalLocation")
        .begin_object()
        .key("artifactLocation")
        .begin_object()
        .key("uri")
        .value(uri);
    if (relative)
        json.key("uriBaseId").value("%SRCROOT%");
    json.end_object();
}

void write_citation(JsonWriter& json, const Citation& citation) {
    json.begin_object()
        .key("source")
        .value(citation.source)
        .key("section")
        .value(citation.section)
        .key("quote")
        .value(citation.quote)
        .end_object();
}

} // namespace

std::string sarif_report(const std::vector<FileOutcome>& outcomes, const RuleDescriber& describe,
                         std::string_view version) {
    // Rules in the order first seen; the driver lists every rule that ran.
    std::vector<std::string> rule_order;
    std::map<std::string, std::pair<std::size_t, std::string>> rule_index; // id -> index, policy
    auto add_rule = [&](std::string_view id, const std::string& policy) {
        if (rule_index.emplace(std::string(id), std::make_pair(rule_order.size(), policy)).second)
            rule_order.emplace_back(id);
    };
    for (const FileOutcome& outcome : outcomes) {
        if (!outcome.result)
            continue;
        for (const std::string_view id : outcome.result->rules_run)
            add_rule(id, outcome.result->policy_id);
        for (const Finding& finding : outcome.result->findings)
            add_rule(finding.rule_id, outcome.result->policy_id);
    }

    JsonWriter json;
    json.begin_object()
        .key("$schema")
        .value("https://json.schemastore.org/sarif-2.1.0.json")
        .key("version")
        .value("2.1.0")
        .key("runs")
        .begin_array()
        .begin_object();
    json.key("tool")
        .begin_object()
        .key("driver")
        .begin_object()
        .key("name")
        .value("cpdoc")
        .key("version")
        .value(version)
        .key("informationUri")
        .value("https://github.com/cpdoc/cpdoc")
        .key("rules")
        .begin_array();
    for (const std::string& id : rule_order) {
        const RuleDescription rule = describe(id, rule_index[id].second);
        std::string help = rule.summary + " " + rule.rationale;
        if (rule.citation)
            help += "\n\nPolicy: " + brief_citation(*rule.citation) + ": \"" +
                    rule.citation->quote + "\"";
        json.begin_object()
            .key("id")
            .value(id)
            .key("shortDescription")
            .begin_object()
            .key("text")
            .value(rule.summary)
            .end_object()
            .key("fullDescription")
            .begin_object()
            .key("text")
            .value(rule.summary + " " + rule.rationale)
            .end_object()
            .key("help")
            .begin_object()
            .key("text")
            .value(help)
            .end_object()
            .key("helpUri")
            .value(rule.local_pack.empty() ? rule.help_uri : local_pack_uri(rule));
        if (rule.citation) {
            json.key("properties").begin_object().key("citation");
            write_citation(json, *rule.citation);
            json.end_object();
        }
        json.end_object();
    }
    json.end_array().end_object().end_object();

    json.key("columnKind").value("unicodeCodePoints");
    json.key("invocations").begin_array().begin_object().key("executionSuccessful");
    bool all_read = true;
    for (const FileOutcome& outcome : outcomes)
        all_read = all_read && outcome.result.has_value();
    json.value(all_read);
    json.key("toolExecutionNotifications").begin_array();
    for (const FileOutcome& outcome : outcomes) {
        if (outcome.result)
            continue;
        json.begin_object()
            .key("level")
            .value("error")
            .key("message")
            .begin_object()
            .key("text")
            .value("cannot check: " + outcome.error)
            .end_object()
            .key("locations")
            .begin_array()
            .begin_object();
        open_physical_location(json, outcome.path);
        json.end_object().end_object().end_array().end_object();
    }
    json.end_array().end_object().end_array();

    json.key("results").begin_array();
    for (const FileOutcome& outcome : outcomes) {
        if (!outcome.result)
            continue;
        for (const Finding& finding : outcome.result->findings) {
            json.begin_object()
                .key("ruleId")
                .value(finding.rule_id)
                .key("ruleIndex")
                .value(static_cast<long>(rule_index[finding.rule_id].first))
                .key("level")
                .value(sarif_level(finding.severity))
                .key("message")
                .begin_object()
                .key("text")
                .value(finding.message)
                .end_object()
                .key("locations")
                .begin_array()
                .begin_object();
            open_physical_location(json, outcome.path);
            // A Word document has no lines, and a region must start at one: the section and
            // the table row or paragraph are a logical location, with the first words.
            if (!finding.place)
                json.key("region")
                    .begin_object()
                    .key("startLine")
                    .value(std::max(1, finding.pos.line))
                    .key("startColumn")
                    .value(std::max(1, finding.pos.column))
                    .end_object();
            json.end_object();
            if (finding.place) {
                const FindingPlace& place = *finding.place;
                const std::string name = place.where.empty() ? "document" : place.where;
                json.key("message")
                    .begin_object()
                    .key("text")
                    .value(place_text(finding))
                    .end_object()
                    .key("logicalLocations")
                    .begin_array()
                    .begin_object()
                    .key("name")
                    .value(name)
                    .key("fullyQualifiedName")
                    .value(place.section.empty() ? name : place.section + "/" + name)
                    .key("kind")
                    .value("element")
                    .end_object()
                    .end_array()
                    .key("properties")
                    .begin_object()
                    .key("snippet")
                    .value(place.snippet)
                    .end_object();
            }
            json.end_object().end_array();
            if (finding.suppressed)
                json.key("suppressions")
                    .begin_array()
                    .begin_object()
                    .key("kind")
                    .value("inSource")
                    .key("justification")
                    .value(finding.suppression_reason)
                    .end_object()
                    .end_array();
            json.key("properties").begin_object().key("policy").value(outcome.result->policy_id);
            if (outcome.result->policy)
                json.key("policySource").value(outcome.result->policy->provenance());
            if (finding.citation) {
                json.key("citation");
                write_citation(json, *finding.citation);
            }
            json.key("deadlines").begin_array();
            for (const Deadline& deadline : outcome.result->deadlines)
                if (deadline.rule_id == finding.rule_id && deadline.pos == finding.pos) {
                    json.begin_object()
                        .key("what")
                        .value(deadline.what)
                        .key("due")
                        .value(deadline.due.iso());
                    if (deadline.met_on)
                        json.key("metOn").value(deadline.met_on->iso());
                    json.end_object();
                }
            json.end_array().end_object().end_object();
        }
    }
    json.end_array();
    json.key("originalUriBaseIds")
        .begin_object()
        .key("%SRCROOT%")
        .begin_object()
        .key("uri")
        .value("file://" + percent_encoded(std::filesystem::current_path().generic_string()) + "/")
        .end_object()
        .end_object();
    json.end_object().end_array().end_object();
    return json.str() + "\n";
}

} // namespace cpdoc
