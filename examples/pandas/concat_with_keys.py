# /// example
# task = """
# Stack the complete table `trial` and the table with gaps `trial_missing` into one DataFrame \
# `combined` with `pd.concat`, labelling the rows by origin with `keys=["complete", "with_gaps"]` \
# and the index level names `source` and `row`."""
# prompt = """
# Stack my complete table `trial` and the version with gaps `trial_missing` into one DataFrame \
# `combined`, with an outer index level saying where each row came from ("complete" or \
# "with_gaps") and the two index levels named "source" and "row"."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial', trial_missing = 'trial_missing' }
# checks = [
#     'len(combined) == len(trial) + len(trial_missing)',
#     'list(combined.index.names) == ["source", "row"]',
#     'list(combined.index.get_level_values("source").unique()) == ["complete", "with_gaps"]',
#     'combined.loc["with_gaps", "response"].isna().sum() == trial_missing["response"].isna().sum()',
# ]
# difficulty = 'basic'
# tags = ['merging', 'hierarchical-index']
# [edge_cases]
# nan = true
# why = 'trial_missing has missing values, so the generated frames (of both inputs) carry them too'
# ///
import pandas as pd

# keys become the outer index level, so combined.loc["with_gaps"] selects one input's rows
combined = pd.concat(
    [trial, trial_missing], keys=["complete", "with_gaps"], names=["source", "row"]
)
