"""gunicorn, the production server (#18; README "Production server").

Every value comes from the environment so one image serves any machine:
WEB_CONCURRENCY (workers, default 2 per core + 1), PORT or BIND, GUNICORN_TIMEOUT.
Sync workers: each request is a short database-bound render (or a cache hit); no
websockets or long polls here. Large uploads (videos) are spooled to disk by Django.
"""

import multiprocessing
import os

wsgi_app = "passerelle.wsgi:application"
bind = os.environ.get("BIND", f"0.0.0.0:{os.environ.get('PORT', '8000')}")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5
# Workers are not recycled by default: a new worker starts with an empty local-memory cache and
# a cold import (seconds on a busy machine). Set GUNICORN_MAX_REQUESTS if memory ever creeps.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "0"))
max_requests_jitter = max_requests // 10
# Application loaded in each worker, after fork: database connections are never shared.
preload_app = False
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
# The request line only: no query strings (they may hold personal data), no cookies.
access_log_format = '%(h)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "warning").lower()
# X-Forwarded-* is trusted from these addresses only (the reverse proxy / load balancer).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
