#!/usr/bin/env python3
"""Points per minute of a command-line sweep (`java -jar kernel/target/neuron-kernel.jar sweep`) of a
small notebook (an HH soma, a 500 ms step, spikes glued): one worker at a time against all cores,
and, with --slurm, the same points as a job array on the local Slurm (install/slurm-local.sh), whose
overhead per point is the difference from the local run at the same parallelism.

Usage (from the repository root, after mvn package; quiet machine):
    /usr/bin/python3 bench/sweep_points.py [--points 64] [--slurm]
"""
import argparse, csv, json, os, shutil, subprocess, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "kernel", "target", "neuron-kernel.jar")
CELLS = [
    ("double amp = 0.2;   // nA", ["parameters"]),
    ('''var soma = h.Section("soma");
soma.L = 20; soma.diam = 20; soma.insert("hh");
var stim = h.IClamp(soma.at(0.5)); stim.delay = 10; stim.dur = 500; stim.amp = amp;
var spikes = h.Vector();
var detector = h.NetCon(soma.at(0.5).ref("v"), null); detector.threshold = 0; detector.record(spikes);
h.finitialize(-65);
h.batchRun(510, 1);
glue("spikes", spikes.size());''', None),
]


def notebook(path):
    cells = [{"cell_type": "code", "execution_count": None, "metadata": {"tags": t} if t else {}, "outputs": [],
              "source": s} for s, t in CELLS]
    with open(path, "w") as f:
        json.dump({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, f)


def sweep(work, name, points, on, *more):
    out = os.path.join(work, name)
    t0 = time.time()
    subprocess.run(["java", "-jar", JAR, "sweep", os.path.join(work, "fi.ipynb"), "--out", out,
                    "-p", f"amp=0:0.3:{points}", "--on", on, *more], check=True, capture_output=True)
    seconds = time.time() - t0
    with open(os.path.join(out, "sweep.csv")) as f:
        rows = list(csv.DictReader(f))
    assert all(r["status"] == "ok" for r in rows), rows
    busy = sum(float(r["seconds"]) for r in rows)
    return seconds, busy


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--points", type=int, default=64)
    ap.add_argument("--slurm", action="store_true")
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="bench-sweep-")
    try:
        notebook(os.path.join(work, "fi.ipynb"))
        n = args.points
        cores = os.cpu_count()
        one, busy1 = sweep(work, "one", n, "local:1")
        print(f"local, 1 at a time:  {one:6.1f} s  {n / one * 60:6.1f} points/min  (a point: {busy1 / n:.2f} s)")
        all_, busy2 = sweep(work, "all", n, f"local:{cores}")
        print(f"local, {cores} at a time:  {all_:6.1f} s  {n / all_ * 60:6.1f} points/min  (a point: {busy2 / n:.2f} s)"
              f"  speed-up {one / all_:.2f}x")
        if args.slurm:
            subprocess.run([os.path.join(ROOT, "install", "slurm-local.sh"), "start"], check=True, capture_output=True)
            try:
                s, busy3 = sweep(work, "slurm", n, "slurm", "--throttle", str(cores))
            finally:
                subprocess.run([os.path.join(ROOT, "install", "slurm-local.sh"), "stop"], check=True,
                               capture_output=True)
            print(f"slurm, {cores} at a time:  {s:6.1f} s  {n / s * 60:6.1f} points/min  (a point: {busy3 / n:.2f} s)"
                  f"  overhead {(s - all_) / n:.2f} s per point over local")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
