"""Course assignments that grade themselves: nbgrader on the Java kernel, with everything generated under build/.

The instructor's versions (with solutions) live in notebooks/assignments/source/<name>/<name>.ipynb. This tool copies
them and notebooks/assignments/nbgrader_config.py into a course directory (default build/assignments) and runs nbgrader
there, so student versions, submissions and the gradebook never land in the repository.

    python tools/assignments.py generate [NAME ...]        student versions -> build/assignments/release/<name>/
    python tools/assignments.py autograde NAME [--fast]     grade build/assignments/submitted/<student>/<name>/
    python tools/assignments.py export                      all grades -> build/assignments/grades.csv
    python tools/assignments.py selftest [NAME ...]         per assignment, in build/assignments-selftest/<name>/:
                                                            generate, submit the solution and the blank student
                                                            version, autograde both (fast mode), check the scores

Run it with the project's venv python (.venv/bin/python), which has nbgrader and the `java` kernel; build the engine
first (`make setup` or `mvn -q package -DskipTests`).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
ASSIGNMENTS = ROOT / "notebooks" / "assignments"
SOURCE = ASSIGNMENTS / "source"
CONFIG = ASSIGNMENTS / "nbgrader_config.py"
COURSE = ROOT / "build" / "assignments"
SELFTEST_COURSE = ROOT / "build" / "assignments-selftest"
SOLUTION_STUDENT = "solution"   # selftest: submits the instructor's source version
BLANK_STUDENT = "blank"         # selftest: submits the generated student version untouched
COURSE_ID = "brokerlab"           # as in nbgrader_config.py
UNFINISHED = "not implemented yet"  # the text of the code stub in nbgrader_config.py


def names() -> list[str]:
    """Every assignment in notebooks/assignments/source/, in alphabetical order."""
    return sorted(p.name for p in SOURCE.iterdir() if (p / f"{p.name}.ipynb").is_file())


def nbgrader(course: Path, *args: str, fast: bool = False) -> None:
    """Runs one nbgrader command inside the course directory; raises with nbgrader's log if it fails."""
    # nbgrader runs `alembic` (a console script beside this python) to set up the gradebook: put the venv on PATH
    env = dict(os.environ, BROKERLAB_FAST="1" if fast else "0",
               PATH=str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", ""))
    done = subprocess.run([sys.executable, "-m", "nbgrader", *args], cwd=course, env=env,
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"nbgrader {' '.join(args)} failed in {course}:\n{done.stdout}\n{done.stderr}")


def prepare(course: Path = COURSE, fresh: bool = False) -> Path:
    """Creates or refreshes the course directory: the config and a copy of every source notebook."""
    if fresh and course.exists():
        shutil.rmtree(course)
    course.mkdir(parents=True, exist_ok=True)
    shutil.copy2(CONFIG, course / "nbgrader_config.py")
    shutil.rmtree(course / "source", ignore_errors=True)
    shutil.copytree(SOURCE, course / "source", ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    return course


def generate(selected: list[str], course: Path = COURSE) -> list[Path]:
    """Student versions (solutions replaced by stubs, outputs cleared) in <course>/release/<name>/<name>.ipynb."""
    prepare(course)
    for name in selected:
        nbgrader(course, "generate_assignment", name, "--force")
    return [release_notebook(course, name) for name in selected]


def release_notebook(course: Path, name: str) -> Path:
    return course / "release" / name / f"{name}.ipynb"


def submit(course: Path, name: str, student: str, notebook: Path) -> Path:
    """Places a notebook where nbgrader expects a collected submission."""
    target = course / "submitted" / student / name / f"{name}.ipynb"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(notebook, target)
    return target


def autograde(name: str, course: Path = COURSE, fast: bool = False) -> dict[str, tuple[float, float]]:
    """Autogrades every submission of `name` (nbgrader adds unknown students itself); returns student -> (score, max)."""
    students = sorted(p.parent.name for p in (course / "submitted").glob(f"*/{name}") if p.is_dir()) \
        if (course / "submitted").is_dir() else []
    if not students:
        raise SystemExit(f"no submissions of {name}: put them in {course}/submitted/<student>/{name}/{name}.ipynb")
    nbgrader(course, "autograde", name, "--force", fast=fast)
    return {student: total(course, name, student) for student in students}


def grades(course: Path, name: str, student: str) -> dict:
    """grade_id -> (auto score or None, max score, needs manual grade) from the gradebook."""
    from nbgrader.api import Gradebook
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", COURSE_ID) as gb:
        notebook = gb.find_submission_notebook(name, name, student)
        return {g.name: (g.auto_score, g.max_score, g.needs_manual_grade) for g in notebook.grades}


def total(course: Path, name: str, student: str) -> tuple[float, float]:
    found = grades(course, name, student).values()
    return sum(score or 0 for score, _, _ in found), sum(top for _, top, _ in found)


def autograded_notebook(course: Path, name: str, student: str) -> nbformat.NotebookNode:
    return nbformat.read(course / "autograded" / student / name / f"{name}.ipynb", as_version=4)


def cell_errors(nb: nbformat.NotebookNode) -> dict[str, str]:
    """grade_id (or cell index) -> 'ename: evalue' for every code cell that failed."""
    found = {}
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                key = cell.metadata.get("nbgrader", {}).get("grade_id") or f"cell {index}"
                found[key] = f"{out.get('ename')}: {out.get('evalue')}"
            elif out.get("output_type") == "stream" and out.get("name") == "stderr":
                key = cell.metadata.get("nbgrader", {}).get("grade_id") or f"cell {index}"
                found.setdefault(key, "stderr: " + out.get("text", ""))
    return found


def test_cells(nb: nbformat.NotebookNode) -> list[str]:
    """grade_ids of the autograded code cells."""
    return [cell.metadata["nbgrader"]["grade_id"] for cell in nb.cells
            if cell.cell_type == "code" and cell.metadata.get("nbgrader", {}).get("grade")]


@dataclass
class SelfTest:
    """What selftest saw for one assignment."""
    name: str
    solution_score: tuple[float, float]
    blank_score: tuple[float, float]
    solution_errors: dict[str, str]
    blank_errors: dict[str, str]
    tests: list[str]
    manual: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def selftest(selected: list[str], course: Path = SELFTEST_COURSE, workers: int = 4) -> list[SelfTest]:
    """Generates, submits the source (must score full marks with no error anywhere) and the untouched student version
    (every autograded test must fail saying the answer is unfinished, score 0), autogrades both in fast mode.
    Each assignment gets its own course directory <course>/<name>/ (own gradebook), so they can run side by side."""
    if course.exists():
        shutil.rmtree(course)
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        return list(pool.map(lambda name: selftest_one(name, course / name), selected))


def selftest_one(name: str, course: Path) -> SelfTest:
    prepare(course, fresh=True)
    generate([name], course)
    submit(course, name, SOLUTION_STUDENT, SOURCE / name / f"{name}.ipynb")
    submit(course, name, BLANK_STUDENT, release_notebook(course, name))
    scores = autograde(name, course, fast=True)
    solution_nb = autograded_notebook(course, name, SOLUTION_STUDENT)
    blank_nb = autograded_notebook(course, name, BLANK_STUDENT)
    manual = [gid for gid, (_, _, needs) in grades(course, name, SOLUTION_STUDENT).items() if needs]
    result = SelfTest(name, scores[SOLUTION_STUDENT], scores[BLANK_STUDENT], cell_errors(solution_nb),
                      cell_errors(blank_nb), test_cells(solution_nb), manual)
    result.problems = judge(result, course)
    return result


def judge(r: SelfTest, course: Path) -> list[str]:
    problems = []
    if r.solution_errors:
        problems.append(f"the solution has failing cells: {r.solution_errors}")
    auto = {gid: (score, top) for gid, (score, top, needs) in grades(course, r.name, SOLUTION_STUDENT).items() if not needs}
    short = {gid: s for gid, s in auto.items() if s[0] != s[1]}
    if short:
        problems.append(f"the solution lost autograded points: {short}")
    if r.blank_score[0] != 0:
        problems.append(f"the blank student version scored {r.blank_score[0]} (expected 0)")
    for gid in r.tests:
        error = r.blank_errors.get(gid, "")
        if UNFINISHED not in error:
            problems.append(f"blank version: test {gid} did not fail with '{UNFINISHED}' (got {error!r})")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--course", type=Path, help="course directory (default build/assignments; "
                                                   "selftest: build/assignments-selftest)")
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="student versions into <course>/release/")
    gen.add_argument("names", nargs="*")
    grade = sub.add_parser("autograde", help="grade <course>/submitted/<student>/NAME/")
    grade.add_argument("name")
    grade.add_argument("--fast", action="store_true", help="BROKERLAB_FAST=1: short simulations, same checks")
    sub.add_parser("export", help="every grade to <course>/grades.csv")
    check = sub.add_parser("selftest", help="solution scores full marks, blank student version scores 0")
    check.add_argument("names", nargs="*")
    check.add_argument("--workers", type=int, default=4, help="assignments graded side by side (default 4)")
    args = parser.parse_args()
    selected = getattr(args, "names", None) or names()

    if args.command == "generate":
        for path in generate(selected, args.course or COURSE):
            print(f"student version: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    elif args.command == "autograde":
        for student, (score, top) in autograde(args.name, args.course or COURSE, fast=args.fast).items():
            print(f"{args.name} {student}: {score:g} / {top:g}")
    elif args.command == "export":
        course = args.course or COURSE
        nbgrader(course, "export", "--to", str(course / "grades.csv"))
        print(f"grades: {course / 'grades.csv'}")
    else:
        failed = 0
        for r in selftest(selected, args.course or SELFTEST_COURSE, args.workers):
            status = "ok" if not r.problems else "FAILED"
            print(f"{r.name}: {status}  solution {r.solution_score[0]:g}/{r.solution_score[1]:g}, "
                  f"blank {r.blank_score[0]:g}/{r.blank_score[1]:g}, {len(r.tests)} tests"
                  + (f", manually graded: {', '.join(r.manual)}" if r.manual else ""))
            for p in r.problems:
                print(f"  - {p}")
            failed += bool(r.problems)
        return 1 if failed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
