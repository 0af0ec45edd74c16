# /// example
# task = """
# This code should fit a linear regression of `response` on `site`, `treatment`, `dose` and `age` \
# of the trial table `df` and store the fitted values for the rows of `df` in `fitted`, but it \
# raises an error:
#
# ```python
# from sklearn.linear_model import LinearRegression
#
# features = ["site", "treatment", "dose", "age"]
# model = LinearRegression().fit(df[features], df["response"])
# fitted = model.predict(df[features])
# ```
#
# ```text
# ValueError: could not convert string to float: 'east'
# ```
#
# Fix it, giving each site and each treatment its own effect."""
# prompt = """
# I'm regressing `response` on `site`, `treatment`, `dose` and `age` from my trial table `df` with \
# a plain linear regression and want the fitted values in `fitted`:
#
# ```python
# from sklearn.linear_model import LinearRegression
#
# features = ["site", "treatment", "dose", "age"]
# model = LinearRegression().fit(df[features], df["response"])
# fitted = model.predict(df[features])
# ```
#
# It crashes with
#
# ```text
# ValueError: could not convert string to float: 'east'
# ```
#
# Site and treatment are categories; each level should get its own effect. How do I feed them in?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas']
# inputs = { df = 'trial' }
# checks = [
#     'len(fitted) == len(df)',
#     # the same least-squares fit on dummy columns for every level plus the two numeric columns
#     'np.allclose(fitted, sklearn.linear_model.LinearRegression().fit(pd.get_dummies(df[["site", "treatment", "dose", "age"]], columns=["site", "treatment"], dtype=float), df["response"]).predict(pd.get_dummies(df[["site", "treatment", "dose", "age"]], columns=["site", "treatment"], dtype=float)), rtol=1e-6, atol=1e-6 * np.abs(df["response"]).max())',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'encoding', 'pipeline', 'linear-model']
# edge_cases = true
# ///
from sklearn.compose import make_column_transformer
from sklearn.linear_model import LinearRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder

features = ["site", "treatment", "dose", "age"]
# the model needs numbers: one-hot encode the text categories, pass dose and age through unchanged
encode = make_column_transformer((OneHotEncoder(), ["site", "treatment"]), remainder="passthrough")
model = make_pipeline(encode, LinearRegression()).fit(df[features], df["response"])
fitted = model.predict(df[features])
