"""storage.fs.atomic_file: the one atomic local write (the lake's local stores and the CLI's
outputs). A finished block replaces the file whole; an interrupted one leaves the old file as it
was and no temporary file; the folder is never created."""

from __future__ import annotations

import os

import pytest

from parley.storage.fs import atomic_file, open_store


class Interrupted(Exception):
    pass


@pytest.mark.parametrize(
    ("mode", "kw", "new"), [("wb", {}, b"new\n"), ("w", {"encoding": "utf-8"}, "neü\n")]
)
@pytest.mark.parametrize("durable", [False, True])
def test_a_finished_write_replaces_the_file_whole(tmp_path, mode, kw, new, durable):
    path = tmp_path / "out.jsonl"
    path.write_bytes(b"old contents, longer than the new\n")
    with atomic_file(path, mode, durable=durable, **kw) as fh:
        fh.write(new)
        assert path.read_bytes().startswith(b"old")  # nothing shows before the block ends
    assert path.read_bytes() == (new if mode == "wb" else new.encode("utf-8"))
    assert sorted(os.listdir(tmp_path)) == ["out.jsonl"]


@pytest.mark.parametrize("existed", [True, False])
def test_an_interrupted_write_leaves_the_old_file_and_no_temporary_file(tmp_path, existed):
    path = tmp_path / "out.jsonl"
    if existed:
        path.write_text("old\n", encoding="utf-8")
    with pytest.raises(Interrupted), atomic_file(path, "w", encoding="utf-8") as fh:
        fh.write("half a line")
        fh.flush()
        assert any(n.endswith(".tmp") for n in os.listdir(tmp_path))  # it was on disk
        raise Interrupted
    assert (path.read_text(encoding="utf-8") == "old\n") if existed else not path.exists()
    assert os.listdir(tmp_path) == (["out.jsonl"] if existed else [])


def test_a_missing_folder_is_an_error_and_is_not_created(tmp_path):
    with pytest.raises(FileNotFoundError), atomic_file(tmp_path / "missing" / "out.txt") as fh:
        fh.write(b"x")
    assert not (tmp_path / "missing").exists()
    with pytest.raises(ValueError, match="'a'"), atomic_file(tmp_path / "x", "a"):  # type: ignore[arg-type]
        pass


def test_the_file_gets_the_usual_permissions_not_a_private_temporary_files(tmp_path):
    umask = os.umask(0o022)
    try:
        with atomic_file(tmp_path / "out.txt") as fh:
            fh.write(b"x")
    finally:
        os.umask(umask)
    assert (tmp_path / "out.txt").stat().st_mode & 0o777 == 0o644


def test_a_local_store_writes_through_it(tmp_path):
    store = open_store(str(tmp_path / "lake"))
    with pytest.raises(Interrupted), store.open_atomic("t/dt=2025-01-01/part.parquet") as fh:
        fh.write(b"PAR1")
        raise Interrupted
    assert store.files() == []
    store.write_bytes("_manifests/x.json", b"{}", durable=True)
    store.write_bytes("t/y.bin", b"y")
    assert store.files() == ["_manifests/x.json", "t/y.bin"]
    assert store.read_bytes("_manifests/x.json") == b"{}"
