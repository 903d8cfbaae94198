// MARKING-INVALID: the protective marking printed on every rendered page is one the policy
// accepts (dialect spec 1.1 section 2).
#include "expected_findings.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace cpdoc;
using namespace cpdoc::test;

namespace {

const std::string expect_at_value = "# expect: MARKING-INVALID:10\n";

// The base chronology under the base pack with these front-matter lines.
std::string chronology(const std::string& front_matter) {
    return edited(base_document("chronology"), "child: C-104233\n",
                  "child: C-104233\n" + front_matter);
}

// The same with this marking, followed by what it is expected to raise.
std::string marked(const std::string& marking, const std::string& expected = "") {
    return chronology("marking: " + marking + "\n" + expected);
}

} // namespace

TEST_CASE("MARKING-INVALID: the base markings pass in any case, and so does none") {
    for (const std::string marking : {"OFFICIAL", "OFFICIAL-SENSITIVE", "official-sensitive",
                                      "Official-Sensitive Personal", " OFFICIAL "}) {
        INFO(marking);
        check_expected_of({"MARKING-INVALID"}, marked(marking), "base");
    }
    check_expected(chronology(""), "base");
}

TEST_CASE("MARKING-INVALID: a slip names the nearest accepted marking") {
    const std::vector<std::pair<std::string, std::string>> slips = {
        {"OFFICAL-SENSITIVE", "OFFICIAL-SENSITIVE"},
        {"OFFICIAL SENSITIVE", "OFFICIAL-SENSITIVE"},
        {"OFFICIAL-SENSITIVE  PERSONAL", "OFFICIAL-SENSITIVE PERSONAL"},
        {"OFFICIAL-SENSITIVE-PERSONAL", "OFFICIAL-SENSITIVE PERSONAL"}};
    for (const auto& [marking, nearest] : slips) {
        INFO(marking);
        const CheckResult result = check_expected(marked(marking, expect_at_value), "base");
        CHECK(findings(result, "MARKING-INVALID")[0].message ==
              "`" + marking +
                  "` is not a protective marking the policy accepts, and it would be printed on "
                  "every page: did you mean `" +
                  nearest + "`?");
    }
}

TEST_CASE("MARKING-INVALID: another scheme's marking, or none, lists the accepted ones") {
    for (const std::string marking : {"NOT PROTECTIVELY MARKED", "SECRET"}) {
        INFO(marking);
        const CheckResult result = check_expected(marked(marking, expect_at_value), "base");
        CHECK(findings(result, "MARKING-INVALID")[0].message ==
              "`" + marking +
                  "` is not a protective marking the policy accepts, and it would be printed on "
                  "every page: write `OFFICIAL`, `OFFICIAL-SENSITIVE` or `OFFICIAL-SENSITIVE "
                  "PERSONAL`");
    }
    const CheckResult empty =
        check_expected(chronology("marking:\n# expect: MARKING-INVALID:9\n"), "base");
    CHECK(findings(empty, "MARKING-INVALID")[0].message ==
          "`marking:` has no value: write `OFFICIAL`, `OFFICIAL-SENSITIVE` or "
          "`OFFICIAL-SENSITIVE PERSONAL`, or leave the line out for the default, "
          "OFFICIAL-SENSITIVE");
}

TEST_CASE(
    "MARKING-INVALID: a placeholder is left to PLACEHOLDER-UNFILLED, and a template is checked") {
    check_expected(marked("{{ marking }}", "# expect: PLACEHOLDER-UNFILLED:10\n"), "base");
    check_expected_of({"MARKING-INVALID"}, marked("OFFICAL-SENSITIVE", expect_at_value), "base",
                      true);
}

TEST_CASE("MARKING-INVALID: every shipped pack has it, an error citing the dialect spec") {
    PackStore shipped;
    for (const std::string& id : shipped.ids()) {
        INFO(id);
        const PackLoad load = shipped.load(id);
        REQUIRE(load.policy);
        const RuleSetting* rule = load.policy->enabled("MARKING-INVALID");
        REQUIRE(rule != nullptr);
        CHECK(rule->severity == Severity::error);
        REQUIRE(rule->citations.size() == 1);
        CHECK(rule->citations[0].source == "dialect.md");
        CHECK(rule->citations[0].section == "2. Front matter");
        CHECK(load.policy->vocabulary(Vocab::markings) ==
              std::vector<std::string>{"OFFICIAL", "OFFICIAL-SENSITIVE",
                                       "OFFICIAL-SENSITIVE PERSONAL"});
    }
}

TEST_CASE("MARKING-INVALID: a pack may add its own markings") {
    const std::string local = "OFFICIAL-SENSITIVE PERSONAL & CARE";
    check_expected_of({"MARKING-INVALID"}, marked(local), "test-markings");
    check_expected_of({"MARKING-INVALID"}, marked("official"), "test-markings");
    check_expected_of({"MARKING-INVALID"}, marked(local, expect_at_value), "lanarkshire-2019");
}
