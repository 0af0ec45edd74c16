# /// example
# task = """
# Build the listings table below as the DataFrame `houses` (a missing area and a missing city) and \
# preprocess it with a scikit-learn `ColumnTransformer` `preprocess`: the numeric `area_m2` column \
# through a pipeline named `num` (median imputation, then min-max scaling to [0, 1]), the `city` \
# column through a pipeline named `cat` (most-frequent imputation, then dense one-hot encoding). \
# Store the transformed array in `features` and the output column names in `feature_names`.
#
# ```text
#    area_m2    city
# 0     50.0    Oslo
# 1     60.0  Bergen
# 2      NaN    Oslo
# 3    130.0     NaN
# ```
#
# Wanted:
#
# ```text
# feature_names = ['num__area_m2', 'cat__city_Bergen', 'cat__city_Oslo']
# features =
# [[0.    0.    1.   ]
#  [0.125 1.    0.   ]
#  [0.125 0.    1.   ]
#  [1.    0.    1.   ]]
# ```"""
# prompt = """
# I have a small listings frame `houses` with holes in both columns:
#
# ```text
#    area_m2    city
# 0     50.0    Oslo
# 1     60.0  Bergen
# 2      NaN    Oslo
# 3    130.0     NaN
# ```
#
# I want one sklearn `ColumnTransformer` (`preprocess`) with a `num` branch (fill with the median, \
# scale to 0-1) and a `cat` branch (fill with the most frequent city, one-hot, dense), producing \
# `features` and `feature_names` like this:
#
# ```text
# feature_names = ['num__area_m2', 'cat__city_Bergen', 'cat__city_Oslo']
# features =
# [[0.    0.    1.   ]
#  [0.125 1.    0.   ]
#  [0.125 0.    1.   ]
#  [1.    0.    1.   ]]
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(np.asarray(features, dtype=float), [[0, 0, 1], [0.125, 1, 0], [0.125, 0, 1], [1, 0, 1]])',
#     'list(feature_names) == ["num__area_m2", "cat__city_Bergen", "cat__city_Oslo"]',
#     'isinstance(preprocess, sklearn.compose.ColumnTransformer)',
#     # the fitted transformer maps a new row the same way: 90 m2 is halfway between 50 and 130
#     'np.allclose(np.asarray(preprocess.transform(pd.DataFrame({"area_m2": [90.0], "city": ["Bergen"]})), dtype=float), [[0.5, 1, 0]])',
#     'houses.isna().sum().tolist() == [1, 1]',
# ]
# difficulty = 'advanced'
# tags = ['pipeline', 'imputation', 'encoding', 'standardization']
# ///
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import MinMaxScaler, OneHotEncoder

houses = pd.DataFrame(
    {"area_m2": [50.0, 60.0, np.nan, 130.0], "city": ["Oslo", "Bergen", "Oslo", np.nan]}
)

numeric = Pipeline([("impute", SimpleImputer(strategy="median")), ("scale", MinMaxScaler())])
categorical = Pipeline(
    [
        ("impute", SimpleImputer(strategy="most_frequent")),
        ("onehot", OneHotEncoder(sparse_output=False)),
    ]
)
# the transformer names ("num", "cat") become the prefixes of the output column names
preprocess = ColumnTransformer([("num", numeric, ["area_m2"]), ("cat", categorical, ["city"])])
features = preprocess.fit_transform(houses)
feature_names = preprocess.get_feature_names_out()
