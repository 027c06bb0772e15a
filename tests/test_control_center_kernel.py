"""The Control Center's widgets against the real java kernel (JJava 1.0a8), at the Jupyter message level.

A jupyter_client connection plays the front end: it reads the comm_open/comm_msg messages the kernel publishes
and sends the `update` messages a browser would send when a slider moves. This covers what the JUnit tests cannot:
the JJava comm manager, its relocated Gson, and the kernel's threads. No browser is involved.
"""
import os
import time

import pytest
from jupyter_client.manager import start_new_kernel

import nbrun

SETUP = "%classpath ../lib/target/classpath/*\nimport brokerlab.control.*;\nimport brokerlab.widget.*;\nimport java.time.Duration;"
WAIT = "if (!center.awaitIdle(Duration.ofSeconds(120))) throw new IllegalStateException(center.status());"


class Frontend:
    """Collects every IOPub message; runs cells; sends comm messages like a widget front end."""

    def __init__(self, kc):
        self.kc = kc
        self.messages = []

    def pump(self, seconds):
        end = time.time() + seconds
        while time.time() < end:
            try:
                self.messages.append(self.kc.get_iopub_msg(timeout=0.2))
            except Exception:
                pass

    def run(self, code, timeout=300):
        msg_id = self.kc.execute(code)
        end = time.time() + timeout
        result = None
        while time.time() < end:
            try:
                m = self.kc.get_iopub_msg(timeout=1)
            except Exception:
                continue
            self.messages.append(m)
            if m["parent_header"].get("msg_id") != msg_id:
                continue
            if m["msg_type"] == "error":
                raise AssertionError(f"{m['content']['ename']}: {m['content']['evalue']}")
            if m["msg_type"] == "execute_result":
                result = m["content"]["data"]["text/plain"]
            if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
                return result
        raise AssertionError(f"cell did not finish: {code}")

    def update(self, comm_id, state):
        msg = self.kc.session.msg("comm_msg", {"comm_id": comm_id,
                                               "data": {"method": "update", "state": state, "buffer_paths": []}})
        self.kc.shell_channel.send(msg)

    def on(self, comm_id, after=0):
        return [m for m in self.messages[after:] if m["msg_type"] == "comm_msg" and m["content"]["comm_id"] == comm_id]


@pytest.fixture(scope="module")
def frontend():
    env = dict(os.environ, BROKERLAB_FAST="1")
    km, kc = start_new_kernel(kernel_name=nbrun.KERNEL, cwd=str(nbrun.NOTEBOOKS), env=env)
    try:
        yield Frontend(kc)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def test_control_center_opens_its_models_with_protocol_2_and_displays_a_view(frontend):
    frontend.run(SETUP)
    frontend.run("var ui = WidgetSession.jupyter();\nvar center = ControlCenter.create(RunBudget.notebook(42));\ncenter.show(ui);")
    opens = [m for m in frontend.messages if m["msg_type"] == "comm_open"]
    assert opens and all(m["metadata"]["version"] == "2.1.0" for m in opens)
    assert all(m["content"]["target_name"] == "jupyter.widget" for m in opens)
    names = {m["content"]["data"]["state"]["_model_name"] for m in opens}
    assert {"FloatSliderModel", "IntSliderModel", "DropdownModel", "ToggleButtonsModel", "CheckboxModel",
            "LabelModel", "HTMLModel", "OutputModel", "HBoxModel", "VBoxModel", "LayoutModel"} <= names
    view = [m for m in frontend.messages if m["msg_type"] == "display_data"][-1]["content"]["data"]
    panel = view["application/vnd.jupyter.widget-view+json"]
    assert panel["version_major"] == 2
    assert panel["model_id"] == opens[-1]["content"]["comm_id"], "the panel is opened last, after everything it refers to"
    assert "live controls need" in view["text/plain"]


def test_control_center_slider_moved_by_the_frontend_is_echoed_and_redraws_theory_then_simulation(frontend):
    frontend.run(WAIT)
    slider = frontend.run("center.arrivalRate().modelId()").strip().strip("\"")
    figure = frontend.run("center.figure().modelId()").strip().strip("\"")
    start = len(frontend.messages)
    frontend.update(slider, {"value": 36})
    frontend.pump(3)
    echoed = frontend.on(slider, start)
    assert echoed and echoed[0]["content"]["data"] == {"method": "echo_update", "state": {"value": 36},
                                                      "buffer_paths": []}
    figures = [m for m in frontend.on(figure, start) if "outputs" in m["content"]["data"]["state"]]
    assert figures and "image/png" in figures[0]["content"]["data"]["state"]["outputs"][0]["data"]
    frontend.run(WAIT)
    verdict = frontend.run("center.verdict()")
    assert "M/M/c is" in verdict and "simulation" in verdict, verdict
    assert frontend.run("center.point().orElseThrow().arrivalRate()") == "36.0"


def test_control_center_fifty_quick_moves_never_run_two_simulations_at_once(frontend):
    frontend.run(WAIT)
    slider = frontend.run("center.arrivalRate().modelId()").strip().strip("\"")
    before = int(frontend.run("center.runs().started()"))
    for i in range(50):
        frontend.update(slider, {"value": 20 + 0.3 * i})
    frontend.pump(2)
    frontend.run(WAIT)
    assert frontend.run("center.runs().maxConcurrent()") == "1"
    started = int(frontend.run("center.runs().started()")) - before
    assert 1 <= started < 50, f"{started} simulations started for 50 moves"
    assert frontend.run("center.simulated().isPresent() && center.point().orElseThrow().arrivalRate() == 34.7") == "true"


def test_control_center_no_steady_state_is_one_line_in_the_output_area(frontend):
    slider = frontend.run("center.arrivalRate().modelId()").strip().strip("\"")
    figure = frontend.run("center.figure().modelId()").strip().strip("\"")
    start = len(frontend.messages)
    frontend.update(slider, {"value": 45})
    frontend.pump(3)
    outputs = [m["content"]["data"]["state"]["outputs"] for m in frontend.on(figure, start)
               if "outputs" in m["content"]["data"]["state"]]
    assert outputs[-1][0]["name"] == "stderr"
    text = outputs[-1][0]["text"]
    assert "1.125 >= 1: the queue is unstable" in text and text.count("\n") == 1 and "Exception" not in text
