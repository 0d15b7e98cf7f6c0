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

.PHONY: run test build database lint messages clean serve bench

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
	@# Beside the server: the worker (every e-mail, Wagtail's tasks) and the periodic jobs
	@# (event reminders every minute; request expiry and follow-ups every five minutes; retention
	@# daily), as in production (README "Production").
	$(PY) manage.py db_worker & worker=$$!; \
	$(PY) manage.py run_periodic_jobs & periodic=$$!; \
	trap "kill $$worker $$periodic 2>/dev/null" EXIT INT TERM; \
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

test: build
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(PY) manage.py makemigrations --check --dry-run

# Developers only (needs GNU gettext): refresh the catalogues after changing strings.
# The project catalogue (locale/) holds passerelle/, home/ and templates/; each other app keeps
# its own <app>/locale/.
APPS_WITH_CATALOGUES := training sectors registration progress profiles events security employers connections matching jobs outcomes
messages: $(VENV)/.installed
	$(PY) manage.py makemessages -l fr -l en --no-obsolete --ignore=.venv --ignore=staticfiles \
		$(foreach app,$(APPS_WITH_CATALOGUES),--ignore=$(app))
	for app in $(APPS_WITH_CATALOGUES); do \
		mkdir -p $$app/locale && (cd $$app && ../$(PY) ../manage.py makemessages -l fr -l en --no-obsolete); \
	done

clean:
	rm -rf $(VENV) staticfiles .test-media .test-private-media db.sqlite3

# --- Production server (#18) ------------------------------------------------------------------
# The site as production runs it: gunicorn (gunicorn.conf.py), passerelle.settings.production,
# DEBUG off, whitenoise's manifest. Set SECRET_KEY to keep sessions across restarts (a random one
# otherwise); over plain http locally, SECURE_SSL_REDIRECT=0 and the cookies are not "Secure".
# A container runs the same command: gunicorn -c gunicorn.conf.py (README "Production server").
WEB_CONCURRENCY ?= 2
serve: build database
	DJANGO_SETTINGS_MODULE=passerelle.settings.production \
	SECRET_KEY="$${SECRET_KEY:-$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(64))')}" \
	SECURE_SSL_REDIRECT="$${SECURE_SSL_REDIRECT:-0}" SECURE_COOKIES="$${SECURE_COOKIES:-0}" \
	ALLOWED_HOSTS="$${ALLOWED_HOSTS:-127.0.0.1,localhost}" \
	sh -c '$(PY) manage.py collectstatic --noinput --verbosity 0 && \
	  exec $(VENV)/bin/gunicorn -c gunicorn.conf.py --bind 127.0.0.1:$(PORT) --workers $(WEB_CONCURRENCY)'

# Requests per second of the main pages, anonymous and signed in, against the limit of this
# machine (needs wrk: apt-get install -y wrk); registrations under load need PostgreSQL.
bench: build
	$(PY) scripts/benchmark_pages.py
