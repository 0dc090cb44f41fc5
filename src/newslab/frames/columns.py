"""The columns of every table, defined once: an empty result keeps them."""

ENTITY_COLUMNS = ["start", "end", "text", "label", "canonical", "sentence", "paragraph"]
MENTION_COLUMNS = ["canonical", "label", "mentions", "first_paragraph", "forms"]
CHAIN_COLUMNS = ["chain", "label", "text", "kind", "sentence", "paragraph", "start", "end"]
SENTENCE_COLUMNS = ["sentence", "paragraph", "start", "end", "text"]
QUOTE_COLUMNS = [
    "speaker",
    "named",
    "kind",
    "cue",
    "text",
    "sentence",
    "paragraph",
    "start",
    "end",
]
TIMEX_COLUMNS = [
    "text",
    "type",
    "value",
    "start_date",
    "end_date",
    "how",
    "sentence",
    "paragraph",
    "start",
    "end",
]
TIMELINE_COLUMNS = [
    "start_date",
    "end_date",
    "when",
    "value",
    "event",
    "people",
    "places",
    "organisations",
    "speaker",
    "uncertain",
    "how",
    "paragraph",
    "kind",
]
SOURCE_COLUMNS = [
    "source",
    "named",
    "description",
    "statements",
    "direct",
    "indirect",
    "mixed",
    "words_quoted",
    "first_paragraph",
]
COMPARISON_COLUMNS = ["text", "spacy_label", "newslab_text", "newslab_label", "changed"]
COOCCURRENCE_COLUMNS = ["first", "second", "sentences"]
