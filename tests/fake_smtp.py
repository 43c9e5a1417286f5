"""An SMTP server stand-in for the mail tests, strict like smtplib about headers."""

from __future__ import annotations

import smtplib


class FakeSMTP:
    """Records what it is given; refuses the recipients in ``refuse`` as a server would."""

    recipients: list[str] = []
    subjects: list[str] = []
    refuse: set[str] = set()

    def __init__(self, host, port, timeout):
        self.host = host

    @classmethod
    def reset(cls) -> type[FakeSMTP]:
        cls.recipients, cls.subjects, cls.refuse = [], [], set()
        return cls

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def starttls(self):
        pass

    def login(self, user, password):
        pass

    def send_message(self, message):
        to = str(message["To"])
        if to in self.refuse:
            raise smtplib.SMTPRecipientsRefused({to: (550, b"no such user")})
        message.as_bytes()  # what smtplib does: a header with CR/LF raises here
        FakeSMTP.recipients.append(to)
        FakeSMTP.subjects.append(str(message["Subject"]))
