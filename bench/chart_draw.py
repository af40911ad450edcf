#!/usr/bin/env python3
"""How long charts take to draw in the installed neuron-java kernel, as a front end sees them
(jupyter_client), and how fast an interrupt stops a chart being drawn.

    /usr/bin/python3 bench/chart_draw.py [--kernel NAME] [--repeat N]

Prints, each after a first (cold) draw, the median of N draws (default 10):
  - plot(t, v) of 20,001 points at 1x and at 2x (scale(2): the PNG has twice the pixels across and
    down, shown at the 1x size), drawn alternately; timed inside the cell around display(...),
    which draws, encodes and sends the picture, and (where the kernel says) the kernel's own
    drawing and encoding time from the display's render_ms metadata;
  - a batchRun chart of 20,001 lines (t, v, m), drawn at the kernel's default scale; the kernel's
    own drawing time (the display's render_ms metadata);
  - a batchRun of 200,001 lines whose first saved column, v, is not ascending (x = v, y = t);
  - plot(x, y) of 200,001 points in random x order;
  - the interrupt: the same 200,001-line run, interrupted 10 ms after its last line is computed
    (a RunListener shows a marker then; the chart is drawn next), timed from the interrupt
    request to the cell's reply, with the reply's error (the drawing's, or the run's if the
    interrupt came before its loop ended).
A kernel without scale() (before charts had options) reports 2x as n/a. Run it on a quiet
machine; it is a measurement, not a test.
"""
import argparse
import os
import statistics
import sys
import tempfile

from jupyter_client.manager import KernelManager

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "install", "tests"))
from kernel_io import execute, interrupted_after_marker  # noqa: E402

TIMEOUT = 300  # s a cell may take: a benchmark may time an older, slower kernel, so not the checks' 60 s

SETUP = """
var soma = h.Section("soma"); soma.L = 20; soma.diam = 20; soma.insert("hh");
var stim = h.IClamp(soma.at(0.5)); stim.delay = 1; stim.dur = 1e9; stim.amp = 0.1;
var t = h.Vector().record(h.ref("t"));
var v = h.Vector().record(soma.at(0.5).ref("v"));
h.tstop = 500; h.run();
var rnd = new java.util.Random(1);
double[] rx = new double[200_001], ry = new double[200_001];
for (int i = 0; i < rx.length; i++) { rx[i] = rnd.nextDouble() * 100; ry[i] = Math.sin(rx[i] / 5) + 0.1 * rnd.nextGaussian(); }
"""

MARKER = """
h.addRunListener(new io.github.neuronkernel.engine.run.RunListener() {
    public void progress(double now, double tstop) {
        if (now > tstop - 0.01) display(html("<i>last line computed: drawing</i>"));
    }
});
"""


def value(msgs):
    return [m["content"]["data"]["text/plain"] for m in msgs if m["msg_type"] == "execute_result"]


def render_ms(msgs):
    shows = [m for m in msgs if m["msg_type"] == "display_data" and "image/png" in m["content"]["data"]]
    return shows[-1]["content"]["metadata"].get("neuron_kernel", {}).get("render_ms") if shows else None


def summary(label, times):
    if not times:
        return "%-52s n/a" % label
    first, rest = times[0], times[1:] or times
    return "%-52s first %7.1f ms, then median %7.1f ms (min %.1f, max %.1f, n=%d)" % (
        label, first, statistics.median(rest), min(rest), max(rest), len(rest))


def timed_display(kc, exprs, n):
    """Draws each of exprs (alternately, n + 1 times each) with display(...).

    @return per expr, [(ms in the cell around display(...), the kernel's own drawing ms or None)];
        [] for an expr that fails
    """
    times = {e: [] for e in exprs}
    for _ in range(n + 1):
        for e in exprs:
            if times[e] is None:
                continue
            _, msgs, reply = execute(kc, "long t0 = System.nanoTime();\ndisplay(%s);\n(System.nanoTime() - t0) / 1e6" % e, timeout=TIMEOUT)
            if reply["status"] != "ok":
                times[e] = None
                continue
            times[e].append((float(value(msgs)[0]), render_ms(msgs)))
    return [times[e] or [] for e in exprs]


def summary2(label, pairs):
    """@return the line for (cell ms, kernel drawing ms) pairs"""
    if not pairs:
        return "%-52s n/a" % label
    line = summary(label + ", cell", [p[0] for p in pairs])
    drawn = [p[1] for p in pairs if p[1] is not None]
    if len(drawn) == len(pairs):
        line += "\n" + summary(label + ", drawing", drawn)
    return line


def run_chart(kc, saves, tstop, n):
    """@return the kernel's drawing time (ms) of each of n + 1 batchRun charts, and the last text"""
    execute(kc, "h.batchSave();\nh.batchSave(%s);" % saves, timeout=TIMEOUT)
    times, text = [], ""
    for _ in range(n + 1):
        _, msgs, reply = execute(kc, "h.finitialize(-65);\nh.batchRun(%s, 0.025);" % tstop, timeout=TIMEOUT)
        ms = render_ms(msgs)
        if reply["status"] != "ok" or ms is None:
            return times, str(reply.get("evalue", reply))
        times.append(ms)
        text = [m["content"]["data"]["text/plain"] for m in msgs if m["msg_type"] == "display_data"][-1]
    return times, text


def interrupt_latency(kc, km):
    """@return seconds from the interrupt request to the reply, and the reply's status/error"""
    # 10 ms after the marker the run's loop has ended (the marker comes from its last line)
    reply, seconds = interrupted_after_marker(kc, km, "h.finitialize(-65);\nh.batchRun(5000, 0.025);", "drawing", 0.01)
    return seconds, "%s %s" % (reply.get("status"), reply.get("evalue", ""))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kernel", default="neuron-java")
    ap.add_argument("--repeat", type=int, default=10)
    args = ap.parse_args()
    n = args.repeat
    km = KernelManager(kernel_name=args.kernel)
    km.start_kernel(cwd=tempfile.mkdtemp(prefix="neuron-chart-bench-"))
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=60)
    try:
        _, _, reply = execute(kc, SETUP, timeout=TIMEOUT)
        assert reply["status"] == "ok", reply
        scaled = execute(kc, "plot(t, v).scale(2)", timeout=TIMEOUT)[2]["status"] == "ok"
        one, two = timed_display(kc, ["plot(t, v).scale(1)" if scaled else "plot(t, v)", "plot(t, v).scale(2)"], n)
        print(summary2("plot(t, v), 20,001 points, 1x", one))
        print(summary2("plot(t, v), 20,001 points, 2x", two if scaled else []))
        times, text = run_chart(kc, 'h.ref("t"), soma.at(0.5).ref("v"), soma.at(0.5).ref("m_hh")', 500, n)
        print(summary("batchRun chart, 20,001 lines (t, v, m_hh)", times))
        times, text = run_chart(kc, 'soma.at(0.5).ref("v"), h.ref("t")', 5000, min(n, 2))
        print(summary("batchRun chart, 200,001 lines, x = v (not ascending)", times))
        print("    its text: " + text[:160])
        print(summary2("plot(x, y), 200,001 points, x in random order", timed_display(kc, ["plot(rx, ry)"], min(n, 2))[0]))
        execute(kc, "h.batchSave();\nh.batchSave(soma.at(0.5).ref(\"v\"), h.ref(\"t\"));\n" + MARKER, timeout=TIMEOUT)
        for _ in range(3):
            seconds, status = interrupt_latency(kc, km)
            print("interrupt while the 200,001-line chart draws: reply %s s after the request (%s)"
                  % ("n/a" if seconds is None else "%.3f" % seconds, status[:120]))
            execute(kc, "1 + 1", timeout=TIMEOUT)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


if __name__ == "__main__":
    main()
