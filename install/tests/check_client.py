"""A real client (jupyter_client) against the installed kernelspec: a start writes nothing on
stderr (which lands in jupyter console, nbconvert's output and the server log), the seed cell gives
image/png, a long run's progress and result read well both in a notebook (which applies display
updates) and in a terminal client (which ignores them), interrupt stops a busy loop and a long
batchRun within 1 s, restart gives a fresh simulation, shutdown ends the process. Exits non-zero on the first failure.
Run: /usr/bin/python3 install/tests/check_client.py"""
import os
import queue
import sys
import tempfile
import time

from jupyter_client.manager import start_new_kernel

SEED = """var soma = h.Section("soma");
soma.L = 10;
soma.diam = 10;
soma.insert("hh");
var iclamp = h.IClamp(soma.at(0.5));
iclamp.dur = 0.2;
iclamp.delay = 0.3;
iclamp.amp = 0.5;
h.batchSave();
h.batchSave(h.ref("t"), soma.at(0.5).ref("v"));
h.finitialize(-65);
h.batchRun(2, 0.1, "hhsim.dat", "My HH sim");"""

failures = []
passed = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    if ok:
        passed.append(what)
    else:
        failures.append(what)


def run(kc, code, timeout=30):
    outputs = []
    reply = kc.execute_interactive(code, timeout=timeout, output_hook=outputs.append)
    return reply["content"], outputs


def read_all(f):
    """@return what the kernel wrote to the file so far"""
    f.flush()
    f.seek(0)
    return f.read().decode("utf-8", "replace")


def interrupt_within(km, kc, code, setup_wait):
    msg_id = kc.execute(code)
    time.sleep(setup_wait)
    t0 = time.perf_counter()
    km.interrupt_kernel()
    while True:
        reply = kc.get_shell_msg(timeout=10)
        if reply["parent_header"].get("msg_id") == msg_id:
            break
    elapsed = time.perf_counter() - t0
    # drain IOPub up to idle
    while True:
        try:
            m = kc.get_iopub_msg(timeout=5)
        except queue.Empty:
            break
        if m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "status" \
                and m["content"]["execution_state"] == "idle":
            break
    return reply["content"], elapsed


def as_notebook(outputs):
    """@return the outputs a notebook keeps: displays, with updates applied by display id"""
    kept = []
    for m in outputs:
        content, display_id = m["content"], m["content"].get("transient", {}).get("display_id")
        if m["msg_type"] == "display_data":
            kept.append([display_id, content["data"]])
        elif m["msg_type"] == "update_display_data":
            for shown in kept:
                if shown[0] == display_id:
                    shown[1] = content["data"]
    return [data for _, data in kept]


def as_terminal(outputs):
    """@return what jupyter console prints: streams and each display_data's text/plain, no updates"""
    shown = []
    for m in outputs:
        if m["msg_type"] == "stream":
            shown.append(m["content"]["text"])
        elif m["msg_type"] in ("display_data", "execute_result") and "text/plain" in m["content"]["data"]:
            shown.append(m["content"]["data"]["text/plain"] + "\n")
    return "".join(shown)


def check_long_run(content, outputs):
    """A run long enough for progress: a notebook ends with just the chart, a terminal with the summary."""
    progress = [m for m in outputs if m["msg_type"] == "display_data" and m["content"].get("transient", {}).get("display_id")]
    check(content["status"] == "ok" and len(progress) == 1, "a long run shows progress (%d progress displays)" % len(progress))
    notebook = [d for d in as_notebook(outputs) if d.get("text/plain") or d.get("text/html")]
    print("     " + "".join(m["content"]["text"] for m in outputs if m["msg_type"] == "stream").strip())
    check(len(notebook) == 1 and "image/png" in notebook[0],
          "a notebook keeps only the long run's chart: %s" % [sorted(d) for d in notebook])
    terminal = as_terminal(outputs)
    check("long run: " in terminal and "%" not in terminal,
          "a terminal client shows the long run's summary and no stale progress: %r" % terminal)


def main():
    work = tempfile.mkdtemp(prefix="neuron-client-")
    stderr = tempfile.TemporaryFile(dir=work)
    km, kc = start_new_kernel(kernel_name="neuron-java", startup_timeout=60, cwd=work, stderr=stderr)
    try:
        content, outputs = run(kc, SEED)
        check(read_all(stderr) == "", "a start and the seed cell write nothing on stderr: %r" % read_all(stderr)[:400])
        images = [o for o in outputs if o["msg_type"] == "display_data" and "image/png" in o["content"]["data"]]
        check(content["status"] == "ok" and len(images) == 1, "seed cell shows one image/png chart")
        check(os.path.exists(os.path.join(work, "hhsim.dat")), "seed cell wrote hhsim.dat")

        content, outputs = run(kc, 'glue("spikes", 12);')
        glued = [o["content"]["data"] for o in outputs if o["msg_type"] == "display_data"]
        check(content["status"] == "ok" and len(glued) == 1
              and glued[0].get("application/vnd.neuron-kernel.glue+json") == {"name": "spikes", "value": 12}
              and glued[0].get("text/plain") == "spikes = 12",
              "glue shows name = value, with the value as JSON for a sweep to gather (%r)" % glued)

        run(kc, "int kept = 41;")
        content, elapsed = interrupt_within(km, kc, "long n = 0;\nwhile (true) { n++; }", 0.5)
        check(content["status"] == "error" and elapsed < 1.0,
              "interrupt stops a busy loop in %.0f ms" % (elapsed * 1000))
        content, outputs = run(kc, "kept + 1")
        results = [o for o in outputs if o["msg_type"] == "execute_result"]
        check(results and results[0]["content"]["data"]["text/plain"] == "42", "state intact after interrupt")

        run(kc, 'var axon = h.Section("axon"); axon.insert("hh"); axon.nseg = 101;\n'
                'h.batchSave(); h.batchSave(h.ref("t"), axon.at(0.5).ref("v")); h.finitialize(-65);')
        content, elapsed = interrupt_within(km, kc, 'h.batchRun(1e7, 1, "long.dat", "long");', 0.8)
        check(content.get("ename", "").endswith("RunInterruptedException") and elapsed < 1.0,
              "interrupt stops a long batchRun in %.0f ms (%s)" % (elapsed * 1000, content.get("ename")))

        content, outputs = run(kc, 'h.finitialize(-65);\nlong t0 = System.nanoTime();\nh.batchRun(20000, 0.025, "long2.dat", "long run");\nSystem.out.printf("took %.1f s%n", (System.nanoTime() - t0) / 1e9);', timeout=120)
        check_long_run(content, outputs)

        km.restart_kernel(now=False)
        kc.wait_for_ready(timeout=60)
        content, _ = run(kc, "soma")
        check(content["status"] == "error", "restart gives a fresh session (soma is gone)")
        content, outputs = run(kc, "h.t")
        check(content["status"] == "ok", "restarted kernel runs cells")

        pid_before = km.provisioner.process.pid if km.provisioner else None
        t0 = time.perf_counter()
        km.shutdown_kernel(now=False)
        elapsed = time.perf_counter() - t0
        check(not km.is_alive() and elapsed < 3, "shutdown in %.0f ms (pid %s)" % (elapsed * 1000, pid_before))
        check(read_all(stderr) == "", "the whole session (restart included) wrote nothing on stderr: %r"
              % read_all(stderr)[:400])
    finally:
        kc.stop_channels()
        if km.is_alive():
            km.shutdown_kernel(now=True)
    print("%d passed, %d failed" % (len(passed), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
