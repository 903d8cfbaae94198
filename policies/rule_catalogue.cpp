#include "rule_catalogue.hpp"

#include <atomic>

namespace cpdoc {
namespace {

std::atomic<const RuleCatalogue*> installed{nullptr};

} // namespace

void install_rule_catalogue(const RuleCatalogue* catalogue) {
    installed.store(catalogue);
}

const RuleCatalogue* installed_rule_catalogue() {
    return installed.load();
}

} // namespace cpdoc
