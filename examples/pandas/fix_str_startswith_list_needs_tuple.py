# /// example
# task = """
# This code should flag, in `starts_known`, which reviews in `docs` (a list of strings) start \
# with "This" or "Our new", but it raises an error:
#
# ```python
# import pandas as pd
#
# reviews = pd.Series(docs)
# starts_known = reviews.str.startswith(["This", "Our new"])
# ```
#
# ```text
# TypeError: expected a string or tuple, not list
# ```
#
# Fix it: `starts_known` must be a boolean Series, one value per review in order."""
# prompt = """
# I want to mark the reviews in `docs` that begin with "This" or "Our new":
#
# ```python
# import pandas as pd
#
# reviews = pd.Series(docs)
# starts_known = reviews.str.startswith(["This", "Our new"])
# ```
#
# but it fails with
#
# ```text
# TypeError: expected a string or tuple, not list
# ```
#
# `starts_known` should be True/False for each review, in order."""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { docs = 'reviews.docs' }
# checks = [
#     'len(starts_known) == len(docs)',
#     'starts_known.astype(bool).tolist() == [doc.startswith(("This", "Our new")) for doc in docs]',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'text-processing']
# edge_cases = true
# ///
import pandas as pd

reviews = pd.Series(docs)
# like str.startswith in Python, several prefixes must be passed as a tuple, not a list
starts_known = reviews.str.startswith(("This", "Our new"))
