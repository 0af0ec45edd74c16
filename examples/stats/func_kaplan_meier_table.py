# /// example
# task = '''
# Write a function `kaplan_meier_table` with the signature and docstring below. Apply it to the
# `time` and `event` columns of the DataFrame `survival` and store the table in `km`.
#
# ```python
# def kaplan_meier_table(time, event):
#     """Kaplan-Meier life table from right-censored survival times.
#
#     `time` holds follow-up times and `event` is True where the event was
#     observed (False = censored). Rows with a missing time are dropped.
#     Returns a DataFrame with one row per distinct time at which at least
#     one event was observed, ascending, and columns "time", "at_risk"
#     (subjects with time >= t), "events" (observed events at t) and
#     "survival" (the product-limit estimate S(t) just after t). Subjects
#     censored at t still count as at risk at t. With no observed events the
#     table is empty (with those four columns).
#     """
# ```'''
# prompt = """
# I don't want to pull in lifelines for a quick survival summary. Could you write \
# `kaplan_meier_table(time, event)` that returns the Kaplan-Meier life table as a DataFrame: one \
# row per distinct time with at least one observed event (sorted), with columns `"time"`, \
# `"at_risk"` (still followed at that time, censored-at-t included), `"events"` and `"survival"` \
# (the product-limit estimate right after that time)? `event` is True for an observed event and \
# False for censoring; drop rows whose time is missing, and return an empty table with those \
# columns when nothing was observed. Run it on the `time` and `event` columns of `survival` and \
# keep it in `km`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['pandas', 'numpy', 'scipy.stats']
# inputs = { survival = 'survival' }
# checks = [
#     # S = (1 - 1/6) (1 - 1/5) at t = 2; the subject censored at 2 is at risk there
#     '(lambda t: list(t.columns) == ["time", "at_risk", "events", "survival"] and np.allclose(t["time"], [1, 2, 4]) and list(t["at_risk"]) == [6, 5, 2] and list(t["events"]) == [1, 1, 1] and np.allclose(t["survival"], [5 / 6, 5 / 6 * 4 / 5, 5 / 6 * 4 / 5 / 2]))(kaplan_meier_table([1.0, 2.0, 2.0, 3.0, 4.0, 5.0], [True, True, False, False, True, False]))',
#     # two tied events at 3 with one censored subject missing its time
#     '(lambda t: np.allclose(t["time"], [3.0, 7.0]) and list(t["events"]) == [2, 1] and np.allclose(t["survival"], [0.5, 0.0]))(kaplan_meier_table(pd.Series([3.0, 3.0, np.nan, 7.0, 5.0]), pd.Series([True, True, False, True, False])))',
#     '(lambda t: len(t) == 0 and list(t.columns) == ["time", "at_risk", "events", "survival"])(kaplan_meier_table([2.0, 4.0], [False, False]))',
#     'isinstance(km, pd.DataFrame) and km["time"].is_monotonic_increasing and km["survival"].is_monotonic_decreasing',
#     '(lambda s: np.allclose(km["time"], np.unique(s["time"][s["event"]])) and np.allclose(km["at_risk"], [(s["time"] >= t).sum() for t in km["time"]]))(survival.dropna(subset=["time"]))',
#     '(lambda s: np.allclose(km["survival"], scipy.stats.ecdf(scipy.stats.CensoredData(uncensored=s["time"][s["event"]].to_numpy(), right=s["time"][~s["event"]].to_numpy())).sf.evaluate(km["time"].to_numpy())) if s["event"].any() else len(km) == 0)(survival.dropna(subset=["time"]))',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'ecdf', 'missing-data']
# edge_cases = true
# ///
import numpy as np
import pandas as pd


def kaplan_meier_table(time, event):
    """Kaplan-Meier life table from right-censored survival times.

    `time` holds follow-up times and `event` is True where the event was
    observed (False = censored). Rows with a missing time are dropped.
    Returns a DataFrame with one row per distinct time at which at least
    one event was observed, ascending, and columns "time", "at_risk"
    (subjects with time >= t), "events" (observed events at t) and
    "survival" (the product-limit estimate S(t) just after t). Subjects
    censored at t still count as at risk at t. With no observed events the
    table is empty (with those four columns).
    """
    time = np.asarray(time, dtype=float)
    event = np.asarray(event, dtype=bool)
    keep = ~np.isnan(time)
    time, event = time[keep], event[keep]
    event_times = np.unique(time[event])
    # searchsorted on the sorted times counts how many subjects are still followed at each t
    at_risk = len(time) - np.searchsorted(np.sort(time), event_times, side="left")
    deaths = np.array([np.sum(event & (time == t)) for t in event_times], dtype=int)
    survival = np.cumprod(1.0 - deaths / at_risk)
    return pd.DataFrame(
        {"time": event_times, "at_risk": at_risk, "events": deaths, "survival": survival}
    )


km = kaplan_meier_table(survival["time"], survival["event"])
