# /// example
# task = """
# Build `master` and `patch` below (indexed by `customer`). Fill only the missing cells of \
# `master` from `patch`, matching on the index and never replacing a value `master` already has; \
# keep the result in `master`.
#
# ```text
# master:
#              phone   city
# customer
# c1        555-0101    NaN
# c2             NaN  Leeds
# c3        555-0199   York
#
# patch:
#              phone  city
# customer
# c1        555-0000  Bath
# c2        555-0142  Hull
# ```
#
# Wanted `master`:
#
# ```text
#              phone   city
# customer
# c1        555-0101   Bath
# c2        555-0142  Leeds
# c3        555-0199   York
# ```"""
# prompt = """
# My customer table `master` has gaps; `patch` has values for some customers, but some of them are \
# outdated, so they may only fill blanks, never replace what `master` has. Result back in \
# `master`:
#
# ```text
# master:
#              phone   city
# customer
# c1        555-0101    NaN
# c2             NaN  Leeds
# c3        555-0199   York
#
# patch:
#              phone  city
# customer
# c1        555-0000  Bath
# c2        555-0142  Hull
# ```
#
# Expected:
#
# ```text
#              phone   city
# customer
# c1        555-0101   Bath
# c2        555-0142  Leeds
# c3        555-0199   York
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = {}
# checks = [
#     # existing values are kept: overwriting would give 555-0000 and Hull
#     'master.loc["c1", "phone"] == "555-0101" and master.loc["c2", "city"] == "Leeds"',
#     'master.loc["c1", "city"] == "Bath" and master.loc["c2", "phone"] == "555-0142"',
#     'master.loc["c3", "phone"] == "555-0199" and master.loc["c3", "city"] == "York" and sorted(master.index) == ["c1", "c2", "c3"]',
# ]
# difficulty = 'basic'
# tags = ['merging', 'imputation', 'index-alignment']
# ///
import numpy as np
import pandas as pd

master = pd.DataFrame(
    {"phone": ["555-0101", np.nan, "555-0199"], "city": [np.nan, "Leeds", "York"]},
    index=pd.Index(["c1", "c2", "c3"], name="customer"),
)
patch = pd.DataFrame(
    {"phone": ["555-0000", "555-0142"], "city": ["Bath", "Hull"]},
    index=pd.Index(["c1", "c2"], name="customer"),
)
# overwrite=False only fills the holes of master; its existing values win
master.update(patch, overwrite=False)
