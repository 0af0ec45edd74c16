import pandas as pd

todo = pd.DataFrame(
    {
        "task": ["report", "email", "backup", "review", "call"],
        "priority": ["low", "high", "medium", "high", "low"],
        "due": ["2024-06-03", "2024-06-05", "2024-06-01", "2024-06-02", "2024-06-01"],
    }
)
order = {"high": 0, "medium": 1, "low": 2}
ordered = (
    todo.assign(_rank=todo["priority"].map(order))
    .sort_values(["_rank", "due"])
    .drop(columns="_rank")
)
