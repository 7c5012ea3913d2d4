"""A real OpenLDAP server (Debian's slapd) for tests, shaped like Active Directory where it matters to us.

    from tests.support import slapd as slapd_helpers
    slapd_server = slapd_helpers.slapd_server          # import the fixture into the test module

    async def test_something(slapd_server):
        config = LdapConfig(url=slapd_server.url, bind_dn=slapd_server.service_dn,
                            password=slapd_server.service_password, base_dn=slapd_server.base_dn)
        ...                    # TLS: slapd_server.ldaps_url, or StartTLS on .url; trust slapd_server.ca_file

Everything lives under a temp dir: a classic ``slapd.conf`` (no cn=config), the core/cosine/inetorgperson
schemas from /etc/ldap/schema plus a small schema of ours with AD's ``proxyAddresses`` attribute (same OID,
EQUALITY caseIgnoreMatch as in AD, so ``smtp:x`` matches both ``SMTP:x`` and ``smtp:x``) and AD's auxiliary
class ``mailRecipient`` to carry it, an mdb database loaded offline with ``slapadd`` from LDIF written
here, and a CA plus server certificate made with ``openssl`` (LDAPS on a second port, StartTLS on the first).
The Debian package's own service and database (``/etc/ldap/slapd.d``, ``/var/lib/ldap``) are neither used nor
needed; install it with debconf ``slapd/no_configuration=true`` so it creates none.

Access is AD-like: anonymous users may bind but not read; the service account ``service_dn`` may read.
For a private server (to stop or restart it): ``with run_slapd(tmp_path / "slapd", tls=False) as server:``;
``server.restart()``, ``server.stop()``, ``server.start()`` keep the ports. ``entries=`` takes your own LDIF.

Cost, measured: certificates ~30 ms, slapadd + slapd start + first bind ~30 ms, a restart ~25 ms.
AppArmor: Debian 12's slapd ships no AppArmor profile; Ubuntu's does (``/etc/apparmor.d/usr.sbin.slapd``)
and confines slapd to /etc/ldap, /var/lib/ldap and friends, so there the temp-dir config is refused (the
log says "Permission denied" on slapd.conf). Workaround there: ``aa-complain /usr/sbin/slapd`` once.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.support.reaper import spawn
from tests.conftest import free_port, require_tool

START_TIMEOUT = 15.0
BASE_DN = "dc=corp,dc=example"
ADMIN_DN = f"cn=admin,{BASE_DN}"
ADMIN_PASSWORD = "admin-secret-Zq81"
SERVICE_DN = f"cn=mailmoat,ou=Service,{BASE_DN}"
SERVICE_PASSWORD = "svc-secret-Px47"

# AD's own OIDs: proxyAddresses is 1.2.840.113556.1.2.210 and mailRecipient 1.2.840.113556.1.3.46 there.
AD_SCHEMA = """\
attributetype ( 1.2.840.113556.1.2.210 NAME 'proxyAddresses'
    DESC 'Active Directory / Exchange: addresses as TYPE:value, SMTP: primary, smtp: secondary'
    EQUALITY caseIgnoreMatch
    SUBSTR caseIgnoreSubstringsMatch
    SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 )

objectclass ( 1.2.840.113556.1.3.46 NAME 'mailRecipient'
    DESC 'Active Directory: auxiliary class of mail-enabled users, contacts and groups'
    SUP top AUXILIARY
    MAY ( mail $ proxyAddresses ) )
"""

# The directory the tests expect. proxyAddresses values are as Exchange writes them.
DEFAULT_ENTRIES = f"""\
dn: {BASE_DN}
objectClass: dcObject
objectClass: organization
dc: corp
o: Corp

dn: ou=People,{BASE_DN}
objectClass: organizationalUnit
ou: People

dn: ou=Groups,{BASE_DN}
objectClass: organizationalUnit
ou: Groups

dn: ou=Contacts,{BASE_DN}
objectClass: organizationalUnit
ou: Contacts

dn: ou=Service,{BASE_DN}
objectClass: organizationalUnit
ou: Service

dn: {SERVICE_DN}
objectClass: organizationalRole
objectClass: simpleSecurityObject
cn: mailmoat
userPassword: {{SERVICE_PASSWORD_HASH}}

dn: uid=kim,ou=People,{BASE_DN}
objectClass: inetOrgPerson
objectClass: mailRecipient
uid: kim
cn: Kim Min
sn: Kim
mail: kim@corp.example
proxyAddresses: SMTP:kim@corp.example
proxyAddresses: smtp:kim.min@corp.example
proxyAddresses: X500:/o=Corp/ou=Exchange Administrative Group/cn=Recipients/cn=kim
proxyAddresses: SIP:kim@corp.example

dn: uid=park,ou=People,{BASE_DN}
objectClass: inetOrgPerson
objectClass: mailRecipient
uid: park
cn: Park Jisoo
sn: Park
mail: park@corp.example
proxyAddresses: SMTP:Jisoo.Park@corp.example
proxyAddresses: smtp:park@corp.example

dn: uid=choi,ou=People,{BASE_DN}
objectClass: inetOrgPerson
objectClass: mailRecipient
uid: choi
cn: Choi Lync
sn: Choi
proxyAddresses: SIP:choi@corp.example
proxyAddresses: X500:/o=Corp/cn=choi@corp.example

dn: uid=seo,ou=People,{BASE_DN}
objectClass: inetOrgPerson
objectClass: mailRecipient
uid: seo
cn: Seo Yeon
sn: Seo
mail: seo@corp.example
proxyAddresses: SMTP:seo@corp.example
proxyAddresses:: {base64.b64encode("smtp:서연@corp.example".encode()).decode()}

dn: cn=sales,ou=Groups,{BASE_DN}
objectClass: groupOfNames
objectClass: mailRecipient
cn: sales
member: uid=kim,ou=People,{BASE_DN}
mail: sales@corp.example
proxyAddresses: SMTP:sales@corp.example
proxyAddresses: smtp:orders@corp.example

dn: cn=Partner Lee,ou=Contacts,{BASE_DN}
objectClass: inetOrgPerson
objectClass: mailRecipient
cn: Partner Lee
sn: Lee
mail: lee@partner.example
proxyAddresses: SMTP:lee@partner.example
proxyAddresses: smtp:partner.lee@corp.example
"""


def ssha(password: str) -> str:
    """An OpenLDAP {SSHA} userPassword value (what slappasswd writes)."""
    salt = os.urandom(8)
    digest = hashlib.sha1(password.encode() + salt).digest()
    return "{SSHA}" + base64.b64encode(digest + salt).decode()


def make_certificates(directory: Path) -> tuple[Path, Path, Path]:
    """A CA and a server certificate for localhost / 127.0.0.1 signed by it: (ca, cert, key)."""
    openssl = require_tool("openssl")
    ca_key, ca, key, csr, cert = (directory / n for n in ("ca.key", "ca.pem", "server.key", "server.csr", "server.pem"))
    ext = directory / "server.ext"
    ext.write_text(
        "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=critical,CA:FALSE\n"
        "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n"
        "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n"
    )
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    run = {"stdin": subprocess.DEVNULL, "stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE}
    subprocess.run(
        [
            openssl,
            "req",
            "-x509",
            *ec,
            "-keyout",
            str(ca_key),
            "-out",
            str(ca),
            "-days",
            "7",
            "-subj",
            "/CN=Mailmoat test LDAP CA",
        ],
        check=True,
        **run,
    )
    subprocess.run(
        [openssl, "req", *ec, "-keyout", str(key), "-out", str(csr), "-subj", "/CN=localhost"], check=True, **run
    )
    subprocess.run(
        [
            openssl,
            "x509",
            "-req",
            "-in",
            str(csr),
            "-CA",
            str(ca),
            "-CAkey",
            str(ca_key),
            "-CAcreateserial",
            "-out",
            str(cert),
            "-days",
            "7",
            "-extfile",
            str(ext),
        ],
        check=True,
        **run,
    )
    return ca, cert, key


@dataclass
class SlapdServer:
    slapd: str
    workdir: Path
    config_path: Path
    port: int
    ldaps_port: int | None
    log_path: Path
    ca_file: str = ""
    process: subprocess.Popen | None = None
    base_dn: str = BASE_DN
    admin_dn: str = ADMIN_DN
    admin_password: str = field(default=ADMIN_PASSWORD, repr=False)
    service_dn: str = SERVICE_DN
    service_password: str = field(default=SERVICE_PASSWORD, repr=False)

    @property
    def url(self) -> str:
        """Plain LDAP; StartTLS is offered here when the server was started with TLS."""
        return f"ldap://127.0.0.1:{self.port}"

    @property
    def ldaps_url(self) -> str:
        if self.ldaps_port is None:
            raise RuntimeError("this slapd was started without TLS")
        return f"ldaps://127.0.0.1:{self.ldaps_port}"  # the certificate names localhost and 127.0.0.1

    def url_by_name(self, url: str) -> str:
        """`url` with localhost for 127.0.0.1, to check the certificate's DNS name (ldap3 only: OpenLDAP's
        own tools replace "localhost" by the machine's name before they compare)."""
        return url.replace("127.0.0.1", "localhost")

    def start(self) -> None:
        """Start slapd (again) on the same ports and wait until it answers; pytest.fail if it does not."""
        listen = f"ldap://127.0.0.1:{self.port}/"
        if self.ldaps_port is not None:
            listen += f" ldaps://127.0.0.1:{self.ldaps_port}/"
        with self.log_path.open("ab") as log:
            # -d 0: stay in the foreground (a child we can wait for), with only fatal messages on stderr.
            self.process = spawn(
                [self.slapd, "-f", str(self.config_path), "-h", listen, "-d", "0"],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.workdir,
            )
        deadline = time.monotonic() + START_TIMEOUT
        while self.process.poll() is None and time.monotonic() < deadline:
            if self.answers():
                return
            time.sleep(0.005)
        returncode = self.process.poll()
        self.stop()
        raise SlapdStartError(
            f"slapd {'exited with ' + str(returncode) if returncode is not None else 'did not answer'}"
            f" within {START_TIMEOUT} s:\n{self.log()}"
        )

    def answers(self) -> bool:
        """True once slapd accepts a bind of the service account (so the database is open and loaded)."""
        import ldap3  # the tests' dependency anyway; imported here so `import tests.support.slapd` stays cheap

        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                pass
            server = ldap3.Server("127.0.0.1", port=self.port, get_info=ldap3.NONE, connect_timeout=1)
            connection = ldap3.Connection(server, self.service_dn, self.service_password, receive_timeout=2)
            try:
                return connection.bind()
            finally:
                connection.unbind()
        except (OSError, ldap3.core.exceptions.LDAPException):
            return False

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def restart(self) -> None:
        self.stop()
        self.start()

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return "(no log)"


class SlapdStartError(Exception):
    pass


def write_config(workdir: Path, database: Path, tls: tuple[Path, Path, Path] | None) -> Path:
    schema = workdir / "mailmoat-ad.schema"
    schema.write_text(AD_SCHEMA)
    lines = [
        "include /etc/ldap/schema/core.schema",
        "include /etc/ldap/schema/cosine.schema",
        "include /etc/ldap/schema/inetorgperson.schema",
        f"include {schema}",
        f"pidfile {workdir / 'slapd.pid'}",
        f"argsfile {workdir / 'slapd.args'}",
        "modulepath /usr/lib/ldap",
        "moduleload back_mdb",
    ]
    if tls is not None:
        _ca, cert, key = tls
        lines += [f"TLSCertificateFile {cert}", f"TLSCertificateKeyFile {key}"]
    lines += [
        "database mdb",
        f'suffix "{BASE_DN}"',
        f'rootdn "{ADMIN_DN}"',
        f"rootpw {ADMIN_PASSWORD}",
        f"directory {database}",
        "maxsize 16777216",
        "index objectClass eq",
        "index mail eq",
        "index proxyAddresses eq",
        # Like AD: anonymous may bind, not read; the service account reads.
        "access to attrs=userPassword by anonymous auth by * none",
        f'access to * by dn.exact="{SERVICE_DN}" read by * none',
    ]
    config = workdir / "slapd.conf"
    config.write_text("\n".join(lines) + "\n")
    return config


@contextlib.contextmanager
def run_slapd(workdir: Path, tls: bool = True, entries: str = DEFAULT_ENTRIES) -> Iterator[SlapdServer]:
    """slapd with config, schema, database, certificates and log all under `workdir`; stopped on exit.

    `entries` is LDIF for slapadd; "{SERVICE_PASSWORD_HASH}" in it becomes the service account's hash.
    """
    slapd = require_tool("slapd")
    slapadd = require_tool("slapadd")
    workdir.mkdir(parents=True, exist_ok=True)
    log_path = workdir / "slapd.log"
    certificates = make_certificates(workdir) if tls else None
    database = workdir / "db"
    database.mkdir(exist_ok=True)
    config = write_config(workdir, database, certificates)
    ldif = workdir / "entries.ldif"
    ldif.write_text(entries.replace("{SERVICE_PASSWORD_HASH}", ssha(SERVICE_PASSWORD)), encoding="utf-8")
    loaded = subprocess.run(
        [slapadd, "-q", "-f", str(config), "-l", str(ldif)],
        check=False,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        cwd=workdir,
    )
    if loaded.returncode != 0:
        pytest.fail(f"slapadd failed ({loaded.returncode}):\n{loaded.stdout}{loaded.stderr}")
    last_error = ""
    for _attempt in range(5):
        server = SlapdServer(
            slapd,
            workdir,
            config,
            free_port(),
            free_port() if tls else None,
            log_path,
            ca_file=str(certificates[0]) if certificates else "",
        )
        try:
            server.start()
        except SlapdStartError as error:
            last_error = str(error)
            continue  # most likely a port was taken between probing and binding
        try:
            yield server
        finally:
            server.stop()
        return
    pytest.fail(f"slapd failed to start:\n{last_error}")


@pytest.fixture(scope="session")
def slapd_server(tmp_path_factory) -> Iterator[SlapdServer]:
    """One slapd with TLS (LDAPS port + StartTLS) for the session; tests must not stop it (use run_slapd)."""
    with run_slapd(tmp_path_factory.mktemp("slapd")) as server:
        yield server
