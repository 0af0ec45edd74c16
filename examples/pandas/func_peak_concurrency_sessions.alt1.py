import numpy as np
import pandas as pd


def peak_concurrency(starts, ends):
    """The largest number of intervals [start, end) active at the same time."""
    start_values = np.sort(starts.to_numpy())
    end_values = np.sort(ends.to_numpy())
    if (ends.to_numpy() < starts.to_numpy()).any():
        raise ValueError("end before start")
    if len(start_values) == 0:
        return 0
    # at each start: calls started so far (this one included) minus calls already ended
    started = np.arange(1, len(start_values) + 1)
    ended = np.searchsorted(end_values, start_values, side="right")
    return int((started - ended).max())


calls = pd.DataFrame(
    {
        "start": pd.to_datetime(
            [
                "2024-02-01 09:00",
                "2024-02-01 09:05",
                "2024-02-01 09:20",
                "2024-02-01 09:30",
                "2024-02-01 09:10",
            ]
        ),
        "end": pd.to_datetime(
            [
                "2024-02-01 09:30",
                "2024-02-01 09:12",
                "2024-02-01 09:45",
                "2024-02-01 09:40",
                "2024-02-01 09:20",
            ]
        ),
    }
)
peak_calls = peak_concurrency(calls["start"], calls["end"])
