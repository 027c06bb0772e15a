"""Configure the `java` kernel and Jupyter for BrokerLab's readers, locally (`make setup`) and on Binder (postBuild).

Everything is written inside the Python environment (`sys.prefix`, or `--prefix`), so JupyterLab, nbclient (tests)
and nbconvert (report) all start the kernel the same way and nothing outside the venv changes:

* `share/jupyter/kernels/java/kernel.json`: the JJava kernel JVM started directly (JJava's launcher would add a
  second JVM of ~45 MB per open notebook), headless AWT for XChart, a heap cap and GC, JShell's javac kept on C1
  (`compiler-directives.json`, next to kernel.json: a cheap notebook's largest cost was C2 compiling javac), C2's
  thresholds at three times their defaults (it compiled the JDK methods javac uses), and `BROKERLAB_PLOTLY_JS`,
  the plotly.min.js of the installed `plotly` package, which interactive figures embed (never a CDN).
* `JJAVA_STARTUP_SCRIPT`, the text of `tools/kernel-startup.jsh`: the kernel JVM ends itself after a shutdown request
  (it used to linger until jupyter_client's SIGTERM, 2.5 s per headless notebook), and JJava's shell loop picks up the
  next cell at once instead of after its 50 ms sleep (a trivial cell's round trip 76 -> 26 ms).
* `--binder`: small-footprint JVM options so four open notebooks fit in Binder's 2 GB, fast run lengths by default
  (`BROKERLAB_FAST=1`), and a second kernel `java-full`, "Java (BrokerLab, full run lengths)": the one switch to full.
* `etc/jupyter/labconfig/page_config.json` and `etc/jupyter/jupyter_server_config.d/nbgrader.json`: nbgrader stays out
  of readers' way (no "Create Assignment" sidebar, no start-up warning); `--nbgrader student` keeps only Validate
  (Binder), `--nbgrader instructor` (`make instructor`) turns everything on.
* `share/jupyter/lab/settings/overrides.json`: Markdown opens rendered, so `00-index.md` reads as a page.
* `etc/jupyter/jupyter_server_config.py`: after a notebook is saved, git looks at it through the notebook filter
  (tools/nbclean.py), so saving outputs leaves `git status` clean.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import sys
from pathlib import Path

from jupyter_client.kernelspec import KernelSpecManager

# Spark (notebook 17 loads the spark module) reaches into JDK internals that Java 17 closes: the options Spark's
# own launcher adds (org.apache.spark.launcher.JavaModuleOptions). They change nothing for the other notebooks.
SPARK_OPENS = ("-XX:+IgnoreUnrecognizedVMOptions -Djdk.reflect.useDirectMethodHandle=false "
               "-Dio.netty.tryReflectionSetAccessible=true " + " ".join(f"--add-opens=java.base/{p}=ALL-UNNAMED" for p in (
    "java.lang", "java.lang.invoke", "java.lang.reflect", "java.io", "java.net", "java.nio", "java.util",
    "java.util.concurrent", "java.util.concurrent.atomic", "jdk.internal.ref", "sun.nio.ch", "sun.nio.cs",
    "sun.security.action", "sun.util.calendar")))
# Most of a cheap notebook's CPU time is the JIT, not the reader's code: JShell runs javac in the kernel JVM for every
# cell, and C2 kept compiling javac's methods (on 12-equations, fast mode: C2 threads 4.7-6.2 of 12-15 CPU seconds).
# javac runs only a fraction of a second per cell, too short to repay C2, so it stays on C1; the simulation code (and
# java.*) still gets C2, unlike -XX:TieredStopAtLevel=1, which would slow the heavy cells. File written next to kernel.json.
COMPILER_DIRECTIVES = [{"match": ["com/sun/tools/*.*", "com/sun/source/*.*", "jdk/jshell/*.*", "jdk/internal/jshell/*.*",
                                  "jdk/nio/zipfs/*.*", "javax/lang/model/*.*", "javax/tools/*.*"],
                        "c2": {"Exclude": True}}]
DIRECTIVES_FILE = "compiler-directives.json"
# C2 also compiles the JDK methods javac and JJava lean on (regex, HashMap, String, zip, jimage: ~980 methods in
# 12-equations' kernel) as soon as they pass its default thresholds. Three times those thresholds leave C2 the methods
# that stay hot; the engine's loops pass them within milliseconds. Measured on 2026-12-07 (interleaved runs, medians):
# 12-equations 7.5-7.6 s against 7.9, 02 15.4 against 15.7, 03 11.6 against 12.2, 08 14.6 against 15.3; ten times
# the thresholds was slower and noisier.
TIER4_OPTS = "-XX:Tier4InvocationThreshold=15000 -XX:Tier4MinInvocationThreshold=1800 -XX:Tier4CompileThreshold=45000 "
JIT_OPTS = (f"-XX:+UnlockDiagnosticVMOptions -XX:CompilerDirectivesFile={{resource_dir}}/{DIRECTIVES_FILE} "
            + TIER4_OPTS)
# Full runs hold up to ~1.1 GB (DESIGN.md); Parallel GC for throughput on a workstation.
LOCAL_JVM_OPTS = "-Xmx3g -XX:+UseParallelGC -Djava.awt.headless=true " + JIT_OPTS + SPARK_OPENS
# Binder (2 GB for everything): a capped heap given back to the OS after a collection (Serial GC shrinks the heap
# when more than MaxHeapFreeRatio is free), C1 only (no C2 compiler threads and code cache), small thread stacks.
BINDER_JVM_OPTS = ("-Xms32m -Xmx384m -XX:+UseSerialGC -XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10 "
                   "-XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=160m -Xss512k "
                   "-XX:CICompilerCount=1 -Djava.awt.headless=true " + SPARK_OPENS)
BINDER_FULL_JVM_OPTS = ("-Xmx1g -XX:+UseSerialGC -XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10 -Djava.awt.headless=true "
                        + JIT_OPTS + SPARK_OPENS)
# Run by JJava before the first cell: the JVM ends itself after a shutdown, and a cell is picked up at once (the file
# says why and how).
STARTUP_SCRIPT = Path(__file__).resolve().parent / "kernel-startup.jsh"
BINDER_SERVER_CONFIG = Path(__file__).resolve().parent.parent / "binder" / "jupyter_server_config.json"
DISPLAY_NAME = "Java (BrokerLab)"
FULL_DISPLAY_NAME = "Java (BrokerLab, full run lengths)"

NBGRADER_PLUGINS = ["create-assignment", "formgrader", "course-list", "assignment-list", "menu", "validate-assignment"]
NBGRADER_SERVER = ["formgrader", "assignment_list", "course_list", "validate_assignment"]
NBGRADER_MODES = {  # which lab plugins and server extensions each audience gets
    "off": ([], []),
    "student": (["validate-assignment"], ["validate_assignment"]),
    "instructor": (NBGRADER_PLUGINS, NBGRADER_SERVER),
}


def jjava_jar() -> Path:
    """The kernel jar `pip install jjava` put into this environment's java kernelspec."""
    spec = KernelSpecManager().get_kernel_spec("java")
    jar = Path(spec.resource_dir) / "jjava.jar"
    if not jar.is_file():
        sys.exit(f"jjava.jar is missing from the java kernelspec ({spec.resource_dir}): reinstall with "
                 "`pip install -r requirements.txt`")
    return jar


def plotly_js() -> str | None:
    spec = importlib.util.find_spec("plotly")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "package_data" / "plotly.min.js"
    return str(path) if path.is_file() else None


def kernel(jar: str, jvm_opts: str, display_name: str, env: dict[str, str]) -> dict:
    # What JJava's launcher would run (KernelLauncher.buildCommand), without the launcher's own JVM.
    argv = ["java", *jvm_opts.split(), "--add-opens", "jdk.jshell/jdk.jshell=ALL-UNNAMED", "-jar", jar,
            "{connection_file}"]
    return {"argv": argv, "display_name": display_name, "language": "java", "interrupt_mode": "message",
            "env": env, "metadata": {"debugger": False}}


def write_json(path: Path, data: dict | list) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2) + "\n")


def install_kernels(prefix: Path, binder: bool, jvm_opts: str | None) -> list[Path]:
    source = jjava_jar()
    kernels = prefix / "share" / "jupyter" / "kernels"
    java_dir = kernels / "java"
    if java_dir.resolve() != source.parent.resolve():
        java_dir.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, java_dir / "jjava.jar")
    env = {"JJAVA_STARTUP_SCRIPT": STARTUP_SCRIPT.read_text(encoding="utf-8")}
    write_json(java_dir / DIRECTIVES_FILE, COMPILER_DIRECTIVES)
    plotly = plotly_js()
    if plotly:
        env["BROKERLAB_PLOTLY_JS"] = plotly
    else:
        print("warning: the plotly package is missing, so interactive figures cannot load plotly.js; "
              "run `pip install -r requirements.txt`", file=sys.stderr)
    written = []
    jar = "{resource_dir}/jjava.jar"
    if binder:
        fast = kernel(jar, jvm_opts or BINDER_JVM_OPTS, DISPLAY_NAME,
                      {**env, "BROKERLAB_FAST": "1", "BROKERLAB_FULL_KERNEL": FULL_DISPLAY_NAME})
        write_json(java_dir / "kernel.json", fast)
        full_dir = kernels / "java-full"
        full_dir.mkdir(parents=True, exist_ok=True)
        shutil.copy2(java_dir / "jjava.jar", full_dir / "jjava.jar")
        shutil.copy2(java_dir / DIRECTIVES_FILE, full_dir / DIRECTIVES_FILE)
        write_json(full_dir / "kernel.json", kernel(jar, BINDER_FULL_JVM_OPTS, FULL_DISPLAY_NAME, {**env, "BROKERLAB_FAST": "0"}))
        written += [java_dir / "kernel.json", full_dir / "kernel.json"]
    else:
        write_json(java_dir / "kernel.json", kernel(jar, jvm_opts or LOCAL_JVM_OPTS, DISPLAY_NAME, env))
        written.append(java_dir / "kernel.json")
    return written


def configure_nbgrader(prefix: Path, mode: str) -> None:
    plugins, server = NBGRADER_MODES[mode]
    page_config = prefix / "etc" / "jupyter" / "labconfig" / "page_config.json"
    data = json.loads(page_config.read_text()) if page_config.is_file() else {}
    disabled = {k: v for k, v in data.get("disabledExtensions", {}).items() if not k.startswith("@jupyter/nbgrader")}
    disabled.update({f"@jupyter/nbgrader:{p}": True for p in NBGRADER_PLUGINS if p not in plugins})
    data["disabledExtensions"] = disabled
    write_json(page_config, data)
    # The file nbgrader's own package installs; `jupyter server extension enable/disable` edits the same file.
    extensions = {f"nbgrader.server_extensions.{s}": s in server for s in NBGRADER_SERVER}
    write_json(prefix / "etc" / "jupyter" / "jupyter_server_config.d" / "nbgrader.json",
               {"ServerApp": {"jpserver_extensions": extensions}})


def configure_server(prefix: Path) -> None:
    """After JupyterLab saves a notebook, git compares it through the notebook filter (tools/nbclean.py post_save)."""
    nbclean = Path(__file__).resolve().parent / "nbclean.py"
    config = prefix / "etc" / "jupyter" / "jupyter_server_config.py"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(f"""# Written by tools/install_kernel.py: keeps `git status` clean when a reader saves a notebook with outputs.
import importlib.util
import warnings

# JupyterLab applies the server's configuration a second time when it loads; the hook is the same, the warning noise.
warnings.filterwarnings("ignore", message="Overriding existing post_save_hook")
_spec = importlib.util.spec_from_file_location("brokerlab_nbclean", {str(nbclean)!r})
_nbclean = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_nbclean)
c.FileContentsManager.post_save_hook = _nbclean.post_save
""")


def configure_lab(prefix: Path, binder: bool) -> None:
    overrides = {"@jupyterlab/docmanager-extension:plugin": {"defaultViewers": {"markdown": "Markdown Preview"}}}
    if binder:
        # Closing a notebook's tab stops its JVM: memory comes back at once instead of after the idle cull.
        overrides["@jupyterlab/notebook-extension:tracker"] = {"kernelShutdown": True}
        # Idle kernels culled after 10 minutes (binder/jupyter_server_config.json; traitlets reads only the main
        # config file for such settings, not the .d folder).
        shutil.copy2(BINDER_SERVER_CONFIG, prefix / "etc" / "jupyter" / "jupyter_server_config.json")
    write_json(prefix / "share" / "jupyter" / "lab" / "settings" / "overrides.json", overrides)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binder", action="store_true", help="Binder: small JVMs, fast mode by default, a full-mode kernel")
    parser.add_argument("--nbgrader", choices=sorted(NBGRADER_MODES), default=None,
                        help="nbgrader in JupyterLab: off (readers; the default), student (Validate only; the "
                             "default with --binder), instructor (everything)")
    parser.add_argument("--jvm-opts", default=None, help="JVM options for the java kernel instead of the defaults")
    parser.add_argument("--prefix", default=sys.prefix, help="environment to configure (default: this Python's)")
    args = parser.parse_args()
    prefix = Path(args.prefix)
    written = install_kernels(prefix, args.binder, args.jvm_opts)
    mode = args.nbgrader or ("student" if args.binder else "off")
    configure_nbgrader(prefix, mode)
    configure_server(prefix)
    configure_lab(prefix, args.binder)
    names = ", ".join(p.parent.name for p in written)
    print(f"kernels ready ({names}); nbgrader in JupyterLab: {mode}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
