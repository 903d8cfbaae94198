#include "expected_findings.hpp"

#include "support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

namespace cpdoc::test {

std::vector<std::string_view> lines_of(const std::string& text) {
    std::vector<std::string_view> lines;
    std::string_view rest = text;
    while (!rest.empty()) {
        const auto end = rest.find('\n');
        lines.push_back(rest.substr(0, end));
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    }
    return lines;
}

std::string describe(const ExpectationResult& result, const std::string& name) {
    std::ostringstream out;
    for (const Expectation& missed : result.missed)
        out << name << ':' << missed.written_at << ": expected " << missed.rule_id
            << (missed.column ? ":" + std::to_string(missed.column) : "")
            << (missed.line == 0  ? " (document)"
                : missed.line < 0 ? " at an offset outside the document"
                                  : " on line " + std::to_string(missed.line))
            << ", not raised\n";
    for (const Finding& extra : result.extra)
        out << name << ':' << extra.pos.line << ':' << extra.pos.column << ": raised "
            << extra.rule_id << ", not expected: " << extra.message << '\n';
    return out.str();
}

std::string base_document(const std::string& name) {
    const std::string text = read_text(source_path("tests/fixtures/base/" + name + ".md"));
    REQUIRE(!text.empty());
    return text;
}

std::string edited(const std::string& text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    INFO("edit: " << from);
    REQUIRE(at != std::string::npos);
    REQUIRE(text.find(from, at + 1) == std::string::npos);
    return text.substr(0, at) + to + text.substr(at + from.size());
}

std::string with_section(const std::string& text, const std::string& heading,
                         const std::string& section) {
    const std::string line = "\n" + heading + "\n";
    const std::size_t at = text.find(line);
    INFO("section: " << heading);
    REQUIRE(at != std::string::npos);
    const std::size_t begin = at + 1;
    std::size_t end = text.find("\n## ", begin);
    end = end == std::string::npos ? text.size() : end + 1;
    return text.substr(0, begin) + section + text.substr(end);
}

void compare_expected(const std::string& text, const CheckResult& result,
                      const std::vector<std::string>& rules) {
    std::vector<Finding> compared_findings;
    for (const Finding& finding : result.findings)
        if (rules.empty() || std::find(rules.begin(), rules.end(), finding.rule_id) != rules.end())
            compared_findings.push_back(finding);
    std::ostringstream numbered;
    int number = 0;
    for (const std::string_view line : lines_of(text))
        numbered << ++number << '\t' << line << '\n';
    const ExpectationResult compared = compare_expectations(lines_of(text), compared_findings);
    INFO(describe(compared, "document") << "in\n" << numbered.str());
    CHECK(compared.matched());
}

CheckResult check_expected(const std::string& text, const std::string& policy, bool template_mode) {
    CheckResult result = check(text, policy, template_mode);
    compare_expected(text, result);
    return result;
}

CheckResult check_expected_of(const std::vector<std::string>& rules, const std::string& text,
                              const std::string& policy, bool template_mode) {
    CheckResult result = check(text, policy, template_mode);
    compare_expected(text, result, rules);
    return result;
}

} // namespace cpdoc::test
