# /// example
# task = """
# Make a copy `capped` of `trial` in which every `dose` above 8 is set to 8, using one \
# `capped.loc[mask, "dose"] = ...` assignment (chained indexing such as `capped["dose"][mask] = \
# 8` silently does nothing under Copy-on-Write)."""
# prompt = """
# Make a copy `capped` of `trial` in which every `dose` above 8 is set to 8, using a single \
# `.loc` assignment with a boolean mask; I know chained indexing like capped["dose"][mask] = 8 \
# silently does nothing under Copy-on-Write."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'np.allclose(capped["dose"], np.minimum(trial["dose"], 8), equal_nan=True)',
#     'capped["dose"].max() <= 8',
#     'capped.drop(columns="dose").equals(trial.drop(columns="dose"))',
# ]
# difficulty = 'basic'
# tags = ['indexing', 'copy-on-write']
# edge_cases = true
# ///
capped = trial.copy()
capped.loc[capped["dose"] > 8, "dose"] = 8.0
