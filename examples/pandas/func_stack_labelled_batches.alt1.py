import pandas as pd


def stack_batches(batches, source_name="source"):
    """Stack a dict {label: DataFrame} into one DataFrame.

    The first column, `source_name`, holds each row's label. Columns are
    the union of the batches' columns in order of first appearance, with
    NaN where a batch lacks a column. Rows follow the dict order, then each
    frame's order; the index is a fresh RangeIndex. An empty dict gives an
    empty DataFrame with the single column `source_name`.
    """
    labelled = [
        frame.assign(**{source_name: label})[[source_name, *frame.columns]]
        for label, frame in batches.items()
    ]
    if not labelled:
        return pd.DataFrame({source_name: []})
    return pd.concat(labelled, ignore_index=True)


returned = orders["returned"]
all_lines = stack_batches(
    {
        "kept": orders.loc[~returned, orders.columns != "returned"],
        "returned": orders.loc[returned, orders.columns != "returned"],
    },
    source_name="export",
)
