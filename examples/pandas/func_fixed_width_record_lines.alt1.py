import pandas as pd


def to_fixed_width(frame, widths):
    lines = []
    for row in frame.itertuples(index=False):
        parts = []
        for column, value in zip(frame.columns, row, strict=True):
            width = widths[column]
            text = "" if pd.isna(value) else str(value)
            if len(text) > width:
                raise ValueError(f"{column}: {text!r} is longer than {width}")
            numeric = pd.api.types.is_numeric_dtype(frame[column])
            parts.append(text.rjust(width) if numeric else text.ljust(width))
        lines.append("".join(parts))
    return lines
