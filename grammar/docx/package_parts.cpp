#include "package_parts.hpp"

#include "grammar/docx/shown_otherwise.hpp"

#include "grammar/folding.hpp"
#include "grammar/person.hpp"
#include "grammar/placeholders.hpp"
#include "grammar/yes_no.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace cpdoc::docx {

bool outside_package(std::string_view target_mode, std::string_view target) {
    if (ascii_lowercase(trim(target_mode)) == "external")
        return true;
    target = trim(target);
    if (target.starts_with("\\\\") || target.starts_with("//"))
        return true;
    // A scheme: a letter, then letters, digits, + - . up to a colon ("http:", "file:").
    const std::size_t colon = target.find(':');
    if (colon == std::string_view::npos || colon == 0 ||
        !std::isalpha(static_cast<unsigned char>(target[0])))
        return false;
    return std::all_of(target.begin(), target.begin() + static_cast<long>(colon), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
    });
}

namespace {

constexpr std::string_view word_main_types[] = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
};
constexpr std::string_view macro_types[] = {
    "application/vnd.ms-word.document.macroenabled.main+xml",
    "application/vnd.ms-word.template.macroenabledtemplate.main+xml",
    "application/vnd.ms-office.vbaproject",
};

const std::string macro_message =
    "a macro-enabled Word document (.docm or .dotm) is not read: save it as a Word document "
    "(.docx) without macros";

struct Relationship {
    std::string id;   // "rId7": how the part relating it refers to the target
    std::string type; // the last segment of the type URI: "officeDocument", "styles"
    std::string target;
    bool external = false;
    std::string external_target; // as written, when external
};

// An external relationship Word follows when the document opens (an attached template, an
// image or frame on a server), unlike a hyperlink, followed only when clicked.
void note_fetched(const Relationship& relationship, PackageParts& parts) {
    if (relationship.external && relationship.type != "hyperlink")
        parts.fetched_when_opened.push_back(relationship.external_target);
}

// "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" -> "officeDocument"
std::string type_name(std::string_view uri) {
    const auto slash = uri.rfind('/');
    return std::string(slash == std::string_view::npos ? uri : uri.substr(slash + 1));
}

// The part a relative target names from `base_dir` ("word/"), or nullopt when it leaves the
// package or is not a plain part name.
std::optional<std::string> resolve_target(std::string_view base_dir, std::string_view target) {
    if (target.empty() || target.find("://") != std::string_view::npos)
        return std::nullopt;
    std::vector<std::string> segments;
    std::string path = target.starts_with('/') ? std::string(target.substr(1))
                                               : std::string(base_dir) + std::string(target);
    std::size_t start = 0;
    while (start <= path.size()) {
        const auto end = std::min(path.find('/', start), path.size());
        const std::string segment = path.substr(start, end - start);
        if (segment == "..") {
            if (segments.empty())
                return std::nullopt;
            segments.pop_back();
        } else if (!segment.empty() && segment != ".") {
            segments.push_back(segment);
        }
        start = end + 1;
    }
    std::string out;
    for (const std::string& segment : segments)
        out += (out.empty() ? "" : "/") + segment;
    if (out.empty())
        return std::nullopt;
    return out;
}

// Reads and parses a part, refusing one with a DOCTYPE.
std::optional<XmlPart> xml(ZipPackage& package, const std::string& name, SourceError& error,
                           bool& failed) {
    std::optional<SourceError> read_error;
    const auto bytes = package.read(name, read_error);
    if (read_error) {
        error = *read_error;
        failed = true;
        return std::nullopt;
    }
    if (!bytes)
        return std::nullopt;
    if (has_doctype(*bytes)) {
        error = {0, "the Word document's part " + name +
                        " holds a DOCTYPE, which no Word document has (it could make an XML "
                        "reader fetch or expand entities): the document is not read"};
        failed = true;
        return std::nullopt;
    }
    if (const auto why = why_not_xml_text(*bytes)) {
        error = {0, "not a Word document cpdoc can read: its part " + name +
                        " is not well-formed XML (" + *why + ")"};
        failed = true;
        return std::nullopt;
    }
    auto part = parse_xml_part(*bytes);
    if (!part) {
        error = {0, "not a Word document cpdoc can read: its part " + name +
                        " is not well-formed XML"};
        failed = true;
    }
    return part;
}

std::vector<Relationship> relationships(const XmlPart& rels, std::string_view base_dir) {
    std::vector<Relationship> out;
    for (pugi::xml_node node : rels.root().children("pr:Relationship")) {
        Relationship relationship;
        relationship.id = node.attribute("Id").value();
        relationship.type = type_name(node.attribute("Type").value());
        relationship.external =
            outside_package(node.attribute("TargetMode").value(), node.attribute("Target").value());
        if (relationship.external)
            relationship.external_target = node.attribute("Target").value();
        if (!relationship.external)
            if (auto target = resolve_target(base_dir, node.attribute("Target").value()))
                relationship.target = std::move(*target);
        out.push_back(std::move(relationship));
    }
    return out;
}

// The content type of a part: its Override, else the Default for its extension.
std::string content_type(const XmlPart& types, const std::string& part) {
    const std::string wanted = ascii_lowercase("/" + part);
    for (pugi::xml_node node : types.root().children("ct:Override"))
        if (ascii_lowercase(node.attribute("PartName").value()) == wanted)
            return ascii_lowercase(node.attribute("ContentType").value());
    const auto dot = part.rfind('.');
    const std::string extension =
        dot == std::string::npos ? "" : ascii_lowercase(part.substr(dot + 1));
    for (pugi::xml_node node : types.root().children("ct:Default"))
        if (ascii_lowercase(node.attribute("Extension").value()) == extension)
            return ascii_lowercase(node.attribute("ContentType").value());
    return "";
}

bool is_macro_type(std::string_view type) {
    for (std::string_view macro : macro_types)
        if (type == macro)
            return true;
    return false;
}

std::string directory_of(const std::string& part) {
    const auto slash = part.rfind('/');
    return slash == std::string::npos ? "" : part.substr(0, slash + 1);
}

std::string rels_of(const std::string& part) {
    const auto slash = part.rfind('/');
    const std::string dir = slash == std::string::npos ? "" : part.substr(0, slash + 1);
    const std::string file = slash == std::string::npos ? part : part.substr(slash + 1);
    return dir + "_rels/" + file + ".rels";
}

bool is_embedding(const Relationship& relationship) {
    return relationship.type == "oleObject" || relationship.type == "package";
}

std::optional<WordStory::Kind> story_kind(std::string_view type) {
    if (type == "header")
        return WordStory::Kind::header;
    if (type == "footer")
        return WordStory::Kind::footer;
    if (type == "footnotes")
        return WordStory::Kind::footnote;
    if (type == "endnotes")
        return WordStory::Kind::endnote;
    if (type == "glossaryDocument")
        return WordStory::Kind::glossary;
    return std::nullopt;
}

// A comments part counts when it holds a comment, whether or not any text still anchors it.
bool read_comments_part(ZipPackage& package, const std::string& name, PackageParts& parts,
                        SourceError& error, bool& failed) {
    const auto comments = xml(package, name, error, failed);
    if (comments && comments->root().child("w:comment"))
        parts.has_comments_part = true;
    return !failed;
}

// A header, footer, notes or glossary part, read once however many relationships name it;
// through its own relationships, whether it embeds anything, its comments and its styles, and
// the glossary's own headers, footers and notes (no deeper).
bool read_story_part(ZipPackage& package, const Relationship& relationship, WordStory::Kind kind,
                     PackageParts& parts, SourceError& error, bool in_glossary = false) {
    for (StoryPart& known : parts.stories)
        if (known.name == relationship.target) {
            known.relationship_ids.push_back(relationship.id);
            return true;
        }
    const std::string& name = relationship.target;
    bool failed = false;
    auto story = xml(package, name, error, failed);
    if (failed)
        return false;
    if (!story)
        return true; // a relationship to a part the package does not hold: nothing to read
    auto rels = xml(package, rels_of(name), error, failed);
    if (failed)
        return false;
    StoryPart part{kind, std::move(*story), name, {relationship.id}, {}, in_glossary};
    if (rels)
        for (const Relationship& own : relationships(*rels, directory_of(name))) {
            if (is_embedding(own))
                parts.has_embedded_parts = true;
            note_fetched(own, parts);
            if (own.target.empty())
                continue;
            if (own.type == "comments" &&
                !read_comments_part(package, own.target, parts, error, failed))
                return false;
            if (own.type == "styles" && !part.styles)
                part.styles = xml(package, own.target, error, failed);
            if (failed)
                return false;
            if (const auto own_kind = story_kind(own.type);
                kind == WordStory::Kind::glossary && own_kind &&
                *own_kind != WordStory::Kind::glossary &&
                !read_story_part(package, own, *own_kind, parts, error, true))
                return false;
        }
    parts.stories.push_back(std::move(part));
    return true;
}

} // namespace

std::optional<PackageParts> read_package_parts(ZipPackage& package, SourceError& error) {
    for (const std::string& name : package.names())
        if (ascii_lowercase(name).ends_with("vbaproject.bin")) {
            error = {0, macro_message};
            return std::nullopt;
        }
    bool failed = false;
    auto types = xml(package, "[Content_Types].xml", error, failed);
    if (failed)
        return std::nullopt;
    if (!types || local_name(types->root().name()) != "Types") {
        error = {0, "not a Word document (.docx): the zip package has no [Content_Types].xml"};
        return std::nullopt;
    }
    for (pugi::xml_node node : types->root().children())
        if (is_macro_type(ascii_lowercase(node.attribute("ContentType").value()))) {
            error = {0, macro_message};
            return std::nullopt;
        }
    auto package_rels = xml(package, "_rels/.rels", error, failed);
    if (failed)
        return std::nullopt;
    std::vector<Relationship> top;
    if (package_rels)
        top = relationships(*package_rels, "");
    std::string main_part;
    for (const Relationship& relationship : top)
        if (relationship.type == "officeDocument" && !relationship.target.empty()) {
            main_part = relationship.target;
            break;
        }
    if (main_part.empty() || !package.has(main_part)) {
        error = {0, "not a Word document (.docx): the package has no main document part "
                    "(word/document.xml)"};
        return std::nullopt;
    }
    const std::string type = content_type(*types, main_part);
    if (is_macro_type(type)) {
        error = {0, macro_message};
        return std::nullopt;
    }
    bool is_word = false;
    for (std::string_view word : word_main_types)
        is_word = is_word || type == word;
    if (!is_word) {
        error = {0, "not a Word document (.docx): its main part is of type \"" + type +
                        "\", not a word-processing document"};
        return std::nullopt;
    }
    auto document = xml(package, main_part, error, failed);
    if (failed)
        return std::nullopt;
    if (!document || document->root().name() != std::string_view("w:document")) {
        error = {0, "not a Word document (.docx): its main part is not a Word document body"};
        return std::nullopt;
    }
    PackageParts parts{std::move(*document), {}, false, {}, {}, {}, {}, false, main_part, {}};
    auto document_rels = xml(package, rels_of(main_part), error, failed);
    if (failed)
        return std::nullopt;
    if (document_rels)
        for (const Relationship& relationship :
             relationships(*document_rels, directory_of(main_part))) {
            if (is_embedding(relationship))
                parts.has_embedded_parts = true;
            note_fetched(relationship, parts);
            if (relationship.target.empty())
                continue;
            // The settings' own relationships: where an attached template is named.
            if (relationship.type == "settings") {
                if (const auto settings_rels =
                        xml(package, rels_of(relationship.target), error, failed))
                    for (const Relationship& own :
                         relationships(*settings_rels, directory_of(relationship.target)))
                        note_fetched(own, parts);
                if (const auto settings = xml(package, relationship.target, error, failed))
                    parts.updates_fields = updates_fields_on_open(settings->root());
            }
            if (relationship.type == "styles" && !parts.styles)
                parts.styles = xml(package, relationship.target, error, failed);
            else if (relationship.type == "numbering" && !parts.numbering)
                parts.numbering = xml(package, relationship.target, error, failed);
            else if (relationship.type == "comments")
                read_comments_part(package, relationship.target, parts, error, failed);
            else if (const auto kind = story_kind(relationship.type)) {
                if (!read_story_part(package, relationship, *kind, parts, error))
                    return std::nullopt;
            }
            if (failed)
                return std::nullopt;
        }
    for (const Relationship& relationship : top) {
        if (relationship.target.empty())
            continue;
        if (relationship.type == "core-properties" && !parts.core_properties)
            parts.core_properties = xml(package, relationship.target, error, failed);
        else if ((relationship.type == "custom-properties" ||
                  relationship.type == "customProperties") &&
                 !parts.custom_properties)
            parts.custom_properties = xml(package, relationship.target, error, failed);
        if (failed)
            return std::nullopt;
    }
    return parts;
}

} // namespace cpdoc::docx
