// A template written as a Word document (.docx) rather than in the dialect: the same calls as
// the DialectWriter makes for `cpdoc new`, laid out as docs/word.md says cpdoc reads Word:
// the title, a details table, a Heading 1 per section, `Label: value` lines for fields,
// bullets for records, tables with a header row. Every `{{ ... }}` becomes an unfilled content
// control showing its text as the prompt, as a Word form gives guidance; guidance the dialect
// gives in a comment is such a prompt on a line of its own. The reader reads each unfilled
// control as a placeholder, so the template passes `check --template`.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cpdoc {

class WordTemplateWriter {
public:
    void front_matter_entry(std::string_view key, std::string_view value);
    void front_matter_comment(std::string_view text);
    void title(std::string_view text);
    void section(std::string_view heading);
    void comment(std::string_view text);
    void field(std::string_view key, std::string_view value, int depth = 0);
    void item(std::string_view text, int depth = 0);
    void text_line(std::string_view text);
    void blank_line() {}
    void table(const std::vector<std::string>& header,
               const std::vector<std::vector<std::string>>& rows);

    // The package: the same calls always give the same bytes. Empty only when out of memory.
    std::string docx() const;

private:
    std::vector<std::pair<std::string, std::string>> details_; // label, value
    std::vector<std::string> details_guidance_;
    std::string body_; // WordprocessingML paragraphs and tables
};

} // namespace cpdoc
