"""HQ's mail through a real SMTP server on 127.0.0.1 (aiosmtpd): invitation and reset codes,
the answer that does not tell which emails have accounts, and a mail server that is down."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import create_engine, text

from sistercommittee.errors import ValidationError
from sistercommittee.hq.database import HqDatabase, upgrade
from sistercommittee.hq.mail import SmtpMailer
from tests.hq.fixtures import free_socket, make_org, running_hq
from tests.hq.helpers import sign_in
from tests.hq.mail_server import CODE
from tests.hq.mail_server import body as _body


def test_an_invitation_is_mailed_with_its_code(mailing_hq, smtp):
    inbox = smtp
    org = make_org(mailing_hq.db, "Springfield Sister Cities")
    headers, _ = sign_in(mailing_hq.url, org.emails["coordinator"])
    issued = httpx.post(
        f"{mailing_hq.url}/v1/invitations",
        headers=headers,
        json={"email": "Newcomer@Example.org", "role": "read-only"},
    ).json()
    assert issued["emailed"] is True
    [mail] = inbox.to("newcomer@example.org")
    assert mail["Subject"] == "Your invitation to Springfield Sister Cities in SisterCommittee"
    assert "hq@example.org" in mail["From"]
    body = _body(mail)
    assert issued["code"] in body and "as read-only" in body
    assert f"Server: {mailing_hq.url}" in body
    assert f"--invitation {issued['code']}" in body


def test_a_forgotten_password_is_mailed_and_unknown_emails_get_the_same_answer(mailing_hq, smtp):
    inbox = smtp
    org = make_org(mailing_hq.db)
    assert httpx.get(f"{mailing_hq.url}/v1/health").json()["mail"] is True
    email_address = org.emails["volunteer"]
    answers = [
        httpx.post(f"{mailing_hq.url}/v1/password-reset/request", json={"email": address})
        for address in (email_address, "nobody@example.org")
    ]
    assert [a.status_code for a in answers] == [202, 202]
    assert answers[0].json() == answers[1].json()
    assert inbox.to("nobody@example.org") == []
    [mail] = inbox.to(email_address)
    code = CODE.search(_body(mail))
    assert code is not None
    reset = httpx.post(
        f"{mailing_hq.url}/v1/password-reset",
        json={"code": code.group(0), "password": "a brand new password"},
    )
    assert reset.status_code == 200 and reset.json()["email"] == email_address


def test_a_mail_server_that_is_down_leaves_the_code_to_pass_on(hq_db):
    with free_socket() as sock:
        port = sock.getsockname()[1]  # nothing listens here
    with running_hq(hq_db, mailer=SmtpMailer.from_url(f"smtp://127.0.0.1:{port}")) as server:
        org = make_org(hq_db)
        headers, _ = sign_in(server.url, org.emails["coordinator"])
        issued = httpx.post(
            f"{server.url}/v1/invitations",
            headers=headers,
            json={"email": "new@example.org", "role": "volunteer"},
        )
        assert issued.status_code == 201
        assert issued.json()["emailed"] is False and CODE.fullmatch(issued.json()["code"])


def test_smtp_addresses_are_read_or_refused_with_an_example():
    mailer = SmtpMailer.from_url("smtp+starttls://ann%40x.org:s3cret@mail.example.org?from=a@b.org")
    assert (mailer.host, mailer.port, mailer.security) == ("mail.example.org", 587, "starttls")
    assert (mailer.user, mailer.password, mailer.sender) == ("ann@x.org", "s3cret", "a@b.org")
    assert SmtpMailer.from_url("smtps://mail.example.org").port == 465
    with pytest.raises(ValidationError, match="smtp\\+starttls://"):
        SmtpMailer.from_url("http://mail.example.org")


def test_serve_refuses_a_bad_smtp_address_before_starting(tmp_path, capsys):
    from sistercommittee.hq.cli import main

    url = f"sqlite:///{tmp_path / 'hq.sqlite'}"
    assert main(["serve", "--database-url", url, "--smtp-url", "mail.example.org"]) == 2
    assert "is not an SMTP address" in capsys.readouterr().err


def test_migration_from_0003_keeps_accounts_and_adds_codes(tmp_path):
    url = f"sqlite:///{tmp_path / 'hq.sqlite'}"
    engine = create_engine(url)
    when = "2026-01-01T00:00:00.000000+00:00"
    with engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys = ON")
        upgrade(connection, "0003_hq_epochs")
        connection.execute(
            text(
                "INSERT INTO organizations (id, name, created_at) VALUES ('o1', 'Springfield', :w)"
            ),
            {"w": when},
        )
        connection.execute(text("INSERT INTO feed_counters VALUES ('o1', 0)"))
        connection.execute(
            text(
                "INSERT INTO users VALUES ('u1', 'o1', 'ann@example.org', 'x', 'coordinator', :w)"
            ),
            {"w": when},
        )
    engine.dispose()
    db = HqDatabase(url)
    db.upgrade()
    try:
        from sistercommittee.hq import members

        assert [m.email for m in members.list_members(db, "o1")] == ["ann@example.org"]
        issued = members.issue_reset(db, "o1", "ann@example.org")
        assert members.reset_password(db, issued.code, "a brand new password").email == (
            "ann@example.org"
        )
    finally:
        db.dispose()
