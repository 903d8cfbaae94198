#include "pandoc_ast.hpp"

#include "json_writer.hpp"

#include <algorithm>
#include <cstdio>

namespace cpdoc::pandoc {

namespace {

std::string json_string(std::string_view text) {
    return '"' + json_escape(text) + '"';
}

std::string join(const std::vector<std::string>& elements) {
    std::string out = "[";
    for (std::size_t i = 0; i < elements.size(); ++i) {
        if (i > 0)
            out += ',';
        out += elements[i];
    }
    return out + ']';
}

std::string attr(std::string_view id = {}, const std::vector<std::string>& classes = {}) {
    std::vector<std::string> quoted_classes;
    for (const std::string& c : classes)
        quoted_classes.push_back(json_string(c));
    return "[" + json_string(id) + "," + join(quoted_classes) + ",[]]";
}

std::string element(std::string_view tag, const std::string& content) {
    return "{\"t\":\"" + std::string(tag) + "\",\"c\":" + content + "}";
}

// What begins every cell, and nothing else: text is always in escaped JSON strings.
constexpr std::string_view cell_start = "[[\"\",[],[]],{\"t\":\"AlignDefault\"},1,1,";

std::string cell(const Blocks& content) {
    return std::string(cell_start) + join(content) + "]";
}

std::string row(const std::vector<std::string>& cells) {
    return "[" + attr() + "," + join(cells) + "]";
}

std::string width(double fraction) {
    if (fraction <= 0)
        return "{\"t\":\"ColWidthDefault\"}";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4f", fraction);
    return "{\"t\":\"ColWidth\",\"c\":" + std::string(buffer) + "}";
}

} // namespace

Inlines text(std::string_view words) {
    Inlines out;
    std::size_t i = 0;
    while (i < words.size()) {
        if (words[i] == ' ' || words[i] == '\t' || words[i] == '\n') {
            out.emplace_back("{\"t\":\"Space\"}");
            i = std::min(words.find_first_not_of(" \t\n", i), words.size());
            continue;
        }
        const auto end = std::min(words.find_first_of(" \t\n", i), words.size());
        out.push_back(element("Str", json_string(words.substr(i, end - i))));
        i = end;
    }
    return out;
}

void append(Inlines& to, const Inlines& more) {
    to.insert(to.end(), more.begin(), more.end());
}

std::string strong(const Inlines& content) {
    return element("Strong", join(content));
}
std::string emph(const Inlines& content) {
    return element("Emph", join(content));
}
std::string code(std::string_view content) {
    return element("Code", "[" + attr() + "," + json_string(content) + "]");
}
std::string line_break() {
    return "{\"t\":\"LineBreak\"}";
}

std::string para(const Inlines& content) {
    return element("Para", join(content));
}
std::string plain(const Inlines& content) {
    return element("Plain", join(content));
}

std::string header(int level, std::string_view id, const Inlines& content) {
    return element("Header",
                   "[" + std::to_string(level) + "," + attr(id) + "," + join(content) + "]");
}

std::string code_block(std::string_view content) {
    return element("CodeBlock", "[" + attr() + "," + json_string(content) + "]");
}

std::string bullet_list(const std::vector<Blocks>& items) {
    std::vector<std::string> encoded;
    for (const Blocks& item : items)
        encoded.push_back(join(item));
    return element("BulletList", join(encoded));
}

std::string div(std::string_view id, const std::vector<std::string>& classes,
                const Blocks& content) {
    return element("Div", "[" + attr(id, classes) + "," + join(content) + "]");
}

std::string table(const Table& t) {
    std::vector<std::string> specs;
    for (const double w : t.widths)
        specs.push_back("[{\"t\":\"AlignDefault\"}," + width(w) + "]");
    std::vector<std::string> head_rows;
    if (!t.head.empty()) {
        std::vector<std::string> cells;
        for (const Inlines& heading : t.head)
            cells.push_back(cell({plain(heading)}));
        head_rows.push_back(row(cells));
    }
    std::vector<std::string> body_rows;
    for (const auto& cells_in : t.rows) {
        std::vector<std::string> cells;
        for (const Blocks& content : cells_in)
            cells.push_back(cell(content));
        body_rows.push_back(row(cells));
    }
    const std::string caption = "[null,[]]";
    const std::string head = "[" + attr() + "," + join(head_rows) + "]";
    const std::string body = "[" + attr() + ",0,[]," + join(body_rows) + "]";
    const std::string foot = "[" + attr() + ",[]]";
    return element("Table", "[" + attr({}, t.classes) + "," + caption + "," + join(specs) + "," +
                                head + ",[" + body + "]," + foot + "]");
}

std::size_t table_cells(std::string_view document_json) {
    std::size_t count = 0;
    for (auto at = document_json.find(cell_start); at != std::string_view::npos;
         at = document_json.find(cell_start, at + cell_start.size()))
        ++count;
    return count;
}

std::string document(const std::map<std::string, std::string>& meta, const Blocks& blocks) {
    std::string encoded_meta = "{";
    for (const auto& [key, value] : meta) {
        if (encoded_meta.size() > 1)
            encoded_meta += ',';
        encoded_meta += json_string(key) + ":" + element("MetaString", json_string(value));
    }
    encoded_meta += '}';
    return "{\"pandoc-api-version\":[1,22,2,1],\"meta\":" + encoded_meta +
           ",\"blocks\":" + join(blocks) + "}";
}

} // namespace cpdoc::pandoc
