"""Score the s18 articles' subjects and sources: python score.py [-v]. Each expected row is found by its time
expression's text (``#n`` = the n-th with that text in the article); a subject is right when it contains one of
the '|'-separated phrases (case-insensitive), a source likewise when one is expected."""
import glob
import os
import sys
import warnings

warnings.filterwarnings("ignore")
import timeline  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def load():
    docs = []
    for f in sorted(glob.glob(os.path.join(HERE, "texts", "*.txt"))):
        d, t = open(f).read().split("\n", 1)
        docs.append({"id": os.path.basename(f)[:-4], "pub_date": d.strip(), "text": t})
    return docs


def s(v):
    return "" if v is None or str(v) in ("<NA>", "nan", "None") else str(v)


def main(verbose):
    wrong_subjects, wrong_sources, n = score(verbose)
    print(f"rows {n}: wrong subject {wrong_subjects}, wrong source {wrong_sources}")


def score(verbose=False):
    """(wrong subjects, wrong sources, rows) over the articles; with ``verbose`` every row is printed."""
    df = timeline.extract_many(load())
    bad_subj = bad_src = n = 0
    for line in open(os.path.join(HERE, "expected.tsv")):
        if line.startswith("#") or not line.strip():
            continue
        f, tx, trig, subj, src = (line.rstrip("\n").split("\t") + [""])[:5]
        k = 1
        if "#" in tx:
            tx, k = tx.split("#")[0], int(tx.split("#")[1])
        rows = df[(df.doc_id == f) & (df.timex_text.astype(str) == tx)]
        n += 1
        if len(rows) < k:
            print(f"MISSING {f} {tx!r}")
            bad_subj += 1
            continue
        r = rows.iloc[k - 1]
        got, gsrc = s(r["subject"]), s(r["source"])
        ok = any(a.lower() in got.lower() for a in subj.split("|"))
        oks = not src or any(a.lower() in gsrc.lower() for a in src.split("|"))
        bad_subj += not ok
        bad_src += not oks
        if verbose or not ok or not oks:
            flag = ("" if ok else "SUBJ ") + ("" if oks else "SRC ")
            print(f"{flag or 'ok '}{f} {tx!r} trig={s(r['trigger'])!r}(exp {trig}) subj={got!r}(exp {subj!r}) "
                  f"src={gsrc!r}(exp {src!r}) from={s(r.get('subject_resolved_from'))!r} event={s(r['event'])!r}")
    return bad_subj, bad_src, n


if __name__ == "__main__":
    main("-v" in sys.argv)
