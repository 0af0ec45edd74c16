# /// example
# task = '''
# Write a function `save_figure` with the signature and docstring below. Then plot the
# `temperature` of `weather` (DatetimeIndex) in a 6 x 3 inch figure `fig` with axis labels and a
# title, and save it with `save_figure(fig, "temperature", formats=("png", "SVG"), dpi=100)`,
# storing the returned names in `saved`: they are "temperature.png" and "temperature.svg", and at
# 100 dpi the PNG is 6 x 3 inches, i.e. 600 x 300 pixels.
#
# ```python
# def save_figure(fig, stem, formats=("png", "pdf"), dpi=150):
#     """Save `fig` once per format as "<stem>.<format>" in the working
#     directory, at `dpi` dots per inch, and return the file names in the
#     order of `formats`.
#
#     Formats are normalised to lower case without a leading dot, so "PNG"
#     and ".png" both write "<stem>.png".
#     """
# ```'''
# prompt = """
# We export every figure in several formats, so please write `save_figure(fig, stem, \
# formats=("png", "pdf"), dpi=150)` that saves the figure once per format as `<stem>.<format>` \
# in the current directory at `dpi` dots per inch and returns the file names in the order given. \
# People type formats like "PNG" or ".png", so normalise them to lower case without the dot. Then \
# plot the `temperature` of my `weather` frame (DatetimeIndex) in a 6 x 3 inch figure `fig` with \
# axis labels and a title and save it via `save_figure(fig, "temperature", formats=("png", "SVG"), \
# dpi=100)`, keeping the returned names in `saved` ("temperature.png" and "temperature.svg"); the \
# PNG should come out at 600 x 300 pixels (6 x 3 inches at 100 dpi)."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { weather = 'weather' }
# checks = [
#     # a PNG starts with its signature, then the IHDR chunk holding width and height (big-endian)
#     '(lambda names: names == ["tiny.png"] and np.fromfile("tiny.png", dtype=">u4", count=6)[[0, 4, 5]].tolist() == [0x89504E47, 200, 100])(list(save_figure(matplotlib.figure.Figure(figsize=(2, 1)), "tiny", formats=(".PNG",), dpi=100)))',
#     '(lambda names: names == ["two.pdf", "two.png"] and np.fromfile("two.pdf", dtype="S5", count=1)[0] == b"%PDF-" and np.fromfile("two.png", dtype=">u4", count=6)[[4, 5]].tolist() == [450, 300])(list(save_figure(matplotlib.figure.Figure(figsize=(3, 2)), "two", dpi=150, formats=("pdf", "png"))))',
#     '(lambda names: names == ["default.png", "default.pdf"] and np.fromfile("default.png", dtype=">u4", count=6)[4] == 150 and np.fromfile("default.pdf", dtype="S5", count=1)[0] == b"%PDF-")(list(save_figure(matplotlib.figure.Figure(figsize=(1, 1)), "default")))',
#     'list(saved) == ["temperature.png", "temperature.svg"]',
#     # imread reads the PNG back: rows x columns = (3 x 100) x (6 x 100) pixels
#     'matplotlib.image.imread("temperature.png").shape[:2] == (3 * 100, 6 * 100)',
#     'b"<svg" in np.fromfile("temperature.svg", dtype=np.uint8).tobytes()',
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[0][:, 1], weather["temperature"], equal_nan=True) and figure_summary(fig).axes[0].title != "" and figure_summary(fig).axes[0].xlabel != "" and figure_summary(fig).axes[0].ylabel != ""',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'figure-export']
# edge_cases = true
# ///
import matplotlib.pyplot as plt


def save_figure(fig, stem, formats=("png", "pdf"), dpi=150):
    """Save `fig` once per format as "<stem>.<format>" in the working
    directory, at `dpi` dots per inch, and return the file names in the
    order of `formats`.

    Formats are normalised to lower case without a leading dot, so "PNG"
    and ".png" both write "<stem>.png".
    """
    names = []
    for fmt in formats:
        fmt = fmt.lower().lstrip(".")
        name = f"{stem}.{fmt}"
        # format= names the file type explicitly instead of trusting the suffix
        fig.savefig(name, format=fmt, dpi=dpi)
        names.append(name)
    return names


fig, ax = plt.subplots(figsize=(6, 3))
ax.plot(weather.index, weather["temperature"])
ax.set(xlabel="date", ylabel="temperature (deg C)", title="Daily temperature")
saved = save_figure(fig, "temperature", formats=("png", "SVG"), dpi=100)
