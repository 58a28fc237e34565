# The Parley image for the scale-out path: the official Airflow image plus Parley's pinned
# dependencies (requirements.txt + constraints.txt, the same set `make` installs) and the parley
# package installed editable from /opt/parley, where docker-compose.yaml mounts include/ and sql/.
FROM apache/airflow:3.3.2-python3.11

USER airflow
COPY --chown=airflow:root requirements.txt constraints.txt /opt/parley/
RUN pip install --no-cache-dir -r /opt/parley/requirements.txt -c /opt/parley/constraints.txt

COPY --chown=airflow:root pyproject.toml README.md /opt/parley/
# include/ holds the parley package only: tools/ and tests/ stay out of the image (.dockerignore)
COPY --chown=airflow:root include /opt/parley/include
COPY --chown=airflow:root sql /opt/parley/sql
RUN pip install --no-cache-dir --no-deps -e /opt/parley

ENV PARLEY_DATA_DIR=/opt/parley/data \
    GX_ANALYTICS_ENABLED=False \
    AIRFLOW__CORE__DEFAULT_TASK_RETRY_DELAY=120
