#include "pack_store.hpp"

#include "embedded_data.hpp"
#include "pack_checks.hpp"
#include "pack_reader.hpp"
#include "pack_validator.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace cpdoc {
namespace {

constexpr int max_extends_depth = 16;

PackLoad failure(PackError error) {
    return {nullptr, error, {error}, {}};
}

std::optional<std::string> read_small_file(const std::filesystem::path& file, std::string& error) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec) {
        error = ec.message();
        return std::nullopt;
    }
    if (size > max_pack_bytes) {
        error = "policy pack is larger than " + std::to_string(max_pack_bytes) +
                " bytes; refused without reading it";
        return std::nullopt;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        error = "cannot open";
        return std::nullopt;
    }
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

} // namespace

PackStore::PackStore() {
    // A shipped pack's id is its file name; it is validated like any other when first used,
    // so a check pays only for the packs it uses.
    for (const embedded::File& file : embedded::packs()) {
        std::string id(file.name.substr(0, file.name.rfind(".xml")));
        sources_[id] = {std::string(file.name), std::string(file.content), true, false};
    }
}

std::optional<PackError> PackStore::add_source(Source source, std::string* id, Naming naming) {
    if (auto error = validate_pack(source.content, source.file_name))
        return error;
    source.validated = true;
    const auto header = read_pack_header(source.content);
    if (!header)
        return PackError{source.file_name, 0, "not a policy pack"};
    if (id != nullptr)
        *id = header->id;
    std::lock_guard lock(mutex_);
    if (const auto existing = sources_.find(header->id);
        existing != sources_.end() && existing->second.shipped)
        return PackError{source.file_name, header->id_line,
                         "policy pack id `" + header->id +
                             "` is the id of a pack shipped with cpdoc; a local pack needs an id "
                             "of its own (it may extend the shipped one)",
                         header->id_column};
    if (const std::string file = std::filesystem::path(source.file_name).filename().string();
        naming == Naming::id && file != header->id + ".xml")
        return PackError{source.file_name, header->id_line,
                         "policy pack id `" + header->id + "` differs from its file name " + file +
                             ": --policy-dir finds a pack by its id, as " + header->id +
                             ".xml; rename the file or change the id",
                         header->id_column};
    resolved_.clear();
    sources_[header->id] = std::move(source);
    return std::nullopt;
}

std::optional<PackError> PackStore::add_file(const std::filesystem::path& file, std::string* id,
                                             Naming naming) {
    std::string error;
    auto content = read_small_file(file, error);
    if (!content)
        return PackError{file.string(), 0, error};
    return add_source({file.string(), std::move(*content), false}, id, naming);
}

std::vector<std::filesystem::path> pack_files_in(const std::filesystem::path& directory,
                                                 std::error_code& ec) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(directory, ec))
        if (entry.is_regular_file() && entry.path().extension() == ".xml")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

std::optional<PackError> PackStore::add_directory(const std::filesystem::path& directory) {
    std::error_code ec;
    const auto files = pack_files_in(directory, ec);
    if (ec)
        return PackError{directory.string(), 0, "cannot read policy directory: " + ec.message()};
    for (const auto& file : files)
        if (auto error = add_file(file))
            return error;
    return std::nullopt;
}

std::vector<std::string> PackStore::ids() const {
    std::vector<std::string> ids;
    for (const auto& [id, source] : sources_)
        ids.push_back(id);
    return ids;
}

std::vector<std::string> PackStore::local_files() const {
    std::vector<std::string> files;
    for (const auto& [id, source] : sources_)
        if (!source.shipped)
            files.push_back(source.file_name);
    return files;
}

bool PackStore::has(const std::string& id) const {
    return sources_.count(id) > 0;
}

bool PackStore::shipped(const std::string& id) const {
    const auto it = sources_.find(id);
    return it != sources_.end() && it->second.shipped;
}

std::string PackStore::file_name(const std::string& id) const {
    const auto it = sources_.find(id);
    return it == sources_.end() ? std::string() : it->second.file_name;
}

std::string PackStore::text(const std::string& id) const {
    const auto it = sources_.find(id);
    return it == sources_.end() ? std::string() : it->second.content;
}

PackLoad PackStore::load(const std::string& id) {
    std::lock_guard lock(mutex_);
    return resolve(id, 0);
}

PackLoad PackStore::resolve(const std::string& id, int depth) {
    if (const auto cached = resolved_.find(id); cached != resolved_.end())
        return cached->second;
    const auto source = sources_.find(id);
    if (source == sources_.end())
        return failure({id, 0, "no policy pack with this id"});
    if (depth > max_extends_depth)
        return failure(
            {source->second.file_name, 0, "`extends` goes round in a circle or is too deep"});
    // A shipped pack is part of the binary and was validated when it was built and tested
    // ("every shipped pack follows the schema"); a local one is validated before it is read.
    if (!source->second.validated && !source->second.shipped) {
        if (auto error = validate_pack(source->second.content, source->second.file_name))
            return failure(*error);
        source->second.validated = true;
    }
    auto policy = std::make_shared<Policy>();
    const auto header = read_pack_header(source->second.content);
    if (header && !header->extends.empty()) {
        if (sources_.count(header->extends) == 0)
            return failure({source->second.file_name, header->extends_line,
                            "it extends `" + header->extends +
                                "`, which is neither a shipped pack nor one in a --policy-dir "
                                "directory",
                            header->extends_column});
        PackLoad parent = resolve(header->extends, depth + 1);
        if (parent.error)
            return parent;
        *policy = *parent.policy;
    }
    if (auto error = apply_pack(*policy, source->second.content, source->second.file_name))
        return failure(*error);
    PackProblems problems = check_pack(*policy, source->second.content, source->second.file_name);
    if (!problems.errors.empty()) {
        PackLoad failed{nullptr, problems.errors.front(), std::move(problems.errors),
                        std::move(problems.warnings)};
        resolved_[id] = failed;
        return failed;
    }
    std::error_code ec;
    policy->local_file = source->second.shipped
                             ? ""
                             : std::filesystem::absolute(source->second.file_name, ec).string();
    PackLoad load{std::move(policy), std::nullopt, {}, std::move(problems.warnings)};
    resolved_[id] = load;
    return load;
}

} // namespace cpdoc
