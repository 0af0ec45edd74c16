import pandas as pd


def customer_summary(lines):
    """One row per customer from order lines.

    `lines` has the columns customer, order_id, order_date, quantity,
    unit_price and returned. Exact duplicate lines count once and returned
    lines are left out. Returns a DataFrame indexed by customer (sorted)
    with the columns first_order and last_order (dates), n_orders (distinct
    order_id), units (total quantity) and revenue (total quantity *
    unit_price); customers whose lines were all returned do not appear.
    """
    unique_lines = lines.drop_duplicates()
    valid = unique_lines.loc[~unique_lines["returned"].to_numpy()].reset_index(drop=True)
    by_customer = valid.groupby("customer", sort=True)
    return pd.DataFrame(
        {
            "first_order": by_customer["order_date"].min(),
            "last_order": by_customer["order_date"].max(),
            "n_orders": by_customer["order_id"].nunique(),
            "units": by_customer["quantity"].sum(),
            "revenue": (valid["quantity"] * valid["unit_price"]).groupby(valid["customer"]).sum(),
        }
    )


customers = customer_summary(orders)
