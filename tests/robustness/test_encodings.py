"""Input files in every encoding the issue names are detected and decoded exactly; bad files get a clear error."""

from __future__ import annotations

import codecs
import os
import random
from pathlib import Path

import pytest

from timeline import corpus
from timeline.corpus import CorpusError, read_text, split_articles
from timeline.encoding import decode_bytes, detect_encoding

TRAD = ("阿里巴巴集團於二零二五年第三季度發布財報，營收增長。春節期間，蔡崇信談到早年創業的經歷；"
        "公司去年十月宣布新戰略，上旬推出人工智慧模型，並在香港上市後持續開源千問系列。")
SIMP = ("阿里巴巴集团于二〇二五年第三季度发布财报，营收增长。春节期间，蔡崇信谈到早年创业的经历；"
        "公司去年十月宣布新战略，上旬推出人工智能模型，并在香港上市后持续开源千问系列。")
MIXED = "2026年2月5日 Alibaba 發布 Qwen 3.5；On February 16, 2026 the model was released.\n"


def _encodings_for(text: str) -> list[str]:
    out = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "gb18030"]
    for enc in ("gbk", "big5", "cp950"):
        try:
            text.encode(enc)
            out.append(enc)
        except UnicodeEncodeError:
            pass
    return out


@pytest.mark.parametrize("text", [TRAD, SIMP, MIXED, TRAD + "\n" + SIMP], ids=["trad", "simp", "mixed", "both"])
def test_every_encoding_round_trips(text, tmp_path: Path):
    for enc in _encodings_for(text):
        data = text.encode(enc)
        if enc in ("utf-16", "utf-32"):
            assert data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE))
        assert decode_bytes(data) == text, enc
        f = tmp_path / f"{enc}.txt"
        f.write_bytes(data)
        assert read_text(f) == text, enc


def test_short_gb_and_big5_texts_from_four_characters():
    """Short legacy texts are the hard case; four Chinese characters or more decode correctly."""
    rnd = random.Random(7)
    failures, total = [], 0
    for src in (TRAD, SIMP):
        chars = src.replace("，", "").replace("。", "").replace("；", "")
        for _ in range(150):
            n = rnd.choice((4, 5, 6, 8, 12, 20))
            i = rnd.randrange(len(chars) - n)
            s = chars[i:i + n]
            for enc in ("gb18030", "big5"):
                try:
                    data = s.encode(enc)
                except UnicodeEncodeError:
                    continue
                total += 1
                if decode_bytes(data) != s:
                    failures.append((enc, s))
    assert total > 400
    assert failures == []


@pytest.mark.parametrize("enc", ["gb18030", "big5"])
def test_legacy_encoding_is_chosen_for_real_text(enc):
    text = TRAD if enc == "big5" else SIMP
    assert detect_encoding(text.encode(enc)) in ({"gb18030"} if enc == "gb18030" else {"cp950", "big5hkscs"})


def test_utf16_without_bom_is_detected():
    for enc in ("utf-16-le", "utf-16-be"):
        assert decode_bytes(MIXED.encode(enc)) == MIXED
        assert decode_bytes(b"Plain ASCII text, no BOM at all.\n".decode().encode(enc)).startswith("Plain")


@pytest.mark.parametrize("data,reason", [
    (b"", "empty"),
    (b"   \n\t\r\n", "empty"),
    (codecs.BOM_UTF8 + b"  \n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary"),
    (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 8, "binary"),
    (random.Random(3).randbytes(20000), "binary"),
    (b"\x7fELF\x02\x01\x01" + b"\x00" * 100, "binary"),
])
def test_unusable_bytes_raise_a_short_reason(data, reason):
    with pytest.raises(ValueError, match=reason):
        decode_bytes(data)


def test_mostly_utf8_with_a_bad_byte_is_refused_not_garbled():
    data = SIMP.encode() + b"\xff" + SIMP.encode()
    with pytest.raises(ValueError, match=f"byte {len(SIMP.encode())}"):
        decode_bytes(data)


# ------------------------------------------------------------------------------------- read_text
def test_read_text_errors_name_the_file_and_the_problem(tmp_path: Path):
    cases: dict[str, str] = {}
    (tmp_path / "empty.txt").write_bytes(b"")
    cases["empty.txt"] = "empty file"
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + os.urandom(3000))
    cases["image.txt"] = "binary"
    (tmp_path / "folder.txt").mkdir()
    cases["folder.txt"] = "is a folder"
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    cases["dangling.txt"] = "broken link"
    cases["missing.txt"] = "no such file"
    (tmp_path / "page.html").write_text("<html><script>alert(1)</script><img src=x></html>", encoding="utf-8")
    cases["page.html"] = "HTML page without any text"
    for name, problem in cases.items():
        with pytest.raises(CorpusError) as info:
            read_text(tmp_path / name)
        msg = str(info.value)
        assert msg.startswith(str(tmp_path / name)) and problem in msg, msg
        assert "\n" not in msg


def test_special_files_are_refused_without_reading():
    with pytest.raises(CorpusError, match="not a regular file"):
        read_text("/dev/zero")


def test_unreadable_file(tmp_path: Path, monkeypatch):
    """Tests run as root in CI, where chmod 000 does not stop reading: simulate the OS refusing."""
    f = tmp_path / "secret.txt"  # (when not root, a real chmod 000 is checked too)
    f.write_text(TRAD, encoding="utf-8")
    real_open = os.open

    def refusing_open(path, *args, **kwargs):
        if Path(path) == f:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)
    with pytest.raises(CorpusError, match="secret.txt: cannot read \\(Permission denied\\)"):
        read_text(f)


def test_too_large_file_is_refused_from_its_size(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(corpus, "MAX_FILE_BYTES", 1000)
    f = tmp_path / "big.txt"
    f.write_text("a" * 2000, encoding="utf-8")
    with pytest.raises(CorpusError, match="big.txt: too large"):
        read_text(f)


@pytest.mark.parametrize("enc", ["utf-8", "gb18030", "big5"])
def test_decoded_file_splits_into_articles(enc, tmp_path: Path):
    body = TRAD * 2
    text = f"#語料\n第一篇標題\n{body}\n第二篇標題\n{body}\n"
    f = tmp_path / "news.txt"
    f.write_bytes(text.encode(enc))
    assert [a.title for a in split_articles(read_text(f))] == ["第一篇標題", "第二篇標題"]


@pytest.mark.parametrize("text", ["He said “hello” – and left. It’s 2026.", "Café déjà vu, naïve résumé"])
def test_english_windows_1252(text):
    assert decode_bytes(text.encode("cp1252")) == text


@pytest.mark.parametrize("enc", ["gb18030", "utf-16", "utf-8-sig", "utf-16-le", "big5hkscs"])
def test_shared_corpus_in_other_encodings_reads_the_same(shared_corpus, tmp_path: Path, enc):
    """The real corpus re-encoded: identical text, identical article offsets (for Big5, the few characters
    the codec lacks are replaced first, in both texts)."""
    text = read_text(shared_corpus)
    if enc == "big5hkscs":
        text = text.encode(enc, "replace").decode(enc)
    f = tmp_path / f"corpus-{enc}.txt"
    f.write_bytes(text.encode(enc))
    again = read_text(f)
    assert again == text
    assert split_articles(again) == split_articles(text)


def test_korean_euc_kr_is_not_taken_for_chinese():
    """EUC-KR Hangul bytes are also common GB2312 characters; Korean must still decode as Korean."""
    for text in ("서울에서 회의가 열렸습니다. 삼성전자는 2026년 2월 5일 새로운 모델을 발표했다.",
                 "오늘 날씨가 좋습니다. 내일은 비가 옵니다."):
        assert decode_bytes(text.encode("euc-kr")) == text
    for text in ("阿里 巴巴 集团 发布 财报", "中国 经济 增长 放缓 ， 政府 宣布 新 政策"):  # spaced Chinese stays GB
        assert decode_bytes(text.encode("gb18030")) == text


@pytest.mark.parametrize("enc", ["shift_jis", "euc-jp"])
def test_japanese_legacy_encodings(enc):
    text = "東京で会議が開かれました。ソニーは2026年2月5日に新しいモデルを発表した。"
    assert decode_bytes(text.encode(enc)) == text


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_named_pipe_in_a_folder_does_not_hang(tmp_path: Path):
    from timeline.corpus import iter_corpus_files

    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "ok.txt").write_text(TRAD, encoding="utf-8")
    files = list(iter_corpus_files([tmp_path]))
    assert [f.name for f in files] == ["ok.txt", "pipe.txt"]
    with pytest.raises(CorpusError, match="pipe.txt: not a regular file"):
        read_text(files[1])


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_really_unreadable_file(tmp_path: Path):
    f = tmp_path / "locked.txt"
    f.write_text(TRAD, encoding="utf-8")
    f.chmod(0)
    try:
        with pytest.raises(CorpusError, match="locked.txt: cannot read \\(Permission denied\\)"):
            read_text(f)
    finally:
        f.chmod(0o644)
