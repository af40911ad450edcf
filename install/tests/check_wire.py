"""The protocol against a hurried or hostile peer, with jupyter_client and raw ZMQ against the
installed kernelspec: a connection file with transport ipc (or any other but tcp) makes the kernel
exit at once with status 2 and a one-line reason; stop_on_error (cells queued behind a failing cell
are answered "aborted" and do not run, as ipykernel does; with stop_on_error false they run); a
replayed signed message is not run again; 10,000 wrongly signed messages sent while a cell runs
leave that cell's output unchanged (they are logged on the kernel's stderr); a cell interrupted
while Scanner.nextLine() waits for input says the input was interrupted; badly framed, wrongly
signed and unparsable messages on stdin (from another process and on the reply's own connection)
are dropped alone and the typed lines after them reach the cell. Output to slow clients: a 200 MB
print read by a raw ZMQ subscriber that stalls and then reads slowly, queueing one message, reaches
it and jupyter_client byte for byte, with the final idle; a cell printing without end while a client
stalls is stopped by an interrupt, and shown + left-out bytes (the kernel's note) add up to what it
printed; a stalled client that disconnects releases a waiting cell. Memory: a cell that fills the
heap (capped by NEURON_KERNEL_HEAP) until OutOfMemoryError leaves an idle kernel under 500 MB of RSS
that still runs cells and simulates, a bad NEURON_KERNEL_HEAP falls back to the default cap and says
so on stderr, install.sh --heap refuses a bad size. Charts: the chart of a 200,001-line run whose
first saved column is not ascending draws in under 1 s, and an interrupt while it draws is answered
within 0.5 s; so is an interrupt while the plot a cell returned (8 traces of 1,000,000 points with
markers) is drawn, which answers the cell with the interrupt instead of a late picture. Exits
non-zero if any check failed.
Run: /usr/bin/python3 install/tests/check_wire.py"""
import hashlib
import json
import os
import queue
import sys
import tempfile
import threading
import time

import zmq
from jupyter_client.manager import start_new_kernel

from kernel_io import PAD, check, expected_text, failures, interrupted_after_marker, replies



def published(kc, ids, seconds):
    """@return the IOPub messages whose parent is one of ids, read for the given time"""
    out = []
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            m = kc.get_iopub_msg(timeout=max(0.01, deadline - time.time()))
        except Exception:
            break
        if m["parent_header"].get("msg_id") in ids:
            out.append(m)
    return out


def stop_on_error(kc, work):
    for stop, tag in ((True, "a"), (False, "b")):
        ids = [kc.execute("Thread.sleep(300);\nint z = 0;\nint q = 1 / z;", stop_on_error=stop)]
        for n in ("second", "third"):
            ids.append(kc.execute('java.nio.file.Files.writeString(java.nio.file.Path.of("%s-%s.txt"), "ran");' % (n, tag),
                                  stop_on_error=stop))
        got = replies(kc, ids)
        statuses = [got.get(i, {}).get("status") for i in ids]
        ran = [os.path.exists(os.path.join(work, "%s-%s.txt" % (n, tag))) for n in ("second", "third")]
        if stop:
            check(statuses == ["error", "aborted", "aborted"] and ran == [False, False],
                  "stop_on_error: queued cells answered %s, ran %s" % (statuses[1:], ran))
        else:
            check(statuses == ["error", "ok", "ok"] and ran == [True, True],
                  "stop_on_error false: queued cells answered %s, ran %s" % (statuses[1:], ran))
    kc.execute_interactive("int settle = 0;", timeout=30, output_hook=lambda m: None)


def replay(kc):
    kc.execute_interactive("int replays = 0;", timeout=30, output_hook=lambda m: None)
    msg = kc.session.msg("execute_request", {"code": "replays++;", "silent": False, "store_history": True,
                                             "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
    frames = kc.session.serialize(msg)
    socket = kc.shell_channel.socket
    socket.send_multipart(frames)
    first = replies(kc, [msg["header"]["msg_id"]], timeout=30)
    socket.send_multipart(frames)  # the same bytes again: a replay
    second = replies(kc, [msg["header"]["msg_id"]], timeout=1.0)
    results = []
    reply = kc.execute_interactive("replays", timeout=30, output_hook=results.append)
    value = [m["content"]["data"]["text/plain"] for m in results if m["msg_type"] == "execute_result"]
    check(first and not second and value == ["1"] and reply["content"]["status"] == "ok",
          "a replayed execute_request is not run again (replays = %s, reply to the replay: %s)" % (value, bool(second)))


def flood(kc, km, stderr):
    before = len(read_all(stderr))
    msg_id = kc.execute('System.out.println("start");\nThread.sleep(2000);\nSystem.out.println("end");')
    time.sleep(0.3)
    info = km.get_connection_info()
    ctx = zmq.Context.instance()
    peers = []
    for port in (info["shell_port"], info["control_port"]):
        s = ctx.socket(zmq.DEALER)
        s.linger = 0
        s.connect("tcp://%s:%d" % (info["ip"], port))
        peers.append(s)
    header = b'{"msg_id": "forged", "msg_type": "kernel_info_request", "session": "x", "username": "x", "version": "5.3"}'
    t0 = time.perf_counter()
    for i in range(10000):
        peers[i % 2].send_multipart([b"<IDS|MSG>", b"0000bad%d" % i, header, b"{}", b"{}", b"{}"])
    sent = time.perf_counter() - t0
    got = replies(kc, [msg_id], timeout=30)
    output = published(kc, [msg_id], 2.0)
    text = "".join(m["content"]["text"] for m in output if m["msg_type"] == "stream")
    extra = len(text.encode()) - len("start\nend\n")
    logged = read_all(stderr)[before:].count("wrong signature")
    check(got.get(msg_id, {}).get("status") == "ok" and text == "start\nend\n",
          "10,000 wrongly signed messages (sent in %.2f s) add %d bytes to the running cell's output; %d logged on the kernel's stderr"
          % (sent, extra, logged))
    for s in peers:
        s.close()
    content = kc.execute_interactive("1 + 1", timeout=30, output_hook=lambda m: None)["content"]
    check(content["status"] == "ok", "the kernel serves on after the flood")


def refused_transports(work):
    """A connection file with transport ipc (JeroMQ cannot serve real Unix sockets) or any other
    transport but tcp: the kernel must exit at once, non-zero, saying why, rather than leave the
    client waiting for its start timeout. Waits at most 10 s so that a hang fails fast."""
    import json
    import subprocess
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import KernelManager
    km = KernelManager(kernel_name="neuron-java", transport="ipc",
                       connection_file=os.path.join(work, "kernel-ipc.json"))
    t0 = time.perf_counter()
    km.start_kernel(cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    process = km.provisioner.process
    try:
        status = process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        status = None
        process.kill()
        process.wait()
    seconds = time.perf_counter() - t0
    message = process.stderr.read().decode("utf-8", "replace").strip()
    km.cleanup_resources()
    check(status == 2 and 'transport is "ipc"' in message and 'supports only "tcp"' in message
          and "kernel-ipc.json" in message and len(message.splitlines()) == 1,
          "transport ipc through jupyter_client: the kernel exits with status %s after %.2f s saying: %s"
          % (status, seconds, message))

    # Any other transport, from a connection file given straight to the kernelspec's command.
    path = os.path.join(work, "kernel-udp.json")
    with open(path, "w") as f:
        json.dump({"transport": "udp", "ip": "127.0.0.1", "shell_port": 1, "iopub_port": 2, "stdin_port": 3,
                   "control_port": 4, "hb_port": 5, "key": "k", "signature_scheme": "hmac-sha256"}, f)
    argv = [a.replace("{connection_file}", path) for a in KernelSpecManager().get_kernel_spec("neuron-java").argv]
    try:
        done = subprocess.run(argv, cwd=work, stdin=subprocess.DEVNULL, capture_output=True, timeout=10)
        status, message = done.returncode, done.stderr.decode("utf-8", "replace").strip()
    except subprocess.TimeoutExpired:
        status, message = None, "(no exit within 10 s)"
    check(status == 2 and 'transport is "udp"' in message and 'supports only "tcp"' in message,
          "transport udp: the kernel exits with status %s saying: %s" % (status, message))


def interrupted_input(kc, km):
    """A cell waiting in Scanner.nextLine() for an input_reply that never comes, then interrupted:
    its error says the input was interrupted (a Scanner would otherwise report NoSuchElementException
    "No line found"), and the kernel serves on."""
    msg_id = kc.execute("new java.util.Scanner(System.in).nextLine()", allow_stdin=True)
    try:
        asked = kc.get_stdin_msg(timeout=30)["msg_type"]
    except queue.Empty:
        asked = None
    time.sleep(0.2)
    km.interrupt_kernel()
    content = replies(kc, [msg_id], timeout=15).get(msg_id, {})
    check(asked == "input_request" and content.get("status") == "error"
          and content.get("ename") == "java.io.InterruptedIOException"
          and content.get("evalue") == "input interrupted: the cell was stopped while waiting for input",
          "an interrupted Scanner.nextLine() (%s) reports %s: %s"
          % (asked, content.get("ename"), content.get("evalue")))
    content = kc.execute_interactive("1 + 1", timeout=30, output_hook=lambda m: None)["content"]
    check(content["status"] == "ok", "the kernel serves on after the interrupted input (%s)" % content)


def stdin_bad_frames(kc, km, stderr):
    """A cell reading two lines; before each input_reply, bad messages from another process and on
    the reply's own connection (so that they surely come first): a short message (three frames of
    six, which the base kernel's reader completed with the next message's frames), a wrongly signed
    one, a signed one whose content is not JSON, and frames that are no Jupyter message at all."""
    before = len(read_all(stderr))
    info = km.get_connection_info()
    other = zmq.Context.instance().socket(zmq.DEALER)
    other.linger = 0
    other.connect("tcp://%s:%d" % (info["ip"], info["stdin_port"]))
    own = kc.stdin_channel.socket
    header = json.dumps(kc.session.msg_header("input_reply"), default=str).encode()
    msg_id = kc.execute('var in = new java.util.Scanner(System.in);\nin.nextLine() + "|" + in.nextLine()', allow_stdin=True)
    asked = []
    for line in ("first", "second"):
        try:
            asked.append(kc.get_stdin_msg(timeout=30)["msg_type"])
        except queue.Empty:
            break
        other.send_multipart([b"<IDS|MSG>", b"0000", header])
        other.send_multipart([b"hello"])
        time.sleep(0.3)  # the other process's messages are read (and dropped) before the reply comes
        own.send_multipart([b"<IDS|MSG>", b"0000bad", header, b"{}", b"{}", b'{"value": "forged"}'])
        bad = kc.session.msg("input_reply", {"value": "x"})
        frames = kc.session.serialize(bad)
        frames[-1] = b'{"value": '  # content that is not JSON, signed by the key holder
        frames[frames.index(b"<IDS|MSG>") + 1] = kc.session.sign(frames[frames.index(b"<IDS|MSG>") + 2:])
        own.send_multipart(frames)
        own.send_multipart([b"<IDS|MSG>", b"0000", header])  # right before the reply, whose frames it would take
        kc.input(line)
    content = replies(kc, [msg_id], timeout=30).get(msg_id, {})
    if not content:  # a typed line was lost and the cell still waits for it: free the kernel for the next checks
        km.interrupt_kernel()
        replies(kc, [msg_id], timeout=30)
    results = [m for m in published(kc, [msg_id], 2.0) if m["msg_type"] == "execute_result"]
    value = results[0]["content"]["data"]["text/plain"] if results else None
    log = read_all(stderr)[before:]
    reasons = [r for r in ("too few frames", "no <IDS|MSG> delimiter", "wrong signature", "does not parse")
               if "stdin: dropped a message: " + r in log]
    check(asked == ["input_request"] * 2 and content.get("status") == "ok" and value == '"first|second"'
          and len(reasons) == 4,
          "bad frames on stdin before each of two input_replies: the cell read %s (asked %s); logged: %s"
          % (value, asked, reasons))
    other.close()




class RawSubscriber:
    """A raw ZMQ SUB on IOPub that queues at most one message on its side: when it stops reading,
    the kernel's queue for it fills at once."""

    def __init__(self, info):
        self.socket = zmq.Context.instance().socket(zmq.SUB)
        self.socket.setsockopt(zmq.RCVHWM, 1)
        self.socket.setsockopt(zmq.SUBSCRIBE, b"")
        self.socket.connect("tcp://%s:%d" % (info["ip"], info["iopub_port"]))
        time.sleep(0.5)  # subscribed before the cell starts

    def next(self, timeout):
        """@return (msg_type, parent msg_id, content) or None after timeout s"""
        if not self.socket.poll(timeout * 1000):
            return None
        frames = self.socket.recv_multipart()
        d = frames.index(b"<IDS|MSG>")
        return (json.loads(frames[d + 2])["msg_type"], json.loads(frames[d + 3]).get("msg_id"),
                json.loads(frames[d + 5]))

    def close(self):
        self.socket.close(linger=0)


class Received:
    """What one client received of a cell's stdout, kept as a digest, and whether idle came."""

    def __init__(self):
        self.digest, self.bytes, self.messages, self.idle = hashlib.sha256(), 0, 0, False

    def take(self, msg_type, content):
        if msg_type == "stream" and content["name"] == "stdout":
            data = content["text"].encode()
            self.digest.update(data)
            self.bytes += len(data)
            self.messages += 1
        elif msg_type == "status" and content["execution_state"] == "idle":
            self.idle = True

    def exact(self, want):
        return (self.bytes, self.digest.hexdigest()) == want


def slow_client_flood(kc, km):
    """200 MB (2,000,000 numbered lines) printed while a raw subscriber first reads nothing for 3 s,
    then reads at most 12 MB/s; jupyter_client reads as fast as it can. Both must get every byte
    in order, and the final idle."""
    lines = 2000000
    want = expected_text(lines)
    raw = RawSubscriber(km.get_connection_info())
    slow, fast = Received(), Received()
    msg_id = kc.execute('String pad = "x".repeat(%d);\nfor (int i = 0; i < %d; i++) System.out.println(i + " " + pad);'
                        % (PAD, lines))

    def read_slowly():
        time.sleep(3)
        start = time.perf_counter()
        while not slow.idle:
            m = raw.next(60)
            if m is None:
                return
            if m[1] == msg_id:
                slow.take(m[0], m[2])
                lag = slow.bytes / 12e6 - (time.perf_counter() - start)
                if lag > 0:
                    time.sleep(lag)

    t0 = time.perf_counter()
    reader = threading.Thread(target=read_slowly)
    reader.start()
    while not fast.idle:
        try:
            m = kc.get_iopub_msg(timeout=60)
        except queue.Empty:
            break
        if m["parent_header"].get("msg_id") == msg_id:
            fast.take(m["msg_type"], m["content"])
    reader.join(120)
    seconds = time.perf_counter() - t0
    raw.close()
    reply = replies(kc, [msg_id], timeout=10).get(msg_id, {})
    for name, r in (("a raw subscriber that stalls 3 s, then reads 12 MB/s", slow), ("jupyter_client", fast)):
        check(r.exact(want) and r.idle and reply.get("status") == "ok",
              "a 200 MB print to %s: %d of %d bytes in %d messages, %s, idle %s (%.1f s)"
              % (name, r.bytes, want[0], r.messages, "exact" if r.exact(want) else "NOT exact", r.idle, seconds))


def wait_until_held_back(kc, msg_id, quiet=3.0, limit=20):
    """Reads jupyter_client's IOPub until the cell's output has stopped coming for `quiet` s (the
    stalled client holds the kernel's queue full), or for at most `limit` s (a kernel that drops
    output for the stalled client never stops). @return (the stdout text read, whether idle came)"""
    text, deadline = [], time.time() + limit
    while time.time() < deadline:
        try:
            m = kc.get_iopub_msg(timeout=quiet)
        except queue.Empty:
            return "".join(text), False
        if m["parent_header"].get("msg_id") != msg_id:
            continue
        if m["msg_type"] == "stream":
            text.append(m["content"]["text"])
        elif m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
            return "".join(text), True
    return "".join(text), False


def read_to_idle(kc, msg_id, seconds=60):
    """@return ({stream name: text}, whether idle came) of the cell's IOPub messages"""
    text = {"stdout": [], "stderr": []}
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            m = kc.get_iopub_msg(timeout=max(0.01, deadline - time.time()))
        except queue.Empty:
            break
        if m["parent_header"].get("msg_id") != msg_id:
            continue
        if m["msg_type"] == "stream":
            text[m["content"]["name"]].append(m["content"]["text"])
        elif m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
            return {k: "".join(v) for k, v in text.items()}, True
    return {k: "".join(v) for k, v in text.items()}, False


def interrupted_flood(kc, km):
    """A cell printing numbered lines until interrupted (and 20,000 more after), while a raw
    subscriber reads nothing: the cell waits; the interrupt ends the wait, what it prints while its
    output still cannot go is left out, and its reply comes although the client still reads nothing;
    when that client disconnects, jupyter_client gets the rest: whole consecutive lines, then the
    kernel's note of how many bytes were left out, which with the bytes shown make exactly what the
    cell printed."""
    kc.execute_interactive('long[] tried = {0};\nString pad = "x".repeat(%d);' % PAD, timeout=30, output_hook=lambda m: None)
    raw = RawSubscriber(km.get_connection_info())
    # Goes on printing after the interrupt, as a cell that does not check for one would: 20,000
    # lines (2 MB, more than a batch) so that some are left out even when the interrupt came just
    # after a batch went out (with 1,000 lines, once in CI, all fitted in the next batch).
    msg_id = kc.execute("for (long i = 0, after = 0; after < 20000; i++) {\n"
                        "    if (Thread.currentThread().isInterrupted()) after++;\n"
                        "    String line = i + \" \" + pad;\n    System.out.println(line);\n"
                        "    tried[0] += line.length() + 1;\n}", stop_on_error=False)
    before, idle = wait_until_held_back(kc, msg_id)
    t0 = time.perf_counter()
    km.interrupt_kernel()
    reply = replies(kc, [msg_id], timeout=30).get(msg_id, {})
    seconds = time.perf_counter() - t0
    raw.close()  # the stalled client goes away: the kernel's queue moves again
    rest, idle = ({"stdout": ""}, True) if idle else read_to_idle(kc, msg_id)
    stdout = before + rest["stdout"]
    note = stdout.rfind("\n[")
    shown = stdout[:note] if note >= 0 else stdout
    left = stdout[note:].strip()
    left_out = int(left[1:left.index(" bytes")].replace(",", "")) if left.startswith("[") else 0
    values = []
    kc.execute_interactive("tried[0]", timeout=30, output_hook=values.append)
    tried = [int(m["content"]["data"]["text/plain"]) for m in values if m["msg_type"] == "execute_result"]
    count = shown.count("\n")
    consecutive = shown == "".join("%d %s\n" % (i, "x" * PAD) for i in range(count))
    check(reply.get("status") == "ok" and idle and consecutive and left_out > 0 and tried == [len(shown) + left_out],
          "interrupted while a client stalled: reply %s after %.1f s, %d whole consecutive lines shown (%d bytes)"
          " + %d bytes left out = %s printed; note: %s; idle %s"
          % (reply.get("status"), seconds, count, len(shown), left_out, tried, left[:60], idle))


def disconnected_client(kc, km):
    """A cell printing 80 MB while a raw subscriber reads nothing: the cell waits; when that client
    disconnects, the cell finishes and jupyter_client gets every byte and the idle."""
    lines = 800000
    raw = RawSubscriber(km.get_connection_info())
    msg_id = kc.execute('String pad = "x".repeat(%d);\nfor (int i = 0; i < %d; i++) System.out.println(i + " " + pad);'
                        % (PAD, lines))
    before, idle = wait_until_held_back(kc, msg_id)
    held = replies(kc, [msg_id], timeout=0.5)
    raw.close()
    rest, idle = ({"stdout": ""}, True) if idle else read_to_idle(kc, msg_id)
    reply = held.get(msg_id) or replies(kc, [msg_id], timeout=30).get(msg_id, {})
    data = (before + rest["stdout"]).encode()
    want = expected_text(lines)
    check(not held and reply.get("status") == "ok" and idle and (len(data), hashlib.sha256(data).hexdigest()) == want,
          "a client that stalls, then disconnects: the cell waited (%d of %d bytes out, no reply yet: %s), then"
          " finished: %s, %d bytes, %s, idle %s"
          % (len(before), want[0], not held, reply.get("status"), len(data),
             "exact" if (len(data), hashlib.sha256(data).hexdigest()) == want else "NOT exact", idle))


# ---- memory (issue 15): the heap cap, and the heap an OutOfMemoryError filled given back ----------
# A section of its own (memory_checks, called once from main) so that it merges apart from the rest.
MEMORY_LIMIT = 500 * 10 ** 6  # bytes of RSS an idle kernel may hold after an OutOfMemoryError
FILL_HEAP = "{ var hog = new java.util.ArrayList<long[]>();\n  while (true) hog.add(new long[1 << 20]); }"
SIMULATE = ('var oomSoma = h.Section("oomSoma"); oomSoma.L = 10; oomSoma.diam = 10; oomSoma.insert("hh");\n'
            'var oomStim = h.IClamp(oomSoma.at(0.5)); oomStim.delay = 0.5; oomStim.dur = 1; oomStim.amp = 0.5;\n'
            'var oomV = h.Vector().record(oomSoma.at(0.5).ref("v"));\n'
            'h.finitialize(-65); while (h.t < 5) h.fadvance();\n'
            'double oomPeak = -100; for (int i = 0; i < oomV.size(); i++) oomPeak = Math.max(oomPeak, oomV.get(i));\n'
            'oomPeak')


def proc_status(pid, field):
    """@return a field of /proc/PID/status in bytes (VmRSS: resident now, VmHWM: the peak)"""
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    return None


def value_of(kc, code, timeout=60):
    """@return (reply content, the text/plain of the cell's value or None)"""
    got = []
    reply = kc.execute_interactive(code, timeout=timeout, output_hook=lambda m: got.append(
        m["content"]["data"].get("text/plain")) if m["msg_type"] == "execute_result" else None)
    return reply["content"], (got[0] if got else None)


def oom_then_rss(work):
    """A kernel capped by NEURON_KERNEL_HEAP=512m: a cell fills the heap until OutOfMemoryError; its
    traceback names the cap and how to raise it; after 3 s idle the kernel's RSS (VmRSS of the JVM,
    the process jupyter_client started: the launcher execs java) is under 500 MB although its peak
    (VmHWM) was above; the next cell runs and h still simulates an action potential."""
    km, kc = start_new_kernel(kernel_name="neuron-java", startup_timeout=60, cwd=work,
                              env=dict(os.environ, NEURON_KERNEL_HEAP="512m"))
    try:
        pid = km.provisioner.process.pid
        _, own = value_of(kc, "ProcessHandle.current().pid() + \" \" + Runtime.getRuntime().maxMemory()")
        own_pid, cap = (int(x) for x in own.strip('"').split())
        check(own_pid == pid and cap == 512 << 20,
              "NEURON_KERNEL_HEAP=512m: the JVM is the process Jupyter started (pid %d = %d) and its heap cap is %d MB"
              % (own_pid, pid, cap >> 20))
        t0 = time.perf_counter()
        content, _ = value_of(kc, FILL_HEAP, timeout=120)
        filled = time.perf_counter() - t0
        traceback = "\n".join(content.get("traceback", []))
        check(content.get("ename") == "java.lang.OutOfMemoryError"
              and "The kernel's heap is capped at 0.5 GB (NEURON_KERNEL_HEAP=512m)" in traceback
              and "NEURON_KERNEL_HEAP=1g" in traceback,
              "a cell filling the heap ends after %.1f s in %s, its traceback naming the cap and how to raise it"
              % (filled, content.get("ename")))
        time.sleep(3)
        rss, peak = proc_status(pid, "VmRSS"), proc_status(pid, "VmHWM")
        check(rss < MEMORY_LIMIT < peak,
              "OOM then RSS: after 3 s idle the kernel holds %d MB (peak %d MB; limit %d MB)"
              % (rss // 10 ** 6, peak // 10 ** 6, MEMORY_LIMIT // 10 ** 6))
        content, two = value_of(kc, "1 + 1")
        content2, vpeak = value_of(kc, SIMULATE)
        check(two == "2" and content2["status"] == "ok" and vpeak is not None and float(vpeak) > 0,
              "after the OutOfMemoryError: 1 + 1 gives %s, and h simulates a spike peaking at %s mV" % (two, vpeak))
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def heap_settings(work):
    """A NEURON_KERNEL_HEAP that is not a size: the kernel starts with the default cap (a quarter of
    memory, at most 2 GB) and says so on its stderr, not in a cell; install.sh --heap refuses a bad
    size before it does anything, naming the value and what is allowed."""
    import subprocess
    stderr = tempfile.TemporaryFile(dir=work)
    km, kc = start_new_kernel(kernel_name="neuron-java", startup_timeout=60, cwd=work, stderr=stderr,
                              env=dict(os.environ, NEURON_KERNEL_HEAP="16 GB"))
    try:
        outputs = []
        # the memory the JVM sees: the machine's, or a container's limit (as the JVM's default rule reads it)
        reply = kc.execute_interactive(
            "Runtime.getRuntime().maxMemory() + \" \" + ((com.sun.management.OperatingSystemMXBean)"
            " java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize()",
            timeout=60, output_hook=outputs.append)
        shown = [m["content"]["data"]["text/plain"].strip('"').split()
                 for m in outputs if m["msg_type"] == "execute_result"]
        streams = [m for m in outputs if m["msg_type"] == "stream"]
        cap, total = (int(x) for x in shown[0]) if shown else (0, 0)
        expected = min(total // 4, 2 << 30)
        log = read_all(stderr)
        check(reply["content"]["status"] == "ok" and abs(cap - expected) <= expected // 50 and not streams
              and "NEURON_KERNEL_HEAP='16 GB' is not a heap size" in log and "starting with the default cap" in log,
              "NEURON_KERNEL_HEAP='16 GB': the kernel starts with the default cap, %d MB (a quarter of %d MB, at most"
              " 2048), and its stderr says: %s" % (cap >> 20, total >> 20, log.strip().splitlines()[0] if log.strip() else ""))
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    install = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "install.sh")
    done = subprocess.run([install, "--prefix", os.path.join(work, "unused"), "--heap", "2tb"],
                          capture_output=True, text=True, timeout=30)
    check(done.returncode == 2 and "--heap '2tb' is not a heap size; allowed:" in done.stderr
          and not os.path.exists(os.path.join(work, "unused")),
          "install.sh --heap 2tb exits %d saying: %s" % (done.returncode, done.stderr.strip()))


def memory_checks(work):
    oom_then_rss(work)
    heap_settings(work)
# ---- end of memory ----------------------------------------------------------------------------------


# --- fault suite: non-ascending chart time (charts) -------------------------------------------
NON_ASCENDING_SETUP = """
var soma = h.Section("soma"); soma.L = 20; soma.diam = 20; soma.insert("hh");
var stim = h.IClamp(soma.at(0.5)); stim.delay = 1; stim.dur = 1e9; stim.amp = 0.1;
h.batchSave();
h.batchSave(soma.at(0.5).ref("v"), h.ref("t"));   // x = v: not ascending
h.addRunListener(new io.github.neuronkernel.engine.run.RunListener() {
    public void progress(double now, double tstop) {
        if (now > tstop - 0.01) display(html("<i>last line computed: the chart is drawn next</i>"));
    }
});
"""
NON_ASCENDING_RUN = 'h.finitialize(-65);\nh.batchRun(5000, 0.025);'  # 200,001 lines


def non_ascending_chart_time(kc, km):
    """Issue 15: a chart whose first saved column (here v) is not ascending took 10-20 s to draw
    and 3.3-3.5 s to answer an interrupt. Its 200,001 points must draw in under 1 s (the kernel's
    own drawing time, in the display's metadata), and an interrupt sent 10 ms after the run's last
    line is computed (the chart is drawn next) must be answered within 0.5 s."""
    content = kc.execute_interactive(NON_ASCENDING_SETUP, timeout=60, output_hook=lambda m: None)["content"]
    check(content["status"] == "ok", "non-ascending chart: setup (%s)" % content.get("evalue", "ok"))
    charts = []

    def keep_chart(m):
        if m["msg_type"] == "display_data" and "image/png" in m["content"]["data"]:
            charts.append(m["content"])

    t0 = time.perf_counter()
    content = kc.execute_interactive(NON_ASCENDING_RUN, timeout=120, output_hook=keep_chart)["content"]
    cell = time.perf_counter() - t0
    drawn = charts[0]["metadata"].get("neuron_kernel", {}).get("render_ms") if charts else None
    text = charts[0]["data"].get("text/plain", "") if charts else ""
    check(content["status"] == "ok" and drawn is not None and drawn < 1000 and "200001 lines" in text,
          "non-ascending chart time: 200,001 points drawn in %s ms (under 1,000), the whole cell %.2f s: %s"
          % ("%.0f" % drawn if drawn is not None else "no chart", cell, text[:90]))

    # the run's loop has ended 10 ms after the marker (it comes from its last line)
    reply, latency = interrupted_after_marker(kc, km, NON_ASCENDING_RUN, "drawn next", 0.01)
    check(latency is not None and latency < 0.5 and reply.get("status") in ("ok", "error"),
          "non-ascending chart time: an interrupt while the chart draws answered after %s s (under 0.5): %s %s"
          % ("%.3f" % latency if latency is not None else "never", reply.get("status"), reply.get("evalue", "")[:100]))
    content = kc.execute_interactive("1 + 1", timeout=30, output_hook=lambda m: None)["content"]
    check(content["status"] == "ok", "the kernel serves on after the interrupted chart")
# --- end of fault suite: non-ascending chart time -----------------------------------------------


VALUE_SETUP = """
var rnd = new java.util.Random(1);
double[] xs = new double[1_000_000];
double[][] ys = new double[8][xs.length];
for (int i = 0; i < xs.length; i++) xs[i] = rnd.nextDouble();
for (var y : ys) for (int i = 0; i < y.length; i++) y[i] = rnd.nextGaussian();
var big = plot(xs, ys).marker("circle");
"""
VALUE_CELL = 'display(html("<i>the value is drawn next</i>"));\nbig'


def value_chart_interrupt(kc, km):
    """A plot that a cell returns is drawn after the cell's code, where an interrupt did not reach:
    eight traces of a million scattered points with markers drew for 63 s, and an interrupt then
    did nothing. Drawn, it must take under 20 s (markers beyond a budget are kept one per square
    of at most half a marker); interrupted 0.1 s into the drawing, the cell must end within 0.5 s
    with the interrupt, and the kernel serve on."""
    content = kc.execute_interactive(VALUE_SETUP, timeout=60, output_hook=lambda m: None)["content"]
    check(content["status"] == "ok", "value chart: setup (%s)" % content.get("evalue", "ok"))
    results = []
    t0 = time.perf_counter()
    content = kc.execute_interactive(VALUE_CELL, timeout=120, output_hook=lambda m: results.append(m)
                                     if m["msg_type"] == "execute_result" else None)["content"]
    whole = time.perf_counter() - t0
    text = results[0]["content"]["data"].get("text/plain", "") if results else ""
    check(content["status"] == "ok" and whole < 20 and "image/png" in (results[0]["content"]["data"] if results else {}),
          "value chart: 8 x 1,000,000 points with markers drawn as the cell's value in %.1f s (under 20): %s"
          % (whole, text[:80]))
    reply, latency = interrupted_after_marker(kc, km, VALUE_CELL, "drawn next", 0.1)
    check(latency is not None and latency < 0.5 and reply.get("status") == "error"
          and "ChartInterruptedException" in reply.get("ename", ""),
          "value chart: an interrupt while the cell's value draws answered after %s s (under 0.5): %s %s %s"
          % ("%.3f" % latency if latency is not None else "never", reply.get("status"), reply.get("ename"),
             reply.get("evalue", "")[:80]))
    content = kc.execute_interactive("1 + 1", timeout=30, output_hook=lambda m: None)["content"]
    check(content["status"] == "ok", "the kernel serves on after the interrupted value")


def read_all(f):
    f.flush()
    f.seek(0)
    return f.read().decode("utf-8", "replace")


def main():
    work = tempfile.mkdtemp(prefix="neuron-wire-")
    refused_transports(work)
    stderr = tempfile.TemporaryFile(dir=work)
    km, kc = start_new_kernel(kernel_name="neuron-java", startup_timeout=60, cwd=work, stderr=stderr)
    try:
        stop_on_error(kc, work)
        replay(kc)
        check("replayed message" in read_all(stderr), "the replay is logged on the kernel's stderr")
        flood(kc, km, stderr)
        interrupted_input(kc, km)
        stdin_bad_frames(kc, km, stderr)
        slow_client_flood(kc, km)
        interrupted_flood(kc, km)
        disconnected_client(kc, km)
        non_ascending_chart_time(kc, km)
        value_chart_interrupt(kc, km)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    memory_checks(work)
    print("%d failed" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
