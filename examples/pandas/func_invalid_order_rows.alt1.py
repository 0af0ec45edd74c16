import pandas as pd


def invalid_orders(orders):
    """Rows of `orders` that break a business rule, with the reason.

    Rules, checked in this order: `quantity` must be > 0, `unit_price` must be
    present and > 0, and `order_id` must be unique (every row of a repeated id
    is invalid). Returns the offending rows (original index and order, all
    columns) plus a column `reason` naming the first rule each row breaks:
    "quantity", "unit_price" or "duplicate id". When every row passes the
    result is empty but has the same columns plus `reason`. Raises
    ValueError("missing columns: ...") listing the absent required columns,
    sorted and joined by ", ".
    """
    required = ["order_id", "quantity", "unit_price"]
    missing = [column for column in required if column not in orders.columns]
    if missing:
        raise ValueError("missing columns: " + ", ".join(sorted(missing)))
    reason = pd.Series(pd.NA, index=orders.index, dtype="object")
    reason = reason.mask(orders["order_id"].duplicated(keep=False), "duplicate id")
    reason = reason.mask(~orders["unit_price"].gt(0), "unit_price")
    reason = reason.mask(~orders["quantity"].gt(0), "quantity")
    flagged = reason.notna().to_numpy()
    result = orders.loc[flagged].copy()
    result["reason"] = reason[flagged].astype(str).to_numpy()
    return result


try:
    invalid_orders(pd.DataFrame({"order_id": [1, 2]}))
except ValueError as exc:
    missing_error = str(exc)
