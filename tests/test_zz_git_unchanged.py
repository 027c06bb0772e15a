"""Running the tests changes no file git tracks (or would track): every run writes to build/ only.

Named to run last (pytest runs test files in name order), after the notebooks, assignments and browser sessions.
"""
from conftest import git_status


def test_the_test_run_leaves_git_status_unchanged(request):
    before = request.config.git_status_at_start
    after = git_status()
    assert after == before, f"the test run changed the working tree:\nbefore:\n{before}\nafter:\n{after}"
