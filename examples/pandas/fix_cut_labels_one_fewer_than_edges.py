# /// example
# task = """
# This code should label each daily `temperature` of `weather` as "freezing" (up to 0), "cold" \
# (above 0 up to 10), "mild" (above 10 up to 20) or "warm" (above 20) in the categorical Series \
# `bands`, and count the days per band in `band_counts` (in that band order, zero counts \
# included), but it raises:
#
# ```python
# import numpy as np
# import pandas as pd
#
# bands = pd.cut(weather["temperature"], bins=[-np.inf, 0, 10, 20, np.inf], labels=["cold", "mild", "warm"])
# band_counts = bands.value_counts(sort=False)
# ```
#
# ```text
# ValueError: Bin labels must be one fewer than the number of bin edges
# ```
#
# Fix it."""
# prompt = """
# I'm binning the daily `temperature` of my `weather` frame into "freezing" (<= 0), "cold" \
# (0 to 10], "mild" (10 to 20] and "warm" (> 20) as `bands`, then counting days per band in \
# `band_counts`, bands in that order and empty ones shown as 0:
#
# ```python
# import numpy as np
# import pandas as pd
#
# bands = pd.cut(weather["temperature"], bins=[-np.inf, 0, 10, 20, np.inf], labels=["cold", "mild", "warm"])
# band_counts = bands.value_counts(sort=False)
# ```
#
# ```text
# ValueError: Bin labels must be one fewer than the number of bin edges
# ```
#
# What's wrong with my labels?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { weather = 'weather' }
# checks = [
#     'bands.astype(str).tolist() == np.select([weather["temperature"] <= 0, weather["temperature"] <= 10, weather["temperature"] <= 20], ["freezing", "cold", "mild"], "warm").tolist()',
#     'list(band_counts.index) == ["freezing", "cold", "mild", "warm"]',
#     'band_counts.tolist() == [int((weather["temperature"] <= 0).sum()), int(((weather["temperature"] > 0) & (weather["temperature"] <= 10)).sum()), int(((weather["temperature"] > 10) & (weather["temperature"] <= 20)).sum()), int((weather["temperature"] > 20).sum())]',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'binning', 'categorical', 'counting']
# edge_cases = true
# ///
import numpy as np
import pandas as pd

# five edges make four bins, so pd.cut needs four labels: "freezing" was missing
bands = pd.cut(
    weather["temperature"],
    bins=[-np.inf, 0, 10, 20, np.inf],
    labels=["freezing", "cold", "mild", "warm"],
)
band_counts = bands.value_counts(sort=False)
