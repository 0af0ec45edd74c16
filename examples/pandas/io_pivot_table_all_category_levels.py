# /// example
# task = """
# Build `feedback` below, whose `rating` is an ordered categorical with the levels poor < fair < \
# good < great, and count the ratings per `store` in `counts`: one row per store, one column per \
# rating level in level order, all four levels included (0 where nobody gave it).
#
# ```text
#    store rating
# 0  north   good
# 1  south   fair
# 2  north  great
# 3  south   good
# 4  north   good
# 5  south   fair
# ```
#
# Wanted `counts`:
#
# ```text
# rating  poor  fair  good  great
# store
# north      0     0     2      1
# south      0     2     1      0
# ```"""
# prompt = """
# My `feedback` has an ordered `rating` (poor, fair, good, great). I want a count table `counts` \
# with stores as rows and every rating level as a column in that order, including "poor" even \
# though no one picked it:
#
# ```text
#    store rating
# 0  north   good
# 1  south   fair
# 2  north  great
# 3  south   good
# 4  north   good
# 5  south   fair
# ```
#
# Expected:
#
# ```text
# rating  poor  fair  good  great
# store
# north      0     0     2      1
# south      0     2     1      0
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     '[str(level) for level in counts.columns] == ["poor", "fair", "good", "great"] and list(counts.index) == ["north", "south"]',
#     'np.asarray(counts, dtype=int).tolist() == [[0, 0, 2, 1], [0, 2, 1, 0]]',
# ]
# difficulty = 'basic'
# tags = ['reshaping', 'categorical', 'counting']
# ///
import pandas as pd

levels = pd.CategoricalDtype(["poor", "fair", "good", "great"], ordered=True)
feedback = pd.DataFrame(
    {
        "store": ["north", "south", "north", "south", "north", "south"],
        "rating": pd.Series(["good", "fair", "great", "good", "good", "fair"], dtype=levels),
    }
)
# observed=False keeps every rating level as a column, even "poor", which nobody chose
counts = feedback.pivot_table(
    index="store", columns="rating", aggfunc="size", fill_value=0, observed=False
)
