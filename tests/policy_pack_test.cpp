// Loading policy packs: schema validation with libxml2 (hostile packs refused without
// expansion or network), inheritance through `extends`, and the resolved policy model.
#include "policies/pack_store.hpp"
#include "policies/pack_validator.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>

using namespace cpdoc;

namespace {

const std::string minimal = R"(<?xml version="1.0" encoding="UTF-8"?>
<policy id="local" version="2" jurisdiction="scotland" extends="base">
  <title>Local</title>
  <source id="x.txt" title="Local procedures"/>
  <vocabulary name="manager-roles"><term>Locality Manager</term></vocabulary>
  <kind name="child-plan">
    <section name="Objectives"><alias>Our goals</alias></section>
  </kind>
  <rule id="SMART-MEASURABLE" severity="warning">
    <cite source="x.txt" section="1">A quote.</cite>
  </rule>
</policy>
)";

// A pack file named as its id must be (ID.xml), in a directory removed when the tests end.
std::filesystem::path write_temp(const std::string& name, const std::string& content) {
    static const test::TempDir dir("pack-test");
    return test::write_file(dir / name, content);
}

} // namespace

TEST_CASE("every shipped pack validates and resolves") {
    PackStore store;
    REQUIRE_FALSE(store.ids().empty());
    for (const std::string& id : store.ids()) {
        INFO(id);
        const PackLoad load = store.load(id);
        REQUIRE_FALSE(load.error);
        CHECK(load.policy->id == id);
        CHECK_FALSE(load.policy->title.empty());
        CHECK(load.policy->kind("child-plan") != nullptr);
        CHECK(load.policy->kind("chronology") != nullptr);
    }
}

TEST_CASE("a pack inherits from its parent and overrides it") {
    PackStore store;
    std::string id;
    REQUIRE_FALSE(store.add_file(write_temp("local.xml", minimal), &id));
    CHECK(id == "local");
    const PackLoad load = store.load("local");
    REQUIRE_FALSE(load.error);
    const Policy& policy = *load.policy;
    CHECK(policy.lineage == std::vector<std::string>{"local", "base"});
    CHECK(policy.jurisdiction == Jurisdiction::scotland);
    const auto& roles = policy.vocabulary(Vocab::manager_roles);
    CHECK(std::find(roles.begin(), roles.end(), "Locality Manager") != roles.end());
    CHECK(std::find(roles.begin(), roles.end(), "Team Manager") != roles.end());
    const SectionSpec* objectives = policy.kind("child-plan")->section("Our goals");
    REQUIRE(objectives != nullptr);
    CHECK(objectives->name == "Objectives");
    CHECK(objectives->required); // kept from base
    CHECK(objectives->field("Measure") != nullptr);
    REQUIRE(policy.enabled("SMART-MEASURABLE") != nullptr);
    CHECK(policy.enabled("SMART-MEASURABLE")->severity == Severity::warning);
}

TEST_CASE("a rule switched off in a child pack is not enabled") {
    PackStore store;
    std::string text = minimal;
    text.replace(text.find("severity=\"warning\""), 18, "severity=\"off\"");
    REQUIRE_FALSE(store.add_file(write_temp("local.xml", text)));
    CHECK(store.load("local").policy->enabled("SMART-MEASURABLE") == nullptr);
}

TEST_CASE("an enabled rule without a citation is refused") {
    PackStore store;
    std::string text = minimal;
    text.replace(text.find("</policy>"), 9,
                 "  <rule id=\"CPCC-NOTIFY\" severity=\"warning\"/>\n</policy>");
    REQUIRE_FALSE(store.add_file(write_temp("local.xml", text)));
    const PackLoad load = store.load("local");
    REQUIRE(load.error);
    CHECK(load.error->to_string() ==
          write_temp("local.xml", text).string() +
              ":12:13: rule CPCC-NOTIFY is enabled but cites no policy paragraph");
}

TEST_CASE("a pack that does not follow the schema is refused with its line") {
    const std::string bad = "<?xml version=\"1.0\"?>\n<policy id=\"x\" version=\"1\" "
                            "jurisdiction=\"scotland\">\n  <title>T</title>\n"
                            "  <rule id=\"lower-case\" severity=\"error\"/>\n</policy>\n";
    const auto error = validate_pack(bad, "bad.xml");
    REQUIRE(error);
    CHECK(error->line == 4);
    CHECK_THAT(error->to_string(), Catch::StartsWith("bad.xml:4: does not follow the policy pack"));
}

TEST_CASE("XML that is not well formed is refused with its line") {
    const auto error =
        validate_pack("<?xml version=\"1.0\"?>\n<policy>\n<title>\n</policy>\n", "x.xml");
    REQUIRE(error);
    CHECK(error->line == 4);
    CHECK_THAT(error->message, Catch::Contains("not well-formed"));
}

TEST_CASE("external entities are refused before parsing") {
    const std::string xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE policy [\n"
                            "  <!ENTITY secret SYSTEM \"file:///etc/passwd\">\n]>\n"
                            "<policy id=\"x\" version=\"1\" jurisdiction=\"scotland\">"
                            "<title>&secret;</title></policy>\n";
    const auto error = validate_pack(xxe, "xxe.xml");
    REQUIRE(error);
    CHECK(error->line == 2);
    CHECK_THAT(error->message, Catch::Contains("DOCTYPE"));
}

TEST_CASE("a UTF-16 pack, which would hide its DOCTYPE from the search, is refused") {
    const std::string utf8 = "<?xml version=\"1.0\"?>\n<!DOCTYPE policy SYSTEM "
                             "\"file:///etc/passwd\">\n<policy/>\n";
    std::string utf16 = "\xFF\xFE";
    for (const char c : utf8) {
        utf16 += c;
        utf16 += '\0';
    }
    const auto error = validate_pack(utf16, "u16.xml");
    REQUIRE(error);
    CHECK_THAT(error->message, Catch::Contains("must be UTF-8"));
}

TEST_CASE("a billion-laughs pack is refused without expansion") {
    std::string laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n";
    for (int i = 1; i <= 9; ++i) {
        laughs += "<!ENTITY lol" + std::to_string(i) + " \"";
        for (int j = 0; j < 10; ++j)
            laughs += "&lol" + (i == 1 ? std::string() : std::to_string(i - 1)) + ";";
        laughs += "\">\n";
    }
    laughs += "]>\n<policy>&lol9;</policy>\n";
    const auto error = validate_pack(laughs, "lol.xml");
    REQUIRE(error);
    CHECK_THAT(error->message, Catch::Contains("DOCTYPE"));
}

TEST_CASE("a 100 MB pack is refused without being read") {
    const auto path = std::filesystem::temp_directory_path() /
                      ("cpdoc-huge-pack-" + std::to_string(getpid()) + ".xml");
    {
        std::ofstream out(path, std::ios::binary);
        out.seekp((100 << 20) - 1);
        out.put('>');
    }
    PackStore store;
    const auto error = store.add_file(path);
    std::filesystem::remove(path);
    REQUIRE(error);
    CHECK_THAT(error->message, Catch::Contains("larger than"));
}

TEST_CASE("a pack of more than 2000 elements of one name is refused at the first too many") {
    // 2 MiB of <field> elements took minutes to read: each was looked up among the others.
    auto pack = [](int fields) {
        std::string xml = "<?xml version=\"1.0\"?>\n<policy id=\"x\" version=\"1\" "
                          "jurisdiction=\"scotland\">\n<title>t</title>\n<kind "
                          "name=\"child-plan\">\n<section name=\"Named people\">\n";
        for (int i = 0; i < fields; ++i)
            xml += "<field name=\"f" + std::to_string(i) + "\"/>\n";
        return xml + "</section>\n</kind>\n</policy>\n";
    };
    CHECK_FALSE(validate_pack(pack(2000), "fields.xml"));
    const auto error = validate_pack(pack(3000), "fields.xml");
    REQUIRE(error);
    CHECK(error->to_string() == "fields.xml:2006: a policy pack may have at most 2000 <field> "
                                "elements");
}

TEST_CASE("deeply nested XML is refused, not recursed into") {
    std::string deep = "<?xml version=\"1.0\"?>\n<policy id=\"x\" version=\"1\" "
                       "jurisdiction=\"scotland\"><title>t</title>";
    for (int i = 0; i < 100000; ++i)
        deep += "<kind>";
    const auto error = validate_pack(deep, "deep.xml");
    REQUIRE(error);
}

TEST_CASE("a pack that extends itself is refused") {
    PackStore store;
    std::string text = minimal;
    text.replace(text.find("extends=\"base\""), 14, "extends=\"local\"");
    REQUIRE_FALSE(store.add_file(write_temp("local.xml", text)));
    const PackLoad load = store.load("local");
    REQUIRE(load.error);
    CHECK_THAT(load.error->message, Catch::Contains("circle"));
}

TEST_CASE("a pack extending an unknown pack is refused") {
    PackStore store;
    std::string text = minimal;
    text.replace(text.find("extends=\"base\""), 14, "extends=\"nope\"");
    REQUIRE_FALSE(store.add_file(write_temp("local.xml", text)));
    REQUIRE(store.load("local").error);
}

TEST_CASE("a rule's weight is the pack's, inherited, or its severity's default") {
    PackStore store;
    std::string text = minimal;
    text.replace(text.find("</policy>"), 9,
                 "  <rule id=\"CONTINGENCY-MISSING\" severity=\"warning\"/>\n"
                 "  <rule id=\"CHAIR-MISSING\" severity=\"error\" weight=\"7\"/>\n</policy>");
    REQUIRE_FALSE(store.add_file(write_temp("local.xml", text)));
    const PackLoad load = store.load("local");
    REQUIRE_FALSE(load.error);
    const Policy& policy = *load.policy;
    CHECK(policy.enabled("CHAIR-MISSING")->risk_weight() == 7);       // its own
    CHECK(policy.enabled("CONTINGENCY-MISSING")->risk_weight() == 5); // base's, inherited
    CHECK(policy.enabled("SMART-MEASURABLE")->risk_weight() == 1);    // a warning's default
    CHECK(policy.enabled("INFO-SHARING-REASON")->risk_weight() == 3); // an error's default

    // The shipped packs weigh an unseen child, a Reporter not told, defaulted visits and a
    // threat to a worker above a date slip (a dialect rule: an error's default).
    PackStore shipped;
    const int date_slip = RuleSetting::default_weight(Severity::error);
    for (const auto& [pack, rule] : std::vector<std::pair<std::string, std::string>>{
             {"lanarkshire-2019", "CHILD-SEEN-MISSING"},
             {"lanarkshire-2019", "SCRA-NOTIFY"},
             {"lanarkshire-2019", "WORKER-SAFETY"},
             {"portsmouth-pscb", "DEFAULTED-VISITS"},
             {"portsmouth-pscb", "WORKER-SAFETY"},
             {"pg38-resistant-families", "WORKER-SAFETY"}}) {
        INFO(pack << " " << rule);
        const RuleSetting* setting = shipped.load(pack).policy->enabled(rule);
        REQUIRE(setting != nullptr);
        CHECK(setting->risk_weight() > 2 * date_slip);
    }

    std::string bad = minimal;
    bad.replace(bad.find("severity=\"warning\""), 18, "severity=\"warning\" weight=\"heavy\"");
    PackStore refusing;
    CHECK(refusing.add_file(write_temp("badweight.xml", bad)));
}
