// Every citation in every shipped pack quotes its source verbatim (spacing folded). The
// sources are in the shared directory beside the clone; without it these tests skip.
#include "policies/embedded_data.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>
#include <pugixml.hpp>

using namespace cpdoc;

namespace {

std::string fold_spacing(std::string_view text) {
    std::string out;
    bool space = false;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::string source_text(const std::filesystem::path& shared, const std::string& source) {
    if (source == "dialect.md")
        return test::read_text((shared / "spec/dialect.md").string());
    return test::read_text((shared / "policy-sources" / source).string());
}

} // namespace

TEST_CASE("every citation quotes its source verbatim") {
    const auto shared = test::shared_dir();
    if (!shared)
        return;
    int checked = 0;
    for (const embedded::File& file : embedded::packs()) {
        pugi::xml_document doc;
        REQUIRE(doc.load_buffer(file.content.data(), file.content.size()));
        for (const pugi::xpath_node cite : doc.select_nodes("//cite")) {
            const std::string source = cite.node().attribute("source").as_string();
            const std::string quote = cite.node().text().as_string();
            INFO(file.name << ": " << source << ": " << quote);
            const std::string text = source_text(*shared, source);
            REQUIRE_FALSE(text.empty());
            CHECK(fold_spacing(text).find(fold_spacing(quote)) != std::string::npos);
            ++checked;
        }
    }
    CHECK(checked > 0);
}

TEST_CASE("dialect rules quote the dialect spec verbatim") {
    const auto shared = test::shared_dir();
    if (!shared)
        return;
    const std::string spec = fold_spacing(source_text(*shared, "dialect.md"));
    for (const auto& rule : all_rules()) {
        const RuleInfo& info = rule->info();
        if (!info.dialect)
            continue;
        INFO(info.id);
        CHECK(spec.find(fold_spacing(info.spec_quote)) != std::string::npos);
        CHECK(spec.find(fold_spacing(info.spec_section)) != std::string::npos);
    }
}
