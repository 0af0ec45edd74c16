# /// example
# task = """
# One-hot encode the `city` column of the table `visits` below (built from the list shown) so that cities seen fewer than 2 times share one "infrequent" column (`OneHotEncoder(min_frequency=2)`). Store the dense result in `encoded` and the column names in `names`.
#
# ```text
# city = ["Oslo", "Oslo", "Lima", "Oslo", "Rome", "Lima", "Kyiv"]
# ```
#
# Wanted:
#
# ```text
# names   = ['city_Lima', 'city_Oslo', 'city_infrequent_sklearn']
# encoded = [[0, 1, 0],
#            [0, 1, 0],
#            [1, 0, 0],
#            [0, 1, 0],
#            [0, 0, 1],
#            [1, 0, 0],
#            [0, 0, 1]]
# ```"""
# prompt = """
# Rare cities blow up my one-hot columns. For this `city` column (in a DataFrame `visits`), cities with fewer than 2 rows should be lumped into one column:
#
# ```text
# city = ["Oslo", "Oslo", "Lima", "Oslo", "Rome", "Lima", "Kyiv"]
# ```
#
# Expected `names` and dense `encoded`:
#
# ```text
# names   = ['city_Lima', 'city_Oslo', 'city_infrequent_sklearn']
# encoded = [[0, 1, 0],
#            [0, 1, 0],
#            [1, 0, 0],
#            [0, 1, 0],
#            [0, 0, 1],
#            [1, 0, 0],
#            [0, 0, 1]]
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = {}
# checks = [
#     "list(names) == ['city_Lima', 'city_Oslo', 'city_infrequent_sklearn']",
#     # Lima appears exactly twice, on the threshold, so it keeps its own column
#     'np.array_equal(np.asarray(encoded), [[0, 1, 0], [0, 1, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 0, 0], [0, 0, 1]])',
#     'visits["city"].tolist() == ["Oslo", "Oslo", "Lima", "Oslo", "Rome", "Lima", "Kyiv"]',
# ]
# difficulty = 'intermediate'
# tags = ['encoding', 'categorical', 'counting']
# ///
import pandas as pd
from sklearn.preprocessing import OneHotEncoder

visits = pd.DataFrame({"city": ["Oslo", "Oslo", "Lima", "Oslo", "Rome", "Lima", "Kyiv"]})
# categories with fewer than min_frequency rows are grouped into one infrequent column
encoder = OneHotEncoder(min_frequency=2, sparse_output=False)
encoded = encoder.fit_transform(visits[["city"]])
names = encoder.get_feature_names_out()
