"""Browser fixtures for the tests: headless chromium (tools/chromium.py) and a JupyterLab server on loopback.

Import what a test module needs; pytest finds fixtures imported into a module:

    from browser import browser_context, jupyterlab  # noqa: F401  (pytest fixtures)

    def test_something(browser_context, jupyterlab):
        page = browser_context.new_page()
        page.goto(jupyterlab.url("01-the-lie.ipynb"))

`offline_context` refuses every request that is not file:/data:/blob: and lists the refused URLs in
`offline_context.blocked`. `jupyterlab` starts `jupyter lab` on 127.0.0.1 with a random token, fast run lengths, and
scratch settings/workspace folders (a reader's own JupyterLab state never leaks in), and stops it afterwards with all
its kernels. It exposes the JupyterLab app as `window.jupyterapp`, so tests run commands instead of clicking menus.
"""
from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

import chromium
import nbrun

pytest.importorskip("playwright", reason="Playwright is not installed: run `make setup` (requirements.txt pins it)")


@pytest.fixture(scope="session")
def chromium_executable() -> str:
    try:
        return chromium.ensure()
    except SystemExit as e:          # no browser and no way to install one: say how, once, and stop
        pytest.exit(str(e), returncode=1)


@pytest.fixture
def browser_context(chromium_executable):
    with chromium.context() as ctx:
        yield ctx


@pytest.fixture
def offline_context(chromium_executable):
    with chromium.context(offline=True) as ctx:
        yield ctx


@dataclass
class Lab:
    base: str
    token: str
    root: Path
    log: Path

    def url(self, path: str = "") -> str:
        # reset: start from an empty workspace, not the tabs an earlier page of this server left open
        return f"{self.base}/lab/tree/{path}?reset&token={self.token}"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def jupyterlab(chromium_executable, tmp_path_factory):
    scratch = tmp_path_factory.mktemp("jupyterlab")
    token, port = secrets.token_hex(16), _free_port()
    env = {**os.environ, "BROKERLAB_FAST": "1", "JUPYTERLAB_SETTINGS_DIR": str(scratch / "settings"),
           "JUPYTERLAB_WORKSPACES_DIR": str(scratch / "workspaces"), "JUPYTER_RUNTIME_DIR": str(scratch / "runtime")}
    for key in ("BROKERLAB_HEADLESS", "BROKERLAB_DATA_DIR"):     # as a reader runs it: bars shown, tables to build/
        env.pop(key, None)
    log = scratch / "jupyterlab.log"
    command = [sys.executable, "-m", "jupyterlab", "--no-browser", "--ServerApp.ip=127.0.0.1", f"--port={port}",
               f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={nbrun.NOTEBOOKS}", "--allow-root",
               "--LabApp.expose_app_in_browser=True", "--LabApp.news_url=None",
               "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"]
    with open(log, "w") as out:
        server = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=5).read()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"JupyterLab did not start; its log:\n{log.read_text()[-3000:]}")
                time.sleep(0.5)
        yield Lab(base, token, nbrun.NOTEBOOKS, log)
    finally:
        server.terminate()            # JupyterLab shuts its kernels down on SIGTERM
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def run_all_cells(page, timeout_s: float = 300, start: bool = True) -> dict:
    """Run › Run All Cells in the current notebook (unless `start` is False: already started), and wait until the
    kernel is idle and no cell is queued or running. Returns the code cells' counts: total, unrun (never executed;
    JupyterLab stops at an error outside a `raises-exception` cell)."""
    if start:
        page.evaluate("() => { window.jupyterapp.commands.execute('notebook:run-all-cells'); }")
    deadline, quiet, started, first_unrun = time.monotonic() + timeout_s, 0, False, None
    while time.monotonic() < deadline:
        page.wait_for_timeout(500)
        state = page.evaluate("""() => {
            const panel = window.jupyterapp.shell.currentWidget;
            const cells = Array.from(panel.content.model.cells).filter(c => c.type === 'code');
            return {status: panel.sessionContext.kernelDisplayStatus, total: cells.length,
                    running: cells.filter(c => c.executionState === 'running').length,
                    unrun: cells.filter(c => c.executionCount === null).length};
        }""")
        first_unrun = state["unrun"] if first_unrun is None else first_unrun
        # The command is dispatched asynchronously: look for the end only once the run has visibly begun.
        started = started or state["running"] > 0 or state["unrun"] < first_unrun
        quiet = quiet + 1 if started and state["status"] == "idle" and state["running"] == 0 else 0
        if quiet >= 3:                  # idle for 1.5 s: nothing queued behind the last reply
            return state
    raise TimeoutError(f"notebook still running after {timeout_s} s")


def open_notebook(page, lab: Lab, name: str, timeout_ms: int = 120_000) -> None:
    """Open a notebook and wait until its kernel is up and idle."""
    page.goto(lab.url(name))
    page.wait_for_function("() => window.jupyterapp && window.jupyterapp.shell.currentWidget"
                           " && window.jupyterapp.shell.currentWidget.sessionContext"
                           " && window.jupyterapp.shell.currentWidget.sessionContext.kernelDisplayStatus === 'idle'",
                           timeout=timeout_ms)
