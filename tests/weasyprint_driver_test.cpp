// The WeasyPrint driver that prints every PDF of a thread: it fetches nothing but data: URLs,
// is started again when it dies or is stopped, and says why when it cannot print.
#include "render/subprocess.hpp"
#include "render/weasyprint_driver.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <fstream>
#include <thread>

using namespace cpdoc;
namespace fs = std::filesystem;

namespace {

RenderSettings pdf_settings() {
    RenderSettings settings;
    settings.format = OutputFormat::pdf;
    settings.date = Date{2026, 11, 25};
    return settings;
}

const std::string page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title>"
                         "</head><body><p>Body text</p></body></html>";

std::string pdf_text(const fs::path& pdf) {
    return test::run_program({"/usr/bin/pdftotext", pdf.string(), "-"}).out;
}

// The driver this process started (its only child that runs the driver script).
pid_t driver_pid() {
    for (const auto& entry : fs::directory_iterator("/proc")) {
        std::ifstream stat(entry.path() / "stat");
        std::string line;
        if (!std::getline(stat, line) || line.rfind(')') == std::string::npos)
            continue;
        std::istringstream rest(line.substr(line.rfind(')') + 1));
        char state = 0;
        pid_t parent = 0;
        std::ifstream cmdline(entry.path() / "cmdline");
        const std::string command((std::istreambuf_iterator<char>(cmdline)), {});
        if (rest >> state >> parent && parent == getpid() && state != 'Z' &&
            command.find("cpdoc's WeasyPrint driver") != std::string::npos)
            return static_cast<pid_t>(std::stol(entry.path().filename().string()));
    }
    return -1;
}

} // namespace

TEST_CASE("the WeasyPrint driver fetches no file and no URL, only what a data: URL holds") {
    const fs::path dir = test::scratch_dir("driver-fetch");
    const std::string css = test::write_file(dir / "leak.css", "p::after { content: 'LEAKED' }");
    // A server nobody may connect to.
    const int listener = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof address;
    REQUIRE(bind(listener, reinterpret_cast<sockaddr*>(&address), size) == 0);
    REQUIRE(listen(listener, 8) == 0);
    REQUIRE(getsockname(listener, reinterpret_cast<sockaddr*>(&address), &size) == 0);
    const std::string server = "http://127.0.0.1:" + std::to_string(ntohs(address.sin_port));
    auto hostile = [&](const std::string& server) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title>"
               "<link rel=\"stylesheet\" href=\"file://" +
               css +
               "\">"
               "<link rel=\"stylesheet\" href=\"" +
               server +
               "/leak.css\">"
               "<link rel=\"stylesheet\" href=\"data:text/css,p::before{content:'FROM-DATA '}\">"
               "</head><body><p>Body text</p><img src=\"" +
               server +
               "/image.png\">"
               "<img src=\"file:///etc/hostname\">"
               "<a rel=\"attachment\" href=\"file:///etc/passwd\">passwd</a></body></html>";
    };
    const std::string html = hostile(server);

    const std::optional<Rendered> printed = print_with_driver(html, pdf_settings());
    REQUIRE(printed);
    REQUIRE(printed->error.empty());
    const std::string pdf = test::write_file(dir / "driver.pdf", printed->bytes);
    const std::string text = pdf_text(pdf);
    CHECK_THAT(text, Catch::Contains("FROM-DATA Body text"));
    CHECK_THAT(text, !Catch::Contains("LEAKED"));
    CHECK(printed->bytes.find("/EmbeddedFile") == std::string::npos);
    CHECK(accept(listener, nullptr, nullptr) < 0);
    CHECK(errno == EAGAIN);

    // The weasyprint program follows the file links (the server left out: it would wait for
    // it to answer): the test can fail.
    const std::string page_file = test::write_file(dir / "page.html", hostile(""));
    REQUIRE(test::run_program(
                {find_program("weasyprint"), "--quiet", page_file, (dir / "program.pdf").string()})
                .status == 0);
    CHECK_THAT(pdf_text(dir / "program.pdf"), Catch::Contains("LEAKED"));
    CHECK(test::read_text((dir / "program.pdf").string()).find("/EmbeddedFile") !=
          std::string::npos);
    close(listener);
}

TEST_CASE("a WeasyPrint driver that died between documents is started again") {
    REQUIRE(print_with_driver(page, pdf_settings())->error.empty());
    const pid_t first = driver_pid();
    REQUIRE(first > 0);
    kill(first, SIGKILL);
    for (int i = 0; i < 200 && driver_pid() == first; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    const std::optional<Rendered> again = print_with_driver(page, pdf_settings());
    REQUIRE(again);
    INFO(again->error);
    CHECK(again->error.empty());
    CHECK(again->bytes.starts_with("%PDF-"));
    CHECK(driver_pid() > 0);
    CHECK(driver_pid() != first);
}

TEST_CASE("a WeasyPrint driver past the time limit is stopped, and the next document printed") {
    RenderSettings hurried = pdf_settings();
    hurried.time_limit = std::chrono::seconds(0);
    const std::optional<Rendered> stopped = print_with_driver(page, hurried);
    REQUIRE(stopped);
    CHECK(stopped->bytes.empty());
    CHECK(stopped->error == "weasyprint did not finish within 0 seconds and was stopped; the "
                            "document may be too large to render (--time-limit raises the limit)");
    const std::optional<Rendered> next = print_with_driver(page, pdf_settings());
    REQUIRE(next);
    CHECK(next->error.empty());
    CHECK(next->bytes.starts_with("%PDF-"));
}

TEST_CASE("a WeasyPrint driver that cannot print says so, and prints nothing") {
    RenderSettings cramped = pdf_settings();
    cramped.address_space = std::size_t{96} << 20; // enough to start Python, not to print
    std::optional<Rendered> failed;
    // A thread of its own, so its driver is started under this limit.
    std::thread([&] { failed = print_with_driver(page, cramped); }).join();
    REQUIRE(failed);
    CHECK(failed->bytes.empty());
    CHECK_THAT(failed->error, Catch::StartsWith("weasyprint failed ("));
}

TEST_CASE("the WeasyPrint driver prints a document the same after others, its own fonts too") {
    // Table cells measured for the automatic table layout, in the document's fonts.
    auto table_page = [](const std::string& style) {
        std::string cells;
        for (const std::string text : {"Core group", "Chronology of significant events",
                                       "Named person", "Lead professional and agencies"})
            cells += "<td>" + text + "</td>";
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title><style>" +
               style + " td { font-family: Cells }</style></head><body><table><tr>" + cells +
               "</tr><tr>" + cells + "</tr></table></body></html>";
    };
    // No font named Cells: the system's default.
    const std::string system_fonts = table_page("");
    // The same family name, another font: what the driver measured before must not be used.
    const std::string mono =
        test::run_program({"/usr/bin/fc-match", "-f", "%{file}", "DejaVu Sans Mono"}).out;
    const std::string own_fonts =
        table_page("@font-face { font-family: Cells; src: url(data:font/ttf;base64," +
                   test::run_program({"/usr/bin/base64", "-w0", mono}).out + ") }");
    auto alone = [](const std::string& html) { // printed by a new driver, its first document
        std::optional<Rendered> printed;
        std::thread([&] { printed = print_with_driver(html, pdf_settings()); }).join();
        REQUIRE(printed);
        REQUIRE(printed->error.empty());
        return printed->bytes;
    };
    const std::string system_alone = alone(system_fonts);
    const std::string own_alone = alone(own_fonts);
    REQUIRE(system_alone != own_alone);

    for (const std::string* html : {&system_fonts, &own_fonts, &system_fonts, &system_fonts}) {
        const std::optional<Rendered> printed = print_with_driver(*html, pdf_settings());
        REQUIRE(printed);
        CHECK(printed->bytes == (html == &own_fonts ? own_alone : system_alone));
    }
}
