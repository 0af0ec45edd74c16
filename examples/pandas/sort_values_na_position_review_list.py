# /// example
# task = """
# Prepare a review list from the study table `survival` (columns `time`, `event`, `group`): \
# write `review_order(table)` that sorts such a table by `group` (A before B) and, within a \
# group, puts the rows whose `time` is missing first and then the others by `time` from \
# longest to shortest, with one `sort_values` call, keeping all columns and the original index \
# labels. Store its result for `survival` in `review`."""
# prompt = """
# Our data manager goes through `survival` group by group (A before B). Inside each group she \
# wants the records with a missing `time` on top, then the longest follow-up first. Write \
# `review_order(table)` that does it with a single sort (all columns, original index labels) \
# and give me the sorted `survival` as `review`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { survival = 'survival' }
# checks = [
#     'sorted(review.index.tolist()) == sorted(survival.index.tolist()) and list(review.columns) == list(survival.columns)',
#     '[(g, None if pd.isna(t) else float(t)) for g, t in zip(review["group"].astype(str), review["time"])] == sorted(((g, None if pd.isna(t) else float(t)) for g, t in zip(survival["group"].astype(str), survival["time"])), key=lambda pair: (pair[0], pair[1] is not None, -(pair[1] or 0.0)))',
#     # missing times first inside each group, then the longest time; the wanted order is computed
#     # before the call, so a function that changes its argument cannot move it
#     'sorted((toy := pd.DataFrame({"time": [5.0, np.nan, 12.0, 3.0, np.nan], "event": [True, False, True, True, False], "group": pd.Categorical(["B", "A", "A", "B", "B"])})).index, key=lambda i: (str(toy["group"][i]), pd.notna(toy["time"][i]), -np.nan_to_num(toy["time"][i]))) == review_order(toy).index.tolist()',
# ]
# difficulty = 'intermediate'
# tags = ['sorting', 'missing-data']
# edge_cases = true
# ///
def review_order(table):
    # ascending is given per key; na_position="first" puts missing times at the top of each group
    return table.sort_values(["group", "time"], ascending=[True, False], na_position="first")


review = review_order(survival)
