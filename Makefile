# BrokerLab: the two commands of the README, and a few helpers.
#   make lab     set everything up (venv, Java kernel, engine) and open JupyterLab on notebooks/   (the main job)
#   make test    every test: JUnit suite, then every notebook executed headless and rendered to HTML
#   make report  render every notebook (full run lengths) to HTML in build/report/
#   make bench   peer benchmarks (SimPy, Ciw, SSJ and BrokerLab's two engines)
#   make assignments   generate the student versions of the course assignments (build/assignments/release/)
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PYTHON ?= python3
VENV := .venv
VPY := $(VENV)/bin/python
ENGINE := lib/target/brokerlab.jar
ENGINE_SOURCES := $(shell find lib/src/main -type f 2>/dev/null) pom.xml lib/pom.xml
MVN := mvn -B -ntp

.PHONY: lab setup engine test test-java test-notebooks report bench assignments clean

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

$(ENGINE): $(ENGINE_SOURCES)
	$(MVN) -q package -DskipTests
	@touch $@

engine: $(ENGINE)

test: $(VENV)/.installed
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
