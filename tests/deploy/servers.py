"""Throw-away servers for the deployment tests and the load benchmark: a PostgreSQL cluster
(scripts/test-postgres.sh), fresh databases in it, and nginx run as the current user from the real site
configuration in deploy/nginx/ with only its ports, paths and certificate rewritten for 127.0.0.1.

What is missing (the PostgreSQL server binaries, nginx, openssl) is a skip with the reason, or a failure when the
environment variable GBT27922_REQUIRE_POSTGRES=1 says the run must exercise them.
"""

from __future__ import annotations

import getpass
import os
import re
import shutil
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Sequence

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
NGINX_DIR = DEPLOY / "nginx"
SITE = NGINX_DIR / "gbt27922.conf"
UPSTREAM = NGINX_DIR / "snippets" / "gbt27922-upstream.conf"
PG_SCRIPT = ROOT / "scripts" / "test-postgres.sh"
NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
REQUIRE = "GBT27922_REQUIRE_POSTGRES"


class Missing(RuntimeError):
    """A server program this run needs is not installed."""


def unavailable(reason: str) -> None:
    """Skip the calling test for `reason`, or fail when GBT27922_REQUIRE_POSTGRES=1 asks for a real run."""
    import pytest

    if os.environ.get(REQUIRE) == "1":
        pytest.fail(f"{reason} ({REQUIRE}=1 requires it; install with: sh scripts/system-packages.sh test)")
    pytest.skip(reason)


def postgres_binaries() -> bool:
    if any(Path(p, "initdb").exists() for p in Path("/usr/lib/postgresql").glob("*/bin")):
        return True
    return shutil.which("initdb") is not None


# -- PostgreSQL ------------------------------------------------------------------------------------------------


class Cluster:
    """A running throw-away cluster: `url` of its `postgres` database, `database(name)` for a fresh one."""

    def __init__(self, folder: Path, url: str):
        self.folder, self.url = folder, url

    def database(self, name: str) -> str:
        """A new, empty database `name` (dropped first if it exists): its SQLAlchemy URL."""
        import psycopg

        if not re.fullmatch(r"[a-z_][a-z0-9_]{0,40}", name):
            raise ValueError(f"not a plain database name: {name!r}")
        with psycopg.connect(self.url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            conn.execute(f"CREATE DATABASE {name}")
        return self.url.rsplit("/", 1)[0] + "/" + name


@contextmanager
def postgres_cluster() -> Iterator[Cluster]:
    """Start a cluster with scripts/test-postgres.sh (under /tmp, so its unprivileged owner can reach it when
    run as root) and always remove it. Raises Missing without the server binaries."""
    if not postgres_binaries():
        raise Missing("the PostgreSQL server binaries are not installed (Debian package postgresql)")
    folder = Path(tempfile.gettempdir()) / f"gbt27922-pg-{uuid.uuid4().hex[:12]}"
    done = subprocess.run(["sh", str(PG_SCRIPT), "start", str(folder)], capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        subprocess.run(["sh", str(PG_SCRIPT), "stop", str(folder)], capture_output=True, timeout=60)
        raise RuntimeError(f"scripts/test-postgres.sh start failed: {done.stderr.strip()[-2000:]}")
    try:
        yield Cluster(folder, done.stdout.strip().splitlines()[-1])
    finally:
        subprocess.run(["sh", str(PG_SCRIPT), "stop", str(folder)], capture_output=True, timeout=60)


# -- nginx -----------------------------------------------------------------------------------------------------

# The site file's placeholders and the production paths its includes use, rewritten for a run on 127.0.0.1.
CERT = "/etc/ssl/certs/assess.example.com.pem"
KEY = "/etc/ssl/private/assess.example.com.key"
INCLUDE = "include /etc/nginx/snippets/"
REPLICA_HEADER = "# add_header X-Gbt27922-Replica $upstream_addr always;"


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (openssl), for the HTTPS server block."""
    cert, key = folder / "test.pem", folder / "test.key"
    if not shutil.which("openssl"):
        raise Missing("openssl is not installed (needed for a test certificate)")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True, timeout=60)
    return cert, key


def upstream_for_test(text: str, replicas: Sequence[int]) -> str:
    """An upstream file with its `server HOST:PORT ...;` lines replaced by the test's replicas on 127.0.0.1,
    each with the options (max_fails, fail_timeout) of the file's first server line."""
    server_line = re.compile(r"(?m)^\s*server [\w.-]+:\d+(.*);\n")
    found = server_line.search(text)
    if found is None or "upstream gbt27922 {" not in text:
        raise ValueError("no `upstream gbt27922 { server HOST:PORT ...; }` in the upstream file")
    lines = "".join(f"    server 127.0.0.1:{port}{found.group(1)};\n" for port in replicas)
    return text[:found.start()] + lines + server_line.sub("", text[found.start():])


def site_for_test(site: str, https_port: int, http_port: int, cert: Path, key: Path, snippets: Path,
                  show_replica: bool = True) -> str:
    """The real site configuration with its listening ports, certificate and snippet paths replaced (and, for
    the tests, the response header naming the replica switched on). Every other line is the production one."""
    out = site.replace("listen 443 ssl;", f"listen 127.0.0.1:{https_port} ssl;")
    out = out.replace("listen 80;", f"listen 127.0.0.1:{http_port};")
    out = re.sub(r"(?m)^\s*listen \[::\]:\d+.*\n", "", out)
    out = out.replace(CERT, str(cert)).replace(KEY, str(key))
    out = out.replace(INCLUDE, f"include {snippets}/")
    if show_replica:
        if REPLICA_HEADER not in out:
            raise ValueError(f"the site file lacks the commented line {REPLICA_HEADER!r}")
        out = out.replace(REPLICA_HEADER, REPLICA_HEADER.lstrip("# "))
    return out


def main_config(folder: Path, site_file: Path) -> str:
    """nginx.conf for a server run by the current user with everything (pid, logs, temp files) in `folder`."""
    temp = {name: folder / name for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")}
    for path in temp.values():
        path.mkdir(exist_ok=True)
    mime = "include /etc/nginx/mime.types;" if Path("/etc/nginx/mime.types").exists() else ""
    user = f"user {getpass.getuser()};\n" if os.geteuid() == 0 else ""  # workers as root's own user, not nobody
    return f"""{user}worker_processes 1;
pid {folder / 'nginx.pid'};
error_log {folder / 'error.log'} info;
events {{ worker_connections 1024; }}
http {{
    {mime}
    log_format replicas '$remote_addr "$request" $status upstream=$upstream_addr route=$cookie_gbt27922_route';
    access_log {folder / 'access.log'} replicas;
    client_body_temp_path {temp['client_body']};
    proxy_temp_path {temp['proxy']};
    fastcgi_temp_path {temp['fastcgi']};
    uwsgi_temp_path {temp['uwsgi']};
    scgi_temp_path {temp['scgi']};
    include {site_file};
}}
"""


def write_config(folder: Path, replicas: Sequence[int], https_port: int, http_port: int,
                 show_replica: bool = True, upstream: Path | None = None) -> Path:
    """Write the test's nginx.conf (and its site file and snippets) into `folder`: the path to give `nginx -c`.
    `upstream`: the upstream file to use instead of deploy/nginx/snippets/gbt27922-upstream.conf (its
    addresses replaced by the test's replicas as well)."""
    folder.mkdir(parents=True, exist_ok=True)
    cert, key = self_signed(folder)
    snippets = folder / "snippets"
    snippets.mkdir(exist_ok=True)
    for snippet in (NGINX_DIR / "snippets").glob("*.conf"):  # the same files, including each other from here
        text = snippet.read_text(encoding="utf-8").replace(INCLUDE, f"include {snippets}/")
        if snippet.name == UPSTREAM.name:
            text = upstream_for_test((upstream or snippet).read_text(encoding="utf-8"), replicas)
        (snippets / snippet.name).write_text(text, encoding="utf-8")
    site = site_for_test(SITE.read_text(encoding="utf-8"), https_port, http_port, cert, key, snippets, show_replica)
    (folder / "site.conf").write_text(site, encoding="utf-8")
    conf = folder / "nginx.conf"
    conf.write_text(main_config(folder, folder / "site.conf"), encoding="utf-8")
    return conf


def nginx_test(conf: Path) -> subprocess.CompletedProcess:
    """`nginx -t` of `conf` (as the current user, prefix its folder)."""
    if NGINX is None:
        raise Missing("nginx is not installed (Debian package nginx)")
    return subprocess.run([NGINX, "-t", "-p", str(conf.parent), "-c", str(conf), "-e", str(conf.parent / "error.log")],
                          capture_output=True, text=True, timeout=30)


@contextmanager
def running_nginx(conf: Path, https_port: int) -> Iterator[str]:
    """nginx in the foreground on `conf` (daemon off); yields https://127.0.0.1:PORT and always stops it."""
    if NGINX is None:
        raise Missing("nginx is not installed (Debian package nginx)")
    checked = nginx_test(conf)
    if checked.returncode != 0:
        raise RuntimeError(f"nginx -t refused {conf}: {checked.stderr}")
    log = (conf.parent / "nginx.out").open("wb")
    proc = subprocess.Popen([NGINX, "-p", str(conf.parent), "-c", str(conf), "-e", str(conf.parent / "error.log"),
                             "-g", "daemon off;"], stdout=log, stderr=subprocess.STDOUT)
    base = f"https://127.0.0.1:{https_port}"
    try:
        _wait_for_nginx(base, proc)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        log.close()


def insecure_context():
    """An SSL context that accepts the test's self-signed certificate (127.0.0.1 only)."""
    import ssl

    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def _wait_for_nginx(base: str, proc: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"nginx exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(base + "/_stcore/health", timeout=2, context=insecure_context()) as r:
                if r.status == 200:
                    return
        except (OSError, urllib.error.URLError):
            time.sleep(0.2)
    raise TimeoutError(f"nginx did not pass /_stcore/health at {base} within {timeout} s")


def access_log(folder: Path) -> list[dict]:
    """The test server's access log as dicts: request, status, upstream, route (see main_config's format)."""
    rows = []
    path = folder / "access.log"
    if not path.exists():
        return rows
    pattern = re.compile(r'^(\S+) "([^"]*)" (\d+) upstream=(\S*) route=(\S*)$')
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        found = pattern.match(line)
        if found:
            rows.append({"request": found.group(2), "status": int(found.group(3)), "upstream": found.group(4),
                         "route": found.group(5)})
    return rows
