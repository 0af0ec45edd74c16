# /// example
# task = """
# This code counts the readings of `temps` per temperature band into the dict `counts` \
# ("cold" from -10 up to 10, "mild" from 10 up to 20, "warm" from 20 up to 30; each band \
# includes its lower edge and excludes its upper edge, so every reading lands in exactly one \
# band). The counts add up to more than the number of readings:
#
# ```python
# import pandas as pd
#
# temps = pd.Series([-10.0, -2.0, 0.0, 5.0, 10.0, 14.5, 20.0, 23.0])
# counts = {
#     "cold": int(temps.between(-10, 10).sum()),
#     "mild": int(temps.between(10, 20).sum()),
#     "warm": int(temps.between(20, 30).sum()),
# }
# ```
#
# Fix it."""
# prompt = """
# I bucket my readings `temps` into bands and count them in `counts`: "cold" is -10 up to (not \
# including) 10, "mild" 10 up to 20, "warm" 20 up to 30:
#
# ```python
# import pandas as pd
#
# temps = pd.Series([-10.0, -2.0, 0.0, 5.0, 10.0, 14.5, 20.0, 23.0])
# counts = {
#     "cold": int(temps.between(-10, 10).sum()),
#     "mild": int(temps.between(10, 20).sum()),
#     "warm": int(temps.between(20, 30).sum()),
# }
# ```
#
# I have 8 readings but the counts sum to 10. Where do the extra ones come from?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'counts["cold"] == int(((temps >= -10) & (temps < 10)).sum())',
#     'counts["mild"] == int(((temps >= 10) & (temps < 20)).sum())',
#     'counts["warm"] == int(((temps >= 20) & (temps < 30)).sum())',
#     'sum(counts.values()) == len(temps)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'binning', 'counting', 'row-selection']
# ///
import pandas as pd

temps = pd.Series([-10.0, -2.0, 0.0, 5.0, 10.0, 14.5, 20.0, 23.0])
# between() includes both edges by default, so 10 and 20 were counted in two bands;
# inclusive="left" keeps the lower edge and drops the upper one
counts = {
    "cold": int(temps.between(-10, 10, inclusive="left").sum()),
    "mild": int(temps.between(10, 20, inclusive="left").sum()),
    "warm": int(temps.between(20, 30, inclusive="left").sum()),
}
