#include "policies/phrase_matcher.hpp"
#include "view/text_match.hpp"

#include <catch2/catch.hpp>

using namespace cpdoc;

namespace {

std::optional<std::size_t> first(std::vector<std::string> phrases, std::string_view text) {
    return PhraseMatcher(std::move(phrases)).first_in(text);
}

} // namespace

TEST_CASE("a vocabulary's first phrase in its own order, as whole words") {
    CHECK(first({"review", "risk"}, "Risk is under review") == 0u);
    CHECK(first({"drugs", "risk"}, "Risk is under review") == 1u);
    CHECK(first({"plan"}, "planning is ongoing") == std::nullopt);
    CHECK(first({"plan"}, "the *Plan*.") == 0u);
    CHECK(first({"not yet discussed"}, "Not yet   discussed with mum") == 0u);
    CHECK(first({"not yet discussed"}, "not discussed yet") == std::nullopt);
    CHECK(first({"not yet discussed"}, "not yet") == std::nullopt);
    CHECK(first({"child's views"}, "the Child\u2019s views") == 0u);
    CHECK(first({}, "anything") == std::nullopt);
    CHECK(PhraseMatcher().first_in("anything") == std::nullopt);
}

TEST_CASE("hyphens inside words are dropped on either side, a wordless phrase is never found") {
    CHECK(first({"co-ordinator"}, "the coordinator") == 0u);
    CHECK(first({"coordinator"}, "the Co-ordinator") == 0u);
    CHECK(first({"visit no access"}, "visit-no-access") == 0u);
    CHECK(first({"co-ordinator"}, "co - ordinator") == 0u); // both are " co ordinator "
    CHECK(first({"coordinator"}, "co - ordinator") == std::nullopt);
    CHECK(first({"--", "x"}, "x -- y") == 1u);
    CHECK(first({"--"}, "-- --") == std::nullopt);
}

TEST_CASE("the matcher finds what contains_phrase finds, phrase by phrase") {
    const std::vector<std::string> phrases{
        "tbc",   "to be confirmed", "co-ordinator", "coordinator",     "n/a",
        "mum's", "social work",     "*review*",     "visit–no–access", "disguised compliance",
        "-",     "ongoing"};
    const std::vector<std::string> texts{"TBC",
                                         "To be confirmed at the next meeting.",
                                         "The Co-ordinator will chair.",
                                         "Coordinator: Jo Bell",
                                         "N/A",
                                         "Mum's partner",
                                         "Social  Work (Lanarkshire)",
                                         "the review is due",
                                         "visit no access on 3 May",
                                         "Disguised-Compliance was noted",
                                         "a - b",
                                         "ongoing-work",
                                         "",
                                         "   ",
                                         "nothing here"};
    for (const std::string& text : texts) {
        std::optional<std::size_t> expected;
        for (std::size_t i = 0; i < phrases.size() && !expected; ++i)
            if (contains_phrase(text, phrases[i]))
                expected = i;
        INFO(text);
        CHECK(PhraseMatcher(phrases).first_in(text) == expected);
    }
}
