#include "pipeline/read_document.hpp"

#include "grammar/docx/docx_reader.hpp"
#include "grammar/parser.hpp"
#include "policies/pack_store.hpp"

namespace cpdoc {

KnownSections known_sections(PackStore& packs, const std::string& policy_id) {
    const std::string id = !policy_id.empty() && packs.has(policy_id) ? policy_id : "base";
    std::shared_ptr<const Policy> policy = packs.load(id).policy;
    if (!policy && id != "base")
        policy = packs.load("base").policy;
    if (!policy)
        return {};
    return [policy](std::string_view kind, std::string_view text) {
        const KindSpec* spec = policy->kind(kind);
        if (spec == nullptr)
            for (const KindSpec& candidate : policy->kinds)
                if (!kind.empty() && candidate.title == kind)
                    spec = &candidate;
        if (spec != nullptr)
            return spec->section(text) != nullptr;
        for (const KindSpec& candidate : policy->kinds)
            if (candidate.section(text) != nullptr)
                return true;
        return false;
    };
}

ReadDocument read_document(InputFile input, const std::filesystem::path& name,
                           const Limits& limits, const KnownSections& known) {
    ReadDocument read;
    if (!input.bytes) {
        read.error = std::move(input.error);
        read.unread = true;
        return read;
    }
    read.bytes = input.bytes->size();
    switch (word_file_name(name)) {
    case WordFileName::macro_enabled:
        read.error = "a macro-enabled Word document (" + name.extension().string() +
                     "), which cpdoc does not read: save it as a Word Document (.docx)";
        return read;
    case WordFileName::word: {
        DocxOptions options;
        options.limits = limits;
        options.names_known_section = known;
        DocxResult docx = read_docx(*input.bytes, options);
        if (docx.error)
            read.error = docx.error->message;
        else
            read.document = std::move(docx.document);
        return read;
    }
    case WordFileName::not_word:
        break;
    }
    ParseResult parsed = parse_document(std::move(*input.bytes), limits);
    if (parsed.error)
        read.error =
            "byte " + std::to_string(parsed.error->byte_offset) + ": " + parsed.error->message;
    else
        read.document = std::move(parsed.document);
    return read;
}

ReadDocument read_document(InputFile input, const Limits& limits) {
    return read_document(std::move(input), std::filesystem::path("-"), limits);
}

ReadDocument read_document(const std::filesystem::path& path, const Limits& limits,
                           const KnownSections& known) {
    return read_document(read_input(path, limits), path, limits, known);
}

} // namespace cpdoc
