"""Notebook housekeeping: `nav` (navigation, index, metadata), `strip` (stored form), `report` (HTML, PDF).

    .venv/bin/python tools/notebooks.py nav      # after adding or renaming a notebook
    .venv/bin/python tools/notebooks.py strip    # the stored form (git's clean filter does the same on commit)
    .venv/bin/python tools/notebooks.py report --out build/report [--fast] [--data data]
    .venv/bin/python tools/notebooks.py pdf --out build/report     # one PDF per page, with chromium, no TeX

The index is `notebooks/00-index.md`, a page without a kernel (JupyterLab opens Markdown rendered; GitHub too).
The Binder links come from one setting, `binder/repository.json`.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parent))
import nbclean  # noqa: E402
import nbrun  # noqa: E402

NAV_MARK = "<!-- brokerlab:nav -->"
INDEX_MARK, INDEX_END = "<!-- brokerlab:index -->", "<!-- /brokerlab:index -->"
INDEX = nbrun.NOTEBOOKS / "00-index.md"
BINDER_SETTING = nbrun.ROOT / "binder" / "repository.json"
SETUP_LINE = "%classpath ../lib/target/classpath/*"


def binder_url(name: str) -> str:
    """mybinder.org link opening `notebooks/<name>` in JupyterLab, for the repository in binder/repository.json."""
    setting = json.loads(BINDER_SETTING.read_text())
    return (f"https://mybinder.org/v2/gh/{setting['repository']}/{setting['ref']}"
            f"?urlpath=lab/tree/notebooks/{name}")


def binder_badge(name: str) -> str:
    return f"[![Binder](https://mybinder.org/badge_logo.svg)]({binder_url(name)})"


def number_of(path: Path) -> str:
    return path.name[:2]


def title_of(nb) -> str:
    """The notebook's H1, without a leading number (the index and the navigation add it from the file name)."""
    for cell in nb.cells:
        if cell.cell_type == "markdown" and NAV_MARK not in cell.source:
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return re.sub(r"^\d\d\s*·\s*", "", line[2:].strip())
    return "Untitled"


def short_title(title: str) -> str:
    """The part before the subtitle: "The Trap" of "The Trap: legacy hardware behind a load balancer"."""
    return re.split(r":\s|\s—\s", title, maxsplit=1)[0]


def summary_of(nb) -> str:
    """The first sentence after the title: each notebook's first paragraph states its question."""
    for cell in nb.cells:
        if cell.cell_type == "markdown" and NAV_MARK not in cell.source and cell.source.startswith("# "):
            body = " ".join(cell.source.split("\n", 1)[1].split()) if "\n" in cell.source else ""
            match = re.search(r"[.?!](\s|$)", body)
            return body[: match.end()].strip() if match else body
    return ""


# Each notebook's run-time line comes from the committed timings of one `make bench` run (bench/notebooks.py --record):
# issue 20's budgets, and where a notebook is over one, why, and where its full-length results are kept.
TIMES = nbrun.ROOT / "data" / "notebook-times.csv"
FAST_BUDGET_S, FULL_BUDGET_S = 8, 30
CHEAP_BUDGET_S = {"12": 5}          # a notebook of cheap cells only
REAL_TIME = {"14": "it loads real Valkey and ActiveMQ brokers for fixed wall-clock periods",
             "18": "it loads real REST and gRPC servers for fixed wall-clock periods"}


def run_times() -> tuple[dict, dict]:
    """(notebook, mode) -> (wall seconds, runs, day measured, CPU split), and the table's metadata; empty before the
    first recorded bench run. A row without a date was measured before the table's creation day. The CPU split is
    (JShell compiling, the cells' code, the JIT compiler) in CPU seconds, or None for a row measured without it."""
    if not TIMES.is_file():
        return {}, {}
    meta = json.loads(TIMES.with_suffix(".meta.json").read_text(encoding="utf-8"))

    def split(r: dict):
        values = [r.get(k) or "" for k in ("compile_cpu_s", "cells_cpu_s", "jit_cpu_s")]
        return tuple(float(v) for v in values) if all(values) else None

    with TIMES.open(encoding="utf-8") as f:
        times = {(r["notebook"], r["mode"]): (float(r["wall_s"]), int(r["runs"]), r.get("date") or meta["created_utc"][:10],
                                              split(r))
                 for r in csv.DictReader(f)}
    return times, meta


def has_committed_results(path: Path) -> bool:
    data = nbrun.ROOT / "data"
    return any(path.stem in json.loads(meta.read_text(encoding="utf-8")).get("producer", "")
               for meta in [*data.glob("*.meta.json"), *data.glob("runs/*.json")])


def run_time_line(path: Path, nb) -> str:
    times, meta = run_times()
    if (path.stem, "fast") not in times:
        return ""

    def timed(mode: str) -> str:
        seconds, runs, _, _ = times[(path.stem, mode)]
        return f"{mode} mode {seconds:.1f} s" + (f" (median of {runs} runs)" if runs > 1 else "")

    fast = times[(path.stem, "fast")][0]
    full = times[(path.stem, "full")][0] if (path.stem, "full") in times else None
    n, par = number_of(path), meta["parameters"]
    cells = sum(1 for c in nb.cells if c.cell_type == "code")
    cores = par["machine"].split(",")[0].replace(" cores", "-core")
    days = " and ".join(sorted({times[(path.stem, m)][2] for m in ("fast", "full") if (path.stem, m) in times}))
    line = (f"*Run time* (`make bench`, {cores} build machine, {days}): {timed('fast')}"
            + (f", {timed('full')}." if full is not None else "; full mode not timed by the bench."))
    budget = CHEAP_BUDGET_S.get(n, FAST_BUDGET_S)
    if fast > budget:
        fixed = par["kernel_start_s"] + par["kernel_engine_cell_s"] + par["kernel_shutdown_s"]
        why = REAL_TIME.get(n) or (f"about {fixed:.1f} s of it is the Java kernel itself (start, loading the engine, "
                                   f"shutdown), the rest JShell compiling its {cells} code cells and running them")
        cpu = times[(path.stem, "fast")][3]
        if n not in REAL_TIME and cpu is not None:
            # The shell thread's CPU time also holds the engine cell's class path loading, so only start and shutdown
            # are counted apart; JShell's compiling and the cells' code take turns, the JIT compiler runs beside them.
            compiling, own, jit = cpu
            why = (f"about {par['kernel_start_s'] + par['kernel_shutdown_s']:.1f} s of it is the Java kernel's start and "
                   f"shutdown, {compiling:.1f} s loading the engine, JShell compiling its {cells} code cells and showing "
                   f"their output (the CPU time of the kernel's shell thread, during which no cell runs) and the rest "
                   f"running them; the "
                   f"cells' code used {own:.1f} CPU-s and the JIT compiler {jit:.1f} CPU-s of the {cores.split('-')[0]} cores")
        line += f" Over the {budget} s fast-mode budget: {why}."
    cached = has_committed_results(path)
    if any("NotebookEnv.committedRunMatches(" in c.source for c in nb.cells if c.cell_type == "code"):
        line += (" Full mode reads its longest computation from `data/` while the committed run had the same parameters"
                 f" and seed (`make data NOTEBOOKS=\"{n}\"` computes it again).")
    if full is not None and full > FULL_BUDGET_S:
        line += f" Over the {FULL_BUDGET_S} s full-mode budget" + (":" if cached else ", and not cached.")
    if cached and (full is None or full > FULL_BUDGET_S):
        line += (f" {'its' if full is not None else 'Its'} full-length results are committed in `data/`, and "
                 f"`make data NOTEBOOKS=\"{n}\"` recomputes them.")
    return line


def nav_cell(paths: list[Path], i: int, titles: list[str], nb=None) -> str:
    def link(j: int, arrow_left: bool) -> str:
        text = f"{number_of(paths[j])} · {short_title(titles[j])}"
        return f"[← {text}]({paths[j].name})" if arrow_left else f"[{text} →]({paths[j].name})"
    parts = ([link(i - 1, True)] if i > 0 else []) + [f"[Index]({INDEX.name})"] + \
            ([link(i + 1, False)] if i + 1 < len(paths) else [])
    nav = f"{NAV_MARK}\n*BrokerLab* · " + " · ".join(parts) + " · " + binder_badge(paths[i].name)
    times = run_time_line(paths[i], nb) if nb is not None else ""
    return nav + ("\n\n" + times if times else "")


def index_table(paths: list[Path], notebooks, titles: list[str]) -> str:
    rows = [f"| {number_of(p)} | [{t}]({p.name}) | {summary_of(nb)} |" for p, nb, t in zip(paths, notebooks, titles)]
    return "\n".join([INDEX_MARK, "| # | notebook | what it asks |", "|---|---|---|", *rows, INDEX_END])


def write_index(paths: list[Path], notebooks, titles: list[str]) -> None:
    text = INDEX.read_text(encoding="utf-8")
    start, end = text.index(INDEX_MARK), text.index(INDEX_END) + len(INDEX_END)
    text = text[:start] + index_table(paths, notebooks, titles) + text[end:]
    first = f"[Start: {number_of(paths[0])} · {short_title(titles[0])} →]({paths[0].name})"
    nav = f"{NAV_MARK}\n*BrokerLab* · {first} · {binder_badge(INDEX.name)}"
    if text.startswith(NAV_MARK):
        text = text.split("\n", 2)[2] if text.split("\n")[1].startswith("*BrokerLab*") else text[len(NAV_MARK):]
    text = nav + "\n\n" + text.lstrip("\n")
    INDEX.write_text(text, encoding="utf-8")


def hide_setup_cell(nb) -> None:
    """The engine-loading cell: collapsed in JupyterLab (a bar to click open), removed from the report."""
    for cell in nb.cells:
        if cell.cell_type == "code":
            if cell.source.startswith(SETUP_LINE):
                cell.metadata.setdefault("jupyter", {})["source_hidden"] = True
                tags = cell.metadata.setdefault("tags", [])
                if "remove-cell" not in tags:
                    tags.append("remove-cell")
            return


def write(nb, path: Path) -> None:
    """In the stored form (tools/nbclean.py): what git's clean filter would make of it, byte for byte."""
    path.write_text(nbclean.clean_text(nbformat.writes(nb)), encoding="utf-8")


def cmd_nav(_args) -> int:
    paths = nbrun.notebook_paths()
    notebooks = [nbformat.read(p, as_version=4) for p in paths]
    titles = [title_of(nb) for nb in notebooks]
    for i, (path, nb) in enumerate(zip(paths, notebooks)):
        for cell in nb.cells:
            if cell.cell_type == "markdown":
                cell.source = cell.source.replace("(00-index.ipynb)", f"({INDEX.name})")
        source = nav_cell(paths, i, titles, nb)
        if nb.cells and NAV_MARK in nb.cells[0].source:
            nb.cells[0].source = source
        else:
            nb.cells.insert(0, nbformat.v4.new_markdown_cell(source))
        hide_setup_cell(nb)
        write(nb, path)
    write_index(paths, notebooks, titles)
    print(f"navigation written for {len(paths)} notebooks and {INDEX.name}")
    return 0


def cmd_strip(args) -> int:
    paths = [Path(p) for p in args.paths] or nbrun.notebook_paths() + sorted(nbrun.NOTEBOOKS.glob("assignments/**/*.ipynb"))
    for path in paths:
        path.write_text(nbclean.clean_text(path.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"stripped {len(paths)} notebooks")
    return 0


def cmd_report(args) -> int:
    out = Path(args.out)
    data = (nbrun.ROOT / args.data) if args.data else None
    failures = 0
    chosen = [p for p in nbrun.notebook_paths() if not args.only or any(p.stem.startswith(o) for o in args.only)]
    if args.only and not chosen:
        print(f"no notebook starts with {' or '.join(args.only)} (e.g. 01 or 01-the-lie)", file=sys.stderr)
        return 2
    for path in chosen:
        started = time.monotonic()
        rendered = nbrun.render(path, out, fast=args.fast, data_dir=data)
        seconds = time.monotonic() - started
        status = "ok" if not rendered.errors else "ERRORS: " + "; ".join(rendered.errors)
        failures += bool(rendered.errors)
        print(f"{path.name}: {rendered.png_outputs} figures, {seconds:.0f} s -> {nbrun.shown(out / (path.stem + '.html'))} [{status}]",
              flush=True)
    nbrun.render_markdown_page(INDEX, out / "index.html", "BrokerLab: the notebooks")
    print(f"report: {nbrun.shown(out / 'index.html')}")
    return 1 if failures else 0


def cmd_pdf(args) -> int:
    import chromium  # noqa: PLC0415 (only this command needs a browser)

    out = Path(args.out)
    pages = [out / "index.html"] + [out / (p.stem + ".html") for p in nbrun.notebook_paths()]
    missing = [nbrun.shown(p) for p in pages if not p.is_file()]
    if missing:
        print(f"no HTML to print: {', '.join(missing)}; run `make report` first", file=sys.stderr)
        return 2
    for pdf in chromium.print_pdf(pages, out / "pdf"):
        print(f"pdf: {nbrun.shown(pdf)}", flush=True)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("nav").set_defaults(func=cmd_nav)
    s = sub.add_parser("strip")
    s.add_argument("paths", nargs="*")
    s.set_defaults(func=cmd_strip)
    r = sub.add_parser("report")
    r.add_argument("--out", default="build/report")
    r.add_argument("--fast", action="store_true", help="short run lengths (as in the tests)")
    r.add_argument("--data", default=None,
                   help="folder (relative to the project) for the result tables; default build/data, `make data` uses data")
    r.add_argument("only", nargs="*", help="notebooks to render, by name or number prefix (default: all)")
    r.set_defaults(func=cmd_report)
    p = sub.add_parser("pdf", help="print the report's pages to PDFs with chromium (no TeX)")
    p.add_argument("--out", default="build/report")
    p.set_defaults(func=cmd_pdf)
    args = parser.parse_args()
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
