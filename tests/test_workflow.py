"""The GitHub Pages workflow is valid and builds the site strictly before deploying it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"


def check_jsonschema(path: Path) -> subprocess.CompletedProcess[str]:
    """Validate with the schema vendored in check-jsonschema (works offline)."""
    script = Path(sys.executable).parent / "check-jsonschema"
    if not script.exists():
        pytest.fail(f"{script} missing: install the test extra (pip install -e '.[test]')")
    return subprocess.run(
        [str(script), "--builtin-schema", "vendor.github-workflows", str(path)],
        capture_output=True, text=True, timeout=120, check=False,
    )


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def uses(workflow: dict, action: str) -> list[dict]:
    return [step for step in steps(workflow) if step.get("uses", "").startswith(action + "@")]


def test_workflow_matches_the_github_schema():
    result = check_jsonschema(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("pages: write", "pages: sometimes"),       # not a permission level
        ("    runs-on: ubuntu-latest\n", ""),        # a job needs a runner
        ("jobs:", "chores:"),                        # a workflow needs jobs
    ],
)
def test_schema_check_rejects_a_broken_workflow(tmp_path, old, new):
    text = WORKFLOW.read_text(encoding="utf-8")
    assert old in text
    broken = tmp_path / "broken.yml"
    broken.write_text(text.replace(old, new), encoding="utf-8")

    result = check_jsonschema(broken)

    assert result.returncode != 0, result.stdout


def test_runs_on_push_to_main_and_by_hand(workflow):
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as True
    assert triggers["push"]["branches"] == ["main"]
    assert "workflow_dispatch" in triggers


def test_pages_permissions(workflow):
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert workflow["concurrency"]["group"]


def test_builds_strictly_without_the_mkdocs_2_banner(workflow):
    build = workflow["jobs"]["build"]
    runs = [step.get("run", "") for step in build["steps"]]
    assert any("pip install ." in run for run in runs)
    assert any("mkdocs build --strict" in run for run in runs)
    assert str(build["env"]["NO_MKDOCS_2_WARNING"]) == "1"


def test_uses_the_official_pages_actions(workflow):
    assert uses(workflow, "actions/setup-python")
    assert uses(workflow, "actions/configure-pages")
    (upload,) = uses(workflow, "actions/upload-pages-artifact")
    assert upload["with"]["path"] == "site"
    (deploy,) = uses(workflow, "actions/deploy-pages")
    assert deploy["id"] == "deployment"


def test_deploy_job_publishes_to_the_pages_environment(workflow):
    job = workflow["jobs"]["deploy"]
    assert job["needs"] == "build"
    assert job["environment"]["name"] == "github-pages"
    assert job["environment"]["url"] == "${{ steps.deployment.outputs.page_url }}"


def test_keeps_the_briefings_cache_between_builds(workflow):
    (cache,) = uses(workflow, "actions/cache")
    from mkdocs.utils.yaml import yaml_load  # reads mkdocs.yml's !ENV tags

    config = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    plugin = next(p["briefings"] for p in config["plugins"] if isinstance(p, dict) and "briefings" in p)
    assert cache["with"]["path"] == plugin.get("cache_dir", ".cache/briefings")
    assert cache["with"]["restore-keys"]  # a push restores the newest cache, whatever its key
