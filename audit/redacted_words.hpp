// What a redacted audit may say: cpdoc's own words. The kinds, section names and vocabulary
// terms of the packs shipped with cpdoc, each rule's summary and fix, and a shipped pack's own
// messages. A value from a document is never copied: where a message quoted a term of a
// shipped vocabulary, the term is written from the vocabulary; anything else is left out.
#pragma once

#include "audit/audit_run.hpp"
#include "policies/pack_store.hpp"

#include <set>
#include <string>
#include <string_view>

namespace cpdoc {

class RedactedWords {
public:
    RedactedWords(); // reads the shipped packs

    bool shipped_kind(const std::string& kind) const { return kinds_.count(kind) > 0; }
    // The section as a shipped pack names it, else `(section)`; cpdoc's own places kept.
    std::string_view section(std::string_view name) const;
    // A finding of the rule told in cpdoc's words: its rule's summary, the shipped terms the
    // message quoted, and what to do. `policy` is the pack the document was checked against.
    std::string message(std::string_view rule_id, std::string_view text,
                        const Policy* policy) const;

private:
    std::set<std::string, std::less<>> kinds_;
    std::set<std::string, std::less<>> sections_;
    std::set<std::string, std::less<>> terms_;
};

} // namespace cpdoc
