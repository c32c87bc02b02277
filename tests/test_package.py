"""The package as PyPI would get it: metadata, licences, and what `mkdocs get-deps` names."""
from __future__ import annotations

import email.parser
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from sitebuild import BIN, ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
                          capture_output=True, text=True, check=False, env={**os.environ, "PIP_NO_INPUT": "1"})
    assert done.returncode == 0, done.stderr
    (path,) = out.glob("briefing_site-*.whl")
    return zipfile.ZipFile(path)


def test_the_wheel_says_what_it_is_and_under_which_licences(wheel):
    from generator import __version__

    (meta_name,) = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
    meta = email.parser.Parser().parsestr(wheel.read(meta_name).decode("utf-8"))
    assert meta["Version"] == __version__  # one version, from generator/__init__.py
    assert "Framework :: MkDocs" in meta.get_all("Classifier")
    assert meta["License-Expression"] == "MIT AND CC-BY-4.0"
    assert set(meta.get_all("License-File")) == {"LICENSE", "NOTICE"}
    requires = meta.get_all("Requires-Dist")
    assert any(r.replace(" ", "").startswith("mkdocs<2,>=1.6") or r.replace(" ", "").startswith("mkdocs>=1.6,<2")
               for r in requires), requires
    notice = next(n for n in wheel.namelist() if n.endswith("NOTICE"))
    assert "data by GeoNames" in wheel.read(notice).decode("utf-8")
    assert any(n.endswith("lexicon/actor_lexicon.tsv") for n in wheel.namelist())
    entry_points = next(n for n in wheel.namelist() if n.endswith("entry_points.txt"))
    assert "briefings = generator.plugin:BriefingsPlugin" in wheel.read(entry_points).decode("utf-8")


@pytest.mark.parametrize("config", ["mkdocs.yml", "tests/own_site/mkdocs.yml"])
def test_mkdocs_get_deps_names_the_package_from_the_catalog_entry(config):
    done = subprocess.run([str(BIN / "mkdocs"), "get-deps", "-p", "mkdocs-catalog.yaml", "-f", config], cwd=ROOT,
                          capture_output=True, text=True, check=False, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["briefing-site", "mkdocs", "mkdocs-material"]
