"""What the kernel checks (install/tests) and the benchmarks (bench/, install/bench.py) share when
they talk to a kernel through jupyter_client: running a cell to its idle status and reply,
interrupting a cell when it shows a marker, the text of the large prints they make the kernel
write, and the checks' one-line report."""
import hashlib
import queue
import time

# What the checks that print one line per check (check_wire, check_widgets) failed, in order.
failures = []


def check(ok, what):
    """Prints "ok   what" or "FAIL what", and keeps a failure in failures."""
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    if not ok:
        failures.append(what)


PAD = 92  # a printed line is "<i> " + 92 x's + "\n": 2,000,000 lines make 200,888,890 bytes


def execute(kc, code, timeout=60, on_message=None):
    """Runs a cell; returns (round-trip seconds, its IOPub messages up to idle, its reply's content).
    on_message, if given, sees each IOPub message of the cell as it arrives."""
    t0 = time.perf_counter()
    msg_id = kc.execute(code)
    msgs = []
    while True:
        m = kc.get_iopub_msg(timeout=timeout)
        if m["parent_header"].get("msg_id") != msg_id:
            continue
        msgs.append(m)
        if on_message:
            on_message(m)
        if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
            break
    reply = kc.get_shell_msg(timeout=timeout)
    while reply["parent_header"].get("msg_id") != msg_id:
        reply = kc.get_shell_msg(timeout=timeout)
    return time.perf_counter() - t0, msgs, reply["content"]


def printed(kc, code, timeout=60):
    """Runs a cell that must succeed; returns what it printed, or raises RuntimeError with its traceback."""
    _, msgs, _ = execute(kc, code, timeout)
    for m in msgs:
        if m["msg_type"] == "error":
            raise RuntimeError("\n".join(m["content"]["traceback"]))
    return "".join(m["content"]["text"] for m in msgs if m["msg_type"] == "stream")


def replies(kc, ids, timeout=60):
    """@return {msg_id: reply content} for the requests ids"""
    got = {}
    deadline = time.time() + timeout
    while len(got) < len(ids) and time.time() < deadline:
        try:
            m = kc.get_shell_msg(timeout=max(0.01, deadline - time.time()))
        except queue.Empty:
            break
        if m["parent_header"].get("msg_id") in ids:
            got[m["parent_header"]["msg_id"]] = m["content"]
    return got


def interrupted_after_marker(kc, km, code, marker, delay):
    """Runs a cell and interrupts the kernel `delay` s after the cell displays a text holding
    `marker`; returns (the cell's reply content, seconds from the interrupt to the reply or None)."""
    msg_id = kc.execute(code)
    sent = None
    deadline = time.time() + 120
    while sent is None and time.time() < deadline:
        try:
            m = kc.get_iopub_msg(timeout=1)
        except queue.Empty:
            continue
        if (m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "display_data"
                and marker in m["content"]["data"].get("text/plain", "")):
            time.sleep(delay)
            sent = time.perf_counter()
            km.interrupt_kernel()
    reply = replies(kc, [msg_id], timeout=60).get(msg_id, {})
    return reply, (time.perf_counter() - sent if sent is not None else None)


def expected_text(lines):
    """@return (bytes, sha256) of the lines "<i> " + PAD x's for i in 0..lines-1, as a cell prints them"""
    digest, total, pad = hashlib.sha256(), 0, "x" * PAD
    for start in range(0, lines, 100000):
        chunk = "".join("%d %s\n" % (i, pad) for i in range(start, min(lines, start + 100000))).encode()
        digest.update(chunk)
        total += len(chunk)
    return total, digest.hexdigest()
