import pandas as pd

tickets = pd.DataFrame(
    {
        "ticket": ["T-01", "T-02", "T-03", "T-04", "T-05"],
        "priority": pd.Categorical(["low", "high", "medium", "high", "low"]),
    }
)
urgency = pd.CategoricalDtype(["low", "medium", "high"], ordered=True)
tickets["priority"] = tickets["priority"].astype(urgency)
by_priority = tickets.sort_values("priority", ascending=False, kind="stable")
