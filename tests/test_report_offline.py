"""The HTML report reads with the network off: formulas typeset by the local MathJax, every figure shown.

Opens pages of build/test-report/ (written by test_notebooks.py; rendered here if missing) in headless chromium with
every request that leaves the disk refused.
"""
import pytest

import chromium
import nbrun
from browser import chromium_executable, offline_context  # noqa: F401

REPORT = nbrun.ROOT / "build" / "test-report"
DATA = nbrun.ROOT / "build" / "test-data"
# The formula sheet (191 formulas) and the notebook with an interactive figure.
PAGES = ["12-equations", "11-reality-gap-explorer"]


def page_file(stem: str):
    html = REPORT / f"{stem}.html"
    if not html.is_file() or nbrun.MATHJAX_URL not in html.read_text(encoding="utf-8"):
        nbrun.render(nbrun.NOTEBOOKS / f"{stem}.ipynb", REPORT, fast=True, data_dir=DATA)
    return html


@pytest.mark.parametrize("stem", PAGES)
def test_a_report_page_renders_every_formula_and_figure_offline(offline_context, stem):
    page = offline_context.new_page()
    page.goto(page_file(stem).as_uri())
    chromium.wait_for_page(page)
    page.wait_for_function("() => [...document.images].every(i => i.complete)")
    markdown = page.locator(".jp-RenderedMarkdown").all_inner_texts()
    raw = [t for t in markdown if "$$" in t or "\\frac" in t or "\\lambda" in t]
    assert raw == [], f"untypeset math in {stem}: {raw[0][:200]}"
    if stem == "12-equations":
        assert page.locator(".MathJax, .MathJax_Display").count() > 100, "MathJax did not typeset the formulas"
    images = page.evaluate("() => [...document.images].map(i => [i.alt, i.naturalWidth])")
    assert images and all(width > 0 for _, width in images), f"a figure did not load: {images}"
    plots = page.locator(".bl-plotly")
    assert plots.count() == (1 if stem == "11-reality-gap-explorer" else 0)
    for i in range(plots.count()):
        assert plots.nth(i).locator(".main-svg").count() > 0, "an interactive figure was not drawn"
    assert offline_context.blocked == [], f"the page tried to reach the network: {offline_context.blocked}"
