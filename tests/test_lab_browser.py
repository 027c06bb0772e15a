"""A reader's session in a real browser: JupyterLab on loopback, a notebook run with Run All Cells, saved.

What a reader must see: HTML tables (not text dumps), a progress bar that runs and turns into a summary, no error
output, interactive figures drawn without any network; and what git must see afterwards: nothing (opening leaves the
notebook unmodified; saving it with outputs is hidden by the clean filter, tools/nbclean.py).
"""
import json
import subprocess
import urllib.request
from contextlib import contextmanager, suppress

import nbformat
import pytest

import nbclean
import nbrun
from browser import browser_context, chromium_executable, jupyterlab, open_notebook, run_all_cells  # noqa: F401

# Short in fast mode (about 30 s), with two result tables and a progress bar (the sweep, cells 11 and 13).
NOTEBOOK = "01-the-lie.ipynb"
# The notebook with the reality-gap map (an interactive heatmap), about 15 s in fast mode.
INTERACTIVE = "11-reality-gap-explorer.ipynb"


def git_status(*paths) -> str:
    return subprocess.run(["git", "status", "--porcelain", "--", *map(str, paths)], cwd=nbrun.ROOT,
                          capture_output=True, text=True, check=True).stdout


def stored_blob(path) -> str:
    """The object id git would store for the file now (through the clean filter)."""
    rel = str(path.relative_to(nbrun.ROOT))
    return subprocess.run(["git", "hash-object", f"--path={rel}", rel], cwd=nbrun.ROOT, capture_output=True, text=True,
                          check=True).stdout.strip()


def filter_registered() -> bool:
    return subprocess.run(["git", "config", "--get", f"filter.{nbclean.FILTER}.clean"], cwd=nbrun.ROOT,
                          capture_output=True, text=True).returncode == 0


@contextmanager
def restored(path):
    """The notebook file as it was, and no checkpoint JupyterLab made of it (it makes one on opening), afterwards."""
    checkpoint = path.parent / ".ipynb_checkpoints" / f"{path.stem}-checkpoint.ipynb"
    had_checkpoint, original = checkpoint.exists(), path.read_bytes()
    try:
        yield
    finally:
        path.write_bytes(original)
        nbclean.post_save(os_path=str(path))        # as the server does after a save: git re-reads it
        if not had_checkpoint:
            checkpoint.unlink(missing_ok=True)
            with suppress(OSError):
                checkpoint.parent.rmdir()      # only if empty


def panel(page, expression: str):
    return page.evaluate(f"() => {{ const panel = window.jupyterapp.shell.currentWidget; return {expression}; }}")


def test_a_notebook_runs_in_jupyterlab_with_tables_a_progress_bar_and_no_error_and_git_stays_clean(
        browser_context, jupyterlab):
    assert filter_registered(), "the notebook git filter is not registered: run `make setup`"
    path = nbrun.NOTEBOOKS / NOTEBOOK
    nbclean.post_save(os_path=str(path))           # git's cached size of the file is current before we start
    before, notebook_before, blob = git_status(), git_status(path), stored_blob(path)
    page = browser_context.new_page()
    with restored(path):
        open_notebook(page, jupyterlab, NOTEBOOK)
        language_info = panel(page, "panel.sessionContext.session.kernel.info.then(i => i.language_info)")
        if language_info == nbclean.LANGUAGE_INFO:      # on the reference JDK, opening must not modify the notebook
            assert panel(page, "panel.context.model.dirty") is False, "opening the notebook marked it modified"
        page.evaluate("() => { window.jupyterapp.commands.execute('notebook:run-all-cells'); }")
        page.wait_for_selector(".jp-OutputArea-output progress", timeout=120_000)    # the bar appears while it runs
        state = run_all_cells(page, start=False)
        assert state["unrun"] == 0, f"Run All stopped early: {state}"
        assert page.locator(".jp-OutputArea-output progress").count() == 0, "a progress bar was left behind"
        summary = page.locator(".jp-OutputArea-output .bl-progress-done").all_text_contents()
        assert any("sweep: 11 of 11 done in" in s for s in summary), f"no progress summary: {summary}"
        tables = page.locator(".jp-OutputArea-output div.bl-table table")
        assert tables.count() >= 2, "result tables should render as HTML tables"
        assert tables.first.locator("tbody tr").count() == 11, "the sweep table has one row per load"
        page.evaluate("() => window.jupyterapp.commands.execute('docmanager:save')")
        page.wait_for_function("() => !window.jupyterapp.shell.currentWidget.context.model.dirty", timeout=30_000)
        saved = nbformat.read(path, as_version=4)
        assert sum(len(c.get("outputs", [])) for c in saved.cells if c.cell_type == "code") > 10, "outputs not saved"
        assert nbrun.error_outputs(saved) == [], nbrun.error_outputs(saved)
        assert stored_blob(path) == blob, "git would store the saved notebook differently (outputs, metadata)"
        assert git_status(path) == notebook_before, "saving the notebook with its outputs changed its `git status`"
        assert git_status() == before, "saving the notebook with its outputs changed `git status`"
        page.close()


def test_the_index_opens_as_a_rendered_page_without_a_kernel(browser_context, jupyterlab):
    page = browser_context.new_page()
    page.goto(jupyterlab.url("00-index.md"))
    page.wait_for_selector(".jp-RenderedMarkdown table a[href*='13-inside-the-broker']", timeout=60_000)
    rows = page.locator(".jp-RenderedMarkdown table tbody tr")
    assert rows.count() == len(nbrun.notebook_paths()), "one numbered row per notebook"
    with urllib.request.urlopen(f"{jupyterlab.base}/api/sessions?token={jupyterlab.token}", timeout=30) as response:
        sessions = json.loads(response.read())
    assert [s["path"] for s in sessions if s["path"].endswith("00-index.md")] == [], "the index started a kernel"
    page.close()


def test_an_interactive_figure_draws_in_jupyterlab_without_the_network(browser_context, jupyterlab):
    refused = []

    def only_loopback(route):
        if route.request.url.startswith((jupyterlab.base, "data:", "blob:")):
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()
    browser_context.route("**/*", only_loopback)
    page = browser_context.new_page()
    with restored(nbrun.NOTEBOOKS / INTERACTIVE):        # JupyterLab may autosave while it runs
        open_notebook(page, jupyterlab, INTERACTIVE)
        assert run_all_cells(page)["unrun"] == 0
        page.wait_for_selector(".bl-plotly .main-svg", timeout=30_000)
        cells = page.locator(".bl-plotly .main-svg .heatmaplayer")
        assert cells.count() >= 1, "the reality-gap map should be drawn by plotly.js"
        scripts = page.evaluate("() => [...document.scripts].filter(s => s.src).map(s => s.src)")
        assert not [s for s in scripts if not s.startswith(jupyterlab.base)], scripts
        # The Binder badge in the navigation is an image on mybinder.org; nothing else may leave the machine.
        assert [u for u in refused if "mybinder.org/badge_logo.svg" not in u] == []
        page.close()
