import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))


def git_status() -> str:
    return subprocess.run(["git", "status", "--porcelain", "--untracked-files=all"], cwd=ROOT, capture_output=True,
                          text=True).stdout


def pytest_sessionstart(session):
    # Compared with the status after every other test by test_zz_git_unchanged.py.
    session.config.git_status_at_start = git_status()
