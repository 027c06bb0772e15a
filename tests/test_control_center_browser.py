"""The Control Center as a reader uses it: JupyterLab in chromium, Run All, then a slider moved in the page.

tests/test_control_center_kernel.py plays the front end at the message level; this test goes through the real
widget renderer (jupyterlab-widgets), so it also catches a panel that the kernel updates but the page never redraws.
"""
import re
import time

from browser import browser_context, chromium_executable, jupyterlab, open_notebook, run_all_cells  # noqa: F401
from test_lab_browser import restored

import nbrun

NOTEBOOK = "15-control-center.ipynb"


def control_center(page):
    """The first widget panel of the notebook: the Control Center's VBox (cell `center.show(ui)`)."""
    return page.locator(".jp-OutputArea-output .widget-vbox").first


def snapshot(panel) -> dict:
    # text_content, not inner_text: JupyterLab skips rendering cells outside the window (content-visibility), and
    # an element that is not rendered has no inner text
    figure = panel.locator("img")
    return {"text": panel.text_content() or "", "figure": figure.first.get_attribute("src") if figure.count() else None}


def test_a_slider_moved_in_the_page_redraws_theory_and_verdict_and_a_simulation_result_arrives(
        browser_context, jupyterlab):
    path = nbrun.NOTEBOOKS / NOTEBOOK
    page = browser_context.new_page()
    with restored(path):
        open_notebook(page, jupyterlab, NOTEBOOK)
        state = run_all_cells(page, timeout_s=600)
        assert state["unrun"] == 0, f"Run All stopped early: {state}"
        panel = control_center(page)
        panel.wait_for(state="attached", timeout=60_000)
        panel.scroll_into_view_if_needed()
        before = snapshot(panel)
        assert before["figure"], "the panel shows no figure"
        assert "simulation done" in before["text"], f"no simulation result at the default point: {before['text']}"

        # After Run All the page answers values the cells set, late (the kernel reads comm messages after the last
        # cell); a late rounding of an older value (36 -> 36.00000000000001) must not move the kernel off what the
        # slider shows. The readout table ends with the point the kernel computes at.
        page.wait_for_timeout(5000)
        readout = panel.locator(".widget-slider .widget-readout").first
        text = snapshot(panel)["text"]
        computed = re.findall(r"λ = ([0-9.]+)/s", text)
        assert computed, f"the panel does not name its point: {text!r}"
        assert float(computed[-1]) == float(readout.inner_text().strip()), \
            f"the slider shows {readout.inner_text().strip()} but the kernel computes at λ = {computed[-1]}/s"
        before = snapshot(panel)

        # The arrival-rate slider is the panel's first; its readout is editable, as a reader would type a value.
        # 28 msg/s (rho = 0.7) is a point none of the notebook's cells visits.
        old_rate = readout.inner_text().strip()
        readout.click()
        page.keyboard.press("Control+A")
        page.keyboard.type("28")
        page.keyboard.press("Enter")

        deadline, after = time.monotonic() + 20, before
        while time.monotonic() < deadline:
            page.wait_for_timeout(250)
            after = snapshot(panel)
            if after["figure"] != before["figure"] and after["text"] != before["text"]:
                break
        assert readout.inner_text().strip() != old_rate, "the slider did not take the typed value"
        assert after["figure"] != before["figure"], "the theory figure was not redrawn within 20 s"
        assert after["text"] != before["text"], "the verdict and readout did not change within 20 s"

        deadline = time.monotonic() + 180          # a background simulation at the new point (fast run lengths)
        while time.monotonic() < deadline and "simulation done" not in snapshot(panel)["text"]:
            page.wait_for_timeout(500)
        final = snapshot(panel)["text"]
        assert "simulation done" in final, f"no simulation result after the move: {final}"
        assert final != before["text"], "the panel shows the old point's result"
        page.close()
