# Two commands: `make run` serves the site with bilingual demo content, `make test` runs every test.
# `make test` never touches the development database: the tests build their own.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
PYTEST_ARGS ?=
# Links in e-mails and the demo Site record follow the served address (issue #9).
BASE_URL ?= http://127.0.0.1:$(PORT)
export BASE_URL

.PHONY: run test build database lint messages clean

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

# Packages, compiled catalogues and static files: what both the site and the tests need.
build: $(VENV)/.installed
	$(PY) manage.py compile_catalogues
	$(PY) manage.py collectstatic --noinput --verbosity 0

# The development database (db.sqlite3, or DATABASE_URL): migrations, then the demo content.
database: $(VENV)/.installed
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content

run: build database
	@echo ""
	@echo "  Site:  http://127.0.0.1:$(PORT)/fr/  and  http://127.0.0.1:$(PORT)/en/"
	@echo "  Admin: http://127.0.0.1:$(PORT)/admin/"
	@echo "  Create a staff account first: $(PY) manage.py createsuperuser"
	@echo ""
	@# Event e-mails (confirmations, reminders) every minute in the background, as cron would.
	( while true; do $(PY) manage.py send_event_messages --quiet; sleep 60; done ) & \
	trap "kill $$! 2>/dev/null" EXIT INT TERM; \
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

test: build
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(PY) manage.py makemigrations --check --dry-run

# Developers only (needs GNU gettext): refresh the catalogues after changing strings.
# The project catalogue (locale/) holds passerelle/, home/ and templates/; each other app keeps
# its own <app>/locale/.
APPS_WITH_CATALOGUES := training sectors registration progress profiles events security employers connections outcomes
messages: $(VENV)/.installed
	$(PY) manage.py makemessages -l fr -l en --no-obsolete --ignore=.venv --ignore=staticfiles \
		$(foreach app,$(APPS_WITH_CATALOGUES),--ignore=$(app))
	for app in $(APPS_WITH_CATALOGUES); do \
		mkdir -p $$app/locale && (cd $$app && ../$(PY) ../manage.py makemessages -l fr -l en --no-obsolete); \
	done

clean:
	rm -rf $(VENV) staticfiles .test-media .test-private-media db.sqlite3
