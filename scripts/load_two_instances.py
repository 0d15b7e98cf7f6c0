"""Throughput of one app instance, then two, behind a local load balancer (#19).

    .venv/bin/python scripts/load_two_instances.py [--duration 15] [--connections 32]

Starts the cluster of the cluster test (production settings, gunicorn with 2 workers per
instance, PostgreSQL, Redis, S3 store; tests/cluster/harness.py), puts haproxy (Debian's
`haproxy`) in front of instance A alone, then of A and B, and runs `wrk` (Debian's `wrk`) on an
anonymous page each time. Prints requests per second and latency; the README ("Production")
keeps the figures measured on the reference machine. Needs: haproxy, wrk, PostgreSQL, Redis.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.cluster.harness import Cluster, log  # noqa: E402
from tests.s3 import free_port  # noqa: E402

HAPROXY = """
global
    maxconn 2000
defaults
    mode http
    timeout connect 5s
    timeout client 60s
    timeout server 60s
    option http-keep-alive
frontend site
    bind 127.0.0.1:{port}
    default_backend instances
backend instances
    balance roundrobin
    http-request set-header Host localhost
{servers}
"""


def run_wrk(url: str, duration: int, connections: int) -> dict:
    output = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--timeout", "10s", "--latency", url],
        check=True, capture_output=True, text=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1])
    p50 = re.search(r"^\s+50%\s+(\S+)", output, re.M)[1]
    p99 = re.search(r"^\s+99%\s+(\S+)", output, re.M)[1]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {"rps": rps, "p50": p50, "p99": p99, "errors": int(errors[1]) if errors else 0}


def behind_haproxy(cluster: Cluster, instances: list[str], work: Path):
    port = free_port()
    servers = "\n".join(
        f"    server {name} 127.0.0.1:{cluster.ports[name]}" for name in instances
    )
    config = work / f"haproxy-{'-'.join(instances)}.cfg"
    config.write_text(HAPROXY.format(port=port, servers=servers))
    process = subprocess.Popen(["haproxy", "-f", str(config)])
    time.sleep(1)
    return process, f"http://127.0.0.1:{port}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=15)
    parser.add_argument("--connections", type=int, default=8)
    # An anonymous page (Wagtail, database, templates; cached once the page cache of #18 is in)
    # and a static file (whitenoise: no database), the ceiling of what the instances can serve.
    parser.add_argument("--paths", nargs="+", default=["/fr/", "/static/css/site.css"])
    options = parser.parse_args()

    cluster = Cluster().start()
    cluster.stop_worker()  # only the web instances are measured
    work = Path(tempfile.mkdtemp(prefix="passerelle-load-"))
    results = {}
    try:
        for instances in (["A"], ["A", "B"]):
            haproxy, url = behind_haproxy(cluster, instances, work)
            try:
                for path in options.paths:
                    run_wrk(url + path, 3, options.connections)  # warm-up (caches, connections)
                    results[path, len(instances)] = run_wrk(
                        url + path, options.duration, options.connections
                    )
            finally:
                haproxy.terminate()
                haproxy.wait()
    finally:
        cluster.stop()
    cores = os.cpu_count()
    print(f"\n{options.connections} connections, {options.duration} s each, {cores} cores "
          f"(load average {os.getloadavg()[0]:.1f} at the end)")
    print("| path | instances | requests/s | p50 | p99 | non-2xx |")
    print("| --- | --- | --- | --- | --- | --- |")
    for (path, count), result in results.items():
        print(f"| `{path}` | {count} | {result['rps']:.0f} | {result['p50']} | {result['p99']} "
              f"| {result['errors']} |")
    for path in options.paths:
        one, two = results[path, 1]["rps"], results[path, 2]["rps"]
        print(f"{path}: two instances / one = x{two / one if one else 0:.2f}")
    log("done")


if __name__ == "__main__":
    main()
