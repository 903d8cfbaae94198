#include "xml_part.hpp"

#include "grammar/utf8.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <utility>
#include <vector>

namespace cpdoc::docx {
namespace {

struct KnownNamespace {
    std::string_view uri;
    const char* prefix;
};

constexpr std::array<KnownNamespace, 30> known_namespaces{{
    {"http://schemas.openxmlformats.org/wordprocessingml/2006/main", "w"},
    {"http://purl.oclc.org/ooxml/wordprocessingml/main", "w"},
    {"http://schemas.openxmlformats.org/officeDocument/2006/relationships", "r"},
    {"http://purl.oclc.org/ooxml/officeDocument/relationships", "r"},
    {"http://schemas.openxmlformats.org/package/2006/relationships", "pr"},
    {"http://schemas.openxmlformats.org/package/2006/content-types", "ct"},
    {"http://schemas.openxmlformats.org/package/2006/metadata/core-properties", "cp"},
    {"http://purl.org/dc/elements/1.1/", "dc"},
    {"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties", "op"},
    {"http://purl.oclc.org/ooxml/officeDocument/customProperties", "op"},
    {"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes", "vt"},
    {"http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes", "vt"},
    {"urn:schemas-microsoft-com:office:office", "o"},
    {"urn:schemas-microsoft-com:vml", "v"},
    {"http://schemas.openxmlformats.org/markup-compatibility/2006", "mc"},
    {"http://schemas.microsoft.com/office/word/2010/wordml", "w14"},
    {"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", "wp"},
    {"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing", "wp"},
    {"http://schemas.openxmlformats.org/drawingml/2006/main", "a"},
    {"http://purl.oclc.org/ooxml/drawingml/main", "a"},
    {"http://schemas.openxmlformats.org/officeDocument/2006/math", "m"},
    {"http://purl.oclc.org/ooxml/officeDocument/math", "m"},
    {"http://schemas.microsoft.com/office/word/2012/wordml", "w15"},
    {"http://schemas.microsoft.com/office/word/2006/wordml", "wne"},
    {"http://purl.org/dc/terms/", "dcterms"},
    {"http://www.w3.org/XML/1998/namespace", "xml"},
    {"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", "ep"},
    {"http://purl.oclc.org/ooxml/officeDocument/extendedProperties", "ep"},
    {"http://schemas.microsoft.com/office/word/2010/wordprocessingShape", "wps"},
    {"http://schemas.openxmlformats.org/drawingml/2006/picture", "pic"},
}};

const char* canonical_prefix(std::string_view uri) {
    for (const KnownNamespace& known : known_namespaces)
        if (known.uri == uri)
            return known.prefix;
    return "x";
}

// The namespace declarations in scope, innermost last, each with its canonical prefix.
struct Binding {
    std::string_view prefix; // empty for the default namespace
    const char* canonical;
};

std::string_view prefix_of(std::string_view name) {
    const auto colon = name.find(':');
    return colon == std::string_view::npos ? std::string_view() : name.substr(0, colon);
}

const char* resolve(const std::vector<Binding>& scope, std::string_view prefix) {
    if (prefix == "xml")
        return "xml";
    for (auto it = scope.rbegin(); it != scope.rend(); ++it)
        if (it->prefix == prefix)
            return it->canonical;
    return prefix.empty() ? nullptr : "x"; // an undeclared prefix names nothing known
}

// Gives a node or attribute its canonical name, unless it has it already (the usual case:
// Word writes `w:` for the main namespace).
template <typename Named> void rename(Named named, const char* prefix, std::string& buffer) {
    const std::string_view name = named.name();
    const std::string_view local = local_name(name);
    if (prefix == nullptr) {
        if (local.size() != name.size())
            named.set_name(std::string(local).c_str());
        return;
    }
    if (prefix_of(name) == prefix && local.size() != name.size())
        return;
    buffer.assign(prefix);
    buffer += ':';
    buffer += local;
    named.set_name(buffer.c_str());
}

// Renames every element and attribute, depth first without recursion: a part may nest
// deeper than any stack.
void canonicalise(pugi::xml_node root) {
    struct Frame {
        pugi::xml_node node;
        std::size_t scope_size;
    };
    std::vector<Binding> scope;
    std::vector<Frame> pending{{root, 0}};
    std::string buffer;
    while (!pending.empty()) {
        const Frame frame = pending.back();
        pending.pop_back();
        scope.resize(frame.scope_size);
        pugi::xml_node node = frame.node;
        for (pugi::xml_attribute attribute : node.attributes()) {
            const std::string_view name = attribute.name();
            if (name == "xmlns")
                scope.push_back({"", canonical_prefix(attribute.value())});
            else if (name.starts_with("xmlns:"))
                scope.push_back({name.substr(6), canonical_prefix(attribute.value())});
        }
        rename(node, resolve(scope, prefix_of(node.name())), buffer);
        for (pugi::xml_attribute attribute : node.attributes()) {
            const std::string_view name = attribute.name();
            if (name == "xmlns" || name.starts_with("xmlns:") || prefix_of(name).empty())
                continue; // an unprefixed attribute is in no namespace
            rename(attribute, resolve(scope, prefix_of(name)), buffer);
        }
        const std::size_t size = scope.size();
        for (pugi::xml_node child = node.last_child(); child; child = child.previous_sibling())
            if (child.type() == pugi::node_element)
                pending.push_back({child, size});
    }
}

bool is_canonical_prefix(std::string_view prefix) {
    for (const KnownNamespace& known : known_namespaces)
        if (prefix == known.prefix)
            return true;
    return prefix == "x";
}

std::size_t occurrences(std::string_view text, std::string_view word) {
    std::size_t count = 0;
    for (auto at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1))
        ++count;
    return count;
}

// Whether the part's names are canonical as written, so renaming can be skipped: every
// namespace declaration is on the root element (as many `xmlns` in the bytes as there), none
// is a default namespace, and each binds the prefix canonical for its namespace (an unknown
// namespace, a prefix no known one uses). Word writes its parts so; anything else is renamed.
bool already_canonical(std::string_view bytes, pugi::xml_node root) {
    std::size_t declarations = 0;
    for (pugi::xml_attribute attribute : root.attributes()) {
        const std::string_view name = attribute.name();
        if (name == "xmlns")
            return false;
        if (!name.starts_with("xmlns:"))
            continue;
        ++declarations;
        const std::string_view prefix = name.substr(6);
        const std::string_view canonical = canonical_prefix(attribute.value());
        if (canonical == "x" ? is_canonical_prefix(prefix) : prefix != canonical)
            return false;
    }
    return occurrences(bytes, "xmlns") == declarations;
}

char lower_ascii(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

} // namespace

// `<!DOCTYPE` in any case, with NUL bytes skipped so UTF-16 text is caught too. Each `<` is
// found with memchr and what follows it compared.
bool has_doctype(std::string_view bytes) {
    static constexpr std::string_view rest = "!doctype";
    const char* const end = bytes.data() + bytes.size();
    const char* at = bytes.data();
    while (at != end) {
        const auto* open = static_cast<const char*>(std::memchr(at, '<', end - at));
        if (open == nullptr)
            return false;
        std::size_t matched = 0;
        const char* c = open + 1;
        for (; c != end && matched < rest.size(); ++c)
            if (*c != '\0') {
                if (lower_ascii(*c) != rest[matched])
                    break;
                ++matched;
            }
        if (matched == rest.size())
            return true;
        at = open + 1;
    }
    return false;
}

namespace {

// A character XML 1.0 allows (its Char production): tab, line ends, and from the space up,
// but for surrogates and U+FFFE and U+FFFF.
bool xml_character(unsigned long code) {
    return code == 0x9 || code == 0xA || code == 0xD || (code >= 0x20 && code <= 0xD7FF) ||
           (code >= 0xE000 && code <= 0xFFFD) || (code >= 0x10000 && code <= 0x10FFFF);
}

// A character reference at `at` ("&#27;", "&#x1B;"): its code point, or nullopt when the bytes
// there are not one.
std::optional<unsigned long> character_reference(std::string_view bytes, std::size_t at) {
    if (bytes.compare(at, 2, "&#") != 0)
        return std::nullopt;
    std::size_t i = at + 2;
    const bool hex = i < bytes.size() && (bytes[i] == 'x' || bytes[i] == 'X');
    i += hex ? 1 : 0;
    unsigned long code = 0;
    const std::size_t first = i;
    for (; i < bytes.size() && bytes[i] != ';' && i - first < 8; ++i) {
        const char c = bytes[i];
        const int digit = c >= '0' && c <= '9'                            ? c - '0'
                          : hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10
                                                                          : -1;
        if (digit < 0)
            return std::nullopt;
        code = code * (hex ? 16 : 10) + static_cast<unsigned long>(digit);
    }
    if (i == first || i >= bytes.size() || bytes[i] != ';')
        return std::nullopt;
    return code;
}

// Whether the & at `at` starts a reference XML knows: one of the five entities, or a
// character reference in decimal or lower-case hex with at least one digit.
bool well_formed_reference(std::string_view bytes, std::size_t at) {
    for (const std::string_view entity : {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;"})
        if (bytes.compare(at, entity.size(), entity) == 0)
            return true;
    if (bytes.compare(at, 2, "&#") != 0)
        return false;
    std::size_t i = at + 2;
    const bool hex = i < bytes.size() && bytes[i] == 'x';
    i += hex ? 1 : 0;
    const std::size_t first = i;
    while (i < bytes.size() && (std::isdigit(static_cast<unsigned char>(bytes[i])) ||
                                (hex && std::isxdigit(static_cast<unsigned char>(bytes[i])))))
        ++i;
    return i > first && i < bytes.size() && bytes[i] == ';';
}

// Whether byte `at` is inside a CDATA section or a comment, where an & is text.
bool in_cdata_or_comment(std::string_view bytes, std::size_t at) {
    const std::string_view before = bytes.substr(0, at);
    for (const auto& [open, close] :
         {std::pair<std::string_view, std::string_view>{"<![CDATA[", "]]>"}, {"<!--", "-->"}})
        if (const auto opened = before.rfind(open); opened != std::string_view::npos) {
            const auto closed = bytes.find(close, opened + open.size());
            if (closed == std::string_view::npos || closed > at)
                return true;
        }
    return false;
}

} // namespace

std::optional<std::string> why_not_xml_text(std::string_view bytes) {
    using Block = unsigned char __attribute__((vector_size(16)));
    for (std::size_t i = 0; i < bytes.size();) {
        // Sixteen bytes at a time while they are plain printable ASCII with no '&', as nearly
        // all of a Word part is (GCC's vector extension): every part is read so.
        if (i + sizeof(Block) <= bytes.size()) {
            Block block;
            std::memcpy(&block, bytes.data() + i, sizeof block);
            const Block unusual = (block < 0x20) | (block >= 0x80) | (block == '&');
            std::uint64_t halves[2];
            std::memcpy(halves, &unusual, sizeof halves);
            if ((halves[0] | halves[1]) == 0) {
                i += sizeof(Block);
                continue;
            }
        }
        const auto byte = static_cast<unsigned char>(bytes[i]);
        if (byte >= 0x80) {
            const std::size_t length = utf8_sequence_length(bytes, i);
            if (length == 0)
                return "byte " + std::to_string(i) + " is not UTF-8";
            // U+FFFE and U+FFFF (EF BF BE, EF BF BF): UTF-8, but no character XML allows.
            if (length == 3 && bytes.compare(i, 2, "\xEF\xBF") == 0 &&
                static_cast<unsigned char>(bytes[i + 2]) >= 0xBE)
                return "byte " + std::to_string(i) + " is U+" +
                       (bytes[i + 2] == '\xBE' ? "FFFE" : "FFFF") +
                       ", which is no character XML allows";
            i += length;
            continue;
        }
        if (!xml_character(byte))
            return "byte " + std::to_string(i) + " is a control character XML does not allow";
        if (byte == '&') {
            if (const auto code = character_reference(bytes, i); code && !xml_character(*code))
                return "byte " + std::to_string(i) +
                       " is a reference to a character XML does not allow";
            // pugixml keeps what it cannot read as it is ("&bogus;", "&#X41;", a bare "&");
            // Word refuses the part: no reader may read it as text.
            if (!well_formed_reference(bytes, i) && !in_cdata_or_comment(bytes, i))
                return "byte " + std::to_string(i) +
                       " is an & that starts no reference XML knows (&amp; &lt; &gt; &quot; "
                       "&apos; or &#...;)";
        }
        ++i;
    }
    return std::nullopt;
}

std::optional<XmlPart> parse_xml_part(const std::string& bytes) {
    XmlPart part;
    // No parse_doctype: pugixml skips a DOCTYPE (and never expands entities it declares);
    // the part has been refused before reaching here if it holds one anyway.
    constexpr unsigned options = pugi::parse_cdata | pugi::parse_escapes |
                                 pugi::parse_wconv_attribute | pugi::parse_eol |
                                 pugi::parse_ws_pcdata_single;
    if (!part.document.load_buffer(bytes.data(), bytes.size(), options))
        return std::nullopt;
    if (!part.root())
        return std::nullopt;
    if (!already_canonical(bytes, part.root()))
        canonicalise(part.root());
    return part;
}

std::string_view local_name(std::string_view name) {
    const auto colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool is_on(pugi::xml_node property) {
    if (!property)
        return false;
    const pugi::xml_attribute val = property.attribute("w:val");
    if (!val)
        return true;
    const std::string_view value = val.value();
    return value != "0" && value != "false" && value != "off";
}

void push_child_elements(std::vector<pugi::xml_node>& stack, pugi::xml_node node) {
    const std::size_t first = stack.size();
    for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling())
        if (child.type() == pugi::node_element)
            stack.push_back(child);
    std::reverse(stack.begin() + static_cast<long>(first), stack.end());
}

} // namespace cpdoc::docx
