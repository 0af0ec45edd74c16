# /// example
# task = '''
# Write a function `wrap_labels` with the signature and docstring below.
#
# ```python
# def wrap_labels(labels, width=12):
#     """Break long category labels onto several lines for a plot axis.
#
#     `labels` is a Series of text. Each label is wrapped at spaces into
#     lines of at most `width` characters joined by "\\n" (a single word
#     longer than `width` is split). Labels that already fit are left as
#     they are; missing labels stay missing. Returns a Series with the
#     same index.
#     """
# ```'''
# prompt = '''
# My bar chart's category names are too long and overlap. Write `wrap_labels(labels, width=12)` \
# that takes a Series of label text and breaks each label at spaces into lines of at most \
# `width` characters joined with newlines (split a word only if it alone is longer than \
# `width`), leaving short labels and missing ones alone, same index.'''
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'wrap_labels(pd.Series(["a long label for the plot axis", "short"]), width=10).tolist() == ["a long\nlabel for\nthe plot\naxis", "short"]',
#     'wrap_labels(pd.Series(["Customer satisfaction index"])).tolist() == ["Customer\nsatisfaction\nindex"]',
#     'wrap_labels(pd.Series(["abcdefghij"]), width=4).tolist() == ["abcd\nefgh\nij"]',
#     '[v if isinstance(v, str) else None for v in wrap_labels(pd.Series([None, "ok"], index=[2, 1]), width=5)] == [None, "ok"] and list(wrap_labels(pd.Series([None, "ok"], index=[2, 1]), width=5).index) == [2, 1]',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'text-processing']
# ///
def wrap_labels(labels, width=12):
    """Break long category labels onto several lines for a plot axis.

    `labels` is a Series of text. Each label is wrapped at spaces into
    lines of at most `width` characters joined by "\\n" (a single word
    longer than `width` is split). Labels that already fit are left as
    they are; missing labels stay missing. Returns a Series with the
    same index.
    """
    # str.wrap follows textwrap: break at spaces, split only words longer than width
    return labels.str.wrap(width)
