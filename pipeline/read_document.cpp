#include "pipeline/read_document.hpp"

#include "checker/rule.hpp"
#include "grammar/docx/docx_reader.hpp"
#include "grammar/folding.hpp"
#include "grammar/parser.hpp"
#include "policies/pack_store.hpp"
#include "view/section_names.hpp"

namespace cpdoc {
namespace {

const std::string& policy_asked(const CheckOptions& options) {
    return options.policy_override.empty() ? options.default_policy : options.policy_override;
}

// Whether two packs answer every bold paragraph a build asked about the same: then they read
// the same sections and the document built with one is the document built with the other.
bool same_answers(const BoldHeadingQuestions& asked, const KnownSections& one,
                  const KnownSections& other) {
    for (const std::string& paragraph : asked.paragraphs)
        if (one(asked.document_kind, paragraph) != other(asked.document_kind, paragraph))
            return false;
    return true;
}

// A Word document, its package read once. With packs, bold headings are answered from the
// pack asked for and, when the document names another pack (and --policy does not override
// it) whose answers differ, the document is built again from the same reading with that
// pack's sections.
ReadDocument read_word(std::string_view bytes, const Limits& limits, const KnownSections& known,
                       PackStore* packs, const CheckOptions* check) {
    ReadDocument read;
    DocxOptions options;
    options.limits = limits;
    options.names_known_section = known;
    const WordSource source = open_docx(bytes, options);
    if (!source.content) {
        read.error = source.error->message;
        return read;
    }
    DocxResult docx = build_docx(*source.content, options);
    if (docx.document && packs != nullptr && check->policy_override.empty())
        if (const FrontMatterEntry* entry = docx.document->front_matter.find("policy")) {
            const std::string named(trim(entry->value.text));
            if (!named.empty() && named != policy_asked(*check) && packs->has(named)) {
                options.names_known_section = known_sections(*packs, named);
                if (!same_answers(docx.bold_headings_asked, known, options.names_known_section))
                    docx = build_docx(*source.content, options);
            }
        }
    if (docx.error)
        read.error = docx.error->message;
    else
        read.document = std::move(docx.document);
    return read;
}

ReadDocument read_any(InputFile input, const std::filesystem::path& name, const Limits& limits,
                      const KnownSections& known, PackStore* packs, const CheckOptions* check) {
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
        ReadDocument word = read_word(*input.bytes, limits, known, packs, check);
        word.bytes = read.bytes;
        return word;
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

} // namespace

KnownSections known_sections(PackStore& packs, const std::string& policy_id) {
    const std::string id = !policy_id.empty() && packs.has(policy_id) ? policy_id : "base";
    std::shared_ptr<const Policy> policy = packs.load(id).policy;
    if (!policy && id != "base")
        policy = packs.load("base").policy;
    if (!policy)
        return {};
    // A bold line names a section as a heading would: the same tidying and matching.
    return [policy](std::string_view kind, std::string_view text) {
        const std::string heading = heading_key(text);
        const KindSpec* spec = policy->kind(kind);
        if (spec == nullptr)
            for (const KindSpec& candidate : policy->kinds)
                if (!kind.empty() && candidate.title == kind)
                    spec = &candidate;
        if (spec != nullptr)
            return section_named_by(*policy, *spec, heading, text) != nullptr;
        for (const KindSpec& candidate : policy->kinds)
            if (section_named_by(*policy, candidate, heading, text) != nullptr)
                return true;
        return false;
    };
}

ReadDocument read_document(InputFile input, const std::filesystem::path& name, const Limits& limits,
                           const KnownSections& known) {
    return read_any(std::move(input), name, limits, known, nullptr, nullptr);
}

ReadDocument read_document(InputFile input, const Limits& limits) {
    return read_document(std::move(input), std::filesystem::path("-"), limits);
}

ReadDocument read_document(const std::filesystem::path& path, const Limits& limits,
                           const KnownSections& known) {
    return read_document(read_input(path, limits), path, limits, known);
}

ReadDocument read_document(InputFile input, const std::filesystem::path& name, const Limits& limits,
                           PackStore& packs, const CheckOptions& check) {
    return read_any(std::move(input), name, limits, known_sections(packs, policy_asked(check)),
                    &packs, &check);
}

ReadDocument read_document(const std::filesystem::path& path, const Limits& limits,
                           PackStore& packs, const CheckOptions& check) {
    return read_document(read_input(path, limits), path, limits, packs, check);
}

} // namespace cpdoc
