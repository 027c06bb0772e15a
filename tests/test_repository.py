"""Project invariants a newcomer relies on: the environment files, the notebook conventions, the README."""
import json
import re

import nbformat
import pytest

import nbrun

ROOT = nbrun.ROOT
CLASSPATH_LINE = "%classpath ../lib/target/classpath/*"


def test_binder_environment_is_identical_to_the_root_one():
    # repo2docker reads only binder/ once it exists, so the two must never drift apart.
    assert (ROOT / "binder" / "environment.yml").read_bytes() == (ROOT / "environment.yml").read_bytes()


def test_environment_pins_the_same_kernel_as_requirements():
    env = (ROOT / "environment.yml").read_text()
    reqs = (ROOT / "requirements.txt").read_text()
    assert "jjava==1.0a8" in env and "jjava==1.0a8" in reqs
    assert "openjdk=17" in env


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
    if path.name != "00-index.ipynb":
        assert code[0].source.splitlines()[0] == CLASSPATH_LINE, "the first code cell loads the engine"
        assert "remove-cell" in code[0].metadata.get("tags", [])
    text = json.dumps(nb)
    assert "%maven" not in text and "%loadFromPOM" not in text, "notebooks must not fetch from the network"
    for cell in code:
        assert not cell.outputs, "notebooks are committed without outputs (tools/notebooks.py strip)"
        assert not re.search(r"^\s*(public\s+)?(final\s+)?class\s", cell.source, re.M), "classes belong in lib/"


def test_readme_lists_every_notebook():
    readme = (ROOT / "README.md").read_text()
    for path in nbrun.notebook_paths():
        assert path.name in readme, f"README does not list {path.name}"
