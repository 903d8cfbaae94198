// libFuzzer target: the dialect parser, every rule (under the test pack that turns every
// rule on) and the render writer. Nothing a document contains may crash, hang or read out
// of bounds.
#include "checker/engine.hpp"
#include "grammar/parser.hpp"
#include "render/document_writer.hpp"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static cpdoc::PackStore* packs = [] {
        auto* store = new cpdoc::PackStore();
        store->add_directory(CPDOC_SOURCE_DIR "/tests/data/packs");
        return store;
    }();
    cpdoc::ParseResult parsed =
        cpdoc::parse_document(std::string(reinterpret_cast<const char*>(data), size));
    if (!parsed.document)
        return 0;
    cpdoc::CheckOptions options;
    options.policy_override = "test-all-rules";
    options.today = cpdoc::Date{2026, 11, 25};
    const cpdoc::CheckResult result = cpdoc::check_document(*parsed.document, *packs, options);
    cpdoc::pandoc_document(*parsed.document, result,
                           {.draft = true,
                            .statement = true,
                            .checked_on = cpdoc::Date{2026, 11, 25},
                            .cpdoc_version = "fuzz"});
    options.template_mode = true;
    options.policy_override.clear(); // whatever pack the front matter names, if any
    cpdoc::check_document(*parsed.document, *packs, options);
    return 0;
}
