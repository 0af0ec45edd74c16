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
    data = pd.DataFrame(
        {"time": pd.Series(time, dtype=float).to_numpy(), "event": pd.Series(event).to_numpy()}
    )
    data = data.dropna(subset=["time"]).astype({"event": bool})
    per_time = data.groupby("time").agg(n=("event", "size"), events=("event", "sum")).sort_index()
    # everyone whose time is t or later: a reversed cumulative count
    per_time["at_risk"] = per_time["n"][::-1].cumsum()[::-1]
    table = per_time[per_time["events"] > 0].reset_index()
    table["survival"] = (1 - table["events"] / table["at_risk"]).cumprod()
    return table[["time", "at_risk", "events", "survival"]].astype(
        {"at_risk": int, "events": int, "survival": float}
    )


km = kaplan_meier_table(survival["time"], survival["event"])
