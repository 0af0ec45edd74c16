# /// example
# task = """
# In the event log `events`, `event` is an unordered categorical with categories `view`, \
# `click`, `purchase` (in funnel order). This code should flag the events at or beyond the \
# `click` stage in `engaged`, but it raises an error:
#
# ```python
# engaged = events["event"] >= "click"
# ```
#
# ```text
# TypeError: Unordered Categoricals can only compare equality or not
# ```
#
# Fix it: `engaged` must be a boolean Series (same index as `events`), True for `click` and \
# `purchase`, False for `view`."""
# prompt = """
# I want to mark the events in `events` that reached at least the `click` stage (so `click` or \
# `purchase`; `view` is the first stage) as `engaged`:
#
# ```python
# engaged = events["event"] >= "click"
# ```
#
# ```text
# TypeError: Unordered Categoricals can only compare equality or not
# ```
#
# The categories are already in funnel order. How do I make the comparison work?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { events = 'events' }
# checks = [
#     'isinstance(engaged, pd.Series) and engaged.index.equals(events.index)',
#     'engaged.astype(bool).tolist() == [e in ("click", "purchase") for e in events["event"].astype(str)]',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'categorical']
# edge_cases = true
# ///
# only ordered categoricals support < and >=; as_ordered keeps the category order view < click < purchase
engaged = events["event"].cat.as_ordered() >= "click"
