#include "check_annotate.hpp"

#include "pipeline/input.hpp"
#include "pipeline/read_document.hpp"
#include "render/document_writer.hpp"
#include "render/finding_comments.hpp"
#include "render/output_file.hpp"
#include "render/render_limits.hpp"
#include "render/renderer.hpp"

namespace cpdoc {
namespace {

CommentedDocx annotated_word(const FileOutcome& outcome, const Limits& limits) {
    const InputFile input = read_input(outcome.path, limits);
    if (!input.bytes)
        return {"", input.error};
    return add_word_comments(*input.bytes,
                             word_comments(*outcome.document, outcome.result->findings));
}

CommentedDocx annotated_rendering(const FileOutcome& outcome, PackStore& packs,
                                  const Limits& limits, const Date& today) {
    const Document& document = *outcome.document;
    const CheckResult& result = *outcome.result;
    // Marked as a draft, its findings listed at the end, when it has errors.
    const RenderOptions options{.draft = result.count(Severity::error) > 0,
                                .checked_on = today,
                                .cpdoc_version = CPDOC_VERSION};
    const std::string pandoc_json = pandoc_document(document, result, options);
    // As `render` would with its default limits.
    if (auto too_much = over_render_limits(pandoc_json, OutputFormat::docx, RenderLimits{}))
        return {"", *too_much};
    const Rendered rendered =
        render(pandoc_json, {header_lines(document, result, options), protective_marking(document)},
               {.format = OutputFormat::docx, .date = today, .style = nullptr});
    if (!rendered.error.empty())
        return {"", rendered.error};
    ReadDocument word = read_document(InputFile{rendered.bytes, ""}, "rendered.docx", limits,
                                      known_sections(packs, result.policy_id));
    if (!word.document)
        return {"", "the rendered document cannot be read back: " + word.error};
    return add_word_comments(rendered.bytes,
                             rendered_comments(document, *word.document, result.findings));
}

} // namespace

std::optional<std::string> write_annotated(const FileOutcome& outcome, PackStore& packs,
                                           const Limits& limits, const Date& today,
                                           const std::string& output,
                                           const std::vector<std::string>& inputs) {
    const CommentedDocx annotated = outcome.document->source_format == SourceFormat::docx
                                        ? annotated_word(outcome, limits)
                                        : annotated_rendering(outcome, packs, limits, today);
    if (!annotated.error.empty())
        return outcome.path + ": " + annotated.error;
    return write_output_file(output, annotated.bytes, inputs);
}

} // namespace cpdoc
