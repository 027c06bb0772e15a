"""The kernel installer's JVM options: what every notebook's kernel starts with, locally and on Binder."""
import json
import re
import subprocess
import sys

import pytest

import nbrun

INSTALLER = nbrun.ROOT / "tools" / "install_kernel.py"


@pytest.mark.parametrize("binder", [False, True], ids=["local", "binder"])
def test_the_kernel_jvm_reads_the_compiler_directives_the_installer_writes(tmp_path, binder):
    # The directives keep javac on C1; a kernel whose argv names a missing or malformed file would not start at all
    # (or, for a pattern the JVM rejects, start without them), so the real java reads the installed file here.
    subprocess.run([sys.executable, str(INSTALLER), "--prefix", str(tmp_path)] + (["--binder"] if binder else []),
                   check=True, capture_output=True)
    kernels = tmp_path / "share" / "jupyter" / "kernels"
    for spec_dir in sorted(kernels.iterdir()):
        argv = json.loads((spec_dir / "kernel.json").read_text())["argv"]
        options = [a.replace("{resource_dir}", str(spec_dir)) for a in argv[:argv.index("-jar")]]
        named = [a for a in options if a.startswith("-XX:CompilerDirectivesFile=")]
        if binder and spec_dir.name == "java":
            assert "-XX:TieredStopAtLevel=1" in options and not named, "Binder's fast kernel is C1 only: nothing to direct"
            continue
        assert len(named) == 1, f"{spec_dir.name}: no -XX:CompilerDirectivesFile in {argv}"
        run = subprocess.run([options[0], *options[1:], "-XX:+PrintFlagsFinal", "-version"], capture_output=True,
                             text=True, timeout=60)
        assert run.returncode == 0, run.stderr
        assert "1 compiler directives added" in run.stdout + run.stderr, run.stdout + run.stderr
        # and C2's raised thresholds (javac's JDK helpers stay on C1 longer), as the JVM took them
        final = {m[1]: int(m[2]) for m in re.finditer(r"^\s*intx (Tier4\w+)\s+= (\d+)", run.stdout, re.M)}
        assert (final["Tier4InvocationThreshold"], final["Tier4MinInvocationThreshold"],
                final["Tier4CompileThreshold"]) == (15000, 1800, 45000), final


# What the startup script's second block changes: JJava's shell loops (shell and control channel) poll through a
# wrapper compiled by JShell instead of JJava's own lambda. Read in the kernel itself, so a JJava whose internals
# moved (the tuning then does nothing, silently) fails here.
SHELL_LOOPS_TUNED = """
long tunedLoops = 0, shellLoops = 0;
for (int attempt = 0; attempt < 40 && (shellLoops < 2 || tunedLoops < shellLoops); attempt++) {
    Thread.sleep(50);
    var body = Class.forName("org.dflib.jjava.jupyter.channels.Loop").getDeclaredField("loopBody");
    body.setAccessible(true);
    shellLoops = 0; tunedLoops = 0;
    for (Thread t : Thread.getAllStackTraces().keySet()) {
        if (!t.getName().startsWith("Shell-") || !body.getDeclaringClass().isInstance(t)) continue;
        shellLoops++;
        if (!body.get(t).getClass().getName().startsWith("org.dflib.")) tunedLoops++;
    }
}
System.out.println("tuned " + tunedLoops + " of " + shellLoops + " shell loops");
"""


# What the third part leaves defined, read in the kernel: the hidden variables of earlier cells' values are gone.
HIDDEN_VARIABLES = """
System.out.println("hidden " + org.dflib.jjava.kernel.JavaNotebookStatics.kernel().getJShell().variables()
        .filter(v -> v.subKind() == jdk.jshell.Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND).count()
        + ", kept " + org.dflib.jjava.kernel.JavaNotebookStatics.kernel().getJShell().variables()
        .anyMatch(v -> v.name().equals("kept")));
"""


def test_the_kernel_polls_fast_drops_hidden_results_and_its_jvm_exits_by_itself_after_a_shutdown_request():
    # JJava leaves an idle non-daemon thread behind once a cell has run, so without the installer's startup script
    # the JVM outlived the kernel until jupyter_client's SIGTERM (exit status -15) or a minute. The exit status tells
    # the two apart without timing anything: 0 only when the JVM ended itself.
    from jupyter_client.manager import KernelManager  # noqa: PLC0415

    km = KernelManager(kernel_name=nbrun.KERNEL)
    km.start_kernel(cwd=str(nbrun.NOTEBOOKS))
    kc = km.client()
    try:
        kc.start_channels()
        kc.wait_for_ready(timeout=120)
        printed = []
        reply = kc.execute_interactive(SHELL_LOOPS_TUNED, timeout=120, output_hook=lambda msg: printed.append(
            msg["content"].get("text", "")) if msg["msg_type"] == "stream" else None)
        assert reply["content"]["status"] == "ok", reply["content"]
        assert "".join(printed).strip() == "tuned 2 of 2 shell loops", printed
        # The third part: a cell's value is shown, then its hidden $n variable is dropped; declared ones stay.
        shown = []
        reply = kc.execute_interactive("40 + 2", timeout=60, output_hook=lambda msg: shown.append(
            msg["content"]["data"]["text/plain"]) if msg["msg_type"] == "execute_result" else None)
        assert reply["content"]["status"] == "ok" and shown == ["42"], (reply["content"], shown)
        printed.clear()
        for cell in ("int kept = 7;", HIDDEN_VARIABLES):
            reply = kc.execute_interactive(cell, timeout=60, output_hook=lambda msg: printed.append(
                msg["content"].get("text", "")) if msg["msg_type"] == "stream" else None)
            assert reply["content"]["status"] == "ok", reply["content"]
        assert "".join(printed).strip() == "hidden 0, kept true", printed
        km.request_shutdown()
        process = km.provisioner.process
        try:
            status = process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pytest.fail("the kernel JVM was still running 30 s after the shutdown request")
        assert status == 0, f"the kernel JVM ended with status {status}, not by itself"
    finally:
        kc.stop_channels()
        if km.is_alive():
            km.shutdown_kernel(now=True)
        km.cleanup_resources()
