# /// example
# task = """
# For every day of `sensor`, compute the spread between the highest and the lowest channel \
# (`np.ptp` over the row values, vectorised instead of `apply(axis=1)`) into the Series `spread`, \
# and the name of the channel with the highest reading (`idxmax(axis=1)`) into `top_channel`."""
# prompt = """
# For every day of `sensor`, compute the spread between the highest and the lowest channel into \
# the Series `spread`, vectorised over the row values instead of a row-wise apply, and the name \
# of the channel with the highest reading into `top_channel`."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { sensor = 'sensor' }
# checks = [
#     'np.allclose(spread, sensor.max(axis=1) - sensor.min(axis=1))',
#     'spread.index.equals(sensor.index)',
#     'top_channel.isin(sensor.columns).all()',
#     'all(sensor.at[day, channel] == sensor.loc[day].max() for day, channel in top_channel.items())',
# ]
# difficulty = 'intermediate'
# tags = ['vectorization']
# edge_cases = true
# ///
import numpy as np
import pandas as pd

# np.ptp on the whole array computes every row's max - min at once, without a Python loop
spread = pd.Series(np.ptp(sensor.to_numpy(), axis=1), index=sensor.index, name="spread")
top_channel = sensor.idxmax(axis=1)
