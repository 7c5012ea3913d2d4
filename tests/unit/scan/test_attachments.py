"""Attachment policy without a scanner: names, zip contents, encryption, program headers, damage."""

from __future__ import annotations

import io
import struct
import zipfile
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.scan.attachments import (
    DEFAULT_BLOCKED_EXTENSIONS,
    AttachmentFinding,
    check_attachment,
    check_attachments,
)

KINDS = {
    "blocked-extension",
    "double-extension",
    "executable-in-archive",
    "encrypted-archive",
    "executable-content",
    "corrupt-archive",
}
PROGRAM = b"MZ\x90\x00" + bytes(56) + struct.pack("<I", 64) + b"PE\x00\x00" + bytes(200)
ELF = b"\x7fELF\x02\x01\x01" + bytes(100)


@dataclass(frozen=True)
class Part:
    filename: str | None
    content_type: str = "application/octet-stream"
    data: bytes = b"harmless content"


def kinds(findings: list[AttachmentFinding]) -> list[str]:
    return [finding.kind for finding in findings]


def make_zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def encrypt_flags(data: bytes) -> bytes:
    """Mark every entry password-protected (general purpose flag bit 0x1 in local and central headers).

    The stdlib cannot write encrypted zips; for a name-and-flag check this is what matters.
    """
    raw = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
        position = archive.start_dir
    for info in infos:
        assert raw[info.header_offset : info.header_offset + 4] == b"PK\x03\x04"
        raw[info.header_offset + 6] |= 0x1
    for _info in infos:
        assert raw[position : position + 4] == b"PK\x01\x02"
        raw[position + 8] |= 0x1
        name_length, extra_length, comment_length = struct.unpack_from("<HHH", raw, position + 28)
        position += 46 + name_length + extra_length + comment_length
    return bytes(raw)


# -- names --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("extension", sorted(DEFAULT_BLOCKED_EXTENSIONS))
def test_each_blocked_extension(extension):
    findings = check_attachment(Part(f"file{extension}"))
    assert kinds(findings) == ["blocked-extension"]
    assert findings[0].filename == f"file{extension}"
    assert extension in findings[0].reason and "not accepted" in findings[0].reason


@pytest.mark.parametrize(
    "name",
    [
        "SETUP.EXE",
        "setup.Exe",
        "setup.exe.",
        "setup.exe  ",
        "C:\\Users\\kim\\setup.exe",
        "../../setup.exe",
        "설치.exe",
        ".exe",
    ],
)
def test_blocked_extension_variants(name):
    assert kinds(check_attachment(Part(name))) == ["blocked-extension"]


@pytest.mark.parametrize(
    "name",
    [
        "report.pdf",
        "견적서.hwp",
        "사진.JPG",
        "invoice.pdf.rar",
        "archive.tar.gz",
        "README",
        "my.exe.notes.txt",
        "",
        None,
        "executable.pdf",
        "script.json",
        "run.bat.txt",
    ],
)
def test_harmless_names(name):
    assert check_attachment(Part(name)) == []


def test_the_blocked_set_is_configurable():
    assert kinds(check_attachment(Part("report.pdf"), {"pdf", ".DOCM"})) == ["blocked-extension"]
    assert kinds(check_attachment(Part("macro.docm"), {"pdf", ".DOCM"})) == ["blocked-extension"]
    assert check_attachment(Part("setup.exe"), {".pdf"}) == []
    # ... but a program is still a program, whatever the list says
    assert kinds(check_attachment(Part("setup.exe", data=PROGRAM), set())) == ["executable-content"]


@pytest.mark.parametrize(
    ("name", "decoy", "real"),
    [
        ("invoice.pdf.exe", "PDF document", ".exe"),
        ("photo.jpg   .scr", "picture", ".scr"),
        ("photo.jpg.scr", "picture", ".scr"),
        ("견적서.pdf.exe", "PDF document", ".exe"),
        ("계약서.hwp.js", "Hangul (HWP) document", ".js"),
        ("Statement.XLSX.Vbs", "Excel spreadsheet", ".vbs"),
    ],
)
def test_double_extensions(name, decoy, real):
    findings = check_attachment(Part(name))
    assert kinds(findings) == ["double-extension"]  # instead of, not as well as, blocked-extension
    assert findings[0].filename == name
    assert decoy in findings[0].reason and real in findings[0].reason


def test_padding_alone_hides_the_extension():
    findings = check_attachment(Part("document                    .exe"))
    assert kinds(findings) == ["double-extension"]
    assert "spaces" in findings[0].reason


def test_right_to_left_override_trick():
    name = "invoice_\u202egpj.scr"  # shows as "invoice_rcs.jpg"
    findings = check_attachment(Part(name))
    assert kinds(findings) == ["double-extension"]
    finding = findings[0]
    assert "\u202e" not in finding.filename and finding.filename == "invoice_gpj.scr"
    assert "invoice_rcs.jpg" in finding.reason and ".scr" in finding.reason
    assert "invisible character" in finding.reason


def test_right_to_left_override_in_korean_name():
    findings = check_attachment(Part("견적서_\u202efdp.exe"))
    assert kinds(findings) == ["double-extension"]
    assert "견적서_exe.pdf" in findings[0].reason


def test_direction_controls_are_suspicious_even_on_harmless_types():
    assert kinds(check_attachment(Part("report\u202etxt.pdf"))) == ["double-extension"]
    assert kinds(check_attachment(Part("report\u2067fdp.txt\u2069"))) == ["double-extension"]


# -- program headers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "part",
    [
        Part("report.pdf", "application/pdf", PROGRAM),
        Part(None, "image/jpeg", PROGRAM),
        Part("견적서.hwp", "application/x-hwp", ELF),
    ],
)
def test_program_headers_regardless_of_name(part):
    findings = check_attachment(part)
    assert kinds(findings) == ["executable-content"]
    assert "program" in findings[0].reason


def test_unnamed_attachment_is_described():
    finding = check_attachment(Part(None, "image/jpeg", PROGRAM))[0]
    assert finding.filename == "(unnamed image/jpeg attachment)"
    assert finding.reason.startswith("This attachment is a Windows program")


def test_program_with_program_name_gives_both_findings():
    assert kinds(check_attachment(Part("setup.exe", data=PROGRAM))) == ["blocked-extension", "executable-content"]


def test_text_starting_with_mz_is_not_a_program():
    assert check_attachment(Part("notes.txt", "text/plain", b"MZ is the prefix")) == []


# -- zip contents ---------------------------------------------------------------------------------------


def test_program_name_inside_zip():
    findings = check_attachment(
        Part("documents.zip", "application/zip", make_zip({"readme.txt": b"hi", "tools/setup.exe": b"not really"}))
    )
    assert kinds(findings) == ["executable-in-archive"]
    assert findings[0].filename == "documents.zip"
    assert "tools/setup.exe" in findings[0].reason and "documents.zip" in findings[0].reason


def test_korean_double_extension_inside_zip():
    findings = check_attachment(Part("자료.zip", data=make_zip({"견적서.pdf.exe": b"x"})))
    assert kinds(findings) == ["executable-in-archive"]
    assert "견적서.pdf.exe" in findings[0].reason and "PDF document" in findings[0].reason


def test_legacy_cp949_member_names_are_shown_in_korean():
    korean = "견적서.exe".encode("cp949")
    placeholder = b"A" * (len(korean) - 4) + b".exe"
    data = make_zip({placeholder.decode(): b"x"}).replace(placeholder, korean)
    findings = check_attachment(Part("old.zip", data=data))
    assert kinds(findings) == ["executable-in-archive"]
    assert "견적서.exe" in findings[0].reason


def test_program_with_innocent_name_inside_zip():
    findings = check_attachment(Part("photos.zip", data=make_zip({"holiday.jpg": PROGRAM})))
    assert kinds(findings) == ["executable-in-archive"]
    assert "holiday.jpg" in findings[0].reason and "Windows program" in findings[0].reason


def test_zip_detected_by_signature_or_type_not_only_name():
    archive = make_zip({"run.bat": b"echo"})
    assert kinds(check_attachment(Part("data.bin", "application/octet-stream", archive))) == ["executable-in-archive"]
    assert kinds(check_attachment(Part(None, "application/x-zip-compressed", archive))) == ["executable-in-archive"]


def test_nested_zip_one_level():
    inner = make_zip({"payload/setup.scr": b"x"})
    findings = check_attachment(Part("outer.zip", data=make_zip({"docs/inner.zip": inner, "a.txt": b"ok"})))
    assert kinds(findings) == ["executable-in-archive"]
    assert "outer.zip → docs/inner.zip" in findings[0].reason and "payload/setup.scr" in findings[0].reason


def test_nested_zip_found_by_signature_and_program_header():
    inner = make_zip({"picture.png": PROGRAM}, zipfile.ZIP_STORED)
    findings = check_attachment(Part("outer.zip", data=make_zip({"backup.dat": inner})))
    assert kinds(findings) == ["executable-in-archive"]
    assert "picture.png" in findings[0].reason


def test_nesting_deeper_than_one_level_is_left_to_the_virus_scanner():
    deepest = make_zip({"setup.exe": b"x"})
    middle = make_zip({"level2.zip": deepest})
    assert check_attachment(Part("outer.zip", data=make_zip({"level1.zip": middle}))) == []


def test_nested_size_limit():
    inner = make_zip({"setup.exe": b"x" * 5000}, zipfile.ZIP_STORED)
    outer = make_zip({"inner.zip": inner})
    assert kinds(check_attachment(Part("outer.zip", data=outer))) == ["executable-in-archive"]
    assert check_attachment(Part("outer.zip", data=outer), max_nested_size=1000) == []


def test_office_documents_are_zips_without_findings():
    docx = make_zip(
        {
            "[Content_Types].xml": b"<Types/>",
            "word/document.xml": b"<w:document/>",
            "word/vbaProject.bin": b"\xd0\xcf\x11\xe0",
        }
    )
    assert check_attachment(Part("견적서.docx", "application/vnd.openxmlformats-officedocument", docx)) == []


def test_member_limit():
    archive = make_zip({f"{i}.txt": b"" for i in range(50)} | {"setup.exe": b"x"})
    assert check_attachment(Part("many.zip", data=archive), max_members=50) == []
    assert kinds(check_attachment(Part("many.zip", data=archive))) == ["executable-in-archive"]


# -- encrypted archives ------------------------------------------------------------------------------------


def test_encrypted_zip_blocked_or_allowed_by_the_flag():
    archive = encrypt_flags(make_zip({"contract.pdf": b"%PDF-1.4 secret"}, zipfile.ZIP_STORED))
    with zipfile.ZipFile(io.BytesIO(archive)) as check:
        assert check.infolist()[0].flag_bits & 0x1
    findings = check_attachment(Part("계약서.zip", data=archive), block_encrypted_archives=True)
    assert kinds(findings) == ["encrypted-archive"]
    assert "password" in findings[0].reason and findings[0].filename == "계약서.zip"
    assert check_attachment(Part("계약서.zip", data=archive), block_encrypted_archives=False) == []


def test_encrypted_zip_member_names_are_still_checked():
    archive = encrypt_flags(make_zip({"a.pdf": b"1", "b.pdf.exe": b"2", "c.doc": b"3"}, zipfile.ZIP_STORED))
    assert kinds(check_attachment(Part("x.zip", data=archive))) == ["executable-in-archive", "encrypted-archive"]
    assert kinds(check_attachment(Part("x.zip", data=archive), block_encrypted_archives=False)) == [
        "executable-in-archive"
    ]


def test_encrypted_zip_inside_a_zip():
    inner = encrypt_flags(make_zip({"secret.txt": b"s"}, zipfile.ZIP_STORED))
    findings = check_attachment(Part("outer.zip", data=make_zip({"inner.zip": inner})))
    assert kinds(findings) == ["encrypted-archive"]
    assert "outer.zip → inner.zip" in findings[0].reason


# -- damage ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "part",
    [
        Part("broken.zip", "application/zip", b"this is not a zip"),
        Part("data.bin", "application/octet-stream", b"PK\x03\x04" + b"\x00" * 40),
        Part(None, "application/zip", b""),
        Part("truncated.zip", "application/zip", make_zip({"a.txt": b"hello" * 1000})[:-30]),
    ],
)
def test_corrupt_archives_are_reported(part):
    findings = check_attachment(part)
    assert kinds(findings) == ["corrupt-archive"]
    assert "damaged" in findings[0].reason and "could not be checked" in findings[0].reason


def test_damaged_member_data_is_reported():
    archive = bytearray(make_zip({"a.txt": b"hello world " * 1000}))
    with zipfile.ZipFile(io.BytesIO(bytes(archive))) as check:
        info = check.infolist()[0]
    start = info.header_offset + 30 + len(info.filename)
    archive[start : start + 20] = b"\xff" * 20  # the deflate stream
    findings = check_attachment(Part("a.zip", data=bytes(archive)))
    assert kinds(findings) == ["corrupt-archive"]


def test_corrupt_nested_zip_is_reported_with_its_path():
    findings = check_attachment(Part("outer.zip", data=make_zip({"inner.zip": b"PK\x03\x04garbage"})))
    assert kinds(findings) == ["corrupt-archive"]
    assert "outer.zip → inner.zip" in findings[0].reason


def test_several_attachments_in_order():
    findings = check_attachments(
        [Part("a.pdf"), Part("b.exe"), Part("c.zip", data=b"junk"), Part("d.pdf", data=PROGRAM)]
    )
    assert [(f.kind, f.filename) for f in findings] == [
        ("blocked-extension", "b.exe"),
        ("corrupt-archive", "c.zip"),
        ("executable-content", "d.pdf"),
    ]


# -- nothing raises ------------------------------------------------------------------------------------------

VALID_ZIP = make_zip({"a.txt": b"hello" * 50, "견적서.pdf.exe": PROGRAM, "in.zip": make_zip({"x.js": b"1"})})


def _mutations():
    def mutate(data: bytes, edits: list[tuple[int, int]], cut: int) -> bytes:
        raw = bytearray(data)
        for position, value in edits:
            raw[position % len(raw)] = value
        return bytes(raw[: max(0, len(raw) - cut)])

    return st.builds(
        mutate,
        st.just(VALID_ZIP),
        st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=8),
        st.integers(0, 200),
    )


names = st.one_of(
    st.none(),
    st.text(max_size=60),
    st.lists(
        st.sampled_from(["a", ".", " ", "exe", "pdf", "\u202e", "견적서", "/", "\\", "\u200b", "zip"]), max_size=12
    ).map("".join),
)
payloads = st.one_of(
    st.binary(max_size=2000),
    st.binary(max_size=500).map(lambda b: b"PK\x03\x04" + b),
    st.binary(max_size=200).map(lambda b: b"MZ" + b),
    _mutations(),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.builds(Part, names, st.sampled_from(["application/zip", "text/plain", ""]), payloads), max_size=3),
    st.booleans(),
)
def test_never_raises(parts, block_encrypted):
    findings = check_attachments(parts, block_encrypted_archives=block_encrypted)
    for finding in findings:
        assert finding.kind in KINDS
        assert isinstance(finding.filename, str) and finding.filename
        assert isinstance(finding.reason, str) and finding.reason
        finding.reason.encode("utf-8")


def overlapping_entries(member: bytes, copies: int) -> bytes:
    """A zip whose central directory lists the one stored member `copies` times under the same name, every
    entry pointing at the same data: the overlapping-entries zip bomb (a small file, a huge unpacking)."""
    data = make_zip({"inner.zip": member})
    cd_size, cd_start = struct.unpack("<II", data[-10:-2])
    entry = data[cd_start : cd_start + cd_size]
    eocd = data[cd_start + cd_size :]
    eocd = eocd[:8] + struct.pack("<HHII", copies, copies, cd_size * copies, cd_start) + eocd[20:]
    return data[:cd_start] + entry * copies + eocd


def test_entries_sharing_their_data_are_a_zip_bomb_and_unpacked_once():
    inner = make_zip({"readme.txt": b"\0" * 4096})
    findings = check_attachment(Part("bomb.zip", "application/zip", overlapping_entries(inner, 1000)))
    assert kinds(findings) == ["corrupt-archive"]
    assert "several entries share the same data" in findings[0].reason


def test_nested_zips_together_unpack_no_more_than_twice_the_nested_limit():
    nested = {f"part{i}.zip": make_zip({"setup.exe": PROGRAM, "pad.bin": bytes(600)}) for i in range(3)}
    outer = make_zip(nested, zipfile.ZIP_STORED)
    size = len(next(iter(nested.values())))
    opened = check_attachment(Part("parts.zip", data=outer), max_nested_size=size)

    def archives(findings):
        return sorted({f.reason.split("'")[1] for f in findings})

    assert archives(opened) == ["parts.zip → part0.zip", "parts.zip → part1.zip"]
    assert len(archives(check_attachment(Part("parts.zip", data=outer), max_nested_size=2 * size))) == 3
