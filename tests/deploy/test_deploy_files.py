"""The deployment files hold together: the compose file's services, health checks and mounts point at real
files and agree with the Dockerfile; nginx accepts the site configuration with the host's upstream and with
the containers'; the systemd unit runs one replica on its instance's port; upload limits agree."""

from __future__ import annotations

import configparser
import re
import subprocess
import tomllib
from pathlib import Path

import pytest
import yaml

from tests.deploy import servers

ROOT = servers.ROOT
DOCKER = ROOT / "deploy" / "docker"
COMPOSE = DOCKER / "compose.yaml"
DOCKERFILE = DOCKER / "Dockerfile"
UNIT = ROOT / "deploy" / "systemd" / "gbt27922@.service"
UPSTREAMS = (servers.UPSTREAM, DOCKER / "nginx-upstream.conf")


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


def _app_port() -> int:
    cmd = re.search(r'^CMD \[(.*)\]$', DOCKERFILE.read_text(encoding="utf-8"), re.M).group(1)
    args = [a.strip().strip('"') for a in cmd.split(",")]
    return int(args[args.index("--server.port") + 1])


def test_compose_runs_postgresql_two_replicas_and_nginx_each_waiting_for_the_healthy_one_before(compose):
    services = compose["services"]
    assert set(services) == {"db", "app1", "app2", "nginx"}
    db = services["db"]
    assert db["image"] == "postgres:15"
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])
    volume = db["volumes"][0].split(":")[0]
    assert volume in compose["volumes"], "the database lives in a named volume"
    for name in ("app1", "app2"):
        app = services[name]
        assert app["depends_on"] == {"db": {"condition": "service_healthy"}}
        url = app["environment"]["DATABASE_URL"]
        assert url.startswith("postgresql+psycopg://") and "@db:5432/" in url
        assert url.rsplit("/", 1)[1] == db["environment"]["POSTGRES_DB"]
        assert url.split("//", 1)[1].split(":", 1)[0] == db["environment"]["POSTGRES_USER"]
        assert f"http://127.0.0.1:{_app_port()}/_stcore/health" in " ".join(app["healthcheck"]["test"])
        build = app["build"]
        assert (DOCKER / build["context"] / build["dockerfile"]).resolve() == DOCKERFILE
    nginx = services["nginx"]
    assert nginx["depends_on"] == {"app1": {"condition": "service_healthy"}, "app2": {"condition": "service_healthy"}}
    assert sorted(nginx["ports"]) == ["443:443", "80:80"]


def test_every_file_compose_mounts_into_nginx_is_in_the_repository(compose):
    mounts = [v.split(":") for v in compose["services"]["nginx"]["volumes"]]
    targets = {target for _source, target, *_ in mounts}
    assert {"/etc/nginx/conf.d/default.conf", "/etc/nginx/snippets/gbt27922-upstream.conf",
            "/etc/nginx/snippets/gbt27922-locations.conf", "/etc/nginx/snippets/gbt27922-proxy.conf",
            servers.CERT, servers.KEY} == targets
    for source, target, *_ in mounts:
        path = (DOCKER / source).resolve()
        if "/certs/" in source:
            assert path.parent.is_dir(), source  # the operator's certificate goes there
        else:
            assert path.is_file(), source
    upstream = (DOCKER / "nginx-upstream.conf").read_text(encoding="utf-8")
    assert re.findall(r"server (\w+):(\d+)", upstream) == [("app1", str(_app_port())), ("app2", str(_app_port()))]


def test_the_image_runs_as_a_user_installs_the_runtime_requirements_and_checks_health():
    text = DOCKERFILE.read_text(encoding="utf-8")
    assert text.startswith("#") and "FROM python:3.11-slim-bookworm" in text
    user = re.search(r"^USER (\S+)$", text, re.M).group(1)
    assert user not in ("root", "0")
    assert re.search(r"^HEALTHCHECK .*\n.*/_stcore/health", text, re.M)
    assert f"EXPOSE {_app_port()}" in text
    for source in re.findall(r"^COPY (\S+) ", text, re.M):
        assert (ROOT / source).exists(), source
    extract = re.search(r"awk '([^']*)' requirements.txt", text).group(1)
    runtime = subprocess.run(["awk", extract, str(ROOT / "requirements.txt")], capture_output=True, text=True,
                             check=True).stdout.split()
    assert "streamlit==" in " ".join(runtime) and "psycopg[binary]" in " ".join(runtime)
    assert not [r for r in runtime if r.startswith(("pytest", "playwright", "hypothesis"))], runtime


def test_the_unit_runs_one_replica_on_its_instance_port_hardened():
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str
    unit.read_string(UNIT.read_text(encoding="utf-8"))
    service = unit["Service"]
    exec_start = service["ExecStart"].split()
    assert exec_start[0].endswith("/.venv/bin/streamlit") and exec_start[1:3] == ["run", "app.py"]
    flags = dict(zip(exec_start[3::2], exec_start[4::2]))
    assert flags["--server.address"] == "127.0.0.1" and flags["--server.port"] == "%i"
    assert flags["--server.headless"] == "true"
    assert service["EnvironmentFile"].startswith("/etc/")
    assert service["User"] not in ("root", "0") and service["Restart"] == "on-failure"
    assert service["NoNewPrivileges"] == "true" and service["ProtectSystem"] == "strict"
    assert service["PrivateTmp"] == "true"
    assert service["ReadWritePaths"] in service["Environment"], "the data folder is the one it may write"


def test_both_upstream_lists_balance_the_same_way():
    def policy(path: Path) -> tuple:
        text = path.read_text(encoding="utf-8")
        options = set(re.findall(r"server \S+:\d+( .*);", text))
        return (re.findall(r"^\s*(hash .*|keepalive .*);", text, re.M), options)

    host, containers = (policy(p) for p in UPSTREAMS)
    assert host == containers and len(host[1]) == 1
    assert host[0][0] == "hash $gbt27922_route consistent", "sticky by the routing cookie, not by address"


def test_nginx_takes_as_large_an_upload_as_the_app():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    app_mb = config["server"]["maxUploadSize"]
    nginx_mb = int(re.search(r"client_max_body_size (\d+)m;", servers.SITE.read_text(encoding="utf-8")).group(1))
    assert app_mb < nginx_mb <= app_mb + 5


@pytest.mark.parametrize("upstream", UPSTREAMS, ids=["host", "containers"])
def test_nginx_accepts_the_site_configuration(tmp_path, upstream):
    if servers.NGINX is None:
        servers.unavailable("nginx is not installed (Debian package nginx)")
    conf = servers.write_config(tmp_path, [8501, 8502], 8443, 8080, show_replica=False, upstream=upstream)
    checked = servers.nginx_test(conf)
    assert checked.returncode == 0, checked.stderr
    assert "syntax is ok" in checked.stderr


def test_systemd_knows_every_directive_of_the_unit(tmp_path):
    import shutil

    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed")
    for unit in UNIT.parent.iterdir():
        shutil.copy(unit, tmp_path / unit.name)
    instance = tmp_path / "gbt27922@8501.service"
    shutil.copy(UNIT, instance)
    checked = subprocess.run(["systemd-analyze", "verify", str(instance)], capture_output=True, text=True,
                             timeout=60, cwd=tmp_path)
    problems = [line for line in (checked.stdout + checked.stderr).splitlines()
                if line.strip() and "/opt/gbt27922/.venv/bin/streamlit is not executable" not in line]
    assert problems == [], problems  # the only complaint: the toolkit is not installed in /opt on this machine
