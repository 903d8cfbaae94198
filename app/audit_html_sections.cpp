#include "audit_html_sections.hpp"
#include "audit_html_kit.hpp"
#include "reports.hpp"

#include <algorithm>
#include <set>
#include <sstream>

namespace cpdoc {
namespace {

constexpr int first_listed = 20;    // documents to look at first, and changed documents
constexpr int most_detailed = 1000; // documents with a findings section of their own
constexpr std::size_t most_rules_shown = 4;

std::size_t index_of(const AuditContext& context, const AuditDocument& document) {
    return static_cast<std::size_t>(&document - context.audit.documents.data());
}

bool detailed(const AuditContext& context, std::size_t index) {
    const int priority = context.priority[index];
    return priority > 0 && priority <= most_detailed;
}

// The rules a document fails, weightiest first.
std::string failed_rules(const AuditDocument& document) {
    std::vector<std::pair<int, std::string_view>> failed;
    std::set<std::string_view> seen;
    for (const AuditFinding& finding : document.findings)
        if (finding.counts() && seen.insert(finding.rule_id).second)
            failed.emplace_back(finding.weight, finding.rule_id);
    std::stable_sort(failed.begin(), failed.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    std::string out;
    for (std::size_t i = 0; i < failed.size() && i < most_rules_shown; ++i)
        out += (i ? ", " : "") + std::string("<code>") + html_escape(failed[i].second) + "</code>";
    if (failed.size() > most_rules_shown)
        out += " and " + std::to_string(failed.size() - most_rules_shown) + " more";
    return out;
}

// The rule a team does worst on: the largest share of its documents failing, then the
// weightiest; nullptr when it fails none.
const RuleStats* weakest_rule(const TeamStats& team) {
    const RuleStats* weakest = nullptr;
    for (const RuleStats& rule : team.rules) {
        if (rule.failing == 0)
            continue;
        if (weakest == nullptr || rule.compliance() < weakest->compliance() ||
            (rule.compliance() == weakest->compliance() && rule.weight > weakest->weight))
            weakest = &rule;
    }
    return weakest;
}

std::string of(int part, int whole) {
    return std::to_string(part) + " of " + std::to_string(whole);
}

std::string finding_row(const AuditFinding& finding, FindingChange change) {
    std::ostringstream html;
    // A Word document has no lines: its findings say where they are as check does.
    if (finding.place)
        html << "<tr><td>" << html_escape(place_text(finding)) << "</td><td>";
    else
        html << "<tr><td class=\"num\">" << finding.pos.line << "</td><td>";
    html << to_string(finding.severity) << "</td><td><code>" << html_escape(finding.rule_id)
         << "</code></td><td>" << html_escape(finding.section) << "</td><td>";
    if (change == FindingChange::added)
        html << "<span class=\"new\">new</span> ";
    html << html_escape(finding.message);
    if (finding.suppressed)
        html << " <em>(suppressed: " << html_escape(finding.suppression_reason) << ")</em>";
    if (finding.citation)
        html << "<details class=\"quote\"><summary>Policy: "
             << html_escape(brief_citation(*finding.citation)) << "</summary><blockquote>"
             << html_escape(finding.citation->quote) << "</blockquote></details>";
    html << "</td></tr>\n";
    return html.str();
}

} // namespace

std::string document_anchor(std::size_t index) {
    return "doc-" + std::to_string(index + 1);
}

std::string document_link(const AuditContext& context, const AuditDocument& document) {
    const std::size_t index = index_of(context, document);
    const std::string code = "<code>" + html_escape(document.path) + "</code>";
    return detailed(context, index) ? "<a href=\"#" + document_anchor(index) + "\">" + code + "</a>"
                                    : code;
}

std::string teams_section(const AuditContext& context) {
    const AuditStats& stats = context.stats;
    std::ostringstream html;
    html << "<h2>Compliance by team</h2>\n<p>Documents without errors in each team, weakest "
            "first.</p>\n";
    std::vector<Bar> bars;
    for (const TeamStats& team : stats.teams)
        bars.push_back({team.name, team.compliance(),
                        "(" + of(team.compliant, team.documents) + " without errors)"});
    html << bar_chart("Compliance by team", bars);

    // The rules any team falls short of, weightiest first.
    std::vector<const RuleStats*> columns;
    for (const RuleStats& rule : stats.rules)
        if (rule.failing > 0)
            columns.push_back(&rule);
    std::stable_sort(columns.begin(), columns.end(), [](const auto* a, const auto* b) {
        return a->weight != b->weight ? a->weight > b->weight : a->failing > b->failing;
    });
    html << "<h2>Teams and rules</h2>\n<p>For each team, weakest first, the rule it does worst on, "
            "and for each rule (weightiest first) how many of the team's documents it checked "
            "fall short of it.</p>\n<div class=\"wide\"><table class=\"team-rule\">\n<tr>"
            "<th>Team</th><th class=\"num\">Without errors</th><th class=\"num\">Risk</th>"
            "<th>Weakest rule</th>";
    for (const RuleStats* rule : columns)
        html << "<th class=\"num\"><code>" << html_escape(rule->id) << "</code></th>";
    html << "</tr>\n";
    for (const TeamStats& team : stats.teams) {
        html << "<tr><th>" << html_escape(team.name) << "</th><td class=\"num\">"
             << whole_percent(team.compliance()) << " (" << of(team.compliant, team.documents)
             << ")</td><td class=\"num\">" << team.risk << "</td><td>";
        if (const RuleStats* weakest = weakest_rule(team))
            html << "<code>" << html_escape(weakest->id) << "</code> ("
                 << of(weakest->failing, weakest->checked) << ")";
        html << "</td>";
        for (const RuleStats* column : columns) {
            const RuleStats* rule = team.rule(column->id);
            if (rule == nullptr || rule->checked == 0)
                html << "<td class=\"num\">—</td>";
            else
                html << "<td class=\"num " << share_class(rule->compliance()) << "\">"
                     << rule->failing << "/" << rule->checked << "</td>";
        }
        html << "</tr>\n";
    }
    html << "</table></div>\n";
    return html.str();
}

std::string first_section(const AuditContext& context) {
    const AuditStats& stats = context.stats;
    std::ostringstream html;
    html << "<h2>Documents to look at first</h2>\n";
    if (stats.first.empty())
        return html.str() + "<p>No document has an error or a warning.</p>\n";
    html << "<p>By risk: the weights of the rules each document fails, added up (each rule once, "
            "however often), so an unseen child comes before a cascade of date slips.</p>\n"
            "<table class=\"first\">\n<tr><th class=\"num\">#</th><th>Document</th><th>Team</th>"
            "<th>Kind</th><th class=\"num\">Risk</th><th class=\"num\">Errors</th>"
            "<th class=\"num\">Warnings</th><th>Rules failed, weightiest first</th>"
         << (context.changes ? "<th>Since " + html_escape(context.changes->since) + "</th>" : "")
         << "</tr>\n";
    for (int i = 0; i < first_listed && i < static_cast<int>(stats.first.size()); ++i) {
        const AuditDocument& document = *stats.first[static_cast<std::size_t>(i)];
        html << "<tr><td class=\"num\">" << i + 1 << "</td><td>" << document_link(context, document)
             << "</td><td>" << html_escape(document.team) << "</td><td>"
             << html_escape(document.kind) << "</td><td class=\"num\">" << document.risk
             << "</td><td class=\"num\">" << document.errors << "</td><td class=\"num\">"
             << document.warnings << "</td><td>" << failed_rules(document) << "</td>";
        if (context.changes) {
            const DocumentChanges& changes =
                context.changes->documents[index_of(context, document)];
            html << "<td>"
                 << (changes.new_document ? std::string("new document")
                                          : std::to_string(changes.added) + " new, " +
                                                std::to_string(changes.fixed) + " fixed")
                 << "</td>";
        }
        html << "</tr>\n";
    }
    html << "</table>\n";
    return html.str();
}

std::string changes_section(const AuditContext& context) {
    if (!context.changes)
        return {};
    const AuditChanges& changes = *context.changes;
    std::ostringstream html;
    html << "<h2>Changes since " << html_escape(changes.since) << "</h2>\n<p>Findings (errors "
         << "and warnings) compared with the last audit of the same scope, on "
         << html_escape(changes.since) << ", by rule, section and message: an edit elsewhere "
         << "in a document leaves its other findings unchanged. " << changes.documents_added
         << " documents are new since then; " << changes.documents_removed
         << " audited then were not found now (their findings are not counted as fixed).</p>\n"
         << "<div class=\"tiles\"><div class=\"tile\"><b>" << changes.total.added
         << "</b>new findings</div><div class=\"tile\"><b>" << changes.total.fixed
         << "</b>fixed</div><div class=\"tile\"><b>" << changes.total.unchanged
         << "</b>unchanged</div></div>\n";

    html << "<table class=\"team-changes\">\n<tr><th>Team</th><th class=\"num\">New</th>"
            "<th class=\"num\">Fixed</th><th class=\"num\">Unchanged</th></tr>\n";
    for (const TeamStats& team : context.stats.teams)
        if (const auto it = changes.teams.find(team.name); it != changes.teams.end())
            html << "<tr><th>" << html_escape(team.name) << "</th><td class=\"num\">"
                 << it->second.added << "</td><td class=\"num\">" << it->second.fixed
                 << "</td><td class=\"num\">" << it->second.unchanged << "</td></tr>\n";
    html << "</table>\n";

    std::vector<std::size_t> changed;
    for (std::size_t d = 0; d < changes.documents.size(); ++d)
        if (changes.documents[d].added + changes.documents[d].fixed > 0)
            changed.push_back(d);
    std::stable_sort(changed.begin(), changed.end(), [&](std::size_t a, std::size_t b) {
        const auto& x = changes.documents[a];
        const auto& y = changes.documents[b];
        return x.added + x.fixed > y.added + y.fixed;
    });
    if (changed.empty())
        return html.str() + "<p>No document's findings changed.</p>\n";
    html << "<table class=\"document-changes\">\n<tr><th>Document</th><th>Team</th>"
            "<th class=\"num\">New</th><th class=\"num\">Fixed</th><th>What was fixed</th></tr>\n";
    for (std::size_t i = 0; i < changed.size() && i < first_listed; ++i) {
        const AuditDocument& document = context.audit.documents[changed[i]];
        const DocumentChanges& counts = changes.documents[changed[i]];
        html << "<tr><td>" << document_link(context, document) << "</td><td>"
             << html_escape(document.team) << "</td><td class=\"num\">" << counts.added
             << "</td><td class=\"num\">" << counts.fixed << "</td><td>";
        for (const PastFinding& fixed : counts.fixed_findings)
            html << "<div class=\"fixed\"><code>" << html_escape(fixed.rule) << "</code> "
                 << html_escape(fixed.message) << "</div>";
        html << "</td></tr>\n";
    }
    html << "</table>\n";
    if (changed.size() > first_listed)
        html << "<p>" << changed.size() - first_listed
             << " more documents changed: the CSV has a row for every finding new or fixed.</p>\n";
    return html.str();
}

std::string findings_section(const AuditContext& context) {
    const AuditStats& stats = context.stats;
    if (stats.first.empty())
        return {};
    std::ostringstream html;
    html << "<h2>Findings by document</h2>\n<p>Each document with an error or a warning, most "
            "risk first; open one to read its findings and the policy each rests on.";
    if (stats.first.size() > most_detailed)
        html << " The " << most_detailed << " with most risk are here; the CSV has every finding.";
    html << "</p>\n";
    for (std::size_t i = 0; i < stats.first.size() && i < most_detailed; ++i) {
        const AuditDocument& document = *stats.first[i];
        const std::size_t index = index_of(context, document);
        const DocumentChanges* changes =
            context.changes ? &context.changes->documents[index] : nullptr;
        html << "<details class=\"document\" id=\"" << document_anchor(index) << "\"><summary>"
             << "<code>" << html_escape(document.path) << "</code>: " << html_escape(document.team)
             << ", " << html_escape(document.kind) << "; risk " << document.risk << ", "
             << document.errors << " errors, " << document.warnings << " warnings";
        if (changes != nullptr && changes->added > 0)
            html << ", <span class=\"new\">" << changes->added << " new</span>";
        if (changes != nullptr && changes->fixed > 0)
            html << ", <span class=\"fixed\">" << changes->fixed << " fixed</span>";
        if (document.judged_as_of)
            html << "; judged as of " << html_escape(document.judged_as_of->iso())
                 << ", when a later one superseded it";
        else if (document.superseded)
            html << "; superseded by a later one";
        const bool word = std::any_of(document.findings.begin(), document.findings.end(),
                                      [](const AuditFinding& finding) { return finding.place; });
        html << "</summary>\n<table>\n<tr>"
             << (word ? "<th>Place</th>" : "<th class=\"num\">Line</th>")
             << "<th>Severity</th><th>Rule</th><th>Section</th><th>Finding</th></tr>\n";
        for (std::size_t f = 0; f < document.findings.size(); ++f)
            html << finding_row(document.findings[f], change_of(context, index, f));
        if (changes != nullptr)
            for (const PastFinding& fixed : changes->fixed_findings)
                html << "<tr><td></td><td class=\"fixed\">fixed</td><td><code>"
                     << html_escape(fixed.rule) << "</code></td><td>" << html_escape(fixed.section)
                     << "</td><td class=\"fixed\">" << html_escape(fixed.message) << "</td></tr>\n";
        html << "</table>\n</details>\n";
    }
    return html.str();
}

} // namespace cpdoc
