# /// example
# task = """
# In the event log `events`, `event` is a categorical with categories `view`, `click`, \
# `purchase` (in funnel order) but unordered. Make it ordered (`view` < `click` < `purchase`) \
# in `stage`, and store in `deepest_stage` the furthest funnel stage each `user` reached (a \
# Series indexed by user, sorted by user)."""
# prompt = """
# My `events` log has a categorical `event` (`view`, `click`, `purchase`) that isn't marked as \
# ordered. Turn it into an ordered categorical `stage` with view < click < purchase and tell me, \
# per `user`, the furthest stage they got to as `deepest_stage` (indexed by user, in user order)."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { events = 'events' }
# checks = [
#     'isinstance(stage.dtype, pd.CategoricalDtype) and stage.cat.ordered and list(stage.cat.categories) == ["view", "click", "purchase"]',
#     'list(deepest_stage.index) == sorted(set(events["user"]))',
#     'deepest_stage.astype(str).tolist() == [["view", "click", "purchase"][max(["view", "click", "purchase"].index(e) for e, u in zip(events["event"].astype(str), events["user"]) if u == user)] for user in sorted(set(events["user"]))]',
# ]
# difficulty = 'intermediate'
# tags = ['categorical', 'groupby']
# edge_cases = true
# ///
# as_ordered keeps the categories in their current order and makes comparisons (and max) valid
stage = events["event"].cat.as_ordered()
deepest_stage = stage.groupby(events["user"]).max()
