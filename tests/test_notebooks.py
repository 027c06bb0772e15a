"""Every narrative notebook executes headless on the `java` kernel (fast mode) and renders to HTML offline.

Fast mode (BROKERLAB_FAST=1) shortens run lengths, never the checks. Results the notebooks write go to
build/test-data/, so a test run never overwrites the committed artefacts in data/. Runs are headless
(BROKERLAB_HEADLESS=1): no progress bars in the rendered pages.
"""
import os
from pathlib import Path

import pytest
from jupyter_client.manager import start_new_kernel

import nbclean
import nbrun

REPORT = nbrun.ROOT / "build" / "test-report"
DATA = nbrun.ROOT / "build" / "test-data"
# Characters a plain-text output line may hold before JupyterLab wraps it. Measured in chromium (JupyterLab 4.6,
# default theme, file browser open): 108 characters of the 13 px code font at a 1280 px wide window, 119 at 1366,
# 190 at 1920; 100 leaves room for a scroll bar.
TEXT_WIDTH = 100
# Notebooks that still print lines wider than TEXT_WIDTH (printf pseudo-tables, long sentences): to be turned into
# tables (brokerlab.display.Rows) or shorter lines. The test below fails when one of them gets clean, so the list
# only shrinks; any other notebook must stay within the width.
WIDE_OUTPUT_PENDING: set[str] = set()
# Notebooks without a "What we found": the index-like reference (12), the live tools (15), the Spark how-to (17).
NO_FINDINGS = {"12-equations", "15-control-center", "17-sweeps-on-spark"}
# Absolute paths of this machine that must never appear in an output a reader sees.
MACHINE_PATHS = [str(nbrun.ROOT), os.path.expanduser("~") + "/"]


@pytest.mark.parametrize("path", nbrun.notebook_paths(), ids=lambda p: p.stem)
def test_notebook_runs_without_error_and_shows_every_figure_offline(path):
    rendered = nbrun.render(path, REPORT, fast=True, data_dir=DATA)
    assert rendered.errors == [], f"{path.name} has error cells: {rendered.errors}"
    leaked = nbrun.leaked_values(rendered.notebook)
    assert leaked == [], f"{path.name} shows Java object dumps (end the cell with a statement, not printf): {leaked}"
    embedded = nbrun.embedded_pngs(rendered.html)
    assert embedded == rendered.png_outputs, (
        f"{path.name}: {rendered.png_outputs} PNG figures executed but {embedded} embedded in the HTML")
    assert rendered.png_outputs > 0, f"{path.name} shows no figure"
    texts = nbrun.output_texts(rendered.notebook)
    exposed = [f"cell {i}: …{t[t.find(p) - 20:t.find(p) + 60]}…" for i, t in texts for p in MACHINE_PATHS if p in t]
    assert exposed == [], f"{path.name} prints an absolute path of this machine: {exposed}"
    assert not [i for i, t in texts if "<progress" in t], f"{path.name}: a progress bar in a headless run"
    assert "https://cdnjs" not in rendered.html and "require.min.js" not in rendered.html
    plotly_copies = rendered.html.count("plotly.js, from the installed plotly package")
    assert plotly_copies == (1 if 'id="bl-plot-' in rendered.html else 0), "plotly.js embedded once per notebook"
    if path.stem not in NO_FINDINGS:
        found = [t for t in nbrun.markdown_outputs(rendered.notebook) if "What we found" in t]
        assert found, (f"{path.name}: no 'What we found' rendered from computed values "
                       "(end the notebook with a cell building brokerlab.notebook.Findings)")
        bullets = [line for line in found[-1].splitlines() if line.startswith("* ")]
        assert bullets and all(any(ch.isdigit() for ch in b) for b in bullets), (
            f"{path.name}: every finding states its numbers: {bullets}")
    wide = nbrun.wide_lines(rendered.notebook, TEXT_WIDTH)
    if path.stem in WIDE_OUTPUT_PENDING:
        assert wide, f"{path.stem} no longer prints wide lines: remove it from WIDE_OUTPUT_PENDING"
    else:
        assert wide == [], f"{path.name}: lines JupyterLab wraps (make them a table, brokerlab.display.Rows): {wide}"


def test_tables_render_as_html_tables():
    # 01's sweep ends a cell with a Tablesaw table: the engine's JJava extension shows it as an HTML table.
    html = (REPORT / "01-the-lie.html").read_text(encoding="utf-8") if (REPORT / "01-the-lie.html").is_file() else \
        nbrun.render(nbrun.NOTEBOOKS / "01-the-lie.ipynb", REPORT, fast=True, data_dir=DATA).html
    assert html.count('<div class="bl-table"><table>') >= 2


def test_stored_language_info_is_what_the_kernel_reports():
    # JupyterLab writes the kernel's language_info into an opened notebook and marks it modified when it differs.
    km, kc = start_new_kernel(kernel_name=nbrun.KERNEL)
    try:
        reported = kc.kernel_info(reply=True, timeout=60)["content"]["language_info"]
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    stored = dict(nbclean.LANGUAGE_INFO)
    assert {k: v for k, v in reported.items() if k != "version"} == {k: v for k, v in stored.items() if k != "version"}
    if not reported["version"] == stored["version"]:
        pytest.skip(f"this JDK ({reported['version']}) is not the reference one ({stored['version']}); "
                    "JupyterLab marks notebooks modified on open here, the git filter still keeps git status clean")


# Full mode's longest computation, read from data/ while the committed run had the notebook's parameters and seed.
FULL_MODE_REUSE = [("01-the-lie", [("PAPER_FROM_DATA", "li2015-delivery-time")]),
                   ("02-the-crash", [("RATIOS_FROM_DATA", "crash-ratios"), ("RUN_LENGTHS_FROM_DATA", "crash-run-length")]),
                   ("04-the-blast-radius", [("TIP_FROM_DATA", "blast-radius-retry-tipping")]),
                   ("06-scaling-out", [("NODES_FROM_DATA", "scaling-out-nodes")]),
                   ("08-consensus-under-faults", [("SAFETY_FROM_DATA", "raft-paxos-safety"),
                                                  ("FAILOVERS_FROM_DATA", "pubsub-failover"),
                                                  ("SESSIONS_FROM_DATA", "pubsub-session-timeout")])]


@pytest.mark.parametrize("stem,reused", FULL_MODE_REUSE, ids=[r[0] for r in FULL_MODE_REUSE])
def test_full_mode_reads_its_longest_tables_from_data_while_the_committed_run_matches(stem, reused):
    # 01's base-paper points (about a minute of simulation), 02's ratio grid and run-length study (30 s and 11 s),
    # 04's tipping-point sweep (24 s), 06's node sweep (14 s) and 08's random-fault safety record and pub/sub sweeps
    # (4-5 s each) are read from data/ when the table's .meta.json
    # records the notebook's parameters and seed. This fails when someone changes them without `make data NOTEBOOKS="NN"`, which is what
    # keeps the reused table the one the notebook would compute.
    nb = nbrun.execute(nbrun.NOTEBOOKS / f"{stem}.ipynb", fast=False, data_dir=DATA)
    assert nbrun.error_outputs(nb) == []
    for flag, table in reused:
        printed = "".join(out.get("text", "") for cell in nb.cells if cell.cell_type == "code" and flag in cell.source
                          for out in cell.get("outputs", []) if out.get("output_type") == "stream")
        assert f"read from data/{table}.csv" in printed, \
            f"{stem} in full mode simulated {table} again: data/ is stale, run make data NOTEBOOKS=\"{stem[:2]}\"\n{printed}"
