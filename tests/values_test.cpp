#include "grammar/clock_time.hpp"
#include "grammar/date.hpp"
#include "grammar/folding.hpp"
#include "grammar/person.hpp"
#include "grammar/placeholders.hpp"
#include "grammar/yes_no.hpp"

#include <catch2/catch.hpp>

using namespace cpdoc;

TEST_CASE("both date forms are read") {
    CHECK(parse_date("2026-11-20") == Date{2026, 11, 20});
    CHECK(parse_date("20 November 2026") == Date{2026, 11, 20});
    CHECK(parse_date("  3 march 2027 ") == Date{2027, 3, 3});
    // How due dates are often written: the words before the date do not change it.
    CHECK(parse_date("By 29 January 2027") == Date{2027, 1, 29});
    CHECK(parse_date("no later than 2026-12-03") == Date{2026, 12, 3});
    CHECK(parse_date("on 9 December 2026") == Date{2026, 12, 9});
    CHECK_FALSE(parse_date("by"));
    CHECK_FALSE(parse_date("by the next meeting"));
    // Weekday short forms and "of", as British dates are written.
    for (const char* written : {"Thurs 26 Nov 2026", "Tues. 24 November 2026", "Weds 25 Nov 2026",
                                "Thur 26 November 2026", "26th of November 2026"}) {
        INFO(written);
        CHECK(parse_date(written).has_value());
    }
    CHECK_FALSE(parse_date("Tues 26 Nov 2026")); // 26 November 2026 is a Thursday
    CHECK(parse_date("2026-11-20.") == Date{2026, 11, 20});
}

TEST_CASE("practitioners' variants of the long form are read") {
    CHECK(parse_date("20th November 2026") == Date{2026, 11, 20});
    CHECK(parse_date("Friday 20 November 2026") == Date{2026, 11, 20});
    CHECK(parse_date("Fri, 20 November 2026") == Date{2026, 11, 20});
    CHECK_FALSE(parse_date("Monday 20 November 2026")); // 20 November 2026 is a Friday
    CHECK(parse_date("20 Nov 2026") == Date{2026, 11, 20});
    CHECK(parse_date("3 Sept. 2026") == Date{2026, 9, 3});
    CHECK(parse_date("3 Sep 2026") == Date{2026, 9, 3});
}

TEST_CASE("anything else is not a date") {
    for (const char* text :
         {"20/11/26", "next week", "TBC", "2026-02-30", "2026-13-01", "31 June 2026",
          "2026-11-20 onwards", "November 2026", "", "20 Nov", "20 Novem 2026", "20.11.2026",
          "20-11-2026", "Nov 20th 2026", "2026/11/20", "20/11/20260", "120/11/2026"})
        CHECK_FALSE(parse_date(text));
}

TEST_CASE("UK dates: day/month/year with a four-digit year, never month/day (spec 1.1 3)") {
    CHECK(parse_date("18/12/2026") == Date{2026, 12, 18});
    CHECK(parse_date("3/12/2026") == Date{2026, 12, 3});
    CHECK(parse_date("03/02/2027") == Date{2027, 2, 3});
    CHECK(parse_date("Fri 20/11/2026") == Date{2026, 11, 20});
    CHECK(parse_date("By 18/12/2026.") == Date{2026, 12, 18});
    CHECK(parse_date("18/12/2026 at 10:00") == Date{2026, 12, 18});
    CHECK_FALSE(parse_date("31/02/2026"));
    CHECK_FALSE(parse_date("12/31/2026")); // month/day
    CHECK_FALSE(parse_date("Mon 20/11/2026"));
    CHECK(Date{2026, 12, 3}.day_month_year() == "03/12/2026");
    // The same reader finds them at the front of a value and in free text.
    const auto leading = parse_leading_date("18/12/2026, Alison Reid");
    REQUIRE(leading);
    CHECK(leading->date == Date{2026, 12, 18});
    CHECK(leading->rest == "Alison Reid");
    const auto found = find_date("shared with Graham Tennant on 9/11/2026 by phone");
    REQUIRE(found);
    CHECK(found->date == Date{2026, 11, 9});
    CHECK(found->begin == 30);
    CHECK(found->end == 39);
}

TEST_CASE("a date in another form is refused with the date it most likely means") {
    CHECK(why_not_a_date("03/12/26") == "`03/12/26` is not a date: did you mean 3 December "
                                        "2026? Write it as 2026-12-03, 3 December 2026 or "
                                        "03/12/2026");
    const std::vector<std::pair<std::string, std::string>> meant = {
        {"20.11.2026", "20 November 2026"},
        {"20-11-2026", "20 November 2026"},
        {"20.11.26", "20 November 2026"},
        {"3-12-26", "3 December 2026"},
        {"Nov 20th 2026", "20 November 2026"},
        {"November 20, 2026", "20 November 2026"},
        {"Nov. 3rd, 2026", "3 November 2026"},
        {"20th Nov 26", "20 November 2026"},
        {"20-Nov-2026", "20 November 2026"},
        {"2026/11/20", "20 November 2026"},
        {"2026.11.20", "20 November 2026"},
        {"2026-11-5", "5 November 2026"},
        {"12/05/98", "12 May 1998"},
        {"By 03/12/26.", "3 December 2026"},
        {"03/12/26 at 10am", "3 December 2026"},
        {"Friday 20.11.2026", "20 November 2026"},
        {"3 Dec '26", "3 December 2026"},
        {"3 Dec \u201926", "3 December 2026"},
        {"14 Decmber 2026", "14 December 2026"},
        {"Feburary 3rd 2027", "3 February 2027"},
        {"3 Marc 2027", "3 March 2027"},
        {"20th Novemeber 2026", "20 November 2026"}};
    for (const auto& [written, date] : meant) {
        INFO(written);
        CHECK_THAT(why_not_a_date(written),
                   Catch::StartsWith("`" + written + "` is not a date: did you mean " + date +
                                     "? Write it as "));
    }
}

TEST_CASE("a date with words after it is told to put them in brackets") {
    CHECK(why_not_a_date("20th November 2026 at nursery") ==
          "`20th November 2026 at nursery` is a date with words after it: put the note in "
          "brackets, as 20 November 2026 (at nursery)");
    CHECK(parse_date("20 November 2026 (at nursery)") == Date{2026, 11, 20});
    // Two dates are a range, not a date and a note.
    for (const std::string range : {"20 Nov 2026 \u2013 22 Nov 2026", "20/11/2026 - 22/11/2026",
                                    "20 November 2026 to 22 November 2026"})
        CHECK(why_not_a_date(range) == "`" + range +
                                           "` is two dates: give the one day this field asks "
                                           "for (20 November 2026 or 22 November 2026), and say "
                                           "the rest in the text");
}

TEST_CASE("the date a slip means is the one the error names") {
    CHECK(date_meant("09.11.2026") == Date{2026, 11, 9});
    CHECK(date_meant("14 Decmber 2026") == Date{2026, 12, 14});
    CHECK(date_meant("11/20/2026") == Date{2026, 11, 20});
    CHECK_FALSE(date_meant("next week"));
    CHECK_FALSE(date_meant("9th Dec"));
    CHECK_FALSE(date_meant("31.02.26"));
}

TEST_CASE("a slip that is no month's name is not read as one") {
    // "Jnue" is two letters from June and from no other month, but a four-letter name takes
    // one slip at most; "Ma" is too short to be any month.
    CHECK(why_not_a_date("14 Jnue 2027") ==
          "`14 Jnue 2027` is not a date: write it as 2026-11-20, 20 November 2026 or 20/11/2026");
    CHECK(why_not_a_date("14 Ma 2027") ==
          "`14 Ma 2027` is not a date: write it as 2026-11-20, 20 November 2026 or 20/11/2026");
    // "Jule" is one letter from June and from July: which is meant is not said.
    CHECK(why_not_a_date("14 Jule 2027") ==
          "`14 Jule 2027` is not a date: write it as 2026-11-20, 20 November 2026 or 20/11/2026");
}

TEST_CASE("a date marked to be confirmed is not a firm date") {
    CHECK_FALSE(parse_date("3rd December 2026 (TBC)"));
    CHECK_FALSE(parse_date("18/12/2026 (to be confirmed at core group)"));
    CHECK(why_not_a_date("3rd December 2026 (TBC)") ==
          "`3rd December 2026 (TBC)` is not a firm date: it marks 3 December 2026 as still to "
          "be confirmed; once it is agreed, write it as 2026-12-03, 3 December 2026 or "
          "03/12/2026");
    for (const std::string written :
         {"18/12/2026 TBC", "TBC - 18/12/2026", "provisionally 18/12/2026",
          "18/12/2026 (provisional)", "18 December 2026 - to be agreed"}) {
        INFO(written);
        CHECK_THAT(why_not_a_date(written),
                   Catch::Contains("is not a firm date: it marks 18 December 2026 as still"));
    }
    // A note that says where or how stays a note; so does one after a dash.
    CHECK(parse_date("18/12/2026 (review at clinic)") == Date{2026, 12, 18});
    CHECK(parse_date("27/11/2026 \u2013 home visit, after nursery") == Date{2026, 11, 27});
    CHECK(parse_date("30/11/2026 - seen at home after school") == Date{2026, 11, 30});
    // The room or venue to be confirmed: the date is firm.
    CHECK(parse_date("15/12/2026 (room tbc)") == Date{2026, 12, 15});
    CHECK(parse_date("15/12/2026 \u2013 venue tbc") == Date{2026, 12, 15});
    CHECK_FALSE(parse_date("18/12/2026 - TBC"));
    CHECK_FALSE(parse_date("2026-11-20 - 2026-11-25")); // a span is not one date
}

TEST_CASE("a day and month without a year are named, with the year the document's date gives") {
    CHECK(why_not_a_date("9th Dec") ==
          "`9th Dec` is not a date: it has no year; write it as 9 December and the year, e.g. "
          "9 December 2026");
    CHECK(why_not_a_date("9th Dec", Date{2026, 10, 8}) ==
          "`9th Dec` is not a date: it has no year; did you mean 9 December 2026? Write it as "
          "2026-12-09, 9 December 2026 or 09/12/2026");
    // A plan of December that sets a date in January means next January.
    CHECK_THAT(why_not_a_date("by 14th January", Date{2026, 12, 7}),
               Catch::Contains("did you mean 14 January 2027?"));
    CHECK_THAT(why_not_a_date("on 9th December", Date{2026, 12, 7}),
               Catch::Contains("did you mean 9 December 2026?"));
    CHECK_THAT(why_not_a_date("Jan 14", Date{2026, 12, 7}),
               Catch::Contains("did you mean 14 January 2027?"));
    CHECK_THAT(why_not_a_date("Monday 14 December", Date{2026, 12, 7}),
               Catch::Contains("did you mean 14 December 2026?"));
    // A day just before the minutes is that day, not next year's: a child last seen.
    CHECK_THAT(why_not_a_date("1 December", Date{2026, 12, 3}),
               Catch::Contains("did you mean 1 December 2026?"));
    CHECK_THAT(why_not_a_date("30th Nov", Date{2026, 12, 3}),
               Catch::Contains("did you mean 30 November 2026?"));
    CHECK_THAT(why_not_a_date("29 Feb", Date{2026, 12, 7}),
               Catch::Contains("did you mean 29 February 2028?"));
    // A weekday says the year: 3 December is a Thursday in 2026, the day before the minutes.
    CHECK_THAT(why_not_a_date("Thurs 3rd Dec", Date{2026, 12, 4}),
               Catch::Contains("did you mean 3 December 2026?"));
    // Not a day of any year: only the accepted forms.
    CHECK(why_not_a_date("31 Feb") ==
          "`31 Feb` is not a date: write it as 2026-11-20, 20 November 2026 or 20/11/2026");
}

TEST_CASE("a week where a date is asked for is named as a week") {
    CHECK(why_not_a_date("w/c 14/12/2026") ==
          "`w/c 14/12/2026` is a week, not a date: write one day, as 2026-12-14, "
          "14 December 2026 or 14/12/2026 for the week's first day");
    // With no year, the week on or after the document's date.
    CHECK(why_not_a_date("w/c 7/12", Date{2026, 11, 26}) ==
          "`w/c 7/12` is a week with no year, not a date: did you mean the week of 7 December "
          "2026? Write one day, as 2026-12-07, 7 December 2026 or 07/12/2026 for the week's "
          "first day");
    CHECK_THAT(why_not_a_date("Week commencing 14.12.26"),
               Catch::Contains("is a week, not a date") && Catch::Contains("14 December 2026"));
    CHECK_THAT(why_not_a_date("w/b 14 December 2026"), Catch::Contains("is a week, not a date"));
    CHECK(why_not_a_date("w/c next Monday") ==
          "`w/c next Monday` is not a date: write it as 2026-11-20, 20 November 2026 or "
          "20/11/2026");
}

TEST_CASE("a date written month first is read day/month/year, and the error says so") {
    CHECK(why_not_a_date("11/20/2026") ==
          "`11/20/2026` is not a date: dates are day/month/year, and there is no month 20; "
          "did you mean 20 November 2026? Write it as 2026-11-20, 20 November 2026 or "
          "20/11/2026");
    CHECK_THAT(why_not_a_date("12/31/26"), Catch::Contains("did you mean 31 December 2026?"));
    CHECK(why_not_a_date("31/02/2026") ==
          "`31/02/2026` is not a real date: February 2026 has no day 31");
    CHECK(why_not_a_date("31.02.26") ==
          "`31.02.26` is not a real date: February 2026 has no day 31");
    CHECK(why_not_a_date("Mon 20.11.2026") ==
          "`Mon 20.11.2026` names the wrong day: 20 November 2026 is a Friday");
}

TEST_CASE("a leading date is split from what follows") {
    const auto leading = parse_leading_date("2026-11-10, Alison Reid");
    REQUIRE(leading);
    CHECK(leading->date == Date{2026, 11, 10});
    CHECK(leading->rest == "Alison Reid");
    const auto dash = parse_leading_date("10 November 2026 \xE2\x80\x94 by phone");
    REQUIRE(dash);
    CHECK(dash->rest == "by phone");
}

TEST_CASE("date arithmetic and weekdays") {
    const Date date{2026, 11, 20};
    CHECK(date.weekday() == 4); // Friday
    CHECK(date.plus_days(12) == Date{2026, 12, 2});
    CHECK(Date{2024, 2, 28}.plus_days(1) == Date{2024, 2, 29});
    CHECK(Date{2026, 12, 31}.plus_days(1) == Date{2027, 1, 1});
    CHECK(date.iso() == "2026-11-20");
    CHECK(date.long_form() == "20 November 2026");
}

TEST_CASE("yes and no, with a reason after a separator") {
    const auto no = parse_yes_no("No \xE2\x80\x94 telling the family would put Megan at risk");
    REQUIRE(no);
    CHECK_FALSE(no->yes);
    CHECK(no->reason == "telling the family would put Megan at risk");
    CHECK(parse_yes_no("YES")->yes);
    // A form's tick boxes: the one ticked is the answer, what follows them its reason.
    const auto ticked = parse_yes_no("\u2610 Yes \u2612 No \u2013 baby (9 weeks)");
    REQUIRE(ticked);
    CHECK_FALSE(ticked->yes);
    CHECK(ticked->reason == "baby (9 weeks)");
    CHECK(parse_yes_no("[x] Yes [ ] No")->yes);
    CHECK_FALSE(parse_yes_no("[ ] Yes [ ] No"));       // not answered
    CHECK_FALSE(parse_yes_no("\u2612 Yes \u2612 No")); // both ticked
    CHECK_FALSE(parse_yes_no("\u2612 Young carer"));   // a box, not an answer
    CHECK(parse_yes_no("no; police advice")->reason == "police advice");
    CHECK(parse_yes_no("no - police advice")->reason == "police advice");
    // As forms are ticked, and as "Seen alone" is answered.
    CHECK(parse_yes_no("Y")->yes);
    CHECK_FALSE(parse_yes_no("N")->yes);
    CHECK(parse_yes_no("Y - in his bedroom")->reason == "in his bedroom");
    const auto not_alone = parse_yes_no("Not alone - Dad present");
    REQUIRE(not_alone);
    CHECK_FALSE(not_alone->yes);
    CHECK(not_alone->reason == "Dad present");
    CHECK_FALSE(parse_yes_no("N/A"));
    CHECK_FALSE(parse_yes_no("Nursery"));
    CHECK_FALSE(parse_yes_no("nope"));
    CHECK_FALSE(parse_yes_no("maybe"));
    CHECK_FALSE(parse_yes_no("not sure"));
}

TEST_CASE("persons: Name, Role, Agency and Name (Role, Agency)") {
    const Person comma = parse_person("Alison Reid, Team Manager, Social Work");
    CHECK(comma.name == "Alison Reid");
    CHECK(comma.role == "Team Manager");
    CHECK(comma.agency == "Social Work");
    const Person brackets = parse_person("Jane Doe (Health Visitor, Health Visiting)");
    CHECK(brackets.name == "Jane Doe");
    CHECK(brackets.role == "Health Visitor");
    CHECK(brackets.agency == "Health Visiting");
    const Person bracketed_agency = parse_person("Fiona Gallacher, Team Manager (Social Work)");
    CHECK(bracketed_agency.name == "Fiona Gallacher");
    CHECK(bracketed_agency.role == "Team Manager");
    CHECK(bracketed_agency.agency == "Social Work");
    const Person dashes =
        parse_person("Alison Reid \xE2\x80\x93 Team Manager \xE2\x80\x93 Social Work");
    CHECK(dashes.name == "Alison Reid");
    CHECK(dashes.role == "Team Manager");
    CHECK(dashes.agency == "Social Work");
    const Person hyphenated = parse_person("Mary Smith-Jones, Health Visitor");
    CHECK(hyphenated.name == "Mary Smith-Jones");
    const Person bare = parse_person("Jane Doe");
    CHECK(bare.name == "Jane Doe");
    CHECK(bare.role.empty());
    // The family as minutes list them: the relation, then the name in brackets.
    const Person mum = parse_person("Mum (Kerry Barnes)");
    CHECK(mum.name == "Kerry Barnes");
    CHECK(mum.role == "Mum");
    const Person partner = parse_person("mum\xE2\x80\x99s partner (Dean Walsh)");
    CHECK(partner.name == "Dean Walsh");
    // A worker's role in brackets stays a role.
    const Person worker = parse_person("Kerry Barnes (Family Support Worker)");
    CHECK(worker.name == "Kerry Barnes");
    CHECK(worker.role == "Family Support Worker");
    // A role first, as actions are given to "SW (Liam)": the name is in brackets; an agency in
    // capitals is not a name.
    const Person sw = parse_person("SW (Liam)");
    CHECK(sw.name == "Liam");
    CHECK(sw.role == "SW");
    CHECK(parse_person("Social worker (Liam Hart)").name == "Liam Hart");
    CHECK(parse_person("HV (NHS Lanarkshire)").name == "HV");
    CHECK(parse_person("Liam (SW)").name == "Liam");
    // A row of an attendance table: the relation and name, then the role.
    const Person row = parse_person("Mum (Dawn Reilly), Parent");
    CHECK(row.name == "Dawn Reilly");
    CHECK(row.role == "Parent");
}

TEST_CASE("names fold case and spacing, keys fold punctuation too") {
    CHECK(fold_name("Alison  REID") == fold_name("alison reid"));
    CHECK(fold_key("Child's views") == fold_key("childs Views:"));
    CHECK(fold_key("Child\xE2\x80\x99s views") == fold_key("Child's views"));
    CHECK(fold_key("Information-sharing") == fold_key("information sharing"));
    CHECK(fold_key("**Owner**") == "owner");
    // Dashes, slashes and spaces between words are one space; at either end, none.
    CHECK(fold_key(" - Review / \tNext\xE2\x80\x93"
                   "date: ") == "review next date");
    CHECK(fold_key("\xE2\x80\x93Plan -") == "plan");
    CHECK(fold_key("Child\xE2\x80\x99s  caf\xC3\xA9\n") == "childs caf\xC3\xA9");
    CHECK(fold_key("--/ *") == "");
    CHECK(fold_name(" *Alison*\t  REID \xE2\x80\x93 SW ") == "alison reid - sw");
}

TEST_CASE("a front-matter key is spelt one way whatever its case and separators") {
    CHECK(front_matter_key(" Next_Review\t") == "next-review");
    CHECK(front_matter_key("next review") == "next-review");
    CHECK(front_matter_key("Core\tGroup_Date") == "core-group-date");
    CHECK(front_matter_key("  ") == "");
}

TEST_CASE("a person is the same person with or without a title and its full stop") {
    CHECK(person_key("Sgt. Paul Hughes") == "paul hughes");
    CHECK(person_key("DC  Iain Baxter") == "iain baxter");
    CHECK(person_key("Dr. Sam Khan") == "sam khan");
    CHECK(person_key("Mrs Moore") == "moore");
    CHECK(person_key("Drew Smith") == "drew smith"); // a name that starts like a title
    CHECK(person_key("Ms") == "ms");
}

TEST_CASE("headings match without their numbering") {
    CHECK(heading_key("3. Contingency plan:") == "contingency plan");
    CHECK(heading_key("2) Actions") == "actions");
    CHECK(heading_key("4.2.1 Child's views") == "childs views");
    CHECK(heading_key("A. Attendance") == "attendance");
    CHECK(heading_key("2026 review") == "2026 review");
    CHECK(heading_key("6b. Resistance") == "resistance");
    CHECK(heading_key("6: Resistance") == "resistance");
    CHECK(heading_key("(6) Resistance") == "resistance");
    CHECK(heading_key("vi. Resistance") == "resistance");
    CHECK(heading_key("3.10 Actions") == "actions");
    CHECK(heading_key("I Resistance") == "i resistance");
    CHECK(heading_key("\xE2\x9C\x85 Actions") == "actions");
    CHECK(heading_key("\xF0\x9F\x93\x8B 2. Actions agreed") == "actions agreed");
    CHECK(heading_key("Actions") == "actions");
    // The name before a qualifier, tried when the whole heading names no section.
    CHECK(heading_stem_key("Contingency plan \xE2\x80\x93 if things go wrong") ==
          "contingency plan");
    CHECK(heading_stem_key("3. Views of the Child / Young Person") == "views of the child");
    CHECK(heading_stem_key("Info sharing: decisions") == "info sharing");
    CHECK(heading_stem_key("Contingency plan") == "");
    CHECK(heading_stem_key("Child-in-need plan") == "");
}

TEST_CASE("placeholders are whole-value {{ }}") {
    CHECK(is_placeholder(" {{ chair }} "));
    CHECK_FALSE(is_placeholder("Alison {{ surname }}"));
}

TEST_CASE("a time of day is found in an event's text, and a date or a duration is not one") {
    CHECK(find_clock_time("No answer at 10:00") == 600);
    CHECK(find_clock_time("HV called 3.30pm, no answer") == 930);
    CHECK(find_clock_time("visit at 10am") == 600);
    CHECK(find_clock_time("seen 2.05 p.m. with mum") == 845);
    CHECK(find_clock_time("12am call") == 0);
    CHECK(find_clock_time("12.15pm") == 735);
    CHECK(find_clock_time("police attended 2315hrs") == 1395);
    CHECK(find_clock_time("at midday") == 720);
    CHECK(find_clock_time("10.15") == 615);
    CHECK_FALSE(find_clock_time("No answer"));
    CHECK_FALSE(find_clock_time("letter of 20.11.2026"));
    CHECK_FALSE(find_clock_time("2026-11-20"));
    CHECK_FALSE(find_clock_time("visit lasted 1.30 hours"));
    CHECK_FALSE(find_clock_time("25:00"));
    CHECK_FALSE(find_clock_time("13pm"));
    CHECK_FALSE(find_clock_time("10 apples"));
    CHECK_FALSE(find_clock_time("1530 children"));
    CHECK_FALSE(find_clock_time("v2.10.3"));
}

TEST_CASE("word_form makes whole words findable, fold_name_within stops past its limit") {
    CHECK(word_form("Sam's  *plan*.") == " sam's plan ");
    CHECK(word_form("") == " ");
    CHECK(word_form("visit-no-access, TBC") == " visit no access tbc ");
    CHECK(word_form("--Child\xE2\x80\x99s caf\xC3\xA9\xE2\x80\x93"
                    "Plan_\t`x`") == " child's caf\xC3\xA9 plan x ");
    CHECK(fold_name_within("  **N/A** ", 3) == "n/a");
    CHECK(fold_name_within("Not applicable", 3) == std::nullopt);
    CHECK(fold_name_within("Not  applicable", 14) == "not applicable");
    CHECK(fold_name_within("Not  applicable", 13) == std::nullopt);
    CHECK(fold_name_within("ab c", 3) == std::nullopt); // "ab" then " c" in one step
    CHECK(fold_name_within("ab c", 4) == "ab c");
}

TEST_CASE("several people on one line are listed, one person's parts are not") {
    CHECK(listed_people("Jo Bell (SW), Jane Doe (HV); Tom Price (DHT)") ==
          std::vector<std::string_view>{"Jo Bell (SW)", "Jane Doe (HV)", "Tom Price (DHT)"});
    CHECK(listed_people("Jo Bell, Social Worker, Social Work") ==
          std::vector<std::string_view>{"Jo Bell, Social Worker, Social Work"});
    CHECK(listed_people("Alison Reid (Team Manager, Social Work)") ==
          std::vector<std::string_view>{"Alison Reid (Team Manager, Social Work)"});
    CHECK(listed_people("Jo Bell, Social Worker (Social Work)") ==
          std::vector<std::string_view>{"Jo Bell, Social Worker (Social Work)"});
    // Semicolons between people written Name, Role, Agency (QA: read as one person before).
    CHECK(listed_people("Sarah Boyle, Health Visitor, NHS Lanarkshire; Mark Devine, Nursery "
                        "Manager, Education") ==
          std::vector<std::string_view>{"Sarah Boyle, Health Visitor, NHS Lanarkshire",
                                        "Mark Devine, Nursery Manager, Education"});
    CHECK(listed_people("Jo Bell; Social Work") ==
          std::vector<std::string_view>{"Jo Bell; Social Work"});
}

TEST_CASE("a date field may give the time of day or a note in brackets after the date") {
    CHECK(parse_date("14 December 2026, 10am") == Date{2026, 12, 14});
    CHECK(parse_date("14 December 2026 at 10am") == Date{2026, 12, 14});
    CHECK(parse_date("2026-12-14 10:00") == Date{2026, 12, 14});
    CHECK(parse_date("Monday 14 December 2026 at 2.30 pm.") == Date{2026, 12, 14});
    CHECK(parse_date("2026-11-16 (unborn; seen at clinic)") == Date{2026, 11, 16});
    CHECK_FALSE(parse_date("14 December 2026 by phone"));
    CHECK_FALSE(parse_date("14 December 2026 at 25:00"));
    CHECK_FALSE(parse_date("14 December 2026 at the clinic"));
    CHECK(parse_clock_time(" 10:30 ") == 630);
    CHECK(parse_clock_time("midday") == 720);
    CHECK_FALSE(parse_clock_time("10:30 and 11:00"));
}

TEST_CASE("'not yet', 'not informed' and 'not told' are a no with its reason") {
    const auto later = parse_yes_no("Not yet – Mum will be told on 3 December");
    REQUIRE(later);
    CHECK_FALSE(later->yes);
    CHECK(later->reason == "Mum will be told on 3 December");
    const auto withheld = parse_yes_no("not informed: it would alert Mr Hughes");
    REQUIRE(withheld);
    CHECK_FALSE(withheld->yes);
    CHECK(withheld->reason == "it would alert Mr Hughes");
    CHECK_FALSE(parse_yes_no("nothing"));
    CHECK_FALSE(parse_yes_no("notified"));
}
