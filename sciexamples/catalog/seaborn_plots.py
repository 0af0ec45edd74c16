"""Statistical plots with seaborn: distributions, relations, categories, matrices, grids and styling."""

from __future__ import annotations

from collections.abc import Iterator

from . import ex
from ..example import Example

DOMAIN = "visualization"
LIBS = ["seaborn", "matplotlib"]
LIBS_PD = ["seaborn", "matplotlib", "pandas"]
LIBS_NP = ["seaborn", "matplotlib", "numpy"]
LIBS_PD_NP = ["seaborn", "matplotlib", "pandas", "numpy"]


def _shows_levels(shown: str, column: str, frame: str = "trial") -> str:
    """A check that the labels `shown` (an expression: legend entries, tick labels, panel titles) are the
    levels of the categorical `frame[column]`: each level that occurs, once, and nothing that is not a
    declared level. Seaborn also shows declared levels that do not occur (as an empty slot, panel or
    legend entry); an answer that drops them is as right."""
    return (
        f"(lambda shown: len(shown) == len(set(shown)) and set({frame}['{column}'].dropna().astype(str)) <= set(shown) "
        f"<= set({frame}['{column}'].cat.categories.astype(str)))(list({shown}))"
    )


# Per group of `response`: its count, and whether it clearly spreads (standard deviation above 1e-9 of its
# magnitude, and above 1e-100). A KDE (a violin body, a density curve) is drawn for every group that
# spreads, never for one with fewer than two values; for equal, nearly equal or astronomically small
# values, whether rounding or underflow lets a density through is seaborn's call.
_RESPONSE_SPREAD = (
    "trial.groupby(['site', 'treatment'], observed=True)['response']"
    ".agg(count='count', spread=lambda r: bool(r.std() > 1e-9 * r.abs().max() + 1e-100))"
)


# Whether the 1-D array `values` clearly spreads (same measure as _RESPONSE_SPREAD): seaborn draws its KDE then;
# for equal, nearly equal or astronomically small values, whether the variance is nonzero in floating point
# (and a density is drawn) is seaborn's call.
_VALUES_SPREAD = "bool(values.std() > 1e-9 * np.abs(values).max() + 1e-100)"


def examples() -> Iterator[Example]:
    yield from _relational()
    yield from _distributions()
    yield from _categorical()
    yield from _matrices()
    yield from _regression()
    yield from _figure_level()
    yield from _styling()
    yield from _error_handling()
    yield from _custom()


def _relational() -> Iterator[Example]:
    yield ex(
        id="sns.scatterplot_size_complete_cases",
        task="""The DataFrame `survey` has missing values. Keep the rows of `income`, `score` and
        `hours` that are all present in `complete`, then draw a seaborn scatter plot of `score`
        against `income` whose marker size and colour both encode `hours` (sizes 20 to 200,
        "viridis" palette) on `fig, ax`; label both axes, add a title and a legend titled
        "Hours per week".""",
        code="""
            import matplotlib.pyplot as plt
            import seaborn as sns

            complete = survey[["income", "score", "hours"]].dropna()
            fig, ax = plt.subplots(figsize=(6, 4))
            sns.scatterplot(
                data=complete, x="income", y="score",
                hue="hours", size="hours", sizes=(20, 200), palette="viridis", ax=ax,
            )
            ax.set(xlabel="Income", ylabel="Score", title="Score vs income")
            ax.get_legend().set_title("Hours per week")
        """,
        domain=DOMAIN,
        libraries=LIBS_PD,
        inputs={"survey": "survey"},
        checks=[
            "len(complete) == len(survey[['income', 'score', 'hours']].dropna())",
            "not complete.isna().any().any()",
            "len(ax.collections[0].get_offsets()) == len(complete)",
            # sizes grow with hours and span 20-200 (a constant `hours` maps every point to one size)
            "(lambda s, h: bool(np.all(np.diff(s[np.argsort(h, kind='stable')]) >= 0)) and (len(np.unique(h)) < 2 or np.allclose([s.min(), s.max()], [20, 200])))"
            "(ax.collections[0].get_sizes(), complete['hours'].to_numpy())",
            "ax.get_legend() is not None and ax.get_legend().get_title().get_text() == 'Hours per week'",
            "figure_summary(fig).axes[0].xlabel == 'Income'",
        ],
        difficulty="intermediate",
        tags=["scatterplot", "size", "missing-data"],
        edge_cases=True,
    )
    # variant -> (what the band shows, errorbar argument(s), the band's top edge `top` as a function of
    # `m`, the count, mean, std and max of the months with two or more days: a one-day month has no band)
    band_variants = {
        "ci95": (
            "95% bootstrap confidence interval (`seed=0` for a reproducible band)",
            '("ci", 95), seed=0',
            # the interval of a constant month collapses to its mean: equal within rounding
            "(m['mean'].max() <= top or np.isclose(top, m['mean'].max())) and (top <= m['max'].max() or np.isclose(top, m['max'].max()))",
        ),
        "sd": ("standard deviation", '"sd"', "np.isclose(top, (m['mean'] + m['std']).max())"),
    }
    for name, (words, spec, band_check) in band_variants.items():
        yield ex(
            id=f"sns.lineplot_errorbar.{name}",
            family="sns.lineplot_errorbar",
            task=f"""From the daily DataFrame `weather` (DatetimeIndex), add a `month` column in
            `monthly` and draw the mean `temperature` per month with seaborn `lineplot` on
            `fig, ax`, with an error band showing the {words}, i.e. `errorbar={spec}`; label the
            axes "Month" and "Temperature (°C)" and add a title.""",
            code=f"""
                import matplotlib.pyplot as plt
                import seaborn as sns

                monthly = weather.assign(month=weather.index.month)
                fig, ax = plt.subplots(figsize=(7, 4))
                sns.lineplot(data=monthly, x="month", y="temperature", errorbar={spec}, marker="o", ax=ax)
                ax.set(xlabel="Month", ylabel="Temperature (°C)", title="Mean monthly temperature ({name} band)")
            """,
            domain=DOMAIN,
            libraries=LIBS_PD,
            inputs={"weather": "weather"},
            checks=[
                "list(monthly['month']) == list(weather.index.month)",
                "np.allclose(ax.lines[0].get_ydata(), weather.groupby(weather.index.month)['temperature'].mean())",
                # no month with two or more days: no band at all
                f"(lambda m, band: len(band) == 0 if m.empty else (lambda top: {band_check})(band.max()))"
                "(weather.groupby(weather.index.month)['temperature'].agg(['count', 'mean', 'std', 'max']).query('count > 1'), "
                "np.concatenate([p.vertices[:, 1] for c in ax.collections for p in c.get_paths()] + [np.empty(0)]))",
                "figure_summary(fig).axes[0].xlabel == 'Month' and figure_summary(fig).axes[0].title != ''",
            ],
            difficulty="intermediate",
            tags=["lineplot", "errorbar", "timeseries", "parameter-tuning"],
            edge_cases=True,
        )
    yield ex(
        id="sns.lineplot_melt_long_form",
        task="""Reshape the wide DataFrame `sensor` (DatetimeIndex named `date`) into a long
        DataFrame `long` with columns `date`, `channel` and `reading` using `melt`, then draw one
        line per channel with seaborn `lineplot` (hue and style both `channel`) on `fig, ax`;
        label the axes, title the plot and put the legend title "Channel".""",
        code="""
            import matplotlib.pyplot as plt
            import seaborn as sns

            long = sensor.reset_index().melt(id_vars="date", var_name="channel", value_name="reading")
            fig, ax = plt.subplots(figsize=(8, 4))
            sns.lineplot(data=long, x="date", y="reading", hue="channel", style="channel", ax=ax)
            ax.tick_params(axis="x", labelrotation=30)
            ax.set(xlabel="Date", ylabel="Reading", title="Sensor readings (long form)")
            ax.get_legend().set_title("Channel")
        """,
        domain=DOMAIN,
        libraries=LIBS_PD,
        inputs={"sensor": "sensor"},
        checks=[
            "list(long.columns) == ['date', 'channel', 'reading'] and len(long) == sensor.size",
            "set(long['channel']) == set(sensor.columns)",
            "sorted(figure_summary(fig).axes[0].legend_labels) == sorted(sensor.columns)",
            "ax.get_legend().get_title().get_text() == 'Channel'",
        ],
        difficulty="intermediate",
        tags=["lineplot", "melt", "long-form", "timeseries"],
        edge_cases=True,
    )


def _distributions() -> Iterator[Example]:
    stat_checks = {
        "count": "np.isclose(sum(p.get_height() for p in ax.patches), len(values))",
        "density": "np.isclose(sum(p.get_height() * p.get_width() for p in ax.patches), 1.0)",
    }
    for stat, total_check in stat_checks.items():
        yield ex(
            id=f"sns.histplot_stat.{stat}",
            family="sns.histplot_stat",
            task=f"""Draw a histogram of the 1-D array `values` with seaborn `histplot` on `fig, ax`
            using 20 bins and `stat="{stat}"` for the bar heights; label the x axis "Value", the y
            axis "{stat.capitalize()}" and add a title.""",
            code=f"""
                import matplotlib.pyplot as plt
                import seaborn as sns

                fig, ax = plt.subplots(figsize=(6, 4))
                sns.histplot(x=values, bins=20, stat="{stat}", ax=ax)
                ax.set(xlabel="Value", ylabel="{stat.capitalize()}", title="Distribution of values ({stat})")
            """,
            domain=DOMAIN,
            libraries=LIBS,
            inputs={"values": "values"},
            checks=[
                "figure_summary(fig).axes[0].n_bars == 20",
                total_check,
                f"figure_summary(fig).axes[0].ylabel == '{stat.capitalize()}' and figure_summary(fig).axes[0].title != ''",
            ],
            difficulty="basic",
            tags=["histplot", "histogram", "normalization", "parameter-tuning"],
            edge_cases=True,
        )
    multiple_checks = {
        "stack": "np.isclose(max(p.get_y() + p.get_height() for p in ax.patches), np.histogram(trial['response'].dropna(), bins=12)[0].max())",
        # empty bins have undefined (NaN) proportions, hence nanmax
        "fill": "np.isclose(np.nanmax([p.get_y() + p.get_height() for p in ax.patches]), 1.0)",
    }
    for multiple, shape_check in multiple_checks.items():
        yield ex(
            id=f"sns.histplot_hue_multiple.{multiple}",
            family="sns.histplot_hue_multiple",
            task=f"""Draw a histogram of `response` from the DataFrame `trial`, split by `treatment`
            (hue), with 12 shared bins and overlapping groups resolved with `multiple="{multiple}"`,
            using seaborn `histplot` on `fig, ax`; label both axes and add a title.""",
            code=f"""
                import matplotlib.pyplot as plt
                import seaborn as sns

                fig, ax = plt.subplots(figsize=(6, 4))
                sns.histplot(data=trial, x="response", hue="treatment", bins=12, multiple="{multiple}", ax=ax)
                ax.set(xlabel="Response", ylabel="{'Proportion' if multiple == 'fill' else 'Count'}", title="Response by treatment ({multiple})")
            """,
            domain=DOMAIN,
            libraries=LIBS,
            inputs={"trial": "trial"},
            checks=[
                "figure_summary(fig).axes[0].n_bars == 12 * trial['treatment'].nunique()",
                shape_check,
                _shows_levels("figure_summary(fig).axes[0].legend_labels", "treatment"),
                "figure_summary(fig).axes[0].xlabel == 'Response' and figure_summary(fig).axes[0].title != ''",
            ],
            difficulty="intermediate",
            tags=["histplot", "hue", "parameter-tuning"],
            edge_cases=True,
        )
    yield ex(
        id="sns.histplot_discrete_counts",
        task="""Plot the distribution of the integer array `event_counts` with seaborn `histplot`
        on `fig, ax`, one bar centred on each integer (`discrete=True`) and bars shrunk to 80% of
        their width; label the axes "Events per interval" and "Count" and add a title.""",
        code="""
            import matplotlib.pyplot as plt
            import seaborn as sns

            fig, ax = plt.subplots(figsize=(6, 4))
            sns.histplot(x=event_counts, discrete=True, shrink=0.8, ax=ax)
            ax.set(xlabel="Events per interval", ylabel="Count", title="Event counts")
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"event_counts": "event_counts"},
        checks=[
            "figure_summary(fig).axes[0].n_bars == event_counts.max() - event_counts.min() + 1",
            "np.allclose(sorted(p.get_x() + p.get_width() / 2 for p in ax.patches), np.arange(event_counts.min(), event_counts.max() + 1))",
            "np.isclose(sum(p.get_height() for p in ax.patches), len(event_counts))",
            "figure_summary(fig).axes[0].xlabel == 'Events per interval'",
        ],
        difficulty="basic",
        tags=["histplot", "discrete", "counts"],
        edge_cases=True,
    )
    yield ex(
        id="sns.histplot_bivariate_colorbar",
        task="""Draw a 2-D histogram of `humidity` against `temperature` from the DataFrame
        `measurements` with seaborn `histplot` (x and y both given) on `fig, ax`, 20 bins per
        axis, the "rocket_r" colormap and a colorbar labelled "Count"; label both axes and add a
        title.""",
        code="""
            import matplotlib.pyplot as plt
            import seaborn as sns

            fig, ax = plt.subplots(figsize=(6, 5))
            sns.histplot(
                data=measurements, x="temperature", y="humidity", bins=20,
                cmap="rocket_r", cbar=True, cbar_kws={"label": "Count"}, ax=ax,
            )
            ax.set(xlabel="Temperature", ylabel="Humidity", title="Joint distribution")
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"measurements": "measurements"},
        checks=[
            "figure_summary(fig).has_colorbar",
            "'QuadMesh' in figure_summary(fig).axes[0].collection_types",
            "np.isclose(np.nansum(ax.collections[0].get_array()), len(measurements))",
            "figure_summary(fig).axes[0].ylabel == 'Humidity' and figure_summary(fig).axes[0].title != ''",
        ],
        difficulty="intermediate",
        tags=["histplot", "bivariate", "colorbar"],
        edge_cases=True,
    )
    for adjust, word in ((0.5, "0p5"), (2.0, "2")):
        yield ex(
            id=f"sns.kdeplot_bw_adjust.bw{word}",
            family="sns.kdeplot_bw_adjust",
            task=f"""Draw a kernel density estimate of the 1-D array `values` with seaborn
            `kdeplot` on `fig, ax`, scaling Scott's bandwidth by `bw_adjust={adjust}` (a sample whose
            variance is zero in floating point has no density: no curve, and no warning with
            `warn_singular=False`); label the axes "Value" and "Density" and put the factor in the
            title.""",
            code=f"""
                import matplotlib.pyplot as plt
                import seaborn as sns

                fig, ax = plt.subplots(figsize=(6, 4))
                # bw_adjust < 1 follows the data more closely, > 1 smooths more;
                # warn_singular=False: a sample without variance simply gets no curve
                sns.kdeplot(x=values, bw_adjust={adjust}, warn_singular=False, ax=ax)
                ax.set(xlabel="Value", ylabel="Density", title="KDE, bw_adjust={adjust}")
            """,
            domain=DOMAIN,
            libraries=LIBS,
            inputs={"values": "values"},
            checks=[
                # one curve for a sample that clearly spreads (see _VALUES_SPREAD); at most one otherwise
                f"figure_summary(fig).axes[0].n_lines == 1 if {_VALUES_SPREAD} else figure_summary(fig).axes[0].n_lines <= 1",
                # the curve extends cut=3 bandwidths beyond the data; bandwidth = Scott factor * std * bw_adjust
                f"not {_VALUES_SPREAD} or np.isclose(ax.lines[0].get_xdata().min(), values.min() - 3 * {adjust} * values.std(ddof=1) * len(values) ** -0.2)",
                f"not {_VALUES_SPREAD} or (lambda x, y: np.isclose(np.sum(np.diff(x) * (y[1:] + y[:-1]) / 2), 1.0, atol=0.01))(ax.lines[0].get_xdata(), ax.lines[0].get_ydata())",
                f"'{adjust}' in figure_summary(fig).axes[0].title and figure_summary(fig).axes[0].xlabel == 'Value'",
            ],
            difficulty="basic",
            tags=["kdeplot", "bandwidth", "parameter-tuning"],
            edge_cases={"constant": False, "min_size": 2, "why": "a kernel density estimate needs a sample with two or more distinct values"},
        )
    yield ex(
        id="sns.kdeplot_bivariate_contours",
        task="""Draw filled bivariate KDE contours of `pressure` against `temperature` from the
        DataFrame `measurements` with seaborn `kdeplot` on `fig, ax`: 6 iso-proportion levels,
        the lowest 5% of density left unfilled (`thresh=0.05`), the "mako" colormap; points that
        have no 2-D density (all on one line) get no contours, without a warning
        (`warn_singular=False`). Overlay the raw points as a small black scatter, label the axes
        and add a title.""",
        code="""
            import matplotlib.pyplot as plt
            import seaborn as sns

            fig, ax = plt.subplots(figsize=(6, 5))
            # warn_singular=False: points on one line (perfectly correlated) simply get no contours
            sns.kdeplot(
                data=measurements, x="temperature", y="pressure", fill=True, levels=6, thresh=0.05,
                cmap="mako", warn_singular=False, ax=ax,
            )
            sns.scatterplot(data=measurements, x="temperature", y="pressure", s=8, color="black", ax=ax)
            ax.set(xlabel="Temperature", ylabel="Pressure", title="Density of temperature and pressure")
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"measurements": "measurements"},
        checks=[
            "any(len(c.get_offsets()) == len(measurements) for c in ax.collections if type(c).__name__ == 'PathCollection')",
            # contours wherever the points have a 2-D density: three or more, covariance far from singular
            "(lambda xy: len(xy) < 3 or np.linalg.cond(np.cov(xy, rowvar=False)) > 1e8 or any('Contour' in t for t in figure_summary(fig).axes[0].collection_types))"
            "(measurements[['temperature', 'pressure']].to_numpy())",
            "figure_summary(fig).axes[0].xlabel == 'Temperature' and figure_summary(fig).axes[0].title != ''",
        ],
        difficulty="intermediate",
        tags=["kdeplot", "bivariate", "contour", "custom-plotting"],
        edge_cases={
            "constant": False,
            "why": "a bivariate KDE needs both columns to vary: a constant column has no 2-D density, and rounding in its mean can make seaborn's contour levels collide (ValueError)",
        },
    )
    yield ex(
        id="sns.ecdfplot_hue",
        task="""Draw the empirical cumulative distribution of `response` for each `site` of the
        DataFrame `trial` with seaborn `ecdfplot` on `fig, ax`; label the axes "Response" and
        "Proportion ≤ x" and add a title.""",
        code="""
            import matplotlib.pyplot as plt
            import seaborn as sns

            fig, ax = plt.subplots(figsize=(6, 4))
            sns.ecdfplot(data=trial, x="response", hue="site", ax=ax)
            ax.set(xlabel="Response", ylabel="Proportion ≤ x", title="ECDF of response by site")
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"trial": "trial"},
        checks=[
            "figure_summary(fig).axes[0].n_lines == trial['site'].nunique()",
            "all(np.isclose(ln.get_ydata().max(), 1.0) and ln.get_ydata().min() == 0 for ln in ax.lines)",
            _shows_levels("figure_summary(fig).axes[0].legend_labels", "site"),
            "figure_summary(fig).axes[0].ylabel == 'Proportion ≤ x'",
        ],
        difficulty="basic",
        tags=["ecdfplot", "cumulative", "hue"],
        edge_cases=True,
    )
    yield ex(
        id="sns.kdeplot_with_rugplot",
        task="""Show the distribution of the 1-D array `values` as a filled seaborn KDE with a
        rug of the individual observations along the x axis (`rugplot`, height 5% of the axes) on
        `fig, ax` (a sample whose variance is zero in floating point has no density: only the rug,
        and no warning with `warn_singular=False`); label the axes and add a title.""",
        code="""
            import matplotlib.pyplot as plt
            import seaborn as sns

            fig, ax = plt.subplots(figsize=(6, 4))
            # warn_singular=False: a sample without variance simply gets no density
            sns.kdeplot(x=values, fill=True, warn_singular=False, ax=ax)
            sns.rugplot(x=values, height=0.05, ax=ax)
            ax.set(xlabel="Value", ylabel="Density", title="KDE with rug of observations")
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"values": "values"},
        checks=[
            "'LineCollection' in figure_summary(fig).axes[0].collection_types",
            "any(type(c).__name__ == 'LineCollection' and len(c.get_segments()) == len(values) for c in ax.collections)",
            # a filled density (a PolyCollection) for a sample that clearly spreads (see _VALUES_SPREAD)
            f"not {_VALUES_SPREAD} or any('Poly' in t for t in figure_summary(fig).axes[0].collection_types)",
            "figure_summary(fig).axes[0].xlabel == 'Value' and figure_summary(fig).axes[0].title != ''",
        ],
        difficulty="basic",
        tags=["kdeplot", "rugplot"],
        edge_cases={"constant": False, "min_size": 2, "why": "a kernel density estimate needs a sample with two or more distinct values"},
    )


def _categorical() -> Iterator[Example]:
    yield ex(
        id="sns.boxplot_hue_groups",
        task="""Draw box plots of `response` for each `site` of the DataFrame `trial`, with a box
        per `treatment` side by side (hue) using seaborn `boxplot` on `fig, ax`; label the axes
        "Site" and "Response", add a title and a legend titled "Treatment".""",
        code="""
            import matplotlib.pyplot as plt
            import seaborn as sns

            fig, ax = plt.subplots(figsize=(7, 4))
            sns.boxplot(data=trial, x="site", y="response", hue="treatment", ax=ax)
            ax.set(xlabel="Site", ylabel="Response", title="Response by site and treatment")
            ax.get_legend().set_title("Treatment")
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"trial": "trial"},
        checks=[
            _shows_levels("figure_summary(fig).axes[0].xticklabels", "site"),
            "len(ax.containers) == trial['treatment'].nunique()",
            _shows_levels("figure_summary(fig).axes[0].legend_labels", "treatment"),
            "ax.get_legend().get_title().get_text() == 'Treatment'",
        ],
        difficulty="basic",
        tags=["boxplot", "hue", "categorical"],
        edge_cases=True,
    )
    yield ex(
        id="sns.boxplot_standardized_horizontal",
        task="""The columns of the DataFrame `measurements` have different units. Standardise every
        column to z-scores in `standardized` (a column without spread has none: NaN), melt it to
        long form (`variable`, `value`) without the missing values and draw one horizontal seaborn
        box plot per variable on `fig, ax` with whiskers at the 5th and 95th percentiles
        (`whis=(5, 95)`); label the axes, add a title and mark zero with a vertical dashed line.""",
        code="""
            import matplotlib.pyplot as plt
            import seaborn as sns

            standardized = (measurements - measurements.mean()) / measurements.std()
            # a column with zero standard deviation has no z-scores (all NaN): it gets no box
            long = standardized.melt(var_name="variable", value_name="value").dropna()
            fig, ax = plt.subplots(figsize=(6, 4))
            sns.boxplot(data=long, x="value", y="variable", whis=(5, 95), ax=ax)
            ax.set(xlabel="z-score", ylabel="", title="Standardised measurements")
            ax.axvline(0, color="gray", linestyle="--", linewidth=1)
        """,
        domain=DOMAIN,
        libraries=LIBS_PD,
        inputs={"measurements": "measurements"},
        checks=[
            "np.allclose(standardized, (measurements - measurements.mean()) / measurements.std(), equal_nan=True)",
            # mean 0 and standard deviation 1 wherever the spread is far from underflow
            "(lambda z: np.allclose(z.mean(), 0) and np.allclose(z.std(), 1))(standardized.loc[:, measurements.std() > 1e-150])",
            "figure_summary(fig).axes[0].yticklabels == [c for c in measurements.columns if standardized[c].notna().any()]",
            "np.allclose([m.get_xdata()[0] for m in ax.containers[0].medians], standardized.median().dropna())",
            "any(ln.get_linestyle() == '--' and np.allclose(ln.get_xdata(), 0) for ln in ax.lines)",
            "figure_summary(fig).axes[0].xlabel == 'z-score' and figure_summary(fig).axes[0].title != ''",
        ],
        difficulty="intermediate",
        tags=["boxplot", "melt", "standardization", "horizontal"],
        edge_cases={"constant": False, "min_size": 2, "why": "a z-score divides by the column's standard deviation: the columns need two or more distinct values, or no box is left to draw"},
    )
    # A group with one value, or only equal values, has no density: seaborn draws it as a single line,
    # without inner marks (see _RESPONSE_SPREAD).
    inner_checks = {
        # three quartile lines per violin body, one line per group drawn without a body
        "quart": "(lambda bodies, groups: figure_summary(fig).axes[0].n_lines == 3 * bodies + groups - bodies)"
        "(sum(type(c).__name__ != 'LineCollection' for c in ax.collections), trial.groupby(['site', 'treatment'], observed=True)['response'].count().gt(0).sum())",
        # one set of sticks per violin body, one stick per observation of its group
        "stick": "(lambda sticks, g: len(sticks) == sum(type(c).__name__ != 'LineCollection' for c in ax.collections) "
        "and g['count'][g['spread'].astype(bool)].sum() <= sum(sticks) <= g['count'][g['count'] > 1].sum())"
        f"([len(c.get_segments()) for c in ax.collections if type(c).__name__ == 'LineCollection'], {_RESPONSE_SPREAD})",
    }
    for inner, inner_check in inner_checks.items():
        what = "dashed quartile lines" if inner == "quart" else "one stick per observation"
        yield ex(
            id=f"sns.violinplot_split_inner.{inner}",
            family="sns.violinplot_split_inner",
            task=f"""Draw split violins of `response` per `site` of the DataFrame `trial`, the two
            halves of each violin being the `treatment` groups (`split=True`), with
            `inner="{inner}"` ({what}) and the densities cut at the data range (`cut=0`), using
            seaborn `violinplot` on `fig, ax`; label the axes and add a title.""",
            code=f"""
                import matplotlib.pyplot as plt
                import seaborn as sns

                fig, ax = plt.subplots(figsize=(7, 4))
                # cut=0 keeps the violins inside the observed range instead of extrapolating
                sns.violinplot(data=trial, x="site", y="response", hue="treatment", split=True, inner="{inner}", cut=0, ax=ax)
                ax.set(xlabel="Site", ylabel="Response", title="Response distribution by site and treatment")
            """,
            domain=DOMAIN,
            libraries=LIBS,
            inputs={"trial": "trial"},
            checks=[
                inner_check,
                # a violin body for every group whose responses spread, none for a group with one response
                "(lambda bodies, g: g['spread'].sum() <= bodies <= g['count'].gt(1).sum())"
                f"(sum(type(c).__name__ != 'LineCollection' for c in ax.collections), {_RESPONSE_SPREAD})",
                _shows_levels("figure_summary(fig).axes[0].legend_labels", "treatment"),
                "figure_summary(fig).axes[0].xlabel == 'Site' and figure_summary(fig).axes[0].title != ''",
            ],
            difficulty="intermediate",
            tags=["violinplot", "split", "hue", "parameter-tuning"],
            edge_cases=True,
        )
    yield ex(
        id="sns.swarmplot_group_means",
        task="""Combine the three samples `a`, `b` and `c` into a long DataFrame `samples` with
        columns `group` ("A", "B", "C") and `value`, draw them as a seaborn `swarmplot` on
        `fig, ax` and overlay each group's mean as a wide black dash (a `pointplot` without error
        bars or connecting lines); label the axes and add a title.""",
        code="""
            import matplotlib.pyplot as plt
            import pandas as pd
            import seaborn as sns

            samples = pd.concat(
                [pd.DataFrame({"group": name, "value": data}) for name, data in {"A": a, "B": b, "C": c}.items()],
                ignore_index=True,
            )
            fig, ax = plt.subplots(figsize=(5, 4))
            sns.swarmplot(data=samples, x="group", y="value", hue="group", size=4, legend=False, ax=ax)
            sns.pointplot(
                data=samples, x="group", y="value", errorbar=None, linestyle="none",
                marker="_", markersize=25, color="black", ax=ax,
            )
            ax.set(xlabel="Group", ylabel="Value", title="Samples with group means")
        """,
        domain=DOMAIN,
        libraries=LIBS_PD,
        inputs={"a": "groups.a", "b": "groups.b", "c": "groups.c"},
        checks=[
            "len(samples) == len(a) + len(b) + len(c) and set(samples['group']) == {'A', 'B', 'C'}",
            "sum(len(col.get_offsets()) for col in ax.collections) == len(samples)",
            "any(np.allclose(ln.get_ydata(), [np.mean(a), np.mean(b), np.mean(c)]) for ln in ax.lines)",
            "figure_summary(fig).axes[0].xlabel == 'Group' and figure_summary(fig).axes[0].title != ''",
        ],
        difficulty="intermediate",
        tags=["swarmplot", "pointplot", "custom-plotting"],
        edge_cases=True,
    )
    yield ex(
        id="sns.pointplot_dodge_ci",
        task="""Draw the mean `response` per `site` for each `treatment` of the DataFrame `trial`
        as a seaborn `pointplot` on `fig, ax`, with 95% bootstrap confidence intervals
        (`errorbar=("ci", 95)`, `seed=0`), capped error bars, the treatments dodged apart when
        there are two or more, and distinct markers ("o", "s") and line styles per treatment; label
        the axes and add a title.""",
        code="""
            import matplotlib.pyplot as plt
            import seaborn as sns

            fig, ax = plt.subplots(figsize=(6, 4))
            sns.pointplot(
                data=trial, x="site", y="response", hue="treatment",
                errorbar=("ci", 95), seed=0, capsize=0.1,
                # dodging spreads two or more hue levels apart; there is nothing to dodge with one
                dodge=0.3 if trial["treatment"].nunique() > 1 else False,
                markers=["o", "s"], linestyles=["-", "--"], ax=ax,
            )
            ax.set(xlabel="Site", ylabel="Mean response", title="Treatment effect by site (95% CI)")
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"trial": "trial"},
        checks=[
            # the marked lines hold the means (NaN where a treatment has no row at a site); error bars carry no marker
            "(lambda y: np.allclose(np.sort(y[~np.isnan(y)]), np.sort(trial.groupby(['treatment', 'site'], observed=True)['response'].mean())))"
            "(np.concatenate([np.asarray(ln.get_ydata(), dtype=float) for ln in ax.lines if ln.get_marker() in ('o', 's')]))",
            # a distinct marker per treatment (seaborn also draws an empty line for a declared level that does not occur)
            "(lambda markers: set(markers) <= {'o', 's'} and trial['treatment'].nunique() <= len(set(markers)) <= len(trial['treatment'].cat.categories))"
            "([ln.get_marker() for ln in ax.lines if ln.get_marker() not in (None, 'None', '')])",
            _shows_levels("figure_summary(fig).axes[0].legend_labels", "treatment"),
            "figure_summary(fig).axes[0].ylabel == 'Mean response' and figure_summary(fig).axes[0].title != ''",
        ],
        difficulty="intermediate",
        tags=["pointplot", "confidence-interval", "hue"],
        edge_cases=True,
    )
    bar_variants = {
        "sd": (
            '"sd"',
            "one standard deviation",
            # the bar spans mean - sd to mean + sd; a site with one row has no sd and an empty (all-NaN) error bar
            "np.allclose([(lambda y: y.max() - y.min() if y.size else np.nan)(ln.get_ydata()[~np.isnan(ln.get_ydata())]) for ln in ax.lines], "
            "2 * trial.groupby('site', observed=True)['response'].std(), equal_nan=True)",
        ),
        "ci95": (
            '("ci", 95)',
            "a 95% bootstrap confidence interval",
            # the interval holds the mean (a constant site's interval is the mean itself, up to rounding);
            # a site with one row has none
            "all(y.size == 0 or y.min() - 1e-9 * abs(h) <= h <= y.max() + 1e-9 * abs(h) "
            "for y, h in ((ln.get_ydata()[~np.isnan(ln.get_ydata())], p.get_height()) for ln, p in zip(ax.lines, ax.patches)))",
        ),
    }
    for name, (spec, words, bar_check) in bar_variants.items():
        yield ex(
            id=f"sns.barplot_errorbar.{name}",
            family="sns.barplot_errorbar",
            task=f"""Draw the mean `response` per `site` of the DataFrame `trial` as a seaborn
            `barplot` on `fig, ax` with error bars showing {words} (`errorbar={spec}`, capped);
            label the axes "Site" and "Mean response" and add a title.""",
            code=f"""
                import matplotlib.pyplot as plt
                import seaborn as sns

                fig, ax = plt.subplots(figsize=(5, 4))
                sns.barplot(data=trial, x="site", y="response", errorbar={spec}, capsize=0.2, ax=ax)
                ax.set(xlabel="Site", ylabel="Mean response", title="Mean response per site")
            """,
            domain=DOMAIN,
            libraries=LIBS,
            inputs={"trial": "trial"},
            checks=[
                "np.allclose([p.get_height() for p in ax.patches], trial.groupby('site', observed=True)['response'].mean())",
                "len(ax.lines) == trial['site'].nunique()",
                bar_check,
                "figure_summary(fig).axes[0].ylabel == 'Mean response' and figure_summary(fig).axes[0].title != ''",
            ],
            difficulty="basic",
            tags=["barplot", "errorbar", "parameter-tuning"],
            edge_cases=True,
        )
    yield ex(
        id="sns.barplot_median_sorted_horizontal",
        task="""Rank the sites of the DataFrame `trial` by median `response` (highest first) into
        the list `order`, then draw horizontal bars of the median response per site in that order
        with seaborn `barplot` (`estimator="median"`, no error bars) on `fig, ax`; label the axes
        and add a title.""",
        code="""
            import matplotlib.pyplot as plt
            import seaborn as sns

            order = (
                trial.groupby("site", observed=True)["response"].median()
                .sort_values(ascending=False).index.tolist()
            )
            fig, ax = plt.subplots(figsize=(6, 3))
            sns.barplot(data=trial, x="response", y="site", order=order, estimator="median", errorbar=None, ax=ax)
            ax.set(xlabel="Median response", ylabel="Site", title="Sites ranked by median response")
        """,
        domain=DOMAIN,
        libraries=LIBS_PD,
        inputs={"trial": "trial"},
        checks=[
            "[str(s) for s in order] == [str(s) for s in trial.groupby('site', observed=True)['response'].median().sort_values(ascending=False).index]",
            "figure_summary(fig).axes[0].yticklabels == [str(s) for s in order]",
            "np.allclose([p.get_width() for p in ax.patches], trial.groupby('site', observed=True)['response'].median().loc[order])",
            "figure_summary(fig).axes[0].n_lines == 0",
            "figure_summary(fig).axes[0].xlabel == 'Median response'",
        ],
        difficulty="intermediate",
        tags=["barplot", "estimator", "ranking", "horizontal"],
        edge_cases=True,
    )
    yield ex(
        id="sns.countplot_bar_labels",
        task="""Count the rows of the DataFrame `trial` per `site` and `treatment` with seaborn
        `countplot` (x `site`, hue `treatment`) on `fig, ax` and write each count on top of its bar
        with `ax.bar_label`; label the axes and add a title.""",
        code="""
            import matplotlib.pyplot as plt
            import seaborn as sns

            fig, ax = plt.subplots(figsize=(6, 4))
            sns.countplot(data=trial, x="site", hue="treatment", ax=ax)
            ax.set(xlabel="Site", ylabel="Participants", title="Enrolment by site and treatment")
            for bars in ax.containers:
                ax.bar_label(bars, padding=2)
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"trial": "trial"},
        checks=[
            "sum(bar.get_height() for bars in ax.containers for bar in bars) == trial[['site', 'treatment']].dropna().shape[0]",
            "figure_summary(fig).axes[0].n_texts == figure_summary(fig).axes[0].n_bars",
            "sorted(int(t.get_text()) for t in ax.texts) == sorted(int(bar.get_height()) for bars in ax.containers for bar in bars)",
            "figure_summary(fig).axes[0].ylabel == 'Participants'",
        ],
        difficulty="intermediate",
        tags=["countplot", "bar_label", "annotation", "custom-plotting"],
        edge_cases=True,
    )
    yield ex(
        id="sns.boxenplot_monthly_rainfall",
        task="""Show the distribution of daily `rainfall` in each calendar month of the DataFrame
        `weather` (DatetimeIndex) as a letter-value plot (seaborn `boxenplot`, suited to skewed
        data with many points) on `fig, ax`, x being the month number; label the axes and add a
        title.""",
        code="""
            import matplotlib.pyplot as plt
            import seaborn as sns

            fig, ax = plt.subplots(figsize=(8, 4))
            sns.boxenplot(x=weather.index.month, y=weather["rainfall"], ax=ax)
            ax.set(xlabel="Month", ylabel="Rainfall (mm/day)", title="Daily rainfall by month")
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"weather": "weather"},
        checks=[
            "len(figure_summary(fig).axes[0].xticklabels) == weather.index.month.nunique()",
            "sum(type(c).__name__ == 'PatchCollection' for c in ax.collections) == weather.index.month.nunique()",
            "figure_summary(fig).axes[0].ylabel == 'Rainfall (mm/day)' and figure_summary(fig).axes[0].title != ''",
        ],
        difficulty="basic",
        tags=["boxenplot", "letter-value", "timeseries"],
        edge_cases=True,
    )
    yield ex(
        id="sns.paired_before_after",
        task="""The arrays `before` and `after` hold paired measurements of the same subjects.
        Build a long DataFrame `long` with columns `subject`, `time` ("before"/"after") and
        `value`; draw grey seaborn box plots without outliers per time point on `fig, ax`,
        overlay the points with `stripplot` (no jitter), and connect each subject's two values
        with a thin line; label the axes and add a title.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np
            import pandas as pd
            import seaborn as sns

            wide = pd.DataFrame({"subject": np.arange(len(before)), "before": before, "after": after})
            long = wide.melt(id_vars="subject", var_name="time", value_name="value")
            fig, ax = plt.subplots(figsize=(4, 5))
            sns.boxplot(data=long, x="time", y="value", color="lightgray", width=0.5, showfliers=False, ax=ax)
            sns.stripplot(data=long, x="time", y="value", color="black", size=4, jitter=False, ax=ax)
            # one line per subject: x positions 0 and 1 are the two categories
            ax.plot([0, 1], np.vstack([before, after]), color="gray", linewidth=0.6, alpha=0.6)
            ax.set(xlabel="", ylabel="Measurement", title="Before vs after (paired)")
        """,
        domain=DOMAIN,
        libraries=LIBS_PD_NP,
        inputs={"before": "paired.a", "after": "paired.b"},
        checks=[
            "list(long.columns) == ['subject', 'time', 'value'] and len(long) == 2 * len(before)",
            "sum(1 for ln in ax.lines if list(ln.get_xdata()) == [0, 1]) == len(before)",
            "sorted(figure_summary(fig).axes[0].xticklabels) == ['after', 'before']",
            "figure_summary(fig).axes[0].ylabel == 'Measurement' and figure_summary(fig).axes[0].title != ''",
        ],
        difficulty="advanced",
        tags=["boxplot", "stripplot", "paired", "custom-plotting"],
        edge_cases=True,
    )


def _matrices() -> Iterator[Example]:
    yield ex(
        id="sns.heatmap_correlation_lower_triangle",
        task="""Compute the Pearson correlation matrix `corr` of the DataFrame `measurements` and
        draw its lower triangle (diagonal and upper triangle hidden with a boolean `mask`) as an
        annotated seaborn `heatmap` on `fig, ax`: two-decimal annotations, the diverging "vlag"
        colormap centred on 0 with limits -1 and 1, square cells and a colorbar labelled
        "Pearson r"; add a title. A correlation with a constant column is undefined (NaN): its
        cell stays blank.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np
            import seaborn as sns

            corr = measurements.corr()
            # hide the redundant upper triangle and the trivial diagonal of ones
            mask = np.triu(np.ones_like(corr, dtype=bool))
            fig, ax = plt.subplots(figsize=(5, 4))
            sns.heatmap(
                corr, mask=mask, annot=True, fmt=".2f", cmap="vlag", center=0, vmin=-1, vmax=1,
                square=True, linewidths=0.5, cbar_kws={"label": "Pearson r"}, ax=ax,
            )
            ax.set_title("Correlation between measurements")
        """,
        domain=DOMAIN,
        libraries=LIBS_PD_NP,
        inputs={"measurements": "measurements"},
        checks=[
            "np.allclose(corr, measurements.corr(), equal_nan=True)",
            # one annotation per defined (finite) correlation below the diagonal
            "figure_summary(fig).axes[0].n_texts == np.isfinite(corr.to_numpy()[np.tril_indices(len(corr), -1)]).sum()",
            "(lambda r: np.allclose(sorted(float(t.get_text()) for t in ax.texts), np.sort(r[np.isfinite(r)]), atol=0.006))"
            "(corr.to_numpy()[np.tril_indices(len(corr), -1)])",
            "figure_summary(fig).has_colorbar",
            "figure_summary(fig).axes[0].title != ''",
        ],
        difficulty="intermediate",
        tags=["heatmap", "correlation", "mask", "annotation"],
        edge_cases=True,
    )
    yield ex(
        id="sns.heatmap_crosstab_light_palette",
        task="""Count the participants of the DataFrame `trial` per `site` (rows) and `treatment`
        (columns) with `pd.crosstab` into `counts` and draw the table as an annotated seaborn
        `heatmap` on `fig, ax` with integer annotations, a sequential colormap from
        `sns.light_palette("seagreen", as_cmap=True)` and a colorbar labelled "Participants";
        label the axes and add a title.""",
        code="""
            import matplotlib.pyplot as plt
            import pandas as pd
            import seaborn as sns

            counts = pd.crosstab(trial["site"], trial["treatment"])
            cmap = sns.light_palette("seagreen", as_cmap=True)
            fig, ax = plt.subplots(figsize=(5, 4))
            sns.heatmap(counts, annot=True, fmt="d", cmap=cmap, linewidths=1, cbar_kws={"label": "Participants"}, ax=ax)
            ax.set(xlabel="Treatment", ylabel="Site", title="Participants per site and arm")
        """,
        domain=DOMAIN,
        libraries=LIBS_PD,
        inputs={"trial": "trial"},
        checks=[
            "counts.to_numpy().sum() == trial[['site', 'treatment']].dropna().shape[0]",
            "sorted(int(t.get_text()) for t in ax.texts) == sorted(counts.to_numpy().ravel().tolist())",
            "figure_summary(fig).axes[0].xticklabels == [str(c) for c in counts.columns]",
            "figure_summary(fig).has_colorbar",
            "figure_summary(fig).axes[0].xlabel == 'Treatment' and figure_summary(fig).axes[0].title != ''",
        ],
        difficulty="basic",
        tags=["heatmap", "crosstab", "light_palette", "counts"],
        edge_cases=True,
    )
    yield ex(
        id="sns.heatmap_calendar_weekday_by_week",
        task="""Arrange the daily channel `sensor_a` of the DataFrame `sensor` (DatetimeIndex) as a
        calendar grid `calendar`: rows are weekdays 0-6 (Monday first, all seven present), columns
        are ISO year-weeks ("%G-W%V"), and draw it with seaborn `heatmap` on `fig, ax` (weekday
        names as row labels, "YlOrRd" colormap, colorbar labelled "sensor_a"); missing days stay
        blank; label the axes and add a title.""",
        code="""
            import matplotlib.pyplot as plt
            import seaborn as sns

            calendar = (
                sensor.assign(week=sensor.index.strftime("%G-W%V"), weekday=sensor.index.day_of_week)
                .pivot_table(index="weekday", columns="week", values="sensor_a")
                .reindex(range(7))
            )
            fig, ax = plt.subplots(figsize=(10, 3))
            sns.heatmap(
                calendar, cmap="YlOrRd", linewidths=0.5,
                yticklabels=["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
                cbar_kws={"label": "sensor_a"}, ax=ax,
            )
            ax.tick_params(axis="x", labelrotation=90)
            ax.set(xlabel="ISO week", ylabel="", title="Daily sensor_a readings")
        """,
        domain=DOMAIN,
        libraries=LIBS_PD,
        inputs={"sensor": "sensor"},
        checks=[
            "calendar.shape == (7, sensor.index.strftime('%G-W%V').nunique())",
            "np.isclose(np.nansum(calendar.to_numpy()), sensor['sensor_a'].sum())",
            "np.ma.count(ax.collections[0].get_array()) == sensor['sensor_a'].notna().sum()",
            "figure_summary(fig).axes[0].yticklabels == ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']",
            "figure_summary(fig).axes[0].xlabel == 'ISO week' and figure_summary(fig).axes[0].title != ''",
        ],
        difficulty="advanced",
        tags=["heatmap", "calendar", "timeseries", "pivot_table"],
        edge_cases=True,
    )
    yield ex(
        id="sns.heatmap_zscore_diverging_palette",
        task="""Standardise each channel of the DataFrame `sensor` (DatetimeIndex) to z-scores in
        `z` and draw the channels as rows and days as columns with seaborn `heatmap` on `fig, ax`,
        using a diverging colormap from `sns.diverging_palette(250, 15, as_cmap=True)` centred on 0,
        day labels formatted as "%b %d" with every 14th label shown; label the axes and add a
        title.""",
        code="""
            import matplotlib.pyplot as plt
            import seaborn as sns

            z = (sensor - sensor.mean()) / sensor.std()
            grid = z.T.set_axis(z.index.strftime("%b %d"), axis="columns")
            cmap = sns.diverging_palette(250, 15, as_cmap=True)
            fig, ax = plt.subplots(figsize=(10, 2.5))
            sns.heatmap(grid, cmap=cmap, center=0, xticklabels=14, cbar_kws={"label": "z-score"}, ax=ax)
            ax.set(xlabel="Day", ylabel="Channel", title="Standardised sensor readings")
        """,
        domain=DOMAIN,
        libraries=LIBS_PD,
        inputs={"sensor": "sensor"},
        checks=[
            "np.allclose(z, (sensor - sensor.mean()) / sensor.std(), equal_nan=True)",
            # mean 0 and standard deviation 1 wherever the spread is far from underflow (none: NaN, a blank row)
            "(lambda z: np.allclose(z.mean(), 0) and np.allclose(z.std(), 1))(z.loc[:, sensor.std() > 1e-150])",
            "np.allclose(np.ma.filled(ax.collections[0].get_array(), np.nan).ravel(), z.T.to_numpy().ravel(), equal_nan=True)",
            "figure_summary(fig).axes[0].yticklabels == list(sensor.columns)",
            "figure_summary(fig).has_colorbar",
            "figure_summary(fig).axes[0].ylabel == 'Channel' and figure_summary(fig).axes[0].title != ''",
        ],
        difficulty="intermediate",
        tags=["heatmap", "diverging_palette", "standardization", "timeseries"],
        edge_cases={"constant": False, "min_size": 2, "why": "a z-score divides by the channel's standard deviation: every channel needs two or more distinct values"},
    )
    yield ex(
        id="sns.clustermap_standardized",
        task="""Cluster the rows and columns of the DataFrame `measurements` with seaborn
        `clustermap` (each column standardised with `z_score=1`, average linkage, "vlag"
        colormap centred on 0, no row labels), leaving out the columns whose standard deviation is
        0 (they have no z-score), and keep the returned grid in `g`; label the heatmap x axis
        "Variable" and y axis "Sample" and add the figure title "Clustered measurements".""",
        code="""
            import seaborn as sns

            # a column without spread has no z-score: its NaNs would make every distance NaN
            varying = measurements.loc[:, measurements.std() > 0]
            g = sns.clustermap(
                varying, z_score=1, method="average", cmap="vlag", center=0,
                yticklabels=False, figsize=(6, 7),
            )
            g.ax_heatmap.set(xlabel="Variable", ylabel="Sample")
            g.figure.suptitle("Clustered measurements", y=1.02)
        """,
        domain=DOMAIN,
        libraries=["seaborn"],
        inputs={"measurements": "measurements"},
        checks=[
            "sorted(g.dendrogram_row.reordered_ind) == list(range(len(measurements)))",
            "sorted(g.dendrogram_col.reordered_ind) == list(range((measurements.std() > 0).sum()))",
            "list(g.data2d.columns) == [measurements.columns[(measurements.std() > 0).to_numpy()][i] for i in g.dendrogram_col.reordered_ind]",
            "np.allclose(g.data2d.mean(), 0)",
            "figure_summary(g.figure).suptitle == 'Clustered measurements'",
            "g.ax_heatmap.get_xlabel() == 'Variable' and g.ax_heatmap.get_ylabel() == 'Sample'",
        ],
        difficulty="advanced",
        tags=["clustermap", "hierarchical-clustering", "standardization"],
        edge_cases={
            "constant": False, "min_size": 2,
            "why": "clustering needs two or more rows and two or more columns that vary (z_score=1 divides each column by its standard deviation)",
        },
    )


def _regression() -> Iterator[Example]:
    yield ex(
        id="sns.regplot_linear_fit",
        task="""Plot the points `x`, `y` with a least-squares regression line and its 95%
        confidence band using seaborn `regplot` on `fig, ax` (small grey points, red line); label
        the axes and add a title.""",
        code="""
            import matplotlib.pyplot as plt
            import seaborn as sns

            fig, ax = plt.subplots(figsize=(6, 4))
            sns.regplot(x=x, y=y, ci=95, scatter_kws={"s": 15, "color": "gray"}, line_kws={"color": "red"}, ax=ax)
            ax.set(xlabel="x", ylabel="y", title="Linear fit with 95% confidence band")
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"x": "line.x", "y": "line.y"},
        checks=[
            "np.allclose(ax.lines[0].get_ydata(), np.polyval(np.polyfit(x, y, 1), ax.lines[0].get_xdata()))",
            "len(ax.collections[0].get_offsets()) == len(x)",
            "len(ax.collections) == 2",
            "figure_summary(fig).axes[0].xlabel == 'x' and figure_summary(fig).axes[0].title != ''",
        ],
        difficulty="basic",
        tags=["regplot", "regression", "confidence-interval"],
        edge_cases=True,
    )
    yield ex(
        id="sns.residplot_linear",
        task="""Check the linear model of `y` on `x` for structure left in the residuals: draw the
        residuals of a straight-line fit with seaborn `residplot` on `fig, ax` (the zero line is
        drawn for you); label the axes "x" and "Residual" and add a title.""",
        code="""
            import matplotlib.pyplot as plt
            import seaborn as sns

            fig, ax = plt.subplots(figsize=(6, 3))
            sns.residplot(x=x, y=y, scatter_kws={"s": 15}, ax=ax)
            ax.set(xlabel="x", ylabel="Residual", title="Residuals of the linear fit")
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"x": "growth.x", "y": "growth.y"},
        checks=[
            "np.allclose(ax.collections[0].get_offsets()[:, 1], y - np.polyval(np.polyfit(x, y, 1), x))",
            "any(np.allclose(ln.get_ydata(), 0) for ln in ax.lines)",
            "figure_summary(fig).axes[0].ylabel == 'Residual' and figure_summary(fig).axes[0].title != ''",
        ],
        difficulty="basic",
        tags=["residplot", "regression", "diagnostics"],
        edge_cases=True,
    )
    yield ex(
        id="sns.regplot_polynomial_order2",
        task="""Fit and draw a second-order polynomial regression of `y` on `x` with seaborn
        `regplot` (`order=2`, no confidence band to keep it fast) on `fig, ax`, and also draw the
        straight-line fit in a dashed style for comparison, each with a legend label; label the
        axes and add a title.""",
        code="""
            import matplotlib.pyplot as plt
            import seaborn as sns

            fig, ax = plt.subplots(figsize=(6, 4))
            sns.scatterplot(x=x, y=y, color="gray", s=12, ax=ax)
            # with scatter=False, regplot's `label` goes to the fitted line
            sns.regplot(x=x, y=y, order=2, ci=None, scatter=False, label="quadratic", ax=ax)
            sns.regplot(x=x, y=y, ci=None, scatter=False, label="linear", line_kws={"linestyle": "--"}, ax=ax)
            ax.set(xlabel="x", ylabel="y", title="Quadratic vs linear fit")
            ax.legend()
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"x": "peak.x", "y": "peak.y"},
        checks=[
            "np.allclose(ax.lines[0].get_ydata(), np.polyval(np.polyfit(x, y, 2), ax.lines[0].get_xdata()))",
            "np.allclose(ax.lines[1].get_ydata(), np.polyval(np.polyfit(x, y, 1), ax.lines[1].get_xdata()))",
            "figure_summary(fig).axes[0].legend_labels == ['quadratic', 'linear']",
        ],
        difficulty="intermediate",
        tags=["regplot", "polynomial", "model-comparison"],
        edge_cases=True,
    )
    yield ex(
        id="sns.lmplot_hue_col",
        task="""Fit a linear regression of `response` on `dose` separately for each `treatment`
        (hue) and each `site` (one column of panels per site) of the DataFrame `trial` with the
        figure-level seaborn `lmplot`, without confidence bands; keep the grid in `g`, set the axis
        labels to "Dose (mg)" and "Response" with `g.set_axis_labels`, and panel titles
        "Site: <name>" with `g.set_titles`.""",
        code="""
            import seaborn as sns

            g = sns.lmplot(
                data=trial, x="dose", y="response", hue="treatment", col="site",
                ci=None, height=3, scatter_kws={"s": 15},
            )
            g.set_axis_labels("Dose (mg)", "Response")
            g.set_titles("Site: {col_name}")
        """,
        domain=DOMAIN,
        libraries=["seaborn"],
        inputs={"trial": "trial"},
        checks=[
            "all(t.startswith('Site: ') for t in figure_summary(g.figure).titles)",
            _shows_levels("t.removeprefix('Site: ') for t in figure_summary(g.figure).titles", "site"),
            _shows_levels("figure_summary(g.figure).legend_labels", "treatment"),
            "figure_summary(g.figure).axes[0].xlabel == 'Dose (mg)' and figure_summary(g.figure).axes[0].ylabel == 'Response'",
            # a fitted line for each site and treatment with two or more rows (one point fits no line)
            "sum(len(ax.lines) for ax in g.axes.flat) == trial.groupby(['site', 'treatment'], observed=True).size().gt(1).sum()",
        ],
        difficulty="intermediate",
        tags=["lmplot", "figure-level", "facets", "regression"],
        edge_cases=True,
    )


def _figure_level() -> Iterator[Example]:
    yield ex(
        id="sns.relplot_line_col_wrap",
        task="""Melt the wide DataFrame `sensor` (DatetimeIndex named `date`) into long form
        `long` (`date`, `channel`, `reading`) and draw each channel in its own panel with the
        figure-level seaborn `relplot` (`kind="line"`, two panels per row, independent y axes);
        keep the grid in `g`, set axis labels "Date" and "Reading" with `g.set_axis_labels`, panel
        titles equal to the channel names with `g.set_titles`, and the figure title "Sensor
        channels".""",
        code="""
            import seaborn as sns

            long = sensor.reset_index().melt(id_vars="date", var_name="channel", value_name="reading")
            g = sns.relplot(
                data=long, x="date", y="reading", col="channel", col_wrap=2, kind="line",
                height=2.5, aspect=1.6, facet_kws={"sharey": False},
            )
            g.set_axis_labels("Date", "Reading")
            g.set_titles("{col_name}")
            g.tick_params(axis="x", labelrotation=45)
            g.figure.suptitle("Sensor channels", y=1.03)
        """,
        domain=DOMAIN,
        libraries=LIBS_PD,
        inputs={"sensor": "sensor"},
        checks=[
            "figure_summary(g.figure).n_axes == sensor.shape[1]",
            "figure_summary(g.figure).titles == list(sensor.columns)",
            "all(len(ax.lines[0].get_xdata()) == len(sensor) for ax in g.axes.flat)",
            "figure_summary(g.figure).suptitle == 'Sensor channels'",
        ],
        difficulty="intermediate",
        tags=["relplot", "figure-level", "facets", "timeseries", "melt"],
        edge_cases=True,
    )
    catplot_checks = {
        "box": "sum(len(c.boxes) for ax in g.axes.flat for c in ax.containers) == trial.groupby(['treatment', 'site'], observed=True).ngroups",
        "bar": "np.allclose(sorted(b.get_height() for ax in g.axes.flat for c in ax.containers for b in c), sorted(trial.groupby(['treatment', 'site'], observed=True)['response'].mean()))",
    }
    for kind, kind_check in catplot_checks.items():
        yield ex(
            id=f"sns.catplot_col.{kind}",
            family="sns.catplot_col",
            task=f"""Compare `response` across `site` in one panel per `treatment` of the DataFrame
            `trial` with the figure-level seaborn `catplot` (`kind="{kind}"`); keep the grid in `g`,
            set the axis labels "Site" and "Response" with `g.set_axis_labels`, panel titles
            "Treatment: <name>" with `g.set_titles`, and a figure title.""",
            code=f"""
                import seaborn as sns

                g = sns.catplot(data=trial, x="site", y="response", col="treatment", kind="{kind}", height=3.5, aspect=0.9)
                g.set_axis_labels("Site", "Response")
                g.set_titles("Treatment: {{col_name}}")
                g.figure.suptitle("Response by site ({kind} plots)", y=1.03)
            """,
            domain=DOMAIN,
            libraries=["seaborn"],
            inputs={"trial": "trial"},
            checks=[
                "all(t.startswith('Treatment: ') for t in figure_summary(g.figure).titles)",
                _shows_levels("t.removeprefix('Treatment: ') for t in figure_summary(g.figure).titles", "treatment"),
                kind_check,
                "figure_summary(g.figure).axes[0].xlabel == 'Site' and figure_summary(g.figure).suptitle != ''",
            ],
            difficulty="basic",
            tags=["catplot", "figure-level", "facets", "parameter-tuning"],
            edge_cases=True,
        )
    yield ex(
        id="sns.displot_kde_facets",
        task="""Draw filled KDEs of `response` per `treatment` (hue, each group normalised on its
        own) in one panel per `site` of the DataFrame `trial` with the figure-level seaborn
        `displot` (`kind="kde"`), leaving out without a warning the groups whose responses do
        not vary (`warn_singular=False`); keep the grid in `g`, label the axes "Response" and
        "Density" with `g.set_axis_labels`, use the site names as panel titles and title the
        legend "Treatment".""",
        code="""
            import seaborn as sns

            g = sns.displot(
                data=trial, x="response", hue="treatment", col="site", kind="kde",
                fill=True, common_norm=False, height=3,
                warn_singular=False,  # a group with one value, or all values equal, has no density: skip it quietly
            )
            g.set_axis_labels("Response", "Density")
            g.set_titles("{col_name}")
            g.legend.set_title("Treatment")
        """,
        domain=DOMAIN,
        libraries=["seaborn"],
        inputs={"trial": "trial"},
        checks=[
            _shows_levels("figure_summary(g.figure).titles", "site"),
            # one filled density per site and treatment whose responses spread (see _RESPONSE_SPREAD)
            "(lambda n, groups: groups['spread'].sum() <= n <= groups['count'].gt(1).sum())"
            f"(sum(len(ax.collections) for ax in g.axes.flat), {_RESPONSE_SPREAD})",
            _shows_levels("figure_summary(g.figure).legend_labels", "treatment"),
            "g.legend.get_title().get_text() == 'Treatment'",
            "figure_summary(g.figure).axes[0].ylabel == 'Density'",
        ],
        difficulty="intermediate",
        tags=["displot", "figure-level", "kde", "facets"],
        edge_cases=True,
    )
    joint_variants = {
        "hex": (
            "hexagonal bins (`gridsize=20`)",
            ", gridsize=20",
            "np.isclose(g.ax_joint.collections[0].get_array().sum(), len(measurements)) and len(g.ax_marg_x.patches) > 0",
        ),
    }
    for kind, (words, extra, kind_check) in joint_variants.items():
        yield ex(
            id=f"sns.jointplot_kind.{kind}",
            family="sns.jointplot_kind",
            task=f"""Show the joint distribution of `temperature` and `pressure` in the DataFrame
            `measurements` with their marginal distributions using seaborn `jointplot`
            (`kind="{kind}"`: {words}); keep the grid in `g`, label the axes "Temperature" and
            "Pressure" with `g.set_axis_labels` and add a figure title.""",
            code=f"""
                import seaborn as sns

                g = sns.jointplot(data=measurements, x="temperature", y="pressure", kind="{kind}", height=5{extra})
                g.set_axis_labels("Temperature", "Pressure")
                g.figure.suptitle("Temperature vs pressure ({kind})", y=1.02)
            """,
            domain=DOMAIN,
            libraries=["seaborn"],
            inputs={"measurements": "measurements"},
            checks=[
                "figure_summary(g.figure).n_axes == 3",
                kind_check,
                "g.ax_joint.get_xlabel() == 'Temperature' and g.ax_joint.get_ylabel() == 'Pressure'",
                "figure_summary(g.figure).suptitle != ''",
            ],
            difficulty="basic",
            tags=["jointplot", "bivariate", "marginals", "parameter-tuning"],
            edge_cases=True,
        )
    yield ex(
        id="sns.jointgrid_layers_refline",
        task="""Build a seaborn `JointGrid` `g` for `score` against `income` from the DataFrame
        `survey` (rows with either value missing dropped by the grid), draw semi-transparent points
        in the joint axes, histograms with KDE curves in the margins, and dashed reference lines
        at the median income and median score with `g.refline`; label the axes "Income" and
        "Score".""",
        code="""
            import seaborn as sns

            g = sns.JointGrid(data=survey, x="income", y="score", dropna=True, height=5)
            g.plot_joint(sns.scatterplot, s=15, alpha=0.6)
            g.plot_marginals(sns.histplot, kde=True, bins=20)
            g.refline(x=survey["income"].median(), y=survey["score"].median())
            g.set_axis_labels("Income", "Score")
        """,
        domain=DOMAIN,
        libraries=["seaborn"],
        inputs={"survey": "survey"},
        checks=[
            "len(g.ax_joint.collections[0].get_offsets()) == len(survey[['income', 'score']].dropna())",
            "any(np.allclose(ln.get_xdata(), survey['income'].median()) for ln in g.ax_joint.lines)",
            "any(np.allclose(ln.get_ydata(), survey['score'].median()) for ln in g.ax_joint.lines)",
            "len(g.ax_marg_x.patches) > 0 and len(g.ax_marg_y.patches) > 0",
            "g.ax_joint.get_xlabel() == 'Income' and g.ax_joint.get_ylabel() == 'Score'",
        ],
        difficulty="advanced",
        tags=["JointGrid", "refline", "marginals", "custom-plotting", "missing-data"],
        edge_cases=True,
    )
    yield ex(
        id="sns.pairplot_hue_corner",
        task="""Draw a corner pair plot (lower triangle only) of `dose`, `age` and `response` from
        the DataFrame `trial`, coloured by `treatment`, with KDE curves on the diagonal, using
        seaborn `pairplot`; keep the grid in `g` and add the figure title "Pairwise relationships".""",
        code="""
            import seaborn as sns

            variables = ["dose", "age", "response"]
            g = sns.pairplot(
                trial, vars=variables, hue="treatment", corner=True, diag_kind="kde",
                height=2, plot_kws={"s": 12},
            )
            g.figure.suptitle("Pairwise relationships", y=1.02)
        """,
        domain=DOMAIN,
        libraries=["seaborn"],
        inputs={"trial": "trial"},
        checks=[
            "sum(ax is not None for ax in g.axes.flat) == 6 and all(g.axes[i, j] is None for i, j in zip(*np.triu_indices(3, 1)))",
            "[ax.get_xlabel() for ax in g.axes[-1]] == ['dose', 'age', 'response']",
            _shows_levels("figure_summary(g.figure).legend_labels", "treatment"),
            "figure_summary(g.figure).suptitle == 'Pairwise relationships'",
        ],
        difficulty="basic",
        tags=["pairplot", "corner", "figure-level"],
        edge_cases=True,
    )
    yield ex(
        id="sns.pairgrid_mixed_layers",
        task="""Build a seaborn `PairGrid` `g` over `income`, `score` and `hours` of the DataFrame
        `survey` (independent y axes on the diagonal) with scatter plots in the upper triangle,
        filled KDE contours in the lower triangle (a pair without a 2-D density, points all on one
        line, gets none, without a warning: `warn_singular=False`) and histograms with KDE curves
        on the diagonal; add the figure title "Survey variables".""",
        code="""
            import seaborn as sns

            g = sns.PairGrid(survey, vars=["income", "score", "hours"], diag_sharey=False, height=2.2)
            g.map_upper(sns.scatterplot, s=10)
            # warn_singular=False: a degenerate pair (zero variance, perfectly correlated) simply gets no contours
            g.map_lower(sns.kdeplot, fill=True, levels=5, warn_singular=False)
            g.map_diag(sns.histplot, kde=True)
            g.figure.suptitle("Survey variables", y=1.02)
        """,
        domain=DOMAIN,
        libraries=["seaborn"],
        inputs={"survey": "survey"},
        checks=[
            "g.axes.shape == (3, 3)",
            "type(g.axes[0, 1].collections[0]).__name__ == 'PathCollection'",
            # contours wherever score against income has a 2-D density: three or more points, covariance far from singular
            "(lambda xy: len(xy) < 3 or np.linalg.cond(np.cov(xy, rowvar=False)) > 1e8 or any('Contour' in type(c).__name__ for c in g.axes[1, 0].collections))"
            "(survey[['income', 'score']].dropna().to_numpy())",
            "all(len(ax.patches) > 0 for ax in g.diag_axes)",
            "figure_summary(g.figure).suptitle == 'Survey variables'",
        ],
        difficulty="advanced",
        tags=["PairGrid", "map_upper", "map_lower", "map_diag"],
        edge_cases={
            "constant": False,
            "why": "the bivariate KDEs need every variable to vary: a constant column has no 2-D density, and rounding in its mean can make seaborn's contour levels collide (ValueError)",
        },
    )
    yield ex(
        id="sns.facetgrid_histplot_margin_titles",
        task="""Lay out histograms of `response` from the DataFrame `trial` in a seaborn
        `FacetGrid` `g` with one row per `treatment` and one column per `site` (margin titles),
        every panel using the same 12 bins computed from all responses (edges in `bins`), drawing
        with `g.map_dataframe(sns.histplot, ...)`; label the axes "Response" and "Count" with
        `g.set_axis_labels` and set the row and column titles to the level names.""",
        code="""
            import numpy as np
            import seaborn as sns

            # shared bin edges: each panel would otherwise pick its own bins from its own data
            bins = np.histogram_bin_edges(trial["response"].dropna(), bins=12)
            g = sns.FacetGrid(trial, row="treatment", col="site", margin_titles=True, height=2.2, aspect=1.2)
            g.map_dataframe(sns.histplot, x="response", bins=bins)
            g.set_axis_labels("Response", "Count")
            g.set_titles(row_template="{row_name}", col_template="{col_name}")
        """,
        domain=DOMAIN,
        libraries=["seaborn", "numpy"],
        inputs={"trial": "trial"},
        checks=[
            # a row per treatment and a column per site (declared levels that do not occur may get an empty one)
            "trial['treatment'].nunique() <= g.axes.shape[0] <= len(trial['treatment'].cat.categories) "
            "and trial['site'].nunique() <= g.axes.shape[1] <= len(trial['site'].cat.categories)",
            "np.isclose(sum(p.get_height() for ax in g.axes.flat for p in ax.patches), trial[['treatment', 'site', 'response']].dropna().shape[0])",
            "len(bins) == 13 and all(np.isclose(p.get_x(), bins).any() for ax in g.axes.flat for p in ax.patches)",
            _shows_levels("t for t in figure_summary(g.figure).titles if t", "site"),
            "figure_summary(g.figure).axes[-1].xlabel == 'Response' and figure_summary(g.figure).axes[0].ylabel == 'Count'",
        ],
        difficulty="intermediate",
        tags=["FacetGrid", "map_dataframe", "histplot", "facets"],
        edge_cases=True,
    )
    yield ex(
        id="sns.facetgrid_custom_fit_function",
        task="""Write a plotting function `scatter_with_fit(data, color=None, **kws)` that draws
        `response` against `dose` on the current axes and, when the panel's doses vary (two or more
        distinct values, with a nonzero variance), overlays its least-squares line and writes
        "slope = <value>" (two decimals) in the top-left corner; map it over a seaborn `FacetGrid`
        `g` of the DataFrame `trial` with one column per `site` via `g.map_dataframe`, then label
        the axes "Dose (mg)" and "Response" and title the panels with the site names.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np
            import seaborn as sns

            def scatter_with_fit(data, color=None, **kws):
                ax = plt.gca()  # FacetGrid makes each facet current before calling
                ax.scatter(data["dose"], data["response"], s=12, alpha=0.6, color=color)
                if data["dose"].nunique() < 2 or data["dose"].var() == 0:
                    return  # one dose (or doses too close for their variance to register) fits no slope
                slope, intercept = np.polyfit(data["dose"], data["response"], 1)
                xs = np.linspace(data["dose"].min(), data["dose"].max(), 50)
                ax.plot(xs, intercept + slope * xs, color=color)
                ax.text(0.05, 0.9, f"slope = {slope:.2f}", transform=ax.transAxes)

            g = sns.FacetGrid(trial, col="site", height=3)
            g.map_dataframe(scatter_with_fit)
            g.set_axis_labels("Dose (mg)", "Response")
            g.set_titles("{col_name}")
        """,
        domain=DOMAIN,
        libraries=LIBS_NP,
        inputs={"trial": "trial"},
        checks=[
            # a slope label in each panel whose doses vary, none elsewhere
            "all(len(ax.texts) == (lambda d: d.nunique() > 1 and d.var() > 0)(trial.loc[trial['site'] == site, 'dose']) "
            "and all(t.get_text().startswith('slope = ') for t in ax.texts) for site, ax in g.axes_dict.items())",
            "all(np.isclose(float(ax.texts[0].get_text().split('=')[1]), np.polyfit(trial.loc[trial['site'] == site, 'dose'], trial.loc[trial['site'] == site, 'response'], 1)[0], atol=0.006) for site, ax in g.axes_dict.items() if ax.texts)",
            _shows_levels("figure_summary(g.figure).titles", "site"),
            "figure_summary(g.figure).axes[0].xlabel == 'Dose (mg)'",
        ],
        difficulty="advanced",
        tags=["FacetGrid", "map_dataframe", "custom-plotting", "regression"],
        edge_cases=True,
    )


def _styling() -> Iterator[Example]:
    yield ex(
        id="sns.set_theme_whitegrid_talk",
        task="""Set the seaborn theme to the "whitegrid" style, the "talk" context (larger text for
        slides) and the "colorblind" palette with `sns.set_theme`, then draw step histograms of
        `age` per `treatment` of the DataFrame `trial` with seaborn `histplot` (`element="step"`)
        on `fig, ax`; label the axes and add a title.""",
        code="""
            import matplotlib.pyplot as plt
            import seaborn as sns

            sns.set_theme(style="whitegrid", context="talk", palette="colorblind")
            fig, ax = plt.subplots(figsize=(8, 5))
            sns.histplot(data=trial, x="age", hue="treatment", element="step", ax=ax)
            ax.set(xlabel="Age (years)", ylabel="Participants", title="Age distribution by arm")
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"trial": "trial"},
        checks=[
            "matplotlib.rcParams['axes.grid'] and matplotlib.rcParams['axes.facecolor'] == 'white'",
            "ax.xaxis.label.get_fontsize() > seaborn.plotting_context('notebook')['axes.labelsize']",
            _shows_levels("figure_summary(fig).axes[0].legend_labels", "treatment"),
            "figure_summary(fig).axes[0].xlabel == 'Age (years)' and figure_summary(fig).axes[0].title != ''",
        ],
        difficulty="basic",
        tags=["set_theme", "style", "histplot"],
        edge_cases=True,
    )
    yield ex(
        id="sns.axes_style_plotting_context_scoped",
        task="""Without changing the global style, create `fig, ax` inside the seaborn
        `axes_style("darkgrid")` and `plotting_context("paper", font_scale=1.2)` context managers and
        draw a scatter plot of the curve samples `y` against `x` with seaborn `scatterplot`;
        label the axes "Time (s)" and "Signal" and add a title.""",
        code="""
            import matplotlib.pyplot as plt
            import seaborn as sns

            # the style applies to figures created inside the block; rcParams revert on exit
            with sns.axes_style("darkgrid"), sns.plotting_context("paper", font_scale=1.2):
                fig, ax = plt.subplots(figsize=(5, 3.5))
                sns.scatterplot(x=x, y=y, s=20, ax=ax)
                ax.set(xlabel="Time (s)", ylabel="Signal", title="Decay measurements")
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"x": "decay.x", "y": "decay.y"},
        checks=[
            "np.allclose(ax.get_facecolor()[:3], [0xEA / 255, 0xEA / 255, 0xF2 / 255])",
            "np.isclose(ax.xaxis.label.get_fontsize(), seaborn.plotting_context('paper', font_scale=1.2)['axes.labelsize'])",
            "matplotlib.rcParams['axes.facecolor'] != '#EAEAF2'",
            "len(ax.collections[0].get_offsets()) == len(x)",
            "figure_summary(fig).axes[0].xlabel == 'Time (s)' and figure_summary(fig).axes[0].title != ''",
        ],
        difficulty="intermediate",
        tags=["axes_style", "plotting_context", "context-manager", "scatterplot"],
        edge_cases=True,
    )
    yield ex(
        id="sns.violinplot_wide_despine",
        task="""Wrap the 2-D array `matrix` in a DataFrame `frame` with columns `feature_0`,
        `feature_1`, ... and draw one violin per column (wide-form seaborn `violinplot`, inner box,
        cut at the data range) on `fig, ax`; label the axes, add a title, then remove the top and
        right spines with `sns.despine`, offsetting the remaining ones by 10 points and trimming
        them to the data.""",
        code="""
            import matplotlib.pyplot as plt
            import pandas as pd
            import seaborn as sns

            frame = pd.DataFrame(matrix, columns=[f"feature_{i}" for i in range(matrix.shape[1])])
            fig, ax = plt.subplots(figsize=(6, 4))
            sns.violinplot(data=frame, inner="box", cut=0, ax=ax)
            ax.set(xlabel="Feature", ylabel="Value", title="Feature distributions")
            sns.despine(ax=ax, offset=10, trim=True)
        """,
        domain=DOMAIN,
        libraries=LIBS_PD,
        inputs={"matrix": "matrix"},
        checks=[
            "list(frame.columns) == [f'feature_{i}' for i in range(matrix.shape[1])] and np.allclose(frame.to_numpy(), matrix)",
            "not ax.spines['top'].get_visible() and not ax.spines['right'].get_visible()",
            "ax.spines['left'].get_position() == ('outward', 10)",
            # a violin per column that clearly spreads; a constant column is drawn as a single line
            # (for nearly equal or astronomically small values, seaborn's call)
            "sum(col.std() > 1e-9 * np.abs(col).max() + 1e-100 for col in matrix.T) <= len(ax.collections) <= (matrix.shape[1] if len(matrix) > 1 else 0)",
            "figure_summary(fig).axes[0].xticklabels == list(frame.columns)",
        ],
        difficulty="basic",
        tags=["violinplot", "wide-form", "despine"],
        edge_cases=True,
    )
    yield ex(
        id="sns.color_palette_husl_mapping",
        task="""Build a dict `palette` mapping each `site` that occurs in the DataFrame `trial` to a
        colour from `sns.color_palette("husl", n_colors=<number of sites>)` and use it in a seaborn
        scatter plot of `response` against `age` coloured by site on `fig, ax`, with those sites as
        the hue order; label the axes, add a title and a legend titled "Site".""",
        code="""
            import matplotlib.pyplot as plt
            import seaborn as sns

            sites = sorted(trial["site"].dropna().unique())
            palette = dict(zip(sites, sns.color_palette("husl", n_colors=len(sites))))
            fig, ax = plt.subplots(figsize=(6, 4))
            # hue_order: the levels the palette covers (a categorical column may declare more)
            sns.scatterplot(data=trial, x="age", y="response", hue="site", hue_order=sites, palette=palette, ax=ax)
            ax.set(xlabel="Age (years)", ylabel="Response", title="Response vs age by site")
            ax.get_legend().set_title("Site")
        """,
        domain=DOMAIN,
        libraries=LIBS_PD,
        inputs={"trial": "trial"},
        checks=[
            "set(palette) == set(trial['site'].dropna().unique()) and len(set(palette.values())) == len(palette)",
            "np.allclose(ax.collections[0].get_facecolors()[:, :3], [palette[s] for s in trial['site']])",
            "ax.get_legend().get_title().get_text() == 'Site'",
            "sorted(figure_summary(fig).axes[0].legend_labels) == sorted(str(s) for s in palette)",
            "figure_summary(fig).axes[0].xlabel == 'Age (years)'",
        ],
        difficulty="basic",
        tags=["color_palette", "palette", "scatterplot"],
        edge_cases=True,
    )
    yield ex(
        id="sns.move_legend_outside",
        task="""Draw a seaborn scatter plot of `pressure` against `temperature` from the DataFrame
        `measurements` coloured by `humidity` (continuous "crest" palette) on `fig, ax`; label the
        axes, add a title, then place the legend outside the axes to the right with
        `sns.move_legend` (anchored at the upper-left corner to (1, 1), no frame, title
        "Humidity").""",
        code="""
            import matplotlib.pyplot as plt
            import seaborn as sns

            fig, ax = plt.subplots(figsize=(7, 4), layout="constrained")
            sns.scatterplot(data=measurements, x="temperature", y="pressure", hue="humidity", palette="crest", ax=ax)
            ax.set(xlabel="Temperature", ylabel="Pressure", title="Pressure vs temperature")
            sns.move_legend(ax, "upper left", bbox_to_anchor=(1, 1), frameon=False, title="Humidity")
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"measurements": "measurements"},
        checks=[
            "ax.get_legend().get_title().get_text() == 'Humidity'",
            "ax.get_legend().get_window_extent().x0 >= ax.get_window_extent().x1 - 1",
            "not ax.get_legend().get_frame_on()",
            "len(ax.collections[0].get_offsets()) == len(measurements)",
        ],
        difficulty="intermediate",
        tags=["move_legend", "legend", "scatterplot", "continuous-hue"],
        edge_cases=True,
    )
    yield ex(
        id="sns.objects_dot_polyfit",
        task="""With the seaborn objects interface (`seaborn.objects`), plot `response` against
        `dose` from the DataFrame `trial` coloured by `treatment`: semi-transparent dots plus a
        straight-line fit per treatment with two or more distinct doses (`so.Line()` with
        `so.PolyFit(order=1)`), with axis labels, legend title and plot title set through
        `.label(...)`, drawn onto `fig, ax` with `.on(ax)`.""",
        code="""
            import matplotlib.pyplot as plt
            import seaborn.objects as so

            fig, ax = plt.subplots(figsize=(6, 4))
            (
                # seaborn.objects matches rows by index label: hand it a unique index
                so.Plot(trial.reset_index(drop=True), x="dose", y="response", color="treatment")
                .add(so.Dot(alpha=0.5))
                .add(so.Line(), so.PolyFit(order=1))
                .label(x="Dose (mg)", y="Response", color="Treatment", title="Dose-response by treatment")
                .on(ax)
                .plot()
            )
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"trial": "trial"},
        checks=[
            # a fitted line per treatment with two or more distinct doses (PolyFit skips the others)
            "len(ax.lines) == trial.groupby('treatment', observed=True)['dose'].nunique().gt(1).sum()",
            "all(np.allclose(np.diff(ln.get_ydata(), 2), 0, atol=1e-9 * (1 + np.abs(ln.get_ydata()).max())) for ln in ax.lines)",
            "len(ax.collections[0].get_offsets()) == len(trial)",
            "figure_summary(fig).axes[0].xlabel == 'Dose (mg)' and figure_summary(fig).axes[0].title != ''",
            _shows_levels("figure_summary(fig).legend_labels", "treatment"),
        ],
        difficulty="intermediate",
        tags=["seaborn.objects", "PolyFit", "regression"],
        edge_cases=True,
    )


def _error_handling() -> Iterator[Example]:
    yield ex(
        id="sns.require_columns_keyerror",
        task="""Write `plot_dose_response(df, ax)` that raises a `KeyError` naming the missing
        columns when `df` lacks any of `dose`, `response` or `treatment`, and otherwise draws a
        seaborn scatter plot of response against dose coloured by treatment with labelled axes.
        Call it on `trial.drop(columns="dose")` and keep the caught error in `error`, then call it on
        the full DataFrame `trial` with `fig, ax`.""",
        code="""
            import matplotlib.pyplot as plt
            import seaborn as sns

            REQUIRED = ("dose", "response", "treatment")

            def plot_dose_response(df, ax):
                missing = [col for col in REQUIRED if col not in df.columns]
                if missing:
                    raise KeyError(f"missing required column(s): {', '.join(missing)}")
                sns.scatterplot(data=df, x="dose", y="response", hue="treatment", ax=ax)
                ax.set(xlabel="Dose (mg)", ylabel="Response", title="Dose-response")

            fig, ax = plt.subplots(figsize=(6, 4))
            try:
                plot_dose_response(trial.drop(columns="dose"), ax)
                error = None
            except KeyError as exc:
                error = exc
            plot_dose_response(trial, ax)
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"trial": "trial"},
        checks=[
            "isinstance(error, KeyError) and 'dose' in str(error) and 'response' not in str(error)",
            "len(ax.collections) == 1 and len(ax.collections[0].get_offsets()) == len(trial)",
            "figure_summary(fig).axes[0].xlabel == 'Dose (mg)'",
        ],
        difficulty="intermediate",
        tags=["error-handling", "validation", "scatterplot"],
        edge_cases=True,
    )
    yield ex(
        id="sns.missing_values_complete_cases",
        task="""The DataFrame `trial_missing` has missing `dose` and `response` values. Keep the
        complete rows in `complete`, count the dropped rows in `n_dropped`, and draw a seaborn
        `regplot` of response against dose from `complete` on `fig, ax`; label the axes and put
        the number of used and dropped rows in the title.""",
        code="""
            import matplotlib.pyplot as plt
            import seaborn as sns

            complete = trial_missing.dropna(subset=["dose", "response"])
            n_dropped = len(trial_missing) - len(complete)
            fig, ax = plt.subplots(figsize=(6, 4))
            sns.regplot(data=complete, x="dose", y="response", scatter_kws={"s": 15}, ax=ax)
            ax.set(
                xlabel="Dose (mg)", ylabel="Response",
                title=f"Dose-response (n = {len(complete)}, {n_dropped} incomplete rows dropped)",
            )
        """,
        domain=DOMAIN,
        libraries=LIBS_PD,
        inputs={"trial_missing": "trial_missing"},
        checks=[
            "n_dropped == trial_missing[['dose', 'response']].isna().any(axis=1).sum()",
            "not complete[['dose', 'response']].isna().any().any()",
            "len(ax.collections[0].get_offsets()) == len(complete)",
            "f'{n_dropped} incomplete' in figure_summary(fig).axes[0].title",
        ],
        difficulty="basic",
        tags=["error-handling", "missing-data", "regplot"],
        edge_cases={"nan": True, "why": "`trial_missing` has missing dose and response values: the task is about them"},
    )
    yield ex(
        id="sns.palette_name_fallback",
        task="""A palette name `palette_name = "not-a-palette"` comes from a user's settings. Try to
        build a palette with one colour per `site` that occurs in the DataFrame `trial` from it with
        `sns.color_palette`; when seaborn rejects the name, keep the `ValueError` in
        `palette_error` and fall back to the "deep" palette. Store the colours in `palette` and use
        them in a seaborn `countplot` of `site` (hue `site`, no legend, the occurring sites as both
        the bar order and the hue order) on `fig, ax`; label the axes and add a title.""",
        code="""
            import matplotlib.pyplot as plt
            import seaborn as sns

            palette_name = "not-a-palette"
            sites = sorted(trial["site"].dropna().unique())
            try:
                palette = sns.color_palette(palette_name, n_colors=len(sites))
                palette_error = None
            except ValueError as exc:
                palette_error = exc
                palette = sns.color_palette("deep", n_colors=len(sites))
            fig, ax = plt.subplots(figsize=(5, 4))
            # order and hue_order: one bar and one colour per listed site (a categorical may declare more levels)
            sns.countplot(data=trial, x="site", hue="site", order=sites, hue_order=sites, palette=palette, legend=False, ax=ax)
            ax.set(xlabel="Site", ylabel="Participants", title="Participants per site")
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"trial": "trial"},
        checks=[
            "isinstance(palette_error, ValueError)",
            "len(palette) == trial['site'].nunique()",
            "np.allclose(palette, sns.color_palette('deep', n_colors=trial['site'].nunique()))",
            "len({tuple(np.round(b.get_facecolor(), 4)) for bars in ax.containers for b in bars}) == trial['site'].nunique()",
            "figure_summary(fig).axes[0].ylabel == 'Participants'",
        ],
        difficulty="intermediate",
        tags=["error-handling", "color_palette", "countplot"],
        edge_cases=True,
    )
    yield ex(
        id="sns.kde_skip_degenerate_groups",
        task="""Draw one seaborn KDE curve of `response` per `site` of the DataFrame `trial` on
        `fig, ax`, labelled with the site name, but skip groups whose density cannot be estimated
        (fewer than two distinct non-missing values, or values so close that their variance is 0
        in floating point), listing their names in `skipped`; label the
        axes, add a title and, when at least one curve was drawn, a legend titled "Site".""",
        code="""
            import matplotlib.pyplot as plt
            import seaborn as sns

            fig, ax = plt.subplots(figsize=(6, 4))
            skipped = []
            for site, group in trial.groupby("site", observed=True):
                responses = group["response"].dropna()
                # a KDE of a constant or single value is undefined: seaborn would only warn and draw nothing
                if responses.nunique() < 2 or responses.var() == 0:
                    skipped.append(site)
                    continue
                sns.kdeplot(x=responses, label=str(site), ax=ax)
            ax.set(xlabel="Response", ylabel="Density", title="Response density by site")
            if ax.lines:  # every site may have been skipped: then there is nothing to list
                ax.legend(title="Site")
        """,
        domain=DOMAIN,
        libraries=LIBS_PD,
        inputs={"trial": "trial"},
        checks=[
            "len(ax.lines) + len(skipped) == trial['site'].nunique()",
            "sorted(skipped) == sorted(s for s, g in trial.groupby('site', observed=True) if g['response'].nunique() < 2 or g['response'].var() == 0)",
            "sorted(figure_summary(fig).axes[0].legend_labels) == sorted(str(s) for s, g in trial.groupby('site', observed=True) if g['response'].nunique() >= 2 and g['response'].var() > 0)",
            "ax.get_legend().get_title().get_text() == 'Site' if ax.lines else ax.get_legend() is None",
        ],
        difficulty="intermediate",
        tags=["error-handling", "kdeplot", "groupby"],
        edge_cases=True,
    )
    yield ex(
        id="sns.heatmap_empty_cells_masked",
        task="""The DataFrame `trial_missing` has missing `dose` and `response` values. Bin `dose`
        into the bands [0, 2], (2, 4], (4, 6], (6, 8], (8, 10] with `pd.cut` (doses outside 0-10 mg
        fall in no band), build `table`, the mean `response` per `site` (rows, every site) and dose
        band (columns, all five), keeping rows and columns even when empty, count the empty cells in
        `n_empty`, and draw `table` as an annotated seaborn `heatmap` on `fig, ax` with the empty
        cells masked; label the axes and add a title.""",
        code="""
            import matplotlib.pyplot as plt
            import pandas as pd
            import seaborn as sns

            bands = pd.cut(trial_missing["dose"], bins=[0, 2, 4, 6, 8, 10], include_lowest=True)
            table = (
                trial_missing.assign(dose_band=bands)
                .pivot_table(index="site", columns="dose_band", values="response", aggfunc="mean", observed=False)
                # every site and band, also those without a single response
                .reindex(index=trial_missing["site"].cat.categories, columns=bands.cat.categories)
            )
            n_empty = int(table.isna().sum().sum())
            fig, ax = plt.subplots(figsize=(7, 3.5))
            sns.heatmap(table, mask=table.isna(), annot=True, fmt=".1f", cmap="crest", cbar_kws={"label": "Mean response"}, ax=ax)
            ax.set(xlabel="Dose band (mg)", ylabel="Site", title="Mean response by site and dose band")
        """,
        domain=DOMAIN,
        libraries=LIBS_PD,
        inputs={"trial_missing": "trial_missing"},
        checks=[
            "table.shape[1] == 5",
            "(lambda v: np.allclose(np.sort(v[~np.isnan(v)]), np.sort(trial_missing.assign(band=pd.cut(trial_missing['dose'], bins=[0, 2, 4, 6, 8, 10], include_lowest=True))"
            ".groupby(['site', 'band'], observed=True)['response'].mean().dropna())))(table.to_numpy(dtype=float).ravel())",
            "n_empty == table.isna().sum().sum()",
            "figure_summary(fig).axes[0].n_texts == table.size - n_empty",
            "figure_summary(fig).axes[0].xlabel == 'Dose band (mg)' and figure_summary(fig).axes[0].title != ''",
        ],
        difficulty="advanced",
        tags=["error-handling", "missing-data", "heatmap", "pd.cut"],
        edge_cases={"nan": True, "why": "`trial_missing` has missing dose and response values: the task is about them"},
    )
    yield ex(
        id="sns.log_axis_exclude_nonpositive",
        task="""Values that are zero or negative cannot be shown on a logarithmic axis. From the
        array `y`, keep the finite, strictly positive values in `positive`, count the others in
        `n_excluded`, and draw a histogram of `positive` with seaborn `histplot` on a log x axis
        (`log_scale=True`) on `fig, ax`; label the axes and state the number excluded in the
        title.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np
            import seaborn as sns

            keep = np.isfinite(y) & (y > 0)
            positive = y[keep]
            n_excluded = int((~keep).sum())
            fig, ax = plt.subplots(figsize=(6, 4))
            sns.histplot(x=positive, log_scale=True, bins=15, ax=ax)
            ax.set(xlabel="y (log scale)", ylabel="Count", title=f"Positive values ({n_excluded} excluded)")
        """,
        domain=DOMAIN,
        libraries=LIBS_NP,
        inputs={"y": "line.y"},
        checks=[
            "n_excluded == np.sum(~(np.isfinite(y) & (y > 0))) and np.all(positive > 0)",
            "np.isclose(sum(p.get_height() for p in ax.patches), len(positive))",
            "figure_summary(fig).axes[0].xscale == 'log'",
            "f'{n_excluded} excluded' in figure_summary(fig).axes[0].title",
        ],
        difficulty="intermediate",
        tags=["error-handling", "log-scale", "histplot", "validation"],
        edge_cases=True,
    )
    yield ex(
        id="sns.swarmplot_overflow_fallback_strip",
        task="""Draw the integer array `event_counts` as a seaborn `swarmplot` (marker size 8) on
        a small `fig, ax` (3 x 2.5 inches). Repeated values make wide swarms and seaborn warns when
        it cannot place every point: catch that warning (or skip the swarm outright for more than
        300 points), record whether it happened in the bool `overflowed`, and in that case clear
        the axes and draw a jittered, semi-transparent `stripplot` instead; label the y axis
        "Events per interval" and name the plot kind used ("swarm" or "strip") in the title.""",
        code="""
            import warnings

            import matplotlib.pyplot as plt
            import seaborn as sns

            fig, ax = plt.subplots(figsize=(3, 2.5))
            # large swarms are slow to lay out and cannot fit anyway
            overflowed = len(event_counts) > 300
            if not overflowed:
                with warnings.catch_warnings(record=True) as caught:
                    warnings.simplefilter("always")
                    sns.swarmplot(y=event_counts, size=8, ax=ax)
                    fig.canvas.draw()  # the swarm layout, and its warning, happen at draw time
                overflowed = any("cannot be placed" in str(w.message) for w in caught)
            if overflowed:
                # seaborn's own advice: fall back to a strip plot
                ax.clear()
                sns.stripplot(y=event_counts, size=3, jitter=0.35, alpha=0.5, ax=ax)
            kind = "strip" if overflowed else "swarm"
            ax.set(ylabel="Events per interval", title=f"Event counts ({kind} plot)")
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"event_counts": "event_counts"},
        checks=[
            "isinstance(overflowed, bool)",
            "len(ax.collections) == 1 and len(ax.collections[0].get_offsets()) == len(event_counts)",
            "('strip' in figure_summary(fig).axes[0].title) == overflowed and ('swarm' in figure_summary(fig).axes[0].title) != overflowed",
            "(ax.collections[0].get_alpha() == 0.5) == overflowed",
            "figure_summary(fig).axes[0].ylabel == 'Events per interval'",
        ],
        difficulty="advanced",
        tags=["error-handling", "warnings", "swarmplot", "stripplot"],
        edge_cases=True,
    )


def _custom() -> Iterator[Example]:
    yield ex(
        id="sns.barplot_effect_size_bracket",
        task="""Compare mean `response` between the "control" and "drug" arms of the DataFrame
        `trial`: compute Cohen's d (drug minus control, pooled standard deviation) in `cohens_d`
        (NaN when the pooled standard deviation is zero or undefined), draw a seaborn `barplot` of
        the two means with 95% bootstrap confidence intervals (`seed=0`, capped) on `fig, ax`, and
        draw a bracket joining the two bars above the bars and error bars, labelled "d = <value>"
        (two decimals); label the axes and add a title.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np
            import seaborn as sns

            control = trial.loc[trial["treatment"] == "control", "response"].dropna()
            drug = trial.loc[trial["treatment"] == "drug", "response"].dropna()
            n1, n2 = len(control), len(drug)
            # pooled SD on n1 + n2 - 2 degrees of freedom; n * var(ddof=0) is an arm's sum of squares
            # (zero for an arm with a single observation, where var() would be NaN)
            dof = n1 + n2 - 2
            pooled_sd = np.sqrt((n1 * control.var(ddof=0) + n2 * drug.var(ddof=0)) / dof) if dof > 0 else np.nan
            # d is undefined when the responses do not vary within the arms
            cohens_d = (drug.mean() - control.mean()) / pooled_sd if pooled_sd > 0 else np.nan

            fig, ax = plt.subplots(figsize=(4, 5))
            sns.barplot(data=trial, x="treatment", y="response", order=["control", "drug"],
                        errorbar=("ci", 95), seed=0, capsize=0.2, ax=ax)
            # the highest bar or error bar (an arm with a single observation has an all-NaN error bar)
            top = np.nanmax([bar.get_height() for bar in ax.patches] + [y for line in ax.lines for y in line.get_ydata()])
            step = 0.05 * (ax.get_ylim()[1] - ax.get_ylim()[0])
            # bracket from bar 0 to bar 1 (categorical x positions), just above it
            ax.plot([0, 0, 1, 1], [top + step, top + 2 * step, top + 2 * step, top + step], color="black", linewidth=1)
            ax.text(0.5, top + 2.2 * step, f"d = {cohens_d:.2f}", ha="center", va="bottom")
            ax.set(xlabel="Treatment", ylabel="Mean response (95% CI)", title="Drug vs control")
        """,
        domain=DOMAIN,
        libraries=LIBS_PD_NP,
        inputs={"trial": "trial"},
        checks=[
            # d from the pooled SD; NaN where that is zero or undefined (fewer than three responses)
            "(lambda c, d: (lambda sd: np.isnan(cohens_d) if not sd > 0 else np.isclose(cohens_d, (d.mean() - c.mean()) / sd))"
            "(np.sqrt((len(c) * c.var(ddof=0) + len(d) * d.var(ddof=0)) / (len(c) + len(d) - 2)) if len(c) + len(d) > 2 else np.nan))"
            "(trial.loc[trial['treatment'] == 'control', 'response'].dropna(), trial.loc[trial['treatment'] == 'drug', 'response'].dropna())",
            "any(list(ln.get_xdata()) == [0, 0, 1, 1] and min(ln.get_ydata()) > np.nanmax([p.get_height() for p in ax.patches] + [y for l in ax.lines if l is not ln for y in l.get_ydata()]) for ln in ax.lines)",
            "[t.get_text() for t in ax.texts] == [f'd = {cohens_d:.2f}']",
            "np.allclose([p.get_height() for p in ax.patches], [trial.loc[trial['treatment'] == t, 'response'].mean() for t in ['control', 'drug']])",
            "figure_summary(fig).axes[0].ylabel == 'Mean response (95% CI)'",
        ],
        difficulty="advanced",
        tags=["barplot", "annotation", "effect-size", "custom-plotting"],
        edge_cases={"one_level": False, "min_size": 2, "why": "the task compares the two arms: both treatments must occur (two levels, two or more rows)"},
    )
    yield ex(
        id="sns.twin_axis_weekly_weather",
        task="""Resample the daily DataFrame `weather` (DatetimeIndex) to weekly values `weekly`
        (mean `temperature`, total `rainfall`), draw the weekly temperature with seaborn `lineplot`
        on `fig, ax` and the weekly rainfall as bars on a twin y axis `rain_ax`, keeping the line
        in front of the bars; label both y axes and the x axis, add a title and one legend listing
        "Mean temperature" and "Weekly rainfall".""",
        code="""
            import matplotlib.pyplot as plt
            import seaborn as sns

            weekly = weather.resample("W").agg({"temperature": "mean", "rainfall": "sum"})
            fig, ax = plt.subplots(figsize=(9, 4))
            sns.lineplot(x=weekly.index, y=weekly["temperature"], color="tab:red", label="Mean temperature", legend=False, ax=ax)
            rain_ax = ax.twinx()
            rain_ax.bar(weekly.index, weekly["rainfall"], width=5, color="tab:blue", alpha=0.4, label="Weekly rainfall")
            # a twin axes is drawn on top: raise the line's axes and make its background transparent
            ax.set_zorder(rain_ax.get_zorder() + 1)
            ax.patch.set_visible(False)
            ax.set(xlabel="Week", ylabel="Temperature (°C)", title="Weekly temperature and rainfall")
            rain_ax.set_ylabel("Rainfall (mm/week)")
            handles, labels = [sum(pair, []) for pair in zip(ax.get_legend_handles_labels(), rain_ax.get_legend_handles_labels())]
            ax.legend(handles, labels, loc="upper left")
        """,
        domain=DOMAIN,
        libraries=LIBS_PD,
        inputs={"weather": "weather"},
        checks=[
            "np.allclose(weekly['rainfall'], weather['rainfall'].resample('W').sum())",
            "figure_summary(fig).n_axes == 2 and len(rain_ax.patches) == len(weekly)",
            "figure_summary(fig).axes[0].legend_labels == ['Mean temperature', 'Weekly rainfall']",
            "sorted(figure_summary(fig).ylabels) == sorted(['Temperature (°C)', 'Rainfall (mm/week)'])",
            "ax.get_zorder() > rain_ax.get_zorder()",
        ],
        difficulty="advanced",
        tags=["lineplot", "twinx", "resample", "timeseries", "custom-plotting"],
        edge_cases=True,
    )
    yield ex(
        id="sns.rolling_mean_sd_band",
        task="""Smooth the daily `temperature` of the DataFrame `weather` (DatetimeIndex) with a
        centred 30-day rolling window (at least 10 observations), keeping the rolling mean and
        standard deviation in the DataFrame `smooth` (columns `mean` and `std`); draw the raw
        series in light grey and the rolling mean in red with seaborn `lineplot` on `fig, ax`,
        shade mean ± 1 SD with `ax.fill_between`, label the axes, add a title and a legend with
        "Daily", "30-day mean" and "±1 SD".""",
        code="""
            import matplotlib.pyplot as plt
            import pandas as pd
            import seaborn as sns

            rolling = weather["temperature"].rolling(30, center=True, min_periods=10)
            smooth = pd.DataFrame({"mean": rolling.mean(), "std": rolling.std()})
            fig, ax = plt.subplots(figsize=(9, 4))
            sns.lineplot(x=weather.index, y=weather["temperature"], color="0.7", linewidth=0.8, label="Daily", ax=ax)
            sns.lineplot(x=smooth.index, y=smooth["mean"], color="tab:red", label="30-day mean", ax=ax)
            ax.fill_between(smooth.index, smooth["mean"] - smooth["std"], smooth["mean"] + smooth["std"],
                            color="tab:red", alpha=0.2, label="±1 SD")
            ax.set(xlabel="Date", ylabel="Temperature (°C)", title="Daily temperature with 30-day rolling mean")
            ax.legend()
        """,
        domain=DOMAIN,
        libraries=LIBS_PD,
        inputs={"weather": "weather"},
        checks=[
            "np.allclose(smooth['mean'], weather['temperature'].rolling(30, center=True, min_periods=10).mean(), equal_nan=True)",
            "list(smooth.columns) == ['mean', 'std'] and smooth.index.equals(weather.index)",
            "figure_summary(fig).axes[0].legend_labels == ['Daily', '30-day mean', '±1 SD']",
            "figure_summary(fig).axes[0].n_collections >= 1",
            "figure_summary(fig).axes[0].ylabel == 'Temperature (°C)' and figure_summary(fig).axes[0].title != ''",
        ],
        difficulty="intermediate",
        tags=["lineplot", "rolling", "fill_between", "timeseries", "custom-plotting"],
        edge_cases=True,
    )
