import pandas as pd


def fiscal_quarter(dates, year_end_month=3):
    """Fiscal-quarter labels such as "2025Q1" for a Series of datetimes."""
    if year_end_month not in range(1, 13):
        raise ValueError("year_end_month must be between 1 and 12")
    # months since the fiscal year started (0-11) and the calendar year the fiscal year ends in
    months_in = (dates.dt.month - year_end_month - 1) % 12
    fiscal_year = dates.dt.year + (dates.dt.month > year_end_month)
    labels = (
        fiscal_year.astype("Int64").astype("string")
        + "Q"
        + (months_in // 3 + 1).astype("Int64").astype("string")
    )
    return labels.where(dates.notna(), pd.NA)


order_fq = fiscal_quarter(orders["order_date"])
