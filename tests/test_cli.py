"""The command line: JSON output, bad inputs with clear messages and exit codes, batches that survive bad pages."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "varanasi-ghat-cleanup.txt"


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "khabar.cli", *map(str, args)], capture_output=True, input=stdin, timeout=120)


def test_analyze_json_has_the_article_fields():
    out = run("analyze", SAMPLE, "--json")
    assert out.returncode == 0, out.stderr
    a = json.loads(out.stdout)
    for key in ("headline", "standfirst", "dateline", "byline", "published", "page_type", "language", "text",
                "reading_time", "sentences", "lines"):
        assert key in a
    assert a["dateline"] == "वाराणसी" and a["reading_time"]["site_claim_minutes"] == 9
    assert all(set(line) >= {"n", "role", "reason"} for line in a["lines"])


def test_jsonl_keeps_input_order_and_source(tmp_path):
    files = sorted((ROOT / "samples").glob("*.txt"))
    out = run("analyze", "--jsonl", *files)
    assert out.returncode == 0
    rows = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert [r["source"] for r in rows] == [str(f) for f in files]


@pytest.mark.parametrize("content,message", [
    (b"", "empty"),
    (b"  \n\t\n", "whitespace"),
    (bytes(range(256)) * 20, "binary"),
])
def test_bad_inputs_get_a_clear_message_and_the_rest_survives(tmp_path, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    out = run("analyze", "--jsonl", bad, SAMPLE)
    assert out.returncode == 1
    assert message in out.stderr.decode() and "Traceback" not in out.stderr.decode()
    assert json.loads(out.stdout)["source"] == str(SAMPLE)


def test_too_large_and_missing_files(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (21 * 1024 * 1024))
    out = run("analyze", big, tmp_path / "nope.txt")
    err = out.stderr.decode()
    assert out.returncode == 1 and "limit" in err and "no such file" in err and "Traceback" not in err


def test_non_utf8_text_is_detected(tmp_path):
    f = tmp_path / "latin1.txt"
    f.write_bytes("Le président a parlé à la télévision française hier soir.".encode("cp1252"))
    out = run("analyze", f, "--json")
    assert out.returncode == 0
    a = json.loads(out.stdout)
    assert "président" in " ".join(line["text"] for line in a["lines"])
    assert any("not UTF-8" in w for w in a["warnings"])


def test_stdin_and_terminal_view():
    out = run("analyze", "-", stdin=SAMPLE.read_bytes())
    assert out.returncode == 0
    text = out.stdout.decode()
    assert "removed lines" in text and "वाराणसी" in text


def test_schema_is_published():
    out = run("schema")
    schema = json.loads(out.stdout)
    assert schema["title"] == "Article" and "lines" in schema["properties"]


def test_eval_cleaning_json_overall(shared_dir):
    out = run("eval", "cleaning", shared_dir / "seeds", "--json")
    overall = json.loads(out.stdout)["overall"]
    assert set(overall) >= {"P", "R", "F1", "role_accuracy", "page_type_accuracy"}
    assert overall["role_accuracy"] == 1.0


def test_no_input_exit_code(tmp_path):
    assert run("analyze", tmp_path).returncode == 3
