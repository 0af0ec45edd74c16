import numpy as np
import pandas as pd


def asof_attach(left, right, left_on, right_on, by, value_cols, tolerance=None):
    """Attach to each row of `left` the latest earlier-or-equal row of `right`.

    For each row of left, take the row of right with the same `by` key and
    the largest `right_on` <= the row's `left_on`, and add its `value_cols`
    to a copy of left. A row with no such match, or whose match is older
    than `tolerance` (a Timedelta, None for no limit), gets NaN. Neither
    input needs to be sorted: the result keeps left's rows, order and
    index, with left's columns followed by `value_cols`.
    """
    rows = pd.DataFrame(
        {
            "position": np.arange(len(left)),
            "key": left[by].to_numpy(dtype=object),
            "when": left[left_on].to_numpy(),
        }
    )
    candidates = pd.DataFrame(
        {"key": right[by].to_numpy(dtype=object), "since": right[right_on].to_numpy()}
    )
    candidates[value_cols] = right[value_cols].to_numpy()
    pairs = rows.merge(candidates, on="key")
    keep = pairs["since"] <= pairs["when"]
    if tolerance is not None:
        keep &= pairs["when"] - pairs["since"] <= tolerance
    latest = pairs[keep].sort_values("since", kind="stable").groupby("position").tail(1)
    picked = latest.set_index("position")[value_cols].reindex(np.arange(len(left)))
    result = left.copy()
    for column in value_cols:
        result[column] = picked[column].to_numpy(dtype=float)
    return result


price_changes = pd.DataFrame(
    {
        "product": ["pen", "pen", "notebook", "mouse", "monitor", "monitor", "desk lamp"],
        "valid_from": pd.to_datetime(
            [
                "2024-02-01",
                "2023-12-01",
                "2024-01-01",
                "2024-01-15",
                "2023-11-01",
                "2024-03-01",
                "2024-01-10",
            ]
        ),
        "list_price": [1.4, 1.2, 3.5, 16.0, 180.0, 175.0, 26.0],
    }
)
priced = asof_attach(
    orders,
    price_changes,
    "order_date",
    "valid_from",
    "product",
    ["list_price"],
    pd.Timedelta(days=60),
)
