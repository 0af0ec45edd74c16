# /// example
# task = """
# Reshape `trial` from wide to long with `melt`: keep `site` and `treatment` as identifiers and \
# stack `dose` and `response` into a `measure` column (variable name) and a `value` column; store \
# the result in `long_trial`."""
# prompt = """
# Reshape `trial` from wide to long: keep `site` and `treatment` as identifier columns and stack \
# `dose` and `response` into a `measure` column (the variable name) and a `value` column, with \
# the columns in that order. Store the result in `long_trial`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'len(long_trial) == 2 * len(trial)',
#     'list(long_trial.columns) == ["site", "treatment", "measure", "value"]',
#     'np.isclose(long_trial.loc[long_trial["measure"] == "response", "value"].sum(), trial["response"].sum())',
#     'set(long_trial["measure"]) == {"dose", "response"}',
# ]
# difficulty = 'basic'
# tags = ['reshaping']
# edge_cases = true
# ///
long_trial = trial.melt(
    id_vars=["site", "treatment"],
    value_vars=["dose", "response"],
    var_name="measure",
    value_name="value",
)
