"""Configure the `java` kernelspec that `pip install jjava` put into this venv.

JJava reads its JVM options from environment variables; writing them into the kernelspec's `env` means JupyterLab,
nbclient (tests) and nbconvert (report) all start the kernel the same way: headless AWT (XChart renders PNGs without
a display) and a heap large enough for long simulation runs.
"""
import argparse
import json
import sys
from pathlib import Path

from jupyter_client.kernelspec import KernelSpecManager

# Spark (notebook 17 loads the spark module) reaches into JDK internals that Java 17 closes: the options Spark's
# own launcher adds (org.apache.spark.launcher.JavaModuleOptions). They change nothing for the other notebooks.
SPARK_OPENS = " ".join(f"--add-opens=java.base/{p}=ALL-UNNAMED" for p in (
    "java.lang", "java.lang.invoke", "java.lang.reflect", "java.io", "java.net", "java.nio", "java.util",
    "java.util.concurrent", "java.util.concurrent.atomic", "jdk.internal.ref", "sun.nio.ch", "sun.nio.cs",
    "sun.security.action", "sun.util.calendar"))
JVM_OPTS = ("-Xmx3g -Djava.awt.headless=true -XX:+UseParallelGC -XX:+IgnoreUnrecognizedVMOptions "
            "-Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true " + SPARK_OPENS)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jvm-opts", default=JVM_OPTS,
                        help="JVM options written into the kernelspec; empty leaves them to the environment "
                             "(Binder's start script sets JJAVA_JVM_OPTS)")
    args = parser.parse_args()
    spec = KernelSpecManager().get_kernel_spec("java")
    resource_dir = Path(spec.resource_dir)
    if not str(resource_dir).startswith(sys.prefix):
        print(f"warning: the java kernelspec at {resource_dir} is outside this venv ({sys.prefix})", file=sys.stderr)
    kernel_json = resource_dir / "kernel.json"
    data = json.loads(kernel_json.read_text())
    data["display_name"] = "Java (BrokerLab)"
    env = data.setdefault("env", {})
    if args.jvm_opts:
        env["JJAVA_JVM_OPTS"] = args.jvm_opts
    else:
        env.pop("JJAVA_JVM_OPTS", None)
    kernel_json.write_text(json.dumps(data, indent=2) + "\n")
    print(f"java kernel ready: {kernel_json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
