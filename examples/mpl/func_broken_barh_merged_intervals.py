# /// example
# task = '''
# Write a function `plot_busy_intervals` with the signature and docstring below. Then, for the
# event log `events` (columns `timestamp`, `user`, `event`), count each event as 10 minutes of
# activity from its timestamp, measured in minutes since the first event, draw every user's
# activity on the Axes `ax` of the figure `fig` with the function, label the axes, add a title,
# and keep the returned intervals in `sessions`.
#
# ```python
# def plot_busy_intervals(ax, starts, ends, lanes):
#     """Draw busy time intervals as a Gantt-style chart on `ax`.
#
#     Interval k runs from starts[k] to ends[k] (numbers) in lane lanes[k].
#     Within each lane, overlapping or touching intervals are merged. Lanes
#     are drawn in sorted order at y = 0, 1, 2, ... with one broken_barh call
#     each (bars 0.8 high, centred on the lane's y), and the y ticks are at
#     those positions labelled with the lane names.
#
#     Returns a dict mapping each lane to its merged intervals as a list of
#     (start, end) tuples in increasing order.
#     """
# ```'''
# prompt = """
# I want to see when each user in my `events` log (`timestamp`, `user`, `event`) was active. \
# Please write `plot_busy_intervals(ax, starts, ends, lanes)` for a Gantt-style chart: interval k \
# goes from `starts[k]` to `ends[k]` in lane `lanes[k]`; merge intervals of a lane that overlap or \
# touch; draw the lanes in sorted order at y = 0, 1, 2, ... with one `broken_barh` each (bars 0.8 \
# high, centred on the lane), with y ticks labelled by lane name; return a dict lane -> merged \
# `(start, end)` tuples in increasing order. Then treat every event as 10 minutes of activity from \
# its timestamp, in minutes since the first event, plot all users on `ax` in `fig` with axis \
# labels and a title, and keep the result in `sessions`."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy', 'pandas']
# inputs = { events = 'events' }
# checks = [
#     # overlapping (1-4 with 3-5), touching (0-2 with 2-3) and unsorted intervals
#     'plot_busy_intervals(matplotlib.pyplot.subplots()[1], [3, 0, 1, 2, 10], [5, 2, 4, 3, 12], ["b", "b", "a", "b", "a"]) == {"a": [(1, 4), (10, 12)], "b": [(0, 5)]}',
#     'plot_busy_intervals(matplotlib.pyplot.subplots()[1], np.array([0.0, 6.0, 1.5]), np.array([1.0, 7.0, 2.5]), np.array(["x", "x", "x"])) == {"x": [(0.0, 1.0), (1.5, 2.5), (6.0, 7.0)]}',
#     # what was drawn: one collection per lane, rectangles at the merged intervals, lane rows 0.8 high
#     '(lambda ax: (plot_busy_intervals(ax, [5, 0, 2], [6, 3, 4], ["late", "early", "early"]), [sorted((round(p.vertices[:, 0].min(), 9), round(p.vertices[:, 0].max(), 9), round(p.vertices[:, 1].min(), 9), round(p.vertices[:, 1].max(), 9)) for p in c.get_paths()) for c in ax.collections] == [[(0, 4, -0.4, 0.4)], [(5, 6, 0.6, 1.4)]] and [t.get_text() for t in ax.get_yticklabels()] == ["early", "late"] and list(ax.get_yticks()) == [0, 1])[1])(matplotlib.pyplot.subplots()[1])',
#     # one session per run of events less than 10 minutes apart
#     '(lambda minutes: sorted(sessions) == sorted(events["user"].unique()) and all(len(sessions[u]) == 1 + int((np.diff(np.sort(minutes[(events["user"] == u).to_numpy(dtype=bool)])) > 10).sum()) for u in sessions) and all(np.isclose(sessions[u][0][0], minutes[(events["user"] == u).to_numpy(dtype=bool)].min()) and np.isclose(sessions[u][-1][1], minutes[(events["user"] == u).to_numpy(dtype=bool)].max() + 10) for u in sessions))((events["timestamp"] - events["timestamp"].min()).dt.total_seconds().to_numpy() / 60)',
#     'len(ax.collections) == events["user"].nunique() and ax.get_xlabel() != "" and ax.get_title() != ""',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'bar-chart', 'time-series', 'groupby']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np


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
    starts, ends, lanes = np.asarray(starts), np.asarray(ends), np.asarray(lanes)
    merged = {}
    names = sorted(set(lanes.tolist()))
    for row, name in enumerate(names):
        in_lane = lanes == name
        order = np.argsort(starts[in_lane], kind="stable")
        intervals = []
        for start, end in zip(starts[in_lane][order], ends[in_lane][order], strict=True):
            if intervals and start <= intervals[-1][1]:
                intervals[-1] = (intervals[-1][0], max(intervals[-1][1], end))
            else:
                intervals.append((start, end))
        merged[name] = [(s.item(), e.item()) for s, e in intervals]
        # broken_barh takes (start, width) pairs and the (bottom, height) of the row
        ax.broken_barh([(s, e - s) for s, e in merged[name]], (row - 0.4, 0.8))
    ax.set_yticks(range(len(names)), labels=names)
    return merged


minutes = (events["timestamp"] - events["timestamp"].min()).dt.total_seconds().to_numpy() / 60
fig, ax = plt.subplots(figsize=(9, 5))
sessions = plot_busy_intervals(ax, minutes, minutes + 10, events["user"].to_numpy())
ax.set(xlabel="minutes since first event", ylabel="user", title="User activity (10 min per event)")
