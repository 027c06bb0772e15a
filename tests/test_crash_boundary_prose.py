"""Notebook 02's prose about where the 20x line lies must agree with the committed tables it describes.

The Findings of 02 are rendered from the data when the notebook runs, but the markdown that introduces the boundary
study states numbers in words, and nothing re-renders those: this test reads them from the stored notebook and checks
them against data/crash-ratios.csv (the coarse grid the prose calls "the grid above") and data/crash-boundary.csv
(the finer boundary study). The crossing is computed here independently of the notebook's Java code, with the rule
the notebook states: interpolate linearly in log ratio between the last alpha at or above the level and the first
below it.
"""
import csv
import json
import math
import re

import nbrun

NOTEBOOK = nbrun.NOTEBOOKS / "02-the-crash.ipynb"
DATA = nbrun.ROOT / "data"
METRICS = ("p99_response", "p999_response")
LEVEL = 20.0


def _rows(name):
    with open(DATA / name, newline="") as f:
        return list(csv.DictReader(f))


def _boundary_cell():
    cells = json.loads(NOTEBOOK.read_text())["cells"]
    found = ["".join(c["source"]) for c in cells
             if c["cell_type"] == "markdown" and "Where the 20× and 50× lines lie" in "".join(c["source"])]
    assert len(found) == 1, "02 has no single markdown cell titled 'Where the 20× and 50× lines lie'"
    return " ".join(found[0].split())   # the prose, line breaks folded


def _crossing(points, level):
    """The alpha at which a ratio falls through level, from (alpha, ratio) pairs; None if the smallest alpha is below it."""
    points = sorted(points)
    if points[0][1] < level:
        return None
    for (a0, r0), (a1, r1) in zip(points, points[1:]):
        if r1 < level:
            return a0 + (a1 - a0) * math.log(r0 / level) / math.log(r0 / r1)
    return math.inf


def test_the_coarse_grids_20x_line_lies_between_the_two_tail_indices_the_prose_names():
    prose = _boundary_cell()
    m = re.search(r"the 20× line lies somewhere between α = (\d+(?:\.\d+)?) and α = (\d+(?:\.\d+)?)", prose)
    assert m, "02's boundary prose no longer names the coarse-grid bracket; update this test with the prose"
    low, high = float(m.group(1)), float(m.group(2))
    lomax = [r for r in _rows("crash-ratios.csv") if r["service"].startswith("lomax")]
    alphas = sorted({float(r["tail_index"]) for r in lomax})
    assert low in alphas and high in alphas and alphas.index(high) == alphas.index(low) + 1, (
        f"α = {low} and {high} are not neighbours on the coarse Lomax grid {alphas}")
    reaches = {float(r["tail_index"]) for r in lomax for m_ in METRICS if float(r[m_ + "_ratio"]) >= LEVEL}
    assert low in reaches, f"no p99 or p99.9 ratio reaches 20x at α = {low} in crash-ratios.csv"
    assert max(reaches) < high, f"a ratio reaches 20x at α = {max(reaches)} ≥ {high} in crash-ratios.csv"


def test_the_refined_p999_crossing_the_prose_quotes_matches_the_boundary_study():
    prose = _boundary_cell()
    m = re.search(r"at ρ = (\d+(?:\.\d+)?) its p99\.9 ratio crosses 20× only at α ≈ (\d+(?:\.\d+)?), "
                  r"just past the coarse grid's (\d+(?:\.\d+)?)",
                  prose)
    assert m, "02's boundary prose no longer quotes the refined p99.9 crossing; update this test with the prose"
    rho, stated, coarse = float(m.group(1)), m.group(2), float(m.group(3))
    rows = [r for r in _rows("crash-boundary.csv") if float(r["rho"]) == rho]
    assert rows, f"crash-boundary.csv has no rows at ρ = {rho}"
    crossing = _crossing([(float(r["alpha"]), float(r["p999_response_ratio"])) for r in rows], LEVEL)
    assert crossing is not None and math.isfinite(crossing)
    decimals = len(stated.split(".")[1]) if "." in stated else 0
    assert f"{crossing:.{decimals}f}" == stated, f"the data put the crossing at α = {crossing:.4f}, the prose says {stated}"
    assert crossing > coarse, f"the prose says the crossing is past {coarse}, the data put it at {crossing:.4f}"


def test_the_boundary_table_is_a_full_grid_with_every_ratio_inside_its_interval():
    # The Findings sentences of 02 walk this table load by load; a regenerated table with a missing grid point or an
    # estimate outside its own interval would make them wrong without failing the notebook.
    rows = _rows("crash-boundary.csv")
    rhos = sorted({float(r["rho"]) for r in rows})
    alphas = sorted({float(r["alpha"]) for r in rows})
    assert len(rows) == len(rhos) * len(alphas), "crash-boundary.csv is not a full alpha x rho grid"
    for rho in rhos:
        for metric in METRICS:
            for r in rows:
                if float(r["rho"]) == rho:
                    lo, mid, hi = (float(r[metric + s]) for s in ("_lo", "_ratio", "_hi"))
                    assert lo <= mid <= hi, f"{metric} at α = {r['alpha']}, ρ = {rho}: {lo} ≤ {mid} ≤ {hi} fails"
