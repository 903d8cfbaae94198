#include "files/signal_cleanup.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <csignal>
#include <cstring>
#include <ctime>
#include <mutex>

namespace cpdoc {

namespace {

// Fixed storage, since only async-signal-safe work may happen in the handler.
constexpr int max_pending = 256;
constexpr std::size_t max_path = 4096;
char pending_paths[max_pending][max_path];
// 0: free, 1: a file, 2: a directory (removed with its contents)
volatile std::sig_atomic_t pending_used[max_pending];
constexpr int max_children = 64;
volatile pid_t children[max_children];
std::mutex registry_mutex;

// Removes what a directory holds, then the directory, with system calls only: no allocation
// (readdir may allocate), one fixed buffer per level, to a bounded depth.
constexpr int max_depth = 8;
char listing[max_depth][4096];

void remove_contents(int directory_fd, int depth) {
    if (depth >= max_depth)
        return;
    for (;;) {
        const long n = syscall(SYS_getdents64, directory_fd, listing[depth], sizeof listing[depth]);
        if (n <= 0)
            return;
        bool removed_any = false;
        for (long at = 0; at < n;) {
            // glibc's dirent64 has the layout of the kernel's records.
            const auto* entry = reinterpret_cast<const dirent64*>(listing[depth] + at);
            at += entry->d_reclen;
            const char* name = entry->d_name;
            if (std::strcmp(name, ".") == 0 || std::strcmp(name, "..") == 0)
                continue;
            if (entry->d_type == DT_DIR) {
                const int sub = openat(directory_fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
                if (sub >= 0) {
                    remove_contents(sub, depth + 1);
                    close(sub);
                }
                unlinkat(directory_fd, name, AT_REMOVEDIR);
            } else {
                unlinkat(directory_fd, name, 0);
            }
            removed_any = true;
        }
        // Entries removed while listing may shift the listing: start again from the top.
        if (removed_any)
            lseek(directory_fd, 0, SEEK_SET);
    }
}

void remove_tree(const char* path) {
    const int fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
    if (fd >= 0) {
        remove_contents(fd, 0);
        close(fd);
    }
    rmdir(path);
}

volatile std::sig_atomic_t cleaning = 0;

void clean_up_once() {
    for (int i = 0; i < max_children; ++i)
        if (children[i] > 0)
            kill(children[i], SIGKILL);
    for (int i = 0; i < max_pending; ++i)
        if (pending_used[i] == 1)
            unlink(pending_paths[i]);
    for (int i = 0; i < max_pending; ++i)
        if (pending_used[i] == 2)
            remove_tree(pending_paths[i]);
}

extern "C" void clean_up_and_reraise(int signal_number) {
    if (!cleaning) {
        cleaning = 1;
        // The other threads run on while this one cleans (a render's other workers): one may
        // write a file into a workspace being removed, or make and register another. Once they
        // see `cleaning` they make nothing more; the passes after the first take what they
        // made meanwhile.
        constexpr int passes = 30; // 0.3 s: a worker descheduled on a loaded machine is slow
        const timespec pause_between{0, 10'000'000}; // 10 ms
        for (int pass = 0; pass < passes; ++pass) {
            if (pass > 0)
                nanosleep(&pause_between, nullptr);
            clean_up_once();
        }
    }
    std::signal(signal_number, SIG_DFL);
    std::raise(signal_number);
}

// A thread that would register more while the clean-up runs waits, instead, for the end.
[[noreturn]] void wait_for_the_end() {
    for (;;)
        pause();
}

constexpr int ending_signals[] = {SIGINT,  SIGTERM, SIGHUP,  SIGQUIT, SIGPIPE,   SIGXFSZ,
                                  SIGXCPU, SIGALRM, SIGUSR1, SIGUSR2, SIGVTALRM, SIGPROF};

} // namespace

EndingSignalsHeld::EndingSignalsHeld() {
    sigset_t held;
    sigemptyset(&held);
    for (const int signal_number : ending_signals)
        sigaddset(&held, signal_number);
    pthread_sigmask(SIG_BLOCK, &held, &previous_);
}

EndingSignalsHeld::~EndingSignalsHeld() {
    pthread_sigmask(SIG_SETMASK, &previous_, nullptr);
}

void install_cleanup_handlers() {
    static const bool installed = [] {
        for (const int signal_number : ending_signals) {
            struct sigaction action {};
            action.sa_handler = clean_up_and_reraise;
            sigfillset(&action.sa_mask); // one clean-up at a time
            sigaction(signal_number, &action, nullptr);
        }
        return true;
    }();
    (void)installed;
}

TemporaryOutput::TemporaryOutput(const std::string& path, bool directory) {
    install_cleanup_handlers();
    std::lock_guard lock(registry_mutex);
    for (int i = 0; i < max_pending && path.size() < max_path; ++i)
        if (!pending_used[i]) {
            std::memcpy(pending_paths[i], path.c_str(), path.size() + 1);
            pending_used[i] = directory ? 2 : 1;
            slot_ = i;
            break;
        }
    if (cleaning)
        wait_for_the_end(); // registered: the clean-up's next pass removes it
}

TemporaryOutput::~TemporaryOutput() {
    if (slot_ >= 0)
        pending_used[slot_] = 0;
}

RunningChild::RunningChild(pid_t pid) {
    install_cleanup_handlers();
    std::lock_guard lock(registry_mutex);
    for (int i = 0; i < max_children; ++i)
        if (children[i] == 0) {
            children[i] = pid;
            slot_ = i;
            break;
        }
    if (cleaning) {
        kill(pid, SIGKILL);
        wait_for_the_end();
    }
}

RunningChild::~RunningChild() {
    if (slot_ >= 0)
        children[slot_] = 0;
}

} // namespace cpdoc
