"""Project invariants a newcomer relies on: the environment files, the notebook conventions, the README."""
import json
import re
import subprocess
import sys

import nbformat
import pytest

import nbclean
import nbrun

ROOT = nbrun.ROOT
NOTEBOOKS = nbrun.NOTEBOOKS
CLASSPATH_LINE = "%classpath ../lib/target/classpath/*"


def test_binder_environment_is_identical_to_the_root_one():
    # repo2docker reads only binder/ once it exists, so the two must never drift apart.
    assert (ROOT / "binder" / "environment.yml").read_bytes() == (ROOT / "environment.yml").read_bytes()


def pins(text: str) -> dict[str, str]:
    return {m[1].lower().replace("_", "-"): m[2] for m in re.finditer(r"^[\s-]*([A-Za-z0-9_.-]+)==(\S+)\s*$", text, re.M)}


def test_environment_pins_exactly_what_requirements_pins():
    env, reqs = pins((ROOT / "environment.yml").read_text()), pins((ROOT / "requirements.txt").read_text())
    assert env["jjava"] == "1.0a8" and "nbgrader" in env and "plotly" in env
    assert {k: reqs.get(k) for k in env} == env, "environment.yml and requirements.txt pin different versions"
    # Only test and report tools may be missing from Binder's environment.
    assert set(reqs) - set(env) <= {"pytest", "playwright", "jupyter-server-mathjax"}
    assert "openjdk=17" in (ROOT / "environment.yml").read_text()


def test_the_venv_imports_nbformat_without_rfc3987_syntax_and_pip_check_stays_clean():
    # make setup (and binder/postBuild) uninstall it: jsonschema builds its Earley parser on import, 2.1 of the
    # 2.8 s every nbclient, nbgrader and Jupyter server process spent importing nbformat.
    probe = "import sys, nbformat.validator, jsonschema; print('rfc3987_syntax' in sys.modules)"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == "False", "rfc3987-syntax is in the venv: `make setup` removes it (Makefile, DROP_SLOW_IMPORTS)"
    check = subprocess.run([sys.executable, "-m", "pip", "check", "--disable-pip-version-check"], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "pip uninstall" in (ROOT / "binder" / "postBuild").read_text()


def test_every_binder_link_uses_the_repository_setting():
    setting = json.loads((ROOT / "binder" / "repository.json").read_text())
    prefix = f"https://mybinder.org/v2/gh/{setting['repository']}/{setting['ref']}?urlpath=lab/tree/notebooks/"
    pages = [ROOT / "README.md", NOTEBOOKS / "00-index.md", *nbrun.notebook_paths()]
    links = [(p.name, u) for p in pages for u in re.findall(r"https://mybinder\.org/v2/[^)\s\"]+", p.read_text())]
    assert links and all(u.startswith(prefix) for _, u in links), [x for x in links if not x[1].startswith(prefix)]


def test_ci_runs_exactly_the_readme_test_command():
    readme = (ROOT / "README.md").read_text()
    ci = (ROOT / ".ci" / "run").read_text()
    assert "make test" in readme
    assert re.search(r"^make test$", ci, re.M)


@pytest.mark.parametrize("path", nbrun.notebook_paths(), ids=lambda p: p.stem)
def test_notebook_follows_the_house_conventions(path):
    nb = nbformat.read(path, as_version=4)
    assert nb.metadata["kernelspec"]["name"] == "java"
    assert "brokerlab:nav" in nb.cells[0].source, "cell 1 must be the generated navigation (tools/notebooks.py nav)"
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code[0].source.splitlines()[0] == CLASSPATH_LINE, "the first code cell loads the engine"
    assert "remove-cell" in code[0].metadata.get("tags", [])
    assert code[0].metadata.get("jupyter", {}).get("source_hidden"), "the setup cell is collapsed in JupyterLab"
    text = json.dumps(nb)
    assert "%maven" not in text and "%loadFromPOM" not in text, "notebooks must not fetch from the network"
    ids = [c.get("id") for c in json.loads(path.read_text(encoding="utf-8"))["cells"]]   # nbformat.read fills them in
    # nbformat 4.5 cells carry ids; JupyterLab adds missing ones on open, so the first save would dirty git
    assert all(ids) and len(set(ids)) == len(ids), "every cell needs a unique id (nbformat.validator.normalize)"
    for cell in code:
        assert not cell.outputs, "notebooks are committed without outputs (tools/notebooks.py strip)"
        assert not re.search(r"^\s*(public\s+)?(final\s+)?class\s", cell.source, re.M), "classes belong in lib/"


@pytest.mark.parametrize("path", [p for p in sorted(NOTEBOOKS.rglob("*.ipynb")) if ".ipynb_checkpoints" not in p.parts],
                         ids=lambda p: p.stem)
def test_stored_notebooks_are_in_the_form_the_git_filter_writes(path):
    # Otherwise git would show a change the moment a reader's save makes it look at the file through the filter.
    stored = path.read_text(encoding="utf-8")
    assert nbclean.clean_text(stored) == stored, f"run `.venv/bin/python tools/notebooks.py strip {path.relative_to(ROOT)}`"


def test_the_index_numbers_every_notebook_and_links_resolve():
    index = (NOTEBOOKS / "00-index.md").read_text()
    for path in nbrun.notebook_paths():
        assert f"| {path.name[:2]} | [" in index and f"]({path.name})" in index, f"the index misses {path.name}"
    for page in [NOTEBOOKS / "00-index.md", *nbrun.notebook_paths()]:
        for target in re.findall(r"\]\(([\w.-]+\.(?:ipynb|md))(?:#[^)]*)?\)", page.read_text()):
            assert (NOTEBOOKS / target).is_file(), f"{page.name} links to a missing {target}"


def test_navigation_links_previous_and_next_in_reading_order():
    paths = nbrun.notebook_paths()
    for i, path in enumerate(paths):
        nav = nbformat.read(path, as_version=4).cells[0].source
        assert ("(" + paths[i - 1].name + ")" in nav) == (i > 0), f"{path.name}: previous link"
        assert ("(" + paths[i + 1].name + ")" in nav) == (i + 1 < len(paths)) if i + 1 < len(paths) else \
            not re.search(r"→\]\(", nav), f"{path.name}: next link"
        assert "[Index](00-index.md)" in nav


def test_readme_lists_every_notebook():
    readme = (ROOT / "README.md").read_text()
    for path in [*nbrun.notebook_paths(), NOTEBOOKS / "00-index.md"]:
        assert path.name in readme, f"README does not list {path.name}"


def test_each_notebook_states_its_measured_run_time_as_generated_from_the_committed_bench_table():
    # The nav cell (links and the run-time line) is what `tools/notebooks.py nav` writes from data/notebook-times.csv:
    # a notebook's stated seconds, budgets and reasons are the recorded measurement, not prose kept by hand.
    import notebooks as housekeeping  # noqa: PLC0415  (tools/notebooks.py)

    paths = nbrun.notebook_paths()
    stored = [nbformat.read(p, as_version=4) for p in paths]
    titles = [housekeeping.title_of(nb) for nb in stored]
    times, _ = housekeeping.run_times()
    for i, (path, nb) in enumerate(zip(paths, stored)):
        assert (path.stem, "fast") in times, f"{path.name}: no fast-mode time in data/notebook-times.csv " \
                                             "(bench/run.sh, then bench/notebooks.py --record and tools/notebooks.py nav)"
        assert nb.cells[0].source == housekeeping.nav_cell(paths, i, titles, nb), \
            f"{path.name}: its navigation cell is not what `tools/notebooks.py nav` writes; run it"


def test_a_run_time_line_is_dated_by_the_days_its_own_rows_were_measured(tmp_path, monkeypatch):
    # A notebook re-timed alone keeps the other notebooks' days; rows from before the date column get the table's day.
    import notebooks as housekeeping  # noqa: PLC0415  (tools/notebooks.py)

    times = tmp_path / "notebook-times.csv"
    times.write_text("notebook,mode,wall_s,cpu_s,compile_cpu_s,cells_cpu_s,jit_cpu_s,load_before,load_after,runs,"
                     "customers,events,date\n"
                     "07-x,fast,7.0,12.0,,,,1,1,3,0,0,2026-12-06\n07-x,full,20.0,35.0,,,,1,1,3,0,0,2026-12-07\n"
                     "09-y,fast,7.5,12.0,,,,1,1,1,0,0,\n08-z,fast,12.5,21.0,3.1,6.2,7.4,1,1,3,0,0,2026-12-07\n"
                     "10-w,fast,12.5,21.0,,,,1,1,3,0,0,2026-12-07\n")
    meta = json.loads((nbrun.ROOT / "data" / "notebook-times.meta.json").read_text())
    times.with_suffix(".meta.json").write_text(json.dumps({**meta, "created_utc": "2026-12-05T22:00:00Z"}))
    monkeypatch.setattr(housekeeping, "TIMES", times)
    nb = nbformat.v4.new_notebook()
    assert "build machine, 2026-12-06 and 2026-12-07): fast mode 7.0 s (median of 3 runs), full mode 20.0 s" \
        in housekeeping.run_time_line(tmp_path / "07-x.ipynb", nb)
    assert "build machine, 2026-12-05): fast mode 7.5 s;" in housekeeping.run_time_line(tmp_path / "09-y.ipynb", nb)
    # over the budget: the kernel's start and shutdown, JShell's compiling and the cells' and the JIT's CPU, as measured
    nb.cells = [nbformat.v4.new_code_cell("1"), nbformat.v4.new_markdown_cell("x"), nbformat.v4.new_code_cell("2")]
    par = meta["parameters"]
    line = housekeeping.run_time_line(tmp_path / "08-z.ipynb", nb)
    assert (f"Over the 8 s fast-mode budget: about {par['kernel_start_s'] + par['kernel_shutdown_s']:.1f} s of it is "
            "the Java kernel's start and shutdown, 3.1 s loading the engine, JShell compiling its 2 code cells and showing "
            "their output (the CPU time of the kernel's shell thread, during which no cell runs)") in line
    assert "the cells' code used 6.2 CPU-s and the JIT compiler 7.4 CPU-s of the 2 cores." in line
    # a row timed before the split: the sentence without it
    assert "the rest JShell compiling its 2 code cells and running them." in \
        housekeeping.run_time_line(tmp_path / "10-w.ipynb", nb)
