# /// example
# task = '''
# Write a function `count_hashtags` with the signature and docstring below.
#
# ```python
# def count_hashtags(posts):
#     """Count hashtags over a Series of social-media posts.
#
#     A hashtag is "#" followed by one or more letters, digits or
#     underscores; tags are counted case-insensitively (in lower case).
#     Missing posts and posts without tags contribute nothing. Returns an
#     int Series indexed by tag, most frequent first, ties in alphabetical
#     order; an empty Series when there are no tags at all.
#     """
# ```'''
# prompt = '''
# I want to see which hashtags come up most in a Series of posts. Write `count_hashtags(posts)`: \
# a tag is "#" plus letters/digits/underscores, count them ignoring case (report them in lower \
# case), skip missing posts, and return counts indexed by tag, most frequent first with ties \
# alphabetical; empty Series if nobody used a tag.'''
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'count_hashtags(pd.Series(["Love #Python and #pandas", "#python rocks", "no tags", None])).to_dict() == {"python": 2, "pandas": 1}',
#     'list(count_hashtags(pd.Series(["#b #a", "#c #a", "#B"])).index) == ["a", "b", "c"] and count_hashtags(pd.Series(["#b #a", "#c #a", "#B"])).tolist() == [2, 2, 1]',
#     'len(count_hashtags(pd.Series(["nothing here", None, "# not a tag"]))) == 0',
#     'pd.api.types.is_integer_dtype(count_hashtags(pd.Series(["#x #y #x"])))',
#     'count_hashtags(pd.Series(["#data_2024! #Data_2024, #ml."])).to_dict() == {"data_2024": 2, "ml": 1}',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'text-processing', 'counting']
# ///


def count_hashtags(posts):
    """Count hashtags over a Series of social-media posts.

    A hashtag is "#" followed by one or more letters, digits or
    underscores; tags are counted case-insensitively (in lower case).
    Missing posts and posts without tags contribute nothing. Returns an
    int Series indexed by tag, most frequent first, ties in alphabetical
    order; an empty Series when there are no tags at all.
    """
    # extractall gives one row per match: (post, match number) -> tag
    tags = posts.astype("string").str.extractall(r"#(\w+)")[0].str.lower()
    counts = tags.value_counts()
    # a stable sort by count keeps the alphabetical order of ties
    return counts.sort_index().sort_values(ascending=False, kind="stable")
