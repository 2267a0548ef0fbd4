"""A local SMTP server for the e-mail tests, on Debian's aiosmtpd.

Prints "PORT <n>" once it listens on 127.0.0.1, then records every message it
accepts to DIR/<n>.eml (the bytes as received) and DIR/<n>.rcpt (the envelope:
MAIL FROM on the first line, one recipient per line after it).

Options:
  --dir DIR            where to record messages (required)
  --reject ADDRESS     answer 550 to RCPT TO for this recipient (repeatable)
  --defer ADDRESS      answer 451 to RCPT TO for this recipient (repeatable)
  --cert FILE --key FILE   offer STARTTLS with this certificate and require it
  --implicit-tls       with --cert: TLS from the first byte (SMTPS) instead of STARTTLS
  --user USER --password PASSWORD   require AUTH (PLAIN or LOGIN) with these
"""

import argparse
import os
import socket
import ssl
import sys
import threading
import warnings
import logging

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Recorder:
    def __init__(self, folder, reject, defer):
        self.folder = folder
        self.reject = {a.lower() for a in reject}
        self.defer = {a.lower() for a in defer}
        self.count = 0
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.reject:
            return "550 5.1.1 <%s>: mailbox unavailable" % address
        if address.lower() in self.defer:
            return "451 4.3.0 <%s>: try again later" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
            n = self.count
        base = os.path.join(self.folder, "%d" % n)
        with open(base + ".eml.part", "wb") as f:
            f.write(envelope.original_content)
        with open(base + ".rcpt", "w", encoding="utf-8") as f:
            f.write(envelope.mail_from + "\n")
            for r in envelope.rcpt_tos:
                f.write(r + "\n")
        os.replace(base + ".eml.part", base + ".eml")
        return "250 2.0.0 Message accepted"


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    # aiosmtpd warns about its own use of a deprecated attribute on every login.
    logging.getLogger("mail.log").setLevel(logging.ERROR)
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True)
    parser.add_argument("--reject", action="append", default=[])
    parser.add_argument("--defer", action="append", default=[])
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--implicit-tls", action="store_true")
    parser.add_argument("--user")
    parser.add_argument("--password")
    args = parser.parse_args()

    kwargs = {}
    if args.cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)
        if args.implicit_tls:
            # The whole connection is TLS; aiosmtpd's STARTTLS machinery stays off.
            kwargs["ssl_context"] = context
        else:
            kwargs["tls_context"] = context
            kwargs["require_starttls"] = True
    if args.user:
        def authenticate(server, session, envelope, mechanism, auth_data):
            ok = (isinstance(auth_data, LoginPassword)
                  and auth_data.login.decode() == args.user
                  and auth_data.password.decode() == args.password)
            return AuthResult(success=ok, handled=False)
        kwargs["authenticator"] = authenticate
        kwargs["auth_required"] = True
        # Under implicit TLS aiosmtpd does not know the session is encrypted (and
        # warns that it would accept a login in the clear, which it cannot here).
        kwargs["auth_require_tls"] = bool(args.cert) and not args.implicit_tls
        if args.implicit_tls:
            warnings.filterwarnings("ignore", message="Requiring AUTH while not requiring TLS")

    port = free_port()
    controller = Controller(Recorder(args.dir, args.reject, args.defer), hostname="127.0.0.1", port=port,
                            **kwargs)
    controller.start()
    print("PORT %d" % port, flush=True)
    try:
        sys.stdin.read()  # until the test closes our stdin or kills us
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
