// Rule tests written as clang-tidy writes its CHECK-MESSAGES: a document states the findings
// it must raise at the line they are about (`<!-- expect: RULE-ID:COLUMN -->`, see
// checker/expectations), and the test support compares them with what the checker raised. The
// documents are the shared base documents in tests/fixtures/base with one edit each.
#pragma once

#include "checker/engine.hpp"
#include "checker/expectations.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace cpdoc::test {

// The lines of a text, without their line ends.
std::vector<std::string_view> lines_of(const std::string& text);
// The differences, one a line, as `name:line: expected ...` and `name:line:column: raised ...`.
std::string describe(const ExpectationResult& result, const std::string& name);

// A base document: tests/fixtures/base/NAME.md (child-plan, minutes, chronology).
std::string base_document(const std::string& name);
// The text with its one `from` replaced by `to` (the test fails when `from` is not in it once).
std::string edited(const std::string& text, const std::string& from, const std::string& to);
// The text with the section that `section`'s first line heads (`## Contingency plan`) replaced
// by `section`; `section` empty removes it. A heading not in the text fails the test.
std::string with_section(const std::string& text, const std::string& heading,
                         const std::string& section);

// Checks the text (as support's check() does) and checks that its findings are exactly those
// its expectations state; the result, for what else a test asserts.
CheckResult check_expected(const std::string& text, const std::string& policy = "",
                           bool template_mode = false);
// The same for the findings of these rules only, where a case leaves the rest aside (records
// with one field each, which the other rules of the family would report too).
CheckResult check_expected_of(const std::vector<std::string>& rules, const std::string& text,
                              const std::string& policy = "", bool template_mode = false);
// The comparison alone, for a result checked with other options (a date, severities); only the
// findings of `rules` when they are given.
void compare_expected(const std::string& text, const CheckResult& result,
                      const std::vector<std::string>& rules = {});

} // namespace cpdoc::test
