// The audit as CSV for a spreadsheet: a row per finding (and per finding fixed since the last
// audit), or a row per document. UTF-8 with a byte order mark, so Excel reads "—" as one.
#include "audit/audit_teams.hpp"
#include "audit_reports.hpp"
#include "grammar/printable.hpp"
#include "reports.hpp"

#include <sstream>

namespace cpdoc {
namespace {

constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

bool formula_start(const std::string& text) {
    return !text.empty() && (text.front() == '=' || text.front() == '+' || text.front() == '-' ||
                             text.front() == '@');
}

std::string csv_field(std::string_view raw) {
    const std::string text = printable(raw, LineBreaks::keep);
    const bool quote = text.find_first_of(",\"\n\r") != std::string::npos || formula_start(text);
    if (!quote)
        return text;
    std::string out = "\"";
    if (formula_start(text)) // a leading formula character is defused for spreadsheets
        out += '\'';
    for (const char c : text)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

// The columns every row of a document starts with.
std::string document_head(const AuditDocument& document) {
    return csv_field(document.path) + "," + csv_field(document.team) + "," +
           csv_field(document.child) + "," + csv_field(document.kind) + "," +
           date_text(document.date) + "," + csv_field(document.policy) + ",";
}

} // namespace

std::string audit_csv(const AuditContext& context) {
    std::ostringstream csv;
    csv << byte_order_mark
        << "path,team,child,kind,date,policy,rule,severity,line,column,section,message,"
           "suppressed,suppression_reason,weight,document_risk,change,place\r\n";
    const std::vector<AuditDocument>& documents = context.audit.documents;
    for (std::size_t d = 0; d < documents.size(); ++d) {
        const AuditDocument& document = documents[d];
        const std::string head = document_head(document);
        if (!document.error.empty()) {
            csv << head << "UNREADABLE,error,,,," << csv_field(document.error) << ",no,,,,,\r\n";
            continue;
        }
        const std::string risk = std::to_string(document.risk);
        for (std::size_t f = 0; f < document.findings.size(); ++f) {
            const AuditFinding& finding = document.findings[f];
            csv << head << csv_field(finding.rule_id) << "," << to_string(finding.severity) << ",";
            // A Word document has no lines: its place says where instead.
            if (finding.place)
                csv << ",";
            else
                csv << finding.pos.line << "," << finding.pos.column;
            csv << "," << csv_field(finding.section) << "," << csv_field(finding.message) << ","
                << (finding.suppressed ? "yes" : "no") << ","
                << (finding.suppressed ? csv_field(finding.suppression_reason) : std::string())
                << "," << finding.weight << "," << risk << ","
                << change_name(change_of(context, d, f)) << "," << csv_field(place_text(finding))
                << "\r\n";
        }
        if (context.changes)
            for (const PastFinding& fixed : context.changes->documents[d].fixed_findings)
                csv << head << csv_field(fixed.rule) << ",,,," << csv_field(fixed.section) << ","
                    << csv_field(fixed.message) << ",no,,," << risk << ",fixed,\r\n";
    }
    return csv.str();
}

std::string audit_documents_csv(const AuditContext& context) {
    std::ostringstream csv;
    csv << byte_order_mark
        << "path,team,child,kind,date,policy,judged_as_of,superseded,errors,warnings,notes,"
           "risk,priority,compliant,new,fixed,unchanged,unreadable\r\n";
    const std::vector<AuditDocument>& documents = context.audit.documents;
    for (std::size_t d = 0; d < documents.size(); ++d) {
        const AuditDocument& document = documents[d];
        csv << document_head(document) << date_text(document.judged_as_of) << ","
            << (document.superseded ? "yes" : "no") << ",";
        if (!document.error.empty()) {
            csv << ",,,,,no,,,," << csv_field(document.error) << "\r\n";
            continue;
        }
        csv << document.errors << "," << document.warnings << "," << document.notes << ","
            << document.risk << ","
            << (context.priority[d] > 0 ? std::to_string(context.priority[d]) : std::string())
            << "," << (document.errors == 0 ? "yes" : "no") << ",";
        if (context.changes) {
            const DocumentChanges& changes = context.changes->documents[d];
            csv << changes.added << "," << changes.fixed << "," << changes.unchanged;
        } else {
            csv << ",,";
        }
        csv << ",\r\n";
    }
    return csv.str();
}

} // namespace cpdoc
