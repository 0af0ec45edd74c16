from pathlib import Path

import matplotlib.pyplot as plt


def save_figure(fig, stem, formats=("png", "pdf"), dpi=150):
    """Save `fig` once per format as "<stem>.<format>" in the working
    directory, at `dpi` dots per inch, and return the file names in the
    order of `formats`.

    Formats are normalised to lower case without a leading dot, so "PNG"
    and ".png" both write "<stem>.png".
    """
    paths = [Path(f"{stem}.{fmt.strip('.').lower()}") for fmt in formats]
    for path in paths:
        # savefig picks the file type from the suffix
        fig.savefig(path, dpi=dpi)
    return [str(path) for path in paths]


fig = plt.figure(figsize=(6, 3))
ax = fig.add_subplot()
weather["temperature"].plot(ax=ax, xlabel="Date", ylabel="Temperature", title="Temperature")
saved = save_figure(fig, "temperature", formats=("png", "SVG"), dpi=100)
