"""The cached NER feature path (per-word neighbour strings, gazetteer first-word filter, cached
name keys and token spans) gives exactly the features of the plain computation it replaced:
a model trained on one must tag alike with the other."""

from __future__ import annotations

from dragoman.entities import features as feat
from dragoman.entities.gazetteer import MAX_ENTRY_TOKENS, gazetteer_tags
from dragoman.entities.kb import name_key, token_key
from dragoman.entities.tokenize import _TOKEN, tokenize


def _plain_gazetteer(keys: list[str], stems: list[str], entries: frozenset[str]) -> list[str]:
    n, tags, i = len(keys), [""] * len(keys), 0
    while i < n:
        matched = 0
        for length in range(min(MAX_ENTRY_TOKENS, n - i), 0, -1):
            if any(" ".join([first, *keys[i + 1 : i + length]]) in entries
                   for first in {keys[i], stems[i]}):
                matched = length
                break
        if matched:
            tags[i : i + matched] = ["B"] + ["I"] * (matched - 1)
            i += matched
        else:
            i += 1
    return tags


def _plain_window(i: int, keys: list[tuple[str, str]], gaz: list[str]) -> list[str]:
    n, feats = len(keys), []
    if gaz[i]:
        feats.append("gz=" + gaz[i])
    if i > 0 and gaz[i - 1]:
        feats.append("-1gz")
    if i < n - 1 and gaz[i + 1]:
        feats.append("+1gz")
    if i == 0:
        feats.append("BOS")
    if i == n - 1:
        feats.append("EOS")
    for off in (-2, -1, 1, 2):
        j = i + off
        if 0 <= j < n:
            feats.append(f"{off}w={keys[j][0]}")
            if off in (-1, 1):
                feats.append(f"{off}c={keys[j][1]}")
        elif off in (-1, 1):
            feats.append(f"{off}w=<pad>")
    if i > 0:
        feats.append(f"bg-={keys[i - 1][0]}|{keys[i][0]}")
    if i < n - 1:
        feats.append(f"bg+={keys[i][0]}|{keys[i + 1][0]}")
    return feats


def _plain_features(tokens: list[str], language: str, gazetteer: frozenset[str],
                    lexicon: frozenset[str] | None, letters: object = None,
                    context: list[tuple[str, ...]] | None = None) -> list[list[str]]:
    stems = feat._stems(language)
    tokens = [t[: feat.MAX_WORD_CHARS] for t in tokens]
    words = [feat._word(t, stems) for t in tokens]
    keys = [feat._context_key(t, stems) for t in tokens]
    gaz = _plain_gazetteer([w[1] for w in words], [w[2] for w in words], gazetteer)
    nb, vec = feat._learned_keys(tokens, language, letters, None)  # type: ignore[arg-type]
    out = []
    for i in range(len(tokens)):
        feats = ["b", *words[i][0], *feat._learned_features(i, vec, nb, context)]
        if lexicon is not None and words[i][1] not in lexicon:
            feats.append("rare")
        out.append(feats + _plain_window(i, keys, gaz))
    return out


SENTENCES = [
    ("en", "Mayor Ines Halvorsen of New Brackton told reporters on Tuesday that the port reopens ."),
    ("en", "Brackton"),
    ("en", "In New York , New York City officials met U.S. envoys ."),
    ("de", "Die Bürgermeisterin von Neu Brackton sagte am Dienstag , der Hafen öffne wieder ."),
    ("ar", "وقال رئيس بلدية نيو براكتون إن الميناء سيفتح مجددا في القاهرة الجديدة ."),
    ("fr", "À Paris , la maire a parlé ."),
]
GAZETTEER = frozenset({"new brackton", "new york", "new york city", "paris", "القاهره",
                       "القاهره الجديده", "brackton"})
LEXICON = frozenset({"the", "port", "of", "on", "that", "told", "in", "و", "قال"})


def test_features_equal_the_plain_computation() -> None:
    for language, sentence in SENTENCES:
        tokens = sentence.split()
        for lexicon in (None, LEXICON):
            assert feat.sentence_features(tokens, language, GAZETTEER, lexicon) == _plain_features(
                tokens, language, GAZETTEER, lexicon)
        context: list[tuple[str, ...]] = [(f"ctx={k % 3}",) for k in range(len(tokens))]
        assert feat.sentence_features(tokens, language, GAZETTEER, LEXICON, lambda w: "2",
                                   None, context) == _plain_features(
            tokens, language, GAZETTEER, LEXICON, lambda w: "2", context)


def test_gazetteer_first_word_filter_keeps_every_match() -> None:
    keys = ["x", "new", "york", "city", "y", "paris", "new", "brackton", "brackton", "new"]
    assert gazetteer_tags(keys, keys, GAZETTEER) == _plain_gazetteer(keys, keys, GAZETTEER)
    stems = [k[1:] if k.startswith("w") else k for k in ["wparis", "new", "york"]]
    assert gazetteer_tags(["wparis", "new", "york"], stems, GAZETTEER) == ["B", "B", "I"]


def test_cached_spans_and_keys_equal_fresh_ones() -> None:
    for text in ("Mr. Ines Halvorsen's", "الرئيس عبد الفتاح السيسي", "U.S. Secretary", "x" * 200):
        fresh = [m.span() for m in _TOKEN.finditer(text)]
        assert tokenize(text) == fresh and tokenize(text) == fresh  # cached the second time
        spans = tokenize(text)
        spans.append((0, 0))  # a caller's list is its own
        assert tokenize(text) == fresh
        assert name_key(text) == " ".join(k for a, b in fresh if text[a:b] not in ("'s", "’s")
                                          and (k := token_key(text[a:b])))


def test_letter_group_pattern_reads_as_the_group_loop() -> None:
    from dragoman.entities import transliterate as tr

    def plain(word: str) -> list[str]:
        out, i = [], 0
        while i < len(word):
            for group, cls in tr._LATIN_GROUPS:
                if word.startswith(group, i):
                    out.append(cls)
                    i += len(group)
                    break
            else:
                out.append(tr._LATIN_SINGLE.get(word[i], "") if word[i] != "c" else
                           ("S" if word[i + 1 : i + 2] and word[i + 1] in "eiy" else "K"))  # final c: K
                i += 1
        return out

    words = ["tschaikowsky", "schmidt", "thatcher", "khashoggi", "zhukov", "djokovic", "quixote",
             "blitz", "phillips", "ceci", "xochitl", "dhaka", "cascade", "c", "sch", "tsc"]
    for word in words:
        prepared = tr._latin_prepare(word)
        assert list(tr._latin(word)) == plain(prepared)
