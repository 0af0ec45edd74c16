# /// example
# task = """
# Create an ordered categorical column `life_stage` in `trial` from `age` (`young` below 40 < \
# `middle` below 65 < `senior`): pick the labels with `np.select` and wrap them in \
# `pd.Categorical(..., ordered=True)`; then select the patients who are at least `middle` with an \
# ordered comparison into `older`."""
# prompt = """
# Create an ordered categorical column `life_stage` in `trial` from `age`: "young" below 40 < \
# "middle" below 65 < "senior". Pick the labels with np.select and wrap them in an ordered \
# Categorical with that category order, then select the patients who are at least "middle" with \
# an ordered comparison into `older`."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { trial = 'trial' }
# checks = [
#     'trial["life_stage"].cat.ordered',
#     'list(trial["life_stage"].cat.categories) == ["young", "middle", "senior"]',
#     'len(older) == (trial["age"] >= 40).sum()',
#     '(trial.loc[trial["life_stage"] == "senior", "age"] >= 65).all()',
#     'np.array_equal(trial["life_stage"].astype(str).to_numpy(), np.where(trial["age"] < 40, "young", np.where(trial["age"] < 65, "middle", "senior")))',
# ]
# difficulty = 'intermediate'
# tags = ['categorical', 'recoding', 'row-selection']
# edge_cases = true
# ///
import numpy as np
import pandas as pd

stage = np.select([trial["age"] < 40, trial["age"] < 65], ["young", "middle"], default="senior")
trial["life_stage"] = pd.Categorical(stage, categories=["young", "middle", "senior"], ordered=True)
older = trial[trial["life_stage"] >= "middle"]
