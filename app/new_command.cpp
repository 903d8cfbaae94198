#include "commands.hpp"
#include "compose/template_writer.hpp"
#include "grammar/printable.hpp"
#include "pack_setup.hpp"
#include "render/output_file.hpp"

#include <filesystem>
#include <iostream>

namespace cpdoc {
namespace fs = std::filesystem;

int run_new(const CommonArgs& common, const std::string& kind, const std::string& output,
            bool force, const std::string& to) {
    const bool word = to == "docx";
    if (word && output.empty()) {
        std::cerr << "cpdoc: new --to docx writes a Word document: name it with -o FILE.docx\n";
        return exit_usage;
    }
    PackStore store;
    const fs::path directory = output.empty() ? fs::path(".") : fs::absolute(output).parent_path();
    const auto policy = setup_project_packs(store, common, directory);
    if (!policy)
        return exit_usage;
    const std::string id = policy->empty() ? "base" : *policy;
    const PackLoad load = store.load(id);
    if (load.error) {
        std::cerr << "cpdoc: " << load.error->to_string() << '\n';
        return exit_usage;
    }
    const auto written =
        word ? write_word_template(*load.policy, kind) : write_template(*load.policy, kind);
    if (!written) {
        std::cerr << "cpdoc: policy " << id << " does not describe " << kind << " documents\n";
        return exit_usage;
    }
    // A local pack's text with a control character in it would make a template that cpdoc
    // then refuses to read.
    const std::string text = word ? *written : printable(*written, LineBreaks::keep);
    if (output.empty()) {
        std::cout << text;
        return exit_ok;
    }
    // A template is blank: written over a file, it would replace real minutes.
    if (auto error = write_output_file(output, text, {},
                                       force ? ExistingFile::replace : ExistingFile::keep)) {
        std::cerr << "cpdoc: " << *error << '\n';
        return exit_usage;
    }
    return exit_ok;
}

} // namespace cpdoc
