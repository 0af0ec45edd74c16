"""Matplotlib plots: the Axes API for lines, distributions, fields, layouts, colour, ticks and files."""

from __future__ import annotations

from collections.abc import Iterator

from . import ex
from ..example import Example

DOMAIN = "visualization"
LIB = ["matplotlib"]
LIB_NP = ["matplotlib", "numpy"]


def examples() -> Iterator[Example]:
    yield ex(
        id="mpl.line_damped_oscillation",
        task="""Plot a damped oscillation `displacement = exp(-0.3 t) cos(2π·0.8 t)` over a time
        grid `t` from 0 to 10 s, together with its decay envelope `envelope = exp(-0.3 t)` as a
        dashed gray line, on one Axes `ax`. Label the axes, add a title and a legend with the
        entries "displacement" and "envelope". Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np

            t = np.linspace(0, 10, 500)
            envelope = np.exp(-0.3 * t)
            displacement = envelope * np.cos(2 * np.pi * 0.8 * t)

            fig, ax = plt.subplots()
            ax.plot(t, displacement, label="displacement")
            ax.plot(t, envelope, linestyle="--", color="gray", label="envelope")
            ax.set_xlabel("time (s)")
            ax.set_ylabel("displacement (m)")
            ax.set_title("Damped harmonic oscillator")
            ax.legend()
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        checks=[
            "figure_summary(fig).axes[0].n_lines == 2",
            "figure_summary(fig).axes[0].legend_labels == ['displacement', 'envelope']",
            "np.all(np.abs(displacement) <= envelope + 1e-12)",
            "ax.lines[1].get_linestyle() == '--'",
        ],
        difficulty="basic",
        tags=["line-plot", "legend"],
    )
    yield ex(
        id="mpl.scatter_colorbar",
        task="""Scatter `pressure` against `temperature` from the DataFrame `df`, colour each point by
        its `humidity` value with the "viridis" colormap, and add a colorbar labelled "humidity";
        keep the scatter's PathCollection in `points` and label the axes and title. Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt

            fig, ax = plt.subplots()
            points = ax.scatter(df["temperature"], df["pressure"], c=df["humidity"], cmap="viridis", s=20)
            ax.set_xlabel("temperature")
            ax.set_ylabel("pressure")
            ax.set_title("Pressure against temperature, coloured by humidity")
            fig.colorbar(points, ax=ax, label="humidity")
        """,
        domain=DOMAIN,
        libraries=LIB,
        inputs={"df": "measurements"},
        checks=[
            "figure_summary(fig).n_colorbars == 1",
            "points.get_offsets().shape[0] == len(df)",
            "np.allclose(np.asarray(points.get_array()), df['humidity'])",
            "points.get_cmap().name == 'viridis'",
        ],
        difficulty="basic",
        tags=["scatter", "colorbar"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.bar_means_sem_labels",
        task="""From the trial DataFrame `df`, compute the mean and standard error of `response` per
        `site` into `stats` (columns "mean" and "sem"), draw them as a bar chart with SEM error bars
        (`bars` holds the BarContainer), and write each bar's mean, to one decimal, above it with
        `bar_label`. Label the axes and add a title. Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt

            stats = df.groupby("site", observed=True)["response"].agg(["mean", "sem"])

            fig, ax = plt.subplots()
            bars = ax.bar(stats.index.astype(str), stats["mean"], yerr=stats["sem"], capsize=4)
            ax.set_xlabel("site")
            ax.set_ylabel("mean response")
            ax.set_title("Mean response by site (error bars: SEM)")
            ax.bar_label(bars, fmt="%.1f")
        """,
        domain=DOMAIN,
        libraries=["matplotlib", "pandas"],
        inputs={"df": "trial"},
        checks=[
            "len(bars) == df['site'].nunique()",
            "np.allclose([b.get_height() for b in bars], df.groupby('site', observed=True)['response'].mean())",
            "figure_summary(fig).axes[0].n_errorbars == 1",
            "figure_summary(fig).axes[0].n_texts == len(bars)",
        ],
        difficulty="intermediate",
        tags=["bar-chart", "error-bars", "annotation"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.barh_sorted_means",
        task="""Draw a horizontal bar chart of the column means of the numeric DataFrame `df`,
        sorted so that the largest mean is at the top; keep the sorted means in `means` and label
        the axes and title. Keep the figure in `fig` and its Axes in `ax`.""",
        code="""
            import matplotlib.pyplot as plt

            # barh draws the first bar at the bottom, so ascending order puts the largest on top
            means = df.mean().sort_values()

            fig, ax = plt.subplots()
            ax.barh(means.index, means.to_numpy(), color="tab:purple")
            ax.set_xlabel("mean value")
            ax.set_ylabel("variable")
            ax.set_title("Column means, largest at the top")
        """,
        domain=DOMAIN,
        libraries=["matplotlib", "pandas"],
        inputs={"df": "measurements"},
        checks=[
            "figure_summary(fig).axes[0].n_bars == df.shape[1]",
            "max(ax.patches, key=lambda p: p.get_y()).get_width() == df.mean().max()",
            "figure_summary(fig).axes[0].yticklabels == list(df.mean().sort_values().index)",
            "figure_summary(fig).axes[0].title != ''",
        ],
        difficulty="basic",
        tags=["bar-chart", "horizontal"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.grouped_bar_pivot",
        task="""Build `means`, a site x treatment table of mean `response` from the trial DataFrame
        `df` with `pivot_table`, and draw it as a grouped bar chart: one group of bars per site,
        one bar per treatment side by side, site names as x tick labels and a legend titled
        "treatment". Label the axes and add a title. Keep the figure in `fig` and its Axes in `ax`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np

            means = df.pivot_table(index="site", columns="treatment", values="response",
                                   aggfunc="mean", observed=True)

            x = np.arange(len(means.index))
            width = 0.8 / len(means.columns)
            fig, ax = plt.subplots()
            for i, treatment in enumerate(means.columns):
                offset = (i - (len(means.columns) - 1) / 2) * width
                ax.bar(x + offset, means[treatment], width, label=str(treatment))
            ax.set_xticks(x, labels=means.index.astype(str))
            ax.set_xlabel("site")
            ax.set_ylabel("mean response")
            ax.set_title("Mean response by site and treatment")
            ax.legend(title="treatment")
        """,
        domain=DOMAIN,
        libraries=["matplotlib", "pandas", "numpy"],
        inputs={"df": "trial"},
        checks=[
            "figure_summary(fig).axes[0].n_bars == means.size",
            "means.shape == (df['site'].nunique(), df['treatment'].nunique())",
            "set(figure_summary(fig).axes[0].legend_labels) == set(df['treatment'].astype(str))",
            "figure_summary(fig).axes[0].xticklabels == [str(s) for s in means.index]",
            "ax.get_legend().get_title().get_text() == 'treatment'",
        ],
        difficulty="advanced",
        tags=["bar-chart", "grouped", "pivot-table"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.stacked_bar_contingency",
        task="""Draw the contingency table `table` (rows are groups, columns are outcomes) as a
        stacked bar chart: one bar per row, one coloured segment per column stacked with
        `bottom=`, x tick labels "group 1", "group 2", ..., and a legend with one entry per
        outcome ("outcome 1", ...). Label the axes and add a title. Keep the figure in `fig` and its Axes in `ax`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np

            group_labels = [f"group {i + 1}" for i in range(table.shape[0])]
            bottom = np.zeros(table.shape[0])

            fig, ax = plt.subplots()
            for j in range(table.shape[1]):
                ax.bar(group_labels, table[:, j], bottom=bottom, label=f"outcome {j + 1}")
                bottom += table[:, j]
            ax.set_xlabel("group")
            ax.set_ylabel("count")
            ax.set_title("Outcome counts by group")
            ax.legend(title="outcome")
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        inputs={"table": "table"},
        checks=[
            "figure_summary(fig).axes[0].n_bars == table.size",
            "np.isclose(max(p.get_y() + p.get_height() for p in ax.patches), table.sum(axis=1).max())",
            "figure_summary(fig).axes[0].legend_labels == [f'outcome {j + 1}' for j in range(table.shape[1])]",
        ],
        difficulty="intermediate",
        tags=["bar-chart", "stacked", "contingency-table"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.hist_density_normal_fit",
        task="""Plot a density-normalised histogram of `values` (bins="auto") and overlay the
        normal probability density with the sample mean and standard deviation; keep the bar
        heights in `density` and the bin edges in `edges`. Label the axes, add a title and a
        legend with the entries "data" and "normal fit". Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np

            mu, sigma = values.mean(), values.std(ddof=1)

            fig, ax = plt.subplots()
            density, edges, _ = ax.hist(values, bins="auto", density=True, alpha=0.6, label="data")
            grid = np.linspace(edges[0], edges[-1], 200)
            pdf = np.exp(-0.5 * ((grid - mu) / sigma) ** 2) / (sigma * np.sqrt(2 * np.pi))
            ax.plot(grid, pdf, color="black", label="normal fit")
            ax.set_xlabel("value")
            ax.set_ylabel("probability density")
            ax.set_title("Histogram with fitted normal density")
            ax.legend()
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        inputs={"values": "values"},
        checks=[
            "np.isclose(np.sum(density * np.diff(edges)), 1.0)",
            "len(density) == len(edges) - 1 == figure_summary(fig).axes[0].n_patches",
            "figure_summary(fig).axes[0].legend_labels == ['data', 'normal fit']",
        ],
        difficulty="intermediate",
        tags=["histogram", "density"],
        edge_cases={
            "min_size": 2,
            "constant": False,
            "why": "a normal fit needs a positive sample standard deviation: two or more values, not all equal",
        },
    )
    yield ex(
        id="mpl.ecdf_two_groups",
        task="""Compare the samples `a` and `b` with empirical cumulative distribution functions
        drawn by `Axes.ecdf` on one Axes `ax`, with legend entries "group a" and "group b";
        label the axes and add a title. Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt

            fig, ax = plt.subplots()
            ax.ecdf(a, label="group a")
            ax.ecdf(b, label="group b")
            ax.set_xlabel("measurement")
            ax.set_ylabel("cumulative proportion")
            ax.set_title("Empirical CDFs of the two groups")
            ax.legend()
        """,
        domain=DOMAIN,
        libraries=LIB,
        inputs={"a": "groups.a", "b": "groups.b"},
        checks=[
            "figure_summary(fig).axes[0].n_lines == 2",
            "figure_summary(fig).axes[0].legend_labels == ['group a', 'group b']",
            "np.isclose(np.max(ax.lines[0].get_ydata()), 1.0)",
        ],
        difficulty="basic",
        tags=["ecdf", "distribution"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.hist2d_colorbar",
        task="""Show the joint distribution of the first two columns of the 2-D array `X` as a
        20 x 20 two-dimensional histogram with `hist2d` (keep the bin counts in `counts`) and a
        colorbar labelled "count"; label the axes and add a title. Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt

            fig, ax = plt.subplots()
            counts, xedges, yedges, mesh = ax.hist2d(X[:, 0], X[:, 1], bins=20, cmap="magma")
            ax.set_xlabel("feature 1")
            ax.set_ylabel("feature 2")
            ax.set_title("Joint distribution of features 1 and 2")
            fig.colorbar(mesh, ax=ax, label="count")
        """,
        domain=DOMAIN,
        libraries=LIB,
        inputs={"X": "matrix"},
        checks=[
            "counts.shape == (20, 20)",
            "counts.sum() == len(X)",
            "figure_summary(fig).has_colorbar",
        ],
        difficulty="basic",
        tags=["histogram-2d", "colorbar"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.hexbin_dropna",
        task="""Draw a hexagonal-bin density plot of `score` against `income` from the DataFrame
        `df`, which has missing values: keep only rows where both are present (in `clean`), use
        `gridsize=20` and `mincnt=1` so empty hexagons stay blank, keep the PolyCollection in
        `hb` and add a colorbar labelled "count". Label the axes and add a title. Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt

            clean = df[["income", "score"]].dropna()

            fig, ax = plt.subplots()
            hb = ax.hexbin(clean["income"], clean["score"], gridsize=20, mincnt=1, cmap="Blues")
            ax.set_xlabel("income")
            ax.set_ylabel("score")
            ax.set_title("Score against income (hexagonal bins)")
            fig.colorbar(hb, ax=ax, label="count")
        """,
        domain=DOMAIN,
        libraries=["matplotlib", "pandas"],
        inputs={"df": "survey"},
        checks=[
            "len(clean) == len(df[['income', 'score']].dropna())",
            "np.asarray(hb.get_array()).sum() == len(clean)",
            "np.asarray(hb.get_array()).min() >= 1",
            "figure_summary(fig).has_colorbar",
        ],
        difficulty="intermediate",
        tags=["hexbin", "missing-data", "colorbar"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.boxplot_groups_custom",
        task="""Draw side-by-side box plots of the samples `a`, `b` and `c` with filled boxes
        coloured "#66c2a5", "#fc8d62" and "#8da0cb", means shown as markers, and x tick labels
        "A", "B", "C"; keep the dict returned by `boxplot` in `parts`. Label the axes and add a
        title. Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt

            fig, ax = plt.subplots()
            parts = ax.boxplot([a, b, c], patch_artist=True, showmeans=True)
            for box, color in zip(parts["boxes"], ["#66c2a5", "#fc8d62", "#8da0cb"]):
                box.set_facecolor(color)
            ax.set_xlabel("group")
            ax.set_ylabel("measurement")
            ax.set_title("Measurements by group")
            ax.set_xticks([1, 2, 3], labels=["A", "B", "C"])
        """,
        domain=DOMAIN,
        libraries=LIB,
        inputs={"a": "groups.a", "b": "groups.b", "c": "groups.c"},
        checks=[
            "len(parts['boxes']) == 3",
            "np.allclose([m.get_ydata()[0] for m in parts['medians']], [np.median(a), np.median(b), np.median(c)])",
            "figure_summary(fig).axes[0].xticklabels == ['A', 'B', 'C']",
            "parts['boxes'][1].get_facecolor()[:3] == (252 / 255, 141 / 255, 98 / 255)",
        ],
        difficulty="basic",
        tags=["boxplot", "custom-plotting"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.violin_by_site",
        task="""Draw one violin per `site` for the `response` column of the trial DataFrame `df`,
        showing medians, with the site names as x tick labels; keep the per-site arrays in the
        dict `responses` and the dict returned by `violinplot` in `parts`. Label the axes and add
        a title. Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt

            responses = {str(site): group["response"].to_numpy()
                         for site, group in df.groupby("site", observed=True)}

            fig, ax = plt.subplots()
            parts = ax.violinplot(list(responses.values()), showmedians=True)
            ax.set_xlabel("site")
            ax.set_ylabel("response")
            ax.set_title("Response distribution by site")
            ax.set_xticks(range(1, len(responses) + 1), labels=list(responses))
        """,
        domain=DOMAIN,
        libraries=["matplotlib", "pandas"],
        inputs={"df": "trial"},
        checks=[
            "len(parts['bodies']) == df['site'].nunique()",
            "figure_summary(fig).axes[0].xticklabels == sorted(df['site'].astype(str).unique())",
            "np.allclose(parts['cmedians'].get_segments()[0][:, 1], np.median(responses[sorted(responses)[0]]))",
        ],
        difficulty="intermediate",
        tags=["violinplot", "distribution"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.errorbar_group_ci",
        task="""Plot the means of the samples `a`, `b` and `c` as points with 95 % confidence
        intervals (1.96 standard errors) as error bars with caps; keep the means in `means` and
        the half-widths in `ci95`, use "A", "B", "C" as x positions, and label the axes and
        title. Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np

            samples = {"A": a, "B": b, "C": c}
            means = np.array([s.mean() for s in samples.values()])
            ci95 = np.array([1.96 * s.std(ddof=1) / np.sqrt(s.size) for s in samples.values()])

            fig, ax = plt.subplots()
            ax.errorbar(list(samples), means, yerr=ci95, fmt="o", capsize=5)
            ax.set_xlabel("group")
            ax.set_ylabel("mean measurement")
            ax.set_title("Group means with 95 % confidence intervals")
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        inputs={"a": "groups.a", "b": "groups.b", "c": "groups.c"},
        checks=[
            "figure_summary(fig).axes[0].n_errorbars == 1",
            "np.allclose(means, [a.mean(), b.mean(), c.mean()])",
            "np.isclose(ci95[0], 1.96 * a.std(ddof=1) / np.sqrt(len(a)))",
            "figure_summary(fig).axes[0].title != ''",
        ],
        difficulty="basic",
        tags=["error-bars", "confidence-interval"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.rolling_mean_band",
        task="""Plot the daily `sensor_a` channel of the time-indexed DataFrame `df` as a thin gray
        line, its centred 7-day rolling mean `rolling_mean`, and a shaded band of ± one rolling
        standard deviation with `fill_between`; legend entries "daily", "7-day mean" and
        "±1 SD", axes labels and a title. Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt

            rolling = df["sensor_a"].rolling(7, center=True)
            rolling_mean, rolling_std = rolling.mean(), rolling.std()

            fig, ax = plt.subplots()
            ax.plot(df.index, df["sensor_a"], color="0.6", linewidth=0.8, label="daily")
            ax.plot(df.index, rolling_mean, color="tab:blue", label="7-day mean")
            ax.fill_between(df.index, rolling_mean - rolling_std, rolling_mean + rolling_std,
                            color="tab:blue", alpha=0.25, label="±1 SD")
            ax.set_xlabel("date")
            ax.set_ylabel("sensor A reading")
            ax.set_title("Sensor A with 7-day rolling mean")
            ax.legend()
        """,
        domain=DOMAIN,
        libraries=["matplotlib", "pandas"],
        inputs={"df": "sensor"},
        checks=[
            "np.allclose(rolling_mean, df['sensor_a'].rolling(7, center=True).mean(), equal_nan=True)",
            "any('PolyCollection' in t for t in figure_summary(fig).axes[0].collection_types)",
            "figure_summary(fig).axes[0].legend_labels == ['daily', '7-day mean', '±1 SD']",
        ],
        difficulty="intermediate",
        tags=["time-series", "fill-between", "smoothing"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.stackplot_energy_mix",
        task="""Make a stacked area chart with `stackplot` of yearly generation from three
        sources held in the dict `sources` ("coal", "gas", "renewables"; simulated for 2000-2020
        in `years`), one legend entry per source in the upper left, axes labels and a title. Keep the figure in `fig` and its Axes in `ax`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np

            years = np.arange(2000, 2021)
            trend = (years - years[0]) / (years[-1] - years[0])
            sources = {
                "coal": 60 - 35 * trend,
                "gas": 25 + 10 * np.sin(np.pi * trend),
                "renewables": 5 + 45 * trend**2,
            }

            fig, ax = plt.subplots()
            ax.stackplot(years, list(sources.values()), labels=list(sources),
                         colors=["#4d4d4d", "#f4a582", "#4dac26"], alpha=0.85)
            ax.set_xlabel("year")
            ax.set_ylabel("generation (TWh)")
            ax.set_title("Electricity generation by source")
            ax.legend(loc="upper left")
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        checks=[
            "figure_summary(fig).axes[0].n_collections == len(sources) == 3",
            "figure_summary(fig).axes[0].legend_labels == ['coal', 'gas', 'renewables']",
            "np.isclose(ax.get_ylim()[1], sum(sources.values()).max(), rtol=0.1)",
        ],
        difficulty="basic",
        tags=["stackplot", "area-chart", "custom-plotting"],
    )
    yield ex(
        id="mpl.step_cumulative_counts",
        task="""Plot the running total `cumulative` of the daily event counts `event_counts` as a
        post-step function of the day number `days` (1, 2, ...) with `Axes.step`; label the axes
        and add a title. Keep the figure in `fig` and its Axes in `ax`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np

            days = np.arange(1, event_counts.size + 1)
            cumulative = np.cumsum(event_counts)

            fig, ax = plt.subplots()
            # "post": the total stays constant until the next day's events arrive
            ax.step(days, cumulative, where="post")
            ax.set_xlabel("day")
            ax.set_ylabel("cumulative events")
            ax.set_title("Cumulative event count")
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        inputs={"event_counts": "event_counts"},
        checks=[
            "cumulative[-1] == event_counts.sum()",
            "ax.lines[0].get_drawstyle() == 'steps-post'",
            "figure_summary(fig).axes[0].title != ''",
        ],
        difficulty="basic",
        tags=["step-plot", "counts"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.stem_count_pmf",
        task="""Estimate the empirical probability mass function `pmf` of the non-negative integer
        counts `event_counts` (index k = 0 .. max count, in `k`) and draw it as a stem plot;
        label the axes and add a title. Keep the figure in `fig` and its Axes in `ax`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np

            pmf = np.bincount(event_counts) / event_counts.size
            k = np.arange(pmf.size)

            fig, ax = plt.subplots()
            markerline, stemlines, baseline = ax.stem(k, pmf)
            ax.set_xlabel("events per day, k")
            ax.set_ylabel("P(K = k)")
            ax.set_title("Empirical probability mass function")
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        inputs={"event_counts": "event_counts"},
        checks=[
            "np.isclose(pmf.sum(), 1.0)",
            "k.size == event_counts.max() + 1",
            "np.allclose(ax.lines[0].get_ydata(), pmf)",
            "figure_summary(fig).axes[0].title != ''",
        ],
        difficulty="intermediate",
        tags=["stem-plot", "distribution"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.pie_site_shares",
        task="""Draw a pie chart of how many participants of the trial DataFrame `df` come from
        each `site` (counts in `site_counts`), with site names as wedge labels and percentages
        written on the wedges (`autopct`), starting at 90 degrees; keep the wedges in `wedges`
        and add a title. Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt

            site_counts = df["site"].value_counts(sort=False)
            site_counts = site_counts[site_counts > 0]

            fig, ax = plt.subplots()
            wedges, texts, autotexts = ax.pie(site_counts.to_numpy(), labels=site_counts.index.astype(str),
                                              autopct="%1.0f%%", startangle=90)
            ax.set_title("Participants per site")
        """,
        domain=DOMAIN,
        libraries=["matplotlib", "pandas"],
        inputs={"df": "trial"},
        checks=[
            "len(wedges) == df['site'].nunique()",
            "site_counts.sum() == len(df)",
            "np.isclose(sum(w.theta2 - w.theta1 for w in wedges), 360.0)",
            "figure_summary(fig).axes[0].title != ''",
        ],
        difficulty="basic",
        tags=["pie-chart", "proportions"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.imshow_image_colorbar",
        task="""Display the 2-D intensity array `image` with `imshow` (origin at the lower left,
        "viridis", no interpolation) and a colorbar labelled "intensity"; keep the AxesImage in
        `im` and label the axes and title. Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt

            fig, ax = plt.subplots()
            im = ax.imshow(image, cmap="viridis", origin="lower", interpolation="nearest")
            ax.set_xlabel("x (pixel)")
            ax.set_ylabel("y (pixel)")
            ax.set_title("Intensity image")
            fig.colorbar(im, ax=ax, label="intensity")
        """,
        domain=DOMAIN,
        libraries=LIB,
        inputs={"image": "image"},
        checks=[
            "figure_summary(fig).axes[0].n_images == 1",
            "im.get_array().shape == image.shape",
            "figure_summary(fig).has_colorbar",
            "im.origin == 'lower'",
        ],
        difficulty="basic",
        tags=["imshow", "image", "colorbar"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.correlation_heatmap_annotated",
        task="""Compute the Pearson correlation matrix `corr` of the numeric DataFrame `df` and show
        it as a heatmap with `imshow` on a diverging colormap fixed to [-1, 1], column names as
        tick labels on both axes, each cell annotated with its coefficient to two decimals, and a
        colorbar labelled "Pearson r"; keep the AxesImage in `im` and add a title. Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt

            corr = df.corr()

            fig, ax = plt.subplots()
            # a fixed, symmetric range keeps the colour of r = 0 neutral
            im = ax.imshow(corr, cmap="RdBu_r", vmin=-1, vmax=1)
            ax.set_xticks(range(len(corr.columns)), labels=corr.columns, rotation=45, ha="right")
            ax.set_yticks(range(len(corr.index)), labels=corr.index)
            for i in range(len(corr.index)):
                for j in range(len(corr.columns)):
                    ax.text(j, i, f"{corr.iloc[i, j]:.2f}", ha="center", va="center", fontsize=8)
            ax.set_title("Correlation matrix")
            fig.colorbar(im, ax=ax, label="Pearson r")
        """,
        domain=DOMAIN,
        libraries=["matplotlib", "pandas"],
        inputs={"df": "measurements"},
        checks=[
            "figure_summary(fig).axes[0].n_texts == df.shape[1] ** 2",
            "figure_summary(fig).axes[0].xticklabels == list(df.columns)",
            "im.get_clim() == (-1.0, 1.0)",
            "figure_summary(fig).has_colorbar",
        ],
        difficulty="intermediate",
        tags=["heatmap", "correlation", "annotation"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.pcolormesh_irregular_depth",
        task="""Show a simulated ocean temperature section `temperature` (depth x time) measured at
        irregularly spaced depths `depth_m` and daily times `day` with `pcolormesh` (values
        centred on the sample points, `shading="nearest"`), depth increasing downwards, a
        "coolwarm" colormap and a colorbar labelled "temperature (°C)"; keep the QuadMesh in
        `mesh` and label the axes and title. Keep the figure in `fig` and its Axes in `ax`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np

            day = np.arange(0, 60)
            # sensors are denser near the surface, where the gradient is steepest
            depth_m = np.array([0, 2, 5, 10, 20, 35, 50, 75, 100, 150, 200])
            thermocline = 30 + 10 * np.sin(2 * np.pi * day / 30)
            temperature = 6 + 14 / (1 + np.exp((depth_m[:, None] - thermocline[None, :]) / 8))

            fig, ax = plt.subplots()
            mesh = ax.pcolormesh(day, depth_m, temperature, shading="nearest", cmap="coolwarm")
            ax.invert_yaxis()
            ax.set_xlabel("day")
            ax.set_ylabel("depth (m)")
            ax.set_title("Temperature section")
            fig.colorbar(mesh, ax=ax, label="temperature (°C)")
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        checks=[
            "temperature.shape == (depth_m.size, day.size)",
            "np.asarray(mesh.get_array()).size == temperature.size",
            "ax.yaxis_inverted()",
            "figure_summary(fig).has_colorbar",
        ],
        difficulty="advanced",
        tags=["pcolormesh", "irregular-grid", "colorbar"],
    )
    yield ex(
        id="mpl.contour_labelled_potential",
        task="""Draw labelled black contour lines (10 levels, labels inline with one decimal via
        `clabel`) of the electric potential `potential` of a positive and a negative point charge
        at (-1, 0) and (1, 0), evaluated on a 200 x 200 grid over [-2, 2]²; keep the ContourSet
        in `cs`, use equal aspect, and label the axes and title. Keep the figure in `fig` and its Axes in `ax`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np

            x = np.linspace(-2, 2, 200)
            X, Y = np.meshgrid(x, x)
            # a small softening length avoids the singularity at each charge
            r_plus = np.hypot(X + 1, Y) + 0.05
            r_minus = np.hypot(X - 1, Y) + 0.05
            potential = 1 / r_plus - 1 / r_minus

            fig, ax = plt.subplots()
            cs = ax.contour(X, Y, potential, levels=10, colors="black", linewidths=0.8)
            ax.set_aspect("equal")
            ax.set_xlabel("x")
            ax.set_ylabel("y")
            ax.set_title("Equipotential lines of a dipole")
            ax.clabel(cs, inline=True, fontsize=8, fmt="%.1f")
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        checks=[
            "potential.shape == (200, 200)",
            "len(cs.levels) >= 5",
            "figure_summary(fig).axes[0].n_texts > 0",
            "ax.get_aspect() == 1.0",
        ],
        difficulty="intermediate",
        tags=["contour", "labels", "field"],
    )
    yield ex(
        id="mpl.contourf_with_lines",
        task="""Draw filled contours of the 2-D array `image` with 12 levels (keep the ContourSet in
        `filled`), overlay thin black contour lines at the same levels, and add a colorbar
        labelled "intensity"; label the axes and add a title. Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt

            fig, ax = plt.subplots()
            filled = ax.contourf(image, levels=12, cmap="viridis")
            ax.contour(image, levels=filled.levels, colors="black", linewidths=0.4)
            ax.set_xlabel("x (pixel)")
            ax.set_ylabel("y (pixel)")
            ax.set_title("Filled contours of the intensity image")
            fig.colorbar(filled, ax=ax, label="intensity")
        """,
        domain=DOMAIN,
        libraries=LIB,
        inputs={"image": "image"},
        checks=[
            "filled.levels[0] <= image.min() and filled.levels[-1] >= image.max()",
            "figure_summary(fig).has_colorbar",
            "figure_summary(fig).axes[0].n_collections >= 2",
        ],
        difficulty="intermediate",
        tags=["contourf", "colorbar"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.quiver_rotation_field",
        task="""Draw the velocity field of a rigid rotation, u = -y and v = x, on a 15 x 15 grid
        over [-2, 2]² with `quiver`, arrows coloured by speed, a `quiverkey` for 1 m/s, and an
        equal aspect ratio; keep the Quiver in `q` and label the axes and title. Keep the figure in `fig` and its Axes in `ax`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np

            x, y = np.meshgrid(np.linspace(-2, 2, 15), np.linspace(-2, 2, 15))
            u, v = -y, x
            speed = np.hypot(u, v)

            fig, ax = plt.subplots()
            q = ax.quiver(x, y, u, v, speed, cmap="plasma")
            ax.quiverkey(q, X=0.85, Y=1.04, U=1, label="1 m/s", labelpos="E")
            ax.set_xlabel("x (m)")
            ax.set_ylabel("y (m)")
            ax.set_title("Rigid rotation")
            ax.set_aspect("equal")
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        checks=[
            "'Quiver' in figure_summary(fig).axes[0].collection_types",
            "q.N == 15 * 15",
            "np.allclose(q.U, -q.Y) and np.allclose(q.V, q.X)",
            "ax.get_aspect() == 1.0",
        ],
        difficulty="intermediate",
        tags=["quiver", "vector-field"],
    )
    yield ex(
        id="mpl.streamplot_speed_colored",
        task="""Draw streamlines of the 2-D flow u = -1 - x² + y, v = 1 + x - y² on a 40 x 40 grid
        over [-3, 3]² with `streamplot`, coloured by the local speed with a colorbar labelled
        "speed"; keep the StreamplotSet in `stream` and label the axes and title. Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np

            coords = np.linspace(-3, 3, 40)
            X, Y = np.meshgrid(coords, coords)
            U = -1 - X**2 + Y
            V = 1 + X - Y**2
            speed = np.hypot(U, V)

            fig, ax = plt.subplots()
            stream = ax.streamplot(X, Y, U, V, color=speed, cmap="viridis", density=1.0, linewidth=1)
            ax.set_xlabel("x")
            ax.set_ylabel("y")
            ax.set_title("Streamlines coloured by speed")
            fig.colorbar(stream.lines, ax=ax, label="speed")
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        checks=[
            "len(stream.lines.get_segments()) > 0",
            "'LineCollection' in figure_summary(fig).axes[0].collection_types",
            "figure_summary(fig).has_colorbar",
        ],
        difficulty="advanced",
        tags=["streamplot", "vector-field", "colorbar"],
    )
    yield ex(
        id="mpl.polar_rose_curve",
        task="""Plot the three-petal rose r = |cos 3θ| for θ in [0, 2π] (400 points, in `theta`
        and `r`) on polar axes with radial limit 1.1, and add a title. Keep the figure in `fig` and its Axes in `ax`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np

            theta = np.linspace(0, 2 * np.pi, 400)
            r = np.abs(np.cos(3 * theta))

            fig, ax = plt.subplots(subplot_kw={"projection": "polar"})
            ax.plot(theta, r)
            ax.set_rmax(1.1)
            ax.set_title("Rose curve r = |cos 3θ|")
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        checks=[
            "figure_summary(fig).axes[0].projection == 'polar'",
            "figure_summary(fig).axes[0].n_lines == 1",
            "np.isclose(ax.get_rmax(), 1.1)",
            "figure_summary(fig).axes[0].title != ''",
        ],
        difficulty="basic",
        tags=["polar"],
    )
    yield ex(
        id="mpl.polar_wind_rose",
        task="""Simulate 500 wind directions `directions` (radians, von Mises around 225°), count
        them in 16 equal sectors (`counts`, `edges`) and draw a wind rose: polar bars starting at
        each sector edge, north at the top and angles increasing clockwise (compass convention),
        white bar edges, and a title. Keep the figure in `fig` and its Axes in `ax`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np

            rng = np.random.default_rng(7)
            directions = rng.vonmises(np.deg2rad(225), kappa=2.0, size=500) % (2 * np.pi)
            counts, edges = np.histogram(directions, bins=16, range=(0, 2 * np.pi))

            fig, ax = plt.subplots(subplot_kw={"projection": "polar"})
            ax.bar(edges[:-1], counts, width=np.diff(edges), align="edge", color="tab:blue", edgecolor="white")
            ax.set_theta_zero_location("N")
            ax.set_title("Wind direction frequency")
            ax.set_theta_direction(-1)
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        checks=[
            "counts.sum() == directions.size",
            "figure_summary(fig).axes[0].n_bars == 16",
            "ax.get_theta_direction() == -1",
            "np.isclose(ax.get_theta_offset(), np.pi / 2)",
        ],
        difficulty="intermediate",
        tags=["polar", "bar-chart", "custom-plotting"],
    )
    yield ex(
        id="mpl.surface_3d_colorbar",
        task="""Draw the surface z = sin(√(x² + y²)) over [-6, 6]² (50 x 50 grid, arrays `X`, `Y`,
        `Z`) on 3-D axes with `plot_surface` and the "viridis" colormap; label the x, y and z axes
        "x", "y", "z", add a title and a colorbar labelled "z". Keep the figure in `fig` and its Axes in `ax`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np

            grid = np.linspace(-6, 6, 50)
            X, Y = np.meshgrid(grid, grid)
            Z = np.sin(np.hypot(X, Y))

            fig, ax = plt.subplots(subplot_kw={"projection": "3d"})
            surface = ax.plot_surface(X, Y, Z, cmap="viridis", linewidth=0, antialiased=False)
            ax.set_xlabel("x")
            ax.set_ylabel("y")
            ax.set_zlabel("z")
            ax.set_title("z = sin(r)")
            fig.colorbar(surface, ax=ax, shrink=0.6, label="z")
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        checks=[
            "figure_summary(fig).axes[0].projection == '3d'",
            "ax.get_zlabel() == 'z'",
            "Z.shape == (50, 50)",
            "figure_summary(fig).has_colorbar",
        ],
        difficulty="intermediate",
        tags=["3d", "surface", "colorbar"],
    )
    yield ex(
        id="mpl.twinx_temperature_rainfall",
        task="""Plot daily `temperature` from the time-indexed DataFrame `df` as a red line on the
        left axis and weekly rainfall totals `weekly_rain` (resampled from `rainfall`) as blue bars
        on a right axis made with `twinx` (kept in `ax_rain`), with each y label coloured like its
        series, the line drawn above the bars, an x label and a title. Keep the figure in `fig` and its Axes in `ax`.""",
        code="""
            import matplotlib.pyplot as plt

            weekly_rain = df["rainfall"].resample("W").sum()

            fig, ax = plt.subplots(figsize=(9, 4))
            ax.plot(df.index, df["temperature"], color="tab:red")
            ax.set_xlabel("date")
            ax.set_ylabel("temperature (°C)", color="tab:red")
            ax.set_title("Daily temperature and rainfall")

            ax_rain = ax.twinx()
            # bars are centred on the week-ending labels and 6 days wide
            ax_rain.bar(weekly_rain.index, weekly_rain, width=6, color="tab:blue", alpha=0.5)
            # a twin axes is drawn on top: raise the line's axes and make its background transparent
            ax.set_zorder(ax_rain.get_zorder() + 1)
            ax.patch.set_visible(False)
            ax_rain.set_ylabel("rainfall (mm)", color="tab:blue")
        """,
        domain=DOMAIN,
        libraries=["matplotlib", "pandas"],
        inputs={"df": "weather"},
        checks=[
            "figure_summary(fig).n_axes == 2",
            "figure_summary(fig).axes[1].n_bars == len(weekly_rain) == len(df['rainfall'].resample('W').sum())",
            "np.isclose(weekly_rain.sum(), df['rainfall'].sum())",
            "ax_rain.get_shared_x_axes().joined(ax, ax_rain)",
            "not ax.patch.get_visible()",
            "ax_rain.yaxis.label.get_color() == 'tab:blue' and ax_rain.get_ylabel() != ''",
            "ax.get_zorder() > ax_rain.get_zorder()",
        ],
        difficulty="advanced",
        tags=["twin-axes", "time-series"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.symlog_signed_flux",
        task="""Plot a simulated net heat flux `flux` that changes sign and spans several orders of
        magnitude against `hour` on a symmetric-log y axis (`symlog`) with a linear region of
        ±1 around zero (`linthresh=1`), a horizontal zero line, axes labels and a title. Keep the figure in `fig` and its Axes in `ax`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np

            hour = np.linspace(0, 48, 400)
            flux = 800 * np.sin(2 * np.pi * hour / 24) * np.exp(-hour / 12)

            fig, ax = plt.subplots()
            ax.plot(hour, flux)
            ax.axhline(0, color="black", linewidth=0.8)
            ax.set_xlabel("time (h)")
            ax.set_ylabel("net heat flux (W/m²)")
            ax.set_title("Decaying heat flux on a symmetric-log axis")
            # symlog is linear inside ±linthresh and logarithmic outside, so sign changes stay visible
            ax.set_yscale("symlog", linthresh=1)
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        checks=[
            "figure_summary(fig).axes[0].yscale == 'symlog'",
            "ax.yaxis.get_transform().linthresh == 1",
            "flux.min() < 0 < flux.max()",
        ],
        difficulty="intermediate",
        tags=["symlog", "axis-scale"],
    )
    yield ex(
        id="mpl.secondary_xaxis_period",
        task="""Plot the single-sided amplitude spectrum (`freqs`, `amplitude`, from `rfft`) of the
        sampled `signal` (rate `fs` Hz), without the zero-frequency bin, on a logarithmic
        frequency axis, and add a secondary x axis on top, `secax`, that shows the period in
        milliseconds (1000 / f); label all axes and add a title. Keep the figure in `fig` and its Axes in `ax`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np

            freqs = np.fft.rfftfreq(signal.size, d=1 / fs)
            amplitude = 2 * np.abs(np.fft.rfft(signal)) / signal.size


            def hz_to_ms(f):
                # f -> 1000 / f is its own inverse; guard the zero the axis machinery may pass in
                f = np.asarray(f, dtype=float)
                return 1000 / np.where(f == 0, np.inf, f)


            fig, ax = plt.subplots()
            ax.plot(freqs[1:], amplitude[1:])
            ax.set_xscale("log")
            ax.set_xlabel("frequency (Hz)")
            ax.set_ylabel("amplitude")
            ax.set_title("Amplitude spectrum")
            secax = ax.secondary_xaxis("top", functions=(hz_to_ms, hz_to_ms))
            secax.set_xlabel("period (ms)")
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        inputs={"signal": "noisy.signal", "fs": "noisy.fs"},
        checks=[
            "figure_summary(fig).axes[0].xscale == 'log'",
            "secax.get_xlabel() == 'period (ms)'",
            "len(ax.lines[0].get_xdata()) == freqs.size - 1",
            "np.allclose(np.diff(freqs), fs / signal.size)",
        ],
        difficulty="advanced",
        tags=["secondary-axis", "spectrum", "log-scale"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.subplots_sharex_channels",
        task="""Plot each column of the time-indexed DataFrame `df` in its own row of a subplot
        grid (`axes`) with a shared x axis, the column name as each row's y label, "date" as the
        bottom x label, and a figure title (suptitle) "Sensor channels". Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt

            fig, axes = plt.subplots(len(df.columns), 1, sharex=True, squeeze=False,
                                     figsize=(8, 2 * len(df.columns)), layout="constrained")
            axes = axes[:, 0]
            for ax, column in zip(axes, df.columns):
                ax.plot(df.index, df[column], linewidth=1)
                ax.set_ylabel(column)
            axes[-1].set_xlabel("date")
            fig.suptitle("Sensor channels")
        """,
        domain=DOMAIN,
        libraries=LIB,
        inputs={"df": "sensor"},
        checks=[
            "figure_summary(fig).n_axes == df.shape[1]",
            "all(a.shares_x for a in figure_summary(fig).axes)",
            "figure_summary(fig).ylabels == list(df.columns)",
            "figure_summary(fig).suptitle == 'Sensor channels'",
        ],
        difficulty="basic",
        tags=["subplots", "shared-axes", "time-series"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.subplot_mosaic_layout",
        task="""Build a `subplot_mosaic` layout `axd` with a tall panel "scatter" on the left
        (pressure against temperature of the DataFrame `df`) and two stacked panels "hist_t" and
        "hist_p" on the right (histograms of temperature and pressure); give every panel a title
        and axis labels. Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt

            fig, axd = plt.subplot_mosaic([["scatter", "hist_t"], ["scatter", "hist_p"]],
                                          figsize=(9, 5), layout="constrained")
            axd["scatter"].scatter(df["temperature"], df["pressure"], s=10, alpha=0.7)
            axd["scatter"].set(xlabel="temperature", ylabel="pressure", title="Pressure vs temperature")
            axd["hist_t"].hist(df["temperature"], bins=20, color="tab:orange")
            axd["hist_t"].set(xlabel="temperature", ylabel="count", title="Temperature")
            axd["hist_p"].hist(df["pressure"], bins=20, color="tab:green")
            axd["hist_p"].set(xlabel="pressure", ylabel="count", title="Pressure")
        """,
        domain=DOMAIN,
        libraries=LIB,
        inputs={"df": "measurements"},
        checks=[
            "set(axd) == {'scatter', 'hist_t', 'hist_p'}",
            "figure_summary(fig).n_axes == 3",
            "axd['scatter'].collections[0].get_offsets().shape[0] == len(df)",
            "axd['hist_p'].get_title() == 'Pressure' and len(axd['hist_p'].patches) == 20",
        ],
        difficulty="intermediate",
        tags=["subplot-mosaic", "layout"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.gridspec_marginal_histograms",
        task="""Use a 2 x 2 `GridSpec` with width and height ratios 4:1 to draw a scatter plot of
        the first two columns of `X` on the main Axes `ax` with marginal histograms above
        (`ax_histx`, sharing x) and to the right (`ax_histy`, sharing y, horizontal bars), hiding
        the duplicated tick labels of the marginals; label the main axes and add a figure title. Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt
            from matplotlib.gridspec import GridSpec

            x, y = X[:, 0], X[:, 1]
            fig = plt.figure(figsize=(6, 6))
            gs = GridSpec(2, 2, figure=fig, width_ratios=(4, 1), height_ratios=(1, 4),
                          wspace=0.05, hspace=0.05)
            ax = fig.add_subplot(gs[1, 0])
            ax_histx = fig.add_subplot(gs[0, 0], sharex=ax)
            ax_histy = fig.add_subplot(gs[1, 1], sharey=ax)

            ax.scatter(x, y, s=12, alpha=0.6)
            ax.set_xlabel("feature 1")
            ax.set_ylabel("feature 2")
            ax_histx.hist(x, bins=20)
            ax_histy.hist(y, bins=20, orientation="horizontal")
            ax_histx.tick_params(axis="x", labelbottom=False)
            ax_histy.tick_params(axis="y", labelleft=False)
            fig.suptitle("Joint and marginal distributions")
        """,
        domain=DOMAIN,
        libraries=LIB,
        inputs={"X": "matrix"},
        checks=[
            "figure_summary(fig).n_axes == 3",
            "ax_histx.get_shared_x_axes().joined(ax, ax_histx)",
            "ax_histy.get_shared_y_axes().joined(ax, ax_histy)",
            "sum(p.get_width() for p in ax_histy.patches) == len(X)",
            "figure_summary(fig).suptitle != ''",
        ],
        difficulty="advanced",
        tags=["gridspec", "marginal-distribution", "layout"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.inset_zoom",
        task="""Plot the sampled `signal` against time `t` and add an inset Axes `axins` (inside
        the upper right of the main Axes) that zooms onto the first 5 % of the recording, marked
        on the main Axes with `indicate_inset_zoom`; label the axes, title the inset "zoom" and
        give the plot a title. Keep the figure in `fig` and its Axes in `ax`.""",
        code="""
            import matplotlib.pyplot as plt

            zoom_end = t[0] + 0.05 * (t[-1] - t[0])

            fig, ax = plt.subplots()
            ax.plot(t, signal, linewidth=0.5)
            ax.set_xlabel("time (s)")
            ax.set_ylabel("amplitude")
            ax.set_title("Noisy signal with zoomed inset")

            # bounds are in axes fractions: x0, y0, width, height
            axins = ax.inset_axes([0.6, 0.6, 0.37, 0.35])
            axins.plot(t, signal, linewidth=0.8)
            axins.set_xlim(t[0], zoom_end)
            ax.indicate_inset_zoom(axins, edgecolor="black")
            axins.set_title("zoom", fontsize=8)
        """,
        domain=DOMAIN,
        libraries=LIB,
        inputs={"signal": "noisy.signal", "t": "noisy.t"},
        checks=[
            "axins in ax.child_axes",
            "np.allclose(axins.get_xlim(), (t[0], t[0] + 0.05 * (t[-1] - t[0])))",
            "axins.get_title() == 'zoom'",
            "figure_summary(fig).axes[0].title != ''",
        ],
        difficulty="advanced",
        tags=["inset-axes", "zoom"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.lognorm_power_spectrum",
        task="""Compute the centred 2-D power spectrum `power` of `image` (`fftshift` of |FFT|²)
        and display it with `imshow` using a logarithmic colour scale (`LogNorm` from the
        smallest positive power to the maximum), the "inferno" colormap and a colorbar labelled
        "power"; keep the AxesImage in `im`, label the axes and title. Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np
            from matplotlib.colors import LogNorm

            power = np.abs(np.fft.fftshift(np.fft.fft2(image))) ** 2

            fig, ax = plt.subplots()
            # power spans many decades: a linear scale would show only the central peak
            im = ax.imshow(power, norm=LogNorm(vmin=power[power > 0].min(), vmax=power.max()), cmap="inferno")
            ax.set_xlabel("kx (bin)")
            ax.set_ylabel("ky (bin)")
            ax.set_title("2-D power spectrum")
            fig.colorbar(im, ax=ax, label="power")
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        inputs={"image": "image"},
        checks=[
            "power.shape == image.shape",
            "type(im.norm).__name__ == 'LogNorm'",
            "np.isclose(im.norm.vmax, power.max())",
            "figure_summary(fig).has_colorbar",
        ],
        difficulty="advanced",
        tags=["imshow", "lognorm", "fft", "colorbar"],
        edge_cases={
            "constant": False,
            "why": "a logarithmic colour scale needs a spread of positive powers: a constant image has power at zero frequency only (none at all when it is zero)",
        },
    )
    yield ex(
        id="mpl.normalize_curve_family",
        task="""Plot Planck's black-body spectral radiance for seven temperatures from 3000 K to
        6000 K (`temperatures`) against wavelength (0.2-3 µm) as one line per temperature,
        coloured from the "plasma" colormap through a `Normalize` over the temperature range, with
        a colorbar from a `ScalarMappable` labelled "temperature (K)" instead of a legend; label
        the axes and title. Keep the figure in `fig` and its Axes in `ax`.""",
        code="""
            import matplotlib as mpl
            import matplotlib.pyplot as plt
            import numpy as np
            from matplotlib.colors import Normalize

            h, c, k = 6.626e-34, 2.998e8, 1.381e-23
            wavelength = np.linspace(0.2e-6, 3e-6, 300)
            temperatures = np.linspace(3000, 6000, 7)

            cmap = mpl.colormaps["plasma"]
            norm = Normalize(vmin=temperatures.min(), vmax=temperatures.max())
            fig, ax = plt.subplots()
            for temperature in temperatures:
                radiance = 2 * h * c**2 / wavelength**5 / np.expm1(h * c / (wavelength * k * temperature))
                ax.plot(wavelength * 1e6, radiance, color=cmap(norm(temperature)))
            ax.set_xlabel("wavelength (µm)")
            ax.set_ylabel("spectral radiance (W sr⁻¹ m⁻³)")
            ax.set_title("Black-body spectra")
            # one colorbar reads better than a seven-entry legend for a continuous parameter
            fig.colorbar(mpl.cm.ScalarMappable(norm=norm, cmap=cmap), ax=ax, label="temperature (K)")
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        checks=[
            "figure_summary(fig).axes[0].n_lines == len(temperatures) == 7",
            "figure_summary(fig).has_colorbar",
            "len({l.get_color() for l in ax.lines}) == 7",
            "np.argmax(ax.lines[-1].get_ydata()) < np.argmax(ax.lines[0].get_ydata())",
        ],
        difficulty="advanced",
        tags=["colormap", "normalize", "colorbar"],
    )
    yield ex(
        id="mpl.annotate_peak_arrow",
        task="""Plot the curve samples (`x`, `y`) as points and annotate the maximum with an arrow
        pointing at it from a text label placed in axes-fraction coordinates, the label giving
        the peak's x and y to two decimals; keep the index of the maximum in `i_max` and label
        the axes and title. Keep the figure in `fig` and its Axes in `ax`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np

            i_max = int(np.argmax(y))

            fig, ax = plt.subplots()
            ax.plot(x, y, "o", markersize=3)
            ax.set_xlabel("x")
            ax.set_ylabel("y")
            ax.set_title("Peak location")
            ax.annotate(f"peak: x = {x[i_max]:.2f}, y = {y[i_max]:.2f}",
                        xy=(x[i_max], y[i_max]), xytext=(0.55, 0.9), textcoords="axes fraction",
                        arrowprops={"arrowstyle": "->", "color": "black"})
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        inputs={"x": "peak.x", "y": "peak.y"},
        checks=[
            "figure_summary(fig).axes[0].n_texts == 1",
            "ax.texts[0].xy == (x[i_max], y[i_max]) and y[i_max] == y.max()",
            "ax.texts[0].arrow_patch is not None",
            "f'{x[i_max]:.2f}' in ax.texts[0].get_text()",
        ],
        difficulty="basic",
        tags=["annotation", "arrow"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.axhline_axvspan_highlight",
        task="""Plot daily `temperature` from the time-indexed DataFrame `df`, mark its 90th
        percentile `threshold` with a dashed horizontal line (`axhline`), and shade the warmest
        calendar month (`warmest_month`, the month start with the highest monthly mean) with
        `axvspan`; legend entries "temperature", "90th percentile" and "warmest month", axes
        labels and a title. Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt
            import pandas as pd

            threshold = df["temperature"].quantile(0.9)
            warmest_month = df["temperature"].resample("MS").mean().idxmax()

            fig, ax = plt.subplots(figsize=(9, 4))
            ax.plot(df.index, df["temperature"], linewidth=1, label="temperature")
            ax.axhline(threshold, color="tab:red", linestyle="--", label="90th percentile")
            ax.axvspan(warmest_month, warmest_month + pd.offsets.MonthBegin(1),
                       color="orange", alpha=0.3, label="warmest month")
            ax.set_xlabel("date")
            ax.set_ylabel("temperature (°C)")
            ax.set_title("Daily temperature")
            ax.legend()
        """,
        domain=DOMAIN,
        libraries=["matplotlib", "pandas"],
        inputs={"df": "weather"},
        checks=[
            "np.isclose(threshold, np.percentile(df['temperature'], 90))",
            "figure_summary(fig).axes[0].n_lines == 2 and figure_summary(fig).axes[0].n_patches == 1",
            "figure_summary(fig).axes[0].legend_labels == ['temperature', '90th percentile', 'warmest month']",
        ],
        difficulty="basic",
        tags=["reference-lines", "time-series", "highlight"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.percent_formatter_hist",
        task="""Plot a histogram of `skewed` (20 bins) whose bar heights are fractions of all
        observations (weights 1/n, heights in `fractions`), and format the y tick labels as
        percentages with `PercentFormatter`; label the axes and title. Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np
            from matplotlib.ticker import PercentFormatter

            fig, ax = plt.subplots()
            fractions, edges, _ = ax.hist(skewed, bins=20, weights=np.full(skewed.size, 1 / skewed.size))
            ax.set_xlabel("value")
            ax.set_ylabel("share of observations")
            ax.set_title("Distribution of a skewed sample")
            ax.yaxis.set_major_formatter(PercentFormatter(xmax=1))
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        inputs={"skewed": "skewed"},
        checks=[
            "np.isclose(fractions.sum(), 1.0)",
            "all(label.endswith('%') for label in figure_summary(fig).axes[0].yticklabels if label)",
            "figure_summary(fig).axes[0].n_patches == 20",
        ],
        difficulty="intermediate",
        tags=["tick-formatter", "histogram"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.tick_formatters_units",
        task="""Scatter `income` against weekly `hours` from the DataFrame `df` (rows with either
        value missing dropped, kept in `clean`), format the y tick labels as whole currency
        amounts with a thousands separator (`StrMethodFormatter("${x:,.0f}")`) and the x tick
        labels with a `FuncFormatter` that appends " h"; label the axes and title. Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt
            from matplotlib.ticker import FuncFormatter, StrMethodFormatter

            clean = df.dropna(subset=["income", "hours"])

            fig, ax = plt.subplots()
            ax.scatter(clean["hours"], clean["income"], s=12, alpha=0.7)
            ax.set_xlabel("hours worked per week")
            ax.set_ylabel("income")
            ax.set_title("Income against working hours")
            ax.yaxis.set_major_formatter(StrMethodFormatter("${x:,.0f}"))
            ax.xaxis.set_major_formatter(FuncFormatter(lambda value, pos: f"{value:g} h"))
        """,
        domain=DOMAIN,
        libraries=["matplotlib", "pandas"],
        inputs={"df": "survey"},
        checks=[
            "len(clean) == df[['income', 'hours']].notna().all(axis=1).sum()",
            "all(t.startswith('$') or t.startswith('−$') for t in figure_summary(fig).axes[0].yticklabels if t)",
            "all(t.endswith(' h') for t in figure_summary(fig).axes[0].xticklabels if t)",
        ],
        difficulty="intermediate",
        tags=["tick-formatter", "scatter"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.psd_welch_axes",
        task="""Estimate and plot the power spectral density of the sampled `signal` (rate `fs` Hz)
        with `Axes.psd` (Welch averaging, 512-point segments with 50 % overlap), keeping the
        returned density in `power` and frequencies in `freqs`, and add a title. Keep the figure in `fig` and its Axes in `ax`.""",
        code="""
            import matplotlib.pyplot as plt

            fig, ax = plt.subplots()
            # Axes.psd plots 10*log10(power) and labels both axes itself
            power, freqs = ax.psd(signal, NFFT=512, Fs=fs, noverlap=256)
            ax.set_title("Welch power spectral density")
        """,
        domain=DOMAIN,
        libraries=LIB,
        inputs={"signal": "noisy.signal", "fs": "noisy.fs"},
        checks=[
            "np.isclose(freqs[-1], fs / 2)",
            "power.shape == freqs.shape == (512 // 2 + 1,)",
            "np.allclose(ax.lines[0].get_ydata(), 10 * np.log10(power))",
            "figure_summary(fig).axes[0].n_lines == 1 and figure_summary(fig).axes[0].title != ''",
        ],
        difficulty="intermediate",
        tags=["spectrum", "psd"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.bode_plot_engformatter",
        task="""Draw the Bode plot of an RC low-pass filter (R = 1 kΩ, C = 100 nF) over 10 Hz-1 MHz:
        magnitude in dB (`magnitude_db`) on top and phase in degrees (`phase_deg`) below, on
        two rows sharing a logarithmic frequency axis formatted with `EngFormatter(unit="Hz")`,
        with the cutoff frequency `f_cutoff` marked by a dotted vertical line in both panels;
        label the axes and give the figure a title. Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np
            from matplotlib.ticker import EngFormatter

            R, C = 1e3, 100e-9
            f_cutoff = 1 / (2 * np.pi * R * C)
            freq = np.logspace(1, 6, 400)
            response = 1 / (1 + 1j * freq / f_cutoff)
            magnitude_db = 20 * np.log10(np.abs(response))
            phase_deg = np.degrees(np.angle(response))

            fig, (ax_mag, ax_phase) = plt.subplots(2, 1, sharex=True, layout="constrained")
            ax_mag.semilogx(freq, magnitude_db)
            ax_mag.set_ylabel("magnitude (dB)")
            ax_phase.semilogx(freq, phase_deg)
            ax_phase.set_ylabel("phase (°)")
            ax_phase.set_xlabel("frequency")
            for ax in (ax_mag, ax_phase):
                ax.axvline(f_cutoff, color="gray", linestyle=":")
            fig.suptitle("RC low-pass filter")
            ax_phase.xaxis.set_major_formatter(EngFormatter(unit="Hz"))
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        checks=[
            "figure_summary(fig).axes[0].xscale == 'log' and figure_summary(fig).axes[1].shares_x",
            "np.isclose(np.interp(np.log10(f_cutoff), np.log10(np.logspace(1, 6, 400)), magnitude_db), -3.01, atol=0.05)",
            "any(t.endswith('Hz') for t in figure_summary(fig).axes[1].xticklabels)",
            "figure_summary(fig).suptitle != ''",
        ],
        difficulty="advanced",
        tags=["bode-plot", "tick-formatter", "log-scale", "shared-axes"],
    )
    yield ex(
        id="mpl.date_axis_month_locator",
        task="""Plot daily `temperature` from the time-indexed DataFrame `df` with one major tick
        per month (`mdates.MonthLocator`) labelled as abbreviated month and year
        (`DateFormatter("%b %Y")`), rotated with `autofmt_xdate`; label the axes and title. Keep the figure in `fig` and its Axes in `ax`.""",
        code="""
            import matplotlib.dates as mdates
            import matplotlib.pyplot as plt

            fig, ax = plt.subplots(figsize=(9, 4))
            ax.plot(df.index, df["temperature"], linewidth=1)
            ax.set_xlabel("date")
            ax.set_ylabel("temperature (°C)")
            ax.set_title("Daily temperature")
            ax.xaxis.set_major_locator(mdates.MonthLocator())
            ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
            fig.autofmt_xdate()
        """,
        domain=DOMAIN,
        libraries=LIB,
        inputs={"df": "weather"},
        checks=[
            "all(pd.to_datetime(t, format='%b %Y').day == 1 for t in figure_summary(fig).axes[0].xticklabels if t)",
            "type(ax.xaxis.get_major_locator()).__name__ == 'MonthLocator'",
            "ax.get_xticklabels()[0].get_rotation() != 0",
        ],
        difficulty="intermediate",
        tags=["date-axis", "time-series"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.concise_date_formatter",
        task="""Plot every column of the time-indexed DataFrame `df` as a line on one Axes with a
        legend of the column names, using an `AutoDateLocator` with a `ConciseDateFormatter` for
        compact date tick labels; label the axes and title. Keep the figure in `fig` and its Axes in `ax`.""",
        code="""
            import matplotlib.dates as mdates
            import matplotlib.pyplot as plt

            fig, ax = plt.subplots(figsize=(9, 4))
            for column in df.columns:
                ax.plot(df.index, df[column], linewidth=1, label=column)
            ax.set_xlabel("date")
            ax.set_ylabel("reading")
            ax.set_title("Sensor readings")
            ax.legend()
            locator = mdates.AutoDateLocator()
            ax.xaxis.set_major_locator(locator)
            ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        """,
        domain=DOMAIN,
        libraries=LIB,
        inputs={"df": "sensor"},
        checks=[
            "figure_summary(fig).axes[0].legend_labels == list(df.columns)",
            "type(ax.xaxis.get_major_formatter()).__name__ == 'ConciseDateFormatter'",
            "figure_summary(fig).axes[0].n_lines == df.shape[1]",
        ],
        difficulty="intermediate",
        tags=["date-axis", "time-series", "legend"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.legend_outside_right",
        task="""Plot the cumulative sum of each column of the 2-D array `X` as a random-walk line
        labelled "walk 1", "walk 2", ..., and place the legend (titled "series") outside the
        Axes to the right with `bbox_to_anchor`, using a constrained layout so it is not cut off;
        label the axes and title. Keep the figure in `fig` and its Axes in `ax`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np

            walks = np.cumsum(X, axis=0)

            fig, ax = plt.subplots(layout="constrained")
            for j in range(walks.shape[1]):
                ax.plot(walks[:, j], label=f"walk {j + 1}")
            ax.set_xlabel("step")
            ax.set_ylabel("position")
            ax.set_title("Random walks")
            # anchor the legend's upper-left corner just right of the axes' upper-right corner
            ax.legend(title="series", loc="upper left", bbox_to_anchor=(1.02, 1), borderaxespad=0)
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        inputs={"X": "matrix"},
        checks=[
            "figure_summary(fig).axes[0].legend_labels == [f'walk {j + 1}' for j in range(X.shape[1])]",
            "ax.get_legend().get_window_extent().x0 >= ax.get_window_extent().x1",
            "np.allclose(ax.lines[0].get_ydata(), np.cumsum(X[:, 0]))",
        ],
        difficulty="intermediate",
        tags=["legend", "layout"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.figure_legend_outside_bottom",
        task="""Draw two side-by-side panels (`axes`) of the same three damped signals (left:
        linear y axis, right: logarithmic |y|), each series drawn once per panel with the labels
        "slow", "medium" and "fast", and put a single figure-level legend with three columns
        outside below the panels (`loc="outside lower center"`, constrained layout); give each
        panel a title and axis labels. Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np

            t = np.linspace(0, 5, 300)
            rates = {"slow": 0.3, "medium": 1.0, "fast": 3.0}

            fig, axes = plt.subplots(1, 2, figsize=(9, 4), layout="constrained")
            for label, rate in rates.items():
                decay = np.exp(-rate * t)
                axes[0].plot(t, decay * np.cos(4 * t), label=label)
                axes[1].semilogy(t, decay)
            axes[0].set(title="Signal", xlabel="time (s)", ylabel="amplitude")
            axes[1].set(title="Envelope", xlabel="time (s)", ylabel="|amplitude|")
            # one legend for the whole figure: the panels share the same three series
            fig.legend(loc="outside lower center", ncols=3)
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        checks=[
            "figure_summary(fig).legend_labels == ['slow', 'medium', 'fast']",
            "fig.legends[0].get_window_extent().y1 <= min(a.get_window_extent().y0 for a in axes)",
            "figure_summary(fig).axes[1].yscale == 'log'",
            "all(a.legend_labels == [] for a in figure_summary(fig).axes)",
        ],
        difficulty="advanced",
        tags=["legend", "figure-legend", "layout"],
    )
    yield ex(
        id="mpl.fill_between_anomaly",
        task="""Plot the daily temperature anomaly `anomaly` (temperature of the time-indexed
        DataFrame `df` minus its mean) as a thin black line, fill the area between it and zero in
        red where it is positive and blue where it is negative (`fill_between` with `where=` and
        `interpolate=True`), legend entries "above mean" and "below mean", axes labels and a
        title. Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt

            anomaly = df["temperature"] - df["temperature"].mean()

            fig, ax = plt.subplots(figsize=(9, 4))
            ax.plot(df.index, anomaly, color="black", linewidth=0.6)
            # interpolate=True closes each region exactly where the curve crosses zero
            ax.fill_between(df.index, anomaly, 0, where=anomaly > 0, interpolate=True,
                            color="tab:red", alpha=0.5, label="above mean")
            ax.fill_between(df.index, anomaly, 0, where=anomaly <= 0, interpolate=True,
                            color="tab:blue", alpha=0.5, label="below mean")
            ax.set_xlabel("date")
            ax.set_ylabel("temperature anomaly (°C)")
            ax.set_title("Temperature anomaly")
            ax.legend()
        """,
        domain=DOMAIN,
        libraries=["matplotlib", "pandas"],
        inputs={"df": "weather"},
        checks=[
            # zero up to rounding, relative to the temperatures' magnitude
            "np.isclose(anomaly.mean(), 0, atol=1e-9 * df['temperature'].abs().max())",
            "sum('PolyCollection' in t for t in figure_summary(fig).axes[0].collection_types) == 2",
            "figure_summary(fig).axes[0].legend_labels == ['above mean', 'below mean']",
        ],
        difficulty="intermediate",
        tags=["fill-between", "time-series", "anomaly"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.regression_with_residuals",
        task="""Fit a straight line to (`x`, `y`) with `np.polyfit` (`slope`, `intercept`, fitted
        values `fitted`, residuals `residuals`) and draw two rows sharing the x axis with height
        ratio 3:1: data and fitted line on top with a legend ("data" and the fitted equation),
        residuals with a zero line below; label the axes and title the top panel. Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np

            slope, intercept = np.polyfit(x, y, deg=1)
            fitted = slope * x + intercept
            residuals = y - fitted

            fig, (ax_fit, ax_res) = plt.subplots(2, 1, sharex=True, height_ratios=[3, 1], layout="constrained")
            ax_fit.scatter(x, y, s=15, label="data")
            ax_fit.plot(x, fitted, color="tab:red", label=f"y = {slope:.2f} x + {intercept:.2f}")
            ax_fit.set_ylabel("y")
            ax_fit.set_title("Linear fit")
            ax_res.scatter(x, residuals, s=15)
            ax_res.axhline(0, color="tab:red", linewidth=1)
            ax_res.set_xlabel("x")
            ax_res.set_ylabel("residual")
            ax_fit.legend()
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        inputs={"x": "line.x", "y": "line.y"},
        checks=[
            "np.isclose(residuals.sum(), 0, atol=1e-8 * max(1.0, np.abs(y).sum()))",
            "np.allclose([slope, intercept], np.polyfit(x, y, 1))",
            "figure_summary(fig).axes[1].shares_x",
            "len(figure_summary(fig).axes[0].legend_labels) == 2 and figure_summary(fig).axes[0].legend_labels[0] == 'data'",
        ],
        difficulty="intermediate",
        tags=["regression", "residuals", "shared-axes"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.specgram_audio",
        task="""Draw the spectrogram of the sampled `signal` (rate `fs` Hz) with `Axes.specgram`
        using segments of `nfft` = 256 samples (at most a quarter of the signal, so short
        recordings still give several segments) overlapping by half, the "magma" colormap, and
        a colorbar labelled "power (dB)"; keep `spectrum`, `freqs` and `times`, label the axes
        and title. Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt

            nfft = min(256, signal.size // 4)

            fig, ax = plt.subplots()
            spectrum, freqs, times, im = ax.specgram(signal, NFFT=nfft, Fs=fs, noverlap=nfft // 2, cmap="magma")
            ax.set_xlabel("time (s)")
            ax.set_ylabel("frequency (Hz)")
            ax.set_title("Spectrogram")
            fig.colorbar(im, ax=ax, label="power (dB)")
        """,
        domain=DOMAIN,
        libraries=LIB,
        inputs={"signal": "audio.signal", "fs": "audio.fs"},
        checks=[
            "spectrum.shape == (freqs.size, times.size)",
            "np.allclose(np.diff(freqs), fs / nfft)",
            "freqs.size == nfft // 2 + 1 and times.size >= 2",
            "times[-1] <= signal.size / fs",
            "figure_summary(fig).has_colorbar",
        ],
        difficulty="intermediate",
        tags=["spectrogram", "time-frequency", "colorbar"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.eventplot_spike_raster",
        task="""Simulate Poisson spike trains `spike_times` (a list of sorted arrays, 2 s each) for
        four neurons firing at 5, 10, 20 and 40 Hz and draw them as a raster with `eventplot`,
        one row per neuron, y tick labels giving each rate ("5 Hz", ...), axes labels and a
        title. Keep the figure in `fig` and its Axes in `ax`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np

            rng = np.random.default_rng(11)
            duration = 2.0
            rates = [5, 10, 20, 40]
            spike_times = [np.sort(rng.uniform(0, duration, rng.poisson(rate * duration))) for rate in rates]

            fig, ax = plt.subplots()
            ax.eventplot(spike_times, colors="black", lineoffsets=range(len(rates)), linelengths=0.8)
            ax.set_xlabel("time (s)")
            ax.set_ylabel("neuron firing rate")
            ax.set_title("Spike raster")
            ax.set_yticks(range(len(rates)), labels=[f"{rate} Hz" for rate in rates])
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        checks=[
            "figure_summary(fig).axes[0].collection_types.count('EventCollection') == 4",
            "[len(c.get_positions()) for c in ax.collections] == [len(s) for s in spike_times]",
            "figure_summary(fig).axes[0].yticklabels == ['5 Hz', '10 Hz', '20 Hz', '40 Hz']",
        ],
        difficulty="intermediate",
        tags=["eventplot", "raster"],
    )
    yield ex(
        id="mpl.axline_paired_identity",
        task="""Scatter the paired measurements `after` against `before` and add the identity
        line y = x with `axline` (dashed gray, label "no change"), so points below it improved;
        use an equal aspect ratio, legend entries "subjects" and "no change", axes labels and a
        title. Keep the figure in `fig` and its Axes in `ax`.""",
        code="""
            import matplotlib.pyplot as plt

            fig, ax = plt.subplots()
            ax.scatter(before, after, label="subjects")
            # axline extends to the view limits whatever they become
            ax.axline((before.mean(), before.mean()), slope=1, color="gray", linestyle="--", label="no change")
            ax.set_aspect("equal", adjustable="datalim")
            ax.set_xlabel("before")
            ax.set_ylabel("after")
            ax.set_title("Paired measurements")
            ax.legend()
        """,
        domain=DOMAIN,
        libraries=LIB,
        inputs={"before": "paired.a", "after": "paired.b"},
        checks=[
            "figure_summary(fig).axes[0].legend_labels == ['subjects', 'no change']",
            "figure_summary(fig).axes[0].n_lines == 1",
            "ax.get_aspect() == 1.0",
        ],
        difficulty="basic",
        tags=["reference-lines", "paired-data"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.boundarynorm_quartile_bands",
        task="""Show `image` with a discrete colour scale of its four quartile bands: bounds
        `bounds` at the 0, 25, 50, 75 and 100th percentiles, the "viridis" colormap resampled to
        4 colours (`cmap`), a `BoundaryNorm` (`norm`) and a colorbar with ticks at the bounds;
        keep the AxesImage in `im`, label the axes and title. Keep the figure in `fig`.""",
        code="""
            import matplotlib as mpl
            import matplotlib.pyplot as plt
            import numpy as np
            from matplotlib.colors import BoundaryNorm

            bounds = np.percentile(image, [0, 25, 50, 75, 100])
            cmap = mpl.colormaps["viridis"].resampled(len(bounds) - 1)
            norm = BoundaryNorm(bounds, cmap.N)

            fig, ax = plt.subplots()
            im = ax.imshow(image, cmap=cmap, norm=norm, origin="lower")
            ax.set_xlabel("x (pixel)")
            ax.set_ylabel("y (pixel)")
            ax.set_title("Intensity quartile bands")
            fig.colorbar(im, ax=ax, ticks=bounds, format="%.3g", label="intensity")
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        inputs={"image": "image"},
        checks=[
            "cmap.N == 4 and len(bounds) == 5",
            "type(im.norm).__name__ == 'BoundaryNorm'",
            "np.allclose(norm.boundaries, np.percentile(image, [0, 25, 50, 75, 100]))",
            "figure_summary(fig).has_colorbar",
        ],
        difficulty="advanced",
        tags=["colormap", "boundarynorm", "discrete-colors", "colorbar"],
        edge_cases={
            "constant": False,
            "why": "quartile bands need distinct quartiles: a constant image has a single value",
        },
    )
    yield ex(
        id="mpl.scatter_size_legend",
        task="""Scatter `humidity` against `temperature` from the DataFrame `df` with marker area
        encoding `wind_speed` (scaled linearly to 20-200 pt²) and colour encoding `pressure`
        ("cividis", colorbar labelled "pressure"); add a legend of four representative marker
        sizes (one per distinct speed when there are no more than four) built with
        `legend_elements(prop="sizes")`, labelled in wind-speed units and titled "wind speed"; keep
        the PathCollection in `sc`, label the axes and title. Keep the figure in `fig` and its Axes in `ax`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np

            wind = df["wind_speed"]
            wind_range = (wind.min(), wind.max())
            sizes = np.interp(wind, wind_range, (20, 200))

            fig, ax = plt.subplots()
            sc = ax.scatter(df["temperature"], df["humidity"], s=sizes, c=df["pressure"], cmap="cividis", alpha=0.7)
            fig.colorbar(sc, ax=ax, label="pressure")
            # four representative sizes, or one entry per speed when there are no more than four
            # (a locator's round numbers can miss a single constant speed altogether)
            n_entries = 4 if wind.nunique() > 4 else None
            # func maps marker sizes back to wind speed, so the legend speaks in data units
            handles, labels = sc.legend_elements(prop="sizes", num=n_entries, alpha=0.7,
                                                 func=lambda s: np.interp(s, (20, 200), wind_range))
            ax.set_xlabel("temperature")
            ax.set_ylabel("humidity")
            ax.set_title("Humidity against temperature")
            ax.legend(handles, labels, title="wind speed", loc="upper right")
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        inputs={"df": "measurements"},
        checks=[
            "sc.get_sizes().min() >= 20 - 1e-9 and sc.get_sizes().max() <= 200 + 1e-9",
            "np.isclose(sc.get_sizes()[np.argmax(df['wind_speed'].to_numpy())], 200)",
            "ax.get_legend().get_title().get_text() == 'wind speed'",
            "len(figure_summary(fig).axes[0].legend_labels) >= 1",
            "figure_summary(fig).has_colorbar",
        ],
        difficulty="advanced",
        tags=["scatter", "legend", "size-encoding", "colorbar"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.class_scatter_tab10",
        task="""Scatter the first two features of `X` coloured by class label `y`, one `scatter`
        call per class with its colour taken from the "tab10" colormap's `colors` and white
        marker edges, and a legend titled "class" with entries "class 0", "class 1", ...; label
        the axes and title. Keep the figure in `fig` and its Axes in `ax`.""",
        code="""
            import matplotlib as mpl
            import matplotlib.pyplot as plt
            import numpy as np

            palette = mpl.colormaps["tab10"].colors

            fig, ax = plt.subplots()
            for label in np.unique(y):
                members = y == label
                ax.scatter(X[members, 0], X[members, 1], s=18, color=palette[label % len(palette)],
                           edgecolor="white", linewidth=0.4, label=f"class {label}")
            ax.set_xlabel("feature 1")
            ax.set_ylabel("feature 2")
            ax.set_title("Samples by class")
            ax.legend(title="class")
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        inputs={"X": "clf_multi.X", "y": "clf_multi.y"},
        checks=[
            "figure_summary(fig).axes[0].n_collections == len(np.unique(y))",
            "figure_summary(fig).axes[0].legend_labels == [f'class {k}' for k in np.unique(y)]",
            "sum(c.get_offsets().shape[0] for c in ax.collections) == len(y)",
        ],
        difficulty="intermediate",
        tags=["scatter", "classification", "custom-plotting"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.linecollection_colored_path",
        task="""Draw the Archimedean spiral `x` = t cos t, `y` = t sin t for t in [0, 4π] (400 points)
        as a `LineCollection` of consecutive segments (`segments`, shape (n-1, 2, 2)) coloured by
        the speed along the path (`speed`), add it with `add_collection`, rescale the view, and
        add a colorbar labelled "speed"; use equal aspect and label the axes and title. Keep the figure in `fig` and its Axes in `ax`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np
            from matplotlib.collections import LineCollection

            t = np.linspace(0, 4 * np.pi, 400)
            x, y = t * np.cos(t), t * np.sin(t)
            points = np.column_stack([x, y])
            segments = np.stack([points[:-1], points[1:]], axis=1)
            speed = np.hypot(np.diff(x), np.diff(y)) / np.diff(t)

            fig, ax = plt.subplots()
            lines = LineCollection(segments, cmap="viridis", linewidth=2)
            lines.set_array(speed)
            ax.add_collection(lines)
            # add_collection does not rescale the view the way plot() does
            ax.autoscale_view()
            ax.set_aspect("equal")
            ax.set_xlabel("x")
            ax.set_ylabel("y")
            ax.set_title("Spiral coloured by speed")
            fig.colorbar(lines, ax=ax, label="speed")
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        checks=[
            "segments.shape == (399, 2, 2)",
            "ax.get_xlim()[0] <= x.min() and ax.get_xlim()[1] >= x.max()",
            "'LineCollection' in figure_summary(fig).axes[0].collection_types",
            "figure_summary(fig).has_colorbar",
        ],
        difficulty="advanced",
        tags=["line-collection", "colormap", "custom-plotting"],
    )
    yield ex(
        id="mpl.confidence_ellipse_patch",
        task="""Scatter the first two columns of `X` and overlay their 2-standard-deviation
        covariance ellipse as a `matplotlib.patches.Ellipse` (`ellipse`, unfilled red edge)
        centred on the means, with axes along the eigenvectors of the covariance matrix; legend
        entries "samples" and "2σ ellipse", axes labels and a title. Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np
            from matplotlib.patches import Ellipse

            x, y = X[:, 0], X[:, 1]
            eigvals, eigvecs = np.linalg.eigh(np.cov(x, y))
            # eigh sorts ascending: the last eigenvector is the major axis
            angle = np.degrees(np.arctan2(eigvecs[1, -1], eigvecs[0, -1]))
            n_std = 2.0
            # a covariance is positive semi-definite, but rounding can leave a zero eigenvalue slightly negative
            width, height = 2 * n_std * np.sqrt(np.clip(eigvals[::-1], 0, None))
            ellipse = Ellipse((x.mean(), y.mean()), width, height, angle=angle,
                              facecolor="none", edgecolor="tab:red", linewidth=2, label="2σ ellipse")

            fig, ax = plt.subplots()
            ax.scatter(x, y, s=12, alpha=0.6, label="samples")
            ax.add_patch(ellipse)
            ax.set_xlabel("feature 1")
            ax.set_ylabel("feature 2")
            ax.set_title("Samples with covariance ellipse")
            ax.legend()
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        inputs={"X": "matrix"},
        checks=[
            "np.allclose(ellipse.center, (X[:, 0].mean(), X[:, 1].mean()))",
            "ellipse.width >= ellipse.height",
            # a quarter of each axis is one standard deviation: their squares add up to the total variance
            "np.isclose((ellipse.width / 4) ** 2 + (ellipse.height / 4) ** 2, np.trace(np.cov(X[:, 0], X[:, 1])), rtol=1e-9, atol=0)",
            "figure_summary(fig).axes[0].legend_labels == ['samples', '2σ ellipse']",
        ],
        difficulty="advanced",
        tags=["patches", "covariance", "custom-plotting"],
        edge_cases={"min_size": 2, "why": "a covariance needs two or more samples"},
    )
    yield ex(
        id="mpl.tricontourf_scattered",
        task="""Simulate elevations `elevation` at 150 irregularly placed stations (`lon`, `lat`
        in [0, 10]) and map them with filled contours on the Delaunay triangulation
        (`tricontourf`, 12 levels, "terrain"), mark the stations with small black dots (legend
        entry "stations") and add a colorbar labelled "elevation (m)"; keep the ContourSet in
        `filled`, label the axes and title. Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np

            rng = np.random.default_rng(5)
            lon, lat = rng.uniform(0, 10, (2, 150))
            elevation = 800 * np.exp(-((lon - 6) ** 2 + (lat - 4) ** 2) / 8) + 50 * lat

            fig, ax = plt.subplots()
            # tricontourf interpolates on triangles, so no regular grid is needed
            filled = ax.tricontourf(lon, lat, elevation, levels=12, cmap="terrain")
            ax.plot(lon, lat, "k.", markersize=3, label="stations")
            ax.set_xlabel("longitude (°)")
            ax.set_ylabel("latitude (°)")
            ax.set_title("Elevation from scattered stations")
            ax.legend(loc="upper left")
            fig.colorbar(filled, ax=ax, label="elevation (m)")
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        checks=[
            "filled.levels[0] <= elevation.min() and filled.levels[-1] >= elevation.max()",
            "figure_summary(fig).axes[0].legend_labels == ['stations']",
            "figure_summary(fig).has_colorbar",
        ],
        difficulty="advanced",
        tags=["tricontour", "scattered-data", "colorbar"],
    )
    yield ex(
        id="mpl.histogram_grid_suptitle",
        task="""Draw a 2 x 2 grid of histograms (`axes`), one per column of the DataFrame `df`
        (column name as panel title), with shared figure-level x and y labels via `supxlabel`
        ("value") and `supylabel` ("count") and a figure title "Distributions of measured
        variables". Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt

            fig, axes = plt.subplots(2, 2, figsize=(8, 6), layout="constrained")
            for ax, column in zip(axes.flat, df.columns):
                ax.hist(df[column], bins=20, color="tab:green", alpha=0.8)
                ax.set_title(column)
            fig.supxlabel("value")
            fig.supylabel("count")
            fig.suptitle("Distributions of measured variables")
        """,
        domain=DOMAIN,
        libraries=LIB,
        inputs={"df": "measurements"},
        checks=[
            "figure_summary(fig).titles == list(df.columns[:4])",
            "all(len(ax.patches) == 20 for ax in axes.flat)",
            "{'value', 'count'} <= {t.get_text() for t in fig.texts}",
            "figure_summary(fig).suptitle == 'Distributions of measured variables'",
        ],
        difficulty="basic",
        tags=["subplots", "histogram", "layout"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.colormap_comparison",
        task="""Show `image` side by side under the colormaps "viridis", "magma", "cividis" and
        "gray" (names in `cmap_names`, looked up in `matplotlib.colormaps`), one panel of `axes`
        per colormap titled with its name, axes hidden, and a figure title. Keep the figure in `fig`.""",
        code="""
            import matplotlib as mpl
            import matplotlib.pyplot as plt

            cmap_names = ["viridis", "magma", "cividis", "gray"]
            fig, axes = plt.subplots(1, len(cmap_names), figsize=(12, 3.2), layout="constrained")
            for ax, name in zip(axes, cmap_names):
                ax.imshow(image, cmap=mpl.colormaps[name])
                ax.set_title(name)
                ax.set_axis_off()
            fig.suptitle("One image under four colormaps")
        """,
        domain=DOMAIN,
        libraries=LIB,
        inputs={"image": "image"},
        checks=[
            "figure_summary(fig).titles == cmap_names",
            "[ax.images[0].get_cmap().name for ax in axes] == cmap_names",
            "not any(ax.axison for ax in axes)",
            "figure_summary(fig).suptitle != ''",
        ],
        difficulty="basic",
        tags=["colormap", "imshow", "subplots"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.prop_cycle_custom_styles",
        task="""Set a custom property cycle on `ax` with `set_prop_cycle` so that successive lines
        get the colours "#1b9e77", "#d95f02", "#7570b3" and the line styles "-", "--", ":", then
        plot sin(kx) for k = 1, 2, 3 over [0, 2π] with labels "sin(1x)", "sin(2x)", "sin(3x)";
        label the axes, add a title and a legend. Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np

            x = np.linspace(0, 2 * np.pi, 200)

            fig, ax = plt.subplots()
            # keyword arguments are zipped together: colour i goes with line style i
            ax.set_prop_cycle(color=["#1b9e77", "#d95f02", "#7570b3"], linestyle=["-", "--", ":"])
            for k in (1, 2, 3):
                ax.plot(x, np.sin(k * x), label=f"sin({k}x)")
            ax.set_xlabel("x (rad)")
            ax.set_ylabel("sin(kx)")
            ax.set_title("Harmonics with a custom property cycle")
            ax.legend()
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        checks=[
            "[line.get_color() for line in ax.lines] == ['#1b9e77', '#d95f02', '#7570b3']",
            "[line.get_linestyle() for line in ax.lines] == ['-', '--', ':']",
            "figure_summary(fig).axes[0].legend_labels == ['sin(1x)', 'sin(2x)', 'sin(3x)']",
        ],
        difficulty="basic",
        tags=["property-cycle", "line-styles", "custom-plotting"],
    )
    bin_rule_notes = {
        "auto": "# 'auto' takes the larger bin count of the 'sturges' and 'fd' rules",
        "fd": "# Freedman-Diaconis: bin width from the IQR, robust to outliers",
        "sturges": "# Sturges: log2(n) + 1 bins, assumes roughly normal data and under-bins large samples",
    }
    for rule, note in bin_rule_notes.items():
        yield ex(
            id=f"mpl.hist_bin_rule.{rule}",
            family="mpl.hist_bin_rule",
            task=f"""Plot a histogram of `values` with bin edges chosen by numpy's "{rule}" rule
            (`bins="{rule}"`), keeping the counts in `counts` and the edges in `edges`; state the
            resulting number of bins in the title and label the axes. Keep the figure in `fig` and
            its Axes in `ax`.""",
            code=f"""
                import matplotlib.pyplot as plt

                fig, ax = plt.subplots()
                {note}
                counts, edges, _ = ax.hist(values, bins="{rule}", edgecolor="white")
                ax.set_xlabel("value")
                ax.set_ylabel("count")
                ax.set_title(f"{{len(counts)}} bins from the {rule!r} rule")
            """,
            domain=DOMAIN,
            libraries=LIB,
            inputs={"values": "values"},
            checks=[
                "counts.sum() == values.size",
                f"np.allclose(edges, np.histogram_bin_edges(values, bins={rule!r}))",
                "figure_summary(fig).axes[0].n_patches == len(counts)",
                "str(len(counts)) in ax.get_title()",
            ],
            difficulty="basic",
            tags=["histogram", "binning", "parameter-tuning"],
            edge_cases=True,
        )
    log_axes = {
        "semilogy": dict(
            relation="an exponential decay y = 3 exp(-0.8 x) with multiplicative noise, x from 0 to 5",
            why="# an exponential is a straight line when only y is logarithmic",
            x="np.linspace(0, 5, 30)",
            y="3 * np.exp(-0.8 * x) * rng.lognormal(0, 0.05, x.size)",
            fit="np.polyfit(x, np.log(y), 1)",
            scales=("linear", "log"),
            slope=-0.8,
        ),
        "semilogx": dict(
            relation="a logarithmic dose response y = 2 log10(x) + 5 with additive noise, x from 0.01 to 100",
            why="# a logarithmic response is a straight line when only x is logarithmic",
            x="np.logspace(-2, 2, 30)",
            y="2 * np.log10(x) + 5 + rng.normal(0, 0.1, x.size)",
            fit="np.polyfit(np.log10(x), y, 1)",
            scales=("log", "linear"),
            slope=2.0,
        ),
        "loglog": dict(
            relation="a power law y = 3 x^0.75 with multiplicative noise, x from 1 to 1000",
            why="# a power law is a straight line when both axes are logarithmic; its slope is the exponent",
            x="np.logspace(0, 3, 30)",
            y="3 * x**0.75 * rng.lognormal(0, 0.05, x.size)",
            fit="np.polyfit(np.log10(x), np.log10(y), 1)",
            scales=("log", "log"),
            slope=0.75,
        ),
    }
    for func, spec in log_axes.items():
        xscale, yscale = spec["scales"]
        yield ex(
            id=f"mpl.log_axes.{func}",
            family="mpl.log_axes",
            task=f"""Simulate {spec["relation"]} (arrays `x`, `y`, seed 0), plot the points with
            `ax.{func}` so the relation appears straight, fit a line in those transformed
            coordinates with `np.polyfit` (`slope`, `intercept`), and put the fitted slope (two
            decimals) in the title; label the axes. Keep the figure in `fig`.""",
            code=f"""
                import matplotlib.pyplot as plt
                import numpy as np

                rng = np.random.default_rng(0)
                x = {spec["x"]}
                y = {spec["y"]}
                slope, intercept = {spec["fit"]}

                fig, ax = plt.subplots()
                {spec["why"]}
                ax.{func}(x, y, "o", markersize=4)
                ax.set_xlabel("x")
                ax.set_ylabel("y")
                ax.set_title(f"Fitted slope {{slope:.2f}}")
            """,
            domain=DOMAIN,
            libraries=LIB_NP,
            checks=[
                f"figure_summary(fig).axes[0].xscale == {xscale!r} and figure_summary(fig).axes[0].yscale == {yscale!r}",
                f"abs(slope - {spec['slope']}) < 0.1" if spec["slope"] > 0 else f"abs(slope + {-spec['slope']}) < 0.1",
                "f'{slope:.2f}' in ax.get_title()",
            ],
            difficulty="intermediate",
            tags=["log-scale", "axis-scale", "curve-fitting"],
        )
    file_formats = {
        "png": ('fig.savefig(path, dpi=200)', "# raster: dpi sets the pixel size", "b'\\x89PNG'"),
        "pdf": ('fig.savefig(path)', "# vector: scales without pixelation, ideal for papers", "b'%PDF'"),
        "svg": ('fig.savefig(path)', "# vector text format: editable in Inkscape or a browser", "b'<?xml'"),
    }
    for fmt, (save_call, note, magic) in file_formats.items():
        yield ex(
            id=f"mpl.savefig_format.{fmt}",
            family="mpl.savefig_format",
            task=f"""Plot the decay measurements (`x`, `y`) as points, label the axes and title, and
            save the figure in the current directory as `path = Path("decay_curve.{fmt}")`
            ({fmt.upper()} format, inferred from the file extension{", at 200 dpi" if fmt == "png" else ""}).
            Keep the figure in `fig`.""",
            code=f"""
                from pathlib import Path

                import matplotlib.pyplot as plt

                path = Path("decay_curve.{fmt}")

                fig, ax = plt.subplots()
                ax.plot(x, y, "o", markersize=4)
                ax.set_xlabel("time (s)")
                ax.set_ylabel("signal")
                ax.set_title("Exponential decay")
                {note}
                {save_call}
            """,
            domain=DOMAIN,
            libraries=LIB,
            inputs={"x": "decay.x", "y": "decay.y"},
            checks=[
                "path.exists() and path.stat().st_size > 0",
                f"path.read_bytes().startswith({magic})",
                "figure_summary(fig).axes[0].title != ''",
            ],
            difficulty="basic",
            tags=["savefig", "export"],
            edge_cases=True,
        )
    style_facecolors = {
        "ggplot": "E5E5E5",
        "bmh": "EEEEEE",
        "fivethirtyeight": "F0F0F0",
    }
    for style, face in style_facecolors.items():
        face_rgba = tuple(round(int(face[i:i + 2], 16) / 255, 4) for i in (0, 2, 4)) + (1.0,)
        yield ex(
            id=f"mpl.style_context.{style}",
            family="mpl.style_context",
            task=f"""Inside `plt.style.context("{style}")`, so the style applies only to this
            figure and the global settings are restored afterwards, plot every column of the
            time-indexed DataFrame `df` as a line with a legend of the column names, and label the
            axes and title. Keep the figure in `fig` and its Axes in `ax`.""",
            code=f"""
                import matplotlib.pyplot as plt

                with plt.style.context("{style}"):
                    fig, ax = plt.subplots(figsize=(8, 4))
                    for column in df.columns:
                        ax.plot(df.index, df[column], label=column)
                    ax.set_xlabel("date")
                    ax.set_ylabel("reading")
                    ax.set_title("Sensor readings ({style} style)")
                    ax.legend()
            """,
            domain=DOMAIN,
            libraries=LIB,
            inputs={"df": "sensor"},
            checks=[
                f"np.allclose(ax.get_facecolor(), {face_rgba}, atol=1e-3)",
                f"ax.lines[0].get_color() == plt.style.library[{style!r}]['axes.prop_cycle'].by_key()['color'][0]",
                f"plt.rcParams['axes.prop_cycle'] != plt.style.library[{style!r}]['axes.prop_cycle']",
                "figure_summary(fig).axes[0].legend_labels == list(df.columns)",
            ],
            difficulty="basic",
            tags=["style", "context-manager"],
            edge_cases=True,
        )
    line_styles = {
        "dashed_circles": ("--", "o"),
        "dotted_squares": (":", "s"),
        "dashdot_triangles": ("-.", "^"),
    }
    for name, (linestyle, marker) in line_styles.items():
        yield ex(
            id=f"mpl.line_marker_style.{name}",
            family="mpl.line_marker_style",
            task=f"""Plot the growth measurements (`x`, `y`) as one line in the colour "#2a6f97"
            with line style "{linestyle}" and marker "{marker}" drawn hollow (white face, size 5),
            and label the axes and title. Keep the figure in `fig` and its Axes in `ax`.""",
            code=f"""
                import matplotlib.pyplot as plt

                fig, ax = plt.subplots()
                ax.plot(x, y, color="#2a6f97", linestyle="{linestyle}", marker="{marker}",
                        markersize=5, markerfacecolor="white", markeredgewidth=1.2)
                ax.set_xlabel("time (h)")
                ax.set_ylabel("population size")
                ax.set_title("Logistic growth")
            """,
            domain=DOMAIN,
            libraries=LIB,
            inputs={"x": "growth.x", "y": "growth.y"},
            checks=[
                f"ax.lines[0].get_linestyle() == {linestyle!r} and ax.lines[0].get_marker() == {marker!r}",
                "ax.lines[0].get_markerfacecolor() == 'white' and ax.lines[0].get_color() == '#2a6f97'",
                "figure_summary(fig).axes[0].title != ''",
            ],
            difficulty="basic",
            tags=["line-styles", "markers", "custom-plotting"],
            edge_cases=True,
        )
    yield ex(
        id="mpl.validate_series_lengths",
        task="""Plot several temperature-probe series from the dict `series` against a shared time
        vector `time_s` (one probe's logger dropped samples), using a helper `plot_series` that
        raises ValueError when x and y lengths differ; catch that error per probe, store the
        message in the dict `skipped` (probe name -> message), plot only the valid probes, and
        label the axes, title and legend. Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np


            def plot_series(ax, x, y, label):
                if len(x) != len(y):
                    raise ValueError(f"{label}: x has {len(x)} points but y has {len(y)}")
                ax.plot(x, y, label=label)


            rng = np.random.default_rng(1)
            time_s = np.arange(0, 60, 0.5)
            series = {
                "probe 1": 20 + rng.normal(0, 0.3, time_s.size),
                "probe 2": 21 + rng.normal(0, 0.3, time_s.size),
                "probe 3": 19 + rng.normal(0, 0.3, time_s.size - 4),  # logger dropped samples
            }

            fig, ax = plt.subplots()
            skipped = {}
            for name, readings in series.items():
                try:
                    plot_series(ax, time_s, readings, name)
                except ValueError as err:
                    skipped[name] = str(err)
            ax.set_xlabel("time (s)")
            ax.set_ylabel("temperature (°C)")
            ax.set_title("Probe temperatures")
            ax.legend()
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        checks=[
            "list(skipped) == ['probe 3']",
            "str(time_s.size) in skipped['probe 3']",
            "figure_summary(fig).axes[0].legend_labels == ['probe 1', 'probe 2']",
        ],
        difficulty="intermediate",
        tags=["error-handling", "validation", "line-plot"],
    )
    yield ex(
        id="mpl.catch_plot_shape_mismatch",
        task="""Plot three replicate curves from the dict `replicates` (`y`, 1.05 `y`, and 0.95 `y`
        without its last ten readings) against the shared `x`; the third replicate is too short,
        so `ax.plot` raises ValueError for it:
        catch the error, store its message in `errors` (replicate name -> message), and plot the
        overlapping part dotted with the label "<name> (truncated)" instead of dropping it. Label
        the axes, title and legend. Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt

            replicates = {"rep 1": y, "rep 2": 1.05 * y, "rep 3": 0.95 * y[:-10]}

            fig, ax = plt.subplots()
            errors = {}
            for name, values in replicates.items():
                try:
                    ax.plot(x, values, marker=".", label=name)
                except ValueError as err:
                    errors[name] = str(err)
                    n = min(len(x), len(values))
                    ax.plot(x[:n], values[:n], marker=".", linestyle=":", label=f"{name} (truncated)")
            ax.set_xlabel("time (h)")
            ax.set_ylabel("population size")
            ax.set_title("Replicate growth curves")
            ax.legend()
        """,
        domain=DOMAIN,
        libraries=LIB,
        inputs={"x": "growth.x", "y": "growth.y"},
        checks=[
            "list(errors) == ['rep 3'] and 'first dimension' in errors['rep 3']",
            "figure_summary(fig).axes[0].n_lines == 3",
            "figure_summary(fig).axes[0].legend_labels == ['rep 1', 'rep 2', 'rep 3 (truncated)']",
        ],
        difficulty="intermediate",
        tags=["error-handling", "shape-mismatch", "line-plot"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.hist_report_missing",
        task="""Plot a histogram (25 bins) of the `income` column of the DataFrame `df`, which has
        missing values: drop them explicitly, count them in `n_missing`, keep the bar counts in
        `counts`, and report the number excluded in the title; label the axes. Draw on an Axes named `ax`.""",
        code="""
            import matplotlib.pyplot as plt

            income = df["income"]
            n_missing = int(income.isna().sum())

            fig, ax = plt.subplots()
            counts, edges, _ = ax.hist(income.dropna(), bins=25)
            ax.set_xlabel("income")
            ax.set_ylabel("count")
            ax.set_title(f"Income ({n_missing} missing values excluded)")
        """,
        domain=DOMAIN,
        libraries=["matplotlib", "pandas"],
        inputs={"df": "survey"},
        checks=[
            "n_missing == df['income'].isna().sum()",
            "counts.sum() == df['income'].notna().sum()",
            "f'{n_missing} missing' in ax.get_title()",
        ],
        difficulty="basic",
        tags=["error-handling", "missing-data", "histogram"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.log_hist_nonpositive",
        task="""Simulate 300 background-subtracted concentrations `concentration` (lognormal minus
        0.2, so some are zero or negative), and plot a histogram of the positive ones on a
        logarithmic x axis with 30 logarithmically spaced bins; count the excluded non-positive
        values in `n_dropped` and state it in the title, keep the bar counts in `counts`, and
        label the axes. Keep the figure in `fig` and its Axes in `ax`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np

            rng = np.random.default_rng(4)
            concentration = rng.lognormal(0.0, 1.5, 300) - 0.2

            # a log axis cannot show values <= 0: drop them explicitly and say so
            positive = concentration[concentration > 0]
            n_dropped = concentration.size - positive.size
            bins = np.geomspace(positive.min(), positive.max(), 31)

            fig, ax = plt.subplots()
            counts, _, _ = ax.hist(positive, bins=bins)
            ax.set_xscale("log")
            ax.set_xlabel("concentration (µg/L)")
            ax.set_ylabel("count")
            ax.set_title(f"Concentrations ({n_dropped} non-positive values excluded)")
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        checks=[
            "n_dropped == np.sum(concentration <= 0) and n_dropped > 0",
            "counts.sum() == np.sum(concentration > 0) and len(counts) == 30",
            "figure_summary(fig).axes[0].xscale == 'log'",
            "str(n_dropped) in ax.get_title()",
        ],
        difficulty="intermediate",
        tags=["error-handling", "log-scale", "histogram"],
    )
    yield ex(
        id="mpl.colormap_name_fallback",
        task="""Display `image` with a colormap whose name comes from user input
        (`requested = "virdis"`, a typo): look it up in `matplotlib.colormaps`, and if the name is
        unknown (KeyError) fall back to "viridis" and record the error message in
        `fallback_message`; keep the colormap in `cmap` and the AxesImage in `im`, label the axes
        and title. Draw on an Axes named `ax`.""",
        code="""
            import matplotlib as mpl
            import matplotlib.pyplot as plt

            requested = "virdis"
            fallback_message = None
            try:
                cmap = mpl.colormaps[requested]
            except KeyError as err:
                fallback_message = str(err)
                cmap = mpl.colormaps["viridis"]

            fig, ax = plt.subplots()
            im = ax.imshow(image, cmap=cmap)
            ax.set_xlabel("x (pixel)")
            ax.set_ylabel("y (pixel)")
            ax.set_title(f"Intensity ({cmap.name})")
        """,
        domain=DOMAIN,
        libraries=LIB,
        inputs={"image": "image"},
        checks=[
            "cmap.name == 'viridis' and im.get_cmap().name == 'viridis'",
            "fallback_message is not None and 'virdis' in fallback_message",
            "ax.get_title() == 'Intensity (viridis)'",
        ],
        difficulty="basic",
        tags=["error-handling", "colormap", "imshow"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.errorbar_signed_offsets",
        task="""An instrument exports asymmetric uncertainties as signed offsets (`lower_offset`
        negative, `upper_offset` positive), but `errorbar` needs non-negative distances: validate
        the stacked 2 x n error array `yerr`, count the negative entries in `n_negative`, convert
        them to magnitudes, then plot `response` against `dose` with these asymmetric error bars
        on a logarithmic dose axis; label the axes and title. Keep the figure in `fig`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np

            dose = np.array([0.1, 0.3, 1.0, 3.0, 10.0])
            response = np.array([0.05, 0.18, 0.52, 0.81, 0.95])
            lower_offset = np.array([-0.02, -0.05, -0.08, -0.06, -0.03])
            upper_offset = np.array([0.03, 0.06, 0.07, 0.05, 0.02])

            yerr = np.vstack([lower_offset, upper_offset])
            n_negative = int(np.sum(yerr < 0))
            if n_negative:
                # errorbar raises ValueError on negative errors: it wants distances, not offsets
                yerr = np.abs(yerr)

            fig, ax = plt.subplots()
            ax.errorbar(dose, response, yerr=yerr, fmt="o", capsize=4)
            ax.set_xlabel("dose (mg/kg)")
            ax.set_ylabel("fractional response")
            ax.set_title("Dose response with asymmetric uncertainty")
            ax.set_xscale("log")
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        checks=[
            "n_negative == 5 and np.all(yerr >= 0)",
            "np.allclose(yerr, [[0.02, 0.05, 0.08, 0.06, 0.03], [0.03, 0.06, 0.07, 0.05, 0.02]])",
            "figure_summary(fig).axes[0].n_errorbars == 1",
            "figure_summary(fig).axes[0].xscale == 'log'",
        ],
        difficulty="intermediate",
        tags=["error-handling", "validation", "error-bars"],
    )
    yield ex(
        id="mpl.savefig_format_fallback",
        task="""Plot a histogram of `values`, then try to save it as `requested = Path("histogram.tiff2")`,
        an unsupported format that makes `savefig` raise ValueError: catch it, keep the message
        in `error_message`, and save a PNG with the same stem instead; the file actually written
        is `saved_path` (a `Path`). Label the axes and title.""",
        code="""
            from pathlib import Path

            import matplotlib.pyplot as plt

            fig, ax = plt.subplots()
            ax.hist(values, bins=30)
            ax.set_xlabel("value")
            ax.set_ylabel("count")
            ax.set_title("Distribution of values")

            requested = Path("histogram.tiff2")
            error_message = None
            try:
                fig.savefig(requested)
                saved_path = requested
            except ValueError as err:
                error_message = str(err)
                saved_path = requested.with_suffix(".png")
                fig.savefig(saved_path)
        """,
        domain=DOMAIN,
        libraries=LIB,
        inputs={"values": "values"},
        checks=[
            "saved_path == requested.with_suffix('.png') and saved_path.exists()",
            "not requested.exists()",
            "error_message is not None and 'tiff2' in error_message",
        ],
        difficulty="intermediate",
        tags=["error-handling", "savefig", "export"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.imshow_dead_pixels",
        task="""Mark dead detector pixels of `image` as NaN in a copy `frame` (every pixel where
        row % 9 == 4 and column % 7 == 3), count them in `n_dead`, and display `frame` in gray with
        the NaN pixels shown in red via `Colormap.with_extremes(bad="red")`; keep the AxesImage in
        `im`, add a colorbar labelled "intensity", label the axes and put `n_dead` in the title. Keep the figure in `fig`.""",
        code="""
            import matplotlib as mpl
            import matplotlib.pyplot as plt
            import numpy as np

            frame = image.astype(float)
            frame[4::9, 3::7] = np.nan
            n_dead = int(np.isnan(frame).sum())

            # NaNs are masked by imshow and drawn in the colormap's "bad" colour
            cmap = mpl.colormaps["gray"].with_extremes(bad="red")
            fig, ax = plt.subplots()
            im = ax.imshow(frame, cmap=cmap)
            ax.set_xlabel("column")
            ax.set_ylabel("row")
            ax.set_title(f"Detector frame ({n_dead} dead pixels in red)")
            fig.colorbar(im, ax=ax, label="intensity")
        """,
        domain=DOMAIN,
        libraries=LIB_NP,
        inputs={"image": "image"},
        checks=[
            "n_dead == len(range(4, image.shape[0], 9)) * len(range(3, image.shape[1], 7))",
            "tuple(im.get_cmap().get_bad()) == (1.0, 0.0, 0.0, 1.0)",
            "np.ma.count_masked(im.get_array()) == n_dead",
            "figure_summary(fig).has_colorbar",
        ],
        difficulty="advanced",
        tags=["error-handling", "missing-data", "imshow"],
        edge_cases=True,
    )
    yield ex(
        id="mpl.timeseries_gap_breaks",
        task="""The `sensor_a` channel of the time-indexed daily DataFrame `df` lost ten readings
        in an outage (rows 10 to 19 dropped, giving `observed`). Re-index it to a regular daily
        frequency with `asfreq("D")` so the outage becomes NaN (`regular`, with `n_gap` missing
        days) and plot it, so Matplotlib breaks the line at the gap instead of drawing a straight
        segment across it; label the axes and put `n_gap` in the title. Draw on an Axes named `ax`.""",
        code="""
            import matplotlib.pyplot as plt

            observed = df["sensor_a"].drop(df.index[10:20])
            # without the NaNs, plot() would join the readings on either side of the outage
            regular = observed.asfreq("D")
            n_gap = int(regular.isna().sum())

            fig, ax = plt.subplots()
            ax.plot(regular.index, regular, marker=".", linewidth=1)
            ax.set_xlabel("date")
            ax.set_ylabel("sensor A reading")
            ax.set_title(f"Sensor A ({n_gap} days missing)")
        """,
        domain=DOMAIN,
        libraries=["matplotlib", "pandas"],
        inputs={"df": "sensor"},
        checks=[
            "len(regular) == len(df) and n_gap == 10",
            "np.isnan(ax.lines[0].get_ydata()).sum() == n_gap",
            "str(n_gap) in ax.get_title()",
        ],
        difficulty="intermediate",
        tags=["error-handling", "missing-data", "time-series"],
        edge_cases={
            "min_size": 21,
            "why": "the outage drops rows 10 to 19 and the regular index needs readings after it: 21 or more days",
        },
    )
