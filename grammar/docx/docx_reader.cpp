#include "docx_reader.hpp"

#include "body_reader.hpp"
#include "grammar/folding.hpp"
#include "grammar/person.hpp"
#include "grammar/placeholders.hpp"
#include "grammar/yes_no.hpp"
#include "model_builder.hpp"
#include "package_parts.hpp"
#include "word_styles.hpp"
#include "zip_package.hpp"

#include <algorithm>
#include <exception>

namespace cpdoc {
namespace {

constexpr std::string_view ole_magic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

DocxResult refused(SourceError error) {
    return {std::nullopt, std::move(error)};
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

DocxResult read(std::string_view bytes, const DocxOptions& options) {
    if (bytes.starts_with(ole_magic))
        return refused({0, "an encrypted or password-protected Word document, or a legacy .doc "
                           "(Word 97-2003), is not read: save it as a Word document (.docx) "
                           "without a password"});
    if (!bytes.starts_with("PK"))
        return refused({0, "not a Word document (.docx): the file is not a zip package"});
    SourceError error;
    auto package = docx::ZipPackage::open(
        bytes, {options.max_entries, options.max_uncompressed, options.max_ratio}, error);
    if (!package)
        return refused(std::move(error));
    auto parts = docx::read_package_parts(*package, error);
    if (!parts)
        return refused(std::move(error));
    const docx::WordStyles styles(parts->styles ? &*parts->styles : nullptr,
                                  parts->numbering ? &*parts->numbering : nullptr);
    const docx::WordBody body = docx::read_body(parts->document.root(), styles);
    auto document = docx::build_document(body, read_properties(*parts), options, error);
    if (!document)
        return refused(std::move(error));
    // An embedded object the body does not show still travels with the document.
    if (parts->has_embedded_parts &&
        std::none_of(
            document->word_hazards.begin(), document->word_hazards.end(),
            [](const WordHazard& hazard) { return hazard.kind == WordHazard::Kind::embedded; }))
        document->word_hazards.push_back({WordHazard::Kind::embedded,
                                          {std::max(document->line_count, 1), 1},
                                          "an embedded object"});
    return {std::move(document), std::nullopt};
}

} // namespace

DocxResult read_docx(std::string_view bytes, const DocxOptions& options) {
    try {
        return read(bytes, options);
    } catch (const std::bad_alloc&) {
        return refused({0, "the Word document is too large to read in the memory available"});
    } catch (const std::exception& error) {
        return refused({0, std::string("the Word document cannot be read: ") + error.what()});
    }
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
