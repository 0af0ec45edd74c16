import pandas as pd


def strip_text_columns(frame):
    def clean(column):
        is_text = pd.api.types.is_object_dtype(column.dtype) or isinstance(
            column.dtype, pd.StringDtype
        )
        if not is_text:
            return column
        stripped = column.str.strip()
        return stripped.where(stripped.str.len() > 0)

    return frame.apply(clean)
