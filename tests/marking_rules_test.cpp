// MARKING-INVALID: the protective marking printed on every rendered page is one the policy
// accepts (dialect spec 1.1 section 2).
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace cpdoc;
using namespace cpdoc::test;

namespace {

// A chronology with nothing else to find; the marking's value is at line 5, column 10.
std::string chronology(const std::string& front_matter) {
    return document("chronology", "base",
                    "| Date | Type | Event | Source |\n| --- | --- | --- | --- |\n"
                    "| 2026-11-02 | visit-seen | Megan seen at home | Social Work |\n",
                    front_matter);
}

CheckResult marked(const std::string& marking, const std::string& policy = "") {
    return check(chronology("marking: " + marking + "\n"), policy);
}

} // namespace

TEST_CASE("MARKING-INVALID: the base markings pass in any case, and so does none") {
    for (const std::string marking : {"OFFICIAL", "OFFICIAL-SENSITIVE", "official-sensitive",
                                      "Official-Sensitive Personal", " OFFICIAL "}) {
        INFO(marking);
        CHECK(summary(marked(marking), {"MARKING-INVALID"}).empty());
    }
    CHECK(summary(check(chronology(""))).empty());
}

TEST_CASE("MARKING-INVALID: a slip names the nearest accepted marking") {
    const std::vector<std::pair<std::string, std::string>> slips = {
        {"OFFICAL-SENSITIVE", "OFFICIAL-SENSITIVE"},
        {"OFFICIAL SENSITIVE", "OFFICIAL-SENSITIVE"},
        {"OFFICIAL-SENSITIVE  PERSONAL", "OFFICIAL-SENSITIVE PERSONAL"},
        {"OFFICIAL-SENSITIVE-PERSONAL", "OFFICIAL-SENSITIVE PERSONAL"}};
    for (const auto& [marking, nearest] : slips) {
        INFO(marking);
        const CheckResult result = marked(marking);
        CHECK(summary(result) == std::vector<std::string>{"MARKING-INVALID@5:10"});
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
        const CheckResult result = marked(marking);
        CHECK(summary(result) == std::vector<std::string>{"MARKING-INVALID@5:10"});
        CHECK(findings(result, "MARKING-INVALID")[0].message ==
              "`" + marking +
                  "` is not a protective marking the policy accepts, and it would be printed on "
                  "every page: write `OFFICIAL`, `OFFICIAL-SENSITIVE` or `OFFICIAL-SENSITIVE "
                  "PERSONAL`");
    }
    const CheckResult empty = check(chronology("marking:\n"));
    CHECK(summary(empty) == std::vector<std::string>{"MARKING-INVALID@5:9"});
    CHECK(findings(empty, "MARKING-INVALID")[0].message ==
          "`marking:` has no value: write `OFFICIAL`, `OFFICIAL-SENSITIVE` or "
          "`OFFICIAL-SENSITIVE PERSONAL`, or leave the line out for the default, "
          "OFFICIAL-SENSITIVE");
}

TEST_CASE(
    "MARKING-INVALID: a placeholder is left to PLACEHOLDER-UNFILLED, and a template is checked") {
    CHECK(summary(marked("{{ marking }}")) ==
          std::vector<std::string>{"PLACEHOLDER-UNFILLED@5:10"});
    const CheckResult in_template = check(chronology("marking: OFFICAL-SENSITIVE\n"), "", true);
    CHECK(summary(in_template, {"MARKING-INVALID"}) ==
          std::vector<std::string>{"MARKING-INVALID@5:10"});
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
        CHECK(load.policy->vocabulary("markings") ==
              std::vector<std::string>{"OFFICIAL", "OFFICIAL-SENSITIVE",
                                       "OFFICIAL-SENSITIVE PERSONAL"});
    }
}

TEST_CASE("MARKING-INVALID: a pack may add its own markings") {
    const std::string local = "OFFICIAL-SENSITIVE PERSONAL & CARE";
    CHECK(summary(marked(local, "test-markings"), {"MARKING-INVALID"}).empty());
    CHECK(summary(marked("official", "test-markings"), {"MARKING-INVALID"}).empty());
    CHECK(summary(marked(local, "lanarkshire-2019"), {"MARKING-INVALID"}) ==
          std::vector<std::string>{"MARKING-INVALID@5:10"});
}
