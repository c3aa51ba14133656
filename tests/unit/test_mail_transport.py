"""SMTP_URL, SMTP_TIMEOUT and SMTP_CA_FILE read into settings (assessment/mail_transport.py); no network."""

from __future__ import annotations

import pytest

from assessment.mail_transport import BadSmtpUrl, parse_smtp_url


@pytest.mark.parametrize("url, expected", [
    ("smtp://user:secret@mail.example.com:587", (False, "mail.example.com", 587, "user", "secret")),
    ("smtp://mail.example.com", (False, "mail.example.com", 587, "", "")),
    ("smtps://u%40corp.cn:p%3Aw%2Fd%40@smtp.example.com", (True, "smtp.example.com", 465, "u@corp.cn", "p:w/d@")),
    ("SMTPS://a:b@[::1]:2465", (True, "::1", 2465, "a", "b")),
    ("smtp://relay.local:25/", (False, "relay.local", 25, "", "")),
])
def test_an_smtp_url_is_read_with_its_default_port_and_decoded_credentials(url, expected):
    s = parse_smtp_url(url)
    assert (s.implicit_tls, s.host, s.port, s.user, s.password) == expected
    assert s.password not in repr(s) or not s.password


@pytest.mark.parametrize("url, says", [
    ("", "not set"), ("http://mail.example.com", "scheme"), ("smtp://", "no host"),
    ("smtp://user:pw@host:99999", "port"), ("smtp://user:pw@host:abc", "port"), ("smtp://host:0", "port"),
    ("smtp://host/path", "nothing may follow"), ("smtp://host?x=1", "nothing may follow"),
    ("smtp://:hunter2@host", "password without a user"), ("smtp://u:p@ho st", "spaces"),
])
def test_a_bad_smtp_url_is_named_and_never_shows_the_password(url, says):
    with pytest.raises(BadSmtpUrl, match=says) as exc:
        parse_smtp_url(url)
    assert "hunter2" not in str(exc.value) and "pw@" not in str(exc.value)


@pytest.mark.parametrize("timeout", ["0", "-3", "abc", "100000"])
def test_a_bad_timeout_is_refused(timeout):
    with pytest.raises(BadSmtpUrl, match="SMTP_TIMEOUT"):
        parse_smtp_url("smtp://host", timeout=timeout)


def test_a_ca_file_that_is_not_pem_is_refused(tmp_path):
    bad = tmp_path / "ca.pem"
    bad.write_text("not a certificate", encoding="utf-8")
    with pytest.raises(BadSmtpUrl, match="SMTP_CA_FILE"):
        parse_smtp_url("smtp://host", ca_file=str(bad))
