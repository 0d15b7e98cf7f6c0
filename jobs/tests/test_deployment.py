"""The deployment files (#19) cannot run here (no Docker engine): their shape is checked."""

import re
from pathlib import Path

import yaml
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]


def compose() -> dict:
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def test_compose_runs_instances_a_worker_and_every_shared_service_with_health_checks():
    services = compose()["services"]
    assert {"app", "worker", "migrate", "postgres", "redis", "minio", "nginx"} <= set(services)
    assert services["app"]["deploy"]["replicas"] >= 2
    assert "db_worker" in " ".join(services["worker"]["command"])
    assert "run_periodic_jobs" in " ".join(services["worker"]["command"])
    for name in ("postgres", "redis", "minio", "nginx", "worker"):
        assert "healthcheck" in services[name], name
    # The app's health check is the image's own (HEALTHCHECK in the Dockerfile).
    assert "HEALTHCHECK" in (ROOT / "Dockerfile").read_text()


def test_migrations_run_once_before_any_instance_or_the_worker():
    services = compose()["services"]
    assert services["migrate"]["restart"] == "no"
    assert services["migrate"]["command"][-2:] == ["migrate", "--noinput"]
    for name in ("app", "worker"):
        condition = services[name]["depends_on"]["migrate"]["condition"]
        assert condition == "service_completed_successfully"


def test_every_instance_shares_one_database_redis_and_store():
    services = compose()["services"]
    app, worker = services["app"]["environment"], services["worker"]["environment"]
    assert app == worker
    assert app["DJANGO_SETTINGS_MODULE"] == "passerelle.settings.production"
    assert app["REDIS_URL"].startswith("redis://redis:")
    assert "@postgres:5432/" in app["DATABASE_URL"]
    assert app["AWS_STORAGE_BUCKET_NAME"] and app["TRUSTED_PROXY_COUNT"] == "1"


def test_the_image_is_multi_stage_and_runs_as_a_non_root_user_without_test_tools():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert len(re.findall(r"^FROM ", dockerfile, re.M)) == 2
    assert re.search(r"^USER passerelle$", dockerfile, re.M)
    assert "requirements-dev" not in dockerfile and "COPY --from=build /src/tests" not in dockerfile


def test_the_load_balancer_spreads_over_the_instances_and_says_https():
    nginx = (ROOT / "deploy" / "nginx.conf").read_text()
    assert "server app:8000" in nginx and "proxy_pass http://passerelle" in nginx
    assert "X-Forwarded-Proto https" in nginx


def test_the_image_holds_every_app_of_the_project_and_its_server_settings():
    # An app missing from the image stops every container at start-up (ModuleNotFoundError).
    dockerfile = (ROOT / "Dockerfile").read_text()
    project_apps = [app for app in settings.INSTALLED_APPS if (ROOT / app / "apps.py").exists()]
    assert "matching" in project_apps and "outcomes" in project_apps
    for app in project_apps:
        assert f"/src/{app} ./{app}" in dockerfile, app
    # gunicorn.conf.py's access log leaves query strings (personal data) out.
    assert "gunicorn.conf.py" in dockerfile and "--access-logfile" not in dockerfile
