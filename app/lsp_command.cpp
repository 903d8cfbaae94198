// `cpdoc lsp`: the language server over standard input and output, checking each open
// document with the configuration and packs `check` would use for the file.
#include "commands.hpp"
#include "config_cache.hpp"
#include "pack_setup.hpp"
#include "rule_description.hpp"

#include "lsp/server_loop.hpp"

#include <iostream>
#include <map>
#include <memory>
#include <unistd.h>

namespace cpdoc {
namespace {

class CommandLineWorkspace : public lsp::Workspace {
public:
    CommandLineWorkspace(CommonArgs common, Limits limits)
        : common_(std::move(common)), limits_(limits) {
        reload();
    }

    lsp::DocumentSetup setup(const std::filesystem::path& document) override {
        lsp::DocumentSetup setup;
        setup.limits = limits_;
        const ConfigLoad& config = configs_->for_document(document, *store_);
        if (!config.error.empty()) {
            setup.error = config.error;
            return setup;
        }
        if (!dirs_usable_ || !policy_usable(*store_, common_.policy)) {
            setup.error = "the --policy or --policy-dir given to `cpdoc lsp` cannot be used "
                          "(see the server's log)";
            return setup;
        }
        CheckOptions options;
        options.policy_override = common_.policy;
        options.today = resolve_today("");
        setup.options = with_config(options, config.config);
        setup.skipped = config.config && config.config->skips(document);
        setup.packs = store_.get();
        return setup;
    }

    lsp::RuleHelp help(const std::string& rule_id, const std::string& policy_id) override {
        const auto key = std::make_pair(rule_id, policy_id);
        if (const auto it = help_.find(key); it != help_.end())
            return it->second;
        const RuleDescription description = describe_rule(rule_id, policy_id, *store_);
        lsp::RuleHelp help{description.summary, description.rationale, description.help_uri};
        if (!description.local_pack.empty())
            help.uri = local_pack_uri(description);
        return help_[key] = help;
    }

    void reload() override {
        store_ = std::make_unique<PackStore>();
        configs_ = std::make_unique<ConfigCache>(common_.config);
        help_.clear();
        dirs_usable_ = add_policy_dirs(*store_, common_);
    }

private:
    CommonArgs common_;
    Limits limits_;
    std::unique_ptr<PackStore> store_;
    std::unique_ptr<ConfigCache> configs_;
    std::map<std::pair<std::string, std::string>, lsp::RuleHelp> help_;
    bool dirs_usable_ = false;
};

} // namespace

int run_lsp(const CommonArgs& common, const Limits& limits) {
    // The protocol owns standard output: anything else printed goes to standard error, which
    // an editor keeps as the server's log.
    std::cout.flush();
    const int protocol_out = ::dup(STDOUT_FILENO);
    if (protocol_out < 0 || ::dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
        std::cerr << "cpdoc: lsp: cannot set up standard output\n";
        return exit_usage;
    }
    CommandLineWorkspace workspace(common, limits);
    return lsp::serve(workspace, STDIN_FILENO, protocol_out, {CPDOC_VERSION});
}

} // namespace cpdoc
