// The findings a fixture document says it should raise, compared with those it raises: the
// model is clang-tidy's CHECK-MESSAGES. An expectation stands on the line after the line the
// finding is about:
//
//     - Owner: Social Work
//     <!-- expect: ACTION-OWNER-NOT-PERSON -->
//
// Where a comment cannot stand on the next line (between a table's rows, inside a list item),
// it names the line by its distance, as clang-tidy's `[[@LINE-2]]`: `<!-- expect@-2: RULE-ID -->`
// is about the line two above it, `expect@+1:` the line below; `expect:` is `expect@-1:`.
// In front matter it is a comment line, `# expect: RULE-ID`. A finding about the document
// as a whole (on line 1, or on no line) is expected by `<!-- expect-document: RULE-ID -->`
// anywhere. Several ids may be given, comma-separated; one id written twice expects two
// findings. An id may name the column too, `RULE-ID:14`: only a finding at that column meets
// it. Suppressed findings are not counted. Pure: no I/O.
#pragma once

#include "policies/finding.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace cpdoc {

struct Expectation {
    std::string rule_id; // as the catalogue spells it (upper case)
    int line = 0;        // the line the finding is about; 0: the document as a whole; -1: an
                         // offset naming no line of the document (never met)
    int column = 0;      // the column it must be at (`RULE-ID:14`); 0: any
    int written_at = 0;  // the line the expectation is written on
};

struct ExpectationResult {
    std::vector<Expectation> missed; // expected, not raised
    std::vector<Finding> extra;      // raised, not expected
    bool matched() const { return missed.empty() && extra.empty(); }
};

// The expectations written in a document's lines (line 1 first).
std::vector<Expectation> parse_expectations(const std::vector<std::string_view>& lines);

// Whether a finding on this line is about the document as a whole (line 1 or none).
inline bool about_document(int line) {
    return line <= 1;
}

// The document's expectations against what the checker found in it, each list in line order.
ExpectationResult compare_expectations(const std::vector<std::string_view>& lines,
                                       const std::vector<Finding>& findings);

} // namespace cpdoc
