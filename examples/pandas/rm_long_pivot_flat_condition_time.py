# /// example
# task = """
# Reshape the long table `rm_long` (`subject`, `condition`, `time`, `score`) to one row per \
# `subject` with one column per condition and time, named "<condition>_t<time>" (e.g. \
# `control_t1`, `high_t3`), holding the score. Pivot with the two column keys and flatten the \
# resulting two-level column index into those names; store the table in `wide`, indexed by \
# subject."""
# prompt = """
# For a spreadsheet export I need `rm_long` wide: a row per `subject` and a column for every \
# condition/time pair called like `control_t1` or `low_t2`, holding the `score`. Please pivot and \
# flatten the column levels into those names, result in `wide` with subjects as the index."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     'sorted(wide.index) == sorted(rm_long["subject"].unique()) and sorted(wide.columns) == sorted({f"{c}_t{t}" for c, t in zip(rm_long["condition"], rm_long["time"])})',
#     'all(np.isclose(wide.loc[s, f"{c}_t{t}"], score) for s, c, t, score in zip(rm_long["subject"], rm_long["condition"], rm_long["time"], rm_long["score"]))',
# ]
# difficulty = 'intermediate'
# tags = ['reshaping', 'hierarchical-index']
# edge_cases = true
# ///
wide = rm_long.pivot(index="subject", columns=["condition", "time"], values="score")
# each column label is a (condition, time) tuple; join the parts into one flat name
wide.columns = [f"{condition}_t{time}" for condition, time in wide.columns.to_flat_index()]
