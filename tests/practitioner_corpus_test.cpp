// ../shared/corpus/practitioner: documents written the way practitioners write them, without
// the code in view, with the findings each must produce (its README): every expected rule
// id at least as often as expected, and no error outside what is expected or allowed.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>

#include <filesystem>
#include <map>
#include <set>
#include <sstream>

using namespace cpdoc;
using namespace cpdoc::test;
namespace fs = std::filesystem;
namespace pt = boost::property_tree;

namespace {

pt::ptree parse_json(const std::string& text) {
    std::istringstream in(text);
    pt::ptree tree;
    pt::read_json(in, tree);
    return tree;
}

// Expectations the dialect spec overrules, each with the reason (the corpus README: "decide
// from the dialect spec and the policy texts which side is right").
const std::map<std::pair<std::string, std::string>, std::string> overruled = {
    {{"l-chronology-hygiene-wos.md", "CHRONOLOGY-DATE|DATE-INVALID"},
     "`19/06/2026` is a date under spec 1.1 section 3 (day/month/year, four-digit year)"},
};

std::vector<std::string> alternatives(const std::string& key) {
    std::vector<std::string> ids;
    std::istringstream in(key);
    for (std::string id; std::getline(in, id, '|');)
        ids.push_back(id);
    return ids;
}

} // namespace

TEST_CASE("every practitioner document gives the findings it must, and no false alarm") {
    const auto shared = shared_dir(); // says why when it skips
    if (!shared)
        return;
    const fs::path corpus = *shared / "corpus" / "practitioner";
    const pt::ptree expected = parse_json(read_text((corpus / "expected.json").string()));
    const std::string today = expected.get<std::string>("today");
    int cases = 0;
    for (const auto& [name, spec] : expected.get_child("cases")) {
        INFO(name);
        const Run run =
            run_cpdoc({"check", "--format", "json", "--today", today, name}, corpus.string());
        REQUIRE(run.status != 2);
        std::map<std::string, int> found;       // every unsuppressed finding, by rule
        std::multiset<std::string> error_lines; // "RULE-ID at line:col" of each error
        const pt::ptree report = parse_json(run.out);
        for (const auto& [_, finding] :
             report.get_child("files").front().second.get_child("findings")) {
            if (finding.get<bool>("suppressed", false))
                continue;
            const std::string rule = finding.get<std::string>("rule");
            ++found[rule];
            if (finding.get<std::string>("severity") == "error")
                error_lines.insert(rule + " at " + finding.get<std::string>("line") + ":" +
                                   finding.get<std::string>("column"));
        }
        std::set<std::string> accepted;
        for (const auto& [key, count] : spec.get_child("expect")) {
            if (const auto reason = overruled.find({name, key}); reason != overruled.end()) {
                WARN(name << ": not expecting " << key << ": " << reason->second);
                continue;
            }
            int seen = 0;
            for (const std::string& id : alternatives(key)) {
                seen += found[id];
                accepted.insert(id);
            }
            INFO("expected " << key << " at least " << count.get_value<int>() << " times");
            CHECK(seen >= count.get_value<int>());
        }
        if (const auto allow = spec.get_child_optional("allow"))
            for (const auto& [_, id] : *allow)
                accepted.insert(id.get_value<std::string>());
        for (const std::string& error : error_lines) {
            const std::string rule = error.substr(0, error.find(' '));
            INFO("false alarm: " << error);
            CHECK(accepted.count(rule) == 1);
        }
        ++cases;
    }
    CHECK(cases == 19);
}
