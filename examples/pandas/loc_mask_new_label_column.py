# /// example
# task = """
# Add a column `age_group` to `trial` that is `"adult"` for everyone and `"senior"` where `age` \
# is 65 or more, setting the seniors with a single `trial.loc[mask, "age_group"] = "senior"` \
# assignment (not chained indexing)."""
# prompt = """
# Add a column `age_group` to `trial` that says "adult" for everyone and "senior" where `age` is \
# 65 or more, setting the seniors with a single `.loc` assignment on a mask rather than chained \
# indexing."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     '(trial["age_group"] == "senior").sum() == (trial["age"] >= 65).sum()',
#     '(trial.loc[trial["age"] < 65, "age_group"] == "adult").all()',
#     'set(trial["age_group"]) <= {"adult", "senior"}',
# ]
# difficulty = 'basic'
# tags = ['indexing', 'copy-on-write']
# edge_cases = true
# ///
# the scalar fills the whole new column first, so only the seniors need overwriting
trial["age_group"] = "adult"
trial.loc[trial["age"] >= 65, "age_group"] = "senior"
