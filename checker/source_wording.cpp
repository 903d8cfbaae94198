#include "checker/source_wording.hpp"

#include "checker/rule.hpp"
#include "grammar/docx/front_matter_labels.hpp"

namespace cpdoc {

namespace {

std::string quoted(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

std::string code(std::string_view text) {
    return "`" + std::string(text) + "`";
}

} // namespace

std::string SourceWording::typed(std::string_view text) const {
    return typed_in(word_ ? SourceFormat::docx : SourceFormat::markdown, text);
}

std::string SourceWording::section(std::string_view name) const {
    return word_ ? "heading " + quoted(name) : code("## " + std::string(name)) + " section";
}

std::string SourceWording::heading(std::string_view name) const {
    return word_ ? "a heading " + quoted(name) : code("## " + std::string(name));
}

std::string SourceWording::field(std::string_view name) const {
    return word_ ? quoted(name) : code(std::string(name) + ":");
}

std::string SourceWording::field_line(std::string_view name, std::string_view value) const {
    const std::string line = std::string(name) + ": " + std::string(value);
    return word_ ? "a line " + quoted(line) : code("- " + line);
}

std::string SourceWording::message(std::string_view text) const {
    if (!word_)
        return std::string(text);
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const auto open = text.find('`', i);
        const auto close = open == std::string_view::npos ? open : text.find('`', open + 1);
        if (close == std::string_view::npos) {
            out += text.substr(i);
            break;
        }
        std::string_view inside = text.substr(open + 1, close - open - 1);
        if (inside.ends_with(':'))
            inside.remove_suffix(1);
        out += std::string(text.substr(i, open - i)) + quoted(inside);
        i = close + 1;
    }
    return out;
}

std::string_view SourceWording::front_matter() const {
    return word_ ? "details table" : "front matter";
}

std::string SourceWording::key(std::string_view key) const {
    return word_ ? quoted(docx::front_matter_label(key)) : code(std::string(key) + ":");
}

std::string SourceWording::key_line(std::string_view key) const {
    return word_ ? quoted(docx::front_matter_label(key)) + " row"
                 : code(std::string(key) + ":") + " line";
}

std::string SourceWording::key_example(std::string_view key, std::string_view value) const {
    return word_ ? quoted(docx::front_matter_label(key)) + " | " + quoted(value)
                 : code(std::string(key) + ": " + std::string(value));
}

std::string_view SourceWording::add_front_matter() const {
    return word_ ? "put a two-column details table before the first heading, with rows "
                   "\"Document\", \"Policy\" and \"Child\""
                 : "start it with a `---` line, then `document:`, `policy:` and `child:` lines, "
                   "then `---`";
}

SourceWording wording(const CheckContext& context) {
    return SourceWording(context.document().source_format);
}

} // namespace cpdoc
