// What an audit keeps of its findings: each word once for the whole audit (AuditStrings), so
// that memory grows with what the documents say differently, not with how many there are.
#include "audit/audit_run.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace cpdoc;
using namespace cpdoc::test;

TEST_CASE("AuditStrings keeps one copy of each text and each citation") {
    AuditStrings strings;
    const std::string first = "Outcome is vague: \"improve\"";
    const std::string_view kept = strings.keep(first);
    CHECK(kept == first);
    CHECK(kept.data() != first.data());
    CHECK(strings.keep(std::string(first)).data() == kept.data());
    CHECK(strings.keep("Outcome is vague: \"engage\"").data() != kept.data());
    CHECK(strings.keep("").empty());

    const Citation citation{"lanarkshire.md", "6. Assessment of Risk", "Plans must be SMART."};
    const Citation* shared = strings.keep(citation);
    CHECK(shared->quote == "Plans must be SMART.");
    CHECK(strings.keep(Citation(citation)) == shared);
    CHECK(strings.keep(Citation{"lanarkshire.md", "6. Assessment of Risk", "Other."}) != shared);
}

TEST_CASE("an audit's documents that say the same share the words of their findings") {
    const TempDir root("audit-strings");
    write_file(root / "team-a" / "one.md", placeholder_doc);
    write_file(root / "team-b" / "two.md", placeholder_doc);
    AuditOptions options;
    options.jobs = 2;
    const AuditResult audit = run_audit({root.path().string()}, packs(), options);
    REQUIRE(audit.documents.size() == 2);
    const AuditDocument& one = audit.documents[0];
    const AuditDocument& two = audit.documents[1];
    CHECK(one.team == "team-a");
    CHECK(two.team == "team-b");
    const CheckResult checked = check(placeholder_doc);
    REQUIRE(one.findings.size() == checked.findings.size());
    REQUIRE(two.findings.size() == checked.findings.size());
    REQUIRE_FALSE(checked.findings.empty());
    for (std::size_t i = 0; i < checked.findings.size(); ++i) {
        CHECK(one.findings[i].rule_id == checked.findings[i].rule_id);
        CHECK(one.findings[i].message == checked.findings[i].message);
        CHECK(one.findings[i].pos == checked.findings[i].pos);
        CHECK(one.findings[i].message.data() == two.findings[i].message.data());
        CHECK(one.findings[i].rule_id.data() == two.findings[i].rule_id.data());
        CHECK(one.findings[i].section.data() == two.findings[i].section.data());
    }
}
