#!/usr/bin/env python3
"""Runs NEURON's benchmark script and ours alternately, on the same machine, and prints a table.

Usage (from the repository root):
    python3 bench/compare.py [--rounds 5] [--models seed_long,axon,axon_hhx,tree,network,ca1,ca1_asc] [--scaling]
                             [--pin CPU] [--neuron-script ../shared/bench/neuron_models.py]

Per model and round it runs NEURON 8.2 (`/usr/bin/python3 neuron_models.py MODEL`, only if
python3-neuron is installed) and then our engine in a fresh JVM (`EngineBenchmark MODEL`), and
reports medians: NEURON's batch_run seconds, ours for the first run in a fresh JVM (JIT warm-up
included) and in steady state (after warm-up in the same JVM), the ratios ours/NEURON, whether
both wrote byte-identical files, bytes allocated per step and heap bytes per node.
With --scaling it also runs ours on axon (nseg 101, 1001, 10001) and network (100, 400, 1600
cells) and reports time per node-step and per event.
Standard library only; Java 17 and Maven build the jars if they are missing. EXTRA_JAVA in the
environment adds JVM options to our side (e.g. EXTRA_JAVA=-Dneuronkernel.threads=1).
"""
import argparse
import filecmp
import json
import os
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENGINE_JAR = os.path.join(ROOT, "engine", "target", "engine-0.1.0-SNAPSHOT.jar")
BENCH_JAR = os.path.join(ROOT, "bench", "target", "bench-0.1.0-SNAPSHOT.jar")
NEURON_PYTHON = "/usr/bin/python3"


def build_jars():
    if not (os.path.exists(ENGINE_JAR) and os.path.exists(BENCH_JAR)):
        subprocess.run(["mvn", "-q", "-ntp", "package", "-DskipTests", "-pl", "engine,bench", "-am"],
                       cwd=ROOT, check=True)


def neuron_available():
    try:
        return subprocess.run([NEURON_PYTHON, "-c", "import neuron"], capture_output=True).returncode == 0
    except OSError:
        return False


def last_json(text):
    for line in reversed(text.strip().splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    raise RuntimeError("no JSON line in output:\n" + text)


# Our models that NEURON runs under another name: axon_hhx is the axon with our hh-equivalent .mod
# file compiled by the engine's NMODL path, against NEURON's built-in hh.
NEURON_MODEL = {"axon_hhx": "axon"}
# Models whose NEURON side is a script of this repository rather than the shared one.
NEURON_SCRIPT = {m: os.path.join(ROOT, "bench", "neuron_ca1.py") for m in ("ca1", "ca1_asc")}


# With --pin CPU both sides run on that one processor (taskset): on a virtual machine one processor
# can run 1.5 times slower than the other for minutes (a busy neighbour on the host), for NEURON
# and for us alike, so a side that lands on the slow one by chance skews the ratio (CA1, unpinned,
# the same hour: 0.33x to 0.53x). Our JVM is told it has two processors, so that it sizes its
# collector and compiler threads as unpinned, and its steps run on one thread (neuronkernel.threads),
# since a second would share the one processor.
PIN = []


def run_neuron(script, model):
    script = NEURON_SCRIPT.get(model, script)
    p = subprocess.run(PIN + [NEURON_PYTHON, script, NEURON_MODEL.get(model, model)], capture_output=True, text=True,
                       check=True)
    return last_json(p.stdout)


def same_output(model):
    """Whether both wrote the same file; for a renamed model, apart from its first line (the file's name)."""
    ours = "/tmp/bench_%s_java.dat" % model
    theirs = "/tmp/bench_%s.dat" % NEURON_MODEL.get(model, model)
    if model not in NEURON_MODEL:
        return filecmp.cmp(theirs, ours, shallow=False)
    with open(theirs) as a, open(ours) as b:
        return a.read().split("\n", 1)[1] == b.read().split("\n", 1)[1]


def run_ours(model, size=0, repeat=10):
    # pinned, the JVM would size itself for one processor (Serial GC, fewer compiler threads)
    cmd = PIN + ["java"] + (["-XX:ActiveProcessorCount=2", "-Dneuronkernel.threads=1"] if PIN else []) + os.environ.get("EXTRA_JAVA", "").split() + ["-cp", ENGINE_JAR + os.pathsep + BENCH_JAR, "io.github.neuronkernel.bench.EngineBenchmark",
           model, "--repeat", str(repeat), "--connections", os.path.join(ROOT, "bench", "network_connections.tsv")]
    if size:
        cmd += ["--size", str(size), "--out", "/tmp/bench_%s_%d_java.dat" % (model, size)]
    p = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return last_json(p.stdout)


def comparison(args):
    have_neuron = neuron_available()
    script = os.path.abspath(os.path.join(ROOT, args.neuron_script))
    if not have_neuron:
        print("NEURON (python3-neuron) is not installed: showing our figures only")
    neuron, ours, neuron_import = {}, {}, {}
    for r in range(args.rounds):
        for m in args.models:
            if have_neuron:
                result = run_neuron(script, m)
                neuron.setdefault(m, []).append(result["run_s"])
                if "import_s" in result:
                    neuron_import.setdefault(m, []).append(result["import_s"])
            # pinned, the JIT compiler shares the one processor: warm-up takes 7 runs instead of 3
            ours.setdefault(m, []).append(run_ours(m, repeat=30 if PIN else 10))
        print("round %d/%d done" % (r + 1, args.rounds), file=sys.stderr)
    header = "%-10s %10s %10s %10s %12s %13s %10s %12s %12s" % (
        "model", "NEURON s", "ours 1st s", "steady s", "1st/NEURON", "steady/NEURON", "identical", "alloc B/step",
        "heap B/node")
    print(header)
    print("-" * len(header))
    for m in args.models:
        first = statistics.median(o["first_s"] for o in ours[m])
        steady = statistics.median(o["steady_s"] for o in ours[m])
        alloc = max(o["alloc_bytes_per_step"] for o in ours[m])
        heap = statistics.median(o["heap_bytes_per_node"] for o in ours[m])
        if have_neuron:
            n = statistics.median(neuron[m])
            same = same_output(m)
            print("%-10s %10.4f %10.4f %10.4f %12.2f %13.2f %10s %12.1f %12.0f" % (
                m, n, first, steady, first / n, steady / n, "yes" if same else "NO", alloc, heap))
        else:
            print("%-10s %10s %10.4f %10.4f %12s %13s %10s %12.1f %12.0f" % (
                m, "-", first, steady, "-", "-", "-", alloc, heap))
    for m, what in (("ca1", "c91662.swc took %s in NEURON (Import3d), %.4f s here (h.importSwc, fresh JVM)"),
                    ("ca1_asc", "c91662_converted.asc took %s in NEURON (Import3d), %.4f s here (h.importAsc, fresh JVM)")):
        if m in args.models:
            ours_import = statistics.median(o["import_s"] for o in ours[m])
            theirs = "%.4f s" % statistics.median(neuron_import[m]) if m in neuron_import else "-"
            print("\n%s: importing %s" % (m, what % (theirs, ours_import)))


def scaling():
    print()
    print("%-8s %7s %10s %16s %14s" % ("model", "size", "steady s", "ns per node-step", "ns per event"))
    for model, sizes in (("axon", (101, 1001, 10001)), ("network", (100, 400, 1600))):
        for size in sizes:
            o = run_ours(model, size, repeat=5)
            per_node = o["steady_s"] / (o["steps"] * o["nodes"]) * 1e9
            per_event = o["steady_s"] / o["events"] * 1e9 if o["events"] else float("nan")
            print("%-8s %7d %10.4f %16.1f %14.1f" % (model, size, o["steady_s"], per_node, per_event))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--models", default="seed_long,axon,tree,network,ca1")
    ap.add_argument("--scaling", action="store_true")
    ap.add_argument("--pin", type=int, default=None, metavar="CPU",
                    help="run both sides on this one processor (taskset); ours on one thread, its JVM told it has two processors")
    ap.add_argument("--neuron-script", default=os.path.join("..", "shared", "bench", "neuron_models.py"))
    args = ap.parse_args()
    if args.pin is not None:
        PIN.extend(["taskset", "-c", str(args.pin)])
    args.models = args.models.split(",")
    build_jars()
    comparison(args)
    if args.scaling:
        scaling()


if __name__ == "__main__":
    main()
