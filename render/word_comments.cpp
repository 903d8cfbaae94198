#include "word_comments.hpp"

#include "grammar/docx/package_parts.hpp"
#include "grammar/docx/xml_part.hpp"
#include "grammar/docx/zip_package.hpp"
#include "grammar/folding.hpp"
#include "xml_text.hpp"

#include <pugixml.hpp>
#include <zip.h>

#include <algorithm>
#include <list>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>

namespace cpdoc {
namespace {

constexpr const char* strict_w_ns = "http://purl.oclc.org/ooxml/wordprocessingml/main";
constexpr const char* comments_type =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
constexpr const char* relationships_ns =
    "http://schemas.openxmlformats.org/package/2006/relationships";

// Everything a part holds is kept, so that only the elements added differ.
constexpr unsigned parse_options = pugi::parse_default | pugi::parse_declaration |
                                   pugi::parse_ws_pcdata | pugi::parse_comments | pugi::parse_pi;

std::optional<pugi::xml_document> parse(const std::string& text) {
    pugi::xml_document document;
    if (!document.load_buffer(text.data(), text.size(), parse_options, pugi::encoding_utf8))
        return std::nullopt;
    return document;
}

std::string serialise(pugi::xml_document& document) {
    if (document.first_child().type() != pugi::node_declaration) {
        pugi::xml_node declaration = document.prepend_child(pugi::node_declaration);
        declaration.append_attribute("version") = "1.0";
        declaration.append_attribute("encoding") = "UTF-8";
        declaration.append_attribute("standalone") = "yes";
    }
    std::ostringstream out;
    document.save(out, "", pugi::format_raw, pugi::encoding_utf8);
    return out.str();
}

// "w:" for "w:p"; "" for an element in the default namespace.
std::string prefix_of(std::string_view name) {
    const auto colon = name.find(':');
    return colon == std::string_view::npos ? "" : std::string(name.substr(0, colon + 1));
}

std::string namespace_of(pugi::xml_node root, const std::string& prefix) {
    const std::string attribute =
        prefix.empty() ? "xmlns" : "xmlns:" + prefix.substr(0, prefix.size() - 1);
    return root.attribute(attribute.c_str()).value();
}

// The part's elements in document order, the root first: how the reader numbers them.
std::vector<pugi::xml_node> elements_in_order(pugi::xml_node root) {
    std::vector<pugi::xml_node> out;
    std::vector<pugi::xml_node> pending{root};
    while (!pending.empty()) {
        const pugi::xml_node node = pending.back();
        pending.pop_back();
        out.push_back(node);
        for (pugi::xml_node child = node.last_child(); child; child = child.previous_sibling())
            if (child.type() == pugi::node_element)
                pending.push_back(child);
    }
    return out;
}

std::vector<pugi::xml_node> paragraphs_in(pugi::xml_node cell, const std::string& w) {
    std::vector<pugi::xml_node> out;
    for (const pugi::xml_node node : elements_in_order(cell))
        if (node.name() == w + "p")
            out.push_back(node);
    return out;
}

// commentRangeStart after the paragraph properties of the element's first paragraph,
// commentRangeEnd and the reference run at the end of its last: the whole paragraph or cell.
bool anchor(pugi::xml_node target, int id, const std::string& w) {
    pugi::xml_node first = target, last = target;
    if (docx::local_name(target.name()) == "tc") {
        const std::vector<pugi::xml_node> paragraphs = paragraphs_in(target, w);
        if (paragraphs.empty())
            return false;
        first = paragraphs.front();
        last = paragraphs.back();
    } else if (docx::local_name(target.name()) != "p") {
        return false;
    }
    const std::string id_name = w + "id";
    const pugi::xml_node properties = first.child((w + "pPr").c_str());
    pugi::xml_node start =
        properties ? first.insert_child_after((w + "commentRangeStart").c_str(), properties)
                   : first.prepend_child((w + "commentRangeStart").c_str());
    start.append_attribute(id_name.c_str()) = id;
    last.append_child((w + "commentRangeEnd").c_str()).append_attribute(id_name.c_str()) = id;
    last.append_child((w + "r").c_str())
        .append_child((w + "commentReference").c_str())
        .append_attribute(id_name.c_str()) = id;
    return true;
}

void add_comment(pugi::xml_node comments, const WordComment& comment, int id,
                 const std::string& w) {
    pugi::xml_node node = comments.append_child((w + "comment").c_str());
    node.append_attribute((w + "id").c_str()) = id;
    node.append_attribute((w + "author").c_str()) = std::string(word_comment_author).c_str();
    node.append_attribute((w + "initials").c_str()) = std::string(word_comment_author).c_str();
    for (const std::string& text : comment.paragraphs) {
        pugi::xml_node t = node.append_child((w + "p").c_str())
                               .append_child((w + "r").c_str())
                               .append_child((w + "t").c_str());
        t.append_attribute("xml:space") = "preserve";
        set_xml_text(t, text);
    }
}

std::string directory_of(const std::string& part) {
    const auto slash = part.rfind('/');
    return slash == std::string::npos ? "" : part.substr(0, slash + 1);
}

std::string rels_of(const std::string& part) {
    return directory_of(part) + "_rels/" + part.substr(directory_of(part).size()) + ".rels";
}

bool same_part(std::string_view a, std::string_view b) {
    if (a.starts_with('/'))
        a.remove_prefix(1);
    if (b.starts_with('/'))
        b.remove_prefix(1);
    return ascii_lowercase(a) == ascii_lowercase(b);
}

struct ZipCloser {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};

// The package again, entry by entry in its order: a changed entry from `changed`, every other
// copied as it is (its compressed data, method and time kept), then the `added` ones.
CommentedDocx repackage(std::string_view docx, const std::map<std::string, std::string>& changed,
                        const std::vector<std::pair<std::string, std::string>>& added) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(docx.data(), docx.size(), 0, &error);
    std::unique_ptr<zip_t, ZipCloser> in(
        source == nullptr ? nullptr : zip_open_from_source(source, ZIP_RDONLY, &error));
    if (!in) {
        if (source != nullptr)
            zip_source_free(source);
        zip_error_fini(&error);
        return {"", "the Word document cannot be opened again to add the comments"};
    }
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_error_fini(&error);
    if (buffer == nullptr)
        return {"", "out of memory"};
    zip_source_keep(buffer);
    auto free_buffer = [](zip_source_t* b) { zip_source_free(b); };
    std::unique_ptr<zip_source_t, decltype(free_buffer)> keep(buffer, free_buffer);
    zip_t* out = zip_open_from_source(buffer, ZIP_TRUNCATE, nullptr);
    if (out == nullptr)
        return {"", "out of memory"};
    auto fail = [&](const std::string& what) {
        zip_discard(out);
        return CommentedDocx{"", "cannot write the commented document: " + what};
    };
    time_t newest = 0;
    auto add = [&](const std::string& name, const std::string& content, time_t mtime) {
        zip_source_t* data = zip_source_buffer(out, content.data(), content.size(), 0);
        const zip_int64_t index =
            data == nullptr ? -1 : zip_file_add(out, name.c_str(), data, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(data);
            return false;
        }
        return zip_file_set_mtime(out, static_cast<zip_uint64_t>(index), mtime, 0) == 0;
    };
    const zip_int64_t entries = zip_get_num_entries(in.get(), 0);
    for (zip_int64_t i = 0; i < entries; ++i) {
        const auto at = static_cast<zip_uint64_t>(i);
        zip_stat_t stat;
        if (zip_stat_index(in.get(), at, 0, &stat) != 0)
            return fail("entry " + std::to_string(i));
        newest = std::max(newest, stat.mtime);
        const auto replaced = std::find_if(changed.begin(), changed.end(), [&](const auto& entry) {
            return same_part(entry.first, stat.name);
        });
        if (replaced != changed.end()) {
            if (!add(stat.name, replaced->second, stat.mtime))
                return fail(stat.name);
            continue;
        }
        zip_source_t* data = zip_source_zip(out, in.get(), at, 0, 0, -1);
        const zip_int64_t index =
            data == nullptr ? -1 : zip_file_add(out, stat.name, data, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(data);
            return fail(stat.name);
        }
        zip_set_file_compression(out, static_cast<zip_uint64_t>(index), stat.comp_method, 0);
    }
    for (const auto& [name, content] : added)
        if (!add(name, content, newest))
            return fail(name);
    if (zip_close(out) != 0)
        return fail(zip_strerror(out));
    std::string bytes;
    if (zip_source_open(buffer) != 0)
        return {"", "cannot write the commented document"};
    char chunk[65536];
    zip_int64_t got;
    while ((got = zip_source_read(buffer, chunk, sizeof chunk)) > 0)
        bytes.append(chunk, static_cast<std::size_t>(got));
    zip_source_close(buffer);
    return {std::move(bytes), ""};
}

std::optional<std::string> read_part(docx::ZipPackage& package, const std::string& name,
                                     std::string& error) {
    std::optional<SourceError> read_error;
    auto bytes = package.read(name, read_error);
    if (read_error)
        error = read_error->message;
    return bytes;
}

} // namespace

CommentedDocx add_word_comments(std::string_view docx, const std::vector<WordComment>& comments) {
    if (comments.empty())
        return {std::string(docx), ""}; // nothing to say: the document as it was
    SourceError open_error;
    auto package = docx::ZipPackage::open(docx, {}, open_error);
    std::optional<docx::PackageParts> parts;
    if (package)
        parts = docx::read_package_parts(*package, open_error);
    if (!parts)
        return {"", open_error.message};
    std::string error;
    const std::string main_part = parts->main_part;
    const auto main_bytes = read_part(*package, main_part, error);
    auto document = main_bytes ? parse(*main_bytes) : std::nullopt;
    if (!document)
        return {"", error.empty() ? "the Word document's main part cannot be read" : error};
    const pugi::xml_node root = document->document_element();
    const std::string w = prefix_of(root.name());
    const std::string w_uri = namespace_of(root, w);
    const bool strict = w_uri == strict_w_ns;

    // The relationships of the main part, and a comments part it may have already.
    const std::string rels_name = rels_of(main_part);
    const auto rels_bytes = package->has(rels_name) ? read_part(*package, rels_name, error)
                                                    : std::optional<std::string>();
    if (!error.empty())
        return {"", error};
    auto rels = rels_bytes
                    ? parse(*rels_bytes)
                    : parse("<Relationships xmlns=\"" + std::string(relationships_ns) + "\"/>");
    if (!rels)
        return {"", "the Word document's relationships cannot be read"};
    pugi::xml_node rels_root = rels->document_element();
    const std::string rel = prefix_of(rels_root.name());
    std::string comments_name;
    std::set<std::string> ids;
    const std::string relationship_name = rel + "Relationship";
    for (pugi::xml_node relationship : rels_root.children(relationship_name.c_str())) {
        ids.insert(relationship.attribute("Id").value());
        const std::string_view type = relationship.attribute("Type").value();
        if (type.ends_with("/comments") &&
            std::string_view(relationship.attribute("TargetMode").value()) != "External")
            comments_name = directory_of(main_part) + relationship.attribute("Target").value();
    }
    std::optional<pugi::xml_document> comments_part;
    const bool had_comments = !comments_name.empty() && package->has(comments_name);
    if (had_comments) {
        const auto bytes = read_part(*package, comments_name, error);
        if (bytes)
            comments_part = parse(*bytes);
        if (!comments_part)
            return {"", "the Word document's comments cannot be read"};
    } else {
        comments_name = directory_of(main_part) + "comments.xml";
        for (int n = 2; package->has(comments_name); ++n)
            comments_name = directory_of(main_part) + "comments" + std::to_string(n) + ".xml";
        comments_part.emplace();
        comments_part->append_child(("w:comments")).append_attribute("xmlns:w") = w_uri.c_str();
    }
    pugi::xml_node comments_root = comments_part->document_element();
    const std::string cw = prefix_of(comments_root.name());
    int next_id = 0;
    const std::string comment_name = cw + "comment";
    for (pugi::xml_node comment : comments_root.children(comment_name.c_str()))
        next_id = std::max(next_id, comment.attribute((cw + "id").c_str()).as_int() + 1);

    const std::vector<pugi::xml_node> elements = elements_in_order(root);
    for (const WordComment& comment : comments) {
        if (comment.element < 0 || static_cast<std::size_t>(comment.element) >= elements.size() ||
            !anchor(elements[static_cast<std::size_t>(comment.element)], next_id, w))
            return {"", "the Word document's element " + std::to_string(comment.element) +
                            " is not a paragraph or a table cell"};
        add_comment(comments_root, comment, next_id++, cw);
    }

    std::map<std::string, std::string> changed{{main_part, serialise(*document)}};
    std::vector<std::pair<std::string, std::string>> added;
    if (had_comments) {
        changed[comments_name] = serialise(*comments_part);
    } else {
        added.emplace_back(comments_name, serialise(*comments_part));
        std::string id = "cpdocComments";
        while (ids.count(id) > 0)
            id += "1";
        pugi::xml_node relationship = rels_root.append_child(relationship_name.c_str());
        relationship.append_attribute("Id") = id.c_str();
        relationship.append_attribute("Type") =
            strict ? "http://purl.oclc.org/ooxml/officeDocument/relationships/comments"
                   : "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                     "comments";
        relationship.append_attribute("Target") =
            comments_name.substr(directory_of(main_part).size()).c_str();
        if (rels_bytes)
            changed[rels_name] = serialise(*rels);
        else
            added.emplace_back(rels_name, serialise(*rels));
        const auto types_bytes = read_part(*package, "[Content_Types].xml", error);
        auto types = types_bytes ? parse(*types_bytes) : std::nullopt;
        if (!types)
            return {"", "the Word document's content types cannot be read"};
        pugi::xml_node types_root = types->document_element();
        pugi::xml_node override_node =
            types_root.append_child((prefix_of(types_root.name()) + "Override").c_str());
        override_node.append_attribute("PartName") = ("/" + comments_name).c_str();
        override_node.append_attribute("ContentType") = comments_type;
        changed["[Content_Types].xml"] = serialise(*types);
    }
    return repackage(docx, changed, added);
}

} // namespace cpdoc
