// The audit report: one HTML file with inline SVG charts and CSS, no scripts and no external
// assets, readable on screen and in print.
#include "audit_reports.hpp"
#include "grammar/printable.hpp"
#include "reports.hpp"

#include <cmath>
#include <cstdio>
#include <sstream>

namespace cpdoc {
namespace {

std::string escape(std::string_view text) {
    std::string out;
    // HTML would show a line break as a space: escaped, a name reads as it is.
    for (const char c : printable(text)) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string percent(double fraction) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.0f%%", std::floor(fraction * 100.0 + 0.5));
    return buffer;
}

// Dark enough on white for text, and distinguishable without colour by the label.
const char* bar_colour(double fraction) {
    return fraction >= 0.9 ? "#1b6e3a" : fraction >= 0.7 ? "#8a5a00" : "#b3261e";
}

struct Bar {
    std::string label;
    double fraction;
    std::string detail;
};

std::string bar_chart(const std::string& title, const std::vector<Bar>& bars) {
    const int row = 26, label_width = 250, bar_width = 360,
              height = row * static_cast<int>(bars.size()) + 10;
    std::ostringstream svg;
    svg << "<svg class=\"chart\" role=\"img\" aria-label=\"" << escape(title) << "\" viewBox=\"0 0 "
        << label_width + bar_width + 250 << ' ' << height << "\" width=\"100%\">\n<title>"
        << escape(title) << "</title>\n";
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const Bar& bar = bars[i];
        const int y = static_cast<int>(i) * row + 5;
        const int width = static_cast<int>(bar.fraction * bar_width + 0.5);
        svg << "<text x=\"" << label_width - 8 << "\" y=\"" << y + 17
            << "\" text-anchor=\"end\" class=\"label\">" << escape(bar.label) << "</text>"
            << "<rect x=\"" << label_width << "\" y=\"" << y + 3 << "\" width=\"" << bar_width
            << "\" height=\"18\" class=\"track\"/>"
            << "<rect x=\"" << label_width << "\" y=\"" << y + 3 << "\" width=\"" << width
            << "\" height=\"18\" fill=\"" << bar_colour(bar.fraction) << "\"/>"
            << "<text x=\"" << label_width + bar_width + 8 << "\" y=\"" << y + 17
            << "\" class=\"value\">" << percent(bar.fraction) << " " << escape(bar.detail)
            << "</text>\n";
    }
    svg << "</svg>\n";
    return svg.str();
}

std::string trend_chart(const std::vector<HistoryPoint>& points) {
    const int width = 760, height = 220, left = 50, right = 20, top = 20, bottom = 40;
    std::ostringstream svg;
    svg << "<svg class=\"chart\" role=\"img\" aria-label=\"Compliance across audits\" viewBox=\"0 "
           "0 "
        << width << ' ' << height
        << "\" width=\"100%\">\n<title>Compliance across audits</title>\n";
    for (const int p : {0, 50, 100}) {
        const int y = top + (height - top - bottom) * (100 - p) / 100;
        svg << "<line x1=\"" << left << "\" x2=\"" << width - right << "\" y1=\"" << y << "\" y2=\""
            << y << "\" class=\"grid\"/><text x=\"" << left - 6 << "\" y=\"" << y + 4
            << "\" text-anchor=\"end\" class=\"label\">" << p << "%</text>\n";
    }
    std::string path;
    const std::size_t n = points.size();
    for (std::size_t i = 0; i < n; ++i) {
        const double x = left + (n == 1 ? 0.5 : double(i) / double(n - 1)) * (width - left - right);
        const double y = top + (height - top - bottom) * (1.0 - points[i].compliance());
        char cx[32], cy[32];
        std::snprintf(cx, sizeof cx, "%.1f", x);
        std::snprintf(cy, sizeof cy, "%.1f", y);
        path += (i == 0 ? "M" : " L") + std::string(cx) + "," + cy;
        svg << "<circle cx=\"" << cx << "\" cy=\"" << cy << "\" r=\"4\" class=\"point\"/>"
            << "<text x=\"" << cx << "\" y=\"" << height - bottom + 18 << "\" text-anchor=\""
            << (n > 1 && i == 0       ? "start"
                : n > 1 && i + 1 == n ? "end"
                                      : "middle")
            << "\" class=\"label\">" << escape(points[i].date) << " ("
            << percent(points[i].compliance()) << ")</text>\n";
    }
    svg << "<path d=\"" << path << "\" class=\"line\"/>\n</svg>\n";
    return svg.str();
}

const char* style = R"css(
:root { color-scheme: light; }
body { font: 15px/1.45 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #1c1c1c;
       margin: 2rem auto; max-width: 62rem; padding: 0 1.5rem; }
h1 { font-size: 1.7rem; margin-bottom: .2rem; } h2 { font-size: 1.25rem; margin-top: 2.2rem;
     border-bottom: 2px solid #1c1c1c; padding-bottom: .2rem; }
.meta { color: #444; margin-top: 0; }
.tiles { display: flex; flex-wrap: wrap; gap: .8rem; margin: 1.2rem 0; }
.tile { border: 1px solid #999; border-radius: 6px; padding: .6rem 1rem; min-width: 9rem; }
.tile b { display: block; font-size: 1.6rem; }
table { border-collapse: collapse; width: 100%; margin: .8rem 0; }
th, td { border-bottom: 1px solid #bbb; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #eee; }
td.num, th.num { text-align: right; }
blockquote { margin: .2rem 0 .2rem 1rem; color: #333; font-style: italic; }
.chart text { font: 13px "DejaVu Sans", Arial, sans-serif; fill: #1c1c1c; }
.chart .track { fill: #e6e6e6; } .chart .grid { stroke: #ccc; }
.chart .line { fill: none; stroke: #1b4e8a; stroke-width: 2.5; } .chart .point { fill: #1b4e8a; }
.marking { text-align: center; font-weight: bold; letter-spacing: .05em; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2 { break-after: avoid; } table, svg, .tile { break-inside: avoid; }
  @page { margin: 18mm 15mm; }
}
)css";

} // namespace

std::string audit_html(const AuditContext& context) {
    const AuditStats& stats = context.stats;
    const AuditResult& audit = context.audit;
    std::ostringstream html;
    html << "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
         << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         << "<title>cpdoc audit " << escape(context.date) << "</title>\n<style>" << style
         << "</style>\n</head>\n<body>\n<p class=\"marking\">OFFICIAL-SENSITIVE</p>\n"
         << "<h1>Quality assurance audit of child protection records</h1>\n<p class=\"meta\">"
         << "Audit date " << escape(context.date) << ". Scope: ";
    for (std::size_t i = 0; i < audit.scope.size(); ++i)
        html << (i ? ", " : "") << "<code>" << escape(audit.scope[i]) << "</code>";
    html << ". " << stats.documents << " documents checked, " << audit.skipped
         << " other files skipped"
         << (stats.unreadable ? ", " + std::to_string(stats.unreadable) + " unreadable" : "")
         << (context.redacted ? ". Redacted: documents are known by pseudonyms, and each finding "
                                "is told in its rule's own words."
                              : ".")
         << "</p>\n<div class=\"tiles\">"
         << "<div class=\"tile\"><b>" << percent(stats.compliance())
         << "</b>documents without errors</div>"
         << "<div class=\"tile\"><b>" << stats.documents << "</b>documents</div>"
         << "<div class=\"tile\"><b>" << stats.errors << "</b>errors</div>"
         << "<div class=\"tile\"><b>" << stats.warnings << "</b>warnings</div></div>\n";

    if (!context.history.empty()) {
        html << "<h2>Trend across audits</h2>\n" << trend_chart(context.history);
    }

    html << "<h2>Compliance by rule</h2>\n<p>Share of the documents each rule checked that have "
            "no error or warning from it, weakest first.</p>\n";
    std::vector<Bar> rule_bars;
    std::vector<RuleStats> rules = stats.rules;
    std::stable_sort(rules.begin(), rules.end(), [](const RuleStats& a, const RuleStats& b) {
        return a.compliance() < b.compliance();
    });
    for (const RuleStats& rule : rules)
        rule_bars.push_back({rule.id, rule.compliance(),
                             "(" + std::to_string(rule.failing) + " of " +
                                 std::to_string(rule.checked) + " fall short)"});
    html << bar_chart("Compliance by rule", rule_bars);

    std::vector<Bar> kind_bars, pack_bars;
    for (const GroupStats& kind : stats.kinds)
        kind_bars.push_back({kind.name, kind.compliance(),
                             "(" + std::to_string(kind.compliant) + " of " +
                                 std::to_string(kind.documents) + " without errors)"});
    for (const GroupStats& pack : stats.packs)
        pack_bars.push_back({pack.name, pack.compliance(),
                             "(" + std::to_string(pack.compliant) + " of " +
                                 std::to_string(pack.documents) + " without errors)"});
    html << "<h2>Compliance by document kind</h2>\n<p>Documents without errors.</p>\n"
         << bar_chart("Compliance by document kind", kind_bars)
         << "<h2>Compliance by policy</h2>\n<p>Documents without errors.</p>\n"
         << bar_chart("Compliance by policy", pack_bars);

    html << "<h2>Documents with most errors</h2>\n";
    if (stats.worst.empty()) {
        html << "<p>No document has an error.</p>\n";
    } else {
        html << "<table>\n<tr><th>Document</th><th>Kind</th><th class=\"num\">Errors</th>"
                "<th class=\"num\">Warnings</th><th>Most frequent</th></tr>\n";
        for (const AuditDocument* document : stats.worst) {
            std::map<std::string, int> counts;
            for (const Finding& finding : document->findings)
                if (!finding.suppressed && finding.severity == Severity::error)
                    ++counts[finding.rule_id];
            std::string top;
            int best = 0;
            for (const auto& [id, count] : counts)
                if (count > best) {
                    best = count;
                    top = id;
                }
            html << "<tr><td><code>" << escape(document->path) << "</code></td><td>"
                 << escape(document->kind) << "</td><td class=\"num\">" << document->errors
                 << "</td><td class=\"num\">" << document->warnings << "</td><td>" << escape(top)
                 << "</td></tr>\n";
        }
        html << "</table>\n";
    }

    html << "<h2>Rules and the policy they come from</h2>\n<table>\n<tr><th>Rule</th>"
            "<th class=\"num\">Documents failing</th><th>Policy</th></tr>\n";
    for (const RuleStats& rule : stats.rules) {
        html << "<tr><td><code>" << escape(rule.id) << "</code></td><td class=\"num\">"
             << rule.failing << " of " << rule.checked << "</td><td>";
        if (rule.citation)
            html << escape(brief_citation(*rule.citation)) << "<blockquote>"
                 << escape(rule.citation->quote) << "</blockquote>";
        html << "</td></tr>\n";
    }
    html << "</table>\n<p class=\"meta\">Made by cpdoc on " << escape(context.date)
         << ". The findings are a check against encoded local policy; they support, and do not "
            "replace, professional judgement.</p>\n<p class=\"marking\">OFFICIAL-SENSITIVE</p>\n"
            "</body>\n</html>\n";
    return html.str();
}

} // namespace cpdoc
