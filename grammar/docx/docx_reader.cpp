#include "docx_reader.hpp"

#include "body_reader.hpp"
#include "fetching_fields.hpp"
#include "grammar/folding.hpp"
#include "grammar/person.hpp"
#include "grammar/placeholders.hpp"
#include "grammar/yes_no.hpp"
#include "model_builder.hpp"
#include "package_parts.hpp"
#include "shown_otherwise.hpp"
#include "word_styles.hpp"
#include "zip_package.hpp"

#include <exception>

namespace cpdoc {
namespace {

constexpr std::string_view ole_magic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

template <typename Result> Result refused(SourceError error) {
    Result result;
    result.error = std::move(error);
    return result;
}

docx::WordProperties read_properties(const docx::PackageParts& parts) {
    docx::WordProperties properties;
    if (parts.custom_properties)
        for (pugi::xml_node property : parts.custom_properties->root().children("op:property")) {
            // The value is the one child element, whatever its type: vt:lpwstr, vt:bool, ...
            const pugi::xml_node value = property.find_child(
                [](pugi::xml_node node) { return node.type() == pugi::node_element; });
            properties.custom.emplace_back(property.attribute("name").value(),
                                           std::string(trim(value.child_value())));
        }
    if (parts.core_properties)
        properties.title = trim(parts.core_properties->root().child("dc:title").child_value());
    return properties;
}

// Each header and footer, each footnote and endnote in its part, and the glossary; the
// glossary and its own headers, footers and notes read with its styles where it has them.
std::vector<docx::WordStory> read_stories(const docx::PackageParts& parts,
                                          const docx::WordStyles& styles) {
    using Kind = docx::WordStory::Kind;
    const docx::XmlPart* glossary_styles = nullptr;
    for (const docx::StoryPart& story : parts.stories)
        if (story.kind == Kind::glossary && story.styles)
            glossary_styles = &*story.styles;
    const docx::WordStyles glossary_own(glossary_styles, nullptr);
    std::vector<docx::WordStory> stories;
    for (const docx::StoryPart& story : parts.stories) {
        const bool glossary = story.kind == Kind::glossary || story.in_glossary;
        const docx::WordStyles& story_styles = glossary && glossary_styles ? glossary_own : styles;
        const pugi::xml_node root = story.part.root();
        switch (story.kind) {
        case Kind::header:
        case Kind::footer:
            stories.push_back({story.kind, "", story.relationship_ids,
                               docx::read_story(root, story_styles), story.in_glossary});
            break;
        case Kind::glossary:
            stories.push_back({story.kind, "", {}, docx::read_glossary(root, story_styles)});
            break;
        case Kind::footnote:
        case Kind::endnote:
            for (pugi::xml_node node :
                 root.children(story.kind == Kind::footnote ? "w:footnote" : "w:endnote"))
                stories.push_back({story.kind,
                                   node.attribute("w:id").value(),
                                   {},
                                   docx::read_story(node, story_styles),
                                   story.in_glossary});
            break;
        }
    }
    return stories;
}

WordSource open(std::string_view bytes, const DocxOptions& options) {
    if (bytes.starts_with(ole_magic))
        return refused<WordSource>(
            {0, "an encrypted or password-protected Word document, or a legacy .doc "
                "(Word 97-2003), is not read: save it as a Word document (.docx) "
                "without a password"});
    if (!bytes.starts_with("PK"))
        return refused<WordSource>(
            {0, "not a Word document (.docx): the file is not a zip package"});
    SourceError error;
    auto package = docx::ZipPackage::open(
        bytes, {options.max_entries, options.max_uncompressed, options.max_ratio}, error);
    if (!package)
        return refused<WordSource>(std::move(error));
    auto parts = docx::read_package_parts(*package, error);
    if (!parts)
        return refused<WordSource>(std::move(error));
    const docx::WordStyles styles(parts->styles ? &*parts->styles : nullptr,
                                  parts->numbering ? &*parts->numbering : nullptr);
    auto content = std::make_shared<docx::WordContent>();
    content->body = docx::read_body(parts->document.root(), styles);
    content->properties = read_properties(*parts);
    content->stories = read_stories(*parts, styles);
    content->has_embedded_parts = parts->has_embedded_parts;
    content->has_comments_part = parts->has_comments_part;
    content->fetched_when_opened = parts->fetched_when_opened;
    // INCLUDEPICTURE "\\\\server\\p.png" in the body, a header or a note: fetched when Word updates
    // the field, as a linked image's relationship is when it opens.
    if (const auto fetching = docx::fetching_content(parts->document.root()))
        content->fetched_when_opened.push_back(*fetching);
    for (const docx::StoryPart& story : parts->stories)
        if (const auto fetching = docx::fetching_content(story.part.root()))
            content->fetched_when_opened.push_back(*fetching);
    // What Word shows in place of the saved text: a bound control, a field it updates.
    if (const auto otherwise = docx::shown_otherwise(parts->document.root(), parts->updates_fields))
        content->shown_otherwise.push_back(*otherwise);
    return {std::move(content), std::nullopt};
}

DocxResult build(const docx::WordContent& content, const DocxOptions& options) {
    DocxResult result;
    SourceError error;
    result.document = docx::build_document(content, options, result.bold_headings_asked, error);
    if (!result.document)
        return refused<DocxResult>(std::move(error));
    return result;
}

// Reading never throws on bad input.
template <typename Result, typename Read> Result guarded(Read read) {
    try {
        return read();
    } catch (const std::bad_alloc&) {
        return refused<Result>(
            {0, "the Word document is too large to read in the memory available"});
    } catch (const std::exception& error) {
        return refused<Result>(
            {0, std::string("the Word document cannot be read: ") + error.what()});
    }
}

} // namespace

WordSource open_docx(std::string_view bytes, const DocxOptions& options) {
    return guarded<WordSource>([&] { return open(bytes, options); });
}

DocxResult build_docx(const docx::WordContent& content, const DocxOptions& options) {
    return guarded<DocxResult>([&] { return build(content, options); });
}

DocxResult read_docx(std::string_view bytes, const DocxOptions& options) {
    WordSource source = open_docx(bytes, options);
    if (!source.content)
        return refused<DocxResult>(std::move(*source.error));
    return build_docx(*source.content, options);
}

WordFileName word_file_name(const std::filesystem::path& path) {
    const std::string extension = ascii_lowercase(path.extension().string());
    if (extension == ".docx" || extension == ".dotx")
        return WordFileName::word;
    if (extension == ".docm" || extension == ".dotm")
        return WordFileName::macro_enabled;
    return WordFileName::not_word;
}

bool looks_like_docx_name(const std::filesystem::path& path) {
    return word_file_name(path) != WordFileName::not_word;
}

} // namespace cpdoc
