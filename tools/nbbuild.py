"""Authoring aid: write a notebook from a list of cells, with the house setup cell and kernel metadata.

    from nbbuild import md, code, setup, write
    write("notebooks/02-the-crash.ipynb", [md("# The Crash ..."), md("question..."), setup(), code("...")])

The .ipynb file is the source of truth afterwards; run `tools/notebooks.py nav` to (re)generate navigation.
"""
from __future__ import annotations

import sys
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parent))
import nbclean  # noqa: E402

SETUP = """%classpath ../lib/target/classpath/*
import brokerlab.analytic.*;
import brokerlab.display.*;
import brokerlab.dist.*;
import brokerlab.experiment.*;
import brokerlab.model.*;
import brokerlab.notebook.*;
import brokerlab.plot.*;
import brokerlab.stats.*;
import tech.tablesaw.api.*;"""


def md(text: str):
    return nbformat.v4.new_markdown_cell(text.strip("\n"))


def code(text: str, *tags: str):
    cell = nbformat.v4.new_code_cell(text.strip("\n"))
    if tags:
        cell.metadata["tags"] = list(tags)
    return cell


def setup(extra_imports: str = ""):
    """The engine-loading cell: removed from reports (tag remove-cell), collapsed in JupyterLab."""
    cell = code(SETUP + ("\n" + extra_imports.strip() if extra_imports.strip() else ""), "remove-cell")
    cell.metadata["jupyter"] = {"source_hidden": True}
    return cell


def write(path: str | Path, cells) -> None:
    """In the stored form (kernel metadata as JJava reports it, no outputs): tools/nbclean.py."""
    nb = nbformat.v4.new_notebook()
    nb.cells = list(cells)
    Path(path).write_text(nbclean.clean_text(nbformat.writes(nb)), encoding="utf-8")
