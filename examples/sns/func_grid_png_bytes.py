# /// example
# task = '''
# Write a function `grid_to_png` with the signature and docstring below, then use it on a seaborn
# `displot` histogram of `temperature` from the table `stations` (height 2) at 60 dots per inch,
# keeping the grid in `g` and the bytes in `png`.
#
# ```python
# def grid_to_png(grid, dpi=100):
#     """Render a seaborn grid (FacetGrid, PairGrid or JointGrid) as a PNG in
#     memory and return its bytes, without writing any file. The image covers
#     the whole figure: its width and height in pixels are the figure's size
#     in inches times `dpi`.
#     """
# ```'''
# prompt = """
# For a web report I need seaborn figures as PNG bytes, not files. Write \
# `grid_to_png(grid, dpi=100)` that renders any seaborn grid (FacetGrid, PairGrid, JointGrid) \
# into memory and returns the PNG bytes; the image should be the full figure, i.e. figure size \
# in inches times `dpi` pixels. Then make a `displot` histogram of `temperature` from my \
# `stations` table (height 2), keep it as `g`, and store its PNG at 60 dpi in `png`."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { stations = 'stations' }
# checks = [
#     'png[1:4] == b"PNG"',
#     # the PNG header stores width and height (big-endian) at bytes 16-24
#     'abs(int.from_bytes(png[16:20], "big") - g.figure.get_figwidth() * 60) <= 1 and abs(int.from_bytes(png[20:24], "big") - g.figure.get_figheight() * 60) <= 1',
#     '(lambda grid, b: b[1:4] == b"PNG" and abs(int.from_bytes(b[16:20], "big") - grid.figure.get_figwidth() * 40) <= 1 and abs(int.from_bytes(b[20:24], "big") - grid.figure.get_figheight() * 40) <= 1)(*(lambda grid: (grid, grid_to_png(grid, dpi=40)))(seaborn.FacetGrid(pd.DataFrame({"v": [1.0, 2.0, 3.0], "k": ["a", "b", "b"]}), col="k", height=1)))',
#     '(lambda grid, b: abs(int.from_bytes(b[16:20], "big") - grid.figure.get_figwidth() * 100) <= 1 and abs(int.from_bytes(b[20:24], "big") - grid.figure.get_figheight() * 100) <= 1)(*(lambda grid: (grid, grid_to_png(grid)))(seaborn.JointGrid(x=[1.0, 2.0, 3.0], y=[2.0, 1.0, 3.0], height=3)))',
#     '(lambda grid, b: b[1:4] == b"PNG" and abs(int.from_bytes(b[16:20], "big") - grid.figure.get_figwidth() * 20) <= 1 and abs(int.from_bytes(b[20:24], "big") - grid.figure.get_figheight() * 20) <= 1)(*(lambda grid: (grid, grid_to_png(grid, 20)))(seaborn.PairGrid(pd.DataFrame({"a": [1.0, 2.0, 4.0], "b": [2.0, 1.0, 3.0]}), height=2.5)))',
#     'np.array_equal(np.concatenate(axes_summary(g.ax).bar_heights).sum(), len(stations))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'file-io', 'histogram']
# edge_cases = true
# ///
import io

import seaborn as sns


def grid_to_png(grid, dpi=100):
    """Render a seaborn grid (FacetGrid, PairGrid or JointGrid) as a PNG in
    memory and return its bytes, without writing any file. The image covers
    the whole figure: its width and height in pixels are the figure's size
    in inches times `dpi`.
    """
    buffer = io.BytesIO()
    # Grid.savefig defaults to a tight bounding box; the figure's own savefig keeps the full size
    grid.figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


g = sns.displot(data=stations, x="temperature", height=2)
png = grid_to_png(g, dpi=60)
