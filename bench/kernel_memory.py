#!/usr/bin/env python3
"""The installed kernel's memory, as a notebook user meets it: resident memory (RSS, VmRSS of the
kernel's process in /proc) at rest, live heap added per trivial cell, and RSS after a cell that
fills the heap until OutOfMemoryError and then sits idle.

Usage (from the repository root, the kernel installed, e.g. by install/install.sh):
    /usr/bin/python3 bench/kernel_memory.py [--cells 2000] [--reruns 300] [--idle 30] [--skip-cells]
        [--skip-oom] [--skip-big] [--histogram] [--starts N]

Cells: runs --cells trivial cells in three kinds taking turns (a value `N + 1`, an expression
statement `counter += N;`, a declaration `int v = N;` that replaces the previous one), and reports
the live heap (used after two System.gc() calls, measured inside the kernel) and the metaspace
before and after, per cell. Then --reruns runs of one 9-line cell (a soma with hh, a clamp,
batchSave, finitialize, a 2 ms batchRun drawn as a chart, soma.delete()), as a notebook re-run
again and again, likewise per run. --histogram also prints the classes whose instances grew most
(jcmd GC.class_histogram, needs the JDK's jcmd).

Big: a cell that allocates and touches a 1.2 GB array and ends normally; then --idle seconds idle,
RSS sampled each second (the periodic collection returns the heap), and the kernel's CPU time while
idle (/proc/PID/stat utime + stime).

Starts (--starts N, instead of the rest): N starts, each to the result of a first `1 + 1`; the median
wall time and the median processor time the kernel's process used by then (less moved by a busy
machine than wall time: compare two installs with it, taking turns).

OOM: a cell that adds 8 MB arrays to a list it holds until the heap is full; then the kernel is left
idle for --idle seconds while RSS is sampled each second; then a plain cell and a small simulation
must still run. It is a measurement, not a test (install/tests/check_wire.py tests the bound).
"""
import argparse
import os
import re
import statistics
import subprocess
import tempfile
import time

from jupyter_client.manager import start_new_kernel

HEAP = ("System.gc(); System.gc(); var rt$ = Runtime.getRuntime(); "
        "long meta$ = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()"
        ".filter(p -> p.getName().equals(\"Metaspace\")).mapToLong(p -> p.getUsage().getUsed()).sum(); "
        "System.out.println(\"HEAP \" + (rt$.totalMemory() - rt$.freeMemory()) + \" \" + meta$ "
        "+ \" \" + rt$.maxMemory() + \" \" + ProcessHandle.current().pid());")
RERUN = """var soma = h.Section("soma");
soma.L = 10; soma.diam = 10; soma.insert("hh");
var ic = h.IClamp(soma.at(0.5));
ic.delay = 0.3; ic.dur = 0.2; ic.amp = 0.5;
h.batchSave();
h.batchSave(h.ref("t"), soma.at(0.5).ref("v"));
h.finitialize(-65);
h.batchRun(2, 0.1, "hhsim.dat", "My HH sim");
soma.delete();"""
BIG = "{ var big = new long[150_000_000]; java.util.Arrays.fill(big, 1L); }"
FILL = ("{ var hog = new java.util.ArrayList<long[]>();\n"
        "  while (true) hog.add(new long[1 << 20]); }")
SIMULATE = ("var s = h.Section(\"mem\"); s.L = 10; s.diam = 10; s.insert(\"hh\"); var ic = h.IClamp(s.at(0.5)); "
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


def rss(pid, field="VmRSS"):
    """@return VmRSS (or another size field) of the process's /proc status, in bytes"""
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no %s for %d" % (field, pid))


def hwm(pid):
    """@return the process's peak RSS so far (VmHWM), in bytes"""
    return rss(pid, "VmHWM")


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


def growth(kc, pid, label, sources, show_histogram):
    """Runs the sources; prints live heap and metaspace added per source"""
    used0, meta0, cap, _ = heap(kc)
    hist0 = histogram(pid) if show_histogram else None
    t0 = time.perf_counter()
    for source in sources:
        status, text, ename = run(kc, source)
        assert status == "ok", (text, ename)
    seconds = time.perf_counter() - t0
    used1, meta1, _, _ = heap(kc)
    n = len(sources)
    print("%s: %d in %.1f s; live heap %.1f -> %.1f MB: %.0f bytes each; metaspace %.1f -> %.1f MB: %.0f bytes each"
          % (label, n, seconds, used0 / 1e6, used1 / 1e6, (used1 - used0) / n, meta0 / 1e6, meta1 / 1e6,
             (meta1 - meta0) / n))
    if show_histogram:
        hist1 = histogram(pid)
        grown = sorted(((hist1[k][1] - hist0.get(k, (0, 0))[1], hist1[k][0] - hist0.get(k, (0, 0))[0], k)
                        for k in hist1), reverse=True)[:25]
        for size, count, name in grown:
            print("  %+10d bytes %+7d instances  %s" % (size, count, name))


def cells(kc, pid, n, reruns, show_histogram):
    run(kc, "long counter = 0;")
    kinds = ("%d + 1", "counter += %d;", "int v = %d;")
    for i in range(30):  # the first cells of each kind load classes: not per-cell growth
        for kind in kinds:
            run(kc, kind % i)
    growth(kc, pid, "trivial cells", [kinds[i % 3] % i for i in range(n)], show_histogram)
    if reruns:
        for _ in range(10):
            run(kc, RERUN)
        growth(kc, pid, "runs of a 9-line cell", [RERUN] * reruns, show_histogram)


def cpu_seconds(pid):
    """@return the process's user + system CPU time in seconds"""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def samples_text(samples):
    return " ".join("%ds %.0f" % (s + 1, r / 1e6) for s, r in enumerate(samples)
                    if (s + 1) in (1, 2, 5, 10, 15, 20, 30, 60) or s + 1 == len(samples))


def big(kc, pid, idle):
    before = rss(pid)
    status, _, _ = run(kc, BIG)
    peak = rss(pid)
    cpu0 = cpu_seconds(pid)
    samples = []
    for _ in range(idle):
        time.sleep(1)
        samples.append(rss(pid))
    cpu = cpu_seconds(pid) - cpu0
    print("big: RSS %.0f MB before; a 1.2 GB cell ended %s at RSS %.0f MB; idle: %s MB; CPU while idle %.2f s in %d s"
          % (before / 1e6, status, peak / 1e6, samples_text(samples), cpu, idle))


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
    print("oom: RSS %.0f MB before; the cell ended %s %s after %.1f s at RSS %.0f MB (peak %.0f MB); idle: %s MB"
          % (before / 1e6, status, ename, filled, peak / 1e6, hwm(pid) / 1e6, samples_text(samples)))
    status1, _, _ = run(kc, "1 + 1")
    status2, text2, _ = run(kc, SIMULATE)
    print("oom: then `1 + 1` %s, a simulation %s (%s); RSS %.0f MB" % (status1, status2, text2.strip(), rss(pid) / 1e6))


def starts(n):
    walls, cpus = [], []
    for _ in range(n):
        t0 = time.perf_counter()
        km, kc = start_new_kernel(kernel_name="neuron-java", startup_timeout=60, cwd=tempfile.mkdtemp(prefix="neuron-memory-"))
        try:
            run(kc, "1 + 1")
            walls.append(time.perf_counter() - t0)
            cpus.append(cpu_seconds(km.provisioner.process.pid))
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)
    print("starts: %d, start to a first result %.2f s median (%s), the kernel's CPU by then %.2f s median"
          % (n, statistics.median(walls), " ".join("%.1f" % w for w in walls), statistics.median(cpus)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cells", type=int, default=2000)
    ap.add_argument("--reruns", type=int, default=300)
    ap.add_argument("--idle", type=int, default=30)
    ap.add_argument("--skip-cells", action="store_true")
    ap.add_argument("--skip-oom", action="store_true")
    ap.add_argument("--skip-big", action="store_true")
    ap.add_argument("--histogram", action="store_true")
    ap.add_argument("--starts", type=int, default=0)
    args = ap.parse_args()
    if args.starts:
        starts(args.starts)
        return
    t0 = time.perf_counter()
    km, kc = start_new_kernel(kernel_name="neuron-java", startup_timeout=60, cwd=tempfile.mkdtemp(prefix="neuron-memory-"))
    try:
        started = time.perf_counter() - t0
        _, _, cap, pid = heap(kc)
        settle(kc, pid, 60)
        used, meta, _, _ = heap(kc)
        print("start: %.2f s to a first reply; pid %d; heap cap %.2f GB; after the warm-up RSS %.0f MB, "
              "live heap %.1f MB, metaspace %.1f MB" % (started, pid, cap / 2 ** 30, rss(pid) / 1e6, used / 1e6, meta / 1e6))
        if not args.skip_cells:
            cells(kc, pid, args.cells, args.reruns, args.histogram)
        if not args.skip_big:
            big(kc, pid, args.idle)
        if not args.skip_oom:
            oom(kc, pid, args.idle)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


if __name__ == "__main__":
    main()
