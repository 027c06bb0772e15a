"""Every course assignment grades itself: the instructor's source version passes, the generated student version fails
every autograded test with a message that helps, and nbgrader gives the source full marks.

One nbgrader round per assignment (tools/assignments.py selftest, fast mode, in build/assignments-selftest/<name>/):
generate the student version, submit the source as student "solution" and the untouched student version as
student "blank", autograde both. The tests below read what that round produced.
"""
import pytest

pytest.importorskip("nbgrader", reason="nbgrader is not installed in this venv: run `make setup` (requirements.txt pins it)")

import assignments  # noqa: E402 (tools/ is on sys.path via conftest.py)

# For each autograded test cell: text its failure message must contain when the student has not answered yet, i.e.
# the call it checks, so the student knows which answer cell to fill in.
EXPECTED_HINTS = {
    "erlang-c": {
        "test-wait-probability": "your waitProbability(3, 2.0) threw",
        "test-wait-probability-stable": "your waitProbability(1000, 950.0) threw",
        "test-mean-wait": "your meanWait(0.2, 0.1, 3) threw",
        "test-simulation": "your simulateMeanWait(0.2, 0.1, 3, SEED) threw",
    },
    "heavy-tails": {
        "test-p99": "your p99Response(2.5) threw",
        "test-sample-mean": "your fractionBelowMean(1.5, 1000, ",
    },
    "capacity-planning": {
        "test-simulated-p99": "your simulatedP99(10) threw",
        "test-fewest-servers": "your fewestServers(TARGET_P99) threw",
    },
    "consensus-cost": {
        "test-commit-given-leader": "your commitGivenLeader(TOPOLOGY, 3, 0, NODE, DRAWS, SEED) threw",
        "test-predicted-commit": "your predictedCommit(3) threw",
    },
}


@pytest.fixture(scope="module")
def rounds():
    classpath = assignments.ROOT / "lib" / "target" / "classpath"
    assert classpath.is_dir(), f"{classpath} is missing: build the engine first (mvn -q package -DskipTests)"
    return {r.name: r for r in assignments.selftest(sorted(EXPECTED_HINTS))}


def test_every_assignment_in_source_is_covered_here():
    assert sorted(EXPECTED_HINTS) == assignments.names()


@pytest.mark.parametrize("name", sorted(EXPECTED_HINTS))
def test_source_version_runs_without_error_in_any_cell(rounds, name):
    assert rounds[name].solution_errors == {}, f"{name}: the instructor's version fails: {rounds[name].solution_errors}"


@pytest.mark.parametrize("name", sorted(EXPECTED_HINTS))
def test_student_version_fails_every_autograded_test_with_a_helpful_message(rounds, name):
    r = rounds[name]
    assert sorted(r.tests) == sorted(EXPECTED_HINTS[name]), f"{name}: autograded cells changed: {r.tests}"
    for grade_id, hint in EXPECTED_HINTS[name].items():
        error = r.blank_errors.get(grade_id, "")
        assert hint in error and assignments.UNFINISHED in error, \
            f"{name}/{grade_id}: expected a failure mentioning {hint!r} and {assignments.UNFINISHED!r}, got {error!r}"
    assert r.blank_score[0] == 0, f"{name}: the unanswered student version scored {r.blank_score}"


@pytest.mark.parametrize("name", sorted(EXPECTED_HINTS))
def test_autograde_gives_the_source_version_full_marks(rounds, name):
    r = rounds[name]
    assert r.problems == [], f"{name}: {r.problems}"
    score, top = r.solution_score
    manual = assignments.grades(assignments.SELFTEST_COURSE / name, name, assignments.SOLUTION_STUDENT)
    manual_points = sum(top_points for _, top_points, needs in manual.values() if needs)
    assert top > 0 and score == top - manual_points, f"{name}: solution scored {score} of {top} ({manual_points} manual)"
