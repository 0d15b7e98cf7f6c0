"""Production settings: they refuse a missing key and pass Django's deployment checklist."""

import os
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
REAL_LOOKING_KEY = "k" * 20 + "-not-a-real-secret-but-long-and-varied-1234567890abcdefXYZ"


def manage(*args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    environment.update(DJANGO_SETTINGS_MODULE="passerelle.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_the_development_key():
    result = manage("check", SECRET_KEY="django-insecure-development-only-key")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_deployment_checklist_passes_with_a_real_key():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=REAL_LOOKING_KEY,
        ALLOWED_HOSTS="passerelle.example.org",
        BASE_URL="https://passerelle.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_refuses_to_start_without_base_url():
    result = manage("check", SECRET_KEY=REAL_LOOKING_KEY, BASE_URL="")
    assert result.returncode != 0
    assert "BASE_URL must be set" in result.stderr
