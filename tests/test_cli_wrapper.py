"""bin/brokerlab, the command line a user runs: it must work from any directory, through a symlink on PATH, and
say clearly what is missing when it cannot run. 'make test' builds lib/target/brokerlab-cli.jar before these run."""
import json
import math
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WRAPPER = ROOT / "bin" / "brokerlab"


def run(args, cwd, env=None):
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def test_help_works_from_a_directory_outside_the_repository(tmp_path):
    r = run([WRAPPER, "--help"], cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "usage: brokerlab COMMAND" in r.stdout
    for command in ("analyze", "simulate", "plan", "protocol", "runs"):
        assert f"\n  {command} " in r.stdout, command


def test_a_symlink_on_path_runs_an_analysis_with_json_on_stdout(tmp_path):
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "brokerlab").symlink_to(WRAPPER)
    env = dict(os.environ, PATH=f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    r = run(["brokerlab", "analyze", "--arrival", "exp(rate=3.6)", "--service", "exp(rate=1)", "--servers", "4",
             "--json"], cwd=tmp_path, env=env)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    # Erlang C(4, 3.6) = 0.787753, Wq = C / (4 - 3.6) (independent of the engine: Kleinrock vol. 1 eq. 3.40)
    a, c = 3.6, 4
    terms = sum(a ** k / math.factorial(k) for k in range(c))
    top = a ** c / math.factorial(c) / (1 - a / c)
    assert out["mean_wait"] == pytest.approx(top / (terms + top) / (c - a), rel=1e-12)


def test_a_model_file_given_relative_to_the_callers_directory_is_found(tmp_path):
    shutil.copy(ROOT / "examples" / "tandem.json", tmp_path / "net.json")
    r = run([WRAPPER, "analyze", "--model", "net.json", "--json"], cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    # Jackson, by hand in lib/src/test/java/brokerlab/model/NetworkFileTest.java: 0.2 + (6.4/9)/2 + 1.0
    assert json.loads(r.stdout)["mean_response"] == pytest.approx(0.2 + 6.4 / 9 / 2 + 1.0, rel=1e-12)


def test_bad_input_exits_two_with_one_line_on_stderr(tmp_path):
    r = run([WRAPPER, "analyze", "--arrival", "exp(rate=5)", "--service", "exp(rate=1)", "--servers", "4"], cwd=tmp_path)
    assert r.returncode == 2
    assert r.stdout == ""
    assert r.stderr.count("\n") == 1 and "--servers" in r.stderr


def test_without_java_the_wrapper_says_what_to_install(tmp_path):
    # A PATH holding only the tools the script itself needs, and no JAVA_HOME: no java can be found.
    tools = tmp_path / "tools"
    tools.mkdir()
    for tool in ("bash", "dirname", "readlink", "sed", "find"):
        (tools / tool).symlink_to(shutil.which(tool))
    env = {"PATH": str(tools)}
    r = run([tools / "bash", WRAPPER, "--help"], cwd=tmp_path, env=env)
    assert r.returncode == 1
    assert r.stderr.startswith("brokerlab: no Java found: install a JDK or JRE 17 or newer"), r.stderr


def test_a_sweep_file_runs_on_local_threads_from_the_cli_jar(tmp_path):
    r = run([WRAPPER, "sweep", "--grid", ROOT / "examples" / "sweep-mmc.json", "--json"], cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)["rows"]
    assert len(rows) == 3 * 3 * 2                       # service.scv x rho x servers in examples/sweep-mmc.json
    assert "90/90" in r.stderr and "done in" in r.stderr


def test_with_a_master_the_wrapper_uses_the_spark_module_and_an_unreachable_master_is_one_line(tmp_path):
    # 'make test' builds spark/target/classpath (mvn package at the root) before pytest runs.
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]                       # free, and nobody listens once closed
    r = run([WRAPPER, "sweep", "--grid", ROOT / "examples" / "sweep-mmc.json", "--master", f"spark://127.0.0.1:{port}"],
            cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    assert r.stderr.count("\n") == 1, r.stderr
    assert r.stderr.startswith("brokerlab sweep: --master") and "no Spark master answered" in r.stderr
