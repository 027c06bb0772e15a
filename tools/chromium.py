"""Debian's chromium, driven by Playwright: the one place that finds, installs and starts the browser.

Used by the browser tests (tests/browser.py wraps it as pytest fixtures) and by `make report-pdf`. Playwright's own
browser download (`playwright install`) cannot work on a closed network, so Playwright drives the system chromium
through `executable_path`. On a fresh machine it is not installed: `ensure()` installs it with apt when running as
root, and otherwise stops at once with the line to run.

    .venv/bin/python tools/chromium.py ensure     # what `make test` runs first
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

INSTALL_LINE = "sudo apt-get update && sudo apt-get install -y chromium"
MAC_INSTALL_LINE = "brew install --cask chromium"
CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser",
              "/Applications/Chromium.app/Contents/MacOS/Chromium"]
# Without these, headless chromium keeps trying hosts a closed network refuses (updates, sync, field trials), and a
# root user needs --no-sandbox. A fresh --user-data-dir per launch: no profile state carries over between runs.
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
VIEWPORT = {"width": 1280, "height": 900}


def find() -> str | None:
    override = os.environ.get("CHROMIUM")
    if override:
        return override if Path(override).is_file() else None
    for candidate in CANDIDATES:
        if Path(candidate).is_file():
            return candidate
    return shutil.which("chromium") or shutil.which("chromium-browser")


def missing_message() -> str:
    return ("chromium is not installed; the browser tests and the report PDF need it. Install it with:\n"
            f"    {INSTALL_LINE}\n(macOS: {MAC_INSTALL_LINE}; or set CHROMIUM to a Chromium/Chrome executable)")


def ensure() -> str:
    """The chromium executable, installed with apt if missing and this is root on Debian/Ubuntu."""
    found = find()
    if found:
        return found
    if os.name == "posix" and os.geteuid() == 0 and shutil.which("apt-get"):
        print("chromium is missing: installing it with apt-get (about 30 s)", file=sys.stderr, flush=True)
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        for command in (["apt-get", "update", "-qq"],
                        ["apt-get", "install", "-y", "-qq", "-o", "DPkg::Lock::Timeout=300", "chromium"]):
            if subprocess.run(command, env=env).returncode != 0:
                raise SystemExit(f"`{' '.join(command)}` failed.\n" + missing_message())
        found = find()
        if found:
            return found
    raise SystemExit(missing_message())


@contextmanager
def context(offline: bool = False):
    """A fresh headless browser context. `offline`: every request that is not file:, data: or blob: is refused,
    and the refused URLs are collected in `context.blocked` (a page that needs the network shows up there)."""
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 (only browser users need Playwright)

    executable = ensure()
    with tempfile.TemporaryDirectory(prefix="brokerlab-chromium-") as profile, sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(profile, executable_path=executable, headless=True, args=ARGS,
                                                   viewport=VIEWPORT, service_workers="block")
        ctx.blocked = []
        if offline:
            def route(r):
                url = r.request.url
                if url.startswith(("file:", "data:", "blob:")):
                    r.continue_()
                else:
                    ctx.blocked.append(url)
                    r.abort()
            ctx.route("**/*", route)
        try:
            yield ctx
        finally:
            ctx.close()


MATHJAX_DONE = """() => new Promise(resolve => {
    if (!window.MathJax || !window.MathJax.Hub) { resolve(false); return; }
    window.MathJax.Hub.Queue(() => resolve(true));
})"""


def wait_for_page(page, timeout_ms: int = 60_000) -> None:
    """Until MathJax has typeset every formula on the page (MathJax 2 runs its queue after loading)."""
    page.wait_for_load_state("load")
    page.wait_for_function("() => !document.querySelector('script[src*=\"MathJax\"]') || (window.MathJax && window.MathJax.Hub)",
                           timeout=timeout_ms)
    page.evaluate(MATHJAX_DONE)


def print_pdf(pages: list[Path], out_dir: Path) -> list[Path]:
    """Each HTML page printed to a PDF of its own name in `out_dir`, offline, formulas typeset: no TeX needed."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with context(offline=True) as ctx:
        page = ctx.new_page()
        for html in pages:
            page.goto(html.resolve().as_uri())
            wait_for_page(page)
            target = out_dir / (html.stem + ".pdf")
            page.pdf(path=str(target), format="A4", print_background=True,
                     margin={"top": "12mm", "bottom": "12mm", "left": "10mm", "right": "10mm"})
            written.append(target)
    return written


def main() -> int:
    if sys.argv[1:] == ["ensure"]:
        print(f"chromium: {ensure()}")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
