import matplotlib.pyplot as plt
import pandas as pd


def plot_busy_intervals(ax, starts, ends, lanes):
    """Draw busy time intervals as a Gantt-style chart on `ax`.

    Interval k runs from starts[k] to ends[k] (numbers) in lane lanes[k].
    Within each lane, overlapping or touching intervals are merged. Lanes
    are drawn in sorted order at y = 0, 1, 2, ... with one broken_barh call
    each (bars 0.8 high, centred on the lane's y), and the y ticks are at
    those positions labelled with the lane names.

    Returns a dict mapping each lane to its merged intervals as a list of
    (start, end) tuples in increasing order.
    """
    table = pd.DataFrame({"start": list(starts), "end": list(ends), "lane": list(lanes)})
    result = {}
    lane_names = sorted(table["lane"].unique())
    for y, lane in enumerate(lane_names):
        rows = table[table["lane"] == lane].sort_values("start")
        # a new block starts where an interval begins after everything before it has ended
        new_block = rows["start"] > rows["end"].cummax().shift()
        blocks = rows.groupby(new_block.cumsum()).agg(start=("start", "min"), end=("end", "max"))
        result[lane] = list(zip(blocks["start"].tolist(), blocks["end"].tolist(), strict=True))
        ax.broken_barh(
            list(zip(blocks["start"], blocks["end"] - blocks["start"], strict=True)), (y - 0.4, 0.8)
        )
    ax.set_yticks(list(range(len(lane_names))))
    ax.set_yticklabels(lane_names)
    return result


elapsed = (events["timestamp"] - events["timestamp"].iloc[0]).dt.total_seconds() / 60
fig, ax = plt.subplots(figsize=(9, 5))
sessions = plot_busy_intervals(ax, elapsed, elapsed + 10, events["user"])
ax.set_xlabel("minutes since first event")
ax.set_ylabel("user")
ax.set_title("Activity per user")
