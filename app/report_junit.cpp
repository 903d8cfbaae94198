// JUnit XML: a suite per file, a test case per rule checked, a failure per finding; rules
// skipped in template mode are skipped test cases.
#include "render/xml_text.hpp"
#include "reports.hpp"

#include <pugixml.hpp>

#include <map>
#include <sstream>

namespace cpdoc {

std::string junit_report(const std::vector<FileOutcome>& outcomes) {
    pugi::xml_document doc;
    pugi::xml_node decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version") = "1.0";
    decl.append_attribute("encoding") = "UTF-8";
    pugi::xml_node suites = doc.append_child("testsuites");
    suites.append_attribute("name") = "cpdoc";
    int total_tests = 0, total_failures = 0, total_errors = 0;
    for (const FileOutcome& outcome : outcomes) {
        pugi::xml_node suite = suites.append_child("testsuite");
        add_xml_attribute(suite, "name", outcome.path);
        if (!outcome.result) {
            pugi::xml_node test = suite.append_child("testcase");
            test.append_attribute("name") = "read";
            add_xml_attribute(test, "classname", outcome.path);
            add_xml_attribute(test.append_child("error"), "message",
                              "cannot check: " + outcome.error);
            suite.append_attribute("tests") = 1;
            suite.append_attribute("failures") = 0;
            suite.append_attribute("errors") = 1;
            suite.append_attribute("skipped") = 0;
            ++total_tests;
            ++total_errors;
            continue;
        }
        const CheckResult& result = *outcome.result;
        std::map<std::string, std::vector<const Finding*>> by_rule;
        for (const Finding& finding : result.findings)
            if (!finding.suppressed)
                by_rule[finding.rule_id].push_back(&finding);
        std::vector<std::string> rules(result.rules_run.begin(), result.rules_run.end());
        for (const auto& [id, findings] : by_rule)
            if (std::find(rules.begin(), rules.end(), id) == rules.end())
                rules.push_back(id);
        int failures = 0;
        for (const std::string& id : rules) {
            pugi::xml_node test = suite.append_child("testcase");
            add_xml_attribute(test, "name", id);
            add_xml_attribute(test, "classname", outcome.path);
            const auto found = by_rule.find(id);
            if (found == by_rule.end())
                continue;
            ++failures;
            for (const Finding* finding : found->second) {
                pugi::xml_node failure = test.append_child("failure");
                const std::string where = finding_location(outcome.path, *finding);
                add_xml_attribute(failure, "message",
                                  finding->place ? place_text(*finding) + ": " + finding->message
                                                 : finding->message);
                failure.append_attribute("type") =
                    std::string(to_string(finding->severity)).c_str();
                std::string body = where + ": " + finding->message;
                if (finding->citation)
                    body += "\n" + brief_citation(*finding->citation) + ": \"" +
                            finding->citation->quote + "\"";
                set_xml_text(failure, body);
            }
        }
        for (const std::string& id : result.rules_skipped) {
            pugi::xml_node test = suite.append_child("testcase");
            add_xml_attribute(test, "name", id);
            add_xml_attribute(test, "classname", outcome.path);
            test.append_child("skipped").append_attribute("message") =
                "template mode: this rule needs real values";
        }
        const int tests = static_cast<int>(rules.size() + result.rules_skipped.size());
        suite.append_attribute("tests") = tests;
        suite.append_attribute("failures") = failures;
        suite.append_attribute("errors") = 0;
        suite.append_attribute("skipped") = static_cast<int>(result.rules_skipped.size());
        total_tests += tests;
        total_failures += failures;
    }
    suites.append_attribute("tests") = total_tests;
    suites.append_attribute("failures") = total_failures;
    suites.append_attribute("errors") = total_errors;
    std::ostringstream out;
    doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
    return out.str();
}

} // namespace cpdoc
