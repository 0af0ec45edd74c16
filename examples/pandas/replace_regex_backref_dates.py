# /// example
# task = """
# Three clinics typed `visit_date` in different formats: ISO `2024-03-05`, slashed \
# `2024/03/05` and day-first dotted `05.03.2024` (day.month.year). Build `visits` from the list \
# below, rewrite every date to ISO text with `Series.replace(..., regex=True)` (a pattern with \
# capture groups and `\\1`-style backreferences reorders the dotted dates), store that text \
# Series in `iso_text` (2024-03-05, 2024-03-07, 2024-03-09, 2024-03-11, 2024-04-12, \
# 2024-04-30), and parse it with `pd.to_datetime(..., format="%Y-%m-%d")` into `visit_day`.
#
# visit_date: "2024-03-05", "2024/03/07", "09.03.2024", "2024-03-11", "12.04.2024", "2024/04/30" \
# (in that order)."""
# prompt = """
# My `visits` table has a `visit_date` text column typed three ways: "2024-03-05" style, \
# "2024/03/07" style and day-first "09.03.2024" style. The values, in order, are "2024-03-05", \
# "2024/03/07", "09.03.2024", "2024-03-11", "12.04.2024" and "2024/04/30". Rewrite them all as \
# ISO text (YYYY-MM-DD) with regex replacements into `iso_text` (giving 2024-03-05, 2024-03-07, \
# 2024-03-09, 2024-03-11, 2024-04-12 and 2024-04-30), then parse that with the explicit format \
# "%Y-%m-%d" into datetimes in `visit_day`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'visits["visit_date"].tolist() == ["2024-03-05", "2024/03/07", "09.03.2024", "2024-03-11", "12.04.2024", "2024/04/30"]',
#     'list(iso_text) == ["2024-03-05", "2024-03-07", "2024-03-09", "2024-03-11", "2024-04-12", "2024-04-30"]',
#     'pd.api.types.is_datetime64_any_dtype(visit_day)',
#     'list(pd.DatetimeIndex(visit_day).strftime("%Y-%m-%d")) == list(iso_text)',
# ]
# difficulty = 'intermediate'
# tags = ['data-cleaning', 'parsing', 'datetime', 'text-processing']
# ///
import pandas as pd

visits = pd.DataFrame(
    {
        "visit_date": [
            "2024-03-05",
            "2024/03/07",
            "09.03.2024",
            "2024-03-11",
            "12.04.2024",
            "2024/04/30",
        ]
    }
)

# a list of patterns and a list of replacements are applied pair by pair
iso_text = visits["visit_date"].replace(
    [r"^(\d{4})/(\d{2})/(\d{2})$", r"^(\d{2})\.(\d{2})\.(\d{4})$"],
    [r"\1-\2-\3", r"\3-\2-\1"],
    regex=True,
)
visit_day = pd.to_datetime(iso_text, format="%Y-%m-%d")
