#!/usr/bin/env python3
"""Completion latency inside strings, as a front end meets it: complete_request round trips through
Debian's jupyter_client to the installed `neuron-java` kernel, for each kind of string the kernel
completes (mechanisms, a segment's variables, a point process's, globals, sections, .mod files), and
Java completion after `stim.` for comparison. Prints the median, 90th percentile and largest time
of each, and checks that each answer holds what it should.

Usage (from the repository root, the kernel installed, e.g. by install/install.sh):
    /usr/bin/python3 bench/completion_latency.py [--rounds 50] [--settle 10]
The target is under 50 ms inside strings.
"""
import argparse, os, statistics, sys, tempfile, time
from jupyter_client.manager import start_new_kernel

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "install", "tests"))
from kernel_io import printed  # noqa: E402

SETUP = r'''
var soma = h.Section("soma"); soma.insert("hh");
var dend = h.Section("dend"); dend.insert("pas"); dend.connect(soma.at(1));
var stim = h.IClamp(soma.at(0.5));
'''
# (what, code up to the cursor, a match the answer must hold)
CASES = [
    ("insert(\"", "dend.insert(\"", "hh"),
    ("seg.get(\"", "soma.at(0.5).get(\"g", "gnabar_hh"),
    ("sec.set(\"", "dend.set(\"", "g_pas"),
    ("stim.ref(\"", "stim.ref(\"", "amp"),
    ("h.set(\"", "h.set(\"", "celsius"),
    ("h.section(\"", "var d = h.section(\"", "dend"),
    ("loadMechanisms(\"", "h.loadMechanisms(\"%s/", "kinetic.mod"),
    ("help(\"", "h.help(\"", "IClamp"),
    ("stim. (Java)", "stim.", "amp"),
]


def complete(kc, code):
    t0 = time.perf_counter()
    reply = kc.complete(code, len(code), reply=True, timeout=30)
    return time.perf_counter() - t0, reply["content"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=50)
    ap.add_argument("--settle", type=float, default=10, help="seconds to let the kernel's start-up warm-up run")
    args = ap.parse_args()
    mods = tempfile.mkdtemp(prefix="completion-")
    open(os.path.join(mods, "kinetic.mod"), "w").write("NEURON { SUFFIX kin }\n")
    km, kc = start_new_kernel(kernel_name="neuron-java")
    try:
        printed(kc, SETUP, timeout=120)
        time.sleep(args.settle)
        print("%-20s %9s %9s %9s  %s" % ("inside", "median ms", "p90 ms", "max ms", "first matches"))
        for what, code, expected in CASES:
            code = code % mods if "%s" in code else code
            times = []
            for _ in range(args.rounds):
                seconds, content = complete(kc, code)
                times.append(seconds * 1000)
                if content["status"] != "ok" or not any(m.endswith(expected) for m in content["matches"]):
                    raise SystemExit("%s: %s not offered: %s" % (what, expected, content))
            times.sort()
            p90 = times[int(0.9 * (len(times) - 1))]
            shown = content["matches"][:4]
            types = content.get("metadata", {}).get("_jupyter_types_experimental", [])
            unit = " (%s %s)" % (types[0]["type"], types[0]["signature"]) if types else ""
            print("%-20s %9.1f %9.1f %9.1f  %s%s" % (what, statistics.median(times), p90, times[-1],
                                                      ", ".join(shown), unit), flush=True)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


if __name__ == "__main__":
    main()
