// `cpdoc render`: check, then write the document as DOCX, PDF or HTML, only when it passes
// (or, with --draft or --for-accuracy, marked as a draft on every page), in the council's
// house style when one is named. A directory renders in parallel.
#include "checker/source_wording.hpp"
#include "commands.hpp"
#include "config_cache.hpp"
#include "pack_setup.hpp"
#include "pipeline/check_file.hpp"
#include "pipeline/document_files.hpp"
#include "pipeline/job_pool.hpp"
#include "render/document_writer.hpp"
#include "render/output_file.hpp"
#include "render/own_output.hpp"
#include "render/renderer.hpp"
#include "render/title_name.hpp"
#include "reports.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>

namespace cpdoc {
namespace fs = std::filesystem;

namespace {

enum class Outcome { rendered, refused, skipped, failed };

struct Job {
    fs::path input;
    fs::path output;
    CheckOptions options;
    bool document = true; // below a directory: whether the file is a document
    Outcome outcome = Outcome::failed;
    std::string message; // findings for a refused document, the error for a failed one
    std::shared_ptr<const HouseStyle> style = nullptr;
    std::optional<SensitivityLabel> label = std::nullopt;
    std::string warning = ""; // printed before the message
};

OutputFormat format_named(const std::string& name) {
    if (name == "pdf")
        return OutputFormat::pdf;
    if (name == "html")
        return OutputFormat::html;
    return OutputFormat::docx;
}

void render_job(Job& job, PackStore& store, const RenderArgs& args, const Date& today, bool batch) {
    std::optional<FileOutcome> found =
        batch ? check_found_file(job.input, store, job.options, args.limits, true)
              : check_file(job.input.string(), store, job.options, args.limits, true);
    if (!found) {
        job.outcome = Outcome::skipped;
        return;
    }
    const FileOutcome& checked = *found;
    if (!checked.result) {
        job.message = job.input.string() + ": " + checked.error;
        return;
    }
    const CheckResult& result = *checked.result;
    if (result.count(Severity::error) > 0 && !args.draft && !args.for_accuracy) {
        job.outcome = Outcome::refused;
        job.message = text_report({checked}, {});
        return;
    }
    // The practitioner's own Word minutes beside the Markdown imported from them have the
    // name a rendering of it would have.
    if (!args.force)
        if (auto kept = why_not_replaced(job.output)) {
            job.message = *kept;
            return;
        }
    const OutputFormat format = format_named(args.to);
    std::error_code ec;
    const std::uintmax_t bytes = fs::file_size(job.input, ec); // as check read it just now
    if (auto too_large = over_render_size(ec ? 0 : bytes, format, args.render_limits)) {
        job.message = job.input.string() + ": " + *too_large;
        return;
    }
    const RenderOptions options{args.draft, args.for_accuracy, args.statement,
                                today,      CPDOC_VERSION,     job.label};
    if (const auto& title = checked.document->title)
        if (const auto name = name_in_title(title->text)) {
            const SourceFormat source = checked.document->source_format;
            // A Word document has no lines: its title is found by being the title.
            const std::string where = source == SourceFormat::docx
                                          ? ": the title"
                                          : ":" + std::to_string(title->pos.line);
            job.warning = job.input.string() + where + ": warning: the title holds `" + *name +
                          "`, which " + SourceWording(source).key("child") +
                          " would refuse as a name: it becomes the Title property of the " +
                          args.to +
                          ", shown in file lists, search results and mail previews; write "
                          "the case reference instead";
        }
    const std::string document = pandoc_document(*checked.document, result, options);
    if (auto too_much = over_render_limits(document, format, args.render_limits)) {
        job.message = job.input.string() + ": " + *too_much;
        return;
    }
    const PageText page{header_lines(*checked.document, result, options),
                        protective_marking(*checked.document)};
    const RenderSettings settings{.format = format,
                                  .pdf_a = args.pdf_a,
                                  .time_limit = std::chrono::seconds(args.time_limit),
                                  .date = today,
                                  .style = job.style};
    const Rendered rendered = render(document, page, settings);
    if (!rendered.error.empty()) {
        job.message = job.input.string() + ": " + rendered.error;
        return;
    }
    if (batch) // a directory's documents go to the same places below -o
        fs::create_directories(job.output.parent_path(), ec);
    if (auto error = write_output_file(job.output, rendered.bytes, {job.input.string()})) {
        job.message = *error;
        return;
    }
    job.outcome = Outcome::rendered;
    job.message = job.input.string() + ": rendered to " + job.output.string() +
                  (args.draft          ? " as a draft"
                   : args.for_accuracy ? " as a draft for accuracy"
                                       : "");
    // The page says nothing of the check, so the chair is told here what it found.
    if (args.for_accuracy && result.count(Severity::error) > 0)
        job.message += " (it has " + counted(result.count(Severity::error), "error") +
                       ", not shown: fix them before it is final)";
}

// The jobs: one named file, or every file below directories (output under -o, mirroring
// where each file sits below the directory it was found in).
std::vector<Job> plan_jobs(const RenderArgs& args, bool& batch, std::string& error) {
    std::error_code ec;
    batch = args.inputs.size() > 1 || fs::is_directory(args.inputs.front(), ec);
    const std::string ext = "." + std::string(extension(format_named(args.to)));
    std::vector<Job> jobs;
    if (!batch) {
        fs::path output = args.output;
        if (output.empty())
            output = fs::path(args.inputs.front()).replace_extension(ext);
        jobs.push_back({args.inputs.front(), output, {}, true, Outcome::failed, ""});
        return jobs;
    }
    if (args.output.empty()) {
        error = "rendering a directory or several files needs -o OUTDIR";
        return jobs;
    }
    if (fs::exists(args.output, ec) && !fs::is_directory(args.output, ec)) {
        error = args.output + ": is not a directory";
        return jobs;
    }
    for (const std::string& input : args.inputs) {
        const bool directory = fs::is_directory(input, ec);
        for (const fs::path file : files_below({input})) {
            const fs::path relative = directory ? file.lexically_relative(input) : file.filename();
            jobs.push_back({file,
                            (fs::path(args.output) / relative).replace_extension(ext),
                            {},
                            is_document_file(file, args.limits),
                            Outcome::failed,
                            ""});
        }
    }
    return jobs;
}

// Two documents that would write one output (x.md and x.txt): one would silently replace
// the other, so the command stops before rendering either.
std::string output_clash(const std::vector<Job>& jobs) {
    std::map<fs::path, const Job*> by_output;
    for (const Job& job : jobs) {
        if (!job.document)
            continue;
        if (const auto [it, added] = by_output.emplace(job.output, &job); !added)
            return job.input.string() + " and " + it->second->input.string() +
                   " would both be rendered to " + job.output.string() +
                   ": rename one, or render them separately";
    }
    return {};
}

// The house style of a job: the files the command line names, else those its config names.
HouseStyleFiles style_files(const RenderArgs& args, const std::optional<ProjectConfig>& config) {
    HouseStyleFiles files = config ? config->house_style : HouseStyleFiles{};
    for (const auto& [given, file] :
         {std::pair{&args.reference_doc, &files.reference_doc}, std::pair{&args.css, &files.css},
          std::pair{&args.logo, &files.logo}})
        if (!given->empty())
            *file = {*given, false};
    return files;
}

// Before anything is rendered: no document's output replaces a file the run reads (a
// document, the config, a pack, the house style) or is unsafe to write on a shared machine.
std::optional<std::string> unsafe_outputs(const std::vector<Job>& jobs, const ConfigCache& configs,
                                          const PackStore& store,
                                          const std::vector<std::string>& style_files) {
    std::vector<std::string> inputs = configs.files_read(store);
    inputs.insert(inputs.end(), style_files.begin(), style_files.end());
    std::vector<fs::path> outputs;
    for (const Job& job : jobs)
        if (job.document) {
            inputs.push_back(job.input.string());
            outputs.push_back(job.output);
        }
    return check_outputs(outputs, inputs);
}

} // namespace

int run_render(const RenderArgs& args) {
    PackStore store;
    const auto today = setup_checking(store, args.common, args.today);
    if (!today)
        return exit_usage;
    bool batch = false;
    std::string error;
    std::vector<Job> jobs = plan_jobs(args, batch, error);
    if (error.empty() && batch)
        error = output_clash(jobs);
    if (!error.empty()) {
        std::cerr << "cpdoc: " << error << '\n';
        return exit_usage;
    }

    CheckOptions options;
    options.policy_override = args.common.policy;
    options.today = today;
    ConfigCache configs(args.common.config);
    std::map<const ConfigLoad*, std::shared_ptr<const HouseStyle>> styles; // read once a config
    std::vector<std::string> style_paths;
    for (Job& job : jobs) {
        const ConfigLoad& config = configs.for_document(job.input, store);
        if (!config.error.empty()) {
            std::cerr << "cpdoc: " << config.error << '\n';
            return exit_usage;
        }
        job.options = with_config(options, config.config);
        if (!job.document)
            continue;
        auto& style = styles[&config];
        if (style == nullptr) {
            const HouseStyleFiles files = style_files(args, config.config);
            auto loaded = load_house_style(files, error);
            if (!loaded) {
                std::cerr << "cpdoc: " << error << '\n';
                return exit_usage;
            }
            style = std::make_shared<const HouseStyle>(std::move(*loaded));
            for (const StyleFile* file : {&files.reference_doc, &files.css, &files.logo})
                if (!file->path.empty())
                    style_paths.push_back(file->path.string());
        }
        job.style = style;
        if (config.config)
            job.label = config.config->sensitivity_label;
    }
    if (!policy_usable(store, args.common.policy))
        return exit_usage;
    if (const auto unsafe = unsafe_outputs(jobs, configs, store, style_paths)) {
        std::cerr << "cpdoc: " << *unsafe << '\n';
        return exit_usage;
    }

    run_jobs(jobs.size(), args.jobs,
             [&](std::size_t i) { render_job(jobs[i], store, args, *today, batch); });

    int rendered = 0, refused = 0, failed = 0;
    for (const Job& job : jobs) {
        switch (job.outcome) {
        case Outcome::rendered:
            ++rendered;
            if (!job.warning.empty())
                std::cerr << "cpdoc: " << job.warning << '\n';
            std::cerr << "cpdoc: " << job.message << '\n';
            break;
        case Outcome::refused:
            ++refused;
            std::cout << job.message;
            std::cerr << "cpdoc: " << job.input.string()
                      << ": not rendered: it has errors (fix them, or use --draft)\n";
            break;
        case Outcome::failed:
            ++failed;
            std::cerr << "cpdoc: " << job.message << '\n';
            break;
        case Outcome::skipped:
            break;
        }
    }
    if (batch)
        std::cerr << "cpdoc: " << rendered << " rendered, " << refused << " refused for errors, "
                  << failed << " failed\n";
    if (failed > 0)
        return exit_usage;
    return refused > 0 ? exit_findings : exit_ok;
}

} // namespace cpdoc
