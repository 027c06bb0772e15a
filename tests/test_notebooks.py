"""Every narrative notebook executes headless on the `java` kernel (fast mode) and renders to HTML offline.

Fast mode (BROKERLAB_FAST=1) shortens run lengths, never the checks. Results the notebooks write go to
build/test-data/, so a test run never overwrites the committed artefacts in data/.
"""
import pytest

import nbrun

REPORT = nbrun.ROOT / "build" / "test-report"
DATA = nbrun.ROOT / "build" / "test-data"


@pytest.mark.parametrize("path", nbrun.notebook_paths(), ids=lambda p: p.stem)
def test_notebook_runs_without_error_and_shows_every_figure_offline(path):
    rendered = nbrun.render(path, REPORT, fast=True, data_dir=DATA)
    assert rendered.errors == [], f"{path.name} has error cells: {rendered.errors}"
    leaked = nbrun.leaked_values(rendered.notebook)
    assert leaked == [], f"{path.name} shows Java object dumps (end the cell with a statement, not printf): {leaked}"
    embedded = nbrun.embedded_pngs(rendered.html)
    assert embedded == rendered.png_outputs, (
        f"{path.name}: {rendered.png_outputs} PNG figures executed but {embedded} embedded in the HTML")
    if path.name != "00-index.ipynb":
        assert rendered.png_outputs > 0, f"{path.name} shows no figure"
