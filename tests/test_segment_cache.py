"""The jieba word table (word -> tag, short FREQ) is cached on disk; the cache never changes it."""
from __future__ import annotations

import pytest

from textmine import segment


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """An empty cache folder of the test's own, and no table memoized in the process."""
    monkeypatch.setenv("TEXTMINE_CACHE_DIR", str(tmp_path / "cache"))
    segment._word_table.cache_clear()
    yield tmp_path / "cache"
    segment._word_table.cache_clear()


@pytest.fixture(scope="module")
def parsed():
    return segment._read_word_table()


def test_cache_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("TEXTMINE_CACHE_DIR", str(tmp_path / "x"))
    assert segment.cache_dir() == tmp_path / "x"
    monkeypatch.delenv("TEXTMINE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert segment.cache_dir() == tmp_path / "xdg" / "textmine"


def test_first_call_writes_the_cache_and_later_calls_read_the_same_table(fresh, parsed):
    first = segment._word_table()
    files = list(fresh.glob("words-*.marshal"))
    assert len(files) == 1 and first == parsed
    segment._word_table.cache_clear()
    again = segment._word_table()
    assert again == parsed
    # tags stay shared strings (55 distinct objects, not one per word)
    assert len({id(t) for t in again[0].values()}) == len(set(again[0].values()))


def test_a_damaged_cache_file_is_rebuilt(fresh, parsed):
    segment._word_table()
    (path,) = fresh.glob("words-*.marshal")
    path.write_bytes(b"\x00not marshal")
    segment._word_table.cache_clear()
    assert segment._word_table() == parsed
    segment._word_table.cache_clear()
    assert segment._word_table() == parsed  # and the file was written again
    assert path.read_bytes()[:12] != b"\x00not marshal"


def test_an_unusable_cache_folder_only_costs_time(monkeypatch, tmp_path, parsed):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("TEXTMINE_CACHE_DIR", str(blocker / "cache"))
    segment._word_table.cache_clear()
    try:
        assert segment._word_table() == parsed
    finally:
        segment._word_table.cache_clear()


def test_a_changed_user_dictionary_gets_its_own_cache_file(fresh, monkeypatch, tmp_path):
    segment._word_table()
    user = tmp_path / "userdict.txt"
    user.write_text(open(segment.userdict_path(), encoding="utf-8").read() + "䴉鹮试词 5 n\n", encoding="utf-8")
    monkeypatch.setattr(segment, "userdict_path", lambda: str(user))
    segment._word_table.cache_clear()
    tags, short = segment._word_table()
    assert len(list(fresh.glob("words-*.marshal"))) == 2
    assert "䴉鹮试词" not in tags and short["䴉鹮"] == 0  # user words: prefixes in FREQ, tags not (see _read_word_table)
