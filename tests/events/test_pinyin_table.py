"""timeline.events.pinyin: pypinyin with its phrase dictionary read on demand gives pypinyin's own answers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Our own words: place names with characters of several readings (厦 xia/sha, 重 chong/zhong, 长 chang/zhang,
# 行 xing/hang), phrases inside longer runs, a prefix of a longer phrase at the end of the text, made-up
# company names, Latin letters and digits inside a name, single characters.
WORDS = ["厦门", "重庆", "重庆银行", "银行行长", "长沙", "西安", "晟达物流", "曜石半导体", "一丁点", "一丁点儿",
         "中华人民", "中华人民共和国成立", "朝阳区", "朝阳", "行", "重", "阿里Cloud", "3D打印", "乐山大佛", "音乐",
         "调查调整", "了解了", "南京市长江大桥", "还有还款", "银杏", "曾经曾氏", "蚌埠", "六安", "单于单位"]

_RUN = """
import json, sys
words = json.loads(sys.argv[1])
if sys.argv[2] == "plain":
    import pypinyin
    out = [(pypinyin.lazy_pinyin(w), pypinyin.pinyin(w, style=pypinyin.Style.NORMAL, heteronym=True)) for w in words]
    via = False
else:
    if sys.argv[2] == "imported":
        import pypinyin  # someone imported it first: its whole dictionary is used
    from timeline.events import pinyin
    if sys.argv[2] == "nocopy":
        pinyin._phrase_table = lambda: None  # as when the copy cannot be made or read
    if sys.argv[2] == "otherpypinyin":
        pinyin._install = lambda table: False  # as when pypinyin's internals are not the expected ones
    out = [(pinyin.lazy_pinyin(w), pinyin.heteronyms(w)) for w in words]
    via = pinyin._VIA_TABLE
print(json.dumps({"out": out, "via": via}, ensure_ascii=False))
"""


def _run(mode: str, cache: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TIMELINE_CACHE_DIR": str(cache)}
    env.pop("PYPINYIN_NO_PHRASES", None)
    done = subprocess.run([sys.executable, "-c", _RUN, json.dumps(WORDS), mode], env=env, capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout)


def test_on_demand_phrases_give_pypinyins_answers(tmp_path: Path) -> None:
    plain = _run("plain", tmp_path)
    first = _run("ours", tmp_path)  # makes the copy
    again = _run("ours", tmp_path)  # reads it
    assert first["via"] and again["via"]
    assert first["out"] == plain["out"] == again["out"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("pypinyin-")] != []


def test_pypinyin_imported_before_is_used_whole(tmp_path: Path) -> None:
    got = _run("imported", tmp_path)
    assert not got["via"]
    assert got["out"] == _run("plain", tmp_path)["out"]


def test_without_the_copy_the_whole_dictionary_is_used(tmp_path: Path) -> None:
    plain = _run("plain", tmp_path)["out"]
    for mode in ("nocopy", "otherpypinyin"):
        got = _run(mode, tmp_path)
        assert not got["via"]
        assert got["out"] == plain


def test_sweep_removes_only_other_copies_no_install_uses(tmp_path: Path) -> None:
    """The policy of jieba's copies (timeline.cache): another key's copy unused for STALE_AGE goes, one used
    lately (another install's) stays, and no file the product did not make is touched."""
    import os
    import time

    from timeline.cache import STALE_AGE
    from timeline.events.pinyin import _sweep

    keep = tmp_path / "pypinyin-phrases-0123456789abcdef.sqlite"
    old = tmp_path / "pypinyin-phrases-fedcba9876543210.sqlite"
    used = tmp_path / "pypinyin-phrases-00112233aabbccdd.sqlite"
    other = tmp_path / "jieba-freq-0123456789abcdef.sqlite"
    mine = tmp_path / "notes.txt"
    for p in (keep, old, used, other, mine):
        p.write_text("x")
    unused = time.time() - 2 * STALE_AGE
    for p in (old, other, mine):
        os.utime(p, (unused, unused))
    assert _sweep(str(keep)) == [old.name]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([keep.name, used.name, other.name, mine.name])
