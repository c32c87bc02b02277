"""The real ``briefing`` command: JSON Lines contract, input kinds, errors, exit codes."""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from sitebuild import BIN, SEED, briefing

CONTRACT = {"id", "title", "summary", "quotes", "actors", "questions", "facts"}


def _records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def test_analyze_seed_prints_the_contract_with_offsets_into_the_body():
    done = briefing(["analyze", str(SEED)])
    assert done.returncode == 0, done.stderr
    [record] = _records(done.stdout)
    assert CONTRACT <= record.keys()
    body = SEED.read_text("utf-8")
    for item in record["summary"] + record["quotes"] + record["questions"]:
        assert 0 <= item["start"] < item["end"] <= len(body)
    for item in record["summary"] + record["quotes"]:
        assert body[item["start"]:item["end"]] == item["text"]
    for actor in record["actors"]:
        assert {"name", "kind", "role", "aliases", "mentions"} <= actor.keys()
        assert all(0 <= m["start"] < m["end"] <= len(body) for m in actor["mentions"])
    assert 3 <= len(record["summary"]) <= 5


def test_analyze_jsonl_copies_ids_and_keeps_input_order(tmp_path):
    records = [{"id": "b", "text": "Headline here\n\nThe mayor said the bridge would reopen. It did not."},
               {"id": "a", "text": "Officials met on Monday. \"We will decide soon,\" Jane Doe said."}]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", "utf-8")
    done = briefing(["analyze", str(path)])
    assert done.returncode == 0, done.stderr
    out = _records(done.stdout)
    assert [r["id"] for r in out] == ["b", "a"]
    text = records[1]["text"]
    for q in out[1]["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]


def test_python_dash_m_generator_is_the_same_command():
    done = subprocess.run([sys.executable, "-m", "generator", "--help"], capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert "analyze" in done.stdout


@pytest.mark.parametrize("args", [["analyze"], ["analyze", "no/such/file.txt"], ["nonsense"]])
def test_usage_errors_exit_2_with_a_message_on_stderr(args):
    done = briefing(args)
    assert done.returncode == 2
    assert done.stderr and not done.stdout


def test_a_broken_seed_is_reported_by_name_and_the_others_still_print(tmp_path):
    (tmp_path / "good.txt").write_text("The council voted on Tuesday. The plan passed.", "utf-8")
    (tmp_path / "bad.md").write_text("---\ntitle: [unclosed\n---\nBody text.", "utf-8")
    done = briefing(["analyze", str(tmp_path)])
    assert done.returncode == 1
    assert "bad.md" in done.stderr
    assert [r["id"] for r in _records(done.stdout)] == ["good"]


def _stderr_on_a_terminal(args: list[str]) -> tuple[int, str]:
    """Run ``briefing`` with stderr on a pseudo-terminal (as in a shell) and stdout in a pipe."""
    import fcntl
    import os
    import pty
    import struct
    import termios

    main_fd, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))  # 100 columns
    done = subprocess.Popen([str(BIN / "briefing"), *args], stdout=subprocess.DEVNULL, stderr=terminal,
                            env={**os.environ, "COLUMNS": "100"})
    os.close(terminal)
    chunks = []
    while True:
        try:
            chunk = os.read(main_fd, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(main_fd)
    return done.wait(timeout=120), b"".join(chunks).decode("utf-8", "replace")


def test_a_progress_bar_on_a_terminal_and_a_closing_line_everywhere(tmp_path):
    for n in range(3):
        (tmp_path / f"a{n}.txt").write_text("The council met on Monday. It approved the bridge.\n", "utf-8")
    (tmp_path / "bad.md").write_text("---\ntitle: [unclosed\n---\nText.\n", "utf-8")
    status, terminal = _stderr_on_a_terminal(["analyze", str(tmp_path)])
    assert status == 1
    assert re.search(r"\| 0/3 \[.*articles/s\]", terminal), terminal  # tqdm's bar
    assert re.search(r"3 articles analysed in \d+\.\d s, 1 skipped", terminal)
    piped = briefing(["analyze", str(tmp_path)])
    assert "|" not in piped.stderr and re.search(r"3 articles analysed in \d+\.\d s, 1 skipped", piped.stderr)


MOJIBAKE_SEED = """---
title: "Talks with KÃ¶rner stall"
author: JosÃ© PÃ©rez
---
Stefan KÃ¶rner, the German finance minister, met Hugo ChÃ¡vez in Caracas on Monday.

"We will not give in to pressure from anyone," said Stefan KÃ¶rner after the meeting.

ChÃ¡vez said the talks had failed. "The plan is dead and everyone knows itâ€™s dead," ChÃ¡vez told reporters.
"""
# Look-alikes of mojibake that clean text has (É, Ñ, ×, "atlântico", Portuguese capitals): kept as written.
CLEAN_SEED = """Señor Muñoz, the mayor of São Paulo, met Élodie Côté in Zürich on Monday.

"We will cross the atlântico together — 5 × 3 times if needed," said Señor Muñoz.

A IRMÃ E O IRMÃO, read the banner in the square.
"""


def test_a_seed_with_mojibake_gives_a_page_with_the_repaired_names(tmp_path):
    seeds, out = tmp_path / "seeds", tmp_path / "out"
    seeds.mkdir()
    (seeds / "talks.md").write_text(MOJIBAKE_SEED, "utf-8")
    done = briefing(["pages", "--seeds", str(seeds), "--out", str(out)])
    assert done.returncode == 0, done.stderr
    assert "talks.md: line 2 and 4 more lines: mojibake" in done.stderr
    page = (out / "briefings" / "talks.md").read_text("utf-8")
    assert "| Stefan Körner | Person | German finance minister |" in page
    assert "| Hugo Chávez (also Chávez) | Person |" in page
    assert "> — Hugo Chávez" in page and "knows it’s dead" in page and "José Pérez" in page
    assert "# Talks with Körner stall" in page
    assert not re.search("[ÃÂ]|â€", page)
    [record] = _records(briefing(["analyze", str(seeds / "talks.md")]).stdout)
    assert {q["speaker"] for q in record["quotes"]} == {"Stefan Körner", "Hugo Chávez"}


def test_a_clean_seed_with_look_alikes_is_read_byte_for_byte(tmp_path):
    seeds, out = tmp_path / "seeds", tmp_path / "out"
    seeds.mkdir()
    (seeds / "clean.txt").write_text(CLEAN_SEED, "utf-8")
    done = briefing(["analyze", str(seeds / "clean.txt")])
    assert done.returncode == 0 and "mojibake" not in done.stderr, done.stderr
    [record] = _records(done.stdout)
    for item in record["summary"] + record["quotes"]:
        assert CLEAN_SEED[item["start"]:item["end"]] == item["text"]
    assert "Señor Muñoz" in {a["name"] for a in record["actors"]}
    done = briefing(["pages", "--seeds", str(seeds), "--out", str(out)])
    assert done.returncode == 0 and "mojibake" not in done.stderr, done.stderr
    page = (out / "briefings" / "clean.md").read_text("utf-8")
    for sentence in ("met Élodie Côté in Zürich on Monday.", "A IRMÃ E O IRMÃO, read the banner in the square."):
        assert sentence in page
