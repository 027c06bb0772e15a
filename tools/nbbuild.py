"""Authoring aid: write a notebook from a list of cells, with the house setup cell and kernel metadata.

    from nbbuild import md, code, setup, write
    write("notebooks/02-the-crash.ipynb", [md("# The Crash ..."), md("question..."), setup(), code("...")])

The .ipynb file is the source of truth afterwards; run `tools/notebooks.py nav` to (re)generate navigation.
"""
from __future__ import annotations

from pathlib import Path

import nbformat

SETUP = """%classpath ../lib/target/classpath/*
import brokerlab.analytic.*;
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
    """The engine-loading cell, hidden in reports (tag remove-cell)."""
    return code(SETUP + ("\n" + extra_imports.strip() if extra_imports.strip() else ""), "remove-cell")


def write(path: str | Path, cells) -> None:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "java", "display_name": "Java (BrokerLab)", "language": "java"}
    nb.metadata["language_info"] = {"name": "java", "file_extension": ".jshell", "mimetype": "text/x-java-source"}
    nb.cells = list(cells)
    nbformat.write(nb, str(path))
