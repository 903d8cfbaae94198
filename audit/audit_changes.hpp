// What changed since the last audit of the same scope: each document's findings are matched
// by fingerprint (rule, section and message, not the line, so an edit elsewhere in the file
// leaves a finding as it was), per document and per team.
#pragma once

#include "audit/audit_run.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace cpdoc {

// A finding as the history keeps it.
struct PastFinding {
    std::string rule;
    std::string section;
    std::string message;
};

// What an earlier audit of the scope found: every document (by path) with its team and the
// findings that counted (errors and warnings, not suppressed).
struct Snapshot {
    std::string date;
    struct Document {
        std::string team;
        std::vector<PastFinding> findings;
    };
    std::map<std::string, Document> documents;
};

std::int64_t fingerprint(std::string_view rule, std::string_view section, std::string_view message);

struct ChangeCounts {
    int added = 0;     // found now, not then
    int fixed = 0;     // found then, not now
    int unchanged = 0; // found both times
};

enum class FindingChange { none, added, unchanged }; // none: a finding that does not count

struct DocumentChanges : ChangeCounts {
    bool new_document = false;           // not audited last time
    std::vector<FindingChange> findings; // one per finding of the document
    std::vector<PastFinding> fixed_findings;
};

struct AuditChanges {
    std::string since; // the date of the audit compared with
    ChangeCounts total;
    std::map<std::string, ChangeCounts> teams; // by the document's team now
    std::vector<DocumentChanges> documents;    // one per document of the audit
    int documents_added = 0;
    int documents_removed = 0; // audited then, not found now: their findings are not "fixed"
};

AuditChanges compare_with(const Snapshot& before, const AuditResult& now);

} // namespace cpdoc
