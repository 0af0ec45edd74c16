# /// example
# task = '''
# Write a function `one_hot` with the signature and docstring below, then encode the `group`
# column of the survey table `likert` with the categories "staff", "student" and "visitor", and
# store the result in `likert_encoded`.
#
# ```python
# def one_hot(df, column, categories, prefix=None):
#     """Replace `column` by one int8 indicator column per category.
#
#     The indicators are named f"{prefix}_{category}" (prefix defaults to
#     the column name), come in the order of `categories` after the other
#     columns, and exist for every category even when it does not occur, so
#     batches encoded separately line up. Values not in `categories` and
#     missing values get all-zero indicators. The index is kept and df is
#     not modified.
#     """
# ```'''
# prompt = """
# I encode categorical columns batch by batch and the dummy columns don't line up when a batch \
# lacks a category. Please write `one_hot(df, column, categories, prefix=None)` that drops \
# `column` and appends one int8 0/1 column per category, named `f"{prefix}_{category}"` (prefix \
# defaults to the column name), in the order of `categories`, present even for categories that \
# never occur; unknown or missing values get all zeros. Keep the index and don't modify the \
# input. Then encode `group` of my `likert` survey table with the categories "staff", "student" \
# and "visitor" into `likert_encoded`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { likert = 'likert' }
# checks = [
#     'one_hot(pd.DataFrame({"id": [1, 2, 3], "color": ["red", "blue", "red"]}), "color", ["red", "green", "blue"]).equals(pd.DataFrame({"id": [1, 2, 3], "color_red": np.array([1, 0, 1], dtype=np.int8), "color_green": np.array([0, 0, 0], dtype=np.int8), "color_blue": np.array([0, 1, 0], dtype=np.int8)}))',
#     'one_hot(pd.DataFrame({"size": ["S", None, "XL", "M"]}, index=[9, 8, 7, 6]), "size", ["S", "M"], prefix="sz").equals(pd.DataFrame({"sz_S": np.array([1, 0, 0, 0], dtype=np.int8), "sz_M": np.array([0, 0, 0, 1], dtype=np.int8)}, index=[9, 8, 7, 6]))',
#     'list(one_hot(pd.DataFrame({"k": pd.Categorical(["b", "a"]), "v": [0.5, 1.5]}), "k", ["a", "b"]).columns) == ["v", "k_a", "k_b"] and one_hot(pd.DataFrame({"k": pd.Categorical(["b", "a"]), "v": [0.5, 1.5]}), "k", ["a", "b"])["k_b"].tolist() == [1, 0]',
#     'list(likert_encoded.columns) == [name for name in likert.columns if name != "group"] + ["group_staff", "group_student", "group_visitor"]',
#     'likert_encoded.index.equals(likert.index) and (likert_encoded["group_visitor"] == 0).all() and (likert_encoded[["group_staff", "group_student", "group_visitor"]].dtypes == np.int8).all()',
#     '(likert_encoded["group_staff"].to_numpy() == (likert["group"] == "staff").to_numpy()).all() and (likert_encoded["group_student"].to_numpy() == (likert["group"] == "student").to_numpy()).all()',
#     'likert.equals(input_as_given("likert"))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'encoding', 'categorical', 'reshaping']
# edge_cases = true
# ///
import pandas as pd


def one_hot(df, column, categories, prefix=None):
    """Replace `column` by one int8 indicator column per category.

    The indicators are named f"{prefix}_{category}" (prefix defaults to
    the column name), come in the order of `categories` after the other
    columns, and exist for every category even when it does not occur, so
    batches encoded separately line up. Values not in `categories` and
    missing values get all-zero indicators. The index is kept and df is
    not modified.
    """
    values = df[column]
    # unknown values become missing first: a fixed categorical dtype then gives every category a column
    known = values.where(values.isin(categories)).astype(pd.CategoricalDtype(categories))
    dummies = pd.get_dummies(known, prefix=column if prefix is None else prefix, dtype="int8")
    return pd.concat([df.drop(columns=column), dummies], axis=1)


likert_encoded = one_hot(likert, "group", ["staff", "student", "visitor"])
