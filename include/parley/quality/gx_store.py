"""A Great Expectations store backend that never leaves a half-written file.

GX 1.24's ``TupleFilesystemStoreBackend`` writes each validation result and Data Docs page in place
(``open(path, "wb")``): a process killed mid-write leaves a truncated file. This subclass writes a
hidden temp file in the same folder (``.<name>.<token>.tmp``) and renames it over the target, so a
reader sees the old file or the new one. Temps of killed writes are removed by
:func:`parley.storage.lake.sweep`.
"""

from __future__ import annotations

import os
import uuid

from great_expectations.data_context.store.tuple_store_backend import (
    TupleFilesystemStoreBackend,
)


class AtomicFilesystemStoreBackend(TupleFilesystemStoreBackend):
    """``TupleFilesystemStoreBackend`` with atomic writes (temp file + rename)."""

    def _set(self, key, value, **kwargs):
        if not isinstance(key, tuple):
            key = key.to_tuple()
        path = os.path.join(self.full_base_directory, self._convert_key_to_filepath(key))
        folder, name = os.path.split(path)
        os.makedirs(folder, exist_ok=True)
        tmp = os.path.join(folder, f".{name}.{uuid.uuid4().hex[:12]}.tmp")
        try:
            with open(tmp, "wb") as fh:
                fh.write(value.encode("utf-8") if isinstance(value, str) else value)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        return path
