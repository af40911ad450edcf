#!/usr/bin/env python3
"""A cell that prints 200 MB (2,000,000 numbered lines) to a client that reads IOPub slower than the
kernel writes: how many stream messages the kernel sent, how many lines the slow client lost, whether
its `status: idle` arrived, and the seconds from execute_request to that idle.

Usage (from the repository root, the kernel installed, e.g. by install/install.sh):
    /usr/bin/python3 bench/output_flood.py [--kernel neuron-java] [--lines 2000000] [--rate 25]
        [--pause 15] [--client jupyter] [--rounds 1]
--kernel python3 runs the same print in ipykernel, for comparison. The slow client is
jupyter_client's BlockingKernelClient (--client jupyter; its socket queues up to 1000 messages, as
libzmq's default) or a raw ZMQ SUB socket that queues one (--client raw): it first stops reading for
--pause seconds (a busy front end), then reads at most --rate MB of stream text per second. A
second subscriber in another process reads IOPub as fast as it can and counts the stream messages
the kernel sent (it only parses headers). Lines lost = lines printed - whole lines the slow client received; the text it received
is compared byte for byte with what was printed.
"""
import argparse, hashlib, json, multiprocessing, os, queue, sys, time
import zmq
from jupyter_client.manager import start_new_kernel

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "install", "tests"))
from kernel_io import PAD, expected_text  # noqa: E402

CELLS = {
    "neuron-java": 'String pad = "x".repeat(%d);\nfor (int i = 0; i < %d; i++) System.out.println(i + " " + pad);',
    "python3": 'pad = "x" * %d\nfor i in range(%d): print(i, pad)',
}


def count_sent(info, ready, stop, result):
    """Subscribes to IOPub and counts stream messages and their content bytes until told to stop."""
    ctx = zmq.Context()
    sub = ctx.socket(zmq.SUB)
    sub.setsockopt(zmq.SUBSCRIBE, b"")
    sub.setsockopt(zmq.RCVHWM, 0)  # never the one that drops
    sub.connect("tcp://%s:%d" % (info["ip"], info["iopub_port"]))
    ready.set()
    messages = 0
    while not stop.is_set():
        if not sub.poll(100):
            continue
        frames = sub.recv_multipart()
        d = frames.index(b"<IDS|MSG>")
        if json.loads(frames[d + 2])["msg_type"] == "stream":
            messages += 1
    result.put(messages)
    sub.close(linger=0)
    ctx.term()


def raw_subscriber(info):
    """@return a function reading the next IOPub message (as jupyter_client gives it) from a SUB
    socket that queues at most one message on the client side"""
    sub = zmq.Context.instance().socket(zmq.SUB)
    sub.setsockopt(zmq.RCVHWM, 1)
    sub.setsockopt(zmq.SUBSCRIBE, b"")
    sub.connect("tcp://%s:%d" % (info["ip"], info["iopub_port"]))

    def next_message(timeout):
        if not sub.poll(timeout * 1000):
            raise queue.Empty()
        frames = sub.recv_multipart()
        d = frames.index(b"<IDS|MSG>")
        header, parent, _, content = (json.loads(f) for f in frames[d + 2:d + 6])
        return {"msg_type": header["msg_type"], "parent_header": parent, "content": content}
    return next_message


def slow_read(next_message, msg_id, rate, pause, patience=60):
    """Reads IOPub as a slow front end: nothing for `pause` s, then at most `rate` bytes/s.
    @return (stdout text, whether idle arrived)"""
    time.sleep(pause)
    start, got, text = time.perf_counter(), 0, []
    while True:
        try:
            m = next_message(timeout=patience)
        except queue.Empty:
            return "".join(text), False
        if m["parent_header"].get("msg_id") != msg_id:
            continue
        if m["msg_type"] == "stream" and m["content"]["name"] == "stdout":
            text.append(m["content"]["text"])
            got += len(m["content"]["text"])
            lag = got / rate - (time.perf_counter() - start)
            if lag > 0:
                time.sleep(lag)
        elif m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
            return "".join(text), True


def one_round(kernel, client, lines, rate, pause, want):
    km, kc = start_new_kernel(kernel_name=kernel, startup_timeout=60)
    try:
        kc.execute_interactive("1", timeout=60, output_hook=lambda m: None)  # the kernel is warm
        if client == "raw":
            kc.iopub_channel.stop()  # the raw socket is the only reader of this client
            next_message = raw_subscriber(km.get_connection_info())
        else:
            next_message = kc.get_iopub_msg
        ready, stop, result = multiprocessing.Event(), multiprocessing.Event(), multiprocessing.Queue()
        counter = multiprocessing.Process(target=count_sent, args=(km.get_connection_info(), ready, stop, result))
        counter.start()
        ready.wait(10)
        time.sleep(0.5)  # the subscription reaches the kernel's PUB
        t0 = time.perf_counter()
        msg_id = kc.execute(CELLS[kernel] % (PAD, lines))
        text, idle = slow_read(next_message, msg_id, rate, pause)
        seconds = time.perf_counter() - t0
        stop.set()
        sent = result.get(timeout=30)
        counter.join()
        data = text.encode()
        received = data.count(b"\n")
        exact = (len(data), hashlib.sha256(data).hexdigest()) == want
        return {"kernel": kernel, "client": client, "rate_MB_s": rate / 1e6, "pause_s": pause,
                "stream_messages_sent": sent, "lines_printed": lines,
                "lines_lost": lines - received, "lost_percent": round(100.0 * (lines - received) / lines, 2),
                "bytes_received": len(data), "bytes_printed": want[0], "exact": exact, "idle_arrived": idle,
                "seconds": round(seconds, 1)}
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--kernel", default="neuron-java", choices=sorted(CELLS))
    p.add_argument("--lines", type=int, default=2000000)
    p.add_argument("--rate", type=float, default=25.0, help="the slow client's reading rate, MB/s")
    p.add_argument("--pause", type=float, default=15.0, help="seconds the slow client first reads nothing")
    p.add_argument("--client", default="jupyter", choices=["jupyter", "raw"])
    p.add_argument("--rounds", type=int, default=1)
    a = p.parse_args()
    want = expected_text(a.lines)
    for _ in range(a.rounds):
        print(json.dumps(one_round(a.kernel, a.client, a.lines, a.rate * 1e6, a.pause, want)), flush=True)


if __name__ == "__main__":
    sys.exit(main())
