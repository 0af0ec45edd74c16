from sklearn import compose, impute, pipeline, preprocessing


def build_preprocessor(numeric, categorical):
    """Unfitted ColumnTransformer for the given lists of column names.

    Numeric columns: missing values replaced by the column median learned
    in fit, then standardised (mean 0, population SD 1). Categorical
    columns: one-hot encoded with the categories seen in fit (sorted); a
    category unseen in fit gives an all-zero row instead of an error.
    Every other column is dropped. The output is a dense float array:
    the numeric columns first, in the given order, then the one-hot columns.
    """
    numeric_pipe = pipeline.Pipeline(
        [
            ("impute", impute.SimpleImputer(strategy="median")),
            ("scale", preprocessing.StandardScaler()),
        ]
    )
    # sparse_threshold=0 forces a dense result even when the one-hot block is mostly zeros
    return compose.make_column_transformer(
        (numeric_pipe, list(numeric)),
        (preprocessing.OneHotEncoder(handle_unknown="ignore"), list(categorical)),
        sparse_threshold=0.0,
    )


features = build_preprocessor(["quantity", "unit_price"], ["product"]).fit_transform(orders)
