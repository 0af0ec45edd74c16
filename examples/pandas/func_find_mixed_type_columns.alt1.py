from pandas.api.types import infer_dtype


def mixed_type_columns(frame):
    # infer_dtype names the kinds of values it sees; "mixed" labels cover text with other types
    mixed_labels = {"mixed", "mixed-integer"}
    return [
        column
        for column in frame.columns
        if infer_dtype(frame[column], skipna=True) in mixed_labels
        and frame[column].dropna().map(type).eq(str).any()
    ]
