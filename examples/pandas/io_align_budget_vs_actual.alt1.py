import pandas as pd

budget = pd.DataFrame({"Q1": [100.0, 50.0], "Q2": [120.0, 60.0]}, index=["rent", "travel"])
actual = pd.DataFrame(
    {"Q1": [100.0, 65.0, 20.0], "Q2": [118.0, 40.0, 0.0], "Q3": [119.0, 0.0, 5.0]},
    index=["rent", "travel", "software"],
)
actual_aligned, budget_aligned = actual.align(budget, join="outer", fill_value=0.0)
variance = (actual_aligned - budget_aligned).sort_index().sort_index(axis=1)
