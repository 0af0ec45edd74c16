# /// example
# task = """
# Compute the mean `score` of every `subject` x `condition` combination of the repeated-measures \
# table `rm_long` (averaging over the time points) and reshape it with `unstack` into \
# `mean_table`: one row per subject, one column per condition."""
# prompt = """
# In my long-format table `rm_long`, compute each `subject`'s mean `score` under each \
# `condition` (averaging over the time points) and reshape it into `mean_table`, with one row per \
# subject and one column per condition."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     'mean_table.shape == (rm_long["subject"].nunique(), rm_long["condition"].nunique())',
#     'all(np.isclose(mean_table.loc[s, c], rm_long.loc[(rm_long["subject"] == s) & (rm_long["condition"] == c), "score"].mean(), equal_nan=True) for s in mean_table.index for c in mean_table.columns)',
# ]
# difficulty = 'basic'
# tags = ['groupby', 'reshaping']
# edge_cases = true
# ///
mean_table = (
    # unstack moves the condition level into the columns; a missing subject-condition pair is NaN
    rm_long.groupby(["subject", "condition"], observed=True)["score"].mean().unstack("condition")
)
