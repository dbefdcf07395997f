/**
 * Learner projects for verify's tests, built from plain files and `git init`
 * (no Python, DVC or Docker needed): the project as it stands at the end of
 * each week when the assignment is done, and the same project broken the way
 * learners break it that week.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from './cli.js';

export type Files = Record<string, string>;

const GITIGNORE_W1 = `# data and models (versioned with DVC from week 2)
/data/*
!/data/.gitkeep
/models/
*.pkl
*.joblib
# Python environment, caches and secrets
.venv/
__pycache__/
.ipynb_checkpoints/
.env
`;

const TRAIN_W1 = `"""Baseline: logistic regression on the Iris dataset."""
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split

SEED = 42


def main() -> None:
    X, y = load_iris(return_X_y=True)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=SEED, stratify=y)
    model = LogisticRegression(max_iter=1000)
    model.fit(X_train, y_train)
    acc = accuracy_score(y_test, model.predict(X_test))
    print(f"accuracy: {acc:.3f}")


if __name__ == "__main__":
    main()
`;

const TRAIN_W3 = `import os
import mlflow
import mlflow.sklearn
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import train_test_split

# The tracking server comes from MLFLOW_TRACKING_URI.
mlflow.set_experiment("iris-train")


def main(c: float = 1.0) -> None:
    X, y = load_iris(return_X_y=True)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42, stratify=y)
    with mlflow.start_run():
        mlflow.log_params({"C": c, "max_iter": 1000})
        mlflow.set_tag("data_version", os.environ.get("DATA_REV", "unknown"))
        model = LogisticRegression(C=c, max_iter=1000).fit(X_train, y_train)
        mlflow.log_metric("test_f1_macro", f1_score(y_test, model.predict(X_test), average="macro"))
        mlflow.sklearn.log_model(model, name="model", input_example=X_train[:2])


if __name__ == "__main__":
    main()
`;

const DOCKERFILE = `# syntax=docker/dockerfile:1
FROM python:3.11-slim AS builder
WORKDIR /build
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.11-slim
ENV PATH="/opt/venv/bin:$PATH" PYTHONUNBUFFERED=1
COPY --from=builder /opt/venv /opt/venv
RUN useradd --create-home --uid 10001 appuser
WORKDIR /app
COPY --chown=appuser:appuser app/ app/
COPY --chown=appuser:appuser model/ model/
USER appuser
EXPOSE 8000
HEALTHCHECK CMD python -c "import urllib.request; urllib.request.urlopen('http://localhost:8000/health')"
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
`;

const APP_W4 = `from contextlib import asynccontextmanager

import joblib
from fastapi import FastAPI
from pydantic import BaseModel, Field

state = {}


@asynccontextmanager
async def lifespan(app: FastAPI):
    state["model"] = joblib.load("model/model.joblib")
    yield
    state.clear()


app = FastAPI(lifespan=lifespan)


class Features(BaseModel):
    sepal_length: float = Field(gt=0)
    sepal_width: float = Field(gt=0)
    petal_length: float = Field(gt=0)
    petal_width: float = Field(gt=0)


@app.get("/health")
def health():
    return {"status": "ok", "model_loaded": "model" in state}


@app.post("/predict")
def predict(features: Features):
    row = [[features.sepal_length, features.sepal_width, features.petal_length, features.petal_width]]
    return {"prediction": int(state["model"].predict(row)[0])}
`;

const APP_W6 = `${APP_W4.replace('import joblib', 'import json\nimport logging\nimport time\nimport uuid\n\nimport joblib\nfrom prometheus_client import Counter, Histogram, make_asgi_app')}
MODEL_VERSION = "3"
REQUESTS = Counter("http_requests", "Requests", ["path", "status"])
LATENCY = Histogram("http_request_duration_seconds", "Latency", ["path"])
PREDICTIONS = Counter("predictions", "Predictions served", ["model_version", "label"])
app.mount("/metrics", make_asgi_app())


def log_prediction(label: int) -> None:
    logging.info(json.dumps({"request_id": str(uuid.uuid4()), "model_version": MODEL_VERSION, "prediction": label, "at": time.time()}))
`;

const WORKFLOW = `name: ci-cd
on:
  push:
    branches: [main]
  pull_request:
    branches: [main]
permissions:
  contents: read

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: pip install -r requirements.txt
      - run: python src/train.py
      - run: pytest -q

  build:
    needs: test
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/build-push-action@v6
        with:
          context: .
          push: false

  push:
    needs: build
    if: github.event_name == 'push' && github.ref == 'refs/heads/main'
    runs-on: ubuntu-latest
    permissions:
      contents: read
      packages: write
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: \${{ github.actor }}
          password: \${{ secrets.GITHUB_TOKEN }}
      - uses: docker/build-push-action@v6
        with:
          context: .
          push: true
          tags: ghcr.io/jimin/iris-mlops:\${{ github.sha }}
`;

const RETRAIN = `name: retrain
on:
  schedule:
    - cron: "0 3 * * *"
  workflow_dispatch:
jobs:
  retrain:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python src/drift.py
      - run: dvc repro
      - run: python src/register.py --alias challenger
`;

/** The project's files at the end of `week`, the assignment done. */
export function projectFiles(week: number): Files {
  const requirements = ['numpy==2.1.3', 'scikit-learn==1.5.2'];
  const readme = ['# Iris MLOps', '', 'Python 3.11.', '', '## Setup', '', 'python -m venv .venv && python -m pip install -r requirements.txt', '', '## Run', '', 'python src/train.py  # accuracy: 0.967'];
  const files: Files = {
    '.gitignore': GITIGNORE_W1,
    'src/train.py': TRAIN_W1,
    'data/.gitkeep': '',
    'docs/lifecycle.md': '# Lifecycle\n\n1. Data Collection & Preparation\n2. Model Development\n3. Model Validation\n4. Model Deployment\n5. Model Monitoring: retrain when macro F1 drops below 0.90 for 7 days.\n',
  };
  if (week >= 2) {
    files['.gitignore'] += '!/data/*.dvc\n';
    files['.dvc/config'] = "[core]\n    remote = storage\n['remote \"storage\"']\n    url = /tmp/dvc-store\n";
    files['.dvc/.gitignore'] = '/config.local\n/tmp\n/cache\n';
    files['.dvcignore'] = '# Add patterns of files dvc should ignore\n';
    files['data/raw.csv.dvc'] = 'outs:\n- md5: 44855e8d9bd1c9a0e5c2a8c6f5bb5c83\n  size: 4551\n  hash: md5\n  path: raw.csv\n';
    files['params.yaml'] = 'split:\n  test_size: 0.2\n  seed: 42\n';
    files['dvc.yaml'] = `stages:
  validate:
    cmd: python src/validate.py data/raw.csv
    deps: [src/validate.py, data/raw.csv]
  prepare:
    cmd: python src/prepare.py data/raw.csv data/prepared.csv
    deps: [src/prepare.py, data/raw.csv]
    outs: [data/prepared.csv]
  split:
    cmd: python src/split.py
    deps: [src/split.py, data/prepared.csv]
    params: [split.test_size, split.seed]
    outs: [data/train.csv, data/test.csv]
    metrics:
      - metrics/rows.json:
          cache: false
`;
    files['dvc.lock'] = 'schema: "2.0"\nstages:\n  prepare:\n    cmd: python src/prepare.py\n';
    files['src/validate.py'] = 'import sys\nimport great_expectations as gx\n\nbatch = gx.get_context().data_sources.pandas_default.read_csv(sys.argv[1])\nresult = batch.validate(gx.expectations.ExpectColumnValuesToNotBeNull(column="species"))\nsys.exit(0 if result.success else 1)\n';
    files['src/prepare.py'] = 'import pandas as pd\n';
    files['src/split.py'] = 'import json\n';
    files['metrics/rows.json'] = '{"train": 120, "test": 30}\n';
    readme.push('', '## Reproduce', '', 'git clone … && dvc pull && dvc repro');
  }
  if (week >= 3) {
    requirements.push('mlflow==3.1.0');
    files['dvc.yaml'] += '  train:\n    cmd: python src/train.py\n    deps: [src/train.py, data/train.csv]\n    params: [train.c]\n';
    files['params.yaml'] += 'train:\n  c: 1.0\n';
    files['.gitignore'] += 'mlflow.db\nmlartifacts/\nmlruns/\n';
    files['src/train.py'] = TRAIN_W3;
    files['src/compare.py'] = 'import mlflow\n\nruns = mlflow.search_runs(experiment_names=["iris-train"], order_by=["metrics.test_f1_macro DESC"])\nprint(runs.head())\n';
    files['promote.py'] = 'from mlflow import MlflowClient\nimport mlflow\n\nNAME = "iris-model"\nversion = mlflow.register_model("runs:/abc/model", NAME).version\nclient = MlflowClient()\nclient.set_registered_model_alias(NAME, "champion", version)\nclient.set_model_version_tag(NAME, version, "validation_status", "approved")\n';
    readme.push('', '## MLflow', '', 'mlflow server --port 5000, then MLFLOW_TRACKING_URI=http://127.0.0.1:5000 python src/train.py');
  }
  if (week >= 4) {
    requirements.push('fastapi==0.115.0', 'uvicorn==0.30.6', 'joblib==1.4.2');
    files['app/main.py'] = APP_W4;
    files['Dockerfile'] = DOCKERFILE;
    files['.dockerignore'] = '.git\n.venv\n__pycache__/\n*.pyc\nmlruns/\ndata/\n.env\n';
    readme.push('', '## Serving', '', 'docker build -t iris-api:0.1 . && docker run -d -p 8000:8000 iris-api:0.1', 'Image size: 412MB');
  }
  if (week >= 5) {
    requirements.push('pytest==8.3.3');
    files['.github/workflows/ci-cd.yml'] = WORKFLOW;
    files['tests/test_quality.py'] = 'import json\n\n\ndef test_quality_gate():\n    assert json.load(open("metrics.json"))["f1"] >= 0.9\n';
    readme.splice(1, 0, '', '![ci-cd](https://github.com/jimin/iris-mlops/actions/workflows/ci-cd.yml/badge.svg)');
    readme.push('', '## What CI checks', '', 'pytest: unit tests, data checks and a quality gate (F1 ≥ 0.9).');
  }
  if (week >= 6) {
    requirements.push('prometheus-client==0.21.0', 'evidently==0.7.0');
    files['app/main.py'] = APP_W6;
    files['docker-compose.yml'] = 'services:\n  api:\n    build: .\n    ports: ["8000:8000"]\n  prometheus:\n    image: prom/prometheus:v3.0.0\n    volumes: ["./monitoring/prometheus.yml:/etc/prometheus/prometheus.yml"]\n  grafana:\n    image: grafana/grafana:11.3.0\n    volumes: ["./grafana/provisioning:/etc/grafana/provisioning"]\n';
    files['monitoring/prometheus.yml'] = 'global:\n  scrape_interval: 15s\nscrape_configs:\n  - job_name: api\n    static_configs:\n      - targets: ["api:8000"]\n';
    files['grafana/provisioning/datasources/prometheus.yml'] = 'apiVersion: 1\ndatasources:\n  - name: Prometheus\n    type: prometheus\n    url: http://prometheus:9090\n';
    files['grafana/provisioning/alerting/rules.yml'] = 'apiVersion: 1\ngroups:\n  - orgId: 1\n    name: api\n    folder: alerts\n    interval: 1m\n    rules:\n      - uid: error-ratio\n        title: Error ratio above 5%\n        condition: C\n        for: 5m\n';
    files['grafana/provisioning/dashboards/provider.yml'] = 'apiVersion: 1\nproviders:\n  - name: iris\n    type: file\n    options:\n      path: /var/lib/grafana/dashboards\n';
    files['grafana/provisioning/alerting/contact-points.yml'] = 'apiVersion: 1\ncontactPoints:\n  - orgId: 1\n    name: team\n    receivers:\n      - uid: webhook\n        type: webhook\n        settings:\n          url: http://example.com/hook\n';
    files['src/ab_test.py'] = 'from scipy import stats\n\n# Two-proportion test of the primary metric, champion vs challenger.\n';
    files['EXPERIMENT.md'] = '# A/B test\n\nHypothesis, primary metric (accuracy), 10% to the challenger by hashing the user ID, two weeks.\n';
    files['grafana/dashboards/service.json'] = JSON.stringify({ title: 'Iris API', panels: [{ type: 'timeseries', title: 'p95 latency' }, { type: 'stat', title: 'Predictions' }] }, null, 2);
    files['src/drift.py'] = 'from evidently import Report\nfrom evidently.presets import DataDriftPreset\n\nreport = Report([DataDriftPreset()])\n';
    files['src/register.py'] = 'from mlflow import MlflowClient\n\nMlflowClient().set_registered_model_alias("iris-model", "challenger", "4")\n';
    files['reports/drift.html'] = '<html></html>\n';
    files['reports/drift.json'] = '{"drift": false}\n';
    files['.github/workflows/retrain.yml'] = RETRAIN;
  }
  files['requirements.txt'] = `${requirements.join('\n')}\n`;
  files['README.md'] = `${readme.join('\n')}\n`;
  return files;
}

/** What a learner typically gets wrong in `week`, applied to that week's complete files. */
export function breakWeek(week: number, files: Files): { files: Files; committed: Files } {
  const f = { ...files };
  const committed: Files = {};
  switch (week) {
    case 1: // data and the virtual environment committed to Git, versions left unpinned
      f['.gitignore'] = '.env\n';
      committed['data/raw.csv'] = 'sepal_length,species\n5.1,setosa\n';
      committed['.venv/pyvenv.cfg'] = 'home = /usr/bin\n';
      f['requirements.txt'] = 'numpy\nscikit-learn>=1.3\n';
      break;
    case 2: // a one-stage pipeline, dvc.lock never committed
      f['dvc.yaml'] = 'stages:\n  prepare:\n    cmd: python src/prepare.py\n    deps: [src/prepare.py]\n    outs: [data/prepared.csv]\n';
      delete f['dvc.lock'];
      break;
    case 3: // the tracking URL hard-coded, MLflow's files committed
      f['src/train.py'] = TRAIN_W3.replace('# The tracking server comes from MLFLOW_TRACKING_URI.', 'mlflow.set_tracking_uri("http://127.0.0.1:5000")');
      f['.gitignore'] = f['.gitignore']!.replace('mlflow.db\nmlartifacts/\nmlruns/\n', '');
      committed['mlruns/0/meta.yaml'] = 'name: Default\n';
      break;
    case 4: // a root container with a shell-form CMD
      f['Dockerfile'] = 'FROM python:3.11-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nCMD uvicorn app.main:app --host 0.0.0.0 --port 8000\n';
      break;
    case 5: // a workflow without tests, jobs not chained
      f['.github/workflows/ci-cd.yml'] = WORKFLOW.replace('      - run: pytest -q\n', '').replace(/ {4}needs: \w+\n/g, '');
      break;
    case 6: // no Prometheus in the stack, no alert rule
      f['docker-compose.yml'] = 'services:\n  api:\n    build: .\n  grafana:\n    image: grafana/grafana:11.3.0\n';
      delete f['grafana/provisioning/alerting/rules.yml'];
      break;
  }
  return { files: f, committed };
}

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Jimin', '-c', 'user.email=jimin@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: '2026-12-01T10:00:00+09:00', GIT_COMMITTER_DATE: '2026-12-01T10:00:00+09:00' } });
}

export function writeFiles(dir: string, files: Files): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

export interface ProjectOptions {
  /** Break it the way learners break this week. */
  broken?: number;
  /** The remote, credentials and all (default: an https URL with a token in it). */
  remote?: string | null;
  /** Leave these files uncommitted (written after the last commit). */
  uncommitted?: Files;
}

/**
 * A learner's repository at the end of `week`: a README commit on main, the
 * work on a week1-setup branch merged back with --no-ff (three commits), the
 * local data file (ignored), and a remote.
 */
export function buildProject(week: number, options: ProjectOptions = {}): string {
  const dir = tempDir('mlops-project-');
  const broken = options.broken ? breakWeek(options.broken, projectFiles(week)) : { files: projectFiles(week), committed: {} };
  git(dir, 'init', '-q');
  writeFiles(dir, { 'README.md': '# Iris MLOps\n' });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'Initial README');
  git(dir, 'switch', '-qc', 'week1-setup');
  writeFiles(dir, { ...broken.files, 'data/raw.csv': 'sepal_length,species\n5.1,setosa\n' });
  git(dir, 'add', '-A');
  if (Object.keys(broken.committed).length) {
    writeFiles(dir, broken.committed);
    git(dir, 'add', '-f', ...Object.keys(broken.committed));
  }
  git(dir, 'commit', '-qm', 'Project skeleton and baseline');
  git(dir, 'switch', '-q', 'main');
  git(dir, 'merge', '-q', '--no-ff', '-m', 'Merge week1-setup', 'week1-setup');
  const remote = options.remote === undefined ? 'https://jimin:ghp_s3cr3tT0ken@github.com/jimin/iris-mlops.git' : options.remote;
  if (remote) git(dir, 'remote', 'add', 'origin', remote);
  if (options.uncommitted) writeFiles(dir, options.uncommitted);
  return dir;
}

/** A repository with one commit holding a README: what every positive probe fails on. */
export function emptyProject(): string {
  const dir = tempDir('mlops-project-');
  git(dir, 'init', '-q');
  writeFiles(dir, { 'README.md': '# New project\n' });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'Initial README');
  return dir;
}
