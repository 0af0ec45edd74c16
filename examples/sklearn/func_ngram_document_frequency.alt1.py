import re
from collections import Counter

TOKEN = re.compile(r"(?u)\b\w\w+\b")


def ngram_document_frequency(docs, n=2):
    """Number of documents in which each word n-gram occurs.

    Words are lowercased tokens of two or more letters or digits
    (CountVectorizer's default tokenizer); a document counts once however
    often it repeats the n-gram. Returns a dict {ngram: count}; an empty
    dict when no document has n words.
    """
    counts = Counter()
    for doc in docs:
        words = TOKEN.findall(str(doc).lower())
        # a set per document so repeats inside one document count once
        counts.update({" ".join(words[i : i + n]) for i in range(len(words) - n + 1)})
    return dict(counts)


bigram_df = ngram_document_frequency(docs, n=2)
