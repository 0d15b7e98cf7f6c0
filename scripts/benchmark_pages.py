"""Benchmark of the main pages under the production server (#18; README "Fast pages").

    .venv/bin/python scripts/benchmark_pages.py [--seconds 5] [--rounds 3] [--no-postgresql]

What it does, in one run:

1. copies the demo database (``db.sqlite3`` after ``make database``; built in a temporary
   directory when missing) and collects the static files with the production settings;
2. starts gunicorn (``gunicorn.conf.py``, 2 sync workers, ``passerelle.settings.production``)
   on that SQLite copy, and beside it the *limit server*: gunicorn too, 2 sync workers, a WSGI
   function returning the home page's exact bytes from memory (what this machine can serve at
   best);
3. measures with ``wrk`` (8 connections), interleaved: each round visits the limit server and
   every page once, anonymous (page cache warm) and signed in as a demo participant (a session
   cookie); prints the medians of the rounds: requests/s, p50/p99 latency, share of the limit;
4. counts the queries of each page (anonymous on a miss and on a hit, signed in), with
   Django's test client on the same database;
5. on PostgreSQL (``BENCH_DATABASE_URL``, default a ``perf_bench`` database on 127.0.0.1):
   50 concurrent valid questionnaires with different e-mails through gunicorn; counts the
   registrations created (none may be lost) and prints the p50/p95 of their answers.

Needs ``wrk`` (``apt-get install -y wrk``).
"""

import argparse
import json
import os
import platform
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import UTC, datetime
from http.cookiejar import CookieJar
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
CONNECTIONS = 8
PARTICIPANT_EMAIL = "banc.essai@example.org"

# Run inside Django (manage.py shell -c) on the copied database: URLs, a signed-in session, and
# the query counts. Prints one JSON object.
PREPARE = r"""
import json
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.auth import SESSION_KEY, BACKEND_SESSION_KEY, HASH_SESSION_KEY
from allauth.account.models import EmailAddress
from wagtail.models import Page
from home.models import HomePage
from training.models import CoursePage, ModulePage
from sectors.models import SectorBriefingPage
from events.models import EventPage
from registration.models import Registration
from django.urls import reverse
from django.utils import translation

def first(model):
    page = model.objects.live().filter(locale__language_code="fr").order_by("path").first()
    return page.url
with translation.override("fr"):
    my_path = reverse("registration:my_path")
pages = {
    "home": first(HomePage), "course": first(CoursePage), "module": first(ModulePage),
    "sector": first(SectorBriefingPage), "event": first(EventPage), "my_path": my_path,
}
User = get_user_model()
user = User.objects.filter(email=EMAIL).first()
if user is None:
    source = Registration.objects.select_related("user").filter(user__isnull=False).first()
    user = source.user
EmailAddress.objects.get_or_create(user=user, email=user.email, defaults={"verified": True, "primary": True})
session = SessionStore()
session[SESSION_KEY] = str(user.pk)
session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
session[HASH_SESSION_KEY] = user.get_session_auth_hash()
session.create()
print(json.dumps({"pages": pages, "session": session.session_key, "user": user.pk}))
"""

COUNT = r"""
import json
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.contrib.auth import get_user_model

def count(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        status = client.get(url).status_code
    assert status == 200, (url, status)
    return len(queries), status

result = {}
user = get_user_model().objects.get(pk=USER)
for name, url in PAGES.items():
    row = {}
    if name != "my_path":
        settings.PAGE_CACHE_ENABLED = False
        row["anonymous_miss"] = count(Client(), url)[0]
        settings.PAGE_CACHE_ENABLED = True
        cache.clear()
        row["anonymous_hit"] = count(Client(), url)[0]
    signed_in = Client()
    signed_in.force_login(user)
    row["signed_in"] = count(signed_in, url)[0]
    result[name] = row
print(json.dumps(result))
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.3)
    raise SystemExit(f"{url} did not answer in {seconds} s")


def django(env: dict, code: str) -> dict:
    out = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def manage(env: dict, *args: str) -> None:
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


def site_env(database_url: str, workdir: Path, port: int) -> dict:
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="passerelle.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        BASE_URL=f"http://127.0.0.1:{port}",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="0",
        SECURE_COOKIES="0",
        DATABASE_URL=database_url,
        STATIC_ROOT=str(workdir / "static"),
        MEDIA_ROOT=str(ROOT / "media"),
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        GUNICORN_ACCESS_LOG="",
        LOG_LEVEL="ERROR",
    )
    env.pop("REDIS_URL", None)
    return env


def start_gunicorn(env: dict, port: int, app: str | None = None) -> subprocess.Popen:
    command = [GUNICORN, "-c", str(ROOT / "gunicorn.conf.py"), "--workers", "2"]
    command += ["--bind", f"127.0.0.1:{port}"]
    if app:
        command.append(app)
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)


def wrk(url: str, seconds: int, cookie: str | None = None) -> dict:
    command = [
        "wrk",
        "-t2",
        f"-c{CONNECTIONS}",
        f"-d{seconds}s",
        "--timeout",
        "10s",
        "--latency",
        url,
    ]
    if cookie:
        command[1:1] = ["-H", f"Cookie: {cookie}"]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    timeouts = re.search(r"timeout (\d+)", out)
    return {
        "rate": rate,
        "p50": to_ms(re.search(r"50%\s+([\d.]+\w+)", out).group(1)),
        "p99": to_ms(re.search(r"99%\s+([\d.]+\w+)", out).group(1)),
        "errors": (int(errors.group(1)) if errors else 0)
        + (int(timeouts.group(1)) if timeouts else 0),
    }


def to_ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


LIMIT_APP = """
import os
BODY = open(os.environ["BENCH_LIMIT_BODY"], "rb").read()
def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                              ("Content-Length", str(len(BODY)))])
    return [BODY]
"""


def measure_pages(args, workdir: Path) -> None:
    port, limit_port = free_port(), free_port()
    database = workdir / "bench.sqlite3"
    source = ROOT / "db.sqlite3"
    env = site_env(f"sqlite:///{database}", workdir, port)
    if source.exists() and source.stat().st_size > 1_000_000:
        shutil.copy(source, database)
        manage(env, "migrate", "--noinput", "--verbosity", "0")
    else:
        print("Building the demo database (no db.sqlite3: run `make database` to reuse one)...")
        manage(env, "migrate", "--noinput", "--verbosity", "0")
        manage(env, "load_demo_content")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    prepared = django(env, PREPARE.replace("EMAIL", repr(PARTICIPANT_EMAIL)))
    pages, cookie = prepared["pages"], f"sessionid={prepared['session']}"

    site = start_gunicorn(env, port)
    limit = None
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(base + "/health/")
        body = urllib.request.urlopen(base + pages["home"]).read()
        (workdir / "home.html").write_bytes(body)
        (workdir / "limit_app.py").write_text(LIMIT_APP)
        limit_env = dict(env, BENCH_LIMIT_BODY=str(workdir / "home.html"), PYTHONPATH=str(workdir))
        limit = start_gunicorn(limit_env, limit_port, "limit_app:application")
        wait_for(f"http://127.0.0.1:{limit_port}/")

        targets = [("limit server (home page bytes)", f"http://127.0.0.1:{limit_port}/", None)]
        targets += [
            (f"{name}, anonymous", base + url, None)
            for name, url in pages.items()
            if name != "my_path"
        ]
        targets += [
            (f"{name}, signed in", base + url, cookie)
            for name, url in pages.items()
            if name in ("home", "course", "module", "sector", "my_path")
        ]
        # Warm each worker: its page cache (local memory without REDIS_URL), per-process caches.
        for _label, url, page_cookie in targets:
            headers = {"Cookie": page_cookie} if page_cookie else {}
            for _ in range(6):
                with urllib.request.urlopen(urllib.request.Request(url, headers=headers)) as answer:
                    assert answer.status == 200, url
        results = {label: [] for label, _url, _cookie in targets}
        for _round in range(args.rounds):
            for label, url, page_cookie in targets:
                results[label].append(wrk(url, args.seconds, page_cookie))
    finally:
        for process in (site, limit):
            if process:
                process.terminate()
                process.wait()

    queries = django(
        dict(env, ALLOWED_HOSTS="testserver"),
        COUNT.replace("USER", str(prepared["user"])).replace("PAGES", repr(pages)),
    )
    limit_rate = statistics.median(r["rate"] for r in results[targets[0][0]])
    print()
    print(
        f"Pages: {args.rounds} interleaved rounds of {args.seconds} s per page, wrk with "
        f"{CONNECTIONS} connections, gunicorn 2 sync workers, production settings, SQLite"
    )
    print()
    print("| page | requests/s | p50 ms | p99 ms | share of the limit | queries |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    for label, _url, _cookie in targets:
        rows = results[label]
        rate = statistics.median(r["rate"] for r in rows)
        p50 = statistics.median(r["p50"] for r in rows)
        p99 = statistics.median(r["p99"] for r in rows)
        errors = sum(r["errors"] for r in rows)
        name = label.split(",")[0]
        if label.startswith("limit"):
            count = "0"
        elif label.endswith("anonymous"):
            count = f"{queries[name]['anonymous_hit']} (miss: {queries[name]['anonymous_miss']})"
        else:
            count = str(queries[name]["signed_in"])
        flag = f" ({errors} errors)" if errors else ""
        print(
            f"| {label} | {rate:,.0f}{flag} | {p50:.1f} | {p99:.1f} | "
            f"{100 * rate / limit_rate:.1f} % | {count} |"
        )


def measure_registrations(args, workdir: Path) -> None:
    database_url = os.environ.get("BENCH_DATABASE_URL", "postgres://root@127.0.0.1:5432/perf_bench")
    name = urllib.parse.urlsplit(database_url).path.lstrip("/")
    admin = urllib.parse.urlsplit(database_url)._replace(path="/test").geturl()
    subprocess.run(
        [
            "psql",
            admin,
            "-q",
            "-c",
            f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
            "-c",
            f'CREATE DATABASE "{name}"',
        ],
        check=True,
    )
    port = free_port()
    env = site_env(database_url, workdir, port)
    # Each client its own address (X-Forwarded-For from the "proxy"), as real visitors have:
    # the questionnaire's per-address rate limit stays on.
    env.update(TRUSTED_PROXY_COUNT="1")
    manage(env, "migrate", "--noinput", "--verbosity", "0")
    manage(env, "load_demo_content")
    if not (workdir / "static").exists():
        manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    url = django(
        env,
        "import json; from registration.models import RegistrationPage; "
        "print(json.dumps({'url': RegistrationPage.objects.live()"
        ".filter(locale__language_code='fr').first().url}))",
    )["url"]
    site = start_gunicorn(env, port)
    base = f"http://127.0.0.1:{port}"
    emails = [f"candidate.{index:02d}.{secrets.token_hex(3)}@example.org" for index in range(50)]
    timings, statuses = [], []
    barrier = threading.Barrier(len(emails))

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None  # the answer to the POST is what is timed, not the page after it

    def submit(index: int, email: str) -> None:
        jar = CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
        forwarded = {"X-Forwarded-For": f"10.0.{index // 200}.{index % 200 + 1}"}
        html = opener.open(urllib.request.Request(base + url, headers=forwarded)).read().decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        form = {**QUESTIONNAIRE, "email": email, "csrfmiddlewaretoken": token}
        request = urllib.request.Request(
            base + url,
            data=urllib.parse.urlencode(form).encode(),
            headers={**forwarded, "Referer": base + url},
        )
        barrier.wait()
        started = time.perf_counter()
        try:
            response = opener.open(request)
            statuses.append(response.status)
        except urllib.error.HTTPError as error:
            statuses.append(error.code)
        timings.append(1000 * (time.perf_counter() - started))

    try:
        wait_for(base + "/health/")
        threads = [threading.Thread(target=submit, args=item) for item in enumerate(emails)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        site.terminate()
        site.wait()
    created = django(
        env,
        "import json; from registration.models import Registration; "
        f"print(json.dumps({{'n': Registration.objects.filter(user__email__in={emails!r}).count()}}))",
    )["n"]
    timings.sort()
    p95 = timings[int(0.95 * (len(timings) - 1))]
    print()
    print(
        f"Registrations: 50 concurrent valid questionnaires on PostgreSQL, gunicorn 2 sync "
        f"workers: {created}/50 created ({50 - created} lost), answers "
        f"{', '.join(f'{s}×{statuses.count(s)}' for s in sorted(set(statuses)))}, "
        f"p50 {statistics.median(timings):.0f} ms, p95 {p95:.0f} ms"
    )


QUESTIONNAIRE = {
    "first_name": "Amina",
    "last_name": "Diallo-Benoît",
    "password1": "Tremplin-Montreal-2026",
    "password2": "Tremplin-Montreal-2026",
    "phone": "514 872-0311",
    "preferred_language": "fr",
    "immigration_status": "permanent_resident",
    "postal_code": "h2x1y4",
    "arrival_year": "2021",
    "field_of_experience": "Génie civil",
    "years_of_experience": "8",
    "education_level": "master",
    "education_place": "abroad",
    "french_level": "advanced",
    "english_level": "intermediate",
    "employment_situation": "unemployed",
    "heard_about": "organization",
    "consent_program": "on",
    "website": "",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-postgresql", action="store_true")
    parser.add_argument("--no-pages", action="store_true", help="only the registrations")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install -y wrk")
    print(
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC · {platform.node()} · {os.cpu_count()} cores · "
        f"{platform.processor() or platform.machine()} · Python {platform.python_version()}"
    )
    with tempfile.TemporaryDirectory(prefix="bench-") as directory:
        if not args.no_pages:
            measure_pages(args, Path(directory))
        if not args.no_postgresql:
            measure_registrations(args, Path(directory))


if __name__ == "__main__":
    main()
