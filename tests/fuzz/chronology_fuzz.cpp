// libFuzzer target: a chronology table, read into entries, merged with itself and the merge
// checked; the input is the table's rows after a fixed front matter and header.
#include "compose/chronology_merge.hpp"
#include "checker/engine.hpp"
#include "grammar/parser.hpp"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static cpdoc::PackStore* packs = [] {
        auto* store = new cpdoc::PackStore();
        store->add_directory(CPDOC_SOURCE_DIR "/tests/data/packs");
        return store;
    }();
    const std::string text = "---\ndocument: chronology\npolicy: test-all-rules\nchild: C-1\n"
                             "registered: yes\n---\n| Date | Type | Event | Source |\n|-|-|-|-|\n" +
                             std::string(reinterpret_cast<const char*>(data), size);
    cpdoc::ParseResult parsed = cpdoc::parse_document(text);
    if (!parsed.document)
        return 0;
    cpdoc::CheckOptions options;
    options.today = cpdoc::Date{2026, 11, 25};
    cpdoc::check_document(*parsed.document, *packs, options);
    const cpdoc::PackLoad load = packs->load("test-all-rules");
    const cpdoc::DocumentView view(*parsed.document, load.policy.get());
    const cpdoc::MergeResult merged =
        cpdoc::merge_chronologies({{"a.md", &view}, {"b.md", &view}}, "");
    if (merged.document)
        if (cpdoc::ParseResult again = cpdoc::parse_document(*merged.document); again.document)
            cpdoc::check_document(*again.document, *packs, options);
    return 0;
}
