"""Mail from HQ: invitation and password-reset codes, sent through SMTP when HQ's administrator
gave ``--smtp-url``. Without it HQ sends nothing and every code is passed on by a coordinator.

    smtp://host:25                     plain SMTP (a relay on the same network)
    smtp+starttls://user:pass@host:587 STARTTLS, then a login
    smtps://user:pass@host:465         TLS from the start

The sender comes from ``?from=hq@example.org`` in the address (default: noreply@ the host).
A mail that cannot be sent never undoes what was done: the code is still shown to whoever asked.
"""

from __future__ import annotations

import logging
import smtplib
import ssl
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import formataddr, make_msgid
from typing import TYPE_CHECKING, Protocol
from urllib.parse import parse_qs, unquote, urlsplit

from sistercommittee.errors import ValidationError

if TYPE_CHECKING:
    from sistercommittee.hq.members import IssuedCode

log = logging.getLogger(__name__)

TIMEOUT = 20.0


class Mailer(Protocol):
    def send(self, to: str, subject: str, body: str) -> None: ...


@dataclass(frozen=True)
class SmtpMailer:
    host: str
    port: int
    security: str  # "plain", "starttls" or "tls"
    sender: str
    user: str | None = None
    password: str | None = None

    @classmethod
    def from_url(cls, url: str) -> SmtpMailer:
        parts = urlsplit(url.strip())
        kinds = {"smtp": "plain", "smtp+starttls": "starttls", "smtps": "tls"}
        if parts.scheme not in kinds or not parts.hostname:
            raise ValidationError.single(
                "smtp_url",
                f"{url!r} is not an SMTP address; give it like smtp+starttls://user:password@"
                "mail.example.org:587?from=hq@example.org.",
            )
        security = kinds[parts.scheme]
        try:
            port = parts.port or {"plain": 25, "starttls": 587, "tls": 465}[security]
        except ValueError:
            raise ValidationError.single("smtp_url", "The SMTP address has a bad port.") from None
        sender = parse_qs(parts.query).get("from", [""])[0] or f"noreply@{parts.hostname}"
        return cls(
            host=parts.hostname,
            port=port,
            security=security,
            sender=sender,
            user=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None,
        )

    def send(self, to: str, subject: str, body: str) -> None:
        message = EmailMessage()
        message["From"] = formataddr(("SisterCommittee HQ", self.sender))
        message["To"] = to
        message["Subject"] = subject
        message["Message-ID"] = make_msgid(domain=self.sender.partition("@")[2] or None)
        message.set_content(body)
        context = ssl.create_default_context()
        smtp: smtplib.SMTP
        if self.security == "tls":
            smtp = smtplib.SMTP_SSL(self.host, self.port, timeout=TIMEOUT, context=context)
        else:
            smtp = smtplib.SMTP(self.host, self.port, timeout=TIMEOUT)
        with smtp:
            if self.security == "starttls":
                smtp.starttls(context=context)
            if self.user:
                smtp.login(self.user, self.password or "")
            smtp.send_message(message)


def send_quietly(mailer: Mailer | None, to: str, subject: str, body: str) -> bool:
    """Send, and say whether it went; a failure is logged (without the code) and not raised."""
    if mailer is None:
        return False
    try:
        mailer.send(to, subject, body)
    except (OSError, smtplib.SMTPException) as error:
        log.warning("mail to a member could not be sent: %s", type(error).__name__)
        return False
    return True


def _date(when: datetime) -> str:
    return when.strftime("%d %B %Y, %H:%M UTC")


def invitation_text(
    organization: str, role: str, code: str, expires_at: datetime, server_url: str
) -> tuple[str, str]:
    subject = f"Your invitation to {organization} in SisterCommittee"
    body = (
        f"You are invited to join {organization} in SisterCommittee as {role}.\n\n"
        f'In SisterCommittee, choose "Join with an Invitation" on the welcome, then type\n\n'
        f"  Server: {server_url}\n"
        f"  Invitation code: {code}\n\n"
        "and choose a password of your own.\n\n"
        "On the command line:\n"
        f"  sistercommittee sync join --server {server_url} --invitation {code} "
        "--db committee.sqlite\n\n"
        f"The code works once, until {_date(expires_at)}.\n"
        "If you did not expect this invitation, you can ignore this mail.\n"
    )
    return subject, body


def reset_text(
    organization: str, code: str, expires_at: datetime, server_url: str
) -> tuple[str, str]:
    subject = "Your SisterCommittee password reset code"
    body = (
        f"A new password was asked for your account of {organization} on SisterCommittee HQ.\n\n"
        f"  Server: {server_url}\n"
        f"  Reset code: {code}\n\n"
        'Type the code in SisterCommittee\'s "Forgot password?" window, or run\n'
        f"  sistercommittee sync reset-password --server {server_url} --code {code}\n\n"
        f"The code works once, until {_date(expires_at)}. Setting the new password signs out "
        "every laptop signed in with the old one.\n"
        "If you did not ask for this, ignore this mail: your password stays as it is.\n"
    )
    return subject, body


def send_invitation(mailer: Mailer | None, issued: IssuedCode, server_url: str) -> bool:
    """Mail an invitation's code to the invitee (the API and HQ's web console both do)."""
    from sistercommittee.hq.roles import ROLE_NAMES

    subject, body = invitation_text(
        issued.organization,
        ROLE_NAMES.get(issued.role, issued.role),
        issued.code,
        issued.expires_at,
        server_url,
    )
    return send_quietly(mailer, issued.email, subject, body)


def send_reset(mailer: Mailer | None, issued: IssuedCode, server_url: str) -> bool:
    """Mail a password-reset code to the account's email."""
    subject, body = reset_text(issued.organization, issued.code, issued.expires_at, server_url)
    return send_quietly(mailer, issued.email, subject, body)
