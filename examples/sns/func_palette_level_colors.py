# /// example
# task = '''
# Write a function `level_colors` with the signature and docstring below, then apply it to all \
# the categories of the categorical `event` column of the log `events` (its `.cat.categories`, in \
# their order, unused ones included) and store the result in `event_colors`.
#
# ```python
# def level_colors(levels, palette="husl"):
#     """Map each distinct level of `levels` (first-seen order) to a hex colour
#     string from the seaborn palette `palette`, with exactly as many colours as
#     distinct levels: the i-th level gets the palette's i-th colour.
#     Returns a dict {level: "#rrggbb"}.
#     Raises ValueError("no levels") if `levels` is empty.
#     """
# ```'''
# prompt = '''
# I keep hand-writing colour dicts for my plots. Could you write `level_colors(levels, palette="husl")`
# that takes the distinct levels in first-seen order and maps each to a hex colour from the seaborn
# palette (the i-th level gets the palette's i-th colour, drawn with exactly that many colours),
# returning a dict, and raising `ValueError("no levels")` on an empty input? Then use it for the
# categories of the categorical `event` column in my `events` log (all of `.cat.categories`, \
# also those no row uses) and keep the dict in `event_colors`.'''
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { events = 'events' }
# checks = [
#     # husl colours are evenly spaced hues: compare with seaborn's husl_palette of the same size
#     'level_colors(["b", "a", "b", "c"]) == dict(zip(["b", "a", "c"], [matplotlib.colors.to_hex(c) for c in seaborn.husl_palette(3)]))',
#     # a Matplotlib qualitative map gives its first colours in order
#     'level_colors(["x", "y"], palette="Set2") == {"x": matplotlib.colors.to_hex(matplotlib.colormaps["Set2"].colors[0]), "y": matplotlib.colors.to_hex(matplotlib.colormaps["Set2"].colors[1])}',
#     'level_colors(["only"], palette="Set2") == {"only": matplotlib.colors.to_hex(matplotlib.colormaps["Set2"].colors[0])}',
#     '__import__("unittest").TestCase().assertRaisesRegex(ValueError, "no levels", level_colors, []) is None',
#     'list(event_colors) == list(events["event"].cat.categories) and event_colors == dict(zip(events["event"].cat.categories, [matplotlib.colors.to_hex(c) for c in seaborn.husl_palette(len(events["event"].cat.categories))]))',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'colormap', 'categorical']
# edge_cases = true
# ///
import seaborn as sns


def level_colors(levels, palette="husl"):
    """Map each distinct level of `levels` (first-seen order) to a hex colour
    string from the seaborn palette `palette`, with exactly as many colours as
    distinct levels: the i-th level gets the palette's i-th colour.
    Returns a dict {level: "#rrggbb"}.
    Raises ValueError("no levels") if `levels` is empty.
    """
    distinct = list(dict.fromkeys(levels))
    if not distinct:
        raise ValueError("no levels")
    # as_hex() turns the RGB tuples into "#rrggbb" strings
    colors = sns.color_palette(palette, n_colors=len(distinct)).as_hex()
    return dict(zip(distinct, colors, strict=True))


event_colors = level_colors(events["event"].cat.categories)
