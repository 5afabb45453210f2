"""Score the t23b probe: each line's time gets the expected start date and asserted flag (run from the repository root: python tests/data/probe_t23b/score.py)."""
import csv, subprocess, sys, tempfile, os
here = os.path.dirname(os.path.abspath(__file__))
ok = total = 0
for line in open(os.path.join(here, "gold.tsv"), encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    pub, text, timex, start, asserted = line.rstrip("\n").split("\t")
    with tempfile.TemporaryDirectory() as d:
        src, out = os.path.join(d, "p.txt"), os.path.join(d, "p.csv")
        open(src, "w").write(text.replace("\\n", "\n") + "\n")
        subprocess.run([sys.executable, "-m", "timeline.cli", "extract", src, "--pub-date", pub, "-o", out], check=True)
        rows = [r for r in csv.DictReader(open(out)) if r["timex_text"] == timex]
    got = [(r["start"][:10], r["asserted"]) for r in rows]
    good = bool(rows) and all(s in start.split("|") and a == asserted for s, a in got)
    total += 1; ok += good
    print("OK " if good else "BAD", timex, "|", start, asserted, "| got", got, "|", text[:60])
print(f"{ok}/{total}")
