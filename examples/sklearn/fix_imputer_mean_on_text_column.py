# /// example
# task = """
# This code should fill the gaps in the small table `visits`, storing the filled table as a \
# DataFrame `filled` with the same columns, but it raises an error:
#
# ```python
# import numpy as np
# import pandas as pd
# from sklearn.impute import SimpleImputer
#
# visits = pd.DataFrame({"city": ["Oslo", np.nan, "Lima", "Oslo"], "temp": [3.0, np.nan, 19.0, 5.0]})
# filled = SimpleImputer(strategy="mean").fit_transform(visits)
# ```
#
# ```text
# ValueError: Cannot use mean strategy with non-numeric data:
# ```
#
# Fix it: fill `temp` with its mean and `city` with its most frequent value."""
# prompt = """
# I have a table `visits` with a text column `city` and a numeric column `temp`, both with a \
# missing value. I want the text filled with the most common value and the number with the mean, \
# as a DataFrame `filled` with the same columns:
#
# ```python
# import numpy as np
# import pandas as pd
# from sklearn.impute import SimpleImputer
#
# visits = pd.DataFrame({"city": ["Oslo", np.nan, "Lima", "Oslo"], "temp": [3.0, np.nan, 19.0, 5.0]})
# filled = SimpleImputer(strategy="mean").fit_transform(visits)
# ```
#
# ```text
# ValueError: Cannot use mean strategy with non-numeric data:
# ```
#
# How do I impute the two columns differently?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = {}
# checks = [
#     'list(filled.columns) == ["city", "temp"]',
#     'filled["city"].tolist() == ["Oslo", "Oslo", "Lima", "Oslo"]',
#     # the mean of 3, 19 and 5 is 9 (the median would be 5)
#     'np.allclose(filled["temp"].astype(float), [3.0, 9.0, 19.0, 5.0])',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'imputation', 'missing-data', 'pipeline']
# ///
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer

visits = pd.DataFrame({"city": ["Oslo", np.nan, "Lima", "Oslo"], "temp": [3.0, np.nan, 19.0, 5.0]})
# a mean only exists for numbers: impute each column with a strategy that fits its type
imputer = ColumnTransformer(
    [
        ("city", SimpleImputer(strategy="most_frequent"), ["city"]),
        ("temp", SimpleImputer(strategy="mean"), ["temp"]),
    ],
    verbose_feature_names_out=False,
)
filled = pd.DataFrame(imputer.fit_transform(visits), columns=imputer.get_feature_names_out())
