# /// example
# task = """
# The event log `events` has a categorical `event` column with categories `view`, `click`, \
# `purchase`. This code should rename the category `view` to `page_view` (keeping `click` and \
# `purchase`) but raises an error:
#
# ```python
# events["event"].cat.categories = ["page_view", "click", "purchase"]
# ```
#
# ```text
# AttributeError: property 'categories' of 'Categorical' object has no setter
# ```
#
# Fix it so that `events["event"]` ends up with the categories `page_view`, `click`, `purchase` \
# and every former `view` reads `page_view`."""
# prompt = """
# In my `events` table the categorical `event` column has the levels `view`, `click` and \
# `purchase`, and I want `view` renamed to `page_view` everywhere. I tried
#
# ```python
# events["event"].cat.categories = ["page_view", "click", "purchase"]
# ```
#
# and got
#
# ```text
# AttributeError: property 'categories' of 'Categorical' object has no setter
# ```
#
# How do I rename a category now? The column should keep being categorical with `page_view`, \
# `click`, `purchase`."""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { events = 'events' }
# checks = [
#     'isinstance(events["event"].dtype, pd.CategoricalDtype)',
#     'list(events["event"].cat.categories) == ["page_view", "click", "purchase"]',
#     '(events["event"] == "page_view").sum() == (events["event"].cat.codes == 0).sum() and not (events["event"].astype(str) == "view").any()',
#     'events["event"].isna().sum() == 0 and len(events["event"]) == len(events)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'categorical', 'recoding']
# edge_cases = true
# ///
# categories can no longer be assigned; rename_categories returns a renamed column
events["event"] = events["event"].cat.rename_categories({"view": "page_view"})
