// The audit report's sections about teams, documents and changes, each a piece of HTML.
#pragma once

#include "audit_reports.hpp"

#include <string>

namespace cpdoc {

// The anchor of a document's findings: "doc-12", by its index in the audit.
std::string document_anchor(std::size_t index);
// A document's path as a link to its findings.
std::string document_link(const AuditContext& context, const AuditDocument& document);

std::string teams_section(const AuditContext& context);    // compliance, team × rule
std::string first_section(const AuditContext& context);    // documents to look at first
std::string changes_section(const AuditContext& context);  // changes since the last audit
std::string findings_section(const AuditContext& context); // a collapsed section a document

} // namespace cpdoc
