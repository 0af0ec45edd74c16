# /// example
# task = """
# Build `stations` from the table below (all cells as text), then turn every placeholder cell \
# into NaN with one `DataFrame.replace(..., regex=True)`: empty or whitespace-only cells, `-`, \
# `--`, `?` and `n/a` in any case. Only whole-cell placeholders count (the dash inside \
# `A-01` stays). Store the frame in `cleaned`, with `reading` converted to float.
#
# | station | reading | status |
# |---------|---------|--------|
# | A-01    | 12.5    | ok     |
# | A-02    | n/a     | --     |
# | B-01    | (space) | ok     |
# | B-02    | N/A     | ?      |
# | C-01    | 7.25    | (empty)|
# | C-02    | -       | drift  |"""
# prompt = """
# I got this export where missing values are written in all sorts of ways. Put it in a DataFrame \
# `stations` (everything as text) and make every placeholder a real NaN: empty or blank cells, \
# `-`, `--`, `?` and `n/a` in any capitalisation, but only when that is the whole cell (the dash \
# in `A-01` must stay). Then make `reading` a float column. Store the result in `cleaned`.
#
# station | reading | status
# A-01 | 12.5 | ok
# A-02 | n/a | --
# B-01 | (a single space) | ok
# B-02 | N/A | ?
# C-01 | 7.25 | (empty)
# C-02 | - | drift"""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = {}
# checks = [
#     'cleaned["station"].tolist() == ["A-01", "A-02", "B-01", "B-02", "C-01", "C-02"]',
#     'cleaned["reading"].dtype.kind == "f"',
#     'np.allclose(cleaned["reading"], [12.5, np.nan, np.nan, np.nan, 7.25, np.nan], equal_nan=True)',
#     'cleaned["status"].isna().tolist() == [False, True, False, True, True, False]',
#     'cleaned["status"].dropna().tolist() == ["ok", "ok", "drift"]',
#     'stations.shape == cleaned.shape',
# ]
# difficulty = 'intermediate'
# tags = ['data-cleaning', 'missing-data', 'text-processing']
# ///
import numpy as np
import pandas as pd

stations = pd.DataFrame(
    {
        "station": ["A-01", "A-02", "B-01", "B-02", "C-01", "C-02"],
        "reading": ["12.5", "n/a", " ", "N/A", "7.25", "-"],
        "status": ["ok", "--", "ok", "?", "", "drift"],
    }
)

# ^...$ anchors the pattern to the whole cell; (?i) makes "n/a" match any case
placeholder = r"(?i)^\s*(-{1,2}|\?|n/a)?\s*$"
cleaned = stations.replace(placeholder, np.nan, regex=True)
cleaned["reading"] = cleaned["reading"].astype(float)
