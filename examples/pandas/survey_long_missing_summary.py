# /// example
# task = """
# Melt the numeric table `survey` (columns `income`, `age`, `score`, `hours`, with missing \
# values) into a long table with the columns `variable` and `value`, then summarise each \
# variable with named aggregation into `summary`: `n` (non-missing values), `n_missing`, `mean` \
# and `median` (both ignoring missing values). One row per variable, indexed by its name."""
# prompt = """
# For a data report on my `survey` table (`income`, `age`, `score`, `hours`, with gaps) I'd like \
# to go through a long format (`variable`, `value`) and get `summary` with one row per variable: \
# `n` non-missing, `n_missing`, `mean` and `median` of the available values."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { survey = 'survey' }
# checks = [
#     'sorted(summary.index) == sorted(["income", "age", "score", "hours"])',
#     'all(summary.loc[v, "n"] == survey[v].notna().sum() and summary.loc[v, "n_missing"] == survey[v].isna().sum() for v in ["income", "age", "score", "hours"])',
#     'all(np.isclose(summary.loc[v, "mean"], np.nanmean(survey[v].to_numpy(dtype=float))) and np.isclose(summary.loc[v, "median"], np.nanmedian(survey[v].to_numpy(dtype=float))) for v in ["income", "age", "score", "hours"] if survey[v].notna().any())',
# ]
# difficulty = 'basic'
# tags = ['reshaping', 'aggregation', 'missing-data']
# edge_cases = { nan = true, extra_columns = false, min_size = 1, why = "the report covers the four named variables, with their gaps" }
# ///
import pandas as pd

long = survey.melt(
    value_vars=["income", "age", "score", "hours"], var_name="variable", value_name="value"
)
summary = long.groupby("variable").agg(
    n=pd.NamedAgg(column="value", aggfunc="count"),
    rows=pd.NamedAgg(column="value", aggfunc="size"),
    mean=pd.NamedAgg(column="value", aggfunc="mean"),
    median=pd.NamedAgg(column="value", aggfunc="median"),
)
# count skips NaN while size counts every row: the difference is the number of gaps
summary["n_missing"] = summary.pop("rows") - summary["n"]
