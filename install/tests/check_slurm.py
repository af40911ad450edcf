"""The local Slurm of install/slurm-local.sh, used the way the project's tests will use it: client
commands (sbatch, squeue, scancel, sinfo, scontrol) run as subprocesses with no SLURM_CONF in their
environment. Starts the cluster, runs a job array of 4 trivial tasks throttled to 2 at a time and
checks each task's file, cancels a sleeping job, checks how finished and cancelled jobs can be
looked up (squeue -t all, scontrol show job, the jobcomp file; sacct has no accounting storage),
stops, starts again for a fresh cluster, stops. (A cluster already running is stopped first.) Slurm is stopped however this ends (also on
SIGINT/SIGTERM). Prints the timings, among them the Slurm overhead per trivial task.
Exits non-zero on any failure.
Run as root: /usr/bin/python3 install/tests/check_slurm.py"""
import os
import re
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, "..", "slurm-local.sh")
STATE_DIR = os.environ.get("SLURM_LOCAL_DIR", "/tmp/neuron-kernel-slurm")
CONF = os.path.join(STATE_DIR, "etc", "slurm.conf")
JOBCOMP = os.path.join(STATE_DIR, "log", "jobcomp.txt")
DAEMONS = {"munged", "slurmctld", "slurmscriptd", "slurmd", "slurmstepd"}

failures = []
passed = []
# clients run without SLURM_CONF, to prove they find the cluster as the tests' subprocesses will;
# set again in start() if the script says /etc/slurm/slurm.conf could not be pointed at ours
client_env = {k: v for k, v in os.environ.items() if k != "SLURM_CONF"}


def check(ok, what):
    if ok:
        passed.append(what)
        print("PASS " + what, flush=True)
    else:
        failures.append(what)
        print("FAIL " + what, flush=True)
    return ok


def script(action):
    """Runs slurm-local.sh ACTION; returns (exit code, output, seconds)."""
    t0 = time.monotonic()
    p = subprocess.run(["bash", SCRIPT, action], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       text=True, timeout=120)
    return p.returncode, p.stdout, time.monotonic() - t0


def slurm(*args, check_rc=True):
    """Runs a Slurm client command as the tests will; returns its stdout."""
    p = subprocess.run(list(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                       env=client_env, timeout=30)
    if check_rc and p.returncode != 0:
        raise RuntimeError("%s exited %d: %s" % (" ".join(args), p.returncode, p.stderr.strip()))
    return p.stdout


def wait_until(predicate, timeout, interval=0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return predicate()


def start(label):
    rc, out, secs = script("start")
    print(out.rstrip())
    check(rc == 0, "%s: slurm-local.sh start exits 0 (%.1f s)" % (label, secs))
    if "not ours" in out:
        # someone else's /etc/slurm/slurm.conf: clients need the variable that start printed
        client_env["SLURM_CONF"] = CONF
    return rc == 0


def stop(label):
    rc, out, secs = script("stop")
    print(out.rstrip())
    check(rc == 0, "%s: slurm-local.sh stop exits 0 (%.1f s)" % (label, secs))
    left = our_processes()
    check(not left, "%s: no munged/slurm process of this cluster left: %s" % (label, left))


def our_processes():
    """Live (not zombie) daemons of this cluster: the daemons and each slurmstepd carry
    SLURM_CONF=<our conf> in their environment."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open("/proc/%s/comm" % pid) as f:
                comm = f.read().strip()
            if comm not in DAEMONS:
                continue
            with open("/proc/%s/stat" % pid) as f:
                if f.read().rsplit(")", 1)[1].split()[0] == "Z":
                    continue
            with open("/proc/%s/environ" % pid, "rb") as f:
                if ("SLURM_CONF=" + CONF).encode() in f.read().split(b"\0"):
                    found.append("%s(%s)" % (comm, pid))
        except (OSError, IndexError):
            pass  # gone meanwhile
    return found


def jobcomp_lines(pattern):
    try:
        with open(JOBCOMP) as f:
            return [line for line in f if re.search(pattern, line)]
    except FileNotFoundError:
        return []


def job_array(work):
    """4 trivial tasks, at most 2 at a time; each writes its SLURM_ARRAY_TASK_ID and the time."""
    out_pattern = os.path.join(work, "slurm-%A_%a.out")
    command = ('echo "$SLURM_ARRAY_TASK_ID $(date +%%s.%%N)" > %s/task-$SLURM_ARRAY_TASK_ID.txt'
               % work)
    t0 = time.time()
    job = slurm("sbatch", "--parsable", "--array=0-3%2", "--job-name=check-array",
                "--output=" + out_pattern, "--wrap", command).strip().split(";")[0]
    submitted = time.time() - t0
    check(job.isdigit(), "sbatch --array=0-3%%2 gives job id %s (sbatch took %.2f s)" % (job, submitted))

    # poll squeue until no task is pending or running; count the most ever running at once
    most_running = 0

    def done():
        nonlocal most_running
        lines = slurm("squeue", "-h", "-j", job, "-o", "%i %T").split()
        most_running = max(most_running, lines[1::2].count("RUNNING"))
        return not lines
    finished = wait_until(done, 30)
    seen_gone = time.time() - t0
    check(finished, "the array's tasks leave squeue within 30 s (%.2f s after sbatch)" % seen_gone)
    check(most_running <= 2, "never more than 2 tasks running at once (throttle %%2): at most %d seen"
          % most_running)

    stamps = {}
    for i in range(4):
        path = os.path.join(work, "task-%d.txt" % i)
        try:
            with open(path) as f:
                task_id, stamp = f.read().split()
            stamps[i] = float(stamp)
            check(task_id == str(i), "task %d wrote its SLURM_ARRAY_TASK_ID: %s" % (i, task_id))
        except (OSError, ValueError) as e:
            check(False, "task %d wrote %s: %s" % (i, path, e))
    if len(stamps) == 4:
        last = max(stamps.values()) - t0
        waves = sorted(stamps.values())
        print("timing: task files written at %s s after sbatch (tasks 0-3); last at %.2f s"
              % (", ".join("%.2f" % (stamps[i] - t0) for i in range(4)), last))
        # the throttle makes 2 waves of 2; the second starts when the scheduler sees the first end
        print("timing: first wave %.2f s after sbatch, second wave %.2f s after the first"
              % (waves[0] - t0, waves[2] - waves[0]))
        print("timing: Slurm overhead for trivial tasks: %.2f s per task (4 tasks, 2 at a time:"
              " %.2f s per wave of 2)" % (last / 4, last / 2))
        check(last < 10, "4 trivial tasks done within 10 s of sbatch (%.2f s)" % last)

    # how a finished job's state can be seen afterwards
    states = slurm("squeue", "-h", "-t", "all", "-j", job, "-o", "%K %T").split()
    check(sorted(zip(states[0::2], states[1::2])) == [(str(i), "COMPLETED") for i in range(4)],
          "squeue -t all -j %s -o '%%K %%T' shows the 4 tasks COMPLETED (kept MinJobAge=300 s): %s"
          % (job, states))
    shown = slurm("scontrol", "show", "job", job)
    check(shown.count("JobState=COMPLETED") == 4 and "ArrayTaskThrottle=2" in shown,
          "scontrol show job %s: 4 tasks JobState=COMPLETED, ArrayTaskThrottle=2" % job)
    lines = jobcomp_lines(r"\bArrayJobId=%s\b.*" % job)
    check(len(lines) == 4 and all("JobState=COMPLETED" in l for l in lines),
          "jobcomp file has the 4 tasks COMPLETED: %d lines" % len(lines))


def cancel(work):
    t0 = time.time()
    job = slurm("sbatch", "--parsable", "--job-name=check-cancel", "--output=/dev/null",
                "--wrap", "sleep 317").strip()
    running = wait_until(lambda: slurm("squeue", "-h", "-j", job, "-o", "%T").strip() == "RUNNING", 15)
    check(running, "a sleeping job %s runs (%.2f s after sbatch)" % (job, time.time() - t0))
    time.sleep(1)  # well into its sleep, as a test cancelling a busy job would find it
    t1 = time.time()
    slurm("scancel", job)
    gone = wait_until(lambda: slurm("squeue", "-h", "-j", job, "-o", "%T").strip() == "", 15)
    check(gone, "scancel %s: the job leaves squeue, COMPLETING meanwhile (%.2f s)" % (job, time.time() - t1))
    sleeps = wait_until(lambda: not sleep_processes("317"), 10)
    check(sleeps, "the job's 'sleep 317' process is gone")
    state = slurm("squeue", "-h", "-t", "all", "-j", job, "-o", "%T").strip()
    check(state == "CANCELLED", "squeue -t all shows the cancelled job as %s" % state)
    check("JobState=CANCELLED" in slurm("scontrol", "show", "job", job),
          "scontrol show job %s says JobState=CANCELLED" % job)
    lines = jobcomp_lines(r"^JobId=%s .*JobState=CANCELLED" % job)
    check(len(lines) == 1, "jobcomp file has the job CANCELLED")


def sleep_processes(seconds):
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open("/proc/%s/cmdline" % pid, "rb") as f:
                if f.read().split(b"\0")[:2] == [b"sleep", seconds.encode()]:
                    found.append(pid)
        except OSError:
            pass
    return found


def no_sacct():
    p = subprocess.run(["sacct", "-j", "1"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       text=True, env=client_env)
    check(p.returncode != 0 and "accounting storage is disabled" in p.stdout,
          "sacct does not work without accounting storage (exit %d: %s)" % (p.returncode, p.stdout.strip()))


def main():
    if os.geteuid() != 0:
        print("check_slurm.py: run as root (the daemons run as root)")
        return 2
    # SIGTERM and SIGINT end through the finally below, so the cluster is stopped
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    t_all = time.monotonic()
    try:
        with tempfile.TemporaryDirectory(prefix="check-slurm-") as work:
            # from a stopped cluster, whatever an earlier run left, so every run checks the same
            script("stop")
            if start("first start"):
                rc, out, _ = script("start")
                check(rc == 0 and "already running" in out, "start again while up: 'already running', exit 0")
                rc, out, _ = script("status")
                check(rc == 0 and " idle " in out, "status while up: exit 0, sinfo shows the node idle")
                nodes = slurm("sinfo", "-h", "-o", "%P %a %D %T %c")
                check(nodes.split()[:4] == ["debug*", "up", "1", "idle"],
                      "sinfo (SLURM_CONF %s): %s" % ("set" if "SLURM_CONF" in client_env else "unset",
                                                      nodes.strip()))
                job_array(work)
                cancel(work)
                no_sacct()
            stop("first stop")
            rc, out, _ = script("status")
            check(rc == 3, "status when stopped exits 3")
            check(not os.path.lexists("/etc/slurm/slurm.conf") or os.path.realpath("/etc/slurm/slurm.conf") != CONF,
                  "stop removed the /etc/slurm/slurm.conf link")

            if start("second start"):
                check(slurm("squeue", "-h", "-t", "all").strip() == "", "a fresh cluster: no job from before")
                t0 = time.time()
                job = slurm("sbatch", "--parsable", "--output=/dev/null", "--wrap", "true").strip()
                check(job == "1", "job ids start again at 1: %s" % job)
                done = wait_until(lambda: slurm("squeue", "-h", "-j", job).strip() == "", 15)
                check(done, "a job runs after a restart (done %.2f s after sbatch; the first job after a start)"
                      % (time.time() - t0))
    finally:
        stop("final stop")
    print("total %.1f s" % (time.monotonic() - t_all))
    print("%d passed, %d failed" % (len(passed), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
