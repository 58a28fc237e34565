"""Local files opened safely: a regular file's bytes up to a cap, nothing else opened.

Shared by the inbox reader (:mod:`.folder`) and local feed files (:mod:`.landing`): the final
path component is opened without following a symbolic link and without blocking (a FIFO must not
hang the run), and ``fstat`` on the open descriptor decides, so a file swapped for a link or a
device between a check and the open is refused too.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

__all__ = ["NotRegular", "file_kind", "read_regular"]


def file_kind(mode: int) -> str:
    """What a non-regular ``st_mode`` is, in words: FIFO, socket, device, folder, special file."""
    if stat.S_ISFIFO(mode):
        return "FIFO"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISDIR(mode):
        return "folder"
    return "special file"


class NotRegular(OSError):
    """What was opened is not a regular file (it was swapped after the walk)."""


def read_regular(path: Path, limit: int) -> tuple[bytes, int]:
    """(at most ``limit + 1`` bytes of the file, its size in bytes).

    Opens without following a final symbolic link and without blocking, and refuses
    (:class:`NotRegular`) anything ``fstat`` does not call a regular file. Raises ``OSError``."""
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise NotRegular(f"a {file_kind(st.st_mode)}, not a file")
        chunks, got = [], 0
        while got <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - got))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
        return b"".join(chunks), st.st_size
    finally:
        os.close(fd)
