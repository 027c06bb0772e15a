"""Execute BrokerLab notebooks headless and render them to HTML: shared by the tests and `make report`.

A notebook passes when every cell runs without an error output (a cell that must fail to teach something carries
the `raises-exception` tag) and its HTML shows every figure offline: each PNG output is embedded as a data URI,
so no CDN or network is needed to see a plot.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbconvert import HTMLExporter
from traitlets.config import Config

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
KERNEL = "java"
REMOVE_TAGS = ["remove-cell"]


@dataclass
class Rendered:
    notebook: nbformat.NotebookNode
    html: str
    png_outputs: int
    errors: list[str]


def notebook_paths() -> list[Path]:
    """Narrative notebooks in reading order (assignments are run by their own tests)."""
    return sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))


def error_outputs(nb: nbformat.NotebookNode) -> list[str]:
    found = []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code" or "raises-exception" in cell.metadata.get("tags", []):
            continue
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                found.append(f"cell {index}: {out.get('ename')}: {out.get('evalue')}")
    return found


def count_png_outputs(nb: nbformat.NotebookNode) -> int:
    return sum(1 for cell in nb.cells if cell.cell_type == "code"
               for out in cell.get("outputs", []) if "image/png" in out.get("data", {}))


def execute(path: Path, fast: bool, data_dir: Path | None = None, timeout: int = 900) -> nbformat.NotebookNode:
    nb = nbformat.read(path, as_version=4)
    os.environ["BROKERLAB_FAST"] = "1" if fast else "0"
    if data_dir is not None:
        data_dir.mkdir(parents=True, exist_ok=True)
        os.environ["BROKERLAB_DATA_DIR"] = str(data_dir)
    else:
        os.environ.pop("BROKERLAB_DATA_DIR", None)
    client = NotebookClient(nb, kernel_name=KERNEL, timeout=timeout, allow_errors=False,
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    return nb


def to_html(nb: nbformat.NotebookNode) -> str:
    config = Config()
    config.TagRemovePreprocessor.enabled = True
    config.TagRemovePreprocessor.remove_cell_tags = REMOVE_TAGS
    exporter = HTMLExporter(config=config, template_name="lab")
    html, _ = exporter.from_notebook_node(nb)
    return html


def render(path: Path, out_dir: Path, fast: bool, data_dir: Path | None = None) -> Rendered:
    nb = execute(path, fast=fast, data_dir=data_dir)
    html = to_html(nb)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / (path.stem + ".html")).write_text(html, encoding="utf-8")
    return Rendered(nb, html, count_png_outputs(nb), error_outputs(nb))


def embedded_pngs(html: str) -> int:
    return len(re.findall(r'src="data:image/png;base64,', html))


def leaked_values(nb: nbformat.NotebookNode) -> list[str]:
    """Outputs that are a Java object's default toString, e.g. the PrintStream a trailing printf returns."""
    found = []
    for index, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []) if cell.cell_type == "code" else []:
            text = out.get("data", {}).get("text/plain", "") if "data" in out else ""
            if re.fullmatch(r"\s*[\w.$]+@[0-9a-f]+\s*", str(text)):
                found.append(f"cell {index}: {text.strip()}")
    return found
