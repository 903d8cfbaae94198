// `cpdoc import minutes.docx -o minutes.md`: a Word document read through the pipeline and
// written in the dialect, so that it checks to the same findings as the .docx. Nothing of a
// deletion, a comment or hidden text is in the model, so none of it reaches the file.
#include "checker/rule.hpp"
#include "commands.hpp"
#include "grammar/dialect_writer.hpp"
#include "grammar/docx/docx_reader.hpp"
#include "pack_setup.hpp"
#include "pipeline/read_document.hpp"
#include "plural.hpp"
#include "render/output_file.hpp"

#include <iostream>
#include <map>

namespace cpdoc {
namespace {

// What the Word document held that the imported file does not, counted by the places it
// is at: "tracked changes accepted at 4 places; left out: comments at 1 place, ...".
std::string left_out(const Document& document) {
    std::map<WordHazard::Kind, long> places;
    for (const WordHazard& hazard : document.word_hazards)
        ++places[hazard.kind];
    std::string said;
    if (const auto changes = places.find(WordHazard::Kind::tracked_change); changes != places.end())
        said = "tracked changes accepted at " + plural(changes->second, "place");
    std::string dropped;
    for (const auto& [kind, name] : {std::pair{WordHazard::Kind::comment, "comments"},
                                     {WordHazard::Kind::hidden_text, "hidden text"},
                                     {WordHazard::Kind::embedded, "embedded objects"}})
        if (const auto found = places.find(kind); found != places.end())
            dropped += std::string(dropped.empty() ? "" : ", ") + name + " at " +
                       plural(found->second, "place");
    if (!dropped.empty())
        said += (said.empty() ? "" : "; ") + std::string("left out: ") + dropped;
    return said;
}

} // namespace

int run_import(const CommonArgs& common, const std::string& input, const std::string& output,
               bool force) {
    PackStore store;
    if (!setup_packs(store, common))
        return exit_usage;
    if (word_file_name(input) == WordFileName::not_word) {
        std::cerr << input << ": error: cannot import: import reads Word documents (.docx, "
                  << ".dotx); a Markdown document is checked as it is\n";
        return exit_usage;
    }
    const Limits limits;
    CheckOptions check;
    check.policy_override = common.policy;
    // Bold headings are answered from the pack the document names, as check reads it.
    ReadDocument read = read_document(input, limits, store, check);
    if (!read.document) {
        std::cerr << input << ": error: cannot import: " << read.error << '\n';
        return exit_usage;
    }
    std::vector<std::string> inputs{input};
    for (const std::string& pack : store.local_files())
        inputs.push_back(pack);
    // The Markdown may be the minutes someone has since edited: kept unless --force.
    if (auto error = write_output_file(output, write_dialect(*read.document), inputs,
                                       force ? ExistingFile::replace : ExistingFile::keep)) {
        std::cerr << "cpdoc: " << *error << '\n';
        return exit_usage;
    }
    std::cerr << output << ": imported from " << input << '\n';
    // Nothing of these reaches the file: say so, never silently.
    if (const std::string said = left_out(*read.document); !said.empty())
        std::cerr << output << ": " << said << " (`cpdoc check " << input << "` shows where)\n";
    return exit_ok;
}

} // namespace cpdoc
