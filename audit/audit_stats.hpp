// The numbers an audit report is made of, computed once from the audit's summaries.
#pragma once

#include "audit/audit_run.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cpdoc {

struct RuleStats {
    std::string id;
    int checked = 0;  // documents the rule ran on
    int failing = 0;  // documents with an error or warning from it
    int findings = 0; // its unsuppressed findings
    std::optional<Citation> citation;
    double compliance() const { return checked == 0 ? 1.0 : 1.0 - double(failing) / checked; }
};

struct GroupStats {
    std::string name;
    int documents = 0;
    int compliant = 0; // no error
    double compliance() const { return documents == 0 ? 1.0 : double(compliant) / documents; }
};

struct AuditStats {
    int documents = 0;
    int compliant = 0;
    int unreadable = 0;
    int errors = 0;
    int warnings = 0;
    std::vector<RuleStats> rules;            // by id
    std::vector<GroupStats> kinds;           // by name
    std::vector<GroupStats> packs;           // by id
    std::vector<const AuditDocument*> worst; // most errors first, at most 20
    double compliance() const { return documents == 0 ? 1.0 : double(compliant) / documents; }
};

AuditStats audit_stats(const AuditResult& audit);

} // namespace cpdoc
