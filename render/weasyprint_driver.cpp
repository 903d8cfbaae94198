#include "weasyprint_driver.hpp"

#include "program_messages.hpp"
#include "files/signal_cleanup.hpp"
#include "subprocess.hpp"
#include "templates.hpp"
#include "workspace.hpp"

#include <poll.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <memory>
#include <sstream>

namespace cpdoc {
namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

// The interpreter named on the weasyprint program's first line (#!/usr/bin/python3), with its
// arguments; empty when the program is missing or not a Python script.
std::vector<std::string> weasyprint_python() {
    const std::string program = find_program("weasyprint");
    std::ifstream in(program);
    std::string line;
    if (program.empty() || !std::getline(in, line) || !line.starts_with("#!") ||
        line.find("python") == std::string::npos)
        return {};
    std::istringstream words(line.substr(2));
    std::vector<std::string> argv;
    for (std::string word; words >> word;)
        argv.push_back(word);
    return argv;
}

// Waits until the channel is ready for `events`; false at the deadline.
bool wait_for(int fd, short events, Clock::time_point deadline) {
    for (;;) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0)
            return false;
        pollfd polled{fd, events, 0};
        const int ready =
            poll(&polled, 1, static_cast<int>(std::min<long long>(left.count(), 1000)));
        if (ready > 0)
            return true;
        if (ready < 0 && errno != EINTR)
            return false;
    }
}

class Driver {
public:
    Driver(Workspace workspace, ServingProgram program)
        : workspace_(std::move(workspace)), program_(program), running_(program.pid) {}
    ~Driver() {
        close(program_.channel);
        if (!exited_) {
            kill_tree(program_.pid);
            waitpid(program_.pid, nullptr, 0);
        }
    }
    Driver(const Driver&) = delete;
    Driver& operator=(const Driver&) = delete;

    // False once it has died (between documents too), or was stopped at a time limit or on a
    // reply it could not read.
    bool usable() {
        if (!broken_ && waitpid(program_.pid, &status_, WNOHANG) == program_.pid)
            broken_ = exited_ = true;
        return !broken_;
    }

    Rendered print(const std::string& html, const RenderSettings& settings) {
        std::ofstream(errors_file(), std::ios::trunc); // only what this document makes it say
        const Clock::time_point deadline = Clock::now() + settings.time_limit;
        const std::string request = std::string(settings.pdf_a ? "pdf/a-3b" : "pdf/ua-1") + " " +
                                    source_date_epoch(settings) + " " +
                                    std::to_string(html.size()) + "\n";
        std::string kind;
        std::string body;
        if (send_all(request + html, deadline) && receive_reply(kind, body, deadline)) {
            ++printed_;
            if (kind == "pdf" && !body.empty())
                return {std::move(body), ""};
            if (kind == "pdf")
                return {"", "the renderer wrote no output"};
            if (body == "MemoryError") // the driver ends after it
                stopped();
            return {"", program_failed("weasyprint", "an error in printing", body,
                                       settings.address_space)};
        }
        if (Clock::now() >= deadline) {
            kill_tree(program_.pid);
            stopped();
            return {"", past_time_limit("weasyprint", settings.time_limit)};
        }
        lost_unanswered_ = printed_ > 0 && buffer_.empty();
        return {"", died(settings)};
    }

    // It had printed before and died without a word of this reply: it died between documents
    // (killed, or out of memory) before usable() could see it, and the document is not at fault.
    bool lost_between_documents() const { return lost_unanswered_; }

private:
    fs::path errors_file() { return workspace_.file("weasyprint.errors"); }

    bool send_all(const std::string& data, Clock::time_point deadline) {
        std::size_t sent = 0;
        while (sent < data.size()) {
            if (!wait_for(program_.channel, POLLOUT, deadline))
                return false;
            const ssize_t n = send(program_.channel, data.data() + sent, data.size() - sent,
                                   MSG_NOSIGNAL | MSG_DONTWAIT);
            if (n < 0 && (errno == EINTR || errno == EAGAIN))
                continue;
            if (n <= 0)
                return false;
            sent += static_cast<std::size_t>(n);
        }
        return true;
    }

    // Reads until `buffer_` holds `count` bytes (count 0: a whole line).
    bool fill(std::size_t count, Clock::time_point deadline) {
        while (count == 0 ? buffer_.find('\n') == std::string::npos : buffer_.size() < count) {
            if (!wait_for(program_.channel, POLLIN, deadline))
                return false;
            char chunk[65536];
            const ssize_t n = recv(program_.channel, chunk, sizeof chunk, MSG_DONTWAIT);
            if (n < 0 && (errno == EINTR || errno == EAGAIN))
                continue;
            if (n <= 0)
                return false;
            buffer_.append(chunk, static_cast<std::size_t>(n));
        }
        return true;
    }

    // "pdf LENGTH\n" or "error LENGTH\n", then LENGTH bytes.
    bool receive_reply(std::string& kind, std::string& body, Clock::time_point deadline) {
        if (!fill(0, deadline))
            return false;
        std::istringstream header(buffer_.substr(0, buffer_.find('\n')));
        std::size_t length = 0;
        if (!(header >> kind >> length) || (kind != "pdf" && kind != "error"))
            return false;
        buffer_.erase(0, buffer_.find('\n') + 1);
        if (!fill(length, deadline))
            return false;
        body = buffer_.substr(0, length);
        buffer_.erase(0, length);
        return true;
    }

    // The driver is not to be used again: it is waited for, or killed by the destructor.
    void stopped() {
        broken_ = true;
        exited_ = waitpid(program_.pid, &status_, 0) == program_.pid;
    }

    std::string died(const RenderSettings& settings) {
        kill_tree(program_.pid); // it may be alive and talking nonsense
        stopped();
        std::string how = "it ended";
        if (WIFEXITED(status_))
            how = "exit status " + std::to_string(WEXITSTATUS(status_));
        else if (WIFSIGNALED(status_))
            how = "killed by signal " + std::to_string(WTERMSIG(status_));
        std::string errors = read_whole_file(errors_file()).value_or("");
        errors.resize(std::min<std::size_t>(errors.size(), 4096));
        return program_failed("weasyprint", how, errors, settings.address_space);
    }

    Workspace workspace_;
    ServingProgram program_;
    RunningChild running_;
    std::string buffer_;
    bool broken_ = false;
    int printed_ = 0;
    bool lost_unanswered_ = false;
    bool exited_ = false;
    int status_ = 0;
};

thread_local std::unique_ptr<Driver> driver;

std::optional<Rendered> print_with_new_or_running_driver(const std::string& html,
                                                         const RenderSettings& settings) {
    if (!driver) {
        std::vector<std::string> argv = weasyprint_python();
        if (argv.empty())
            return std::nullopt;
        // -I: no PYTHON* variables, no user site-packages, nothing from the working directory.
        argv.insert(argv.end(), {"-I", "-c", std::string(render_template("weasyprint_driver.py"))});
        std::string error;
        auto workspace = Workspace::create(error);
        if (!workspace)
            return Rendered{"", error};
        const ServingProgram program =
            start_program(argv, workspace->program_environment(), workspace->directory(),
                          workspace->file("weasyprint.errors"), settings.address_space);
        if (program.pid < 0)
            return Rendered{"", not_installed("weasyprint")};
        driver = std::make_unique<Driver>(std::move(*workspace), program);
    }
    return driver->print(html, settings);
}

} // namespace

std::optional<Rendered> print_with_driver(const std::string& html, const RenderSettings& settings) {
    if (driver && !driver->usable())
        driver.reset();
    std::optional<Rendered> printed = print_with_new_or_running_driver(html, settings);
    if (printed && !printed->error.empty() && driver && driver->lost_between_documents()) {
        driver.reset();
        printed = print_with_new_or_running_driver(html, settings);
    }
    return printed;
}

} // namespace cpdoc
