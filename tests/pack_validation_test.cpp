// What the schema cannot catch in a pack a council writes: each name it uses must mean
// something, or the pack is refused with the line and column of the slip (issue 20). And a
// requirement a pack adds is cited to what that pack quotes, never a parent's paragraph.
#include "policies/pack_store.hpp"
#include "policies/pack_validator.hpp"
#include "policies/quote_check.hpp"
#include "policies/vocabulary_names.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace cpdoc;

namespace {

// A local pack extending lanarkshire-2019, with `body` after its title and source.
std::string pack(const std::string& body, const std::string& id = "council") {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<policy id=\"" +
           id +
           "\" version=\"1\" jurisdiction=\"scotland\" "
           "extends=\"lanarkshire-2019\">\n"
           "  <title>Council</title>\n"
           "  <source id=\"council-procedures.txt\" title=\"Council procedures\"/>\n" +
           body + "</policy>\n";
}

const std::string cite =
    "<cite source=\"council-procedures.txt\" section=\"4.3 Distribution\">Minutes are sent "
    "to every agency invited within five working days.</cite>";

struct Loaded {
    std::string file;
    std::optional<PackError> add_error;
    PackLoad load;
};

Loaded load(const std::string& text, const std::string& file_name = "council.xml") {
    static const test::TempDir dir("pack-validation");
    PackStore store;
    Loaded loaded;
    loaded.file = test::write_file(dir / file_name, text);
    std::string id;
    loaded.add_error = store.add_file(loaded.file, &id);
    if (!loaded.add_error)
        loaded.load = store.load(id);
    return loaded;
}

std::vector<std::string> errors(const Loaded& loaded) {
    std::vector<std::string> out;
    if (loaded.add_error)
        out.push_back(loaded.add_error->to_string());
    for (const PackError& error : loaded.load.errors)
        out.push_back(error.to_string());
    return out;
}

} // namespace

TEST_CASE("a rule id with a typo is an unknown rule, with a did-you-mean, cited or not") {
    const Loaded cited = load(
        pack("  <rule id=\"TERM-DISGUISED-COMPLAINCE\" severity=\"error\">" + cite + "</rule>\n"));
    CHECK(errors(cited) ==
          std::vector<std::string>{cited.file + ":5:13: unknown rule id TERM-DISGUISED-COMPLAINCE; "
                                                "did you mean TERM-DISGUISED-COMPLIANCE?"});
    // Without a cite it was "enabled but cites no policy paragraph": misleading.
    const Loaded uncited = load(pack("  <rule id=\"SMART-MEASURABEL\" severity=\"error\"/>\n"));
    CHECK(errors(uncited) ==
          std::vector<std::string>{uncited.file + ":5:13: unknown rule id SMART-MEASURABEL; did "
                                                  "you mean SMART-MEASURABLE?"});
    const Loaded unknown = load(pack("  <rule id=\"LOCAL-CHECK\" severity=\"warning\"/>\n"));
    CHECK(errors(unknown) ==
          std::vector<std::string>{
              unknown.file + ":5:13: unknown rule id LOCAL-CHECK: a <rule> sets one of cpdoc's "
                             "rules (`cpdoc rules` lists them); a check of the pack's own is a "
                             "<require> or <discourage>"});
}

TEST_CASE("a known rule on without a citation is still said to cite nothing") {
    const Loaded loaded = load(pack("  <rule id=\"DEFAULTED-VISITS\" severity=\"error\"/>\n"));
    CHECK(errors(loaded) == std::vector<std::string>{
                                loaded.file + ":5:13: rule DEFAULTED-VISITS is enabled but cites "
                                              "no policy paragraph"});
}

TEST_CASE("a dialect rule cannot be set by a pack") {
    const Loaded loaded = load(pack("  <rule id=\"PARSE-ERROR\" severity=\"off\"/>\n"));
    CHECK(errors(loaded) ==
          std::vector<std::string>{loaded.file + ":5:13: rule PARSE-ERROR belongs to the dialect "
                                                 "and is on in every pack; a pack cannot set it"});
}

TEST_CASE("a require naming a field its section does not have is refused") {
    const Loaded loaded = load(
        pack("  <require id=\"LOCAL-MINUTE-TAKER\" severity=\"error\" kind=\"core-group-minutes\" "
             "section=\"Attendance\" field=\"Minute takr\">\n"
             "    <message>Record who took the minutes.</message>\n    " +
             cite + "\n  </require>\n"));
    CHECK(errors(loaded) == std::vector<std::string>{
                                loaded.file + ":5:107: require LOCAL-MINUTE-TAKER: section "
                                              "\"Attendance\" of core-group-minutes has no field "
                                              "\"Minute takr\"; did you mean \"Minute taker\"?"});
}

TEST_CASE("a section ordered by a field it lacks, or by one that is not a date, is refused") {
    const Loaded loaded = load(pack("  <kind name=\"core-group-minutes\">\n"
                                    "    <section name=\"Actions\" order-by=\"Dew\"/>\n"
                                    "    <section name=\"Attendance\" order-by=\"Chair\"/>\n"
                                    "  </kind>\n"));
    CHECK(errors(loaded) ==
          std::vector<std::string>{
              loaded.file + ":6:39: section \"Actions\" of core-group-minutes is ordered by "
                            "\"Dew\", which is not one of its fields; its fields are \"Owner\", "
                            "\"Due\" (a <field> in a <section> of this pack may add one)",
              loaded.file + ":7:42: section \"Attendance\" of core-group-minutes is ordered by "
                            "\"Chair\", which is not a date field"});
}

TEST_CASE("a require naming a section its kind does not have is refused") {
    const Loaded near = load(pack(
        "  <require id=\"LOCAL-X\" severity=\"error\" kind=\"chronology\" section=\"Chronolgy\">\n"
        "    <message>m</message>\n    " +
        cite + "\n  </require>\n"));
    CHECK(errors(near) ==
          std::vector<std::string>{near.file + ":5:69: require LOCAL-X: chronology has no section "
                                               "\"Chronolgy\"; did you mean \"Chronology\"?"});
    const Loaded far = load(pack("  <require id=\"LOCAL-X\" severity=\"error\" kind=\"chronology\" "
                                 "section=\"Distribution\">\n"
                                 "    <message>m</message>\n    " +
                                 cite + "\n  </require>\n"));
    CHECK(errors(far) == std::vector<std::string>{
                             far.file + ":5:69: require LOCAL-X: chronology has no section "
                                        "\"Distribution\"; its sections are \"Chronology\" (a "
                                        "<kind> of this pack may add one)"});
    // The section the same pack adds is there for its require.
    const Loaded added =
        load(pack("  <kind name=\"chronology\"><section name=\"Distribution\">" + cite +
                  "</section></kind>\n"
                  "  <require id=\"LOCAL-X\" severity=\"error\" kind=\"chronology\" "
                  "section=\"Distribution\">\n"
                  "    <message>m</message>\n    " +
                  cite + "\n  </require>\n"));
    CHECK(errors(added).empty());
}

TEST_CASE("a vocabulary no rule reads is refused") {
    const Loaded loaded =
        load(pack("  <vocabulary name=\"manager-role\"><term>Locality Lead</term></vocabulary>\n"));
    CHECK(errors(loaded) ==
          std::vector<std::string>{loaded.file + ":5:21: unknown vocabulary \"manager-role\"; did "
                                                 "you mean \"manager-roles\"?"});
    const Loaded far =
        load(pack("  <vocabulary name=\"local-words\"><term>x</term></vocabulary>\n"));
    CHECK(errors(far) == std::vector<std::string>{
                             far.file + ":5:21: unknown vocabulary \"local-words\": no rule reads "
                                        "it (docs/policy-packs.md lists the vocabularies and the "
                                        "rules that read them)"});
}

TEST_CASE("the vocabularies a pack may name are those the base pack gives the rules") {
    PackStore store;
    const PackLoad base = store.load("base");
    REQUIRE(base.policy);
    std::vector<std::string> defined;
    for (const auto& [name, terms] : base.policy->vocabularies)
        defined.push_back(name);
    CHECK(defined == vocabulary_names());
    // Each name is its Vocab, and the rules read each compiled as the pack gives it.
    REQUIRE(vocabulary_names().size() == vocabulary_count);
    for (std::size_t i = 0; i < vocabulary_count; ++i) {
        const Vocab vocab = static_cast<Vocab>(i);
        INFO(vocabulary_names()[i]);
        CHECK(vocabulary_named(vocabulary_names()[i]) == vocab);
        CHECK(base.policy->vocabulary(vocab) ==
              base.policy->vocabularies.at(vocabulary_names()[i]));
        CHECK(base.policy->folded_vocabulary(vocab).folded().size() ==
              base.policy->vocabulary(vocab).size());
    }
    CHECK(vocabulary_named("adult-word") == std::nullopt);
}

TEST_CASE("a pack whose id is not its file name is refused") {
    const Loaded loaded = load(pack("", "council"), "council-local.xml");
    CHECK(errors(loaded) ==
          std::vector<std::string>{loaded.file + ":2:13: policy pack id `council` differs from its "
                                                 "file name council-local.xml: --policy-dir finds "
                                                 "a pack by its id, as council.xml; rename the "
                                                 "file or change the id"});
}

TEST_CASE("a pack that takes a shipped pack's id is refused at the id") {
    const Loaded loaded = load(pack("", "lanarkshire-2019"), "lanarkshire-2019.xml");
    CHECK(errors(loaded) ==
          std::vector<std::string>{
              loaded.file + ":2:13: policy pack id `lanarkshire-2019` is the id of a pack shipped "
                            "with cpdoc; a local pack needs an id of its own (it may extend the "
                            "shipped one)"});
}

TEST_CASE("a cite names a declared source") {
    const Loaded loaded = load(pack(
        "  <rule id=\"DEFAULTED-VISITS\" severity=\"error\">\n"
        "    <cite source=\"council-procedure.txt\" section=\"1\">Quote.</cite>\n  </rule>\n"));
    CHECK(errors(loaded) ==
          std::vector<std::string>{loaded.file + ":6:19: <cite> names the source "
                                                 "\"council-procedure.txt\", which no <source> "
                                                 "declares; did you mean "
                                                 "\"council-procedures.txt\"?"});
}

TEST_CASE("a pack that extends an unknown pack is refused at its extends") {
    std::string text = pack("");
    text.replace(text.find("lanarkshire-2019"), 16, "lanarkshire-2091");
    const Loaded loaded = load(text);
    CHECK(errors(loaded) ==
          std::vector<std::string>{loaded.file + ":2:67: it extends `lanarkshire-2091`, which is "
                                                 "neither a shipped pack nor one in a "
                                                 "--policy-dir directory"});
}

TEST_CASE("every problem of a pack is reported, not only the first") {
    const Loaded loaded =
        load(pack("  <vocabulary name=\"manager-role\"><term>Lead</term></vocabulary>\n"
                  "  <rule id=\"TERM-DISGUISED-COMPLAINCE\" severity=\"error\">" +
                  cite + "</rule>\n"));
    CHECK(errors(loaded).size() == 2);
}

TEST_CASE("a section a pack adds is cited to the pack's own quote, or to nothing") {
    const Loaded cited = load(pack("  <kind name=\"core-group-minutes\">\n"
                                   "    <section name=\"Distribution\" required=\"true\">\n      " +
                                   cite + "\n    </section>\n  </kind>\n"));
    REQUIRE(cited.load.policy);
    CHECK(cited.load.warnings.empty());
    const SectionSpec* section =
        cited.load.policy->kind("core-group-minutes")->section("Distribution");
    REQUIRE(section != nullptr);
    REQUIRE(section->citations.size() == 1);
    CHECK(section->citations[0].section == "4.3 Distribution");
    CHECK(section->declared_in == "council");

    const Loaded uncited = load(pack("  <kind name=\"core-group-minutes\">\n"
                                     "    <section name=\"Distribution\" required=\"true\"/>\n"
                                     "    <section name=\"Attendance\">\n"
                                     "      <field name=\"Minute taker\" required=\"true\"/>\n"
                                     "    </section>\n  </kind>\n"));
    REQUIRE(uncited.load.policy);
    const KindSpec& kind = *uncited.load.policy->kind("core-group-minutes");
    CHECK(kind.section("Distribution")->citations.empty());
    // The field is base's, made required here: base's Attendance quote is not this pack's.
    CHECK(kind.section("Attendance")->field("Minute taker")->citations.empty());
    CHECK_FALSE(kind.section("Attendance")->citations.empty());
    std::vector<std::string> warnings;
    for (const PackError& warning : uncited.load.warnings)
        warnings.push_back(warning.to_string());
    CHECK(warnings ==
          std::vector<std::string>{
              uncited.file + ":6:5: section \"Distribution\" of core-group-minutes is required but "
                             "cites no policy paragraph: findings about it will carry no citation",
              uncited.file + ":8:7: field \"Minute taker\" of section \"Attendance\" "
                             "(core-group-minutes) is required but cites no policy paragraph: "
                             "findings about it will carry no citation"});
}

TEST_CASE("SECTION-MISSING cites the section's own paragraph, never the rule's first") {
    // The rule's first paragraph (Lanarkshire 6, SMART objectives) is not why a council asks
    // for a Distribution section: the finding cites the council's quote, or nothing.
    auto distribution_finding = [](const std::string& section) {
        const Loaded loaded =
            load(pack("  <kind name=\"core-group-minutes\">\n" + section + "  </kind>\n"));
        REQUIRE(loaded.load.policy);
        PackStore store;
        REQUIRE_FALSE(store.add_file(loaded.file));
        const CheckResult result = check_document(
            test::parse(test::document("core-group-minutes", "council", "# Minutes\n")), store, {});
        for (const Finding& finding : result.findings)
            if (finding.rule_id == "SECTION-MISSING" &&
                finding.message.find("Distribution") != std::string::npos)
                return finding;
        FAIL("no SECTION-MISSING for Distribution");
        return Finding{};
    };
    const Finding cited = distribution_finding(
        "    <section name=\"Distribution\" required=\"true\">" + cite + "</section>\n");
    REQUIRE(cited.citation);
    CHECK(cited.citation->source == "council-procedures.txt");
    CHECK(cited.citation->section == "4.3 Distribution");
    const Finding uncited =
        distribution_finding("    <section name=\"Distribution\" required=\"true\"/>\n");
    CHECK_FALSE(uncited.citation);
}

TEST_CASE("every shipped pack follows the schema") {
    // Loading a shipped pack does not validate it again: it is part of the binary.
    PackStore store;
    for (const std::string& id : store.ids()) {
        INFO(id);
        REQUIRE(store.shipped(id));
        CHECK_FALSE(validate_pack(store.text(id), id + ".xml"));
    }
}

TEST_CASE("the shipped packs resolve without a warning") {
    PackStore store;
    for (const std::string& id : store.ids()) {
        INFO(id);
        const PackLoad load = store.load(id);
        REQUIRE_FALSE(load.error);
        for (const PackError& warning : load.warnings)
            FAIL_CHECK(warning.to_string());
    }
}

TEST_CASE("check_quotes finds each quotation word for word, or says where it is not") {
    const test::TempDir dir("pack-quotes");
    test::write_file(dir / "council-procedures.txt",
                     "4.3 Distribution\nMinutes are sent to every agency\ninvited within five "
                     "working days.\n");
    const std::string good = pack("  <kind name=\"chronology\"><section name=\"Chronology\">" +
                                  cite + "</section></kind>\n");
    int checked = 0;
    CHECK(check_quotes(good, "council.xml", {dir.path()}, &checked).empty());
    CHECK(checked == 1);
    std::string misquoted = good;
    misquoted.replace(misquoted.find("five"), 4, "ten");
    const auto errors = check_quotes(misquoted, "council.xml", {dir.path()});
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].to_string() ==
          "council.xml:5:54: the quotation is not word for word in \"council-procedures.txt\": "
          "\"Minutes are sent to every agency invited within ten working days.\"");
    const auto missing = check_quotes(good, "council.xml", {dir.path() / "nowhere"});
    REQUIRE(missing.size() == 1);
    CHECK(missing[0].to_string() ==
          "council.xml:5:68: the source \"council-procedures.txt\" is not in " +
              (dir.path() / "nowhere").string() + ", so its quotation cannot be checked");
}
