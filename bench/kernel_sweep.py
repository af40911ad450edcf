#!/usr/bin/env python3
"""The in-kernel sweep's speedup: `sweep(...)` of tutorial 4's HH soma on one thread against all
processors, in fresh JVMs (the Java side is kernel/src/test/.../notebook/SweepBenchmark.java; it
goes through Notebook.sweep exactly as a cell does, and times each sweep after a warm-up).

Usage (from the repository root):
    /usr/bin/python3 bench/kernel_sweep.py [--runs 3] [--build] [-- SweepBenchmark options]
e.g. `bench/kernel_sweep.py -- --model axon --sim-threads 0`. Builds the kernel jar and its test
classes first if they are missing (or with --build). Prints each JVM's rounds, then the median and
range of the speedup over every round, beside that of the same points run by hand on plain threads
in the same rounds (what this machine, with whatever else runs on it, gives this work). Only runs
made on a quiet machine mean much: other work takes cores from the many-thread sweep, not the
one-thread one.
"""
import argparse, os, re, statistics, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "kernel", "target", "neuron-kernel.jar")
TEST_CLASSES = os.path.join(ROOT, "kernel", "target", "test-classes")
MAIN = "io.github.neuronkernel.kernel.notebook.SweepBenchmark"


def build():
    # package, not install: the jar with its lib/ folder, and the test classes (-DskipTests compiles them)
    subprocess.run(["mvn", "-q", "-ntp", "package", "-DskipTests", "-pl", "engine,kernel", "-am"], cwd=ROOT, check=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="fresh JVMs to run (default 3)")
    parser.add_argument("--build", action="store_true", help="build even if the jar exists")
    parser.add_argument("rest", nargs=argparse.REMAINDER, help="options for SweepBenchmark, after --")
    args = parser.parse_args()
    if args.build or not os.path.exists(JAR) or not os.path.exists(os.path.join(TEST_CLASSES, *MAIN.split(".")) + ".class"):
        build()
    extra = [a for a in args.rest if a != "--"]
    speedups, by_hand = [], []
    for run in range(args.runs):
        out = subprocess.run(["java", "-cp", JAR + os.pathsep + TEST_CLASSES, MAIN] + extra,
                             cwd=ROOT, check=True, capture_output=True, text=True).stdout
        print("run %d:" % (run + 1))
        print("  " + out.strip().replace("\n", "\n  "))
        for sweep, hand in re.findall(r"\): ([\d.]+)x \(by hand on plain threads: ([\d.]+)x\)$", out, re.M):
            speedups.append(float(sweep))
            by_hand.append(float(hand))
    if speedups:
        print("speedup over %d rounds in %d JVMs: median %.2fx, %.2f-%.2f; by hand on plain threads: median %.2fx, %.2f-%.2f"
              % (len(speedups), args.runs, statistics.median(speedups), min(speedups), max(speedups),
                 statistics.median(by_hand), min(by_hand), max(by_hand)))


if __name__ == "__main__":
    sys.exit(main())
