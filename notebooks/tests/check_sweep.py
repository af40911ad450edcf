#!/usr/bin/env python3
"""Sweeps through the kernel jar's `sweep` command, as a user runs them from a shell: tutorial 10's
F-I curve on local cores and as a job array on a real single-node Slurm (install/slurm-local.sh),
checked against NEURON 8.2's spike counts; a Slurm job cancelled mid-point keeps the finished
points, marks the running one cancelled and `--resume` completes it; Slurm down and sbatch missing
give clear messages. Prints the timings it measured. Exits non-zero on the first failure.

    /usr/bin/python3 notebooks/tests/check_sweep.py [--no-slurm]

Run from the repository root, after `mvn package`; starts and stops Slurm itself (needs root).
"""
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
JAR = os.path.join(ROOT, "kernel", "target", "neuron-kernel.jar")
TUTORIAL = os.path.join(ROOT, "notebooks", "10-parameter-sweeps.ipynb")
SLURM = os.path.join(ROOT, "install", "slurm-local.sh")
# NEURON 8.2.2's spike counts for amp = 0, 0.025, ..., 0.3 nA (tutorial 4)
NEURON_COUNTS = [0, 0, 1, 2, 31, 34, 37, 39, 40, 42, 43, 45, 46]

failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    if not ok:
        failures.append(what)
    return ok


def sweep(*args, env=None, timeout=600):
    t0 = time.time()
    p = subprocess.run(["java", "-jar", JAR, "sweep", *args], capture_output=True, text=True, env=env,
                       timeout=timeout)
    return p, time.time() - t0


def rows(out):
    with open(os.path.join(out, "sweep.csv"), newline="") as f:
        return list(csv.DictReader(f))


def check_fi(out, p, how):
    if not check(p.returncode == 0, f"{how}: sweep exits 0 (got {p.returncode}: {p.stderr[-800:]})"):
        return
    table = rows(out)
    spikes = [int(r["spikes"]) for r in table]
    check(spikes == NEURON_COUNTS, f"{how}: spike counts {spikes} are NEURON's")
    check(all(r["status"] == "ok" for r in table), f"{how}: every point ok")
    with open(os.path.join(out, "sweep.html")) as f:
        check("data:image/png;base64," in f.read(), f"{how}: sweep.html has the chart")
    check(os.path.isfile(os.path.join(out, "points", "0012", "10-parameter-sweeps.html")),
          f"{how}: each point keeps its own report")


def fi_args(out, *more):
    return [TUTORIAL, "--out", out, "-p", "amp=0:0.3:13", "-p", "wholeCurve=false", *more]


def notebook(path, parameters, *cells):
    def cell(src, tags=None):
        return {"cell_type": "code", "execution_count": None, "metadata": {"tags": tags} if tags else {},
                "outputs": [], "source": src}
    nb = {"cells": [cell(parameters, ["parameters"])] + [cell(c) for c in cells], "metadata": {},
          "nbformat": 4, "nbformat_minor": 5}
    with open(path, "w") as f:
        json.dump(nb, f)
    return path


def slurm(command):
    return subprocess.run([SLURM, command], capture_output=True, text=True, timeout=180)


def main():
    use_slurm = "--no-slurm" not in sys.argv
    work = tempfile.mkdtemp(prefix="check-sweep-")
    try:
        local = os.path.join(work, "local")
        p, seconds = sweep(*fi_args(local))
        check_fi(local, p, "local")
        print(f"     local sweep of 13 points: {seconds:.1f} s ({13 / seconds * 60:.0f} points/min)")

        # bad input, refused before anything runs
        p, _ = sweep(TUTORIAL, "--out", os.path.join(work, "bad"), "-p", "amps=0.1")
        check(p.returncode == 2 and 'declares no "amps"' in p.stderr, "an unknown parameter is named")
        bare = os.path.join(work, "bin")  # a PATH with java and nothing of Slurm's
        os.makedirs(bare)
        os.symlink(shutil.which("java"), os.path.join(bare, "java"))
        no_slurm_env = dict(os.environ, PATH=bare)
        p, _ = sweep(*fi_args(os.path.join(work, "nosbatch"), "--on", "slurm"), env=no_slurm_env)
        check(p.returncode == 2 and "sbatch is not on the PATH" in p.stderr, "--on slurm without sbatch says so")
        if not use_slurm:
            return
        r = slurm("start")
        if not check(r.returncode == 0, "Slurm starts: " + (r.stdout + r.stderr)[-400:]):
            return
        try:
            out = os.path.join(work, "slurm")
            p, seconds = sweep(*fi_args(out, "--on", "slurm", "--throttle", "2"))
            check_fi(out, p, "slurm")
            check(os.path.isfile(os.path.join(out, "sweep.sbatch")), "slurm: the job script is kept in DIR")
            point_seconds = sum(float(r["seconds"]) for r in rows(out)) if p.returncode == 0 else float("nan")
            print(f"     Slurm sweep of 13 points, 2 at a time: {seconds:.1f} s; points ran {point_seconds:.1f} s in all;"
                  f" overhead {(seconds - point_seconds / 2) / 13:.2f} s per point")

            # a job cancelled while a point runs: the finished points stay, the running one is cancelled,
            # --resume completes it
            flag = os.path.join(work, "hang-while-this-exists")
            open(flag, "w").close()
            nb = notebook(os.path.join(work, "hang.ipynb"), "int k = 0;",
                          f'if (k == 1 && Files.exists(Path.of("{flag}"))) Thread.sleep(600_000);\nglue("k2", k * k);')
            out = os.path.join(work, "cancel")
            p, _ = sweep(nb, "--out", out, "-p", "k=0,1,2", "--on", "slurm", "--no-wait")
            check(p.returncode == 0 and "scancel" in p.stderr, "--no-wait submits and says how to follow and gather")
            job = open(os.path.join(out, "slurm", "job-id")).read().strip()
            deadline = time.time() + 120
            done = lambda i: os.path.isfile(os.path.join(out, "points", f"{i:04d}", "point.json"))
            while time.time() < deadline and not (done(0) and done(2)):
                time.sleep(1)
            time.sleep(2)  # the hung point is well inside its sleep
            subprocess.run(["scancel", job], check=True)
            while time.time() < deadline and not done(1):
                time.sleep(0.5)
            p, _ = sweep("--gather", out)
            table = rows(out)
            check(p.returncode == 1 and [r["status"] for r in table] == ["ok", "cancelled", "ok"],
                  f"a cancelled job: finished points kept, the running one cancelled ({[r['status'] for r in table]})")
            check("point 1 (k=1): cancelled" in p.stderr, "the gather lists the cancelled point")
            os.remove(flag)
            p, _ = sweep("--resume", "--out", out, "--on", "slurm")
            table = rows(out)
            check(p.returncode == 0 and [r["k2"] for r in table] == ["0", "1", "4"],
                  f"--resume runs the cancelled point again ({p.stderr[-300:]})")
        finally:
            r = slurm("stop")
            check(r.returncode == 0, "Slurm stops")
        t0 = time.time()
        p, _ = sweep(*fi_args(os.path.join(work, "down"), "--on", "slurm"), timeout=300)
        check(p.returncode == 2 and "Is Slurm up?" in p.stderr,
              f"Slurm down: sbatch's refusal is reported in {time.time() - t0:.0f} s ({p.stderr.strip()[-300:]})")
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if failures:
            print(f"{len(failures)} check(s) failed")
            sys.exit(1)
        print("sweep checks ok")


if __name__ == "__main__":
    main()
