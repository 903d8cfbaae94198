// Writes a deterministic corpus of realistic synthetic documents of every kind, with known
// violations at known rates, for the benchmark (bench/run) and for scale tests.
//   cpdoc-bench-generate DIR COUNT [SEED]
// Prints the number of documents written with each planted violation.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace {

const std::vector<std::string> first_names = {"Alison", "Jane",   "Tom",    "Priya",
                                              "Sam",    "Morag",  "Fiona",  "David",
                                              "Aisha",  "Callum", "Eilidh", "Ravi"};
const std::vector<std::string> surnames = {"Reid",  "Doe",      "Price",   "Shah",
                                           "Khan",  "Campbell", "MacLeod", "Hughes",
                                           "Begum", "Fraser",   "Ross",    "Patel"};
const std::vector<std::string> children = {"Megan", "Liam",   "Ava", "Noah",   "Isla",
                                           "Jack",  "Olivia", "Leo", "Amelia", "Harris"};

struct Rates {
    double vague_outcome = 0.15;        // SMART-SPECIFIC
    double no_measure = 0.10;           // SMART-MEASURABLE
    double no_contingency = 0.08;       // CONTINGENCY-MISSING
    double no_reason = 0.12;            // INFO-SHARING-REASON
    double owner_not_person = 0.10;     // ACTION-OWNER-NOT-PERSON
    double chair_not_manager = 0.06;    // CHAIR-NOT-MANAGER
    double disguised_compliance = 0.05; // TERM-DISGUISED-COMPLIANCE
    double chronology_unordered = 0.10; // CHRONOLOGY-ORDER
};

class Writer {
public:
    explicit Writer(unsigned seed) : random_(seed) {}

    bool chance(double p) { return std::uniform_real_distribution<>(0, 1)(random_) < p; }
    int pick(int n) { return std::uniform_int_distribution<>(0, n - 1)(random_); }
    template <class T> const T& any(const std::vector<T>& items) {
        return items[pick(static_cast<int>(items.size()))];
    }
    std::string person() { return any(first_names) + " " + any(surnames); }

    std::string date(int day_offset) {
        // Days after 2026-09-01.
        static const int month_days[] = {30, 31, 30, 31, 31, 28, 31, 30, 31};
        int month = 9, day = 1 + day_offset, year = 2026;
        for (int i = 0; day > month_days[i % 9]; ++i) {
            day -= month_days[i % 9];
            if (++month > 12) {
                month = 1;
                ++year;
            }
        }
        auto two = [](int n) {
            std::string digits = std::to_string(n);
            if (digits.size() < 2)
                digits.insert(digits.begin(), '0');
            return digits;
        };
        return std::to_string(year) + "-" + two(month) + "-" + two(day);
    }

private:
    std::mt19937 random_;
};

std::string front(const std::string& kind, const std::string& policy, int n,
                  const std::string& extra) {
    char reference[16];
    std::snprintf(reference, sizeof reference, "C-%06d", 100000 + n);
    return "---\ndocument: " + kind + "\npolicy: " + policy + "\nchild: " + reference + "\n" +
           extra + "---\n";
}

std::string plan(Writer& w, int n, std::map<std::string, int>& planted, const Rates& rates) {
    const std::string child = w.any(children);
    const std::string lead = w.person(), manager = w.person(), hv = w.person(),
                      teacher = w.person();
    std::string out =
        front("child-plan", n % 2 ? "lanarkshire-2019" : "portsmouth-pscb", n,
              "date: " + w.date(10) + "\nregistered: yes\nnext-review: " + w.date(100) + "\n");
    out += "# Child's plan\n\n## Named people\n- Lead professional: " + lead +
           ", Social Worker, Social Work\n- Named person: " + teacher +
           ", Head Teacher, Education\n"
           "- Core group member: " +
           hv + ", Health Visitor, Health\n- Core group member: " + manager +
           ", Team Manager, Social Work\n\n## Child's views\n" + child +
           " told her teacher she likes the breakfast club and is scared when the shouting starts "
           "at night. She drew her family with herself standing apart. Gathered at school by " +
           teacher + " with a familiar adult present.\n\n## Objectives\n";
    const int objectives = 3 + w.pick(2);
    for (int i = 0; i < objectives; ++i) {
        const bool vague = w.chance(rates.vague_outcome / objectives);
        const bool no_measure = w.chance(rates.no_measure / objectives);
        planted["SMART-SPECIFIC"] += vague;
        planted["SMART-MEASURABLE"] += no_measure;
        out += "- " + child + " is safe and well cared for at home (" + std::to_string(i + 1) +
               ")\n"
               "  - Need: " +
               child +
               " has been exposed to domestic abuse and neglect of her routines\n"
               "  - Outcome: " +
               (vague ? std::string("Improve home conditions")
                      : child +
                            " has a clean bed, regular meals and is at nursery on time every day") +
               "\n";
        if (!no_measure)
            out += "  - Measure: nursery attendance register and unannounced home visits twice "
                   "weekly\n";
        out += "  - Owner: " + lead + "\n  - Due: " + w.date(40 + 10 * i) + "\n";
    }
    if (w.chance(rates.no_contingency))
        ++planted["CONTINGENCY-MISSING"];
    else
        out += "\n## Contingency plan\n- No access on two planned visits\n  - Trigger: two planned "
               "visits with no access within 14 days\n  - Response: core group reconvened within 3 "
               "working days and legal advice sought\n  - Owner: " +
               manager + "\n";
    const bool no_reason = w.chance(rates.no_reason);
    planted["INFO-SHARING-REASON"] += no_reason;
    out += "\n## Information sharing\n- Police disclosure about the father shared with school\n"
           "  - Decision: share\n  - With: " +
           teacher + ", Head Teacher, Education\n";
    if (!no_reason)
        out += "  - Reason: school needs to know who may collect " + child +
               " so staff can keep her safe\n";
    out += "  - Family informed: no \u2014 telling the father would increase the risk to " + child +
           " and her mother\n";
    if (w.chance(rates.disguised_compliance)) {
        ++planted["TERM-DISGUISED-COMPLIANCE"];
        out += "\n## Notes\nDisguised compliance noted.\n";
    }
    return out;
}

std::string minutes(Writer& w, int n, std::map<std::string, int>& planted, const Rates& rates) {
    const std::string chair = w.person(), sw = w.person(), hv = w.person(), teacher = w.person();
    const bool not_manager = w.chance(rates.chair_not_manager);
    planted["CHAIR-NOT-MANAGER"] += not_manager;
    const std::string kind = n % 3 ? "core-group-minutes" : "multi-agency-minutes";
    std::string out =
        front(kind, n % 2 ? "lanarkshire-2019" : "portsmouth-pscb", n,
              "date: " + w.date(30) + "\nregistered: yes\nnext-meeting: " + w.date(60) + "\n");
    out += "# Minutes\n\n";
    if (kind == "multi-agency-minutes")
        out += "## Reason for meeting\nFour visits with no access in three weeks.\n\n";
    out += "## Attendance\n- Chair: " + chair + ", " +
           (not_manager ? "Social Worker" : "Team Manager") +
           ", Social Work\n- Minute taker: " + w.person() +
           ", Administrator, Social Work\n- Present: " + sw +
           ", Social Worker, Social Work\n- Present: " + hv +
           ", Health Visitor, Health\n- Present: " + teacher +
           ", Depute Head, Education\n\n## Child seen\n- Last seen: " + w.date(27) +
           "\n- Seen alone: yes\n- Seen by: " + sw + "\n\n## Child's views\nSpoke with " +
           w.any(children) +
           " at school; she said home is noisy and she would like to see her gran more.\n\n"
           "## Information sharing\n- Minutes shared with all core group members\n  - Decision: "
           "share\n"
           "  - With: core group\n  - Reason: every agency needs the agreed actions\n  - Family "
           "informed: yes\n\n"
           "## Contingency plan\n- Further missed visits\n  - Trigger: any further visit with no "
           "access\n"
           "  - Response: joint visit with police the same day\n  - Owner: " +
           sw + "\n\n## Actions\n";
    const int actions = 4 + w.pick(3);
    for (int i = 0; i < actions; ++i) {
        const bool bad_owner = w.chance(rates.owner_not_person / actions);
        planted["ACTION-OWNER-NOT-PERSON"] += bad_owner;
        out += "- Action " + std::to_string(i + 1) +
               ": arrange a joint home visit and review school attendance\n"
               "  - Owner: " +
               (bad_owner ? std::string("Health") : (i % 2 ? sw : hv)) +
               "\n  - Due: " + w.date(35 + i) + "\n";
    }
    return out;
}

std::string chronology(Writer& w, int n, std::map<std::string, int>& planted, const Rates& rates) {
    const bool unordered = w.chance(rates.chronology_unordered);
    planted["CHRONOLOGY-ORDER"] += unordered;
    std::string out =
        front("chronology", n % 2 ? "lanarkshire-2019" : "portsmouth-pscb", n, "registered: no\n");
    out += "# Chronology\n\n| Date | Type | Event | Source |\n| --- | --- | --- | --- |\n";
    static const std::vector<std::string> types = {"visit-seen",    "appointment-attended",
                                                   "school-change", "appointment-missed",
                                                   "achievement",   "other"};
    const int rows = 15 + w.pick(15);
    for (int i = 0; i < rows; ++i) {
        const int day = unordered && i == rows / 2 ? i * 3 - 20 + 30 : i * 3 + 30;
        out += "| " + w.date(day) + " | " + w.any(types) +
               " | Seen at home with mum; home warm and tidy, food in the fridge | " +
               (i % 2 ? "Social Work" : "Health Visiting") + " |\n";
    }
    return out;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: cpdoc-bench-generate DIR COUNT [SEED]\n";
        return 2;
    }
    const std::filesystem::path dir = argv[1];
    const int count = std::stoi(argv[2]);
    Writer writer(argc > 3 ? static_cast<unsigned>(std::stoul(argv[3])) : 20261125u);
    const Rates rates;
    std::map<std::string, int> planted;
    std::filesystem::create_directories(dir);
    for (int n = 0; n < count; ++n) {
        std::string text;
        std::string name;
        switch (n % 3) {
        case 0:
            text = plan(writer, n, planted, rates);
            name = "plan";
            break;
        case 1:
            text = minutes(writer, n, planted, rates);
            name = "minutes";
            break;
        default:
            text = chronology(writer, n, planted, rates);
            name = "chronology";
            break;
        }
        const auto sub = dir / std::to_string(n / 500);
        std::filesystem::create_directories(sub);
        std::ofstream(sub / (name + "-" + std::to_string(n) + ".md"), std::ios::binary) << text;
    }
    std::cout << count << " documents\n";
    for (const auto& [rule, documents] : planted)
        std::cout << rule << " " << documents << "\n";
    return 0;
}
