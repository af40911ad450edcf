#!/usr/bin/env python3
"""The installed kernel's memory, as a notebook user meets it: resident memory (RSS, VmRSS of the
kernel's process in /proc) at rest, live heap added per trivial cell, and RSS after a cell that
fills the heap until OutOfMemoryError and then sits idle.

Usage (from the repository root, the kernel installed, e.g. by install/install.sh):
    /usr/bin/python3 bench/kernel_memory.py [--cells 2000] [--idle 30] [--skip-cells] [--skip-oom]
        [--histogram]

Cells: runs --cells trivial cells in three kinds taking turns (a value `N + 1`, an expression
statement `counter += N;`, a declaration `int v = N;` that replaces the previous one), and reports
the live heap (used after two System.gc() calls, measured inside the kernel) and the metaspace
before and after, per cell. --histogram also prints the classes whose instances grew most
(jcmd GC.class_histogram, needs the JDK's jcmd).

OOM: a cell that adds 8 MB arrays to a list it holds until the heap is full; then the kernel is left
idle for --idle seconds while RSS is sampled each second; then a plain cell and a small simulation
must still run. It is a measurement, not a test (install/tests/check_wire.py tests the bound).
"""
import argparse
import os
import re
import subprocess
import time

from jupyter_client.manager import start_new_kernel

HEAP = ("System.gc(); System.gc(); var rt$ = Runtime.getRuntime(); "
        "long meta$ = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()"
        ".filter(p -> p.getName().equals(\"Metaspace\")).mapToLong(p -> p.getUsage().getUsed()).sum(); "
        "System.out.println(\"HEAP \" + (rt$.totalMemory() - rt$.freeMemory()) + \" \" + meta$ "
        "+ \" \" + rt$.maxMemory() + \" \" + ProcessHandle.current().pid());")
FILL = ("{ var hog = new java.util.ArrayList<long[]>();\n"
        "  while (true) hog.add(new long[1 << 20]); }")
SIMULATE = ("var s = h.Section(\"mem\"); s.insert(\"hh\"); var ic = h.IClamp(s.at(0.5)); "
            "ic.delay = 1; ic.dur = 1; ic.amp = 0.5; var vv = h.Vector().record(s.at(0.5).ref(\"v\")); "
            "h.finitialize(-65); while (h.t < 5) h.fadvance(); "
            "double peak = -100; for (int k = 0; k < vv.size(); k++) peak = Math.max(peak, vv.get(k)); "
            "System.out.println(\"PEAK \" + peak);")


def run(kc, code, timeout=600):
    """@return (status, stdout text, ename) of a cell"""
    out = []
    reply = kc.execute_interactive(code, timeout=timeout, output_hook=lambda m: out.append(
        m["content"]["text"] if m["msg_type"] == "stream" else ""))
    return reply["content"]["status"], "".join(out), reply["content"].get("ename")


def heap(kc):
    """@return (live heap bytes, metaspace bytes, heap cap bytes, pid)"""
    status, text, _ = run(kc, HEAP)
    assert status == "ok", text
    used, meta, cap, pid = (int(x) for x in text.split("HEAP")[1].split()[:4])
    return used, meta, cap, pid


def rss(pid):
    """@return VmRSS of the process in bytes"""
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmRSS for %d" % pid)


def histogram(pid):
    """@return {class name: (instances, bytes)} of live objects"""
    text = subprocess.run(["jcmd", str(pid), "GC.class_histogram"], capture_output=True, text=True).stdout
    out = {}
    for line in text.splitlines():
        m = re.match(r"\s*\d+:\s+(\d+)\s+(\d+)\s+(\S+)", line)
        if m:
            out[m.group(3)] = (int(m.group(1)), int(m.group(2)))
    return out


def settle(kc, pid, seconds):
    """Waits until the start-up warm-up is over (RSS steady for 3 s, at most `seconds`)."""
    deadline = time.time() + seconds
    last = rss(pid)
    steady = 0
    while time.time() < deadline and steady < 3:
        time.sleep(1)
        now = rss(pid)
        steady = steady + 1 if abs(now - last) < 2 << 20 else 0
        last = now


def cells(kc, pid, n, show_histogram):
    run(kc, "long counter = 0;")
    for i in range(30):  # the first cells of each kind load classes: not per-cell growth
        run(kc, "%d + 1" % i), run(kc, "counter += %d;" % i), run(kc, "int v = %d;" % i)
    used0, meta0, cap, _ = heap(kc)
    hist0 = histogram(pid) if show_histogram else None
    t0 = time.perf_counter()
    kinds = ("%d + 1", "counter += %d;", "int v = %d;")
    for i in range(n):
        status, text, _ = run(kc, kinds[i % 3] % i)
        assert status == "ok", text
    seconds = time.perf_counter() - t0
    used1, meta1, _, _ = heap(kc)
    print("cells: %d trivial cells in %.1f s; live heap %.1f -> %.1f MB: %.0f bytes per cell; "
          "metaspace %.1f -> %.1f MB: %.0f bytes per cell; heap cap %.2f GB"
          % (n, seconds, used0 / 1e6, used1 / 1e6, (used1 - used0) / n, meta0 / 1e6, meta1 / 1e6,
             (meta1 - meta0) / n, cap / 2 ** 30))
    if show_histogram:
        hist1 = histogram(pid)
        grown = sorted(((hist1[k][1] - hist0.get(k, (0, 0))[1], hist1[k][0] - hist0.get(k, (0, 0))[0], k)
                        for k in hist1), reverse=True)[:25]
        for size, count, name in grown:
            print("  %+10d bytes %+7d instances  %s" % (size, count, name))


def oom(kc, pid, idle):
    before = rss(pid)
    t0 = time.perf_counter()
    status, text, ename = run(kc, FILL)
    filled = time.perf_counter() - t0
    peak = rss(pid)
    samples = []
    for s in range(1, idle + 1):
        time.sleep(1)
        samples.append(rss(pid))
    after = samples[-1]
    print("oom: RSS %.0f MB before; the cell ended %s %s after %.1f s at RSS %.0f MB; idle: %s MB"
          % (before / 1e6, status, ename, filled, peak / 1e6,
             " ".join("%ds %.0f" % (s + 1, r / 1e6) for s, r in enumerate(samples) if (s + 1) in (1, 2, 5, 10, 20, 30, 60) or s + 1 == idle)))
    status1, _, _ = run(kc, "1 + 1")
    status2, text2, _ = run(kc, SIMULATE)
    print("oom: then `1 + 1` %s, a simulation %s (%s); RSS %.0f MB" % (status1, status2, text2.strip(), rss(pid) / 1e6))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cells", type=int, default=2000)
    ap.add_argument("--idle", type=int, default=30)
    ap.add_argument("--skip-cells", action="store_true")
    ap.add_argument("--skip-oom", action="store_true")
    ap.add_argument("--histogram", action="store_true")
    args = ap.parse_args()
    t0 = time.perf_counter()
    km, kc = start_new_kernel(kernel_name="neuron-java", startup_timeout=60)
    try:
        started = time.perf_counter() - t0
        _, _, cap, pid = heap(kc)
        settle(kc, pid, 60)
        used, meta, _, _ = heap(kc)
        print("start: %.2f s to a first reply; pid %d; heap cap %.2f GB; after the warm-up RSS %.0f MB, "
              "live heap %.1f MB, metaspace %.1f MB" % (started, pid, cap / 2 ** 30, rss(pid) / 1e6, used / 1e6, meta / 1e6))
        if not args.skip_cells:
            cells(kc, pid, args.cells, args.histogram)
        if not args.skip_oom:
            oom(kc, pid, args.idle)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


if __name__ == "__main__":
    main()
