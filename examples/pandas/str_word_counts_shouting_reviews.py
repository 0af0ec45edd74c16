# /// example
# task = """
# For the product reviews `docs` (a list of strings), write `review_features(texts)` returning \
# a DataFrame with one row per review in order and the columns `text` (the review), `n_words` \
# (the number of whitespace-separated words), `shouting` (True when every cased letter is upper \
# case, as `str.isupper` defines it) and `mentions_refund` (True when the text contains \
# `refund` in any letter case), and store its result for `docs` in `review_stats`."""
# prompt = """
# I'm screening product reviews (`docs`, a plain list of strings). Write \
# `review_features(texts)` that gives me a DataFrame with the `text`, its word count `n_words` \
# (split on any whitespace), a `shouting` flag for reviews written in all caps (Python's \
# `isupper` rule) and a `mentions_refund` flag for any review that says `refund`, whatever the \
# capitalisation; run it on `docs` into `review_stats`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { docs = 'reviews.docs' }
# checks = [
#     'list(review_stats.columns[:4]) == ["text", "n_words", "shouting", "mentions_refund"] and len(review_stats) == len(docs)',
#     'review_stats["n_words"].tolist() == [len(doc.split()) for doc in docs]',
#     'review_stats["shouting"].tolist() == [doc.isupper() for doc in docs]',
#     'review_stats["mentions_refund"].tolist() == ["refund" in doc.lower() for doc in docs]',
#     # capital letters and runs of spaces, which the default reviews do not contain
#     'review_features(["ASKED FOR A REFUND!!", "Refund please", "great  kettle 10/10", "OK 123"])["n_words"].tolist() == [len(t.split()) for t in ["ASKED FOR A REFUND!!", "Refund please", "great  kettle 10/10", "OK 123"]]',
#     'review_features(["ASKED FOR A REFUND!!", "Refund please", "great  kettle 10/10", "OK 123"])["shouting"].astype(bool).tolist() == [True, False, False, True]',
#     'review_features(["ASKED FOR A REFUND!!", "Refund please", "great  kettle 10/10", "OK 123"])["mentions_refund"].astype(bool).tolist() == [True, True, False, False]',
# ]
# difficulty = 'basic'
# tags = ['text-processing', 'derived-columns']
# edge_cases = true
# ///
import pandas as pd


def review_features(texts):
    text = pd.Series(texts, dtype="string")
    return pd.DataFrame(
        {
            "text": text,
            # split() without a pattern splits on runs of any whitespace and ignores the ends
            "n_words": text.str.split().str.len(),
            "shouting": text.str.isupper(),
            "mentions_refund": text.str.contains("refund", case=False, regex=False),
        }
    )


review_stats = review_features(docs)
