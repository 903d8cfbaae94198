// Runs the rule catalogue over a parsed document under its policy pack.
#pragma once

#include "policies/finding.hpp"
#include "policies/pack_store.hpp"
#include "rule.hpp"

namespace cpdoc {

CheckResult check_document(const Document& document, PackStore& packs, const CheckOptions& options);

} // namespace cpdoc
