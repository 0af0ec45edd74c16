# /// example
# task = """
# Build the defect counts `defects` below and make `pareto`: the rows sorted by `count` from most \
# to least frequent, with `cum_pct`, the running total of count as a percent of all defects \
# (rounded to 1 decimal), and a boolean `vital_few` that is True for the rows whose cumulative \
# percent before adding them is below 80. Keep the original row labels.
#
# ```text
#       cause  count
# 0   scratch     12
# 1      dent     45
# 2  misprint      8
# 3     crack     25
# 4     stain     10
# ```
#
# Wanted `pareto`:
#
# ```text
#       cause  count  cum_pct  vital_few
# 1      dent     45     45.0       True
# 3     crack     25     70.0       True
# 0   scratch     12     82.0       True
# 4     stain     10     92.0      False
# 2  misprint      8    100.0      False
# ```"""
# prompt = """
# For a Pareto chart of `defects` I need the causes sorted by `count` (largest first), a \
# cumulative percentage `cum_pct` (1 decimal), and a flag `vital_few` for the causes needed to \
# reach 80% (a cause counts if the running share before it is still under 80), all in `pareto`:
#
# ```text
#       cause  count
# 0   scratch     12
# 1      dent     45
# 2  misprint      8
# 3     crack     25
# 4     stain     10
# ```
#
# Expected:
#
# ```text
#       cause  count  cum_pct  vital_few
# 1      dent     45     45.0       True
# 3     crack     25     70.0       True
# 0   scratch     12     82.0       True
# 4     stain     10     92.0      False
# 2  misprint      8    100.0      False
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'pareto["cause"].tolist() == ["dent", "crack", "scratch", "stain", "misprint"]',
#     'np.allclose(pareto["cum_pct"].to_numpy(dtype=float), [45.0, 70.0, 82.0, 92.0, 100.0])',
#     'pareto["vital_few"].tolist() == [True, True, True, False, False]',
#     'list(pareto.index) == [1, 3, 0, 4, 2]',
# ]
# difficulty = 'intermediate'
# tags = ['sorting', 'derived-columns']
# ///
import pandas as pd

defects = pd.DataFrame(
    {
        "cause": ["scratch", "dent", "misprint", "crack", "stain"],
        "count": [12, 45, 8, 25, 10],
    }
)
pareto = defects.sort_values("count", ascending=False)
share = pareto["count"].cumsum() / pareto["count"].sum() * 100
pareto["cum_pct"] = share.round(1)
# the share reached before a row decides whether that row is still needed for 80 %
pareto["vital_few"] = share.shift(fill_value=0) < 80
