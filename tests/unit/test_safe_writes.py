"""The one writer every file goes through (issue 16, cases 10, 15 and 16): never into seeds/,
never through a planted symlink, files readable as the user's umask says, no orphans."""

from __future__ import annotations

import os
import time

import pytest

from newslab.errors import NewslabError
from newslab.safe_io import ProtectedPathError, write_text_atomic


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def test_case16_files_get_the_users_umask(tmp_path, umask_022):
    path = write_text_atomic(tmp_path / "work.json", "{}")
    assert path.stat().st_mode & 0o777 == 0o644
    write_text_atomic(path, '{"a": 1}', keep_previous=True)
    assert path.stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "work.json.previous").stat().st_mode & 0o777 == 0o644
    os.umask(0o077)
    assert write_text_atomic(tmp_path / "private.json", "{}").stat().st_mode & 0o777 == 0o600


def test_case16_stale_temporary_files_from_a_killed_save_are_cleaned(tmp_path):
    target = tmp_path / "work.json"
    stale = tmp_path / ".work.json.k1ll3d.tmp"
    stale.write_text("half a save")
    an_hour_ago = time.time() - 3600
    os.utime(stale, (an_hour_ago, an_hour_ago))
    fresh = tmp_path / ".work.json.wr1t1ng.tmp"  # another writer, this very moment
    fresh.write_text("being written")
    other = tmp_path / ".notes.txt.tmp"  # not ours
    other.write_text("x")
    os.utime(other, (an_hour_ago, an_hour_ago))
    write_text_atomic(target, "{}")
    assert not stale.exists() and fresh.exists() and other.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".notes.txt.tmp",
        ".work.json.wr1t1ng.tmp",
        "work.json",
    ]


def test_case10_a_planted_symlink_is_never_followed(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    target = tmp_path / "work.json"
    target.write_text("{}")
    (tmp_path / "work.json.previous").symlink_to(victim)
    write_text_atomic(target, '{"a": 1}', keep_previous=True)
    assert victim.read_text() == "precious"
    assert (tmp_path / "work.json.previous").read_text() == "{}"
    assert not (tmp_path / "work.json.previous").is_symlink()
    link = tmp_path / "out.json"
    link.symlink_to(victim)
    write_text_atomic(link, "new")
    assert victim.read_text() == "precious" and link.read_text() == "new"


def test_case10_seeds_and_every_folder_below_it_are_refused(tmp_path):
    for target in (
        tmp_path / "seeds" / "x.json",
        tmp_path / "seeds" / "sub" / "x.json",
        tmp_path / "seeds" / "a" / "b" / "x.json",
    ):
        with pytest.raises(ProtectedPathError, match="never writes into a seeds/ folder"):
            write_text_atomic(target, "{}")
    assert not (tmp_path / "seeds").exists()


def test_case15_a_name_too_long_for_the_file_system_is_a_clear_error(tmp_path):
    with pytest.raises(NewslabError, match="file name is 300 bytes long.*shorter name"):
        write_text_atomic(tmp_path / ("a" * 295 + ".json"), "{}")
    long_ok = tmp_path / ("b" * 250 + ".json")  # 255 bytes: allowed, temp names stay short
    assert write_text_atomic(long_ok, "{}").read_text() == "{}"
    assert [p.name for p in tmp_path.iterdir()] == [long_ok.name]


def test_a_folder_that_is_a_file_is_a_clear_error(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(NewslabError, match="is not a folder"):
        write_text_atomic(tmp_path / "file" / "x.json", "{}")


def test_case10_an_export_into_seeds_is_refused_before_the_article_is_analysed(
    tmp_path, monkeypatch
):
    import newslab.nlp
    from newslab.timeline import export_timelinejs

    def refuse(*args, **kwargs):
        raise AssertionError("the model was loaded")

    monkeypatch.setattr(newslab.nlp, "load_nlp", refuse)
    article = tmp_path / "a.md"
    article.write_text('---\ntitle: "T"\npublished: 2024-03-05\nlicense: "CC BY 2.5"\n---\nBody.')
    with pytest.raises(ProtectedPathError, match="seeds"):
        export_timelinejs(article, tmp_path / "seeds" / "sub" / "timeline.json")
    with pytest.raises(ProtectedPathError, match="will not overwrite it"):
        export_timelinejs(str(article), article)
