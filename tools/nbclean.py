"""The stored form of a BrokerLab notebook, and the git filter that keeps `git status` clean after reading.

Notebooks are committed without outputs and with the metadata the JJava kernel itself reports, so opening one in
JupyterLab changes nothing: JupyterLab writes the kernel's `language_info` into the notebook and marks it modified
only when it differs (it compares them). After running cells, JupyterLab (autosave) stores outputs in the file; the
clean filter below, registered for `notebooks/**/*.ipynb` in `.gitattributes`, shows git the notebook as stored —
outputs, execution counts and the JDK build in `language_info.version` removed — so reading never dirties
`git status`, on any JDK. Standard library only: git runs it with whatever `python3` is on PATH.

    python3 tools/nbclean.py < notebook.ipynb        # the stored form, on stdout (what git runs)
    python3 tools/nbclean.py --install               # register the filter in this clone's .git/config

One more piece: git trusts its cached file size, so after a save that grows the file (outputs) `git status` would
call it modified without looking through the filter. `post_save`, which tools/install_kernel.py installs as the
Jupyter server's post-save hook, makes git look again at the notebook just saved (see its docstring).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

FILTER = "brokerlab-notebook"
KERNELSPEC = {"name": "java", "display_name": "Java (BrokerLab)", "language": "java"}
# Exactly what JJava 1.0a8 answers in kernel_info on the reference JDK (OpenJDK 17.0.15, Debian 12), so that
# JupyterLab on that JDK leaves the notebook unmodified; elsewhere only "version" differs, and the filter restores it.
LANGUAGE_INFO = {
    "codemirror_mode": "java",
    "file_extension": ".jshell",
    "mimetype": "text/x-java-source",
    "name": "Java",
    "pygments_lexer": "java",
    "version": "17.0.15+6-Debian-1deb12u1",
}
# Cell metadata JupyterLab adds while a reader works, none of which belongs in the stored notebook.
TRANSIENT_CELL_METADATA = ("execution", "collapsed", "scrolled")


def stored(nb: dict) -> dict:
    """The notebook as committed: kernel metadata normalised, code cells without outputs or counts."""
    nb.setdefault("metadata", {})
    nb["metadata"]["kernelspec"] = dict(KERNELSPEC)
    nb["metadata"]["language_info"] = dict(LANGUAGE_INFO)
    nb["metadata"].pop("widgets", None)
    for cell in nb.get("cells", []):
        meta = cell.setdefault("metadata", {})
        for key in TRANSIENT_CELL_METADATA:
            meta.pop(key, None)
        jupyter = meta.get("jupyter")
        if isinstance(jupyter, dict):
            jupyter.pop("outputs_hidden", None)
            if not jupyter:
                meta.pop("jupyter")
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
    return nb


def dumps(nb: dict) -> str:
    """nbformat's own layout (indent 1, sorted keys, non-ASCII kept), so a stored file round-trips byte for byte."""
    return json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def clean_text(text: str) -> str:
    return dumps(stored(json.loads(text)))


def install(root: Path) -> None:
    """Registers the filter for this clone (.git/config is shared by all its worktrees; the command runs from the
    worktree root, so each worktree uses its own tools/nbclean.py)."""
    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(root), "config", *args], check=True)
    git(f"filter.{FILTER}.clean", "python3 tools/nbclean.py")
    git(f"filter.{FILTER}.smudge", "cat")


def post_save(os_path: str = "", **_kwargs) -> None:
    """Jupyter server post-save hook: after a notebook under the filter is saved, rewrite its index entry with the
    same blob (`git update-index --cacheinfo`), which clears the cached size and time, so the next `git status`
    compares the file through the filter instead of declaring it modified because its size changed. Nothing is
    staged: the index keeps the blob it had. Outside a git checkout, or for other files, it does nothing."""
    path = Path(os_path)
    if path.suffix != ".ipynb":
        return
    def git(*args: str, cwd: Path = path.parent) -> str:
        done = subprocess.run(["git", "-C", str(cwd), *args], capture_output=True, text=True)
        return done.stdout.strip() if done.returncode == 0 else ""
    top = git("rev-parse", "--show-toplevel")
    if not top:
        return
    name = path.resolve().relative_to(Path(top).resolve()).as_posix()     # --cacheinfo wants it from the top
    if not git("check-attr", "filter", "--", name, cwd=Path(top)).endswith(f": filter: {FILTER}"):
        return
    entry = git("ls-files", "--stage", "--", name, cwd=Path(top)).splitlines()
    if len(entry) != 1:                 # untracked, or mid-merge with several stages: leave the index alone
        return
    mode, blob, _stage = entry[0].split("\t")[0].split()
    git("update-index", "--cacheinfo", f"{mode},{blob},{name}", cwd=Path(top))


def main() -> int:
    if sys.argv[1:] == ["--install"]:
        root = Path(__file__).resolve().parent.parent
        if (root / ".git").exists():
            install(root)
            print(f"git filter {FILTER} registered: notebooks show in git as stored (no outputs)")
        return 0
    data = sys.stdin.buffer.read().decode("utf-8")
    try:
        out = clean_text(data)
    except (ValueError, AttributeError, TypeError):
        out = data          # not a notebook git can clean (e.g. mid-merge conflict markers): pass it through
    sys.stdout.buffer.write(out.encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
