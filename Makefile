# BrokerLab: the two commands of the README, and a few helpers.
#   make lab     set everything up (venv, Java kernel, engine) and open JupyterLab on notebooks/   (the main job)
#   make test    every test: JUnit suite, Javadoc (zero errors), the CLI jar, then every notebook executed headless
#   make cli     the self-contained command-line jar, lib/target/brokerlab-cli.jar (bin/brokerlab runs it)
#   make report  render every notebook (full run lengths) to HTML in build/report/
#   make bench   peer benchmarks (SimPy, Ciw, SSJ and BrokerLab's two engines)
#   make assignments   generate the student versions of the course assignments (build/assignments/release/)
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PYTHON ?= python3
VENV := .venv
VPY := $(VENV)/bin/python
ENGINE := lib/target/brokerlab.jar
CLI_JAR := lib/target/brokerlab-cli.jar
ENGINE_SOURCES := $(shell find lib/src/main -type f 2>/dev/null) pom.xml lib/pom.xml
MVN := mvn -B -ntp

.PHONY: lab setup engine cli test test-java test-notebooks report bench assignments clean

# JupyterLab refuses to start as root unless told; containers and CI machines often are root.
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root)

lab: setup
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks $(ROOT_FLAG) $(LAB_ARGS)

setup: $(VENV)/.installed $(ENGINE)

# Stamp file: the venv is rebuilt only when the pins or the kernel installer change.
$(VENV)/.installed: requirements.txt tools/install_kernel.py
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 10), "Python >= 3.10 needed, found " + sys.version' 
	$(PYTHON) -m venv $(VENV)
	$(VPY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(VPY) tools/install_kernel.py
	touch $@

# Classes and jars only: Javadoc and sources jars are built (and checked) by 'make test'.
QUICK_PACKAGE := package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true

$(ENGINE) $(CLI_JAR): $(ENGINE_SOURCES)
	$(MVN) -q $(QUICK_PACKAGE)
	@touch $(ENGINE) $(CLI_JAR)

engine: $(ENGINE)

cli: $(CLI_JAR)

# 'package' runs the JUnit suite, builds the Javadoc (failing on any error), the sources jar and the CLI jar.
# The javadoc plugin skips a run whose options and package list are unchanged, even when a comment changed: its
# stale-data file (and the old pages) go first, so every test run checks the Javadoc of the sources as they are.
test: $(VENV)/.installed
	rm -rf lib/target/maven-javadoc-plugin-stale-data.txt lib/target/reports/apidocs
	$(MVN) package
	$(VENV)/bin/pytest tests

test-java:
	$(MVN) test

test-notebooks: setup
	$(VENV)/bin/pytest tests

report: setup
	$(VPY) tools/notebooks.py report --out build/report

bench:
	bash bench/run.sh

assignments: setup
	$(VPY) tools/assignments.py generate

clean:
	rm -rf build lib/target $(VENV)
