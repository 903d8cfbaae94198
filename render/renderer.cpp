#include "renderer.hpp"

#include "docx_reference.hpp"
#include "subprocess.hpp"
#include "templates.hpp"
#include "workspace.hpp"

#include <cstdlib>
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

namespace {

class Runner {
public:
    Runner(Workspace& workspace, const RenderSettings& settings)
        : workspace_(workspace), settings_(settings) {
        const char* path = std::getenv("PATH");
        // Only what the programs need: no user configuration, a fixed time for reproducible
        // output, and the workspace as home so nothing in the user's home is read.
        environment_ = {"PATH=" + std::string(path != nullptr ? path : "/usr/bin:/bin"),
                        "HOME=" + workspace.directory().string(),
                        "TMPDIR=" + workspace.temp_directory().string(), "LANG=C.UTF-8",
                        "SOURCE_DATE_EPOCH=" + std::to_string(settings.date.days() * 86400)};
    }

    // Runs the program; its standard output goes to `output` in the workspace. Returns an
    // error message, empty on success.
    std::string run(const std::vector<std::string>& argv, const std::string& output) {
        const ProgramRun result = run_program(argv, environment_, workspace_.file(output),
                                              workspace_.file(output + ".errors"),
                                              settings_.time_limit, settings_.address_space);
        const std::string& name = argv.front();
        if (!result.started)
            return name + " is not installed (Debian package " +
                   (name == "weasyprint" ? "weasyprint" : "pandoc") +
                   "); scripts/install-deps installs it";
        if (result.timed_out)
            return name + " did not finish within " + std::to_string(settings_.time_limit.count()) +
                   " seconds and was stopped; the document may be too large to render "
                   "(--time-limit raises the limit)";
        if (result.exit_code != 0)
            return name + " failed (exit status " + std::to_string(result.exit_code) +
                   "): " + first_lines(result.errors) + memory_hint(result.errors);
        return "";
    }

    fs::path path(const std::string& name) { return workspace_.file(name); }

private:
    std::string memory_hint(const std::string& errors) const {
        if (errors.find("out of memory") == std::string::npos &&
            errors.find("MemoryError") == std::string::npos)
            return "";
        return " (each renderer may use at most " + std::to_string(settings_.address_space >> 20) +
               " MiB; the document is too large to render)";
    }

    static std::string first_lines(const std::string& text) {
        std::string out = text.substr(0, 600);
        while (!out.empty() && (out.back() == '\n' || out.back() == ' '))
            out.pop_back();
        return out.empty() ? "no message" : out;
    }

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

    if (auto e = runner.run(
            {"weasyprint", "--quiet", "--pdf-variant", settings.pdf_a ? "pdf/a-3b" : "pdf/ua-1",
             runner.path("document.html").string(), runner.path("document.pdf").string()},
            "weasyprint.out");
        !e.empty())
        return {"", e};
    return read_output(runner.path("document.pdf"));
}

} // namespace cpdoc
