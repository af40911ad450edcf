#!/usr/bin/env python3
"""The ca1 model's first run as a notebook user meets it: in a freshly started kernel (after its
start-up warm-up), the first batchRun's seconds, measured inside the cell, against NEURON's run
(SECOND=1 in the environment also prints a second run's).

Usage (from the repository root, the kernel installed, e.g. by install/install.sh):
    /usr/bin/python3 bench/kernel_first_run.py [--rounds 5] [--settle 10]
Starts the `neuron-java` kernel with jupyter_client, waits --settle seconds (the warm-up runs while
the kernel is idle), builds the model exactly as bench/neuron_ca1.py does, then times one batchRun.
"""
import argparse, json, os, statistics, subprocess, sys, time
from jupyter_client.manager import start_new_kernel

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "install", "tests"))
from kernel_io import printed  # noqa: E402

# A simulation of its own, without the notebook's display listening: the engine's run alone, as
# NEURON's batch_run is timed (the chart the notebook draws after a run is not part of it).
BUILD = r'''
var sim = new Simulation();
var secs = sim.importSwc("%s");
for (var s : secs) { s.Ra = 100; s.cm = 1; }
sim.geomNseg(100, 0.1);
for (var s : secs) {
    if (s.name().startsWith("soma") || s.name().startsWith("axon")) s.insert("hh");
    else { s.insert("pas"); s.set("g_pas", 5e-5).set("e_pas", -65); }
}
var ic = sim.IClamp(sim.section("soma[0]").at(0.5));
ic.delay = 5; ic.dur = 80; ic.amp = 0.8;
sim.batchSave(sim.ref("t"), sim.section("soma[0]").at(0.5).ref("v"), sim.section("apic[20]").at(0.5).ref("v"),
    sim.section("dend[10]").at(1).ref("v"), sim.section("axon[0]").at(1).ref("v"));
sim.finitialize(-65);
''' % os.path.join(ROOT, "engine", "src", "test", "resources", "morphology", "c91662.swc")
RUN = r'''
long t0 = System.nanoTime();
sim.batchRun(100, 0.1, "/tmp/bench_ca1_kernel.dat", "ca1");
System.out.println("RUN_S " + (System.nanoTime() - t0) / 1e9);
'''


def first_run(settle):
    km, kc = start_new_kernel(kernel_name="neuron-java")
    try:
        time.sleep(settle)
        printed(kc, BUILD, timeout=120)
        text = printed(kc, RUN, timeout=120)
        if os.environ.get("SECOND"):
            print("second:", printed(kc, "sim.finitialize(-65);" + RUN, timeout=120).strip())
        return float(text.split("RUN_S")[1].split()[0])
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--settle", type=float, default=10)
    args = ap.parse_args()
    ours, theirs = [], []
    for _ in range(args.rounds):
        ours.append(first_run(args.settle))
        p = subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "bench", "neuron_ca1.py"), "ca1"],
                           capture_output=True, text=True, check=True)
        theirs.append(json.loads(p.stdout.strip().splitlines()[-1])["run_s"])
    same = open("/tmp/bench_ca1_kernel.dat").read() == open("/tmp/bench_ca1.dat").read()
    print("ca1 first run in a fresh kernel: %.4f s (runs %s); NEURON %.4f s; ratio %.2f; identical file: %s" % (
        statistics.median(ours), ", ".join("%.4f" % x for x in ours), statistics.median(theirs),
        statistics.median(ours) / statistics.median(theirs), "yes" if same else "NO"))


if __name__ == "__main__":
    main()
