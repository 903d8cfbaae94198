// --redact: an audit that can be shared beyond the team, built from cpdoc's own words. No
// byte of a document or of a file name survives but through what cpdoc wrote itself (rule
// ids, each rule's fixed summary and fix, the kinds, sections and vocabulary terms the shipped
// packs define, the audit's date, pseudonyms) or what the auditor declared safe: the team
// folders' names, when `--team-depth` (or the config) says those folders are teams. Nothing
// depends on recognising a name.
#pragma once

#include "audit/audit_run.hpp"
#include "policies/pack_store.hpp"

namespace cpdoc {

// Pseudonyms are numbered in path order, so the same corpus always gets the same ones:
// Directory-0001 for each audited directory, Team-0001 for each team (unless `teams_declared`:
// then its folders' names are kept), Child-0001 for each child reference. Paths become
// Directory-0001/Team-0001/Child-0001/core-group-minutes-1; a kind no shipped pack defines
// becomes `document`. Documents' dates are dropped. `packs` are the audit's, for the rules a
// pack declares itself.
void redact(AuditResult& audit, PackStore& packs, bool teams_declared);

} // namespace cpdoc
