import numpy as np


def one_hot(df, column, categories, prefix=None):
    """Replace `column` by one int8 indicator column per category.

    The indicators are named f"{prefix}_{category}" (prefix defaults to
    the column name), come in the order of `categories` after the other
    columns, and exist for every category even when it does not occur, so
    batches encoded separately line up. Values not in `categories` and
    missing values get all-zero indicators. The index is kept and df is
    not modified.
    """
    name = column if prefix is None else prefix
    encoded = df.drop(columns=column)
    for category in categories:
        encoded[f"{name}_{category}"] = (df[column] == category).fillna(False).astype(np.int8)
    return encoded


likert_encoded = one_hot(likert, "group", ["staff", "student", "visitor"])
