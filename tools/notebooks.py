"""Notebook housekeeping: `nav` (navigation header + kernel metadata), `strip` (drop outputs), `report` (HTML).

    .venv/bin/python tools/notebooks.py nav      # after adding or renaming a notebook
    .venv/bin/python tools/notebooks.py strip    # before committing: notebooks are stored without outputs
    .venv/bin/python tools/notebooks.py report --out build/report
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parent))
import nbrun  # noqa: E402

KERNELSPEC = {"name": "java", "display_name": "Java (BrokerLab)", "language": "java"}
LANGUAGE_INFO = {"name": "java", "file_extension": ".jshell", "mimetype": "text/x-java-source"}
NAV_MARK = "<!-- brokerlab:nav -->"
BINDER = "https://mybinder.org/v2/gh/brokerlab/brokerlab/main?urlpath=lab/tree/notebooks/"


def title_of(nb) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown" and NAV_MARK not in cell.source:
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return "Untitled"


def nav_cell(paths: list[Path], i: int, titles: list[str]) -> str:
    prev = f"[← {titles[i - 1]}]({paths[i - 1].name})" if i > 0 else ""
    nxt = f"[{titles[i + 1]} →]({paths[i + 1].name})" if i + 1 < len(paths) else ""
    index = "[Index](00-index.ipynb)" if paths[i].name != "00-index.ipynb" else "Index"
    links = " | ".join(x for x in (prev, index, nxt) if x)
    return (f"{NAV_MARK}\n*BrokerLab* · {links} · "
            f"[![Binder](https://mybinder.org/badge_logo.svg)]({BINDER}{paths[i].name})")


INDEX_MARK = "<!-- brokerlab:index -->"


def summary_of(nb) -> str:
    """The first sentence after the title: each notebook's first paragraph states its question."""
    for cell in nb.cells:
        if cell.cell_type == "markdown" and NAV_MARK not in cell.source and cell.source.startswith("# "):
            body = " ".join(cell.source.split("\n", 1)[1].split()) if "\n" in cell.source else ""
            end = body.find(". ")
            return body[: end + 1] if end > 0 else body
    return ""


def index_table(paths: list[Path], notebooks, titles: list[str]) -> str:
    rows = [f"| [{t}]({p.name}) | {summary_of(nb)} |"
            for p, nb, t in zip(paths, notebooks, titles) if p.name != "00-index.ipynb"]
    return "\n".join([INDEX_MARK, "| notebook | what it asks |", "|---|---|", *rows])


def normalise(nb) -> None:
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    nb.metadata["language_info"] = dict(LANGUAGE_INFO)


def cmd_nav(_args) -> int:
    paths = nbrun.notebook_paths()
    notebooks = [nbformat.read(p, as_version=4) for p in paths]
    titles = [title_of(nb) for nb in notebooks]
    for i, (path, nb) in enumerate(zip(paths, notebooks)):
        normalise(nb)
        for cell in nb.cells:
            if cell.cell_type == "markdown" and INDEX_MARK in cell.source:
                cell.source = index_table(paths, notebooks, titles)
        cell = nbformat.v4.new_markdown_cell(nav_cell(paths, i, titles))
        if nb.cells and NAV_MARK in nb.cells[0].source:
            nb.cells[0].source = cell.source
        else:
            nb.cells.insert(0, cell)
        strip(nb)
        nbformat.write(nb, path)
    print(f"navigation written for {len(paths)} notebooks")
    return 0


def strip(nb) -> None:
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
            cell.metadata.pop("execution", None)


def cmd_strip(args) -> int:
    paths = [Path(p) for p in args.paths] or nbrun.notebook_paths() + sorted(nbrun.NOTEBOOKS.glob("assignments/**/*.ipynb"))
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        normalise(nb)
        strip(nb)
        nbformat.write(nb, path)
    print(f"stripped {len(paths)} notebooks")
    return 0


def cmd_report(args) -> int:
    out = Path(args.out)
    failures = 0
    for path in nbrun.notebook_paths():
        rendered = nbrun.render(path, out, fast=args.fast)
        status = "ok" if not rendered.errors else "ERRORS: " + "; ".join(rendered.errors)
        failures += bool(rendered.errors)
        print(f"{path.name}: {rendered.png_outputs} figures -> {out / (path.stem + '.html')} [{status}]")
    index = out / "index.html"
    items = "\n".join(f'<li><a href="{p.stem}.html">{p.stem}</a></li>' for p in nbrun.notebook_paths())
    index.write_text(f"<!doctype html><meta charset=utf-8><title>BrokerLab report</title>"
                     f"<h1>BrokerLab report</h1><ul>{items}</ul>\n", encoding="utf-8")
    print(f"report: {index}")
    return 1 if failures else 0


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
    r.set_defaults(func=cmd_report)
    args = parser.parse_args()
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
