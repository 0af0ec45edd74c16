# /// example
# task = """
# One-hot encode the 4-row table `patients` below with `OneHotEncoder(drop="if_binary")`, so the two-level column `smoker` becomes a single 0/1 column while `color` keeps one column per level. Store the dense result in `encoded` and the column names in `names`.
#
# ```text
#    color smoker
# 0    red    yes
# 1   blue     no
# 2  green     no
# 3    red    yes
# ```
#
# Wanted:
#
# ```text
# names   = ['color_blue', 'color_green', 'color_red', 'smoker_yes']
# encoded = [[0, 0, 1, 1],
#            [1, 0, 0, 0],
#            [0, 1, 0, 0],
#            [0, 0, 1, 1]]
# ```"""
# prompt = """
# For my 4-row table `patients`, a yes/no column should become one dummy, not two, but `color` should keep all its levels:
#
# ```text
#    color smoker
# 0    red    yes
# 1   blue     no
# 2  green     no
# 3    red    yes
# ```
#
# What encoder setting gives this? Put the dense matrix in `encoded` and the names in `names`:
#
# ```text
# names   = ['color_blue', 'color_green', 'color_red', 'smoker_yes']
# encoded = [[0, 0, 1, 1],
#            [1, 0, 0, 0],
#            [0, 1, 0, 0],
#            [0, 0, 1, 1]]
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = {}
# checks = [
#     "list(names) == ['color_blue', 'color_green', 'color_red', 'smoker_yes']",
#     'np.array_equal(np.asarray(encoded), [[0, 0, 1, 1], [1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 1]])',
#     'list(patients.columns) == ["color", "smoker"] and len(patients) == 4',
# ]
# difficulty = 'basic'
# tags = ['encoding', 'categorical']
# ///
import pandas as pd
from sklearn.preprocessing import OneHotEncoder

patients = pd.DataFrame(
    {"color": ["red", "blue", "green", "red"], "smoker": ["yes", "no", "no", "yes"]}
)
# drop="if_binary" drops the first level only of two-level columns
encoder = OneHotEncoder(drop="if_binary", sparse_output=False)
encoded = encoder.fit_transform(patients)
names = encoder.get_feature_names_out()
