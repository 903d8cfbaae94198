#include "subprocess.hpp"

#include "files/signal_cleanup.hpp"

#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>

namespace cpdoc {
namespace fs = std::filesystem;

std::string find_program(const std::string& name) {
    if (name.find('/') != std::string::npos)
        return access(name.c_str(), X_OK) == 0 ? name : "";
    const char* path = std::getenv("PATH");
    std::stringstream directories(path != nullptr ? path : "/usr/bin:/bin");
    std::string directory;
    while (std::getline(directories, directory, ':')) {
        if (directory.empty())
            continue;
        const std::string candidate = directory + "/" + name;
        if (access(candidate.c_str(), X_OK) == 0 && !fs::is_directory(candidate))
            return candidate;
    }
    return "";
}

namespace {

std::vector<char*> c_strings(const std::vector<std::string>& strings) {
    std::vector<char*> out;
    for (const std::string& s : strings)
        out.push_back(const_cast<char*>(s.c_str()));
    out.push_back(nullptr);
    return out;
}

// In the child, between fork and exec, where only async-signal-safe calls may be made.
void limit_child(pid_t parent, std::size_t address_space) {
    // PR_SET_PDEATHSIG: cpdoc killed (or the thread that started the program ended), so is
    // the program.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent)
        _exit(127);
    if (address_space != 0) {
        const rlimit most{address_space, address_space};
        if (setrlimit(RLIMIT_AS, &most) != 0)
            _exit(127);
    }
}

[[noreturn]] void exec_child(const char* program, char* const* args, char* const* env, int in,
                             int out, int err) {
    if (in < 0 || out < 0 || err < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0)
        _exit(127);
    execve(program, args, env);
    _exit(127);
}

std::string read_errors(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::string text(4096, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    return text;
}

} // namespace

// The program and everything it started (Pandoc runs WeasyPrint), found through /proc: a
// renderer past its time limit is stopped whole, not just its first process.
void kill_tree(pid_t root) {
    std::map<pid_t, std::vector<pid_t>> children;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator("/proc", ec)) {
        const std::string name = entry.path().filename().string();
        if (name.empty() || name.find_first_not_of("0123456789") != std::string::npos)
            continue;
        std::ifstream stat(entry.path() / "stat");
        std::string line;
        std::getline(stat, line);
        // pid (comm) state ppid ...: comm may hold spaces, so read after the last ')'.
        const auto close = line.rfind(')');
        if (close == std::string::npos)
            continue;
        std::istringstream rest(line.substr(close + 1));
        char state = 0;
        pid_t ppid = 0;
        if (rest >> state >> ppid)
            children[ppid].push_back(static_cast<pid_t>(std::stol(name)));
    }
    std::vector<pid_t> tree{root};
    for (std::size_t i = 0; i < tree.size(); ++i)
        for (const pid_t child : children[tree[i]])
            tree.push_back(child);
    for (const pid_t member : tree)
        kill(member, SIGKILL);
}

ProgramRun run_program(const std::vector<std::string>& argv,
                       const std::vector<std::string>& environment, const fs::path& output,
                       const fs::path& error_file, std::chrono::seconds limit,
                       std::size_t address_space) {
    ProgramRun run;
    const std::string program = find_program(argv.at(0));
    if (program.empty())
        return run;
    // Everything the child needs is prepared before fork: between fork and exec only
    // async-signal-safe calls are made.
    const std::vector<char*> args = c_strings(argv);
    const std::vector<char*> env = c_strings(environment);
    const std::string output_path = output.string();
    const std::string error_path = error_file.string();
    const pid_t parent = getpid();

    const pid_t pid = fork();
    if (pid < 0)
        return run;
    if (pid == 0) {
        limit_child(parent, address_space);
        const int in = open("/dev/null", O_RDONLY | O_CLOEXEC);
        const int out = open(output_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        const int err = open(error_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        exec_child(program.c_str(), args.data(), env.data(), in, out, err);
    }
    run.started = true;
    const RunningChild running(pid);
    const auto deadline = std::chrono::steady_clock::now() + limit;
    int status = 0;
    for (;;) {
        const pid_t done = waitpid(pid, &status, WNOHANG);
        if (done == pid)
            break;
        if (done < 0 && errno != EINTR)
            break;
        if (std::chrono::steady_clock::now() >= deadline) {
            kill_tree(pid);
            waitpid(pid, &status, 0);
            run.timed_out = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    if (!run.timed_out && WIFEXITED(status))
        run.exit_code = WEXITSTATUS(status);
    run.errors = read_errors(error_file);
    return run;
}

ServingProgram start_program(const std::vector<std::string>& argv,
                             const std::vector<std::string>& environment, const fs::path& directory,
                             const fs::path& error_file, std::size_t address_space) {
    ServingProgram started;
    const std::string program = find_program(argv.at(0));
    if (program.empty())
        return started;
    const std::vector<char*> args = c_strings(argv);
    const std::vector<char*> env = c_strings(environment);
    const std::string directory_path = directory.string();
    const std::string error_path = error_file.string();
    const pid_t parent = getpid();
    int channel[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, channel) != 0)
        return started;

    const pid_t pid = fork();
    if (pid == 0) {
        limit_child(parent, address_space);
        // Appended to, so the caller may empty the file between requests.
        const int err =
            open(error_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0600);
        if (chdir(directory_path.c_str()) != 0)
            _exit(127);
        exec_child(program.c_str(), args.data(), env.data(), channel[1], channel[1], err);
    }
    close(channel[1]);
    if (pid < 0) {
        close(channel[0]);
        return started;
    }
    started.pid = pid;
    started.channel = channel[0];
    return started;
}

} // namespace cpdoc
