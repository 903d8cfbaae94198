#include "renderer.hpp"

#include "docx_reference.hpp"
#include "program_messages.hpp"
#include "subprocess.hpp"
#include "templates.hpp"
#include "weasyprint_driver.hpp"
#include "workspace.hpp"

#include <mutex>
#include <optional>

namespace cpdoc {
namespace fs = std::filesystem;

std::string_view extension(OutputFormat format) {
    switch (format) {
    case OutputFormat::pdf:
        return "pdf";
    case OutputFormat::html:
        return "html";
    case OutputFormat::docx:
        break;
    }
    return "docx";
}

std::string source_date_epoch(const RenderSettings& settings) {
    return std::to_string(settings.date.days() * 86400);
}

namespace {

class Runner {
public:
    Runner(Workspace& workspace, const RenderSettings& settings)
        : workspace_(workspace), settings_(settings) {
        environment_ = workspace.program_environment();
        environment_.push_back("SOURCE_DATE_EPOCH=" + source_date_epoch(settings));
    }

    // Runs the program; its standard output goes to `output` in the workspace. Returns an
    // error message, empty on success.
    std::string run(const std::vector<std::string>& argv, const std::string& output) {
        const ProgramRun result = run_program(argv, environment_, workspace_.file(output),
                                              workspace_.file(output + ".errors"),
                                              settings_.time_limit, settings_.address_space);
        const std::string& name = argv.front();
        if (!result.started)
            return not_installed(name);
        if (result.timed_out)
            return past_time_limit(name, settings_.time_limit);
        if (result.exit_code != 0)
            return program_failed(name, "exit status " + std::to_string(result.exit_code),
                                  result.errors, settings_.address_space);
        return "";
    }

    fs::path path(const std::string& name) { return workspace_.file(name); }

private:
    Workspace& workspace_;
    const RenderSettings& settings_;
    std::vector<std::string> environment_;
};

// Literal text in a Pandoc template.
std::string template_literal(std::string_view text) {
    std::string out;
    for (const char c : text)
        out += c == '$' ? std::string("$$") : std::string(1, c);
    return out;
}

void put(std::string& html, std::string_view marker, const std::string& content) {
    html.replace(html.find(marker), marker.size(), content);
}

// cpdoc's template and style, then the house style's (checked by load_house_style), so a
// council's rules win over cpdoc's.
std::string html_template(const HouseStyle* style) {
    std::string html(render_template("document.html"));
    std::string css = template_literal(render_template("print.css"));
    if (style != nullptr && !style->css.empty())
        css += "\n/* The house style (--css) */\n" + template_literal(style->css);
    put(html, "/* print.css */", css);
    put(html, "<!-- logo -->",
        style == nullptr || style->logo_uri.empty()
            ? std::string()
            : "<div class=\"logo-top\"><img class=\"logo\" src=\"" + style->logo_uri +
                  "\" alt=\"Logo\"></div>");
    return html;
}

// Pandoc's own reference document, asked of Pandoc once for all the documents rendered.
std::string pandoc_reference_docx(Runner& runner, std::string& reference) {
    static std::mutex mutex;
    static std::optional<std::string> cached;
    const std::lock_guard lock(mutex);
    if (!cached) {
        if (auto e = runner.run({"pandoc", "--print-default-data-file", "reference.docx"},
                                "pandoc-reference.docx");
            !e.empty())
            return e;
        cached = read_whole_file(runner.path("pandoc-reference.docx"));
        if (!cached)
            return "Pandoc gave no reference document";
    }
    reference = *cached;
    return "";
}

Rendered read_output(const fs::path& path) {
    auto bytes = read_whole_file(path);
    if (!bytes || bytes->empty())
        return {"", "the renderer wrote no output"};
    return {std::move(*bytes), ""};
}

} // namespace

Rendered render(const std::string& pandoc_json, const PageText& page,
                const RenderSettings& settings) {
    std::string error;
    auto workspace = Workspace::create(error);
    if (!workspace)
        return {"", error};
    Runner runner(*workspace, settings);
    if (!workspace->write("document.json", pandoc_json))
        return {"", "cannot write in " + workspace->directory().string()};
    // The private data directory keeps the user's Pandoc defaults and templates out.
    const std::vector<std::string> pandoc = {
        "pandoc", "--data-dir", workspace->directory().string(),
        "--from", "json",       runner.path("document.json").string()};
    auto with = [&](std::vector<std::string> more) {
        std::vector<std::string> argv = pandoc;
        argv.insert(argv.end(), more.begin(), more.end());
        return argv;
    };

    if (settings.format == OutputFormat::docx) {
        std::string pandoc_reference;
        if (auto e = pandoc_reference_docx(runner, pandoc_reference); !e.empty())
            return {"", e};
        const std::string* house =
            settings.style != nullptr && !settings.style->reference_docx.empty()
                ? &settings.style->reference_docx
                : nullptr;
        if (auto e = write_reference_docx(house != nullptr ? *house : pandoc_reference,
                                          house != nullptr, {page.header_lines, page.marking},
                                          runner.path("reference.docx").string()))
            return {"", *e};
        if (auto e = runner.run(
                with({"--to", "docx", "--reference-doc", runner.path("reference.docx").string(),
                      "--output", runner.path("document.docx").string()}),
                "pandoc.out");
            !e.empty())
            return {"", e};
        return read_output(runner.path("document.docx"));
    }

    if (!workspace->write("template.html", html_template(settings.style.get())))
        return {"", "cannot write in " + workspace->directory().string()};
    // --sandbox where Pandoc allows it: Debian's Pandoc reads its DOCX parts from data files
    // the sandbox refuses. The document has no images or includes for Pandoc to read anyway.
    if (auto e = runner.run(with({"--sandbox", "--to", "html5", "--standalone", "--template",
                                  runner.path("template.html").string(), "--output",
                                  runner.path("document.html").string()}),
                            "pandoc.out");
        !e.empty())
        return {"", e};
    if (settings.format == OutputFormat::html)
        return read_output(runner.path("document.html"));

    const std::optional<std::string> html = read_whole_file(runner.path("document.html"));
    if (!html || html->empty())
        return {"", "the renderer wrote no output"};
    if (auto printed = print_with_driver(*html, settings))
        return *printed;
    // A weasyprint that is not a Python script: run for this one document.
    if (auto e = runner.run(
            {"weasyprint", "--quiet", "--pdf-variant", settings.pdf_a ? "pdf/a-3b" : "pdf/ua-1",
             runner.path("document.html").string(), runner.path("document.pdf").string()},
            "weasyprint.out");
        !e.empty())
        return {"", e};
    return read_output(runner.path("document.pdf"));
}

} // namespace cpdoc
