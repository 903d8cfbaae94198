// Every citation in every shipped pack quotes its source verbatim (spacing folded). The
// sources are in the shared directory beside the clone; without it these tests skip.
#include "policies/embedded_data.hpp"
#include "policies/quote_check.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace cpdoc;

TEST_CASE("every citation quotes its source verbatim") {
    const auto shared = test::shared_dir();
    if (!shared)
        return;
    int checked = 0;
    for (const embedded::File& file : embedded::packs()) {
        // What `cpdoc policies validate --sources` checks.
        for (const PackError& error :
             check_quotes(file.content, std::string(file.name),
                          {*shared / "policy-sources", *shared / "spec"}, &checked))
            FAIL_CHECK(error.to_string());
    }
    CHECK(checked > 0);
}

TEST_CASE("dialect rules quote the dialect spec verbatim") {
    const auto shared = test::shared_dir();
    if (!shared)
        return;
    const std::string spec = test::read_text((*shared / "spec/dialect.md").string());
    for (const auto& rule : all_rules()) {
        const RuleInfo& info = rule->info();
        if (!info.dialect)
            continue;
        INFO(info.id);
        CHECK(quotes_verbatim(spec, info.spec_quote));
        CHECK(quotes_verbatim(spec, info.spec_section));
    }
}
