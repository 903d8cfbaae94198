// What must not outlive cpdoc when a signal ends it: temporary output files, private working
// directories (with whatever the renderers wrote into them), and the renderers themselves.
// Every catchable signal whose default is to end the process runs the clean-up, then ends
// the process as it would have (SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGXFSZ, ...).
#pragma once

#include <signal.h>
#include <sys/types.h>

#include <string>

namespace cpdoc {

// Registers a temporary file, or a private directory removed with everything in it, for as
// long as the object lives.
class TemporaryOutput {
public:
    explicit TemporaryOutput(const std::string& path, bool directory = false);
    ~TemporaryOutput();
    TemporaryOutput(const TemporaryOutput&) = delete;
    TemporaryOutput& operator=(const TemporaryOutput&) = delete;

private:
    int slot_ = -1;
};

// Registers a running child process, killed before the clean-up so it cannot write into a
// directory being removed.
class RunningChild {
public:
    explicit RunningChild(pid_t pid);
    ~RunningChild();
    RunningChild(const RunningChild&) = delete;
    RunningChild& operator=(const RunningChild&) = delete;

private:
    int slot_ = -1;
};

// Holds back, while it lives, the signals that would end the process: steps that must all
// happen or none (an audit's outputs put in place and the audit recorded in its history) are
// not cut in two. A signal that comes meanwhile ends the process once they are done. For the
// calling thread: the one thread left when a run puts its outputs in place.
class EndingSignalsHeld {
public:
    EndingSignalsHeld();
    ~EndingSignalsHeld();
    EndingSignalsHeld(const EndingSignalsHeld&) = delete;
    EndingSignalsHeld& operator=(const EndingSignalsHeld&) = delete;

private:
    sigset_t previous_;
};

// Installs the handlers (once; TemporaryOutput and RunningChild do it themselves).
void install_cleanup_handlers();

} // namespace cpdoc
