"""Does BrokerLab fit Binder's 2 GB? A student opens notebooks one after another and runs each: measure that.

One JupyterLab server with Binder's configuration (binder/jupyter_server_config.json, the kernels that
`tools/install_kernel.py --binder` writes, in a scratch prefix under build/), then for each notebook in turn a
session with its own kernel, every code cell executed, and the kernel left running, as in a browser with four tabs
open. A sampler adds up the resident memory (RSS) of the server and all its children every 0.2 s.

This machine's memory cgroup is v1 and belongs to the session that runs it, so no 2 GB cgroup can be made here;
the peak RSS sum is the measurement instead (what Binder's cgroup limit counts, minus page cache it can reclaim).

    .venv/bin/python tools/binder_memory.py [--limit-mb 2048] [01-the-lie 02-the-crash ...]
"""
from __future__ import annotations

import argparse
import json
import os
import secrets
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import nbformat
from jupyter_client import BlockingKernelClient

sys.path.insert(0, str(Path(__file__).resolve().parent))
import nbrun  # noqa: E402

DEFAULT = ["01-the-lie", "02-the-crash", "03-the-trap", "04-the-blast-radius"]


def tree_rss_kb(pid: int) -> dict[int, int]:
    """RSS in kB of a process and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    out, todo = {}, [pid]
    while todo:
        p = todo.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    out[p] = int(line.split()[1])
        except OSError:
            continue
        todo += children.get(p, [])
    return out


class Sampler(threading.Thread):
    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak_kb, self.stop = pid, 0, threading.Event()

    def run(self):
        while not self.stop.is_set():
            self.peak_kb = max(self.peak_kb, sum(tree_rss_kb(self.pid).values()))
            time.sleep(0.2)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def api(base: str, token: str, path: str, body: dict | None = None) -> dict:
    request = urllib.request.Request(base + path, method="POST" if body is not None else "GET",
                                     data=json.dumps(body).encode() if body is not None else None,
                                     headers={"Authorization": f"token {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read() or b"{}")


def run_notebook(connection_file: Path, path: Path) -> list[str]:
    """Every code cell in order, as Run All would; errors outside `raises-exception` cells are returned."""
    client = BlockingKernelClient(connection_file=str(connection_file))
    client.load_connection_file()
    client.start_channels()
    errors = []
    try:
        # The JVM takes a few seconds to answer its first kernel_info; wait_for_ready would call a kernel whose
        # heartbeat has not started yet dead.
        deadline = time.monotonic() + 120
        while True:
            try:
                client.kernel_info(reply=True, timeout=2)
                break
            except Exception:               # queue.Empty / TimeoutError while the JVM starts
                if time.monotonic() > deadline:
                    raise
        for i, cell in enumerate(nbformat.read(path, as_version=4).cells):
            if cell.cell_type != "code":
                continue
            started = time.monotonic()
            reply = client.execute_interactive(cell.source, timeout=900, output_hook=lambda msg: None)
            if os.environ.get("BINDER_MEMORY_VERBOSE"):
                print(f"  cell {i}: {time.monotonic() - started:.1f} s", flush=True)
            if reply["content"]["status"] != "ok" and "raises-exception" not in cell.metadata.get("tags", []):
                errors.append(f"cell {i}: {reply['content'].get('ename')}: {reply['content'].get('evalue')}")
    finally:
        client.stop_channels()
    return errors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebooks", nargs="*", default=DEFAULT)
    parser.add_argument("--limit-mb", type=int, default=2048)
    parser.add_argument("--jvm-opts", default=None, help="try other kernel JVM options than install_kernel.py's Binder ones")
    args = parser.parse_args()
    scratch = nbrun.ROOT / "build" / "binder-memory"
    prefix, runtime = scratch / "prefix", scratch / "runtime"
    runtime.mkdir(parents=True, exist_ok=True)
    install = [sys.executable, str(nbrun.ROOT / "tools" / "install_kernel.py"), "--binder", "--prefix", str(prefix)]
    subprocess.run(install + (["--jvm-opts", args.jvm_opts] if args.jvm_opts else []), check=True, stdout=subprocess.DEVNULL)
    token, port = secrets.token_hex(16), free_port()
    env = {**os.environ, "JUPYTER_PATH": str(prefix / "share" / "jupyter"), "JUPYTER_RUNTIME_DIR": str(runtime),
           "JUPYTER_CONFIG_PATH": str(prefix / "etc" / "jupyter"),
           "JUPYTERLAB_WORKSPACES_DIR": str(scratch / "workspaces")}
    for key in ("BROKERLAB_FAST", "BROKERLAB_HEADLESS", "BROKERLAB_DATA_DIR"):
        env.pop(key, None)
    command = [sys.executable, "-m", "jupyterlab", "--no-browser", f"--port={port}", "--ServerApp.ip=127.0.0.1",
               f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={nbrun.NOTEBOOKS}",
               f"--config={nbrun.ROOT / 'binder' / 'jupyter_server_config.json'}", "--allow-root"]
    log = open(scratch / "server.log", "w")
    server = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    sampler = Sampler(server.pid)
    base = f"http://127.0.0.1:{port}"
    failures = []
    try:
        for _ in range(120):
            try:
                api(base, token, "/api/status")
                break
            except OSError:
                time.sleep(0.5)
        sampler.start()
        print(f"server up: {sum(tree_rss_kb(server.pid).values()) / 1024:.0f} MB RSS", flush=True)
        for name in args.notebooks:
            started = time.monotonic()
            session = api(base, token, "/api/sessions", {"path": f"{name}.ipynb", "type": "notebook", "name": name,
                                                         "kernel": {"name": "java"}})
            connection = runtime / f"kernel-{session['kernel']['id']}.json"
            errors = run_notebook(connection, nbrun.NOTEBOOKS / f"{name}.ipynb")
            failures += [f"{name} {e}" for e in errors]
            rss = tree_rss_kb(server.pid)
            kernels = sorted((kb for pid, kb in rss.items() if pid != server.pid), reverse=True)
            print(f"{name}: ran in {time.monotonic() - started:.0f} s; now {sum(rss.values()) / 1024:.0f} MB in total "
                  f"(server {rss.get(server.pid, 0) / 1024:.0f} MB, kernels {', '.join(f'{k / 1024:.0f}' for k in kernels)} MB); "
                  f"peak so far {sampler.peak_kb / 1024:.0f} MB", flush=True)
    finally:
        sampler.stop.set()
        kernels = [pid for pid in tree_rss_kb(server.pid) if pid != server.pid]
        server.terminate()                      # the server shuts its kernels down
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        for pid in kernels:                     # and none may outlive it
            try:
                os.kill(pid, 9)
            except ProcessLookupError:
                pass
    peak_mb = sampler.peak_kb / 1024
    verdict = "fits" if peak_mb <= args.limit_mb and not failures else "DOES NOT FIT"
    print(f"peak {peak_mb:.0f} MB for {len(args.notebooks)} open notebooks against {args.limit_mb} MB: {verdict}")
    for f in failures:
        print("error:", f)
    return 0 if verdict == "fits" else 1


if __name__ == "__main__":
    sys.exit(main())
