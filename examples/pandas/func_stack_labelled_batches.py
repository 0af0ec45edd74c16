# /// example
# task = '''
# Write a function `stack_batches` with the signature and docstring below. The order lines
# `orders` arrive as two exports without the `returned` column: "kept" (lines not returned) and
# "returned". Build those two frames, stack them with `stack_batches` and a source column named
# "export", and store the result in `all_lines`.
#
# ```python
# def stack_batches(batches, source_name="source"):
#     """Stack a dict {label: DataFrame} into one DataFrame.
#
#     The first column, `source_name`, holds each row's label. Columns are
#     the union of the batches' columns in order of first appearance, with
#     NaN where a batch lacks a column. Rows follow the dict order, then each
#     frame's order; the index is a fresh RangeIndex. An empty dict gives an
#     empty DataFrame with the single column `source_name`.
#     """
# ```'''
# prompt = """
# I get the same kind of table in several exports and want to stack them while remembering where \
# each row came from. Please write `stack_batches(batches, source_name="source")` taking a dict \
# of label -> DataFrame and returning one frame whose first column `source_name` holds the label; \
# the columns are the union in order of first appearance (NaN where a batch lacks one), rows keep \
# dict order then frame order, the index is 0..n-1, and an empty dict gives an empty frame with \
# just the `source_name` column. Then split my `orders` lines into a "kept" export (not \
# returned) and a "returned" export, both without the `returned` column, and stack them back \
# with the source column "export" into `all_lines`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { orders = 'orders' }
# checks = [
#     'stack_batches({"jan": pd.DataFrame({"a": [1, 2]}, index=[5, 6]), "feb": pd.DataFrame({"a": [3], "b": ["x"]}, index=[5])}).fillna({"b": "-"}).to_dict("list") == {"source": ["jan", "jan", "feb"], "a": [1, 2, 3], "b": ["-", "-", "x"]}',
#     'stack_batches({"jan": pd.DataFrame({"a": [1, 2]}, index=[5, 6]), "feb": pd.DataFrame({"a": [3], "b": ["x"]}, index=[5])})["b"].isna().tolist() == [True, True, False] and stack_batches({"jan": pd.DataFrame({"a": [1, 2]}, index=[5, 6]), "feb": pd.DataFrame({"a": [3], "b": ["x"]}, index=[5])}).index.equals(pd.RangeIndex(3))',
#     'list(stack_batches({"z": pd.DataFrame({"v": [0.5]}), "a": pd.DataFrame({"w": [1.5], "v": [2.5]})}, source_name="file").columns) == ["file", "v", "w"] and stack_batches({"z": pd.DataFrame({"v": [0.5]}), "a": pd.DataFrame({"w": [1.5], "v": [2.5]})}, source_name="file")["file"].tolist() == ["z", "a"]',
#     'list(stack_batches({}, source_name="batch").columns) == ["batch"] and stack_batches({}, source_name="batch").empty',
#     'len(all_lines) == len(orders) and all_lines.index.equals(pd.RangeIndex(len(orders))) and list(all_lines.columns) == ["export"] + [name for name in orders.columns if name != "returned"]',
#     'all_lines["export"].tolist() == ["kept"] * int((~orders["returned"]).sum()) + ["returned"] * int(orders["returned"].sum())',
#     'all_lines.drop(columns="export").equals(pd.concat([orders[~orders["returned"]], orders[orders["returned"]]]).drop(columns="returned").reset_index(drop=True))',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'merging']
# edge_cases = true
# ///
import pandas as pd


def stack_batches(batches, source_name="source"):
    """Stack a dict {label: DataFrame} into one DataFrame.

    The first column, `source_name`, holds each row's label. Columns are
    the union of the batches' columns in order of first appearance, with
    NaN where a batch lacks a column. Rows follow the dict order, then each
    frame's order; the index is a fresh RangeIndex. An empty dict gives an
    empty DataFrame with the single column `source_name`.
    """
    if not batches:
        return pd.DataFrame(columns=[source_name])
    # the dict keys become the outer index level, which reset_index turns into the source column
    stacked = pd.concat(batches, names=[source_name, None])
    return stacked.reset_index(level=source_name).reset_index(drop=True)


exports = {
    "kept": orders[~orders["returned"]].drop(columns="returned"),
    "returned": orders[orders["returned"]].drop(columns="returned"),
}
all_lines = stack_batches(exports, source_name="export")
