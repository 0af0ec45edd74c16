# /// example
# task = """
# Two labs report the same samples with partly different columns. Build `lab_a` and `lab_b` \
# below and stack them into one table `combined` that keeps only the columns both labs have, \
# with the lab name (`lab_a` / `lab_b`) as the outer level of the row index.
#
# ```text
# lab_a:
#   sample    ph  nitrate
# 0     S1  7.10      2.4
# 1     S2  6.85      3.1
#
# lab_b:
#   sample  nitrate    ph  phosphate
# 0     S3      1.9  7.40       0.22
# 1     S4      2.7  6.95       0.31
# 2     S5      3.3  7.05       0.18
# ```
#
# Wanted `combined`:
#
# ```text
#          sample    ph  nitrate
# lab_a 0     S1  7.10      2.4
#       1     S2  6.85      3.1
# lab_b 0     S3  7.40      1.9
#       1     S4  6.95      2.7
#       2     S5  7.05      3.3
# ```"""
# prompt = """
# I'm stacking results from two labs, `lab_a` and `lab_b`. Only the shared columns should \
# survive (lab B's extra `phosphate` goes), and I want to see which lab each row came from as \
# the outer index level. Result in `combined`:
#
# ```text
# lab_a:
#   sample    ph  nitrate
# 0     S1  7.10      2.4
# 1     S2  6.85      3.1
#
# lab_b:
#   sample  nitrate    ph  phosphate
# 0     S3      1.9  7.40       0.22
# 1     S4      2.7  6.95       0.31
# 2     S5      3.3  7.05       0.18
# ```
#
# Expected:
#
# ```text
#          sample    ph  nitrate
# lab_a 0     S1  7.10      2.4
#       1     S2  6.85      3.1
# lab_b 0     S3  7.40      1.9
#       1     S4  6.95      2.7
#       2     S5  7.05      3.3
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'sorted(combined.columns) == ["nitrate", "ph", "sample"]',
#     'combined.index.tolist() == [("lab_a", 0), ("lab_a", 1), ("lab_b", 0), ("lab_b", 1), ("lab_b", 2)]',
#     'combined["sample"].tolist() == ["S1", "S2", "S3", "S4", "S5"] and np.allclose(combined["nitrate"].to_numpy(dtype=float), [2.4, 3.1, 1.9, 2.7, 3.3]) and np.allclose(combined["ph"].to_numpy(dtype=float), [7.10, 6.85, 7.40, 6.95, 7.05])',
# ]
# difficulty = 'basic'
# tags = ['merging', 'hierarchical-index']
# ///
import pandas as pd

lab_a = pd.DataFrame({"sample": ["S1", "S2"], "ph": [7.10, 6.85], "nitrate": [2.4, 3.1]})
lab_b = pd.DataFrame(
    {
        "sample": ["S3", "S4", "S5"],
        "nitrate": [1.9, 2.7, 3.3],
        "ph": [7.40, 6.95, 7.05],
        "phosphate": [0.22, 0.31, 0.18],
    }
)
# join="inner" keeps the shared columns only; keys label each block in an outer index level
combined = pd.concat([lab_a, lab_b], join="inner", keys=["lab_a", "lab_b"])
