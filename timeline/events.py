"""Event linking: for a DATE/TIME expression, the event it dates.

Given a parsed spaCy ``Doc`` and the character span of a time expression, :func:`link_timex` finds the
governing predicate through the dependency parse — the verb the expression modifies, or an event nominal
("invasion", "talks", "elections") when the expression sits inside that noun phrase — and reads off the
subject and object as phrases, the named entities involved (``actors``), modality and negation, the
sentence, and a headline-like ``summary``.

Attachment is a climb up the tree from the expression's head, with a few decisions the naive "first verb
above" climb gets wrong (each one measured on TimeBank with ``timeline eval events``):

* a time inside a PP or compound attached to an event nominal dates that nominal ("the 1998 elections",
  "talks on Tuesday"), while one attached to an ordinary noun keeps climbing ("the price in March rose");
* a copular clause is dated through its predicate ("was high in 1998" → "high"), as TimeBank does;
* a time in a relative clause or subordinate clause stays there; climbing never crosses a clause whose
  own verb it reached first;
* a time right after a reporting verb dates the saying ("said Tuesday his government told ..."); a
  participle describing an argument is not the event ("was found clinging ... Nov. 25" → found);
* amounts: a change verb is the event ("third-quarter sales dropped"), a stated amount is not ("net income
  was $2.1 million", "results included a charge" → the amount noun);
* ", when ..." after a time names the event on that time; a scheduled object has its own time
  ("scheduled a news conference Thursday").

Developed on AQUAINT + odd-numbered TimeBank files and checked on the even-numbered ones
(``timeline.eval.events.split_files``): a refinement stays only if it helps the first and does not hurt
the second.

Everything word-list-like (modal verbs, raising predicates, event nouns) is data below, not code.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

# ------------------------------------------------------------------------------------------- data

# Modal auxiliaries and what we print for them.
MODAL_AUX: dict[str, str] = {
    "will": "will", "'ll": "will", "wo": "will", "would": "would", "'d": "would", "could": "could",
    "can": "can", "ca": "can", "may": "may", "might": "might", "should": "should", "must": "must",
    "shall": "shall",
}
NEGATIONS = frozenset({"not", "n't", "never", "no"})

# Predicates that put the embedded event in an irrealis mood when they govern it via ``xcomp``
# ("expected to meet", "plans to visit"). Key: lemma, value: how the modality column shows it.
RAISING_PREDICATES: dict[str, str] = {
    "expect": "expected to", "plan": "plans to", "intend": "intends to", "hope": "hopes to",
    "want": "wants to", "seek": "seeks to", "aim": "aims to", "try": "tries to", "threaten": "threatens to",
    "promise": "promises to", "vow": "vows to", "pledge": "pledges to", "agree": "agreed to",
    "likely": "likely to", "unlikely": "unlikely to", "set": "set to", "schedule": "scheduled to",
    "due": "due to", "go": "going to", "propose": "proposes to", "consider": "considers", "refuse": "refused to",
    "fail": "failed to", "attempt": "attempts to", "prepare": "prepares to", "poise": "poised to",
}
# Subordinators that make the clause hypothetical.
CONDITIONAL_MARKS = frozenset({"if", "unless", "should"})

# Nouns that name events (TimeML's event nominals). Suffix rules below catch most derived nominals;
# this list holds the underived ones journalists use and the derived ones the suffix rules miss.
EVENT_NOUNS = frozenset("""
    war attack attacks strike strikes raid raids visit trip tour talks talk summit meeting meetings vote
    votes election elections poll polls referendum trial hearing sale sales deal deals crash collapse
    fall rise drop decline increase jump gain gains loss losses surge slump plunge rally growth cut cuts
    earnings profit profits income revenue results close opening revenues output spending deficit surplus
    merger takeover buyout bid offer acquisition purchase launch release
    death deaths birth murder killing killings bombing shooting fire blast explosion quake earthquake
    storm flood floods hurricane outbreak epidemic crisis conflict fighting battle invasion occupation
    ceasefire truce protest protests rally riot riots strike coup revolt uprising march
    speech address interview statement announcement remarks visit arrival departure return
    ban embargo sanctions boycott blockade siege
    conference forum session meeting ceremony celebration festival games olympics cup final match race
    campaign tour journey flight voyage mission operation offensive counteroffensive withdrawal
    decision ruling verdict sentence appeal review probe inquiry investigation
    agreement accord treaty pact settlement negotiation negotiations
    transition change move shift reform policy
    rescue evacuation escape arrest detention release kidnapping hijacking
    test tests trade trading session
""".split())
# Amounts reported for a period ("third-quarter net income rose", "sales in 1990 will rise"): when such a
# noun is the subject of a verb, the verb is the event the period dates.
QUANTITY_NOUNS = frozenset("""
    income earnings sales profit profits revenue revenues output spending deficit surplus expenditure
    expenditures results loss losses volume production exports imports growth
""".split())
# Verbs of change in amount: "third-quarter net income rose" dates the rise. With any other verb ("results
# included a charge", "sales were $1.7 billion", "losses totaled $5 million") the amount noun is the event.
CHANGE_VERBS = frozenset("""
    rise fall drop decline increase decrease jump gain climb surge soar plunge plummet slump slip slide tumble
    sink dip grow shrink double triple halve rebound recover advance retreat ease edge swell widen narrow
    improve worsen deteriorate fluctuate
""".split())
# Verbs that only state an amount ("net income was $2.1 million", "losses totaled $5 million").
MEASURE_VERBS = frozenset({"be", "total", "amount", "stand", "reach", "come", "exceed", "equal"})
# Nouns with event-like suffixes that are nonetheless things, places or groups.
NON_EVENT_NOUNS = frozenset("""
    nation station department government administration organization organisation institution
    population position portion region nation section edition commission commissioner minister ministry
    parliament apartment equipment environment moment document instrument agreement_text
    official capital national international council individual
    nothing something anything everything morning evening building thing king wing ring spring
    ceiling earnings_per_share
""".split())
EVENT_NOUN_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ure", "ing", "al", "sis")

# Dependents that are their own clause or aside: they are not part of a headline for their head.
_CLAUSE_DEPS = frozenset({"advcl", "relcl", "acl", "parataxis", "appos", "csubj", "mark", "discourse", "intj",
                          "meta", "dep", "preconj"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")
_OBJECT_DEPS = ("dobj", "obj", "attr", "oprd", "dative", "acomp")
_QUOTES = frozenset({'"', "“", "”", "‘", "’", "'", "``", "''", "«", "»"})
# Named-entity labels that count as actors (who or where), not dates, money or quantities.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})

# Verbs whose own meaning is thin: with an event nominal as object, the nominal is the event
# ("had a loss", "held talks", "carried out an inspection").
LIGHT_VERBS = frozenset({"hold", "carry", "conduct", "stage", "undergo"})
# Aspectual verbs: TimeBank dates the aspectual ("began to fall apart in mid-1996"), not its complement.
ASPECTUAL_VERBS = frozenset({"begin", "start", "continue", "stop", "cease", "finish", "end", "resume",
                             "complete", "keep", "quit"})
# Verbs whose object is an event placed at its own time ("scheduled a news conference for Thursday",
# "planned a demonstration on Saturday", "postponed the vote until May"): the time dates the object.
SCHEDULING_VERBS = frozenset({"schedule", "reschedule", "plan", "postpone", "delay", "defer", "cancel",
                              "call", "set"})
# Nouns naming a period: "the quarter ended Sept. 30" is one time expression, not an "end" event.
PERIOD_NOUNS = frozenset({"quarter", "year", "month", "week", "period", "half", "day", "season", "term"})
PERIOD_VERBS = frozenset({"end", "begin", "start", "close"})

MAX_PHRASE_TOKENS = 10
MAX_SUMMARY_TOKENS = 24


# ------------------------------------------------------------------------------------------- type


@dataclass
class Event:
    """The event a time expression dates, with who, what and how sure."""

    trigger: str  # the predicate word as it appears ("visited", "invasion")
    trigger_lemma: str
    trigger_start: int  # character offsets of the trigger in the document
    trigger_end: int
    trigger_pos: str  # VERB, NOUN, ADJ ...
    subject: str = ""
    object: str = ""
    actors: list[str] = field(default_factory=list)
    modality: str = ""  # "", "will", "could", "not", "expected to", "would not" ...
    negated: bool = False
    sentence: str = ""
    summary: str = ""  # headline-like: "the minister visited Pyongyang and met with Kim"
    attachment: str = ""  # which attachment decision picked the trigger (provenance)


# ------------------------------------------------------------------------------------------- helpers


def is_event_nominal(tok: Token) -> bool:
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in ACTOR_LABELS:
        return False
    lemma = tok.lemma_.lower()
    low = tok.lower_
    if low in NON_EVENT_NOUNS or lemma in NON_EVENT_NOUNS:
        return False
    if lemma in EVENT_NOUNS or low in EVENT_NOUNS:
        return True
    return tok.pos_ == "NOUN" and len(low) > 5 and low.endswith(EVENT_NOUN_SUFFIXES)


def _is_predicate(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX")


def _copular_predicate(verb: Token) -> Token | None:
    """For a copula 'be' the event is its predicate: 'was high' → high, 'was a success' → success."""
    if verb.lemma_ != "be":
        return None
    for c in verb.children:
        if c.dep_ in ("acomp", "attr") and c.pos_ in ("ADJ", "NOUN", "PROPN", "VERB"):
            return c
    return None


def _climb(root: Token, inside: set[int]) -> tuple[Token | None, str]:
    """The predicate a time expression headed by ``root`` dates, and the name of the decision."""
    h = root
    via_prep = False
    for _ in range(64):  # a parse is a tree, but never trust that enough to loop forever
        head = h.head
        if head.i == h.i:  # reached the sentence root without passing a predicate
            return None, "root"
        dep = h.dep_
        if dep == "conj" and head.i not in inside and head.ent_type_ in ("DATE", "TIME"):
            # "in 1990 and 1991": the second date shares the first one's attachment
            h = head
            continue
        if head.pos_ == "ADP" or dep == "pobj":
            via_prep = True
            h = head
            continue
        if _is_predicate(head) and head.lemma_ in PERIOD_VERBS and head.dep_ in ("acl", "relcl") \
                and head.head.lemma_ in PERIOD_NOUNS:
            # "the quarter ended Sept. 30": the whole phrase is the time; date what the period dates
            inside.update(t.i for t in head.subtree)
            h = head.head
            via_prep = False
            continue
        if _is_predicate(head):
            cop = _copular_predicate(head)
            if cop is not None and cop.i not in inside:
                return cop, "copula"
            return head, "prep-verb" if via_prep else f"{dep}-verb"
        if head.pos_ in ("NOUN", "PROPN") and is_event_nominal(head):
            return head, "prep-nominal" if via_prep else f"{dep}-nominal"
        if head.pos_ == "ADJ" and head.dep_ in ("acomp", "ROOT", "conj", "amod") and dep in ("prep", "npadvmod"):
            # "likely in March", "higher than in 1998": the adjective is the (stative) predicate
            return head, "adj"
        h = head
        via_prep = False
    return None, "loop"


def _when_clause(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'in 1979 when the Soviet Union invaded': the clause on the time names the event."""
    for c in root.children:
        if c.dep_ in ("relcl", "advcl", "acl") and _is_predicate(c) and any(
                g.lower_ == "when" for g in c.children):
            return c, "when-clause"
    # the parser often hangs the clause on the verb instead: "a year ago, when the industry enjoyed ...".
    # Only with the comma: a non-restrictive "when" describes the time; "was killed Thursday when robbers
    # opened fire" is an adverbial clause on the verb, and TimeBank dates the verb.
    k = max(inside) + 1
    doc = root.doc
    if k + 1 < len(doc) and doc[k].text == ",":
        k += 1
    else:
        return pred, how
    if k < len(doc) and doc[k].lower_ == "when" and _is_predicate(doc[k].head) and doc[k].head.i > k \
            and doc[k].head.i != pred.i:
        return doc[k].head, "when-clause"
    return pred, how


def _preceding_nominal(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'condemned the invasion of Kuwait on Aug. 2', 'at a news conference Friday', 'In early trading
    Monday, the index fell': a time right after an event nominal dates the nominal (the parser prefers
    high attachment to the verb; TimeBank's annotators the low one)."""
    if not how.endswith("-verb"):
        return pred, how
    first = min(inside)
    if root.head.pos_ == "ADP" and root.head.i < first:
        first = root.head.i
    if first == 0 or first - 1 == pred.i:
        return pred, how
    t = root.doc[first - 1]
    for _ in range(8):
        if t.i == pred.i or t.i in inside or t.i >= first:
            break
        fronted_ok = pred.i < root.i
        if is_event_nominal(t) and fronted_ok and t.lemma_.lower() not in QUANTITY_NOUNS and not (t.head.i == pred.i and t.dep_ in ("dobj", "attr")
                                                                           and pred.lemma_ not in SCHEDULING_VERBS):
            # (the verb's own direct object is its argument, not a separate event: "issued their warning";
            # but a scheduled event has its own time: "scheduled a news conference Thursday")
            return t, "preceding-nominal"
        if t.pos_ not in ("NOUN", "PROPN", "ADP", "NUM", "ADJ", "DET", "PRON", "PART", "SYM") and not t.is_punct:
            break
        if t.head.i == t.i:
            break
        t = t.head
    return pred, how


def _is_quantity(tok: Token) -> bool:
    # "sales" and "results" lemmatize to "sale", "result": look at the word form too
    return tok.lemma_.lower() in QUANTITY_NOUNS or tok.lower_ in QUANTITY_NOUNS


def _quantity_subject(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    if pred.lemma_.lower() in MEASURE_VERBS and how.endswith("-verb"):
        # "A year earlier, net income was $2.1 million", "losses totaled $5 million": the amount is the event
        for c in pred.children:
            if c.dep_ in ("nsubj", "nsubjpass") and _is_quantity(c) and is_event_nominal(c) and c.i not in inside:
                return c, "quantity-measured"
    if _is_quantity(pred) and pred.dep_ in ("nsubj", "nsubjpass") and _is_predicate(pred.head) \
            and pred.head.lemma_.lower() in CHANGE_VERBS:
        return pred.head, "quantity-subject"
    return pred, how


REPORTING_VERBS = frozenset({"say", "tell", "report", "announce", "add", "state", "claim", "note", "argue",
                             "insist", "confirm", "warn", "predict", "estimate", "expect", "believe", "think"})


def _reporting_complement(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'said it had a loss for the quarter': a time inside the span of the reported clause belongs to that
    clause even when the parser hangs it on the reporting verb (it does, for clause-final PPs)."""
    if pred.lemma_ not in REPORTING_VERBS or not how.endswith("-verb"):
        return pred, how
    for c in pred.children:
        if c.dep_ == "ccomp" and c.i < root.i and c.left_edge.i > pred.i:
            return c, "reported-clause"
    return pred, how


def _after_reporting_verb(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'police said on Tuesday they had arrested 14', 'Castro said Tuesday his government told': a time right
    after a reporting verb, before its complement starts, dates the saying (TimeBank's convention; the
    parser often hangs it on the complement's verb)."""
    if root.dep_ not in ("npadvmod", "pobj", "advmod", "tmod", "obl"):
        return pred, how
    first = min(inside)
    if root.dep_ == "pobj" and root.head.i == first - 1:
        first = root.head.i
    if first == 0:
        return pred, how
    verb = root.doc[first - 1]
    if verb.lemma_ not in REPORTING_VERBS or not _is_predicate(verb) or verb.i == pred.i:
        return pred, how
    # the complement must follow the time and contain the predicate we found
    if pred.i > max(inside) and verb in pred.ancestors:
        return verb, "after-reporting-verb"
    return pred, how


def _secondary_predicate(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'was found clinging to an inner tube Nov. 25', 'were reported killed in recent days': a participle
    describing the state of the main verb's argument is not the event; the main verb is."""
    if pred.tag_ in ("VBG", "VBN") and pred.dep_ in ("xcomp", "oprd") and _is_predicate(pred.head) \
            and not any(c.dep_ == "aux" and c.lower_ == "to" for c in pred.children):
        return pred.head, "secondary-predicate"
    return pred, how


def _light_verb(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    if pred.lemma_ in LIGHT_VERBS:
        for c in pred.children:
            if c.dep_ == "dobj" and is_event_nominal(c):
                return c, "light-verb"
    return pred, how


def _aspectual(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    if pred.dep_ == "xcomp" and pred.head.lemma_ in ASPECTUAL_VERBS:
        return pred.head, "aspectual"
    return pred, how


# Applied in order after the climb; each may replace the predicate. Measured one by one on TimeBank.
REFINEMENTS = [_secondary_predicate, _after_reporting_verb, _reporting_complement, _when_clause, _preceding_nominal, _quantity_subject, _light_verb, _aspectual]


FALLBACK_REACH = 60  # tokens either side; past that a predicate is no longer "nearest" in any useful sense


def _fallback(sent: Span, root: Token, inside: set[int]) -> tuple[Token | None, str]:
    """A time that heads its own fragment ("Tuesday, 5 September"): nearest predicate in the sentence.

    Searched outward from the time (left first at equal distance), so a run-on "sentence" with thousands
    of times costs each of them a bounded walk, not the whole sentence.
    """
    doc = sent.doc
    for d in range(1, FALLBACK_REACH + 1):
        for i in (root.i - d, root.i + d):
            if not (sent.start <= i < sent.end) or i in inside:
                continue
            t = doc[i]
            if not (_is_predicate(t) or is_event_nominal(t)):
                continue
            if t.pos_ == "AUX" and t.dep_ in ("aux", "auxpass"):
                continue
            return t, "nearest"
    return None, "none"


def _phrase_tokens(tok: Token, exclude: set[int]) -> list[Token]:
    """A readable phrase for ``tok``: its subtree without clauses, asides and the time expression."""
    drop: set[int] = set(exclude)
    for c in tok.children:
        if c.dep_ in _CLAUSE_DEPS or (c.dep_ == "punct" and c.i != tok.i):
            drop.update(x.i for x in c.subtree)
    toks = [t for t in tok.subtree if t.i not in drop]
    if len(toks) > MAX_PHRASE_TOKENS:
        # keep the noun's own modifiers (names, titles) but not its PPs: "the governor", "Defence Minister Ivanov"
        keep = {tok.i}
        for c in tok.children:
            if c.dep_ in ("compound", "amod", "poss", "det", "nummod", "flat", "case", "neg") and c.i < tok.i:
                keep.update(x.i for x in c.subtree if x.i not in drop)
        toks = [t for t in tok.subtree if t.i in keep]
        if len(toks) > MAX_PHRASE_TOKENS:
            toks = [t for t in toks if t.i >= tok.i - MAX_PHRASE_TOKENS + 1]
    return _trim(toks)


# Words that open a subordinate clause; a headline does not start with them ("when Grant proposed").
LEADING_SUBORDINATORS = frozenset({"when", "while", "after", "before", "as", "since", "because", "whereas"})
# Punctuation that opens an aside or a second clause: a headline stops there.
_CLAUSE_BREAKS = frozenset({"–", "—", "--", ";", ":", "(", "["})


def _trim(toks: list[Token], cut_after: int | None = None) -> list[Token]:
    toks = [t for t in toks if t.text not in _QUOTES]
    if cut_after is not None:
        for k, t in enumerate(toks):
            if t.i > cut_after and t.text in _CLAUSE_BREAKS:
                toks = toks[:k]
                break
    # drop the comma a removed apposition or time phrase leaves behind ("Ivanov , told")
    toks = [t for k, t in enumerate(toks)
            if not (t.is_punct and t.text not in _CLAUSE_BREAKS and (
                (k > 0 and toks[k - 1].i != t.i - 1) or (k + 1 < len(toks) and toks[k + 1].i != t.i + 1)))]
    while toks and (toks[0].is_punct or toks[0].dep_ in ("cc", "mark") or toks[0].lower_ in LEADING_SUBORDINATORS):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
        toks = toks[:-1]
    return toks


def _join(toks: list[Token]) -> str:
    out = []
    for k, t in enumerate(toks):
        out.append(t.text)
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None:
            adjacent = nxt.i == t.i + 1
            out.append(t.whitespace_ if adjacent else " ")
    return " ".join("".join(out).split())


def _subject_token(pred: Token) -> Token | None:
    """Grammatical subject; for conjuncts, xcomps and relative clauses, the one they inherit."""
    seen = 0
    t = pred
    while seen < 8:
        for c in t.children:
            if c.dep_ in _SUBJECT_DEPS and c.dep_ != "expl":
                return c
        if t.dep_ in ("conj", "xcomp") and t.head.i != t.i:
            t = t.head
        elif t.dep_ in ("relcl", "acl") and t.head.i != t.i:
            return t.head
        else:
            return None
        seen += 1
    return None


def _object_tokens(pred: Token, exclude: set[int]) -> list[Token]:
    for c in pred.children:
        if c.dep_ in _OBJECT_DEPS and c.i not in exclude:
            return _phrase_tokens(c, exclude)
    if pred.pos_ in ("NOUN", "PROPN"):
        for c in pred.children:  # "invasion of Ukraine", "talks with Moscow"
            if c.dep_ == "prep" and c.lower_ in ("of", "with", "against", "on", "between") and c.i not in exclude:
                toks = _phrase_tokens(c, exclude)
                if len(toks) > 1:
                    return toks
        return []
    for c in pred.children:  # "met with Kim", "travels to Vladivostok"
        if c.dep_ == "prep" and c.i not in exclude and not any(x.i in exclude for x in c.subtree):
            toks = _phrase_tokens(c, exclude)
            if len(toks) > 1:
                return toks
    return []


def _modality(pred: Token) -> tuple[str, bool]:
    parts: list[tuple[int, str]] = []
    negated = False
    chain = [pred]
    # the verb group: for a copular predicate the auxiliaries hang off the copula
    if pred.dep_ in ("acomp", "attr") and pred.head.lemma_ == "be":
        chain.append(pred.head)
    for v in chain:
        for c in v.children:
            low = c.lower_
            if c.dep_ in ("aux", "auxpass") and low in MODAL_AUX:
                parts.append((c.i, MODAL_AUX[low]))
            elif c.dep_ == "neg" or (c.dep_ == "advmod" and low in NEGATIONS):
                parts.append((c.i, "not"))
                negated = True
            elif c.dep_ == "mark" and low in CONDITIONAL_MARKS:
                parts.append((c.i, "if"))
    # "was going to", "expected to", "plans to": governing predicates of an xcomp chain
    t = pred
    hops = 0
    while t.dep_ == "xcomp" and t.head.i != t.i and hops < 4:
        t = t.head
        hops += 1
        lemma = t.lemma_.lower()
        if lemma in RAISING_PREDICATES:
            parts.append((t.i, RAISING_PREDICATES[lemma]))
        for c in t.children:
            if c.dep_ in ("aux", "auxpass") and c.lower_ in MODAL_AUX:
                parts.append((c.i, MODAL_AUX[c.lower_]))
            elif c.dep_ == "neg":
                parts.append((c.i, "not"))
                negated = True
    parts.sort()
    seen: list[str] = []
    for _, p in parts:
        if p not in seen:
            seen.append(p)
    return " ".join(seen), negated


def _headline_tokens(pred: Token, exclude: set[int], other_times: set[int] = frozenset()) -> list[Token]:
    """The clause of ``pred`` as a headline: subject, verb group, objects, coordinated predicates."""
    # A nominal that is an argument of a verb reads better with its verb: "Russia launched an invasion".
    anchor = pred
    if pred.pos_ in ("NOUN", "PROPN") and pred.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and _is_predicate(pred.head):
        anchor = pred.head
    # A subject-less non-finite clause ("quoted the minister as saying") reads better as its governing clause.
    hops = 0
    while anchor.dep_ in ("pcomp", "advcl", "xcomp", "acl") and _subject_token(anchor) is None and hops < 3:
        up = anchor.head.head if anchor.head.pos_ == "ADP" else anchor.head
        if not _is_predicate(up) or up.i == anchor.i:
            break
        anchor = up
        hops += 1
    # The headline covers a coordination the time expression scopes over: "visited X and met Y in July".
    # A conjunct with its own date is a separate event: do not climb into it, and leave it out.
    def dated(t: Token) -> bool:
        return any(c.i in other_times for c in t.children if c.dep_ not in ("conj", "cc")
                   for _ in [0]) or any(x.i in other_times for c in t.children if c.dep_ not in ("conj", "cc")
                                        for x in c.subtree)

    top = anchor
    while top.dep_ == "conj" and _is_predicate(top.head) and _is_predicate(top) and not dated(top.head):
        top = top.head
    drop: set[int] = set(exclude)
    for t in top.subtree:
        if t.dep_ == "conj" and _is_predicate(t) and t.i != anchor.i and anchor not in list(t.subtree) \
                and dated(t):
            drop.update(x.i for x in t.subtree)
            drop.update(c.i for c in t.head.children if c.dep_ == "cc" or (c.is_punct and c.i < t.i))
    for t in top.subtree:
        if t.i in drop:
            continue
        if t.dep_ in _CLAUSE_DEPS and t.i != top.i or (t.dep_ == "prep" and any(x.i in exclude for x in t.subtree)
                                                        and len([x for x in t.subtree if x.i not in exclude]) <= 1):
            drop.update(x.i for x in t.subtree)
    # a time expression's own preposition ("on Tuesday") and stray punctuation go
    for i in list(exclude):
        h = pred.doc[i].head
        if h.dep_ == "prep" and h.i not in exclude and all(x.i in exclude or x.i == h.i for x in h.subtree):
            drop.add(h.i)
    toks = [t for t in top.subtree if t.i not in drop]
    subj = _subject_token(top)
    if subj is not None and subj.i not in {t.i for t in toks}:
        toks = _phrase_tokens(subj, exclude) + toks
    # Long clauses: drop fronted material (a quote before "X said"), then the largest side phrases,
    # never the subject, the verb group or the object/complement; finally cut with an ellipsis.
    if len(toks) > MAX_SUMMARY_TOKENS:
        kept = {t.i for t in toks}
        core = {"nsubj", "nsubjpass", "aux", "auxpass", "neg", "prt", "dobj", "ccomp", "xcomp", "attr", "acomp",
                "conj", "cc"}
        subj_i = subj.i if subj is not None else top.i
        side = [c for c in top.children if c.dep_ not in core and c.i != pred.i and pred not in list(c.subtree)]
        fronted = [c for c in top.children if c.i < subj_i and c.dep_ not in ("nsubj", "nsubjpass", "aux", "neg")]
        for c in fronted + sorted(side, key=lambda c: -len(list(c.subtree))):
            if len(kept) <= MAX_SUMMARY_TOKENS:
                break
            kept -= {x.i for x in c.subtree}
        toks = [t for t in toks if t.i in kept]
        if len(toks) > MAX_SUMMARY_TOKENS:
            toks = toks[:MAX_SUMMARY_TOKENS]
            return _trim(toks, top.i) + [_ELLIPSIS]
    return _trim(toks, top.i)


class _Ellipsis:
    text = "…"
    i = -1
    whitespace_ = ""
    is_punct = False
    dep_ = ""


_ELLIPSIS = _Ellipsis()


def _actors(pred: Token, summary_toks: list, exclude: set[int]) -> list[str]:
    idx = {t.i for t in summary_toks}
    subj = _subject_token(pred)
    if subj is not None:
        idx.update(t.i for t in subj.subtree)
    out: list[str] = []
    for ent in pred.doc.ents:
        if ent.label_ not in ACTOR_LABELS:
            continue
        if any(t.i in idx for t in ent) and not any(t.i in exclude for t in ent):
            name = ent.text.strip()
            for pre in ("the ", "The "):
                if name.startswith(pre):
                    name = name[len(pre):]
            if name.endswith("'s") or name.endswith("’s"):
                name = name[:-2]
            if name and name not in out:
                out.append(name)
    return out


# ------------------------------------------------------------------------------------------- API


def link_span(doc: Doc, span: Span, other_times: set[int] | frozenset[int] = frozenset()) -> Event | None:
    """The event the time expression ``span`` dates, or None when its sentence has no predicate.

    ``other_times``: token indices of the document's *other* time expressions; a coordinated clause that
    has its own date is left out of this one's headline ("began in 1996 and opened on May 30, 1998").
    """
    inside = {t.i for t in span}
    if not other_times:
        other_times = time_token_indices(doc)
    root = span.root
    pred, how = _climb(root, inside)
    if pred is not None:
        for refine in REFINEMENTS:
            pred, how = refine(pred, how, root, inside)
    if pred is None:
        pred, how = _fallback(root.sent, root, inside)
    if pred is None:
        return None
    # For phrases and the headline, drop the whole time phrase: its modifiers ("Right now") and its
    # preposition ("on Tuesday") read as noise without it.
    time_phrase = {t.i for t in root.subtree}
    if pred.i in time_phrase:  # "in 1979 when the Soviet Union invaded": keep the clause on the time
        time_phrase -= {t.i for t in pred.subtree}
    hide = set(inside) | time_phrase
    # ...and the words left dangling around it ("for most of 2005"): climb while a head has nothing else
    t = root
    for _ in range(4):
        h = t.head
        if h.i == t.i or h.i == pred.i or _is_predicate(h) or not all(x.i in hide or x.i == h.i for x in h.subtree) \
                or h.dep_ in _SUBJECT_DEPS or h.dep_ in _OBJECT_DEPS:  # "Third-quarter sales dropped": keep "sales"
            break
        hide.add(h.i)
        t = h
    inside = hide
    summary = _headline_tokens(pred, inside, set(other_times) - inside)
    subj = _subject_token(pred)
    if pred.pos_ in ("NOUN", "PROPN") and subj is None:
        for c in pred.children:  # "Russia's invasion"
            if c.dep_ == "poss":
                subj = c
    modality, negated = _modality(pred)
    return Event(
        trigger=pred.text,
        trigger_lemma=pred.lemma_.lower(),
        trigger_start=pred.idx,
        trigger_end=pred.idx + len(pred.text),
        trigger_pos=pred.pos_,
        subject=_join(_phrase_tokens(subj, inside)) if subj is not None else "",
        object=_join(_object_tokens(pred, inside)),
        actors=_actors(pred, [t for t in summary if isinstance(t, Token)], inside),
        modality=modality,
        negated=negated,
        sentence=" ".join(root.sent.text.split()),
        summary=_join(summary),
        attachment=how,
    )


def time_token_indices(doc: Doc) -> set[int]:
    """Token indices covered by the document's time expressions (``doc._.timexes`` when the ``timex``
    component ran)."""
    out: set[int] = set()
    timexes = doc._.timexes if Doc.has_extension("timexes") else None
    for t in timexes or []:
        sp = doc.char_span(t.start, t.end, alignment_mode="expand")
        if sp is not None:
            out.update(x.i for x in sp)
    return out


def link_timex(doc: Doc, start: int, end: int) -> Event | None:
    """The event dated by the time expression at characters ``[start, end)`` of ``doc``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return link_span(doc, span)


def link_timexes(doc: Doc, spans) -> list[Event | None]:
    """:func:`link_timex` for each ``(start, end)`` in ``spans`` (or objects with ``.start``/``.end``)."""
    out = []
    for s in spans:
        a, b = (s.start, s.end) if hasattr(s, "start") else s
        out.append(link_timex(doc, a, b))
    return out
