# /// example
# task = """
# Select the patients of `trial` aged 30 to 50 inclusive (`Series.between`) at the `north` or \
# `south` sites (`Series.isin`); store them in `cohort`."""
# prompt = """
# From the clinical-trial DataFrame `trial`, pick out the patients aged 30 to 50 inclusive who \
# are at the "north" or "south" sites, and store them in `cohort`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'cohort["age"].between(30, 50).all()',
#     'cohort["site"].isin(["north", "south"]).all()',
#     'len(cohort) == ((trial["age"] >= 30) & (trial["age"] <= 50) & trial["site"].isin(["north", "south"])).sum()',
# ]
# difficulty = 'basic'
# tags = ['row-selection']
# edge_cases = true
# ///
cohort = trial[trial["age"].between(30, 50) & trial["site"].isin(["north", "south"])]
