import pandas as pd


def compare_series(a, b, fill_value=None):
    """Align two Series on the union of their indexes and compare them."""
    labels = a.index.union(b.index).sort_values()
    left = a.reindex(labels, fill_value=fill_value) if fill_value is not None else a.reindex(labels)
    right = (
        b.reindex(labels, fill_value=fill_value) if fill_value is not None else b.reindex(labels)
    )
    return pd.DataFrame({"a": left, "b": right, "diff": left - right}, index=labels)


comparison = compare_series(sensor["sensor_a"], sensor["sensor_b"].drop(sensor.index[::3]))
