# Build and test tooling for the sep.sesam collection (repo root = collection root).
#
#   make venv          .venv (Python 3.12, ansible-core 2.21 + lint/molecule/pytest) and
#                      .venv-2.16 (Python 3.11, ansible-core 2.16); both with the simulator
#   make test          everything, in order, stopping at the first failure (what .ci/run calls)
#   make simulator-test  pytest of tests/simulator/tests
#   make sanity        ansible-test sanity --local on 2.21 and 2.16
#   make units         ansible-test units on 2.21 and 2.16
#   make integration   ansible-test integration --local: 2.21 x profiles 4.4.3 5.1 5.2, 2.16 x 5.2
#   make lint          ansible-lint --profile production (2.21)
#   make molecule      molecule test (2.21)
#   make build         build the tarball into dist/, install it, ansible-doc every module
#   make copy          refresh the ansible-test tree .build/ansible_collections/sep/sesam
#   make demo          the demo: onboard examples/fleet twice against the simulator (SESAM_PROFILE=5.2)
#   make clean         remove .build/ dist/ tests/output/ (keeps the venvs)
#
# Variables: CORES="2.21 2.16" PROFILES="4.4.3 5.1 5.2" (for 2.21), SANITY_ARGS, UNITS_ARGS,
# INTEGRATION_ARGS (extra ansible-test arguments, e.g. INTEGRATION_ARGS=simulator_smoke).

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:

export LC_ALL := C.UTF-8
export LANG := C.UTF-8
export PY_COLORS := 0
export ANSIBLE_FORCE_COLOR := 0
export NO_COLOR := 1
export PIP_DISABLE_PIP_VERSION_CHECK := 1
export PIP_NO_INPUT := 1

NS := sep
NAME := sesam
REPO := $(CURDIR)
BUILD := $(REPO)/.build
COLL := $(BUILD)/ansible_collections/$(NS)/$(NAME)
PYBIN := $(BUILD)/pybin
DIST := $(REPO)/dist
INSTALLED := $(BUILD)/installed

# Pythons: pyenv's real binaries (its shims exit 127 inside ansible-test), else pythonX.Y on PATH
PYENV_ROOT_DIR := $(shell pyenv root 2>/dev/null || echo "$${PYENV_ROOT:-$$HOME/.pyenv}")
PY312 ?= $(or $(lastword $(sort $(wildcard $(PYENV_ROOT_DIR)/versions/3.12.*/bin/python3))),$(shell command -v python3.12))
PY311 ?= $(or $(lastword $(sort $(wildcard $(PYENV_ROOT_DIR)/versions/3.11.*/bin/python3))),$(shell command -v python3.11))

VENV := $(REPO)/.venv
VENV216 := $(REPO)/.venv-2.16
CORE_NEW := 2.21
CORE_OLD := 2.16
ALL_CORES := $(CORE_NEW) $(CORE_OLD)
CORES ?= $(ALL_CORES)
PROFILES ?= 4.4.3 5.1 5.2
DEFAULT_PROFILE := 5.2

venv_of = $(if $(filter $(CORE_OLD),$(1)),$(VENV216),$(VENV))
# controller Python version (X.Y) of a venv
pyver_of = $(if $(filter $(CORE_OLD),$(1)),$(shell $(PY311) -c 'import sys; print("%d.%d" % sys.version_info[:2])'),$(shell $(PY312) -c 'import sys; print("%d.%d" % sys.version_info[:2])'))

SIM_DIR := tests/simulator
SIM_SRC := $(shell find $(SIM_DIR) \( -name '*.py' -o -name 'pyproject.toml' -o -name 'setup.cfg' -o -name '*.json' \) -not -path '*/tests/*' -not -path '*/build/*' -not -path '*/__pycache__/*' 2>/dev/null)

STAMP_NEW := $(VENV)/.stamp-deps
STAMP_OLD := $(VENV216)/.stamp-deps
SIMSTAMP_NEW := $(VENV)/.stamp-simulator
SIMSTAMP_OLD := $(VENV216)/.stamp-simulator

SANITY_ARGS ?=
UNITS_ARGS ?=
INTEGRATION_ARGS ?=

# run a step with timing; append to the summary file
SUMMARY := $(BUILD)/summary.txt
define step
	@s=$$(date +%s); echo "=== $(1)"; \
	if $(2); then rc=0; else rc=$$?; fi; \
	d=$$(( $$(date +%s) - s )); \
	mkdir -p "$(BUILD)"; \
	if [ $$rc -eq 0 ]; then echo "ok    $$(printf '%4ss' $$d)  $(1)" >> "$(SUMMARY)"; echo "=== ok ($${d}s): $(1)"; \
	else echo "FAIL  $$(printf '%4ss' $$d)  $(1) (exit $$rc)" >> "$(SUMMARY)"; echo "=== FAILED ($${d}s, exit $$rc): $(1)"; exit $$rc; fi
endef

.PHONY: help
help:
	@sed -n 's/^#   make /make /p' $(MAKEFILE_LIST)

# ---------------------------------------------------------------------------------------------------
# virtual environments

.PHONY: venv
venv: $(STAMP_NEW) $(STAMP_OLD) $(SIMSTAMP_NEW) $(SIMSTAMP_OLD)

$(STAMP_NEW): requirements.txt tests/unit/requirements.txt
	@test -n "$(PY312)" || { echo "no Python 3.12 found (pyenv versions/3.12.* or python3.12)"; exit 1; }
	test -x "$(VENV)/bin/python" || "$(PY312)" -m venv "$(VENV)"
	"$(VENV)/bin/python" -m pip install -q --upgrade pip
	"$(VENV)/bin/python" -m pip install -q "ansible-core==$(CORE_NEW).*" ansible-lint molecule pytest pytest-xdist \
		requests antsibull-changelog -r requirements.txt -r tests/unit/requirements.txt
	touch "$@"

$(STAMP_OLD): requirements.txt tests/unit/requirements.txt
	@test -n "$(PY311)" || { echo "no Python 3.11 found (pyenv versions/3.11.* or python3.11)"; exit 1; }
	test -x "$(VENV216)/bin/python" || "$(PY311)" -m venv "$(VENV216)"
	"$(VENV216)/bin/python" -m pip install -q --upgrade pip
	"$(VENV216)/bin/python" -m pip install -q "ansible-core==$(CORE_OLD).*" pytest requests \
		-r requirements.txt -r tests/unit/requirements.txt
	touch "$@"

# the simulator is reinstalled whenever its sources change
$(SIMSTAMP_NEW): $(STAMP_NEW) $(SIM_SRC)
	@test -d "$(SIM_DIR)" || { echo "$(SIM_DIR) is missing"; exit 1; }
	"$(VENV)/bin/python" -m pip install -q --force-reinstall --no-deps "./$(SIM_DIR)"
	"$(VENV)/bin/python" -m pip install -q "./$(SIM_DIR)"
	touch "$@"

$(SIMSTAMP_OLD): $(STAMP_OLD) $(SIM_SRC)
	@test -d "$(SIM_DIR)" || { echo "$(SIM_DIR) is missing"; exit 1; }
	"$(VENV216)/bin/python" -m pip install -q --force-reinstall --no-deps "./$(SIM_DIR)"
	"$(VENV216)/bin/python" -m pip install -q "./$(SIM_DIR)"
	touch "$@"

# ---------------------------------------------------------------------------------------------------
# machine setup for ansible-test: shellcheck, pyenv symlinks, get-pip stand-in

.PHONY: tools
tools: $(PYBIN)/.stamp get-pip-stub
	@command -v shellcheck >/dev/null || { \
		echo "installing shellcheck (used by the shellcheck sanity test)"; \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq shellcheck >/dev/null; } \
		|| echo "WARN: shellcheck could not be installed: the shellcheck sanity test will be skipped"; }

# ansible-test looks for pythonX.Y on PATH; pyenv shims for versions that are not active exit 127,
# so link the real binaries of 3.9+ (module Pythons the collection supports) into one folder
$(PYBIN)/.stamp:
	mkdir -p "$(PYBIN)"
	for p in "$(PYENV_ROOT_DIR)"/versions/3.*/bin/python3.[0-9]*; do \
		case "$$p" in *-config|*.py|*-gdb*) continue ;; esac; \
		v=$${p##*/python}; case "$$v" in 3.9|3.1[0-9]) ;; *) continue ;; esac; \
		[ -x "$$p" ] && ln -sf "$$p" "$(PYBIN)/"; \
	done; true
	touch "$@"

# ansible-test bootstraps pip in its venvs with get-pip.py from a host this machine cannot reach:
# put a stand-in into its cache under the name each ansible-core line looks for
.PHONY: get-pip-stub
get-pip-stub: $(STAMP_NEW) $(STAMP_OLD)
	mkdir -p "$$HOME/.ansible/test/cache"
	for v in "$(VENV)" "$(VENV216)"; do \
		pv=$$(grep -ohP "pip='\K[0-9.]+" "$$v"/lib/python3*/site-packages/ansible_test/_internal/python_requirements.py | head -1); \
		test -n "$$pv"; \
		cp "$(REPO)/.ci/get_pip_stub.py" "$$HOME/.ansible/test/cache/get_pip_$${pv//./_}.py"; \
	done

# ---------------------------------------------------------------------------------------------------
# the collection tree ansible-test needs (a real .../ansible_collections/sep/sesam, no symlink):
# git-tracked files plus untracked files that are not ignored. The copy gets its own git repo so that
# ansible-test and ansible-lint see its files (the outer repo ignores .build/).

.PHONY: copy
copy:
	rm -rf "$(COLL)"
	mkdir -p "$(COLL)"
	git ls-files -z --cached --others --exclude-standard | \
		while IFS= read -r -d '' f; do [ -e "$$f" ] && printf '%s\0' "$$f"; done | \
		tar --null -T - -cf - | tar -C "$(COLL)" -xf -
	cd "$(COLL)" && git init -q && git add -A

# environment for every ansible step: the collection copy, the Python symlinks and the venv first on PATH,
# pyenv's shims dropped (ansible-test would pick e.g. shims/python2.7, which exits 127 in its environment)
CLEAN_PATH := $(shell printf '%s' "$$PATH" | tr ':' '\n' | grep -v '/shims$$' | paste -sd: -)
ANSIBLE_ENV = ANSIBLE_COLLECTIONS_PATH="$(BUILD)" PATH="$(PYBIN):$(1)/bin:$(CLEAN_PATH)" VIRTUAL_ENV="$(1)"

# ---------------------------------------------------------------------------------------------------
# tests

.PHONY: simulator-test
simulator-test: $(SIMSTAMP_NEW)
	$(call step,simulator pytest,"$(VENV)/bin/python" -m pytest -q -p no:cacheprovider -n 2 $(SIM_DIR)/tests)

.PHONY: sanity $(addprefix sanity-,$(ALL_CORES))
sanity: $(addprefix sanity-,$(CORES))
$(addprefix sanity-,$(ALL_CORES)): sanity-%: venv tools copy
	$(call step,sanity $*,cd "$(COLL)" && $(call ANSIBLE_ENV,$(call venv_of,$*)) \
		"$(call venv_of,$*)/bin/ansible-test" sanity --local --color no $(SANITY_ARGS))

.PHONY: units $(addprefix units-,$(ALL_CORES))
units: $(addprefix units-,$(CORES))
$(addprefix units-,$(ALL_CORES)): units-%: venv tools copy
	$(call step,units $*,cd "$(COLL)" && $(call ANSIBLE_ENV,$(call venv_of,$*)) \
		"$(call venv_of,$*)/bin/ansible-test" units --venv --python $(call pyver_of,$*) --color no $(UNITS_ARGS))

.PHONY: integration $(addprefix integration-,$(ALL_CORES))
integration: $(addprefix integration-,$(CORES))
# Targets with the alias "sesam/slow" run once only: on the newest core with the default profile.
integration-$(CORE_NEW): venv tools copy
	@for p in $(PROFILES); do \
		x=$$([ "$$p" = "$(DEFAULT_PROFILE)" ] || echo yes); \
		$(MAKE) --no-print-directory integration-run CORE=$(CORE_NEW) SESAM_PROFILE=$$p SKIP_SLOW=$$x || exit $$?; \
	done
integration-$(CORE_OLD): venv tools copy
	@$(MAKE) --no-print-directory integration-run CORE=$(CORE_OLD) SESAM_PROFILE=$(DEFAULT_PROFILE) SKIP_SLOW=yes

# ansible-test does not pass the environment through to runme.sh, so the profile goes to the targets in
# tests/integration/integration_config.yml (copied by ansible-test; read by setup_simulator/start.sh)
.PHONY: integration-run
integration-run:
	printf -- '---\nsesam_profile: "%s"\n' "$(SESAM_PROFILE)" > "$(COLL)/tests/integration/integration_config.yml"
	$(call step,integration $(CORE) profile $(SESAM_PROFILE)$(if $(SKIP_SLOW), (without sesam/slow)),cd "$(COLL)" && \
		$(call ANSIBLE_ENV,$(call venv_of,$(CORE))) SESAM_PROFILE="$(SESAM_PROFILE)" \
		"$(call venv_of,$(CORE))/bin/ansible-test" integration --local --color no $(if $(SKIP_SLOW),$$(grep -qsx 'sesam/slow' tests/integration/targets/*/aliases && echo '--exclude sesam/slow/')) $(INTEGRATION_ARGS))

.PHONY: lint
lint: venv copy
	$(call step,changelog fragments,cd "$(COLL)" && "$(VENV)/bin/antsibull-changelog" lint)
	$(call step,ansible-lint production,cd "$(COLL)" && $(call ANSIBLE_ENV,$(VENV)) \
		"$(VENV)/bin/ansible-lint" --profile production --nocolor)

.PHONY: molecule
molecule: venv tools copy
	$(call step,molecule test,cd "$(COLL)" && $(call ANSIBLE_ENV,$(VENV)) \
		"$(VENV)/bin/molecule" test)

.PHONY: build
build: venv copy
	$(call step,build + install + ansible-doc,$(MAKE) --no-print-directory build-run)

.PHONY: build-run
build-run:
	rm -rf "$(DIST)" "$(INSTALLED)"
	cd "$(COLL)" && "$(VENV)/bin/ansible-galaxy" collection build --force --output-path "$(DIST)"
	"$(VENV)/bin/ansible-galaxy" collection install --force "$(DIST)/$(NS)-$(NAME)-"*.tar.gz -p "$(INSTALLED)"
	@mods=$$(cd "$(INSTALLED)/ansible_collections/$(NS)/$(NAME)/plugins/modules" 2>/dev/null && \
		ls *.py 2>/dev/null | grep -v '^__init__' | sed 's/\.py$$//' || true); \
	test -n "$$mods" || { echo "no modules in the built collection"; exit 1; }; \
	for m in $$mods; do \
		echo "ansible-doc $(NS).$(NAME).$$m"; \
		ANSIBLE_COLLECTIONS_PATH="$(INSTALLED)" "$(VENV)/bin/ansible-doc" "$(NS).$(NAME).$$m" >/dev/null; \
	done; \
	echo "ansible-doc OK for $$(echo $$mods | wc -w) modules"

# everything, in order, stopping at the first failure; prints a summary either way
.PHONY: test
test:
	@mkdir -p "$(BUILD)"; : > "$(SUMMARY)"; start=$$(date +%s); rc=0; \
	$(MAKE) --no-print-directory test-steps || rc=$$?; \
	echo; echo "==================== summary ===================="; cat "$(SUMMARY)"; \
	echo "total $$(( $$(date +%s) - start ))s"; \
	if [ $$rc -eq 0 ]; then echo "ALL TESTS PASSED"; else echo "TESTS FAILED (exit $$rc)"; fi; \
	echo "steps: $$(grep -c '^ok' "$(SUMMARY)" || true) passed, $$(grep -c '^FAIL' "$(SUMMARY)" || true) failed"; \
	exit $$rc

.PHONY: test-steps
test-steps:
	$(call step,venvs + tools,$(MAKE) --no-print-directory venv tools)
	$(MAKE) --no-print-directory simulator-test
	for c in $(CORES); do $(MAKE) --no-print-directory sanity-$$c units-$$c || exit $$?; done
	$(MAKE) --no-print-directory integration-streams
	$(MAKE) --no-print-directory lint molecule build

# The integration runs of `make test` (2.21 x every profile, 2.16 x the default profile) as two parallel
# streams, each in its own copy of the tree: an integration run mostly waits on one module process at a
# time, so two streams keep both cores busy. Each stream's output is printed when both are done.
STREAM_A := $(CORE_NEW):4.4.3 $(CORE_NEW):5.1
STREAM_B := $(CORE_NEW):$(DEFAULT_PROFILE) $(CORE_OLD):$(DEFAULT_PROFILE)

.PHONY: integration-streams integration-stream
integration-streams: venv
	@mkdir -p "$(BUILD)"; \
	$(MAKE) --no-print-directory integration-stream RUNS="$(STREAM_A)" BUILD="$(BUILD)/stream-a" SUMMARY="$(SUMMARY)" \
		>"$(BUILD)/stream-a.log" 2>&1 & a=$$!; \
	$(MAKE) --no-print-directory integration-stream RUNS="$(STREAM_B)" BUILD="$(BUILD)/stream-b" SUMMARY="$(SUMMARY)" \
		>"$(BUILD)/stream-b.log" 2>&1 & b=$$!; \
	ra=0; rb=0; wait $$a || ra=$$?; wait $$b || rb=$$?; \
	cat "$(BUILD)/stream-a.log" "$(BUILD)/stream-b.log"; \
	[ $$ra -eq 0 ] && [ $$rb -eq 0 ]

integration-stream: tools copy
	@for run in $(RUNS); do \
		core=$${run%%:*}; profile=$${run#*:}; \
		slow=$$([ "$$core" = "$(CORE_NEW)" ] && [ "$$profile" = "$(DEFAULT_PROFILE)" ] || echo yes); \
		$(MAKE) --no-print-directory integration-run CORE=$$core SESAM_PROFILE=$$profile SKIP_SLOW=$$slow || exit $$?; \
	done

.PHONY: demo
# the main job on the 300-host fleet, twice (demo/run.sh); SESAM_PROFILE=4.4.3|5.1|5.2 (default 5.2)
demo: $(STAMP_NEW) $(SIMSTAMP_NEW)
	VENV="$(VENV)" SESAM_PROFILE="$(or $(SESAM_PROFILE),$(DEFAULT_PROFILE))" demo/run.sh

.PHONY: clean
clean:
	rm -rf "$(BUILD)" "$(DIST)" tests/output tests/integration/inventory

.PHONY: distclean
distclean: clean
	rm -rf "$(VENV)" "$(VENV216)"
