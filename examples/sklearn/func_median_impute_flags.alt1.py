import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer


def impute_with_flags(df):
    """Median-impute the numeric DataFrame df with scikit-learn's
    SimpleImputer and flag what was filled.

    Returns a new DataFrame with df's index: df's columns in order, missing
    values replaced by the column median, followed by one int column
    "<name>_missing" (1 where the value was missing) for each column that
    had at least one missing value, in column order. Raises
    ValueError("column <name> has no observed values") for a column with
    no values at all.
    """
    empty = df.columns[df.notna().sum() == 0]
    if len(empty):
        raise ValueError(f"column {empty[0]} has no observed values")
    # pandas output keeps the index and names the flags "missingindicator_<name>"
    imputer = SimpleImputer(strategy="median", add_indicator=True).set_output(transform="pandas")
    out = imputer.fit_transform(df)
    flags = [c for c in out.columns if c.startswith("missingindicator_")]
    out[flags] = out[flags].astype(int)
    return out.rename(columns={c: c.removeprefix("missingindicator_") + "_missing" for c in flags})


filled = impute_with_flags(survey)

try:
    impute_with_flags(pd.DataFrame({"p": [1.0, 2.0], "q": [np.nan, np.nan]}))
except ValueError as exc:
    empty_error = str(exc)
