# syntax=docker/dockerfile:1
# The site's image (#19): one image for the app instances, the worker and the one-shot migrations.
# Multi-stage: wheels are built in the first stage; the runtime has only what running needs
# (no compiler, no test tools), and runs as an unprivileged user.

FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN apt-get update && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY requirements.txt .
RUN python -m venv /venv && /venv/bin/pip install -r requirements.txt
COPY . .
# Catalogues and static files are built here, once, with throwaway settings values.
RUN DJANGO_SETTINGS_MODULE=passerelle.settings.production \
    SECRET_KEY=build-only-$(head -c 48 /dev/urandom | base64 | tr -d '/+=') \
    BASE_URL=https://build.invalid STATIC_ROOT=/src/staticfiles \
    /venv/bin/python manage.py compile_catalogues \
    && DJANGO_SETTINGS_MODULE=passerelle.settings.production \
    SECRET_KEY=build-only-$(head -c 48 /dev/urandom | base64 | tr -d '/+=') \
    BASE_URL=https://build.invalid STATIC_ROOT=/src/staticfiles \
    /venv/bin/python manage.py collectstatic --noinput --verbosity 0

FROM python:3.11-slim-bookworm AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PATH=/venv/bin:$PATH \
    DJANGO_SETTINGS_MODULE=passerelle.settings.production STATIC_ROOT=/app/staticfiles
RUN groupadd --system passerelle && useradd --system --gid passerelle --home /app passerelle
COPY --from=build /venv /venv
WORKDIR /app
# Only the application: no tests, no CI scripts, no development files.
COPY --from=build --chown=passerelle:passerelle /src/manage.py /src/gunicorn.conf.py ./
COPY --from=build --chown=passerelle:passerelle /src/passerelle ./passerelle
COPY --from=build --chown=passerelle:passerelle /src/templates ./templates
COPY --from=build --chown=passerelle:passerelle /src/locale ./locale
COPY --from=build --chown=passerelle:passerelle /src/home ./home
COPY --from=build --chown=passerelle:passerelle /src/training ./training
COPY --from=build --chown=passerelle:passerelle /src/sectors ./sectors
COPY --from=build --chown=passerelle:passerelle /src/registration ./registration
COPY --from=build --chown=passerelle:passerelle /src/progress ./progress
COPY --from=build --chown=passerelle:passerelle /src/profiles ./profiles
COPY --from=build --chown=passerelle:passerelle /src/events ./events
COPY --from=build --chown=passerelle:passerelle /src/security ./security
COPY --from=build --chown=passerelle:passerelle /src/employers ./employers
COPY --from=build --chown=passerelle:passerelle /src/connections ./connections
COPY --from=build --chown=passerelle:passerelle /src/matching ./matching
COPY --from=build --chown=passerelle:passerelle /src/outcomes ./outcomes
COPY --from=build --chown=passerelle:passerelle /src/jobs ./jobs
COPY --from=build --chown=passerelle:passerelle /src/staticfiles ./staticfiles
USER passerelle
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD python -c "import sys, urllib.request as u; r = u.urlopen(u.Request('http://127.0.0.1:8000/fr/', headers={'X-Forwarded-Proto': 'https'}), timeout=4); sys.exit(r.status != 200)"
# gunicorn.conf.py: workers, bind and an access log without query strings (they may hold
# personal data: an advisor's search, a pool filter); FORWARDED_ALLOW_IPS names the balancer.
ENV FORWARDED_ALLOW_IPS=*
CMD ["gunicorn", "--config", "gunicorn.conf.py"]
