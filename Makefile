# BrokerLab: the two commands of the README, and a few helpers.
#   make lab     set everything up (venv, Java kernel, engine) and open JupyterLab on notebooks/   (the main job)
#   make test    every test: JUnit suite, Javadoc (zero errors), the CLI jar, then every notebook executed headless
#   make cli     the self-contained command-line jar, lib/target/brokerlab-cli.jar (bin/brokerlab runs it)
#   make spark   the Spark module: spark/target/classpath/ (sweeps with --master, notebook 17), ~300 MB of jars
#   make report  render every notebook (full run lengths) to HTML in build/report/ (report-pdf: PDFs, no TeX)
#   make data    rerun every notebook at full length writing its tables into data/ (the committed results)
#   make bench   peer benchmarks (SimPy, Ciw, SSJ and BrokerLab's two engines)
#   make assignments   generate the student versions of the course assignments (build/assignments/release/)
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PYTHON ?= python3
VENV := .venv
VPY := $(VENV)/bin/python
ENGINE := lib/target/brokerlab.jar
CLI_JAR := lib/target/brokerlab-cli.jar
CLI_JSA := lib/target/brokerlab-cli.jsa
ENGINE_SOURCES := $(shell find lib/src/main -type f 2>/dev/null) pom.xml lib/pom.xml
SPARK_JAR := spark/target/brokerlab-spark.jar
SPARK_SOURCES := $(shell find spark/src/main -type f 2>/dev/null) spark/pom.xml
SCALING_JAR := scaling/target/brokerlab-scaling.jar
SCALING_SOURCES := $(shell find scaling/src/main -type f 2>/dev/null) scaling/pom.xml
MVN := mvn -B -ntp

.PHONY: lab setup engine cli spark test test-java test-notebooks report report-pdf data binder-memory instructor bench assignments clean

# JupyterLab refuses to start as root unless told; containers and CI machines often are root.
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root)

# Opens on the index page (00-index.md, rendered; it starts no kernel). LAB_ARGS for a remote or headless machine,
# e.g. LAB_ARGS="--no-browser --ip=127.0.0.1 --port=8888" (then tunnel: ssh -L 8888:localhost:8888 HOST).
lab: setup
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks --ServerApp.default_url=/lab/tree/00-index.md $(ROOT_FLAG) $(LAB_ARGS)

# Notebook 17 loads the Spark module's classpath as well, so the lab builds it too (once; Spark itself stays off
# every other notebook's classpath). Notebook 18 loads the scaling module's (gRPC, protobuf) the same way.
setup: $(VENV)/.installed $(ENGINE) $(SPARK_JAR) $(SCALING_JAR)
	@$(DROP_SLOW_IMPORTS)
	@python3 tools/nbclean.py --install >/dev/null

# jupyter-events asks for jsonschema[format-nongpl], whose rfc3987-syntax builds an Earley parser when jsonschema is
# imported: 2.1 of the 2.8 s that every nbclient, nbconvert, nbgrader and Jupyter server process spent importing
# nbformat. It only checks the "iri" formats, which no schema here uses; pip check stays clean. Also run by setup and
# test (a 20 ms check), so a venv made before this line loses it too.
DROP_SLOW_IMPORTS = $(VPY) -c 'import importlib.util as u, sys; sys.exit(u.find_spec("rfc3987_syntax") is None)' \
	&& $(VPY) -m pip uninstall --quiet --disable-pip-version-check -y rfc3987-syntax lark || true

# Stamp file: the venv is rebuilt only when the pins or the kernel installer change.
$(VENV)/.installed: requirements.txt tools/install_kernel.py tools/kernel-startup.jsh
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 10), "Python >= 3.10 needed, found " + sys.version' 
	$(PYTHON) -m venv $(VENV)
	$(VPY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@$(DROP_SLOW_IMPORTS)
	$(VPY) tools/install_kernel.py
	touch $@

# Classes and jars only: Javadoc and sources jars are built (and checked) by 'make test'.
QUICK_PACKAGE := package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true

$(ENGINE) $(CLI_JAR): $(ENGINE_SOURCES)
	$(MVN) -q -pl lib $(QUICK_PACKAGE)
	@touch $(ENGINE) $(CLI_JAR)

$(SPARK_JAR): $(ENGINE_SOURCES) $(SPARK_SOURCES)
	$(MVN) -q -pl lib,spark $(QUICK_PACKAGE)
	@touch $(SPARK_JAR)

$(SCALING_JAR): $(ENGINE_SOURCES) $(SCALING_SOURCES)
	$(MVN) -q -pl lib,scaling $(QUICK_PACKAGE)
	@touch $(SCALING_JAR)

engine: $(ENGINE)

cli: $(CLI_JSA)

# Class data sharing for the command line: one training run of 'analyze' records the classes it loads (lambda
# forms included) in an archive that bin/brokerlab maps at start-up instead of reading and verifying them from the
# 50 MB jar. The JVM checks the jar's size and time against the archive and silently ignores a stale one, so a
# rebuilt jar is never run with old classes (only more slowly until the next 'make cli').
$(CLI_JSA): $(CLI_JAR)
	rm -f $@
	java -XX:ArchiveClassesAtExit=$@ -Xlog:cds=off -Xlog:cds+dynamic=off -jar $(CLI_JAR) analyze --arrival 'exp(rate=3.6)' --service 'exp(rate=1)' --servers 4 --json >/dev/null

spark: $(SPARK_JAR)

# 'package' builds every module (lib, spark, scaling) and runs the JUnit suites (the Spark tests run sweeps on local[2]
# and compare them with local threads), builds the Javadoc (failing on any error), the sources jar and the CLI jar.
# The javadoc plugin skips a run whose options and package list are unchanged, even when a comment changed: its
# stale-data file (and the old pages) go first, so every test run checks the Javadoc of the sources as they are.
# The browser tests need Debian's chromium: installed here when root with apt, else this stops with the apt line.
test: $(VENV)/.installed
	rm -rf lib/target/maven-javadoc-plugin-stale-data.txt lib/target/reports/apidocs spark/target/maven-javadoc-plugin-stale-data.txt spark/target/reports/apidocs scaling/target/maven-javadoc-plugin-stale-data.txt scaling/target/reports/apidocs
	@$(DROP_SLOW_IMPORTS)
	$(MVN) package
	@python3 tools/nbclean.py --install >/dev/null
	$(VPY) tools/chromium.py ensure
	$(VENV)/bin/pytest --durations=15 tests

test-java:
	$(MVN) test

test-notebooks: setup
	$(VENV)/bin/pytest tests

# Writes only build/ (tables to build/data/): a report run never changes tracked files.
report: setup
	$(VPY) tools/notebooks.py report --out build/report

report-pdf: report
	$(VPY) tools/chromium.py ensure
	$(VPY) tools/notebooks.py pdf --out build/report

# The one command that rewrites the committed results in data/ (full run lengths; the report lands in build/report).
# NOTEBOOKS="02 05" reruns only those (14 measures real brokers for about half an hour).
data: setup
	$(VPY) tools/notebooks.py report --out build/report --data data $(NOTEBOOKS)

# Peak memory of four notebooks open at once under Binder's settings (see binder/README.md).
binder-memory: setup
	$(VPY) tools/binder_memory.py

# nbgrader in JupyterLab (Create Assignment, Formgrader, Validate); `make setup` after a pin change turns it off again.
instructor: setup
	$(VPY) tools/install_kernel.py --nbgrader instructor

bench:
	bash bench/run.sh

assignments: setup
	$(VPY) tools/assignments.py generate

clean:
	rm -rf build lib/target spark/target scaling/target $(VENV)
