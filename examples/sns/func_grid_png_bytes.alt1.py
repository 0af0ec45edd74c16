from io import BytesIO

import seaborn as sns


def grid_to_png(grid, dpi=100):
    with BytesIO() as out:
        grid.savefig(out, format="png", dpi=dpi, bbox_inches=None)
        return out.getvalue()


g = sns.displot(stations, x="temperature", kind="hist", height=2)
png = grid_to_png(g, 60)
