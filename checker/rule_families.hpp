// One function per rule family (checker/rules/*.cpp); registry.cpp calls them in order.
#pragma once

#include "rule.hpp"

namespace cpdoc {

void add_dialect_rules(RuleList& rules);
void add_front_matter_rules(RuleList& rules);
void add_structure_rules(RuleList& rules);
void add_smart_rules(RuleList& rules);
void add_contingency_rules(RuleList& rules);
void add_information_sharing_rules(RuleList& rules);
void add_meeting_rules(RuleList& rules);
void add_child_rules(RuleList& rules);
void add_resistance_rules(RuleList& rules);
void add_review_rules(RuleList& rules);
void add_chronology_rules(RuleList& rules);
void add_timescale_rules(RuleList& rules);
void add_word_rules(RuleList& rules);

} // namespace cpdoc
