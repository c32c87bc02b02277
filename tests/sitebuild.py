"""Helpers for tests that build a real site: a temporary project with the repository's
mkdocs.yml and docs/, the given seeds, and the real ``mkdocs`` command."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SEED = ROOT / "seeds" / "000_0b7a11e69ca9f520.txt"


def make_project(tmp: Path, seeds: dict[str, str | bytes] | None = None, *, real_seed: bool = True) -> Path:
    project = tmp / "project"
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", project / "docs")
    (project / "seeds").mkdir()
    if real_seed:
        shutil.copy(SEED, project / "seeds" / SEED.name)
    for name, content in (seeds or {}).items():
        path = project / "seeds" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return project


def mkdocs_build(project: Path, *, strict: bool = True, check: bool = True) -> subprocess.CompletedProcess:
    cmd = [str(BIN / "mkdocs"), "build", "--clean"] + (["--strict"] if strict else [])
    # The venv's editable install points at the main checkout: import this checkout's package.
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(cmd, cwd=project, env=env, capture_output=True, text=True, check=False)
    if check and done.returncode:
        raise AssertionError(f"mkdocs build failed:\n{done.stderr}")
    return done


def search_index(project: Path) -> list[dict]:
    return json.loads((project / "site" / "search" / "search_index.json").read_text("utf-8"))["docs"]


def briefing(cli_args: list[str], cwd: Path | None = None, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / "briefing"), *cli_args], cwd=cwd, capture_output=True, text=True,
                          check=False, **kw)
