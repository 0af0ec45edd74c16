# /// example
# task = '''
# Write the function `label_line_ends` below, then plot the three channels of `sensor`
# (`sensor_a`, `sensor_b`, `sensor_c`) against the date index on `fig, ax`, each line labelled
# with its column name, and label their ends with `label_line_ends(ax)` instead of a legend;
# keep the returned texts in `end_labels`.
#
# ```python
# def label_line_ends(ax, pad=0.0):
#     """Write each labelled line's label at the line's last finite point,
#     shifted right by `pad` data units, in the line's colour, left-aligned
#     and vertically centred. Lines whose label starts with "_" (unlabelled)
#     and lines with no finite point get no text. Return the list of Text
#     objects in the order of ax.lines.
#     """
# ```'''
# prompt = '''
# Legends are hard to read on my multi-channel plots, so I want a helper
# `label_line_ends(ax, pad=0.0)` that writes each labelled line's name right at its last finite
# point (x shifted by `pad` data units), in the line's colour, left-aligned and vertically
# centred, skipping unlabelled lines (label starting with "_") and lines without any finite
# point, and returns the texts in line order. Use it on a plot of the `sensor_a`, `sensor_b`,
# `sensor_c` columns of my `sensor` table (dates on x, each line labelled with its column) on
# `fig, ax`, storing the texts in `end_labels`.'''
# task_type = 'function'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy', 'pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     # two labelled lines and one unlabelled: texts at the last points, in the lines' colours
#     '(lambda ax: (ax.plot([0, 1, 2], [3.0, 1.0, 2.0], color="red", label="a"), ax.plot([0, 1], [5.0, 4.0], label="_helper"), ax.plot([0, 1, 5], [1.0, 7.0, 6.5], color="#00aa00", label="b"), [(t.get_text(), tuple(np.round(t.get_position(), 9)), matplotlib.colors.to_hex(t.get_color()), t.get_ha(), t.get_va()) for t in label_line_ends(ax)] == [("a", (2.0, 2.0), "#ff0000", "left", "center"), ("b", (5.0, 6.5), "#00aa00", "left", "center")])[-1])(matplotlib.pyplot.subplots()[1])',
#     # trailing NaN: the last finite point; pad shifts x
#     '(lambda ax: (ax.plot([0.0, 1.0, 2.0, 3.0], [1.0, 4.0, np.nan, np.nan], label="gap"), ax.plot([0.0, 1.0], [np.nan, np.nan], label="empty"), [(t.get_text(), tuple(np.round(t.get_position(), 9))) for t in label_line_ends(ax, pad=0.5)] == [("gap", (1.5, 4.0))])[-1])(matplotlib.pyplot.subplots()[1])',
#     'label_line_ends(matplotlib.pyplot.subplots()[1]) == []',
#     '[t.get_text() for t in end_labels] == ["sensor_a", "sensor_b", "sensor_c"] and figure_summary(fig).axes[0].legend_labels == []',
#     # each sensor label sits at its channel last finite reading
#     'all(not sensor[c].notna().any() or np.isclose(t.get_position()[1], sensor[c].dropna().iloc[-1]) for t, c in zip(end_labels, ["sensor_a", "sensor_b", "sensor_c"]))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'annotation', 'time-series']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np


def label_line_ends(ax, pad=0.0):
    """Write each labelled line's label at the line's last finite point,
    shifted right by `pad` data units, in the line's colour, left-aligned
    and vertically centred. Lines whose label starts with "_" (unlabelled)
    and lines with no finite point get no text. Return the list of Text
    objects in the order of ax.lines.
    """
    texts = []
    for line in ax.lines:
        label = line.get_label()
        if label.startswith("_"):
            continue
        # converted (numeric) data, so dates work too
        xy = line.get_xydata()
        finite = np.flatnonzero(np.isfinite(xy).all(axis=1))
        if finite.size == 0:
            continue
        x, y = xy[finite[-1]]
        texts.append(ax.text(x + pad, y, label, color=line.get_color(), ha="left", va="center"))
    return texts


fig, ax = plt.subplots(figsize=(6, 3.5))
for column in ["sensor_a", "sensor_b", "sensor_c"]:
    ax.plot(sensor.index, sensor[column], label=column)
ax.set(xlabel="date", ylabel="reading", title="Sensor channels")
end_labels = label_line_ends(ax, pad=1.0)
