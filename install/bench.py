"""Speed of the installed neuron-java kernel, measured as a front end sees it (jupyter_client).

    /usr/bin/python3 install/bench.py [--kernel NAME] [--runs N]

Prints one line per figure: start (jupyter_client's start_kernel, with the kernelspec already
found, as in a running Jupyter server) to kernel_info_reply, start to the first execute result, a
trivial cell's round trip (median of N, right after start and again after 200 cells, once the JIT
has compiled javac), and the chart of a 2-series 20,000-point run (first and
later: the kernel's own drawing time from the display's metadata, and the whole cell's round trip).
Run it on a quiet machine; it is a measurement, not a test.
"""
import argparse
import os
import statistics
import sys
import tempfile
import time

from jupyter_client.manager import KernelManager

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "tests"))
from kernel_io import execute  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kernel", default="neuron-java")
    ap.add_argument("--runs", type=int, default=50)
    args = ap.parse_args()

    km = KernelManager(kernel_name=args.kernel)
    # A Jupyter server has found its kernelspecs before anyone can pick one (the launcher lists
    # them). In a fresh Python this lookup imports IPython, only to find ~/.ipython/kernels, and
    # takes about 0.3 s: it is the client's one-time cost, so it is timed apart from the start.
    t = time.perf_counter()
    km.kernel_spec
    t_lookup = time.perf_counter() - t
    t0 = time.perf_counter()
    km.start_kernel(cwd=tempfile.mkdtemp(prefix="neuron-bench-"))
    t_spawned = time.perf_counter() - t0  # jupyter_client's own share: connection file, provisioner, spawn
    kc = km.client()
    kc.start_channels()
    while True:
        kc.kernel_info()
        try:
            kc.get_shell_msg(timeout=0.02)
            break
        except Exception:
            pass
    t_info = time.perf_counter() - t0
    # the first cell, as a person's first cell: an expression with a value
    msg_id = kc.execute("1 + 1")
    while True:
        m = kc.get_iopub_msg(timeout=60)
        if m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "execute_result":
            break
    t_first = time.perf_counter() - t0
    while kc.get_shell_msg(timeout=60)["parent_header"].get("msg_id") != msg_id:
        pass
    print("kernelspec lookup (client only) %7.0f ms, before the start" % (t_lookup * 1000))
    print("start -> kernel_info_reply      %7.0f ms (of which jupyter_client's start_kernel %.0f ms)"
          % (t_info * 1000, t_spawned * 1000))
    print("start -> first execute result   %7.0f ms" % (t_first * 1000))

    trivial = [execute(kc, "1 + 1")[0] for _ in range(args.runs)]
    print("trivial cell '1 + 1' round trip %7.1f ms median (min %.1f, max %.1f, n=%d)"
          % (statistics.median(trivial) * 1000, min(trivial) * 1000, max(trivial) * 1000, len(trivial)))
    for _ in range(max(0, 200 - args.runs)):  # javac inside JShell is compiled by the JIT over the first hundred cells or so
        execute(kc, "1 + 1")
    warm = [execute(kc, "1 + 1")[0] for _ in range(args.runs)]
    print("same, after 200 cells           %7.1f ms median (min %.1f, max %.1f, n=%d)"
          % (statistics.median(warm) * 1000, min(warm) * 1000, max(warm) * 1000, len(warm)))
    varied = [execute(kc, "int v%d = %d;" % (i, i))[0] for i in range(args.runs // 2)]
    print("trivial declaration round trip  %7.1f ms median (n=%d)" % (statistics.median(varied) * 1000, len(varied)))
    values = [execute(kc, "%d * 2" % i)[0] for i in range(args.runs // 2)]  # a value that differs each time
    print("value cell 'N * 2', N varying   %7.1f ms median (n=%d)" % (statistics.median(values) * 1000, len(values)))

    execute(kc, 'var soma = h.Section("soma"); soma.L = 10; soma.diam = 10; soma.insert("hh");\n'
                'var ic = h.IClamp(soma.at(0.5)); ic.delay = 1; ic.dur = 400; ic.amp = 0.1;\n'
                'h.batchSave(); h.batchSave(h.ref("t"), soma.at(0.5).ref("v"), soma.at(0.5).ref("m_hh"));')
    for label in ["first", "later", "later", "later"]:
        dt, msgs, reply = execute(kc, 'h.finitialize(-65);\nh.batchRun(500, 0.025, "bench.dat", "bench");')
        shows = [m for m in msgs if m["msg_type"] == "display_data"]
        render = shows[0]["content"]["metadata"].get("neuron_kernel", {}).get("render_ms") if shows else None
        rows = shows[0]["content"]["data"]["text/plain"] if shows else reply
        print("chart, 2 series x 20,001 points, %-5s: drawn in %6.1f ms; cell round trip %6.0f ms  (%s)"
              % (label, render or float("nan"), dt * 1000, str(rows)[:60]))

    kc.stop_channels()
    t = time.perf_counter()
    km.shutdown_kernel(now=False)
    print("shutdown_request -> process gone %6.0f ms" % ((time.perf_counter() - t) * 1000))


if __name__ == "__main__":
    main()
