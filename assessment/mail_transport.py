"""Sending mail over SMTP, as SMTP_URL says: `smtp://user:password@host:587` or `smtps://user:password@host:465`.

- `smtp://` (port 587 unless given): STARTTLS whenever the server offers it. A server that does not offer it gets
  no password: credentials are sent over a connection without TLS only to a loopback host (a relay on the same
  machine); without credentials a plain connection is used as it is (a local relay on port 25, say).
- `smtps://` (port 465 unless given): TLS from the first byte.
- The user name and password are percent-decoded (`%40` for `@`, `%3A` for `:`); the password is never printed:
  errors name the server as `host:port`.
- Certificates are verified against the system's CAs; SMTP_CA_FILE (a PEM file) adds CAs to trust, e.g. a
  company's own CA or a test server's self-signed certificate.
- Every network step has a time limit (SMTP_TIMEOUT seconds, 30 by default), and once the server cannot be
  reached, or refuses TLS or the password, the run's other messages fail at once with the same reason.
"""

from __future__ import annotations

import ipaddress
import smtplib
import socket
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Mapping, NoReturn, Optional
from urllib.parse import unquote, urlsplit

DEFAULT_TIMEOUT = 30.0
MAX_TIMEOUT = 600.0


class BadSmtpUrl(ValueError):
    """SMTP_URL (or SMTP_TIMEOUT, SMTP_CA_FILE) that cannot be used; the message never holds the password."""


class SendFailed(Exception):
    """A message the server did not accept (or could not be reached for); `reason` says why, without secrets."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class SmtpSettings:
    implicit_tls: bool
    host: str
    port: int
    user: str = ""
    password: str = field(default="", repr=False)
    timeout: float = DEFAULT_TIMEOUT
    ca_file: Optional[str] = None

    @property
    def where(self) -> str:
        return f"{'smtps' if self.implicit_tls else 'smtp'}://{self.host}:{self.port}"


def parse_smtp_url(url: str, timeout: Optional[str] = None, ca_file: Optional[str] = None) -> SmtpSettings:
    """SMTP_URL as settings; BadSmtpUrl naming what is wrong (never the password)."""
    text = (url or "").strip()
    if not text:
        raise BadSmtpUrl("SMTP_URL is not set: give smtp://user:password@host:587 (or smtps://…:465)")
    if any(ord(c) < 32 or c.isspace() for c in text):
        raise BadSmtpUrl("SMTP_URL holds spaces or control characters")
    try:
        parts = urlsplit(text)
        port = parts.port
        host = parts.hostname or ""
    except ValueError:
        raise BadSmtpUrl("SMTP_URL: the port is not a number from 1 to 65535") from None
    scheme = parts.scheme.lower()
    if scheme not in ("smtp", "smtps"):
        raise BadSmtpUrl(f"SMTP_URL: scheme {scheme or '(none)'!r} is not smtp or smtps")
    if not host:
        raise BadSmtpUrl("SMTP_URL names no host (smtp://user:password@host:587)")
    if (parts.path not in ("", "/")) or parts.query or parts.fragment:
        raise BadSmtpUrl("SMTP_URL: nothing may follow host:port (no path, query or fragment)")
    if port == 0:
        raise BadSmtpUrl("SMTP_URL: the port is not a number from 1 to 65535")
    user = unquote(parts.username or "")
    password = unquote(parts.password or "")
    if password and not user:
        raise BadSmtpUrl("SMTP_URL: a password without a user name")
    return SmtpSettings(scheme == "smtps", host, port or (465 if scheme == "smtps" else 587), user, password,
                        _timeout(timeout), _ca_file(ca_file))


def settings_from_env(env: Mapping[str, str]) -> SmtpSettings:
    return parse_smtp_url(env.get("SMTP_URL", ""), env.get("SMTP_TIMEOUT"), env.get("SMTP_CA_FILE"))


def _timeout(text: Optional[str]) -> float:
    if text is None or not text.strip():
        return DEFAULT_TIMEOUT
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 < value <= MAX_TIMEOUT:
        raise BadSmtpUrl(f"SMTP_TIMEOUT {text!r} is not a number of seconds from 1 to {MAX_TIMEOUT:.0f}")
    return value


def _ca_file(path: Optional[str]) -> Optional[str]:
    if path is None or not path.strip():
        return None
    try:
        ssl.create_default_context(cafile=path)
    except (OSError, ssl.SSLError) as exc:
        raise BadSmtpUrl(f"SMTP_CA_FILE {path}: cannot be read as PEM certificates: {exc}") from None
    return path


def _context(settings: SmtpSettings) -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    if settings.ca_file:
        ctx.load_verify_locations(cafile=settings.ca_file)
    return ctx


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class SmtpSender:
    """Sends messages over one connection, opened at the first message and again after a failure; a context
    manager that closes it."""

    def __init__(self, settings: SmtpSettings):
        self.settings = settings
        self._conn: Optional[smtplib.SMTP] = None
        # Once the server cannot be reached (or refuses the password), the run's other messages fail at once with
        # the same reason instead of each waiting out the time limit: a run takes bounded time.
        self.unusable: Optional[str] = None

    def __enter__(self) -> "SmtpSender":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.quit()
            except (smtplib.SMTPException, OSError):
                conn.close()

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        if s.implicit_tls:
            conn: smtplib.SMTP = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout, context=_context(s))
        else:
            conn = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
        try:
            conn.ehlo()
            if not s.implicit_tls:
                if conn.has_extn("starttls"):
                    conn.starttls(context=_context(s))
                    conn.ehlo()
                elif s.user and not _is_loopback(s.host):
                    raise SendFailed(f"{s.where} offers no STARTTLS: the password is not sent over a connection "
                                     "without TLS (use smtps:// or a server with STARTTLS)")
            if s.user:
                conn.login(s.user, s.password)
        except BaseException:
            conn.close()
            raise
        return conn

    def send(self, message: EmailMessage) -> None:
        """Send one message to its To address; SendFailed naming the server and the reason."""
        where = self.settings.where
        if self.unusable:
            raise SendFailed(self.unusable)
        try:
            refused = self._deliver(message)
        except SendFailed as exc:
            self._give_up(exc.reason)
        except smtplib.SMTPAuthenticationError as exc:
            self._give_up(f"{where}: the server refused the user name or password ({exc.smtp_code})")
        except smtplib.SMTPRecipientsRefused as exc:
            self._reset()
            codes = ", ".join(f"{code} {_text(reply)}" for code, reply in exc.recipients.values())
            raise SendFailed(f"{where}: recipient refused: {codes}") from None
        except smtplib.SMTPResponseException as exc:
            self._reset()
            raise SendFailed(f"{where}: the server answered {exc.smtp_code} {_text(exc.smtp_error)}") from None
        except ssl.SSLError as exc:
            self._give_up(f"{where}: TLS failed: {exc.reason or exc}")
        except (smtplib.SMTPException, OSError, socket.timeout) as exc:
            self._give_up(f"{where}: {_os_reason(exc)}")
        if refused:
            raise SendFailed(f"{where}: recipient refused: {refused}")

    def _deliver(self, message: EmailMessage) -> dict:
        """Send on the open connection, or a new one; a server that closed an open connection between two
        messages (a limit per connection, an idle time-out) is connected to once more."""
        if self._conn is not None:
            try:
                return self._conn.send_message(message)
            except smtplib.SMTPServerDisconnected:
                self._drop()
        self._conn = self._connect()
        return self._conn.send_message(message)

    def _give_up(self, reason: str) -> NoReturn:
        self._drop()
        self.unusable = reason
        raise SendFailed(reason) from None

    def _reset(self) -> None:
        """After a refusal the connection can go on with the next message (RSET), else it is dropped."""
        if self._conn is None:
            return
        try:
            self._conn.rset()
        except (smtplib.SMTPException, OSError):
            self._drop()

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except OSError:
                pass


def _text(reply) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    return " ".join(text.split())[:300]


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return "no answer within the time limit (SMTP_TIMEOUT)"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused (no SMTP server on that host and port?)"
    if isinstance(exc, socket.gaierror):
        return "the host name cannot be resolved"
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return "the server closed the connection"
    return " ".join(str(exc).split())[:300] or type(exc).__name__
