"""Two app instances, one worker, PostgreSQL, Redis and an S3 store, on this machine (#19).

Production settings, gunicorn, no containers: the harness creates and migrates a PostgreSQL
database of its own, uses Redis database ``CLUSTER_REDIS_DB`` (11), starts moto's S3 server in
process, then the instances (``X-Instance: A`` / ``B``) and the worker (``db_worker``, e-mails
written to files so the test can count them).
"""

import hashlib
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from tests.s3 import CREDENTIALS, free_port, start_store

ROOT = Path(__file__).resolve().parents[2]
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
DATABASE = os.environ.get("CLUSTER_DATABASE", "cluster_db")
PG = os.environ.get("CLUSTER_PG", "postgres://root@127.0.0.1:5432")
REDIS_DB = int(os.environ.get("CLUSTER_REDIS_DB", "11"))
BUCKET = "passerelle-cluster"


STAFF_EMAIL = "editrice.cluster@example.org"
STAFF_PASSWORD = "Grappe-2026-Montreal"
# The registration page (the questionnaire) and an administrator (verified address, as allauth
# requires) to publish through the admin.
SETUP_SCRIPT = f"""
from allauth.account.models import EmailAddress
from home.demo_loader import load_demo
from registration.models import User
load_demo(["registration"])
user = User.objects.create_superuser(email="{STAFF_EMAIL}", password="{STAFF_PASSWORD}")
EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
"""
HOME_SCRIPT = """
from wagtail.models import Site
print(Site.objects.get(is_default_site=True).root_page_id)
"""


def log(message: str) -> None:
    print(f"[cluster] {message}", flush=True)


class Cluster:
    def __init__(self):
        self.work = Path(tempfile.mkdtemp(prefix="passerelle-cluster-"))
        self.mail_dir = self.work / "mail"
        self.mail_dir.mkdir()
        self.ports = {"A": free_port(), "B": free_port()}
        self.processes: dict[str, subprocess.Popen] = {}
        self.store = None

    def url(self, instance: str) -> str:
        # "localhost": one cookie jar for both ports, as one site name behind a load balancer.
        return f"http://localhost:{self.ports[instance]}"

    def environ(self, endpoint: str) -> dict:
        origins = ",".join(self.url(name) for name in self.ports)
        return {
            **os.environ,
            **{key.upper(): value for key, value in CREDENTIALS.items()},
            "DJANGO_SETTINGS_MODULE": "passerelle.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(64),
            "DATABASE_URL": f"{PG}/{DATABASE}",
            "CONN_MAX_AGE": "60",
            "REDIS_URL": f"redis://127.0.0.1:6379/{REDIS_DB}",
            "BASE_URL": self.url("A"),
            "ALLOWED_HOSTS": "localhost,127.0.0.1",
            "CSRF_TRUSTED_ORIGINS": origins,
            "SECURE_SSL_REDIRECT": "false",
            "STAFF_MFA_REQUIRED": "false",
            "STATIC_ROOT": str(ROOT / ".cluster-static"),  # kept: later runs copy little
            "AWS_STORAGE_BUCKET_NAME": BUCKET,
            "AWS_S3_ENDPOINT_URL": endpoint,
            "AWS_S3_REGION_NAME": "us-east-1",
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(self.mail_dir),
            "LOG_LEVEL": "INFO",
        }

    def manage(self, *args: str, env: dict) -> str:
        return subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True,
                              stdout=subprocess.PIPE, text=True).stdout

    def psql(self, sql: str) -> str:
        return subprocess.run(["psql", f"{PG}/test", "-qAtc", sql], check=True,
                              capture_output=True, text=True).stdout

    def prepare_database(self) -> None:
        """A migrated database with the registration page and an administrator.

        Migrating takes minutes on a busy machine: the result is kept as a template database
        named after the migrations' contents, and later runs copy it in a second."""
        digest = hashlib.sha256()
        for path in sorted(ROOT.glob("*/migrations/*.py")) + [Path(__file__)]:
            digest.update(path.read_bytes())
        template = f"cluster_template_{digest.hexdigest()[:12]}"
        self.psql(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        if self.psql(f"SELECT 1 FROM pg_database WHERE datname = '{template}'").strip():
            self.psql(f"CREATE DATABASE {DATABASE} TEMPLATE {template}")
            log(f"database copied from {template}")
            return
        self.psql(f"CREATE DATABASE {DATABASE}")
        self.manage("migrate", "--noinput", env=self.env)
        self.manage("shell", "-c", SETUP_SCRIPT, env=self.env)
        for old in self.psql(
            "SELECT datname FROM pg_database WHERE datname LIKE 'cluster_template_%'"
        ).split():
            self.psql(f"DROP DATABASE IF EXISTS {old} WITH (FORCE)")
        self.psql(f"CREATE DATABASE {template} TEMPLATE {DATABASE}")
        log(f"database migrated, kept as {template}")

    def start(self) -> "Cluster":
        started = time.monotonic()
        subprocess.run(["redis-cli", "-n", str(REDIS_DB), "flushdb"], check=True,
                       stdout=subprocess.DEVNULL)
        self.store, endpoint = start_store(BUCKET)
        self.env = self.environ(endpoint)
        self.prepare_database()
        self.home_id = int(self.manage("shell", "-c", HOME_SCRIPT, env=self.env).split()[-1])
        self.manage("collectstatic", "--noinput", "--verbosity", "0", env=self.env)
        log(f"database and static files ready in {time.monotonic() - started:.0f} s")
        for name, port in self.ports.items():
            self.start_instance(name, port)
        self.start_worker()
        for name in self.ports:
            self.wait_until_up(name)
        log(f"instances A ({self.url('A')}) and B ({self.url('B')}) and the worker are up "
            f"after {time.monotonic() - started:.0f} s")
        return self

    def start_instance(self, name: str, port: int) -> None:
        self.processes[name] = subprocess.Popen(
            [GUNICORN, "passerelle.wsgi:application", "--bind", f"127.0.0.1:{port}",
             "--workers", "2", "--timeout", "60"],
            cwd=ROOT, env={**self.env, "INSTANCE_NAME": name},
            stdout=open(self.work / f"{name}.log", "w"), stderr=subprocess.STDOUT,  # noqa: SIM115
        )

    def start_worker(self) -> None:
        self.processes["worker"] = subprocess.Popen(
            [PYTHON, "manage.py", "db_worker", "--interval", "0.5", "--no-startup-delay"],
            cwd=ROOT, env=self.env,
            stdout=open(self.work / "worker.log", "w"), stderr=subprocess.STDOUT,  # noqa: SIM115
        )

    def stop_worker(self) -> None:
        process = self.processes.pop("worker", None)
        if process:
            process.terminate()
            process.wait(timeout=30)

    def wait_until_up(self, name: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.processes[name].poll() is not None:
                raise RuntimeError(f"instance {name} exited: {(self.work / f'{name}.log').read_text()}")
            try:
                with urllib.request.urlopen(f"{self.url(name)}/fr/", timeout=5):  # noqa: S310
                    return
            except OSError:
                time.sleep(0.5)
        raise RuntimeError(f"instance {name} did not answer within {timeout} s")

    def messages(self) -> list[str]:
        return [path.read_text(errors="replace") for path in sorted(self.mail_dir.glob("*"))]

    def stop(self) -> None:
        for process in self.processes.values():
            process.terminate()
        for process in self.processes.values():
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
        if self.store:
            self.store.stop()
        if os.environ.get("CLUSTER_KEEP_LOGS"):
            log(f"logs kept in {self.work}")
        else:
            shutil.rmtree(self.work, ignore_errors=True)


if __name__ == "__main__":  # `python -m tests.cluster.harness`: a cluster to try by hand
    cluster = Cluster().start()
    try:
        log("Ctrl+C stops it")
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        cluster.stop()
        sys.exit(0)
