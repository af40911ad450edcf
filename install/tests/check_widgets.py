"""Widgets through a real client (jupyter_client) against the installed kernelspec, checked against
Debian's own widget packages: interact's comm_open carries the slider state that python3-ipywidgets
6.0.0 (the kernel side of the installed jupyter-js-widgets 2.1.4 front end) gives the same slider,
its view display is the one that package sends ({model_id}), a slider move (comm_msg) re-runs the
model and replaces its display in place (update_display_data, same display_id, a new chart), the
version comm is answered with ipywidgets' own version range, and nbclient runs a notebook with an
interact cell (once, with the initial value). Exits non-zero on the first failure.
Run: /usr/bin/python3 install/tests/check_widgets.py"""
import json
import os
import sys
import time
import uuid

import ipywidgets
import nbformat
from jupyter_client.manager import start_new_kernel
from nbclient import NotebookClient

from kernel_io import check, failures

MODEL = """var soma = h.Section("soma");
soma.L = 20; soma.diam = 20; soma.insert("pas");
var stim = h.IClamp(soma.at(0.5));
stim.delay = 1; stim.dur = 20;
var t = h.Vector().record(h.ref("t"));
var v = h.Vector().record(soma.at(0.5).ref("v"));"""
INTERACT = """interact(amp -> { stim.amp = amp; h.finitialize(-65); h.continuerun(10);
    return plot(t, v).title("amp " + amp); }, slider("amp", 0, 1, 0.05, 0.2))"""



def run(kc, code, timeout=60):
    outputs = []
    reply = kc.execute_interactive(code, timeout=timeout, output_hook=outputs.append)
    return reply["content"], outputs


def comm_request(kc, msg_type, content, timeout=30):
    """Sends a shell message that has no reply; @return its IOPub messages up to its idle."""
    msg = kc.session.msg(msg_type, content)
    kc.shell_channel.send(msg)
    out = []
    deadline = time.time() + timeout
    while time.time() < deadline:
        m = kc.get_iopub_msg(timeout=timeout)
        if m["parent_header"].get("msg_id") != msg["header"]["msg_id"]:
            continue
        out.append(m)
        if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
            return out
    raise TimeoutError("no idle for " + msg_type)


def ipywidgets_slider_state():
    """@return the state Debian's ipywidgets 6.0 gives the same slider, without its layout model"""
    state = ipywidgets.FloatSlider(value=0.2, min=0, max=1, step=0.05, description="amp").get_state()
    state.pop("layout")
    return json.loads(json.dumps(state))  # as JSON: its tuples are lists


def check_kernel():
    km, kc = start_new_kernel(kernel_name="neuron-java", startup_timeout=60)
    try:
        run(kc, MODEL)
        content, outputs = run(kc, INTERACT)
        check(content["status"] == "ok", "the interact cell runs")
        opens = [o["content"] for o in outputs if o["msg_type"] == "comm_open"]
        check(len(opens) == 2 and all(o["target_name"] == "jupyter.widget" for o in opens),
              "two comm_opens on jupyter.widget: the slider and its box")
        slider = dict(opens[0]["data"])
        nested = slider.pop("state", None)
        expected = ipywidgets_slider_state()
        check(slider == expected, "the slider's state is what python3-ipywidgets %s sends for it%s"
              % (ipywidgets.__version__, "" if slider == expected else ": %r != %r" % (slider, expected)))
        check(nested == slider, "and the same again under 'state', which nbclient reads")
        box = opens[1]["data"]
        check(box["_model_name"] == "VBoxModel" and box["children"] == ["IPY_MODEL_" + opens[0]["comm_id"]],
              "the box holds the slider")
        displays = [o["content"] for o in outputs if o["msg_type"] == "display_data"]
        view = displays[0]["data"]
        # what ipywidgets 6.0's Widget._ipython_display_ sends (its view.schema.json cannot be used:
        # its "required" sits inside "properties", so jsonschema rejects the schema itself)
        check(view == {"application/vnd.jupyter.widget-view+json": {"model_id": opens[1]["comm_id"]}},
              "the box's view is displayed as ipywidgets 6.0 displays one: %r" % view)
        shown = displays[1]
        display_id = shown.get("transient", {}).get("display_id")
        check(display_id and "image/png" in shown["data"] and shown["data"]["text/plain"].startswith('Plot "amp 0.2"'),
              "the chart is shown under a display id (%s)" % display_id)

        t0 = time.perf_counter()
        messages = comm_request(kc, "comm_msg", {"comm_id": opens[0]["comm_id"], "data": {
            "method": "backbone", "sync_data": {"value": 0.65}, "buffer_keys": []}})
        elapsed = time.perf_counter() - t0
        updates = [m["content"] for m in messages if m["msg_type"] == "update_display_data"]
        check(messages[0]["msg_type"] == "status" and messages[0]["content"]["execution_state"] == "busy"
              and len(updates) == 1 and updates[0]["transient"]["display_id"] == display_id
              and updates[0]["data"]["text/plain"].startswith('Plot "amp 0.65"')
              and updates[0]["data"]["image/png"] != shown["data"]["image/png"],
              "a slider move re-runs the model and replaces its chart in place (%.0f ms to idle)" % (elapsed * 1000))

        messages = comm_request(kc, "comm_open", {"comm_id": uuid.uuid4().hex, "target_name": "jupyter.widget.version",
                                                  "data": {}})
        versions = [m["content"]["data"] for m in messages if m["msg_type"] == "comm_msg"]
        check(versions == [{"version": ipywidgets._version.__frontend_version__}],
              "the version check asks for ipywidgets' own front-end range %s: %r"
              % (ipywidgets._version.__frontend_version__, versions))

        msg_id = kc.comm_info(target_name="jupyter.widget")
        reply = kc.get_shell_msg(timeout=10)
        while reply["parent_header"].get("msg_id") != msg_id:
            reply = kc.get_shell_msg(timeout=10)
        comms = reply["content"]["comms"]
        check(comms.get(opens[0]["comm_id"]) == {"target_name": "jupyter.widget"} and len(comms) == 2,
              "comm_info lists the slider and the box")
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def check_nbclient():
    nb = nbformat.v4.new_notebook(metadata={"kernelspec": {"name": "neuron-java", "language": "java",
                                                           "display_name": "Java"}})
    nb.cells = [nbformat.v4.new_code_cell(MODEL), nbformat.v4.new_code_cell(INTERACT)]
    NotebookClient(nb, kernel_name="neuron-java", timeout=120).execute()
    outputs = nb.cells[1].outputs
    charts = [o for o in outputs if "image/png" in o.get("data", {})]
    check(len(charts) == 1 and not [o for o in outputs if o.output_type == "error"],
          "nbclient runs the interact cell once, with the initial value: one chart")


def main():
    check_kernel()
    check_nbclient()
    print("%d failed" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
