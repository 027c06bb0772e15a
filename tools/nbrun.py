"""Execute BrokerLab notebooks headless and render them to HTML: shared by the tests and `make report`.

A notebook passes when every cell runs without an error output (a cell that must fail to teach something carries
the `raises-exception` tag) and its HTML shows every figure offline: each PNG is embedded as a data URI, MathJax is
served from the report folder (`mathjax/`, copied from the `jupyter-server-mathjax` package), interactive figures
carry their own plotly.js, and nothing is loaded from a CDN. Runs set `BROKERLAB_HEADLESS=1`, so progress bars stay
out of the rendered pages.
"""
from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbconvert import HTMLExporter
from traitlets.config import Config

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
TEMPLATES = Path(__file__).resolve().parent / "templates"
KERNEL = "java"
REMOVE_TAGS = ["remove-cell"]
MATHJAX_URL = "mathjax/MathJax.js?config=TeX-AMS-MML_HTMLorMML-full,Safe"
BINDER_BADGE = re.compile(r'<img[^>]*src="https://mybinder\.org/badge_logo\.svg"[^>]*>')


@dataclass
class Rendered:
    notebook: nbformat.NotebookNode
    html: str
    png_outputs: int
    errors: list[str]


def notebook_paths() -> list[Path]:
    """Narrative notebooks in reading order (the index is 00-index.md; assignments are run by their own tests)."""
    return sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))


def shown(path: Path) -> str:
    """A path as printed for a reader: relative to the project, never this machine's absolute path."""
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return Path(path).name


def error_outputs(nb: nbformat.NotebookNode) -> list[str]:
    found = []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code" or "raises-exception" in cell.metadata.get("tags", []):
            continue
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                found.append(f"cell {index}: {out.get('ename')}: {out.get('evalue')}")
    return found


def markdown_outputs(nb: nbformat.NotebookNode) -> list[str]:
    """Every text/markdown output of the executed notebook (e.g. a brokerlab.notebook.Findings), in order."""
    found = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for out in cell.get("outputs", []):
            md = out.get("data", {}).get("text/markdown")
            if md:
                found.append(md if isinstance(md, str) else "".join(md))
    return found


def count_png_outputs(nb: nbformat.NotebookNode) -> int:
    return sum(1 for cell in nb.cells if cell.cell_type == "code"
               for out in cell.get("outputs", []) if "image/png" in out.get("data", {}))


def execute(path: Path, fast: bool, data_dir: Path | None = None, timeout: int = 900,
            epilogue: str | None = None) -> nbformat.NotebookNode:
    """Executes a notebook headless; `epilogue`, if given, is one more code cell run last in the same kernel (the
    benchmark reads the engine's work counters with it), appended to the returned notebook, never to the file."""
    nb = nbformat.read(path, as_version=4)
    if epilogue is not None:
        nb.cells.append(nbformat.v4.new_code_cell(epilogue))
    os.environ["BROKERLAB_FAST"] = "1" if fast else "0"
    os.environ["BROKERLAB_HEADLESS"] = "1"
    if data_dir is not None:
        data_dir.mkdir(parents=True, exist_ok=True)
        # Relative to the notebook's folder, where the kernel runs, so printed paths name no machine.
        os.environ["BROKERLAB_DATA_DIR"] = os.path.relpath(data_dir, path.parent)
    else:
        os.environ.pop("BROKERLAB_DATA_DIR", None)
    client = NotebookClient(nb, kernel_name=KERNEL, timeout=timeout, allow_errors=False,
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    return nb


def exporter() -> HTMLExporter:
    config = Config()
    config.TagRemovePreprocessor.enabled = True
    config.TagRemovePreprocessor.remove_cell_tags = REMOVE_TAGS
    config.HTMLExporter.mathjax_url = MATHJAX_URL
    return HTMLExporter(config=config, template_name="brokerlab", extra_template_basedirs=[str(TEMPLATES)])


def offline_links(html: str) -> str:
    """Links between notebooks point at their pages; the Binder badge (an image from mybinder.org) becomes text."""
    html = re.sub(r'href="(\d\d-[\w.-]+?)\.ipynb(#[^"]*)?"', lambda m: f'href="{m[1]}.html{m[2] or ""}"', html)
    html = html.replace('href="00-index.md"', 'href="index.html"')
    return BINDER_BADGE.sub("open on Binder", html)


def to_html(nb: nbformat.NotebookNode) -> str:
    html, _ = exporter().from_notebook_node(nb)
    return offline_links(html)


def prepare_report_dir(out: Path) -> None:
    """MathJax 2.7 from the jupyter-server-mathjax package, next to the pages that load it."""
    import jupyter_server_mathjax  # noqa: PLC0415

    source = Path(jupyter_server_mathjax.__file__).parent / "static"
    target = out / "mathjax"
    if not (target / "MathJax.js").is_file():
        out.mkdir(parents=True, exist_ok=True)
        shutil.copytree(source, target, dirs_exist_ok=True)


def render(path: Path, out_dir: Path, fast: bool, data_dir: Path | None = None) -> Rendered:
    nb = execute(path, fast=fast, data_dir=data_dir)
    html = to_html(nb)
    prepare_report_dir(out_dir)
    (out_dir / (path.stem + ".html")).write_text(html, encoding="utf-8")
    return Rendered(nb, html, count_png_outputs(nb), error_outputs(nb))


def render_markdown_page(source: Path, target: Path, title: str) -> None:
    """A Markdown page (the index) in the report's look: one markdown cell through the same template."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["title"] = title
    nb.cells = [nbformat.v4.new_markdown_cell(source.read_text(encoding="utf-8"))]
    prepare_report_dir(target.parent)
    target.write_text(to_html(nb), encoding="utf-8")


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


def output_texts(nb: nbformat.NotebookNode) -> list[tuple[int, str]]:
    """Every text a reader sees in the outputs (streams, plain text, HTML, errors), with its cell index."""
    texts = []
    for index, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []) if cell.cell_type == "code" else []:
            if out.get("output_type") == "stream":
                texts.append((index, out.get("text", "")))
            elif out.get("output_type") == "error":
                texts.append((index, "\n".join(out.get("traceback", [])) + out.get("evalue", "")))
            for mime in ("text/plain", "text/html"):
                if mime in out.get("data", {}):
                    texts.append((index, str(out["data"][mime])))
    return texts


def wide_lines(nb: nbformat.NotebookNode, limit: int) -> list[str]:
    """Plain-text lines longer than `limit` characters: JupyterLab wraps them, mid-column for a printf table.
    (HTML tables scroll in their own box instead, so outputs that have HTML are not counted.)"""
    found = []
    for index, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []) if cell.cell_type == "code" else []:
            data = out.get("data", {})
            text = out.get("text", "") if out.get("output_type") == "stream" else \
                ("" if "text/html" in data or "image/png" in data else str(data.get("text/plain", "")))
            found += [f"cell {index}: {len(line)} chars: {line[:60]}…" for line in text.splitlines() if len(line) > limit]
    return found
