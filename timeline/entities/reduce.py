"""A parsed document → :class:`DocFacts`: the names in it, the events they take part in, and where each
event sits in time. Runs where the document was parsed (one call per piece of :mod:`timeline.pipeline`),
so only these small records travel on.

* **Mentions**: the caller's target entities matched by their variants (:mod:`.targets`), and spaCy's
  named entities; then pronouns ("he", "its") and definite descriptions ("the company") standing for the
  most recent compatible name in the same or the previous sentence.
* **Predicates**: verbs and event nouns (:func:`timeline.events.is_event_nominal`). A mention takes part in
  the predicate it is an argument of — subject, object, prepositional or possessive argument — reached from
  its head through name-internal links only (compound, apposition, coordination), so "the CEO of Apple" does
  not make Apple the sayer of what the CEO said. A clause that shares its subject ("Jobs started by hinting…,
  saying…", "Doe plans to open…") has that subject's participants too.
* **Anchors** (:mod:`.anchor`): the time expression the project's event linker ties to the predicate;
  otherwise, for a past-tense event, the story time (the last linked date within a few sentences before it)
  or the publication date; for a present-tense event the publication date; otherwise none.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span, Token

from ..document import Document
from ..events import is_event_nominal, link_span
from ..events.link import time_token_indices
from ..events.lexicon import MODAL_AUX, RELATIVE_PRONOUNS
from ..temporal.tense import FUTURE_AUX
from .anchor import anchor_from_timex, publication_anchor, story_anchor
from .facts import Anchor, DocFacts, Mention, Predicate
from .targets import Target
from .vocab import vocab, words
from ..events.lexicon import ACTOR_LABELS  # the labels an actor may carry: one list for both

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
FINITE_PRESENT = frozenset({"VBZ", "VBP"})


def is_predicate(tok: Token) -> bool:
    if tok.pos_ == "VERB":
        return tok.lemma_.lower() not in words("skip_lemmas")
    return is_event_nominal(tok)


# --- mentions --------------------------------------------------------------------------------------------

def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def find_mentions(doc: Doc, targets: list[Target]) -> list[Mention]:
    """Target matches and named entities (a named entity overlapping a target match gives way to it)."""
    text = doc.text
    out: list[Mention] = []
    # a named entity that runs on past a match is a longer name ("iPod nano" is not "iPod")
    longer = [(ent.start_char, ent.end_char) for ent in doc.ents]
    for t in targets:
        for s, e in t.matches(text):
            if any(a <= s < b and b > e and text[e:b].strip() not in ("'s", "’s", "'") for a, b in longer):
                continue
            if not any(_overlaps((s, e), (m.start, m.end)) for m in out):
                out.append(Mention(s, e, text[s:e], "TARGET", target=t.index))
    labels = ACTOR_LABELS
    ner: list[tuple[tuple[int, int], str]] = []
    for ent in doc.ents:
        span = (ent.start_char, ent.end_char)
        ner.append((span, ent.label_))
        if ent.label_ in labels and not any(_overlaps(span, (m.start, m.end)) for m in out if m.target is not None):
            out.append(Mention(ent.start_char, ent.end_char, ent.text, ent.label_))
    targets_by_index = {t.index: t for t in targets}
    _first_names(doc, out, targets_by_index, ner)
    for m in out:
        if m.target is None:
            continue
        # a person when the NER says so here ("Jobs"), or, where the NER is silent, when the name looks like one
        seen = {label for span, label in ner if _overlaps((m.start, m.end), span)}
        if seen & words("person_labels") or (not seen and targets_by_index[m.target].person):
            m.label = "TARGET:PERSON"
    out.sort(key=lambda m: m.start)
    return out


def _first_names(doc: Doc, out: list[Mention], targets: dict[int, Target], ner) -> None:
    """"Steve announced…" in an article that has named Steve Jobs: a person's first name alone, in a
    document where the full name appears and no other person shares that first name."""
    text = doc.text
    persons = [text[a:b] for (a, b), label in ner if label in words("person_labels")]
    for t in targets.values():
        parts = t.name.split()
        if not t.person or not any(m.target == t.index and m.text.endswith(t.name) for m in out):
            continue
        first = parts[0]
        if any(p.split()[0] == first and parts[-1] not in p.split() for p in persons if len(p.split()) >= 2):
            continue
        for mt in re.finditer(rf"(?<![\w&]){re.escape(first)}(?![\w&])", text):
            s, e = mt.span()
            nxt = text[e:e + 40].split()
            if nxt and nxt[0] == parts[-1]:
                continue  # the full name, matched already
            same = [m for m in out if _overlaps((s, e), (m.start, m.end))]
            if not same:
                out.append(Mention(s, e, first, "TARGET", target=t.index))
            elif len(same) == 1 and same[0].target is None and same[0].text.strip() == first:
                same[0].target, same[0].label = t.index, "TARGET"  # the NER's "Steve" is this Steve


def _kind(m: Mention) -> str:
    return "person" if m.label in ("PERSON", "TARGET:PERSON") else "thing"


def _names_itself(tok: Token) -> bool:
    """"the software maker Zeta Systems", "the company Acme": a description standing next to its own name."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return (nxt is not None and nxt.pos_ == "PROPN") or tok.dep_ == "appos" \
        or any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in tok.children)


def resolve_references(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Pronouns and definite descriptions as mentions of the most recent compatible name (same or previous
    sentence); a reference with no such name is left alone."""
    pron = vocab()["pronouns"]
    person_p, thing_p = frozenset(pron["person"]), frozenset(pron["thing"])
    heads = vocab()["definite_heads"]
    org_heads, thing_heads = frozenset(heads["org"]), frozenset(heads["thing"])
    names = list(mentions)
    # the words of multi-word names ("the store" after "iTunes Music Store", "the new iPhone" after "iPhone 4")
    last_words = {w.lower() for m in names if len(m.text.split()) >= 2 for w in m.text.split()
                  if w[:1].isalpha() and w.lower() not in ("the", "of", "and")}
    sent_of = {s.start_char: i for i, s in enumerate(doc.sents)}
    starts = sorted(sent_of)

    def sent_index(char: int) -> int:
        return max(0, bisect.bisect_right(starts, char) - 1)

    out = list(mentions)
    # candidates in text order as (start, end, index in out of the name they stand for): a resolved reference
    # joins them, so "He ... he ... he" follows one person down the article
    cands: list[tuple[int, int, int]] = sorted((m.start, m.end, i) for i, m in enumerate(mentions))
    for tok in doc:
        low = tok.lower_
        want = None
        span = (tok.idx, tok.idx + len(tok.text))
        if low in person_p:
            want = "person"
        elif low in thing_p and tok.dep_ != "expl":
            want = "thing"
        elif tok.pos_ in ("NOUN", "PROPN") and any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children) \
                and not _names_itself(tok) and (low in org_heads or low in thing_heads or low in last_words):
            # "the company", "the device"; or "the store" after "the iTunes Music Store": a name's own head
            want = "head:" + low if low in last_words else "org" if low in org_heads else "thing"
            det = next(c for c in tok.children if c.lower_ == "the")
            span = (det.idx, tok.idx + len(tok.text))
        if want is None or any(_overlaps(span, (m.start, m.end)) for m in names):
            continue
        here = sent_index(tok.idx)
        best: tuple[int, int, int] | None = None
        for c in cands:
            start, end, root = c
            if end > tok.idx:
                break
            if sent_index(start) < here - 1:
                continue
            if best is not None and sent_index(start) < here and sent_index(best[0]) == sent_index(start):
                continue  # in the previous sentence the first fitting name (usually its subject) wins
            m = out[root]
            k = _kind(m)
            if (want == "person" and k == "person") or (want == "thing" and k == "thing") or \
                    (want == "org" and (m.label == "ORG" or (m.label == "TARGET"))) or \
                    (want.startswith("head:") and len(m.text.split()) >= 2
                     and want[5:] in (w.lower() for w in m.text.split())):
                best = c
        if best is not None:
            root = best[2]
            out.append(Mention(span[0], span[1], doc.text[span[0]:span[1]], "REF", target=out[root].target,
                               antecedent=root))
            bisect.insort(cands, (span[0], span[1], root))
    return out


# --- participation ---------------------------------------------------------------------------------------

def _governing(tok: Token) -> tuple[Token | None, str]:
    """The predicate ``tok`` (a mention's head) is an argument of, and how."""
    arg_deps, inner = words("argument_deps"), words("nominal_inner_deps")
    t = tok
    for _ in range(8):
        h = t.head
        if h.i == t.i:
            return None, ""
        dep = t.dep_
        if dep == "pobj" and h.dep_ in ("prep", "agent"):
            p = h.head
            if p.i != h.i and is_predicate(p):
                return p, "agent" if h.dep_ == "agent" or h.lower_ == "by" else f"prep:{h.lower_}"
            return None, ""
        if dep in arg_deps and is_predicate(h) and dep != "conj":
            return h, dep
        if dep in inner and dep != "poss":
            t = h
            continue
        if dep == "poss" and is_predicate(h):
            return h, "poss"
        return None, ""
    return None, ""


def _has_subject(tok: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in tok.children)


def _sharing_subject(pred: Token, depth: int = 2) -> list[Token]:
    """Clauses under ``pred`` with no subject of their own: they share its subject."""
    inherit = words("inheriting_clause_deps")
    out: list[Token] = []
    for c in pred.children:
        cands = [c] if c.dep_ in inherit else []
        if c.dep_ == "prep":
            cands += [g for g in c.children if g.dep_ == "pcomp"]
        for q in cands:
            if q.pos_ == "VERB" and not _has_subject(q) and is_predicate(q):
                out.append(q)
                if depth > 1:
                    out.extend(_sharing_subject(q, depth - 1))
    return out


def _relative_clauses(tok: Token) -> list[Token]:
    """"Jobs, who founded Apple": the relative clause whose subject is the relative pronoun."""
    return [c for c in tok.children if c.dep_ == "relcl" and is_predicate(c)
            and any(g.dep_ in SUBJECT_DEPS and g.lower_ in RELATIVE_PRONOUNS for g in c.children)]


def _participles(tok: Token) -> list[Token]:
    """"Jobs, born in San Francisco", "the recently announced iPhone 4": a participle describing the name."""
    return [c for c in tok.children if c.dep_ in ("acl", "amod") and c.tag_ in ("VBN", "VBG") and is_predicate(c)]


def participation(doc: Doc, mentions: list[Mention]) -> dict[int, list[tuple[int, str]]]:
    """token index of a predicate -> [(mention index, role)]."""
    out: dict[int, list[tuple[int, str]]] = {}
    for mi, m in enumerate(mentions):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        pred, role = _governing(root)
        found: list[tuple[Token, str]] = []
        if pred is not None:
            found.append((pred, role))
            if role in SUBJECT_DEPS or role == "agent":
                found += [(q, "shared-subject") for q in _sharing_subject(pred)]
        found += [(q, "nsubj") for q in _relative_clauses(root)]
        found += [(q, "modifier") for q in _participles(root)]
        for q, r in found:
            lst = out.setdefault(q.i, [])
            if mi not in [x for x, _ in lst]:
                lst.append((mi, r))
    return out


# --- tense, modality, summary --------------------------------------------------------------------------

def _auxes(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in ("aux", "auxpass")]


def tense_of(pred: Token) -> tuple[str, str]:
    """(tense, modality) of a predicate from its verb group; a noun or a non-finite verb takes its
    governing verb's. Tense is past, present, future, modal or none."""
    modals, future = MODAL_AUX.keys(), words("future_lemmas")
    t = pred
    for _ in range(4):
        if t.pos_ in ("VERB", "AUX"):
            break
        if t.head.i == t.i:
            return "none", ""
        t = t.head
    if t.pos_ not in ("VERB", "AUX"):
        return "none", ""
    climbed_future = ""
    for _ in range(5):
        auxes = _auxes(t)
        for a in auxes:
            if a.lower_ in modals:
                return ("future" if a.lower_ in FUTURE_AUX else "modal"), a.lower_
        if climbed_future:
            return "future", climbed_future
        if t.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
            return "past", ""
        if t.tag_ == "VBN" and any(a.lemma_ == "have" and a.tag_ in FINITE_PRESENT for a in auxes):
            return "past", ""  # present perfect: done by now
        if t.tag_ in FINITE_PRESENT or any(a.tag_ in FINITE_PRESENT for a in auxes):
            return "present", ""
        if t.head.i == t.i or t.dep_ not in ("xcomp", "advcl", "conj", "pcomp", "ccomp", "acl", "relcl", "prep",
                                             "pobj", "dobj", "nsubj", "nsubjpass", "compound", "attr"):
            return "none", ""
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in future:
            climbed_future = f"{t.head.lemma_.lower()} to"
        t = t.head
    return "none", ""


def _phrase(tok: Token, limit: int = 6) -> list[Token]:
    sub = [t for t in tok.subtree if t.dep_ not in ("relcl", "acl", "appos", "punct") or t.i == tok.i]
    if len(sub) <= limit:
        return sub
    near = sorted(sub, key=lambda t: abs(t.i - tok.i))[:limit]
    return sorted(near, key=lambda t: t.i)


def summary_of(pred: Token) -> str:
    toks = {pred.i: pred}
    for c in pred.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "dative") or c.dep_ in ("prt", "neg", "aux", "auxpass"):
            for t in _phrase(c):
                toks[t.i] = t
        elif c.dep_ in ("prep", "agent") and len(toks) < 12:
            for t in _phrase(c, 4):
                toks[t.i] = t
        elif c.dep_ == "poss":
            for t in _phrase(c, 3):
                toks[t.i] = t
    return " ".join(toks[i].text for i in sorted(toks))


def _trigger_parts(pred: Token) -> list[Token]:
    """The trigger and, for a phrasal verb, its particle right after it ("showed off", "took off")."""
    parts = [pred]
    for c in pred.children:
        if c.dep_ == "prt" and c.i == pred.i + 1:
            parts.append(c)
    return parts


# --- the piece -------------------------------------------------------------------------------------------

def _inside_name(span: Span) -> bool:
    """"the 2010 Worldwide Developers Conference": a date inside a name names the thing, it does not date
    the sentence's event."""
    return all(t.ent_type_ and t.ent_type_ not in ("DATE", "TIME") for t in span) \
        and any(t.head.pos_ == "PROPN" and t.head.ent_type_ == span[0].ent_type_ for t in span)


def _linked_anchors(doc: Doc) -> dict[int, tuple[Anchor, int]]:
    """token index of a predicate -> (anchor of the time expression the event linker ties to it, its char)."""
    out: dict[int, tuple[Anchor, int]] = {}
    times = None  # the document's time tokens, found once (link_span would find them again per call)
    for t in doc._.timexes or []:
        a = anchor_from_timex(t)
        if a is None:
            continue
        span: Span | None = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or not len(span) or _inside_name(span):
            continue
        if times is None:
            times = time_token_indices(doc)
        try:
            ev = link_span(doc, span, times)
        except Exception:  # the linker is another module's: one odd sentence must not lose the document
            ev = None
        if ev is None:
            continue
        # (the trigger's own token: the last piece of a hyphenated one, "loss-making", as the linker chose it)
        tok = next((x for x in reversed(span.sent) if ev.trigger_start <= x.idx < ev.trigger_end), None)
        if tok is not None and tok.i not in out:
            out[tok.i] = (a, t.start)
    return out


def _story_time(story: list[tuple[int, Anchor]], here: int, window: int, pub: Anchor | None) -> Anchor | None:
    """Where an undated past event happened: per ``story_time`` in vocab.json, the last date linked within
    ``window`` sentences before it ("recent"), the article's first dated day at most ``story_time_max_days``
    before publication ("lede": a news story's main event), or the publication date ("publication")."""
    policy = vocab().get("story_time", "recent")
    if policy == "recent":
        recent = [a for s, a in story if here - window <= s <= here]
        return recent[-1] if recent else pub
    if policy == "lede":
        # a news story's main event is recent: a day long before publication is background, not the story
        most = int(vocab().get("story_time_max_days", 31))
        days = [a for s, a in story if a.granularity == "day" and s <= here
                and (pub is None or 0 <= (pub.start - a.start).days <= most)]
        return days[0] if days else pub
    return pub


def piece_facts(doc: Doc, document: Document, offset: int, targets: list[Target]) -> DocFacts:
    """The facts of one parsed piece, offsets into the whole document's text."""
    mentions = resolve_references(doc, find_mentions(doc, targets))
    takes_part = participation(doc, mentions)
    linked = _linked_anchors(doc)
    pub = publication_anchor(document.pub_date)
    window = int(vocab()["story_time_sentences"])
    sents = list(doc.sents)
    sent_index = {}
    for i, s in enumerate(sents):
        for t in s:
            sent_index[t.i] = i
    # the story's dates in text order (by where each time expression is written)
    story: list[tuple[int, Anchor]] = [(sent_index[i], story_anchor(a)) for i, (a, c) in
                                       sorted(linked.items(), key=lambda x: x[1][1])]
    preds: list[Predicate] = []
    for tok in doc:
        if tok.i not in takes_part or not is_predicate(tok):
            continue
        tense, modality = tense_of(tok)
        negated = any(c.dep_ == "neg" for c in tok.children)
        anchor: Anchor | None = linked[tok.i][0] if tok.i in linked else None
        if anchor is None and tense == "past":
            anchor = _story_time(story, sent_index[tok.i], window, pub)
        elif anchor is None and tense == "present":
            anchor = pub
        parts = _trigger_parts(tok)
        start, end = parts[0].idx, parts[-1].idx + len(parts[-1].text)
        preds.append(Predicate(
            start=start + offset, end=end + offset, text=" ".join(p.text for p in parts),
            lemma=tok.lemma_.lower(), pos=tok.pos_, order=0, tense=tense, modality=modality, negated=negated,
            anchor=anchor, summary=summary_of(tok),
            participants=[mi for mi, _ in takes_part[tok.i]], roles=[r for _, r in takes_part[tok.i]],
            parts=[(p.idx + offset, p.idx + len(p.text) + offset) for p in parts],
        ))
    for m in mentions:
        m.start += offset
        m.end += offset
    return DocFacts(document.doc_id, str(document.meta.get("docid") or document.doc_id), document.pub_date,
                    mentions=mentions, predicates=preds,
                    sentences=[(str(i + 1), s.start_char + offset, s.end_char + offset) for i, s in enumerate(sents)])


def merge_pieces(document: Document, parts: list[DocFacts], error: str | None = None) -> DocFacts:
    """One document's facts from its pieces' (mention indices renumbered); sentences from the TimeML ``<s>``
    elements when the reader kept them, else spaCy's, numbered from 1."""
    out = DocFacts(document.doc_id, str(document.meta.get("docid") or document.doc_id), document.pub_date,
                   text=document.text, error=error, tokens=document.meta.get("tokens"))
    for p in parts:
        base = len(out.mentions)
        for m in p.mentions:
            if m.antecedent is not None:
                m.antecedent += base
            out.mentions.append(m)
        for pr in p.predicates:
            pr.participants = [i + base for i in pr.participants]
            out.predicates.append(pr)
        out.sentences.extend(p.sentences)
    given = document.meta.get("sentences")
    if given:
        out.sentences = [(str(s["id"]), int(s["start"]), int(s["end"])) for s in given]
    else:
        out.sentences = [(str(i + 1), s, e) for i, (_, s, e) in enumerate(out.sentences)]
    for i, pr in enumerate(out.predicates):
        pr.order = i
    return out
