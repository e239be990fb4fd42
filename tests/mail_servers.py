"""Real mail servers on loopback for the tests: aiosmtpd (STARTTLS, login) and Dovecot (IMAP, STARTTLS).

Import the fixtures into a test module: ``from tests.mail_servers import smtp_server, dovecot, ...``.
The certificates are made here (cryptography), self-signed for 127.0.0.1; ``trusted_tls`` points
``SSL_CERT_FILE`` at the good one, which is how OpenSSL (and so the app) finds its trusted roots.
Dovecot must be installed (Debian package ``dovecot-imapd``); without it the IMAP tests fail, saying so.
"""
from __future__ import annotations

import datetime as dt
import getpass
import ipaddress
import os
import pwd
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest

USER, PASSWORD = "jane", "s3cret-Pa55word"


@dataclass
class TlsFiles:
    cert: Path
    key: Path
    other_cert: Path  # a certificate nobody trusts
    other_key: Path


def _self_signed(folder: Path, name: str) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                                                        x509.DNSName("localhost")]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / f"{name}.crt", folder / f"{name}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> TlsFiles:
    """A certificate for 127.0.0.1 the tests trust, and another they do not."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = _self_signed(folder, "mail-test")
    other_cert, other_key = _self_signed(folder, "untrusted")
    return TlsFiles(cert, key, other_cert, other_key)


@pytest.fixture
def trusted_tls(tls_files: TlsFiles, monkeypatch: pytest.MonkeyPatch) -> TlsFiles:
    """The app trusts the test certificate (and only it) as a root."""
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_files.cert))
    return tls_files


def free_port() -> int:
    """A TCP port free on loopback right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class SmtpServer:
    host: str
    port: int
    received: list[tuple[str, list[str], bytes]] = field(default_factory=list)
    size_limit: int = 10 * 1024 * 1024

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    def messages(self) -> list[EmailMessage]:
        return [message_from_bytes(data, policy=policy.default) for _, _, data in self.received]  # type: ignore[misc]


def start_smtp(cert: Path, key: Path, *, size_limit: int = 10 * 1024 * 1024) -> tuple[SmtpServer, object]:
    """aiosmtpd with STARTTLS required before login; relays only to *.example addresses."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult

    server = SmtpServer("127.0.0.1", free_port(), size_limit=size_limit)

    class Handler:
        async def handle_RCPT(self, smtp, session, envelope, address, rcpt_options):  # noqa: ANN001, ANN201
            if not address.lower().endswith(".example"):
                return "550 5.7.1 Relaying denied"
            envelope.rcpt_tos.append(address)
            return "250 OK"

        async def handle_DATA(self, smtp, session, envelope):  # noqa: ANN001, ANN201
            server.received.append((envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.original_content)))
            return f"250 2.0.0 Ok: queued as Q{len(server.received)}"

    def authenticate(smtp, session, envelope, mechanism, auth_data):  # noqa: ANN001, ANN202
        ok = auth_data.login == USER.encode() and auth_data.password == PASSWORD.encode()
        return AuthResult(success=ok, handled=False)

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    controller = Controller(Handler(), hostname=server.host, port=server.port, tls_context=context,
                            require_starttls=True, auth_require_tls=True, authenticator=authenticate,
                            data_size_limit=size_limit, server_hostname="localhost")
    controller.start()
    return server, controller


@pytest.fixture
def smtp_server(tls_files: TlsFiles) -> Iterator[SmtpServer]:
    """A real SMTP server on loopback with the trusted certificate."""
    server, controller = start_smtp(tls_files.cert, tls_files.key)
    yield server
    controller.stop()  # type: ignore[attr-defined]


def dovecot_binary() -> str:
    """Dovecot's path, or a failed test saying how to install it (it is never skipped silently)."""
    found = shutil.which("dovecot") or shutil.which("dovecot", path="/usr/sbin:/usr/local/sbin")
    if not found:
        pytest.fail("Dovecot is not installed; the IMAP tests run against a real server: "
                    "apt-get install dovecot-imapd", pytrace=False)
    return found


@dataclass
class Dovecot:
    host: str
    port: int
    maildir: Path
    _count: int = 0

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    def deliver(self, data: bytes) -> None:
        """Put a message into the user's inbox, as a delivery agent does (tmp/, then new/)."""
        self._count += 1
        name = f"{time.time_ns()}.P{os.getpid()}Q{self._count}.test"
        (self.maildir / "tmp" / name).write_bytes(data)
        os.chown(self.maildir / "tmp" / name, *_mail_owner())
        os.rename(self.maildir / "tmp" / name, self.maildir / "new" / name)


def _mail_owner() -> tuple[int, int]:
    if os.geteuid() != 0:
        return os.getuid(), os.getgid()
    nobody = pwd.getpwnam("nobody")
    return nobody.pw_uid, nobody.pw_gid


def _chown_tree(path: Path) -> None:
    uid, gid = _mail_owner()
    for folder, _, files in os.walk(path):
        os.chown(folder, uid, gid)
        for name in files:
            os.chown(os.path.join(folder, name), uid, gid)


def _dovecot_conf(root: Path, port: int, tls: TlsFiles) -> Path:
    # As root (CI), the login processes must drop to the package's unprivileged users; as anyone else
    # every process runs as that user.
    # Dovecot never reads mail as root either: there the mailbox belongs to 'nobody'.
    login_user, internal_user = ("dovenull", "dovecot") if os.geteuid() == 0 else (getpass.getuser(),) * 2
    uid, gid = _mail_owner()
    (root / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}:{uid}:{gid}::{root}/home::\n")
    conf = root / "dovecot.conf"
    conf.write_text(f"""
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{tls.cert}
ssl_key = <{tls.key}
disable_plaintext_auth = yes
auth_mechanisms = plain login
auth_failure_delay = 0
mail_location = maildir:{root}/mail
first_valid_uid = 1
default_login_user = {login_user}
default_internal_user = {internal_user}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {root}/passwd
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
""")
    return conf


@pytest.fixture
def dovecot(tls_files: TlsFiles) -> Iterator[Dovecot]:
    """Dovecot on a free loopback port (IMAP with STARTTLS), one user, an empty maildir."""
    binary = dovecot_binary()
    root = Path(tempfile.mkdtemp(prefix="pv-dovecot-"))
    os.chmod(root, 0o755)
    maildir = root / "mail"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    (root / "home").mkdir()
    _chown_tree(maildir)
    _chown_tree(root / "home")
    port = free_port()
    conf = _dovecot_conf(root, port, tls_files)
    process = subprocess.Popen([binary, "-F", "-c", str(conf)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        for _ in range(200):  # wait until it listens (or died)
            if process.poll() is not None:
                pytest.fail(f"Dovecot did not start: {process.stderr.read().decode()[-500:]}", pytrace=False)
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        yield Dovecot("127.0.0.1", port, maildir)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def test_keyring(tmp_path: Path) -> Iterator[Path]:
    """A keyring in this process (a file in tmp_path), standing in for the OS keyring."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    class InProcessKeyring(PlaintextKeyring):
        priority = 1.5  # counts as a real keyring for the app (the OS ones are 1 or more)

    backend = InProcessKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield tmp_path / "keyring.cfg"
    keyring.set_keyring(previous)
