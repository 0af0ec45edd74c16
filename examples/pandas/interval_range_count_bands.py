# /// example
# task = """
# `counts` holds daily event counts. Define four left-closed bands of width 3 covering 0 to 12 \
# with `pd.interval_range` (`[0, 3)`, `[3, 6)`, `[6, 9)`, `[9, 12)`), assign each count to its \
# band with `pd.cut(..., bins=<the IntervalIndex>)`, and store in `band_counts` how many days \
# fall in each band as a Series indexed by the four intervals in order, empty bands included (0). \
# Store in `n_outside` the number of days that fall in no band."""
# prompt = """
# I have daily event counts in `counts`. I want to group them into left-closed bands of width 3 \
# from 0 up to 12, i.e. [0, 3), [3, 6), [6, 9) and [9, 12), build the bands as an interval index \
# and use it as the bins, then count the days per band in `band_counts` (indexed by the \
# intervals in order, showing 0 for empty bands). Days with counts outside every band should be \
# counted in `n_outside`."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { counts = 'event_counts' }
# checks = [
#     'list(band_counts.index) == [pd.Interval(lo, lo + 3, closed="left") for lo in (0, 3, 6, 9)]',
#     'band_counts.tolist() == [int(((counts >= lo) & (counts < lo + 3)).sum()) for lo in (0, 3, 6, 9)]',
#     'n_outside == int(((counts < 0) | (counts >= 12)).sum())',
#     'int(band_counts.sum()) + n_outside == len(counts)',
# ]
# difficulty = 'basic'
# tags = ['binning', 'counting']
# edge_cases = true
# ///
import pandas as pd

bands = pd.interval_range(start=0, end=12, freq=3, closed="left")
band = pd.cut(counts, bins=bands)

# sort=False keeps the bands in interval order, and empty bands stay in with 0
band_counts = pd.Series(band).value_counts(sort=False)
n_outside = int(pd.isna(band).sum())
