"""`remind [--today DATE] [--dry-run] [--json]` in real processes, against a real SMTP server (aiosmtpd) on
127.0.0.1: who gets what, in which language, with which calendar; twice a day sends nothing new; a refusing or
absent server is reported and the next run sends; one run at a time (another run holding the lease: nothing sent,
exit 0); STARTTLS and implicit TLS with a password."""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import json
import os
import shutil
import socket
import ssl
import subprocess
import sys
import threading
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from icalendar import Calendar

from assessment.models import Assessment, CatalogRef, Certificate, CorrectiveAction, Enterprise
from assessment.reminder_run import LEASE_NAME
from assessment.store import Store
from assessment.store.leases import holder_name
from criteria import default_catalog

ROOT = Path(__file__).resolve().parents[2]
TODAY = "2026-12-02"
HOSTILE = "云帆<b>家电</b>\r\nBcc: victim@example.com"
SENDER = "GB/T 27922 <noreply@example.com>"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    """Enterprise A (contact in English, surveillance audit due in 30 days), B (contact in Spanish, a corrective
    action 2 days overdue), C (no contact, archived), and users: a consultant on A and B, a member on B who is
    disabled, a viewer on nothing, an admin on nothing."""
    path = tmp_path_factory.mktemp("remind") / "remind.db"
    store = Store(f"sqlite:///{path}")
    cat = default_catalog()
    ref = CatalogRef(id=cat.id, version=cat.version)
    a = store.add_enterprise(Enterprise(name=HOSTILE, contact_email="qm-a@example.com", language="en"))
    store.add_certificate(a.id, Certificate(number="CSC-A", issued_on=dt.date(2026, 1, 1), level="four_star"))
    b_ent = Enterprise(name="恒泰机械", contact_email="qm-b@example.com", language="es")
    b = store.add_enterprise(b_ent)
    store.add_assessment(b.id, Assessment(catalog=ref, enterprise=b_ent, assessed_on=dt.date(2026, 10, 1), actions=(
        CorrectiveAction(item="1.1.1", description="补充制度文件并发布实施。", owner="质量部",
                         due_on=dt.date(2026, 11, 30)),)))
    c = store.add_enterprise(Enterprise(name="已归档公司", contact_email="qm-c@example.com"))
    store.add_certificate(c.id, Certificate(number="CSC-C", issued_on=dt.date(2026, 1, 1), level="four_star"))
    store.set_archived(c.id)
    store.add_user("consultant@example.com", "consultant", name="李雷", enterprises=(a.id, b.id, c.id))
    store.add_user("member@example.com", "member", enterprises=(b.id,), language="en")
    store.set_disabled("member@example.com")
    store.add_user("viewer@example.com", "viewer")
    store.add_user("admin@example.com", "admin")
    store.close()
    return path


@pytest.fixture
def db(tmp_path, seeded) -> str:
    shutil.copyfile(seeded, tmp_path / "remind.db")
    return f"sqlite:///{tmp_path / 'remind.db'}"


class Inbox:
    """An aiosmtpd handler keeping what it accepted; `refuse` names recipients it answers 550 at RCPT."""

    def __init__(self, refuse=(), at="rcpt"):
        self.messages: list[tuple[list[str], object]] = []
        self.refuse, self.at = set(refuse), at

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse and self.at == "rcpt":
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.refuse & set(envelope.rcpt_tos) and self.at == "data":
            return "554 5.6.0 message refused"
        self.messages.append((list(envelope.rcpt_tos), message_from_bytes(envelope.content, policy=policy.default)))
        return "250 Message accepted"

    def by_recipient(self) -> dict:
        return {rcpt[0]: msg for rcpt, msg in self.messages}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp():
    """Start a server (a fresh inbox each call); stopped at the end of the test."""
    started = []

    def start(inbox=None, **kwargs):
        inbox = inbox or Inbox()
        port = free_port()
        ctl = Controller(inbox, hostname="127.0.0.1", port=port, **kwargs)
        ctl.start()
        started.append(ctl)
        return inbox, port

    yield start
    for ctl in started:
        ctl.stop()


def remind(db: str, *args: str, env: dict | None = None):
    base = {k: v for k, v in os.environ.items() if k not in ("SMTP_URL", "MAIL_FROM", "SMTP_CA_FILE")}
    run = subprocess.run([sys.executable, "-m", "assessment", "remind", "--today", TODAY, *args], cwd=ROOT,
                         env={**base, "DATABASE_URL": db, "PYTHONIOENCODING": "utf-8", **(env or {})},
                         capture_output=True, text=True, timeout=120)
    return run.returncode, run.stdout, run.stderr


def mail_env(port: int, scheme: str = "smtp", auth: str = "") -> dict:
    return {"SMTP_URL": f"{scheme}://{auth}127.0.0.1:{port}", "MAIL_FROM": SENDER, "SMTP_TIMEOUT": "10"}


def test_each_recipient_gets_one_message_in_their_language_with_its_items_and_a_calendar(db, smtp):
    inbox, port = smtp()
    code, out, err = remind(db, "--json", env=mail_env(port))
    assert code == 0, err
    report = json.loads(out)
    assert (report["today"], report["sent"], report["failed"], report["skipped"]) == (TODAY, 3, 0, 0)
    got = inbox.by_recipient()
    # the contacts of A and B and the consultant assigned to both; not the disabled member, the unassigned viewer
    # and admin, nor the archived enterprise's contact
    assert set(got) == {"qm-a@example.com", "qm-b@example.com", "consultant@example.com"}
    assert all(len(rcpt) == 1 for rcpt, _ in inbox.messages)
    a, b, c = got["qm-a@example.com"], got["qm-b@example.com"], got["consultant@example.com"]
    assert a["Subject"] == "GB/T 27922 reminder for 2026-12-02: 1 item"
    assert "2027-01-01 (in 30 days): Surveillance audit 1 (certificate CSC-A)" in a.get_body(("plain",)).get_content()
    assert b["Subject"] == "Recordatorio GB/T 27922 del 2026-12-02: 1 asunto"
    assert "con 2 días de retraso" in b.get_body(("plain",)).get_content()
    assert c["Subject"] == "【GB/T 27922】2026-12-02 待办提醒：2 项"
    body = c.get_body(("plain",)).get_content()
    assert body.startswith("李雷，您好：") and "第 1 次监督审核" in body and "补充制度文件并发布实施" in body
    assert "已归档公司" not in body
    for msg in (a, b, c):
        assert msg["From"] == SENDER and msg["Message-ID"] and msg["Date"]
        assert msg.get_all("Bcc") is None and "victim" not in str(msg["Subject"])
    ics = next(p for p in c.iter_attachments() if p.get_content_type() == "text/calendar")
    events = Calendar.from_ical(ics.get_content()).walk("VEVENT")
    assert sorted(e.decoded("dtstart") for e in events) == [dt.date(2026, 11, 30), dt.date(2027, 1, 1)]
    assert "&lt;b&gt;" in c.get_body(("html",)).get_content()
    by_email = {m["recipient"]: m for m in report["messages"]}
    assert by_email["qm-b@example.com"]["language"] == "es" and by_email["qm-b@example.com"]["status"] == "sent"
    item = by_email["qm-b@example.com"]["items"][0]
    assert (item["kind"], item["due"], item["overdue"], item["days_left"]) == ("action", "2026-11-30", True, -2)


def test_a_second_run_the_same_day_sends_nothing_new(db, smtp):
    inbox, port = smtp()
    assert remind(db, env=mail_env(port))[0] == 0
    code, out, _ = remind(db, "--json", env=mail_env(port))
    assert code == 0 and json.loads(out)["sent"] == 0
    assert len(inbox.messages) == 3
    # the next day, the same stages are not sent again either
    code, out, _ = remind(db, "--json", "--today", "2026-12-03", env=mail_env(port))
    assert json.loads(out)["sent"] == 0 and len(inbox.messages) == 3


@pytest.mark.parametrize("at, reply", [("rcpt", "550"), ("data", "554")])
def test_a_refused_message_is_reported_not_marked_sent_and_the_next_run_sends_it(db, smtp, at, reply):
    inbox, port = smtp(Inbox(refuse={"qm-b@example.com"}, at=at))
    code, out, err = remind(db, "--json", env=mail_env(port))
    assert code == 1
    report = json.loads(out)
    assert (report["sent"], report["failed"]) == (2, 1)
    failed = [m for m in report["messages"] if m["status"] == "failed"]
    assert [m["recipient"] for m in failed] == ["qm-b@example.com"] and reply in failed[0]["error"]
    assert "qm-b@example.com" in err and reply in err
    assert set(inbox.by_recipient()) == {"qm-a@example.com", "consultant@example.com"}
    inbox2, port2 = smtp()
    code, out, _ = remind(db, "--json", env=mail_env(port2))
    assert code == 0 and [m[0] for m in inbox2.messages] == [["qm-b@example.com"]]


def test_an_item_that_appears_after_the_days_message_waits_for_the_next_day(db, smtp):
    inbox, port = smtp()
    assert remind(db, env=mail_env(port))[0] == 0
    store = Store(db, migrate=False)
    b = next(e for e in store.list_enterprises() if e.name == "恒泰机械")
    found = store.latest_assessment(b.id)
    store.add_action(found.id, found.version, CorrectiveAction(item="1.1.2", description="新增的整改", due_on=dt.date(
        2026, 12, 20)))
    store.close()
    code, out, _ = remind(db, "--json", env=mail_env(port))
    report = json.loads(out)
    assert code == 0 and report["sent"] == 0 and report["skipped"] == 2
    assert {m["recipient"]: m["status"] for m in report["messages"]} == {"qm-b@example.com": "skipped",
                                                                         "consultant@example.com": "skipped"}
    assert len(inbox.messages) == 3
    code, out, _ = remind(db, "--json", "--today", "2026-12-03", env=mail_env(port))
    assert json.loads(out)["sent"] == 2
    new = inbox.messages[3:]
    assert sorted(r[0] for r, _ in new) == ["consultant@example.com", "qm-b@example.com"]
    assert all("新增的整改" in m.get_body(("plain",)).get_content() for _, m in new)
    assert all("补充制度文件" not in m.get_body(("plain",)).get_content() for _, m in new)  # sent already


def test_no_server_listening_fails_every_message_and_the_next_run_sends_them(db, smtp):
    code, out, err = remind(db, env=mail_env(free_port()))
    assert code == 1 and "connection refused" in err
    assert "3" in out.splitlines()[-2] or "失败 3" in out
    inbox, port = smtp()
    assert remind(db, env=mail_env(port))[0] == 0 and len(inbox.messages) == 3


def test_a_dry_run_needs_no_server_sends_nothing_and_logs_nothing(db, smtp):
    code, out, err = remind(db, "--dry-run", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["dry_run"] is True and {m["status"] for m in report["messages"]} == {"dry_run"}
    assert len(report["messages"]) == 3
    code, out, _ = remind(db, "--dry-run", "--lang", "en")
    assert "would send (dry run): qm-a@example.com (en), 1 item(s)" in out
    inbox, port = smtp()
    assert remind(db, env=mail_env(port))[0] == 0 and len(inbox.messages) == 3


# --- one run at a time (the lease) ------------------------------------------------------------------------------

OTHER = holder_name("timer-host", 4242, "0123456789abcdef")


def _take_lease(db: str, at: dt.datetime) -> None:
    """Another run (another host's timer) holds the reminder lease since `at` (naive UTC), for 15 minutes."""
    store = Store(db, migrate=False)
    store.take_lease(LEASE_NAME, OTHER, dt.timedelta(minutes=15), at)
    store.close()


def _lease(db: str):
    store = Store(db, migrate=False)
    try:
        return store.current_lease(LEASE_NAME)
    finally:
        store.close()


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)


def test_while_another_run_holds_the_lease_a_run_sends_nothing_says_so_and_exits_0(db, smtp):
    since = _utcnow()
    _take_lease(db, since)
    inbox, port = smtp()
    code, out, err = remind(db, "--json", env=mail_env(port))
    assert code == 0, err
    report = json.loads(out)
    assert (report["sent"], report["failed"], report["skipped"], report["messages"]) == (0, 0, 0, [])
    assert report["today"] == TODAY and report["dry_run"] is False and report["problems"] == []
    assert report["busy"] == {"since": since.isoformat() + "Z",
                              "expires": (since + dt.timedelta(minutes=15)).isoformat() + "Z",
                              "host": "timer-host", "pid": 4242}
    code, out, _ = remind(db, "--lang", "en", env=mail_env(port))
    assert code == 0 and out.strip() == (
        f"{TODAY}: another reminder run has been in progress since {since:%Y-%m-%d %H:%M:%S} UTC (host timer-host, "
        "process 4242) and sends the reminders; this run sends nothing.")
    code, out, _ = remind(db, env=mail_env(port))  # the default language
    assert code == 0 and f"另一个提醒任务自 {since:%Y-%m-%d %H:%M:%S} UTC 起正在运行（主机 timer-host，进程 4242）" in out
    assert inbox.messages == []
    assert _lease(db).holder == OTHER  # theirs, left alone
    store = Store(db, migrate=False)
    assert store.reminder_log(dt.date.fromisoformat(TODAY)).sent_today == frozenset()  # nothing logged
    store.close()
    # a dry run takes no lease: it still shows what would go
    code, out, _ = remind(db, "--dry-run", "--json")
    assert code == 0 and len(json.loads(out)["messages"]) == 3 and json.loads(out)["busy"] is None


def test_the_expired_lease_of_a_crashed_run_is_taken_over_and_the_run_sends(db, smtp):
    _take_lease(db, _utcnow() - dt.timedelta(hours=1))
    inbox, port = smtp()
    code, out, err = remind(db, "--json", env=mail_env(port))
    assert code == 0, err
    assert json.loads(out)["sent"] == 3 and json.loads(out)["busy"] is None and len(inbox.messages) == 3
    assert _lease(db) is None


def test_a_run_gives_its_lease_up_so_the_next_run_takes_it_and_sends_nothing_new(db, smtp):
    inbox, port = smtp()
    assert remind(db, env=mail_env(port))[0] == 0 and len(inbox.messages) == 3
    assert _lease(db) is None
    code, out, _ = remind(db, "--json", env=mail_env(port))
    assert code == 0 and json.loads(out)["busy"] is None and json.loads(out)["sent"] == 0
    assert len(inbox.messages) == 3 and _lease(db) is None
    # a run whose messages all fail gives it up too
    code, _, _ = remind(db, "--json", "--today", "2026-12-09", env=mail_env(free_port()))
    assert code == 1 and _lease(db) is None


class SlowInbox(Inbox):
    """Holds the first message's DATA until `go` is set (a slow server), saying when one is in flight."""

    def __init__(self):
        super().__init__()
        self.go, self.in_flight = threading.Event(), threading.Event()

    async def handle_DATA(self, server, session, envelope):
        self.in_flight.set()
        while not self.go.is_set():
            await asyncio.sleep(0.01)
        return await super().handle_DATA(server, session, envelope)


def test_a_run_started_while_another_is_sending_sends_nothing_and_the_first_sends_everything_once(db, smtp):
    inbox, port = smtp(SlowInbox())
    env = {**mail_env(port), "SMTP_TIMEOUT": "60"}
    base = {k: v for k, v in os.environ.items() if k not in ("SMTP_URL", "MAIL_FROM", "SMTP_CA_FILE")}
    first = subprocess.Popen([sys.executable, "-m", "assessment", "remind", "--today", TODAY, "--json"], cwd=ROOT,
                             env={**base, "DATABASE_URL": db, "PYTHONIOENCODING": "utf-8", **env},
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert inbox.in_flight.wait(timeout=60), "the first run never reached the server"
        code, out, err = remind(db, "--json", env=env)  # the manual run during the timer's
        assert code == 0, err
        second = json.loads(out)
        assert second["sent"] == 0 and second["busy"]["pid"] == first.pid
        assert second["busy"]["host"] == socket.gethostname()[:150]
    finally:
        inbox.go.set()
        out, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    assert json.loads(out)["sent"] == 3 and json.loads(out)["busy"] is None
    assert sorted(r[0] for r, _ in inbox.messages) == ["consultant@example.com", "qm-a@example.com",
                                                       "qm-b@example.com"]
    assert _lease(db) is None


@pytest.mark.parametrize("env, says", [
    ({"MAIL_FROM": SENDER}, "SMTP_URL is not set"),
    ({"SMTP_URL": "smtp://u:hunter2@127.0.0.1:1", "MAIL_FROM": ""}, "MAIL_FROM is not set"),
    ({"SMTP_URL": "smtp://u:hunter2@127.0.0.1:1", "MAIL_FROM": "noreply@example.com\r\nBcc: x@example.com"},
     "MAIL_FROM"),
    ({"SMTP_URL": "ftp://u:hunter2@127.0.0.1", "MAIL_FROM": SENDER}, "scheme"),
    ({"SMTP_URL": "smtp://u:hunter2@127.0.0.1:99999", "MAIL_FROM": SENDER}, "port"),
])
def test_missing_or_bad_settings_end_with_status_2_naming_them_never_the_password(db, env, says):
    code, out, err = remind(db, env=env)
    assert code == 2 and says in err and "hunter2" not in err + out and "Traceback" not in err


@pytest.mark.parametrize("day", ["2026-13-01", "tomorrow", "9999-01-01"])
def test_a_bad_today_ends_with_status_2(db, day):
    code, _, err = remind(db, "--dry-run", "--today", day)
    assert code == 2 and "invalid date" in err


# --- TLS and authentication ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    """A self-signed certificate for 127.0.0.1 (cert.pem, key.pem), made with `cryptography`."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    folder = tmp_path_factory.mktemp("tls")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
            .sign(key, hashes.SHA256()))
    (folder / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                                       serialization.PrivateFormat.PKCS8,
                                                       serialization.NoEncryption()))
    return folder / "cert.pem", folder / "key.pem"


def _server_context(certificate) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(*map(str, certificate))
    return ctx


def _authenticator(server, session, envelope, mechanism, auth_data):
    ok = auth_data.login == b"qm@corp.cn" and auth_data.password == b"p@ss:w/rd"
    return AuthResult(success=ok, handled=False)


AUTH = "qm%40corp.cn:p%40ss%3Aw%2Frd@"


def test_starttls_with_a_password_and_a_trusted_ca_file_sends(db, smtp, certificate):
    inbox, port = smtp(tls_context=_server_context(certificate), require_starttls=True, auth_require_tls=True,
                       authenticator=_authenticator)
    env = {**mail_env(port, auth=AUTH), "SMTP_CA_FILE": str(certificate[0])}
    code, _, err = remind(db, env=env)
    assert code == 0, err
    assert len(inbox.messages) == 3


def test_a_wrong_password_is_reported_without_showing_it(db, smtp, certificate):
    inbox, port = smtp(tls_context=_server_context(certificate), require_starttls=True, auth_require_tls=True,
                       authenticator=_authenticator)
    env = {**mail_env(port, auth="qm%40corp.cn:wrong-secret@"), "SMTP_CA_FILE": str(certificate[0])}
    code, out, err = remind(db, env=env)
    assert code == 1 and "refused the user name or password" in err and "wrong-secret" not in err + out
    assert inbox.messages == []


def test_a_certificate_not_trusted_is_refused(db, smtp, certificate):
    inbox, port = smtp(tls_context=_server_context(certificate), require_starttls=True)
    code, _, err = remind(db, env=mail_env(port))
    assert code == 1 and "TLS failed" in err and inbox.messages == []


def test_implicit_tls_smtps_sends(db, smtp, certificate):
    inbox, port = smtp(ssl_context=_server_context(certificate), authenticator=_authenticator,
                       auth_require_tls=False)
    env = {**mail_env(port, "smtps", AUTH), "SMTP_CA_FILE": str(certificate[0])}
    code, _, err = remind(db, env=env)
    assert code == 0, err
    assert len(inbox.messages) == 3


def test_a_users_language_is_set_from_the_command_line_and_their_next_message_uses_it(db, smtp):
    env = {"DATABASE_URL": db, "PYTHONIOENCODING": "utf-8"}
    run = subprocess.run([sys.executable, "-m", "assessment", "user", "language", "consultant@example.com", "es"],
                         cwd=ROOT, env={**os.environ, **env}, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    bad = subprocess.run([sys.executable, "-m", "assessment", "user", "language", "nobody@example.com", "en"],
                         cwd=ROOT, env={**os.environ, **env}, capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "no user nobody@example.com" in bad.stderr
    inbox, port = smtp()
    assert remind(db, env=mail_env(port))[0] == 0
    assert inbox.by_recipient()["consultant@example.com"]["Subject"].startswith("Recordatorios GB/T 27922")
