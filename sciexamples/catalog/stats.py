"""Statistics with scipy.stats: descriptive summaries, hypothesis tests, distributions, resampling."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from . import ex
from ..example import Example

DOMAIN = "statistics"
LIBS = ["scipy.stats", "numpy"]

# Checks recompute results with scipy.stats; they reach it by import rather than through the
# snippet's `stats` name, so an answer written with `from scipy.stats import ttest_ind` passes too.
_STATS_IN_CHECK = re.compile(r"(?<![\w.'\"])stats\.")


def _example(**fields: Any) -> Example:
    fields["checks"] = [_STATS_IN_CHECK.sub("scipy.stats.", c) for c in fields["checks"]]
    return ex(**fields)


def examples() -> Iterator[Example]:
    yield from _descriptive()
    yield from _tests()
    yield from _resampling()
    yield from _density_and_regression()
    yield from _distributions()
    yield from _error_handling()
    yield from _study_design()
    yield from _plots()


def _descriptive() -> Iterator[Example]:
    yield _example(
        id="stats.describe_summary",
        task="""Summarize the 1-D sample `values` with `scipy.stats.describe` and store the result in
        `summary` (number of observations, min/max, mean, unbiased variance, skewness, kurtosis).""",
        code="""
            from scipy import stats

            summary = stats.describe(values)
        """,
        domain=DOMAIN,
        libraries=["scipy.stats"],
        inputs={"values": "values"},
        checks=[
            "summary.nobs == len(values)",
            "np.isclose(summary.mean, np.mean(values))",
            # one observation has no unbiased variance: NaN in both
            "np.isclose(summary.variance, np.var(values, ddof=1), equal_nan=True)",
            "tuple(summary.minmax) == (values.min(), values.max())",
        ],
        difficulty="basic",
        tags=["descriptive"],
        edge_cases={
            "constant": False,
            "why": "describe's skewness and kurtosis are undefined without spread (scipy warns of precision loss"
            " on constant data)",
        },
    )
    yield _example(
        id="stats.skew_kurtosis_unbiased",
        task="""Measure the asymmetry and tail weight of the right-skewed sample `skewed`: store the
        bias-corrected sample skewness in `skewness` and the bias-corrected excess (Fisher) kurtosis
        in `excess_kurtosis` (both NaN when the values differ only by rounding).""",
        code="""
            from scipy import stats

            # bias=False applies the small-sample corrections (the G1 and G2 estimators)
            skewness = stats.skew(skewed, bias=False)
            excess_kurtosis = stats.kurtosis(skewed, fisher=True, bias=False)
        """,
        domain=DOMAIN,
        libraries=["scipy.stats"],
        inputs={"skewed": "skewed"},
        checks=[
            # a spread lost in rounding (values a few floating-point steps apart) counts as none
            "np.isclose(skewness, (lambda d, n: np.mean(d**3) / np.mean(d**2) ** 1.5"
            " * np.sqrt(n * (n - 1)) / (n - 2))(skewed - skewed.mean(), len(skewed)))"
            " or (np.isnan(skewness) and np.std(skewed) <= 1e-12 * np.mean(skewed))",
            "np.isclose(excess_kurtosis, (lambda d, n: ((n + 1) * (np.mean(d**4) / np.mean(d**2) ** 2 - 3) + 6)"
            " * (n - 1) / ((n - 2) * (n - 3)))(skewed - skewed.mean(), len(skewed)))"
            " or (np.isnan(excess_kurtosis) and np.std(skewed) <= 1e-12 * np.mean(skewed))",
        ],
        difficulty="basic",
        tags=["descriptive", "shape"],
        edge_cases={
            "min_size": 4,
            "constant": False,
            "why": "the G2 kurtosis estimator divides by (n - 2)(n - 3), so it needs four observations (below"
            " that scipy silently returns the biased value), and both shapes are undefined without spread",
        },
    )
    yield _example(
        id="stats.mode_of_counts",
        task="""Find the most frequent value of the integer count data `event_counts` with
        `scipy.stats.mode`; store the value in `most_common` and how often it occurs in `frequency`.""",
        code="""
            from scipy import stats

            result = stats.mode(event_counts)
            most_common, frequency = result.mode, result.count
        """,
        domain=DOMAIN,
        libraries=["scipy.stats"],
        inputs={"event_counts": "event_counts"},
        checks=[
            "frequency == np.bincount(event_counts).max()",
            # scipy returns the smallest value among tied modes, as argmax does
            "most_common == np.bincount(event_counts).argmax()",
        ],
        difficulty="basic",
        tags=["descriptive", "counts"],
        edge_cases=True,
    )
    yield _example(
        id="stats.median_abs_deviation_normal",
        task="""Estimate the spread of `values` robustly with the median absolute deviation, rescaled
        so that it estimates the standard deviation for normally distributed data; store it in
        `robust_sigma`.""",
        code="""
            from scipy import stats

            # scale="normal" divides the raw MAD by 0.6745 (the normal quartile) so it estimates sigma
            robust_sigma = stats.median_abs_deviation(values, scale="normal")
        """,
        domain=DOMAIN,
        libraries=["scipy.stats"],
        inputs={"values": "values"},
        checks=[
            "np.isclose(robust_sigma, np.median(np.abs(values - np.median(values))) / stats.norm.ppf(0.75))",
            "robust_sigma >= 0",
        ],
        difficulty="basic",
        tags=["descriptive", "robust"],
        edge_cases=True,
    )
    yield _example(
        id="stats.coefficient_of_variation_columns",
        task="""Compute the coefficient of variation (population standard deviation divided by the
        mean) of every column of the DataFrame `measurements` with `scipy.stats.variation`; store it
        as a Series indexed by column name in `cv`.""",
        code="""
            from scipy import stats

            cv = measurements.apply(stats.variation)
        """,
        domain=DOMAIN,
        libraries=["scipy.stats", "pandas"],
        inputs={"measurements": "measurements"},
        checks=[
            "list(cv.index) == list(measurements.columns)",
            "np.allclose(cv, measurements.std(ddof=0) / measurements.mean(), equal_nan=True)",
        ],
        difficulty="basic",
        tags=["descriptive", "dataframe"],
        edge_cases=True,
    )
    yield _example(
        id="stats.pythagorean_means",
        task="""For the positive, right-skewed sample `skewed`, compute the arithmetic mean
        `arithmetic`, the geometric mean `geometric` and the harmonic mean `harmonic`.""",
        code="""
            import numpy as np
            from scipy import stats

            arithmetic = np.mean(skewed)
            geometric = stats.gmean(skewed)
            harmonic = stats.hmean(skewed)
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"skewed": "skewed"},
        checks=[
            # HM <= GM <= AM, up to rounding when all values are equal
            "harmonic <= geometric * (1 + 1e-12) and geometric <= arithmetic * (1 + 1e-12)",
            "np.isclose(geometric, np.exp(np.mean(np.log(skewed))))",
            "np.isclose(harmonic, len(skewed) / np.sum(1 / skewed))",
        ],
        difficulty="basic",
        tags=["descriptive"],
        edge_cases=True,
    )
    yield _example(
        id="stats.percentile_rank",
        task="""Find the 90th percentile of `values` with `scipy.stats.scoreatpercentile` and store it
        in `threshold`; then compute with `percentileofscore` (kind="weak") the percentage of values
        at or below `threshold`, stored in `percent_below`.""",
        code="""
            from scipy import stats

            threshold = stats.scoreatpercentile(values, 90)
            # kind="weak" counts values <= score, i.e. the empirical CDF in percent
            percent_below = stats.percentileofscore(values, threshold, kind="weak")
        """,
        domain=DOMAIN,
        libraries=["scipy.stats"],
        inputs={"values": "values"},
        checks=[
            "np.isclose(threshold, np.percentile(values, 90))",
            "np.isclose(percent_below, 100 * np.mean(values <= threshold))",
            # with distinct values the weak rank lands within one observation of 90%
            "len(np.unique(values)) < len(values) or abs(percent_below - 90) <= 100 / len(values) + 1e-9",
        ],
        difficulty="basic",
        tags=["descriptive", "percentiles"],
        edge_cases=True,
    )
    rank_checks = {
        "average": [
            "np.isclose(ranks.sum(), len(event_counts) * (len(event_counts) + 1) / 2)",
            "all(np.ptp(ranks[event_counts == v]) == 0 for v in np.unique(event_counts))",
        ],
        "dense": [
            "ranks.max() == len(np.unique(event_counts))",
            "np.array_equal(ranks, np.searchsorted(np.unique(event_counts), event_counts) + 1)",
        ],
        "ordinal": [
            "np.array_equal(np.sort(ranks), np.arange(1, len(event_counts) + 1))",
            "np.all(np.diff(event_counts[np.argsort(ranks)]) >= 0)",
        ],
    }
    rank_meaning = {
        "average": "tied values share the mean of the ranks they span",
        "dense": "tied values share a rank and the next distinct value gets the next integer",
        "ordinal": "every value gets a distinct rank, ties broken by order of appearance",
    }
    for method, checks in rank_checks.items():
        yield _example(
            id=f"stats.rankdata.{method}",
            family="stats.rankdata",
            task=f"""Rank the integer counts `event_counts` (which contain many ties) with
            `scipy.stats.rankdata` using method="{method}" ({rank_meaning[method]}); store the ranks
            in `ranks`.""",
            code=f"""
                from scipy import stats

                ranks = stats.rankdata(event_counts, method="{method}")
            """,
            domain=DOMAIN,
            libraries=["scipy.stats"],
            inputs={"event_counts": "event_counts"},
            checks=["ranks.shape == event_counts.shape", *checks],
            difficulty="basic",
            tags=["ranks", "ties", "parameter-tuning"],
            edge_cases=True,
        )
    yield _example(
        id="stats.binned_statistic_mean",
        task="""Split the `dose` column of the trial DataFrame `trial` into 5 equal-width bins and
        compute the mean `response` in each bin with `scipy.stats.binned_statistic`; store the means
        in `bin_means`, the edges in `bin_edges` and each row's 1-based bin index in `bin_number`.""",
        code="""
            from scipy import stats

            bin_means, bin_edges, bin_number = stats.binned_statistic(
                trial["dose"], trial["response"], statistic="mean", bins=5
            )
        """,
        domain=DOMAIN,
        libraries=["scipy.stats", "pandas"],
        inputs={"trial": "trial"},
        checks=[
            "len(bin_edges) == 6 and len(bin_means) == 5",
            # equal doses span no range: scipy then centres the bins on that dose (dose +- 0.5)
            "np.isclose(bin_edges[0], trial['dose'].min()) and np.isclose(bin_edges[-1], trial['dose'].max())"
            " or (trial['dose'].nunique() == 1"
            " and np.isclose((bin_edges[0] + bin_edges[-1]) / 2, trial['dose'].max(), rtol=1e-9, atol=1e-12))",
            "all(np.isclose(bin_means[i], trial['response'][bin_number == i + 1].mean())"
            " for i in range(5) if (bin_number == i + 1).any())",
        ],
        difficulty="intermediate",
        tags=["binning", "dataframe"],
        edge_cases=True,
    )
    yield _example(
        id="stats.entropy_and_kl_poisson",
        task="""From the integer counts `event_counts`, build the observed frequency distribution
        `observed` over 0..max, its Shannon entropy in bits `shannon_bits`, and the Kullback-Leibler
        divergence `kl_divergence` (in nats) from a Poisson distribution with the sample mean,
        `expected`, using `scipy.stats.entropy`.""",
        code="""
            import numpy as np
            from scipy import stats

            k = np.arange(event_counts.max() + 1)
            observed = np.bincount(event_counts) / len(event_counts)
            expected = stats.poisson.pmf(k, event_counts.mean())
            shannon_bits = stats.entropy(observed, base=2)
            # entropy(p, q) is the relative entropy D(p || q); q is renormalized over the same support
            kl_divergence = stats.entropy(observed, expected)
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"event_counts": "event_counts"},
        checks=[
            "np.isclose(observed.sum(), 1.0)",
            "np.isclose(shannon_bits, -np.sum(observed[observed > 0] * np.log2(observed[observed > 0])))",
            "kl_divergence >= 0",
            "np.isclose(kl_divergence, (lambda p, q: np.sum(p[p > 0] * np.log(p[p > 0] / q[p > 0])))"
            "(observed, expected / expected.sum()))",
        ],
        difficulty="intermediate",
        tags=["information-theory", "poisson"],
        edge_cases=True,
    )
    yield _example(
        id="stats.wasserstein_energy_distance",
        task="""Quantify how different the distributions of samples `a` and `b` are: store the 1-D
        Wasserstein (earth mover's) distance in `w_distance` and the energy distance in
        `e_distance`.""",
        code="""
            from scipy import stats

            w_distance = stats.wasserstein_distance(a, b)
            e_distance = stats.energy_distance(a, b)
        """,
        domain=DOMAIN,
        libraries=["scipy.stats"],
        inputs={"a": "groups.a", "b": "groups.b"},
        checks=[
            # W1 is the area between the two empirical CDFs
            "np.isclose(w_distance, (lambda s: np.sum(np.abs("
            "np.searchsorted(np.sort(a), s[:-1], 'right') / len(a)"
            " - np.searchsorted(np.sort(b), s[:-1], 'right') / len(b)) * np.diff(s)))"
            "(np.sort(np.concatenate([a, b]))))",
            "w_distance >= abs(np.mean(a) - np.mean(b)) * (1 - 1e-9) - 1e-12",
            # squared energy distance = 2 E|A - B| - E|A - A'| - E|B - B'|, compared squared and with
            # rounding relative to the distances (a square root magnifies it near 0)
            "(lambda cross, within_a, within_b: np.isclose(e_distance**2, 2 * cross - within_a - within_b, rtol=1e-6,"
            " atol=1e-12 * cross))(np.abs(a[:, None] - b).mean(), np.abs(a[:, None] - a).mean(), np.abs(b[:, None] - b).mean())",
        ],
        difficulty="intermediate",
        tags=["distance", "two-sample"],
        edge_cases=True,
    )
    yield _example(
        id="stats.groupby_sem_iqr",
        task="""Summarize `response` by `treatment` in the DataFrame `trial`: store in `summary` a
        DataFrame with one row per treatment and the columns `count`, `mean`, `sem` (standard error
        of the mean, `scipy.stats.sem`) and `iqr` (interquartile range, `scipy.stats.iqr`).""",
        code="""
            from scipy import stats

            summary = trial.groupby("treatment", observed=True)["response"].agg(
                ["count", "mean", stats.sem, stats.iqr]
            )
        """,
        domain=DOMAIN,
        libraries=["scipy.stats", "pandas"],
        inputs={"trial": "trial"},
        checks=[
            "list(summary.columns) == ['count', 'mean', 'sem', 'iqr']",
            "set(summary.index) == set(trial['treatment'].dropna().unique())",
            # a single-patient arm has no standard error: NaN in both
            "np.allclose(summary['sem'], trial.groupby('treatment', observed=True)['response'].std()"
            " / np.sqrt(summary['count']), equal_nan=True)",
            "np.allclose(summary['iqr'], trial.groupby('treatment', observed=True)['response']"
            ".quantile(0.75) - trial.groupby('treatment', observed=True)['response'].quantile(0.25))",
        ],
        difficulty="intermediate",
        tags=["descriptive", "groupby", "dataframe"],
        edge_cases=True,
    )


def _tests() -> Iterator[Example]:
    yield _example(
        id="stats.welch_ttest_ci",
        task="""Compare the means of the independent samples `a` and `b` with Welch's t-test (no
        equal-variance assumption); store the test result in `result` and the 95% confidence
        interval for mean(a) - mean(b) in `ci`.""",
        code="""
            from scipy import stats

            # equal_var=False gives Welch's test, safer than Student's when spreads may differ
            result = stats.ttest_ind(a, b, equal_var=False)
            ci = result.confidence_interval(confidence_level=0.95)
        """,
        domain=DOMAIN,
        libraries=["scipy.stats"],
        inputs={"a": "groups.a", "b": "groups.b"},
        checks=[
            "0 <= result.pvalue <= 1",
            "np.isclose(result.statistic, (a.mean() - b.mean())"
            " / np.sqrt(a.var(ddof=1) / len(a) + b.var(ddof=1) / len(b)))",
            "ci.low <= a.mean() - b.mean() <= ci.high",
        ],
        difficulty="basic",
        tags=["t-test", "two-sample", "confidence-interval"],
        edge_cases={"constant": False, "why": "a t-test needs samples that vary"},
    )
    alternative_p = {
        "two-sided": ("mean(after - before) differs from zero", "2 * stats.t.sf(abs(result.statistic), result.df)"),
        "less": ("mean(after - before) is below zero", "stats.t.cdf(result.statistic, result.df)"),
        "greater": ("mean(after - before) is above zero", "stats.t.sf(result.statistic, result.df)"),
    }
    for alternative, (hypothesis, manual_p) in alternative_p.items():
        name = alternative.replace("-", "_")
        yield _example(
            id=f"stats.paired_ttest_alternative.{name}",
            family="stats.paired_ttest_alternative",
            task=f"""Run a paired t-test on the repeated measurements `before` and `after` of the same
            subjects with alternative="{alternative}" (H1: {hypothesis}); store the result in
            `result` (its statistic is NaN when every difference is zero).""",
            code=f"""
                from scipy import stats

                result = stats.ttest_rel(after, before, alternative="{alternative}")
            """,
            domain=DOMAIN,
            libraries=["scipy.stats"],
            inputs={"before": "paired.a", "after": "paired.b"},
            checks=[
                # identical before and after make t = 0 / 0: NaN in both
                "np.isclose(result.statistic, stats.ttest_1samp(after - before, 0.0).statistic, equal_nan=True)",
                "result.df == len(before) - 1",
                f"np.isclose(result.pvalue, {manual_p}, equal_nan=True)",
            ],
            difficulty="intermediate",
            tags=["t-test", "paired", "one-sided", "parameter-tuning"],
            edge_cases=True,
        )
    for level, word in ((0.90, "0p90"), (0.99, "0p99")):
        yield _example(
            id=f"stats.one_sample_ttest_ci.level_{word}",
            family="stats.one_sample_ttest_ci",
            task=f"""Test whether the mean of `values` differs from 50 with a one-sample t-test, stored
            in `result`, and compute the {level:.0%} confidence interval for the mean in `ci`.""",
            code=f"""
                from scipy import stats

                result = stats.ttest_1samp(values, popmean=50.0)
                ci = result.confidence_interval(confidence_level={level})
            """,
            domain=DOMAIN,
            libraries=["scipy.stats"],
            inputs={"values": "values"},
            checks=[
                "np.isclose(result.statistic, (values.mean() - 50.0) / stats.sem(values))",
                "ci.low <= values.mean() <= ci.high",
                f"np.isclose(ci.high - ci.low, 2 * stats.t.ppf((1 + {level}) / 2, len(values) - 1) * stats.sem(values))",
            ],
            difficulty="basic",
            tags=["t-test", "confidence-interval", "parameter-tuning"],
            edge_cases={
                "min_size": 2,
                "constant": False,
                "why": "a t-test and its interval need at least two observations that vary (a standard error above 0)",
            },
        )
    yield _example(
        id="stats.mann_whitney_effect_size",
        task="""Compare the independent samples `a` and `b` with the two-sided Mann-Whitney U test,
        stored in `result`, and report the common-language effect size `effect_size` = U / (n_a n_b),
        the probability that a random value of `a` exceeds a random value of `b`.""",
        code="""
            from scipy import stats

            result = stats.mannwhitneyu(a, b, alternative="two-sided")
            effect_size = result.statistic / (len(a) * len(b))
        """,
        domain=DOMAIN,
        libraries=["scipy.stats"],
        inputs={"a": "groups.a", "b": "groups.b"},
        checks=[
            "0 <= result.pvalue <= 1",
            "np.isclose(result.statistic, stats.rankdata(np.concatenate([a, b]))[: len(a)].sum()"
            " - len(a) * (len(a) + 1) / 2)",
            "np.isclose(effect_size, np.mean(a[:, None] > b) + 0.5 * np.mean(a[:, None] == b))",
        ],
        difficulty="intermediate",
        tags=["nonparametric", "two-sample", "effect-size"],
        edge_cases=True,
    )
    yield _example(
        id="stats.wilcoxon_signed_rank",
        task="""Test whether paired measurements changed with the Wilcoxon signed-rank test on
        `before` and `after` (same subjects); store the test in `result` and the median of the
        paired differences after - before in `median_change`. Raise a ValueError when every
        difference is zero, since the test then has nothing to rank.""",
        code="""
            import numpy as np
            from scipy import stats

            differences = after - before
            if not np.any(differences):
                # zero differences are dropped before ranking, so none would be left
                raise ValueError("every paired difference is zero: the signed-rank test is undefined")
            result = stats.wilcoxon(after, before)
            median_change = np.median(differences)
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"before": "paired.a", "after": "paired.b"},
        checks=[
            "0 <= result.pvalue <= 1",
            # two-sided statistic: the smaller of the positive and negative signed-rank sums, zero
            # differences dropped (zero_method="wilcox")
            "np.isclose(result.statistic, (lambda d: (lambda r: min(r[d > 0].sum(), r[d < 0].sum()))"
            "(stats.rankdata(np.abs(d))))((after - before)[after - before != 0]))",
            "np.isclose(median_change, np.median(after - before))",
        ],
        difficulty="intermediate",
        tags=["nonparametric", "paired"],
        edge_cases={
            "raises": "ValueError",
            "why": "the signed-rank test is undefined when no subject changed (every difference zero): the snippet raises ValueError",
        },
    )
    yield _example(
        id="stats.kruskal_wallis",
        task="""Test whether the three independent samples `a`, `b` and `c` come from the same
        distribution with the Kruskal-Wallis H test; store the result in `result`.""",
        code="""
            from scipy import stats

            result = stats.kruskal(a, b, c)
        """,
        domain=DOMAIN,
        libraries=["scipy.stats"],
        inputs={"a": "groups.a", "b": "groups.b", "c": "groups.c"},
        checks=[
            "0 <= result.pvalue <= 1",
            # H from the pooled ranks, divided by the correction for tied values
            "np.isclose(result.statistic, (lambda groups: (lambda r, n, t: (12 / (n.sum() * (n.sum() + 1))"
            " * sum(rs.sum() ** 2 / len(rs) for rs in np.split(r, np.cumsum(n)[:-1])) - 3 * (n.sum() + 1))"
            " / (1 - np.sum(t**3 - t) / (n.sum() ** 3 - n.sum())))"
            "(stats.rankdata(np.concatenate(groups)), np.array([len(g) for g in groups]),"
            " np.unique(np.concatenate(groups), return_counts=True)[1]))([a, b, c]))",
        ],
        difficulty="intermediate",
        tags=["nonparametric", "k-sample"],
        edge_cases={
            "constant": False,
            "why": "H is undefined when every observation is the same value (scipy raises or returns NaN by version);"
            " the samples strategy can only exclude that by keeping each sample from being constant",
        },
    )
    yield _example(
        id="stats.one_way_anova_eta_squared",
        task="""Run a one-way ANOVA on the independent samples `a`, `b` and `c`, stored in `result`,
        and compute the effect size eta squared (between-group sum of squares over total sum of
        squares) in `eta_squared`.""",
        code="""
            import numpy as np
            from scipy import stats

            groups = [a, b, c]
            result = stats.f_oneway(*groups)

            pooled = np.concatenate(groups)
            ss_between = sum(len(g) * (g.mean() - pooled.mean()) ** 2 for g in groups)
            ss_total = np.sum((pooled - pooled.mean()) ** 2)
            eta_squared = ss_between / ss_total
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"a": "groups.a", "b": "groups.b", "c": "groups.c"},
        checks=[
            # equal group means give F = 0 up to rounding; scipy returns a NaN p-value when that
            # rounding lands below 0
            "0 <= result.pvalue <= 1 or (np.isnan(result.pvalue) and not result.statistic > 0)",
            "0 <= eta_squared <= 1",
            # F and eta^2 are two views of the same sums of squares
            "np.isclose(eta_squared, result.statistic * 2 / (result.statistic * 2 + len(a) + len(b) + len(c) - 3))",
        ],
        difficulty="intermediate",
        tags=["anova", "k-sample", "effect-size"],
        edge_cases={"constant": False, "why": "ANOVA's F and eta squared need samples that vary"},
    )
    yield _example(
        id="stats.anova_or_alexander_govern",
        task="""Compare the means of samples `a`, `b` and `c`: first test equality of variances with
        Levene's test; if it is not rejected at 5% use one-way ANOVA, otherwise the Alexander-Govern
        test (robust to unequal variances). Store the chosen test's result in `result` and its name
        ("anova" or "alexander-govern") in `test_used`.""",
        code="""
            from scipy import stats

            samples = [a, b, c]
            equal_variances = stats.levene(*samples).pvalue > 0.05
            if equal_variances:
                result = stats.f_oneway(*samples)
                test_used = "anova"
            else:
                # does not assume a common variance, unlike the classic F test
                result = stats.alexandergovern(*samples)
                test_used = "alexander-govern"
        """,
        domain=DOMAIN,
        libraries=["scipy.stats"],
        inputs={"a": "groups.a", "b": "groups.b", "c": "groups.c"},
        checks=[
            "test_used == ('anova' if stats.levene(a, b, c).pvalue > 0.05 else 'alexander-govern')",
            "np.isclose(result.pvalue, (stats.f_oneway if test_used == 'anova' else stats.alexandergovern)(a, b, c).pvalue,"
            " equal_nan=True)",
            # equal group means give F = 0 up to rounding; scipy returns a NaN p-value when that
            # rounding lands below 0
            "0 <= result.pvalue <= 1 or (np.isnan(result.pvalue) and not result.statistic > 0)",
        ],
        difficulty="advanced",
        tags=["anova", "k-sample", "test-choice"],
        edge_cases={"constant": False, "why": "ANOVA and the Alexander-Govern test need samples that vary"},
    )
    variance_tests = {
        "levene": (
            "Levene's test (median-centred, robust to non-normality)",
            ["np.isclose(result.statistic, stats.f_oneway(*(np.abs(g - np.median(g)) for g in (a, b, c))).statistic)"],
        ),
        "bartlett": (
            "Bartlett's test (most powerful under normality, sensitive to non-normal data)",
            ["np.isclose(result.statistic, (lambda gs: (lambda n, v: ((n.sum() - 3) * np.log(np.sum((n - 1) * v) / (n.sum() - 3))"
             " - np.sum((n - 1) * np.log(v))) / (1 + (np.sum(1 / (n - 1)) - 1 / (n.sum() - 3)) / 6))"
             "(np.array([len(g) for g in gs]), np.array([g.var(ddof=1) for g in gs])))((a, b, c)))"],
        ),
        "fligner": (
            "the Fligner-Killeen test (rank based, robust to outliers)",
            [],
        ),
    }
    median_centred = {
        "min_size": 3,
        "constant": False,
        "why": "the test compares spreads, so every sample must vary; it works on absolute deviations from"
        " the median, and with two observations both deviations are equal",
    }
    variance_edge_cases = {
        "levene": median_centred,
        "bartlett": {"constant": False, "why": "Bartlett's statistic takes the log of each sample variance, so every sample must vary"},
        "fligner": median_centred,
    }
    for test, (description, extra_checks) in variance_tests.items():
        yield _example(
            id=f"stats.equal_variance_test.{test}",
            family="stats.equal_variance_test",
            task=f"""Test whether the samples `a`, `b` and `c` have equal variances with {description},
            using `scipy.stats.{test}`; store the result in `result` and whether equal variances are
            plausible at the 5% level in `equal_variances`.""",
            code=f"""
                from scipy import stats

                result = stats.{test}(a, b, c)
                equal_variances = result.pvalue > 0.05
            """,
            domain=DOMAIN,
            libraries=["scipy.stats"],
            inputs={"a": "groups.a", "b": "groups.b", "c": "groups.c"},
            checks=[
                # the statistic is >= 0: equal spreads give 0 up to rounding, and scipy's p-value may
                # be NaN then
                "result.statistic > -1e-9 and (0 <= result.pvalue <= 1 or (np.isnan(result.pvalue) and not result.statistic > 0))",
                "bool(equal_variances) == (result.pvalue > 0.05)",
                # a variance test sees only spread: mirroring a sample (x -> -x, exact in floating
                # point) moves its mean but not its spread
                f"np.isclose(result.statistic, stats.{test}(-a, b, c).statistic)",
                *extra_checks,
            ],
            difficulty="basic",
            tags=["variance", "k-sample", "test-choice"],
            edge_cases=variance_edge_cases[test],
        )
    normality_tests = {
        "shapiro": ("the Shapiro-Wilk test", "np.isclose(pvalues.iloc[-1], stats.shapiro(measurements.iloc[:, -1]).pvalue)"),
        "normaltest": (
            "D'Agostino and Pearson's omnibus test (skewness and kurtosis)",
            "np.isclose(pvalues.iloc[0], stats.chi2.sf(stats.skewtest(measurements.iloc[:, 0]).statistic ** 2"
            " + stats.kurtosistest(measurements.iloc[:, 0]).statistic ** 2, 2), equal_nan=True)",
        ),
        "jarque_bera": (
            "the Jarque-Bera test",
            "np.isclose(pvalues.iloc[0], (lambda x: stats.chi2.sf(len(x) / 6 * (stats.skew(x) ** 2"
            " + stats.kurtosis(x) ** 2 / 4), 2))(measurements.iloc[:, 0]), equal_nan=True)",
        ),
    }
    normality_edge_cases = {
        "shapiro": {"min_size": 3, "constant": False, "why": "Shapiro-Wilk needs at least three observations per column, and columns that vary"},
        "normaltest": {
            "min_size": 20,
            "constant": False,
            "why": "the kurtosis part of the omnibus test is valid from 20 observations (scipy), and needs columns that vary",
        },
        "jarque_bera": {"min_size": 2, "constant": False, "why": "skewness and kurtosis need at least two observations per column that vary"},
    }
    for test, (description, extra_check) in normality_tests.items():
        yield _example(
            id=f"stats.normality_by_column.{test}",
            family="stats.normality_by_column",
            task=f"""Test every column of the DataFrame `measurements` for normality with
            {description} (`scipy.stats.{test}`); store the p-values as a Series indexed by column in
            `pvalues` and the names of the columns rejected at the 5% level in the list
            `non_normal`.""",
            code=f"""
                from scipy import stats

                pvalues = measurements.apply(lambda column: stats.{test}(column).pvalue)
                non_normal = pvalues.index[pvalues < 0.05].tolist()
            """,
            domain=DOMAIN,
            libraries=["scipy.stats", "pandas"],
            inputs={"measurements": "measurements"},
            checks=[
                "list(pvalues.index) == list(measurements.columns)",
                # a column so close to 0 that its fourth central moment underflows has no kurtosis: NaN
                "(pvalues.between(0, 1) | measurements.sub(measurements.mean()).pow(4).mean().eq(0)).all()",
                "sorted(non_normal) == sorted(c for c in measurements.columns if pvalues[c] < 0.05)",
                extra_check,
            ],
            difficulty="intermediate",
            tags=["normality", "dataframe", "test-choice"],
            edge_cases=normality_edge_cases[test],
        )
    yield _example(
        id="stats.kstest_uniform",
        task="""Check a random-number generator: test whether `uniform_values` follows the standard
        uniform distribution U(0, 1) with the one-sample Kolmogorov-Smirnov test; store the result
        in `result`.""",
        code="""
            from scipy import stats

            result = stats.kstest(uniform_values, "uniform")
        """,
        domain=DOMAIN,
        libraries=["scipy.stats"],
        inputs={"uniform_values": "uniform_values"},
        checks=[
            "0 <= result.pvalue <= 1",
            "np.isclose(result.statistic, (lambda x, n: max(np.max(np.arange(1, n + 1) / n - x), np.max(x - np.arange(n) / n)))"
            "(np.clip(np.sort(uniform_values), 0, 1), len(uniform_values)))",
        ],
        difficulty="basic",
        tags=["goodness-of-fit", "kolmogorov-smirnov"],
        edge_cases=True,
    )
    yield _example(
        id="stats.ks_2samp_location",
        task="""Compare the whole distributions of the samples `a` and `b` with the two-sample
        Kolmogorov-Smirnov test and its asymptotic p-value; store the result in `result` (its
        `statistic_location` is where the empirical CDFs differ most).""",
        code="""
            from scipy import stats

            # the exact p-value (the default for small samples) can fail on heavily tied data, and
            # SciPy then warns and switches to the asymptotic one anyway
            result = stats.ks_2samp(a, b, method="asymp")
        """,
        domain=DOMAIN,
        libraries=["scipy.stats"],
        inputs={"a": "groups.a", "b": "groups.b"},
        checks=[
            "0 <= result.pvalue <= 1",
            "np.isclose(result.statistic, (lambda s: np.max(np.abs(np.searchsorted(np.sort(a), s, 'right') / len(a)"
            " - np.searchsorted(np.sort(b), s, 'right') / len(b))))(np.concatenate([a, b])))",
            "np.isclose(abs(np.mean(a <= result.statistic_location) - np.mean(b <= result.statistic_location)), result.statistic)",
        ],
        difficulty="intermediate",
        tags=["kolmogorov-smirnov", "two-sample"],
        edge_cases=True,
    )
    yield _example(
        id="stats.chi2_independence_table",
        task="""Test independence of rows and columns in the contingency table of counts `table`
        with Pearson's chi-square test without continuity correction; store the expected counts
        under independence (from `scipy.stats.contingency.expected_freq`) in `expected` and the test
        in `result`.""",
        code="""
            from scipy import stats

            expected = stats.contingency.expected_freq(table)
            result = stats.chi2_contingency(table, correction=False)
        """,
        domain=DOMAIN,
        libraries=["scipy.stats"],
        inputs={"table": "table"},
        checks=[
            "np.allclose(expected.sum(axis=0), table.sum(axis=0)) and np.allclose(expected.sum(axis=1), table.sum(axis=1))",
            "np.allclose(result.expected_freq, expected)",
            "np.isclose(result.statistic, np.sum((table - expected) ** 2 / expected))",
            "result.dof == (table.shape[0] - 1) * (table.shape[1] - 1)",
            "np.isclose(result.pvalue, stats.chi2.sf(result.statistic, result.dof))",
        ],
        difficulty="intermediate",
        tags=["contingency", "chi-square"],
        edge_cases=True,
    )
    yield _example(
        id="stats.crosstab_cramers_v",
        task="""Cross-tabulate `site` against `treatment` in the DataFrame `trial` into `counts`
        (pandas), test their independence with `chi2_contingency` into `result`, and measure the
        strength of association with Cramer's V in `cramers_v`.""",
        code="""
            import pandas as pd
            from scipy import stats

            counts = pd.crosstab(trial["site"], trial["treatment"])
            result = stats.chi2_contingency(counts)
            cramers_v = stats.contingency.association(counts, method="cramer")
        """,
        domain=DOMAIN,
        libraries=["scipy.stats", "pandas"],
        inputs={"trial": "trial"},
        checks=[
            "counts.to_numpy().sum() == len(trial[['site', 'treatment']].dropna())",
            "0 <= result.pvalue <= 1",
            "0 <= cramers_v <= 1",
            "np.isclose(cramers_v, np.sqrt(stats.chi2_contingency(counts, correction=False).statistic"
            " / (counts.to_numpy().sum() * (min(counts.shape) - 1))))",
        ],
        difficulty="intermediate",
        tags=["contingency", "effect-size", "dataframe"],
        edge_cases={
            "min_size": 3,
            "one_level": False,
            "why": "Cramer's V divides by min(rows, columns) - 1: both factors need two or more observed levels"
            " (three rows or more, so that each of the three sites the strategy keeps occurs)",
        },
    )
    yield _example(
        id="stats.fisher_exact_odds_ratio",
        task="""For the 2 x 2 table `two_by_two` formed by the first two rows and columns of the count
        table `table`, run Fisher's exact test into `exact` (its statistic is the sample odds
        ratio), and compute the conditional maximum-likelihood odds ratio with its 95% confidence
        interval into `conditional` and `ci`.""",
        code="""
            from scipy import stats

            two_by_two = table[:2, :2]
            exact = stats.fisher_exact(two_by_two)
            conditional = stats.contingency.odds_ratio(two_by_two)
            ci = conditional.confidence_interval(confidence_level=0.95)
        """,
        domain=DOMAIN,
        libraries=["scipy.stats"],
        inputs={"table": "table"},
        checks=[
            "np.array_equal(two_by_two, table[:2, :2])",
            "np.isclose(exact.statistic, table[0, 0] * table[1, 1] / (table[0, 1] * table[1, 0]))",
            "0 <= exact.pvalue <= 1",
            "ci.low <= conditional.statistic <= ci.high",
        ],
        difficulty="intermediate",
        tags=["contingency", "exact-test", "odds-ratio"],
        edge_cases=True,
    )
    yield _example(
        id="stats.sign_test_binomtest",
        task="""Run a sign test of whether the median of `values` is 50: count the values above 50
        (`above`) among those not equal to 50 (`n_informative`), test against p = 0.5 with
        `scipy.stats.binomtest` into `result`, and store the 95% Wilson confidence interval of the
        proportion in `ci`.""",
        code="""
            import numpy as np
            from scipy import stats

            above = int(np.sum(values > 50))
            # ties with the hypothesized median carry no sign information
            n_informative = int(np.sum(values != 50))
            result = stats.binomtest(above, n_informative, p=0.5)
            ci = result.proportion_ci(confidence_level=0.95, method="wilson")
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"values": "values"},
        checks=[
            "result.k == np.sum(values > 50) and result.n == np.sum(values != 50)",
            "0 <= result.pvalue <= 1",
            "ci.low <= result.statistic <= ci.high",
            "np.isclose(result.statistic, np.sum(values > 50) / np.sum(values != 50))",
            # exact two-sided p-value of a fair-coin null, by the symmetric tail rule
            "np.isclose(result.pvalue, min(1.0, 2 * min(stats.binom.cdf(result.k, result.n, 0.5),"
            " stats.binom.sf(result.k - 1, result.n, 0.5))))",
        ],
        difficulty="intermediate",
        tags=["nonparametric", "binomial", "median"],
        edge_cases=True,
    )
    yield _example(
        id="stats.pearsonr_ci",
        task="""Measure the linear correlation between `x` and `y` with Pearson's r; store the test
        result in `result` and the 95% confidence interval for r in `ci`.""",
        code="""
            from scipy import stats

            result = stats.pearsonr(x, y)
            ci = result.confidence_interval(confidence_level=0.95)
        """,
        domain=DOMAIN,
        libraries=["scipy.stats"],
        inputs={"x": "line.x", "y": "line.y"},
        checks=[
            "np.isclose(result.statistic, np.corrcoef(x, y)[0, 1])",
            "0 <= result.pvalue <= 1",
            "-1 <= ci.low <= result.statistic <= ci.high <= 1",
        ],
        difficulty="basic",
        tags=["correlation", "confidence-interval"],
        edge_cases=True,
    )
    yield _example(
        id="stats.spearman_matrix",
        task="""Compute Spearman rank correlations between all columns of the DataFrame
        `measurements` in one call; store the coefficients in the labelled DataFrame `rho` and the
        p-values in the labelled DataFrame `pvalues`.""",
        code="""
            import pandas as pd
            from scipy import stats

            result = stats.spearmanr(measurements)
            labels = measurements.columns
            rho = pd.DataFrame(result.statistic, index=labels, columns=labels)
            pvalues = pd.DataFrame(result.pvalue, index=labels, columns=labels)
        """,
        domain=DOMAIN,
        libraries=["scipy.stats", "pandas"],
        inputs={"measurements": "measurements"},
        checks=[
            "np.allclose(rho, measurements.corr(method='spearman'))",
            "list(pvalues.columns) == list(measurements.columns) and list(pvalues.index) == list(measurements.columns)",
            "np.allclose(pvalues, pvalues.T) and ((pvalues >= 0) & (pvalues <= 1)).all().all()",
        ],
        difficulty="intermediate",
        tags=["correlation", "rank", "dataframe"],
        edge_cases={
            "min_size": 3,
            "constant": False,
            "why": "a rank correlation and its p-value need at least three rows and columns that vary",
        },
    )
    yield _example(
        id="stats.kendalltau_nan_omit",
        task="""Measure the rank association between `age` and `hours` in the DataFrame `survey`,
        which has missing values, with Kendall's tau; drop incomplete pairs via nan_policy="omit"
        and store the result in `result`. Raise a ValueError when fewer than two complete pairs
        remain (tau is NaN when either variable is constant over the complete pairs).""",
        code="""
            from scipy import stats

            complete_pairs = survey[["age", "hours"]].notna().all(axis=1).sum()
            if complete_pairs < 2:
                raise ValueError(f"Kendall's tau needs at least two complete pairs, got {complete_pairs}")
            # without nan_policy="omit" a single NaN makes the statistic NaN
            result = stats.kendalltau(survey["age"], survey["hours"], nan_policy="omit")
        """,
        domain=DOMAIN,
        libraries=["scipy.stats", "pandas"],
        inputs={"survey": "survey"},
        checks=[
            "np.isnan(result.statistic) == (survey[['age', 'hours']].dropna().nunique().min() < 2)",
            "np.isnan(result.statistic) or (-1 <= result.statistic <= 1 and 0 <= result.pvalue <= 1)",
            "np.isclose(result.statistic, stats.kendalltau(*survey[['age', 'hours']].dropna().to_numpy().T).statistic,"
            " equal_nan=True)",
            "np.isclose(result.statistic, survey['age'].corr(survey['hours'], method='kendall'), equal_nan=True)",
        ],
        difficulty="basic",
        tags=["correlation", "rank", "missing-data", "error-handling"],
        edge_cases={
            "nan": True,
            "raises": "ValueError",
            "why": "the task is about missing values, so generated surveys have them too; with fewer than two"
            " complete pairs left the snippet raises ValueError",
        },
    )
    yield _example(
        id="stats.point_biserial_treatment",
        task="""Correlate the binary treatment indicator (`treatment == "drug"`, stored as 0/1 in
        `is_drug`) with the continuous `response` of the DataFrame `trial` using the point-biserial
        correlation; store the result in `result`.""",
        code="""
            from scipy import stats

            is_drug = (trial["treatment"] == "drug").astype(int)
            result = stats.pointbiserialr(is_drug, trial["response"])
        """,
        domain=DOMAIN,
        libraries=["scipy.stats", "pandas"],
        inputs={"trial": "trial"},
        checks=[
            # both recomputed on the response rescaled to at most 1 in size (neither depends on its
            # scale): squares of readings near 1e-170 would underflow
            "np.isclose(result.statistic, np.corrcoef(is_drug, trial['response'] / trial['response'].abs().max())[0, 1])",
            # the point-biserial test is Student's two-sample t-test in disguise
            "(lambda y: np.isclose(result.pvalue, stats.ttest_ind(y[is_drug == 1], y[is_drug == 0]).pvalue))"
            "(trial['response'] / trial['response'].abs().max())",
        ],
        difficulty="intermediate",
        tags=["correlation", "binary"],
        edge_cases={
            "min_size": 3,
            "one_level": False,
            "constant": False,
            "why": "a correlation with the drug indicator needs both treatment arms, a response that varies and"
            " a degree of freedom (three rows)",
        },
    )
    yield _example(
        id="stats.tukey_hsd_posthoc",
        task="""After an ANOVA on the samples `a`, `b` and `c`, compare every pair of group means
        with Tukey's HSD; store the result in `result` and its 95% simultaneous confidence
        intervals in `ci`.""",
        code="""
            from scipy import stats

            # controls the family-wise error rate over all three pairwise comparisons
            result = stats.tukey_hsd(a, b, c)
            ci = result.confidence_interval(confidence_level=0.95)
        """,
        domain=DOMAIN,
        libraries=["scipy.stats"],
        inputs={"a": "groups.a", "b": "groups.b", "c": "groups.c"},
        checks=[
            "np.allclose(result.statistic, np.subtract.outer(*[np.array([a.mean(), b.mean(), c.mean()])] * 2))",
            "np.allclose(result.pvalue, result.pvalue.T) and np.all((result.pvalue >= 0) & (result.pvalue <= 1))",
            "np.all(ci.low <= result.statistic) and np.all(result.statistic <= ci.high)",
        ],
        difficulty="intermediate",
        tags=["post-hoc", "multiple-comparisons", "k-sample"],
        edge_cases={"constant": False, "why": "Tukey's HSD scales by the pooled within-sample variance: samples must vary"},
    )
    yield _example(
        id="stats.friedman_repeated_measures",
        task="""Each row of the 2-D array `matrix` is one subject measured under four conditions (the
        columns). Test whether the conditions differ with the Friedman test (nonparametric
        repeated-measures ANOVA); store the result in `result` (its p-value can be NaN when the
        statistic is 0 or undefined, as when no subject's measurements differ between conditions).""",
        code="""
            from scipy import stats

            # one argument per condition, each holding every subject's measurement
            result = stats.friedmanchisquare(*matrix.T)
        """,
        domain=DOMAIN,
        libraries=["scipy.stats"],
        inputs={"matrix": "matrix"},
        checks=[
            # Q >= 0, but when the conditions' rank sums tie rounding can put it just below 0, and on
            # rows that are all ties it is 0 / 0: scipy's p-value is NaN then
            "0 <= result.pvalue <= 1 or (np.isnan(result.pvalue) and not result.statistic > 0)",
            # rank sums within subjects, divided by the correction for values tied within a row
            "np.isclose(result.statistic, (lambda r, n, k: (12 / (n * k * (k + 1)) * np.sum(r.sum(axis=0) ** 2) - 3 * n * (k + 1))"
            " / (1 - sum(np.sum(t**3 - t) for t in (np.unique(row, return_counts=True)[1] for row in matrix)) / (n * k * (k**2 - 1))))"
            "(stats.rankdata(matrix, axis=1), matrix.shape[0], matrix.shape[1]), equal_nan=True)",
        ],
        difficulty="intermediate",
        tags=["nonparametric", "repeated-measures"],
        edge_cases=True,
    )
    shapes = {
        "normal": ("normally distributed", "rng.normal(10.0, 2.0, 40)", "rng.normal(11.5, 2.0, 40)", "welch-t"),
        "skewed": ("right-skewed (lognormal)", "rng.lognormal(2.3, 0.8, 40)", "rng.lognormal(2.6, 0.8, 40)", "mann-whitney"),
    }
    for shape, (description, draw_control, draw_treated, expected) in shapes.items():
        yield _example(
            id=f"stats.two_sample_test_choice.{shape}",
            family="stats.two_sample_test_choice",
            task=f"""Simulate {description} `control` and `treated` samples (40 each) and compare them:
            check each with Shapiro-Wilk; if both look normal (p > 0.05) use Welch's t-test,
            otherwise the Mann-Whitney U test. Store the chosen test's result in `result` and its
            name ("welch-t" or "mann-whitney") in `test_used`.""",
            code=f"""
                import numpy as np
                from scipy import stats

                rng = np.random.default_rng(7)
                control = {draw_control}
                treated = {draw_treated}

                normal_enough = min(stats.shapiro(control).pvalue, stats.shapiro(treated).pvalue) > 0.05
                if normal_enough:
                    test_used = "welch-t"
                    result = stats.ttest_ind(control, treated, equal_var=False)
                else:
                    # rank-based test: no normality assumption, robust to the long right tail
                    test_used = "mann-whitney"
                    result = stats.mannwhitneyu(control, treated, alternative="two-sided")
            """,
            domain=DOMAIN,
            libraries=LIBS,
            checks=[
                "test_used == ('welch-t' if min(stats.shapiro(control).pvalue, stats.shapiro(treated).pvalue) > 0.05 else 'mann-whitney')",
                f"test_used == {expected!r}",
                "np.isclose(result.pvalue, stats.ttest_ind(control, treated, equal_var=False).pvalue if test_used == 'welch-t'"
                " else stats.mannwhitneyu(control, treated, alternative='two-sided').pvalue)",
                "len(control) == len(treated) == 40",
            ],
            difficulty="advanced",
            tags=["test-choice", "normality", "two-sample", "parameter-tuning"],
        )


def _resampling() -> Iterator[Example]:
    yield _example(
        id="stats.permutation_test_mean_difference",
        task="""Test whether samples `a` and `b` differ in mean with a two-sided permutation test
        (2000 random relabellings, seeded Generator) on the statistic mean(a) - mean(b); store the
        result in `result`.""",
        code="""
            import numpy as np
            from scipy import stats

            def mean_difference(x, y, axis):
                return np.mean(x, axis=axis) - np.mean(y, axis=axis)

            # vectorized=True lets scipy evaluate many permutations per call along `axis`
            result = stats.permutation_test(
                (a, b),
                mean_difference,
                vectorized=True,
                n_resamples=2000,
                alternative="two-sided",
                random_state=np.random.default_rng(42),
            )
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"a": "groups.a", "b": "groups.b"},
        checks=[
            "np.isclose(result.statistic, a.mean() - b.mean())",
            # scipy enumerates every relabelling instead when there are fewer than n_resamples
            "len(result.null_distribution) == min(2000, math.comb(len(a) + len(b), len(a)))",
            # the observed labelling counts as one of the arrangements, so p is never 0
            "0 < result.pvalue <= 1",
        ],
        difficulty="advanced",
        tags=["resampling", "permutation", "two-sample"],
        edge_cases=True,
    )
    yield _example(
        id="stats.bootstrap_paired_difference",
        task="""Estimate a 95% percentile bootstrap confidence interval for the mean change after -
        before of the paired measurements `before` and `after` (resampling subjects so pairs stay
        together, 2000 resamples, seeded Generator); store the result in `result` and the interval
        in `ci`.
        On the Axes `ax`, draw a 40-bin histogram of the bootstrap distribution with dashed
        vertical lines at the interval ends, x label "mean change (after - before)", y label
        "bootstrap replicates" and a title.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np
            from scipy import stats

            def mean_change(x, y, axis):
                return np.mean(y - x, axis=axis)

            # paired=True resamples subjects, keeping each before/after pair intact
            result = stats.bootstrap(
                (before, after),
                mean_change,
                paired=True,
                vectorized=True,
                n_resamples=2000,
                # stays defined when every subject changed by the same amount, where the default
                # BCa method has no spread to correct with and returns NaN
                method="percentile",
                random_state=np.random.default_rng(1),
            )
            ci = result.confidence_interval

            fig, ax = plt.subplots()
            # explicit edges: numpy refuses 40 equal-width bins over a range of a few floating-point
            # steps, as when every subject changed by the same amount
            replicates = result.bootstrap_distribution
            edges = np.linspace(replicates.min(), replicates.max(), 41)
            ax.hist(replicates, bins=edges, color="lightgrey")
            for bound in (ci.low, ci.high):
                ax.axvline(bound, color="tab:red", linestyle="--")
            ax.set(
                xlabel="mean change (after - before)",
                ylabel="bootstrap replicates",
                title="Bootstrap distribution of the mean change with 95% CI",
            )
        """,
        domain=DOMAIN,
        libraries=["scipy.stats", "numpy", "matplotlib"],
        inputs={"before": "paired.a", "after": "paired.b"},
        checks=[
            # up to rounding: equal changes collapse the interval onto their mean
            "(lambda d, tol: ci.low - tol <= d.mean() <= ci.high + tol)(after - before, 1e-9 * np.abs(after - before).max())",
            # the bootstrap standard error of a mean approaches sd / sqrt(n)
            "np.isclose(result.standard_error, np.std(after - before) / np.sqrt(len(before)), rtol=0.1,"
            " atol=1e-9 * np.abs(after - before).max())",
            "len(result.bootstrap_distribution) == 2000",
            "np.isclose(result.standard_error, np.std(result.bootstrap_distribution, ddof=1))",
            "figure_summary().axes[0].n_patches == 40 and figure_summary().axes[0].n_lines == 2",
            "figure_summary().axes[0].xlabel == 'mean change (after - before)'"
            " and figure_summary().axes[0].ylabel == 'bootstrap replicates'",
        ],
        difficulty="advanced",
        tags=["resampling", "bootstrap", "paired", "confidence-interval", "custom-plotting"],
        edge_cases=True,
    )
    # up to rounding in the interpolation between bootstrap replicates (the sample is positive)
    interval_checks = [
        "ci.low <= np.median(skewed) * (1 + 1e-12) and np.median(skewed) <= ci.high * (1 + 1e-12)",
        "skewed.min() * (1 - 1e-12) <= ci.low and ci.high <= skewed.max() * (1 + 1e-12)",
    ]
    bootstrap_methods = {
        "percentile": ("the percentile method", interval_checks),
        "BCa": (
            "the bias-corrected and accelerated (BCa) method, which adjusts for skew in the bootstrap"
            " distribution (its acceleration comes from the leave-one-out medians; when those are all"
            " equal, as on a constant or heavily tied sample, scipy may return a NaN interval)",
            [
                "np.isnan(ci.low) == np.isnan(ci.high)",
                "not np.isnan(ci.low) or np.ptp([np.median(np.delete(skewed, i)) for i in range(len(skewed))]) == 0",
                *(f"np.isnan(ci.low) or ({check})" for check in interval_checks),
            ],
        ),
    }
    for method, (description, method_checks) in bootstrap_methods.items():
        yield _example(
            id=f"stats.bootstrap_median_ci.{method.lower()}",
            family="stats.bootstrap_median_ci",
            task=f"""Compute a 95% bootstrap confidence interval for the median of the skewed sample
            `skewed` with {description} (method="{method}", 2000 resamples, seeded Generator); store
            the result in `result` and the interval in `ci`.""",
            code=f"""
                import numpy as np
                from scipy import stats

                result = stats.bootstrap(
                    (skewed,),
                    np.median,
                    confidence_level=0.95,
                    method="{method}",
                    n_resamples=2000,
                    random_state=np.random.default_rng(0),
                )
                ci = result.confidence_interval
            """,
            domain=DOMAIN,
            libraries=LIBS,
            inputs={"skewed": "skewed"},
            checks=[
                "len(result.bootstrap_distribution) == 2000",
                *method_checks,
            ],
            difficulty="intermediate",
            tags=["resampling", "bootstrap", "confidence-interval", "parameter-tuning"],
            edge_cases={"min_size": 2, "why": "resampling needs at least two observations (scipy.stats.bootstrap requires it)"},
        )
    yield _example(
        id="stats.goodness_of_fit_anderson_darling",
        task="""Test whether `values` is normally distributed with unknown mean and standard
        deviation using `scipy.stats.goodness_of_fit` with the Anderson-Darling statistic (the
        parameters are re-estimated on each of 500 Monte Carlo samples, seeded Generator); store
        the result in `result`.""",
        code="""
            import numpy as np
            from scipy import stats

            # the null distribution is simulated with the parameters re-fitted to every sample,
            # so the p-value accounts for estimating them (stats.anderson gives only critical values)
            result = stats.goodness_of_fit(
                stats.norm,
                values,
                statistic="ad",
                n_mc_samples=500,
                random_state=np.random.default_rng(0),
            )
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"values": "values"},
        checks=[
            "0 <= result.pvalue <= 1",
            "len(result.null_distribution) == 500",
            "np.isclose(result.fit_result.params.loc, values.mean())",
            # goodness_of_fit fits the normal scale with the unbiased (ddof=1) standard deviation
            "np.isclose(result.fit_result.params.scale, values.std(ddof=1))",
            # A^2 from the standardized order statistics; log-CDF and log-SF stay finite far in the tails
            "np.isclose(result.statistic, (lambda z, n: -n - np.mean((2 * np.arange(1, n + 1) - 1)"
            " * (stats.norm.logcdf(z) + stats.norm.logsf(z[::-1]))))((np.sort(values) - values.mean()) / values.std(ddof=1), len(values)))",
        ],
        difficulty="advanced",
        tags=["goodness-of-fit", "normality", "monte-carlo"],
        edge_cases={
            "min_size": 2,
            "constant": False,
            "why": "fitting a normal's mean and standard deviation needs at least two observations that vary",
        },
    )


def _density_and_regression() -> Iterator[Example]:
    bandwidths = {
        "scott": ('"scott"', "len(values) ** (-1 / 5)", "Scott's rule"),
        "silverman": ('"silverman"', "(len(values) * 3 / 4) ** (-1 / 5)", "Silverman's rule"),
    }
    for name, (argument, factor, rule) in bandwidths.items():
        yield _example(
            id=f"stats.gaussian_kde_bandwidth.{name}",
            family="stats.gaussian_kde_bandwidth",
            task=f"""Estimate the density of `values` with a Gaussian kernel density estimate whose
            bandwidth follows {rule} (bw_method={argument}); store the estimator in `kde` and its
            density on a 400-point `grid` extending three standard deviations beyond the data in
            `density`. On the Axes `ax`, overlay a 30-bin density histogram labelled "data" and the
            KDE curve labelled "KDE ({name})", with axis labels "value" and "density" and a
            legend.""",
            code=f"""
                import matplotlib.pyplot as plt
                import numpy as np
                from scipy import stats

                kde = stats.gaussian_kde(values, bw_method={argument})
                pad = 3 * values.std()
                grid = np.linspace(values.min() - pad, values.max() + pad, 400)
                density = kde(grid)

                fig, ax = plt.subplots()
                ax.hist(values, bins=30, density=True, alpha=0.4, label="data")
                ax.plot(grid, density, label="KDE ({name})")
                ax.set(xlabel="value", ylabel="density", title=f"Gaussian KDE, bandwidth factor {{kde.factor:.3f}}")
                ax.legend()
            """,
            domain=DOMAIN,
            libraries=["scipy.stats", "numpy", "matplotlib"],
            inputs={"values": "values"},
            checks=[
                "density.shape == grid.shape == (400,) and np.all(density >= 0)",
                "np.isclose(grid[0], values.min() - 3 * values.std()) and np.isclose(grid[-1], values.max() + 3 * values.std())",
                # the grid holds nearly all of the estimate's mass (least with two points, where the
                # kernels are widest: about 99%), and the curve integrates to it wherever the grid
                # resolves the kernels (not on a sample spread over a few floating-point steps)
                "kde.integrate_box_1d(grid[0], grid[-1]) > 0.98",
                "np.diff(grid).max() > np.sqrt(kde.covariance[0, 0]) / 2"
                " or abs(np.sum((density[1:] + density[:-1]) / 2 * np.diff(grid)) - kde.integrate_box_1d(grid[0], grid[-1])) < 1e-3",
                f"np.isclose(kde.factor, {factor})",
                "np.isclose(kde.covariance[0, 0], np.var(values, ddof=1) * kde.factor ** 2)",
                f"figure_summary().axes[0].legend_labels == ['data', 'KDE ({name})']",
                "figure_summary().axes[0].n_lines == 1 and figure_summary().axes[0].n_patches >= 30",
            ],
            difficulty="intermediate",
            tags=["density-estimation", "kde", "parameter-tuning", "custom-plotting"],
            edge_cases={
                "min_size": 2,
                "constant": False,
                "why": "a Gaussian KDE's bandwidth is scaled by the sample's spread: it needs two or more values that vary",
            },
        )
    yield _example(
        id="stats.gaussian_kde_constant_channel",
        task="""Fit a Gaussian KDE to each channel of the DataFrame `sensor` plus an extra channel
        `sensor_stuck` that repeats a single reading. A constant channel has no spread to set a
        bandwidth, so reject it with a ValueError (and also catch the `numpy.linalg.LinAlgError`
        gaussian_kde raises for singular data); store each fitted channel's density evaluated at
        its own readings in the dict `densities` and the error message of each rejected channel
        in the dict `failures`.""",
        code="""
            import numpy as np
            from scipy import stats

            def fit_kde(readings):
                # test distinct values, not std == 0: rounding can leave a constant channel a tiny variance
                if readings.nunique() < 2:
                    raise ValueError(f"channel {readings.name!r} is constant; cannot choose a bandwidth")
                return stats.gaussian_kde(readings)

            channels = sensor.assign(sensor_stuck=sensor.iloc[0, 0])
            densities, failures = {}, {}
            for name, readings in channels.items():
                try:
                    kde = fit_kde(readings)
                except (ValueError, np.linalg.LinAlgError) as exc:
                    failures[name] = str(exc)
                    continue
                densities[name] = kde(readings)
        """,
        domain=DOMAIN,
        libraries=["scipy.stats", "numpy", "pandas"],
        inputs={"sensor": "sensor"},
        checks=[
            "'sensor_stuck' in failures and 'sensor_stuck' not in densities",
            # a channel whose variance underflows (readings near 1e-170) is as singular as a constant one
            "set(densities) == {c for c in sensor.columns if sensor[c].nunique() > 1 and sensor[c].var() > 0}",
            "set(densities) | set(failures) == {*sensor.columns, 'sensor_stuck'}",
            "all(d.shape == (len(sensor),) and np.all(d > 0) for d in densities.values())",
        ],
        difficulty="advanced",
        tags=["kde", "error-handling", "timeseries"],
        edge_cases=True,
    )
    yield _example(
        id="stats.linregress_slope_ci",
        task="""Fit a straight line to `x`, `y` by least squares with `scipy.stats.linregress`; store
        the fit in `result`, the coefficient of determination in `r_squared` and a 95% confidence
        interval for the slope, built from its standard error and the t distribution, in
        `slope_ci`. `true_params` holds the (slope, intercept) used to simulate the data. Plot the
        data points (label "data") and the fitted line (label "least-squares fit") on the Axes `ax`
        with axis labels "x" and "y" and a legend.""",
        code="""
            import matplotlib.pyplot as plt
            from scipy import stats

            result = stats.linregress(x, y)
            r_squared = result.rvalue**2
            t_crit = stats.t.ppf(0.975, df=len(x) - 2)
            slope_ci = (result.slope - t_crit * result.stderr, result.slope + t_crit * result.stderr)

            fig, ax = plt.subplots()
            ax.scatter(x, y, s=15, label="data")
            ax.plot(x, result.intercept + result.slope * x, color="tab:red", label="least-squares fit")
            ax.set(xlabel="x", ylabel="y", title=f"y = {result.slope:.2f} x + {result.intercept:.2f} (R² = {r_squared:.3f})")
            ax.legend()
        """,
        domain=DOMAIN,
        libraries=["scipy.stats", "matplotlib"],
        inputs={"x": "line.x", "y": "line.y", "true_params": "line.params"},
        checks=[
            "np.allclose([result.slope, result.intercept], np.polyfit(x, y, 1))",
            "np.isclose(r_squared, np.corrcoef(x, y)[0, 1] ** 2)",
            # on noise-free data the standard error is 0 and the interval collapses onto the slope
            "slope_ci[0] <= result.slope <= slope_ci[1]",
            "np.allclose(slope_ci, result.slope + np.array([-1, 1]) * stats.t.ppf(0.975, len(x) - 2) * result.stderr)",
            # the true values lie within a (1 - 2e-7) t interval, up to rounding on an exact line
            "abs(result.slope - true_params[0]) <= stats.t.isf(1e-7, len(x) - 2) * result.stderr + 1e-9 * abs(true_params[0])",
            "abs(result.intercept - true_params[1]) <= stats.t.isf(1e-7, len(x) - 2) * result.intercept_stderr"
            " + 1e-9 * (abs(true_params[1]) + abs(true_params[0]) * np.abs(x).max())",
            "figure_summary().axes[0].legend_labels == ['data', 'least-squares fit']",
            "figure_summary().axes[0].n_lines == 1 and figure_summary().axes[0].n_collections == 1",
        ],
        difficulty="intermediate",
        tags=["regression", "confidence-interval", "custom-plotting"],
        edge_cases=True,
    )
    yield _example(
        id="stats.theil_sen_trend",
        task="""Estimate a robust linear trend of the daily `temperature` column of the DataFrame
        `weather` against the day number `days` (0, 1, ...) with the Theil-Sen estimator and its
        95% confidence interval, stored in `trend`; test for a monotonic trend the Mann-Kendall way
        (Kendall's tau between time and value), stored in `trend_test`. Plot the series (label
        "daily temperature") and the trend line (label starting "Theil-Sen trend") against the
        dates on the Axes `ax`, with axis labels "date" and "temperature" and a legend.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np
            from scipy import stats

            days = np.arange(len(weather))
            temperature = weather["temperature"].to_numpy()
            # median of pairwise slopes: insensitive to outliers and non-normal noise
            trend = stats.theilslopes(temperature, days, alpha=0.95)
            trend_test = stats.kendalltau(days, temperature)

            fig, ax = plt.subplots()
            ax.plot(weather.index, temperature, linewidth=0.8, label="daily temperature")
            ax.plot(
                weather.index,
                trend.intercept + trend.slope * days,
                color="tab:red",
                label=f"Theil-Sen trend ({trend.slope:+.3f} per day)",
            )
            ax.set(xlabel="date", ylabel="temperature", title=f"Mann-Kendall tau = {trend_test.statistic:.2f}")
            ax.legend()
        """,
        domain=DOMAIN,
        libraries=["scipy.stats", "numpy", "matplotlib", "pandas"],
        inputs={"weather": "weather"},
        checks=[
            "trend.low_slope <= trend.slope <= trend.high_slope",
            "np.isclose(trend.slope, (lambda t, i, j: np.median((t[j] - t[i]) / (j - i)))"
            "(weather['temperature'].to_numpy(), *np.triu_indices(len(weather), k=1)))",
            "-1 <= trend_test.statistic <= 1 and 0 <= trend_test.pvalue <= 1",
            "figure_summary().axes[0].n_lines == 2",
            "figure_summary().axes[0].legend_labels[0] == 'daily temperature'"
            " and figure_summary().axes[0].legend_labels[1].startswith('Theil-Sen trend')",
        ],
        difficulty="advanced",
        tags=["regression", "robust", "trend", "timeseries", "custom-plotting"],
        edge_cases={
            "min_size": 2,
            "constant": False,
            "why": "a trend needs two or more days, and Kendall's tau needs temperatures that vary",
        },
    )
    yield _example(
        id="stats.siegel_vs_ols_outliers",
        task="""Corrupt the last 10% of the responses `y` (a failing sensor reading far too low) into
        `y_contaminated`, then fit a line to `x`, `y_contaminated` both by ordinary least squares
        (`ols`, with linregress) and by Siegel's repeated-medians estimator (`robust`, with
        siegelslopes). `true_params` holds the true (slope, intercept).""",
        code="""
            import numpy as np
            from scipy import stats

            n_bad = max(1, len(y) // 10)
            y_contaminated = y.copy()
            y_contaminated[-n_bad:] -= 5 * np.ptp(y)

            ols = stats.linregress(x, y_contaminated)
            # repeated medians tolerate up to 50% contaminated points
            robust = stats.siegelslopes(y_contaminated, x)
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"x": "line.x", "y": "line.y", "true_params": "line.params"},
        checks=[
            "y_contaminated.shape == y.shape and np.sum(y_contaminated != y) == max(1, len(y) // 10)",
            "abs(robust.slope - true_params[0]) < abs(ols.slope - true_params[0])",
            "abs(robust.slope - true_params[0]) < 0.2 * abs(true_params[0])",
        ],
        difficulty="intermediate",
        tags=["regression", "robust", "outliers"],
        edge_cases=True,
    )


def _distributions() -> Iterator[Example]:
    yield _example(
        id="stats.norm_probabilities",
        task="""Use the frozen normal distribution `dist` = N(100, 15^2) (an IQ-like score) to compute
        the probability of a score above 130 (`p_above_130`), the probability of a score between 85
        and 115 (`p_within_1sd`), the score exceeded by only 5% of people (`top5_cutoff`) and the
        quartiles (`quartiles`).""",
        code="""
            from scipy import stats

            dist = stats.norm(loc=100, scale=15)
            # sf and isf are more accurate than 1 - cdf and ppf(1 - q) far in the tail
            p_above_130 = dist.sf(130)
            p_within_1sd = dist.cdf(115) - dist.cdf(85)
            top5_cutoff = dist.isf(0.05)
            quartiles = dist.ppf([0.25, 0.5, 0.75])
        """,
        domain=DOMAIN,
        libraries=["scipy.stats"],
        checks=[
            "np.isclose(p_above_130, 1 - dist.cdf(130))",
            "np.isclose(p_within_1sd, math.erf(1 / math.sqrt(2)))",
            "np.isclose(dist.cdf(top5_cutoff), 0.95)",
            "np.allclose(dist.cdf(quartiles), [0.25, 0.5, 0.75]) and np.isclose(quartiles[1], 100)",
        ],
        difficulty="basic",
        tags=["distributions", "normal"],
    )
    yield _example(
        id="stats.t_interval_per_column",
        task="""For every column of the DataFrame `measurements`, compute a 95% confidence interval
        for the mean with `scipy.stats.t.interval` (n - 1 degrees of freedom, centred on the sample
        mean, scaled by the standard error); store them in the DataFrame `ci` indexed by column
        name with columns `low` and `high`.""",
        code="""
            import pandas as pd
            from scipy import stats

            def mean_ci(column, confidence=0.95):
                return stats.t.interval(confidence, len(column) - 1, loc=column.mean(), scale=stats.sem(column))

            ci = pd.DataFrame(
                [mean_ci(column) for _, column in measurements.items()],
                index=measurements.columns,
                columns=["low", "high"],
            )
        """,
        domain=DOMAIN,
        libraries=["scipy.stats", "pandas"],
        inputs={"measurements": "measurements"},
        checks=[
            "list(ci.index) == list(measurements.columns) and list(ci.columns) == ['low', 'high']",
            # a column whose standard error is 0 (its variance underflows for values near 1e-300)
            # has no interval: NaN
            "(lambda ok: np.allclose(((ci['low'] + ci['high']) / 2)[ok], measurements.mean()[ok])"
            " and ci[~ok].isna().all().all())(measurements.sem() > 0)",
            "(lambda ok: np.allclose((ci['high'] - ci['low'])[ok],"
            " 2 * stats.t.ppf(0.975, len(measurements) - 1) * measurements.sem()[ok]))(measurements.sem() > 0)",
        ],
        difficulty="intermediate",
        tags=["confidence-interval", "distributions", "dataframe"],
        edge_cases={
            "min_size": 2,
            "constant": False,
            "why": "a t interval needs two or more observations per column and a standard error above 0",
        },
    )
    yield _example(
        id="stats.expon_waiting_times",
        task="""Simulate 2000 waiting times `waits` from an exponential distribution with mean 2.5
        minutes (`rvs` with a seeded Generator), fit an exponential with location `loc` fixed at 0 to
        get the mean waiting time `scale`, and compute the probability `p_long_wait` that a wait exceeds
        10 minutes under the fit.""",
        code="""
            import numpy as np
            from scipy import stats

            rng = np.random.default_rng(3)
            waits = stats.expon.rvs(scale=2.5, size=2000, random_state=rng)
            # floc=0: waiting times start at zero, only the scale is estimated
            loc, scale = stats.expon.fit(waits, floc=0)
            p_long_wait = stats.expon.sf(10, loc=loc, scale=scale)
        """,
        domain=DOMAIN,
        libraries=LIBS,
        checks=[
            "loc == 0 and np.isclose(scale, waits.mean())",
            "abs(scale - 2.5) / 2.5 < 0.1",
            "np.isclose(p_long_wait, np.exp(-10 / scale))",
        ],
        difficulty="intermediate",
        tags=["distributions", "fitting", "exponential"],
    )
    yield _example(
        id="stats.lognorm_fit_median",
        task="""Fit a two-parameter lognormal distribution (location fixed at 0) to the positive,
        right-skewed sample `skewed`: store the shape, location and scale in `shape`, `loc` and
        `scale`, the frozen fitted distribution in `fitted` and its median in `median_estimate`.""",
        code="""
            from scipy import stats

            shape, loc, scale = stats.lognorm.fit(skewed, floc=0)
            fitted = stats.lognorm(shape, loc=loc, scale=scale)
            median_estimate = fitted.median()
        """,
        domain=DOMAIN,
        libraries=["scipy.stats"],
        inputs={"skewed": "skewed"},
        checks=[
            # with loc fixed, the MLE is the normal fit of log(x): shape = sigma, scale = exp(mu)
            "np.isclose(shape, np.std(np.log(skewed)))",
            "np.isclose(scale, np.exp(np.mean(np.log(skewed)))) and loc == 0",
            "np.isclose(median_estimate, scale)",
        ],
        difficulty="basic",
        tags=["distributions", "fitting", "lognormal"],
        edge_cases={
            "min_size": 2,
            "constant": False,
            "why": "the lognormal shape is the spread of log(x): the fit needs two or more values that vary",
        },
    )
    yield _example(
        id="stats.gamma_fit_rainfall_dry_days",
        task="""Fit a gamma distribution (location fixed at 0) to the daily `rainfall` column of the
        DataFrame `weather`. Dry days (0 mm) lie outside the gamma support and make the fit raise a
        ValueError: catch it, keep its message in `fit_error` (None if the fit succeeded), and refit
        on wet days only. Store the data finally fitted in `rainfall`, the parameters in `shape` and
        `scale`, and the 95th percentile of the fit in `heavy_rain_threshold`.""",
        code="""
            from scipy import stats

            rainfall = weather["rainfall"].to_numpy()
            fit_error = None
            try:
                shape, _, scale = stats.gamma.fit(rainfall, floc=0)
            except ValueError as exc:  # scipy raises FitDataError, a ValueError subclass
                fit_error = str(exc)
                rainfall = rainfall[rainfall > 0]
                shape, _, scale = stats.gamma.fit(rainfall, floc=0)
            heavy_rain_threshold = stats.gamma.ppf(0.95, shape, scale=scale)
        """,
        domain=DOMAIN,
        libraries=["scipy.stats", "pandas"],
        inputs={"weather": "weather"},
        checks=[
            "(fit_error is not None) == bool((weather['rainfall'] <= 0).any())",
            "np.all(rainfall > 0)",
            # with loc fixed, the gamma MLE reproduces the sample mean exactly
            "np.isclose(shape * scale, rainfall.mean())",
            "np.isclose(stats.gamma.cdf(heavy_rain_threshold, shape, scale=scale), 0.95)",
        ],
        difficulty="intermediate",
        tags=["distributions", "fitting", "gamma", "error-handling"],
        edge_cases={
            "raises": "ValueError",
            "why": "the gamma likelihood has no maximum without two distinct wet-day amounts (a constant series,"
            " a single wet day or none): scipy's fit raises ValueError",
        },
    )
    yield _example(
        id="stats.beta_fit_known_params",
        task="""Simulate 3000 proportions `proportions` from Beta(2, 5) (`rvs` with a seeded
        Generator) and recover the two shape parameters `a_hat`, `b_hat` by maximum likelihood with
        the support fixed to [0, 1] (`loc` = 0 and `scale` = 1 held fixed).""",
        code="""
            import numpy as np
            from scipy import stats

            rng = np.random.default_rng(11)
            proportions = stats.beta.rvs(2.0, 5.0, size=3000, random_state=rng)
            # fixing loc and scale keeps the fit on the unit interval
            a_hat, b_hat, loc, scale = stats.beta.fit(proportions, floc=0, fscale=1)
        """,
        domain=DOMAIN,
        libraries=LIBS,
        checks=[
            "loc == 0 and scale == 1",
            "abs(a_hat - 2.0) / 2.0 < 0.1 and abs(b_hat - 5.0) / 5.0 < 0.1",
            "abs(a_hat / (a_hat + b_hat) - proportions.mean()) < 0.01",
        ],
        difficulty="intermediate",
        tags=["distributions", "fitting", "beta"],
    )
    yield _example(
        id="stats.poisson_goodness_of_fit",
        task="""Test whether the counts `event_counts` follow a Poisson distribution with the sample
        mean as rate: bin them into "<= lower", each value in between, and ">= upper" (lower and
        upper the Poisson 5% and 95% quantiles, so expected counts are rarely tiny, with upper at
        least lower + 2 so that three bins remain), store the observed and expected bin counts in
        `observed` and `expected`, and run a chi-square goodness-of-fit test with one degree of
        freedom removed for the estimated rate, stored in `result`. Raise a ValueError when every
        count is zero, since a rate of 0 leaves no distribution to test against.""",
        code="""
            import numpy as np
            from scipy import stats

            rate = event_counts.mean()
            if rate == 0:
                # a Poisson with rate 0 puts all its mass on 0: every expected count but one is 0
                raise ValueError("every count is zero: there is no Poisson rate to test against")
            lower, upper = stats.poisson.ppf([0.05, 0.95], rate).astype(int)
            # a small rate puts both quantiles on 0 or 1: keep a middle bin so that a degree of
            # freedom is left after estimating the rate
            upper = max(upper, lower + 2)
            inner = np.arange(lower + 1, upper)

            observed = np.concatenate([
                [np.sum(event_counts <= lower)],
                [np.sum(event_counts == k) for k in inner],
                [np.sum(event_counts >= upper)],
            ])
            probabilities = np.concatenate([
                [stats.poisson.cdf(lower, rate)],
                stats.poisson.pmf(inner, rate),
                [stats.poisson.sf(upper - 1, rate)],
            ])
            expected = len(event_counts) * probabilities
            # ddof=1: the rate was estimated from the same data
            result = stats.chisquare(observed, expected, ddof=1)
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"event_counts": "event_counts"},
        checks=[
            "observed.sum() == len(event_counts) and np.isclose(expected.sum(), len(event_counts))",
            "(lambda lo, hi: observed[0] == np.sum(event_counts <= lo) and observed[-1] == np.sum(event_counts >= max(hi, lo + 2)))"
            "(*stats.poisson.ppf([0.05, 0.95], event_counts.mean()))",
            "np.isclose(result.statistic, np.sum((observed - expected) ** 2 / expected))",
            "np.isclose(result.pvalue, stats.chi2.sf(result.statistic, len(observed) - 2))",
        ],
        difficulty="advanced",
        tags=["goodness-of-fit", "poisson", "chi-square"],
        edge_cases={
            "raises": "ValueError",
            "why": "the fitted rate must be positive: on all-zero counts the snippet raises ValueError",
        },
    )
    yield _example(
        id="stats.binom_probabilities",
        task="""For a binomial count `dist` with 20 trials and success probability 0.3, compute the
        probability of at least 8 successes (`p_at_least_8`), of exactly 6 (`p_exactly_6`), and the
        whole probability mass function over 0..20 in `pmf`.""",
        code="""
            import numpy as np
            from scipy import stats

            dist = stats.binom(n=20, p=0.3)
            p_at_least_8 = dist.sf(7)  # sf(k) is P(X > k), so P(X >= 8) = sf(7)
            p_exactly_6 = dist.pmf(6)
            pmf = dist.pmf(np.arange(21))
        """,
        domain=DOMAIN,
        libraries=LIBS,
        checks=[
            "np.isclose(p_at_least_8, pmf[8:].sum()) and np.isclose(p_at_least_8, 1 - dist.cdf(7))",
            "np.isclose(p_exactly_6, math.comb(20, 6) * 0.3**6 * 0.7**14)",
            "pmf.shape == (21,) and np.isclose(pmf.sum(), 1)",
        ],
        difficulty="basic",
        tags=["distributions", "binomial", "discrete"],
    )
    yield _example(
        id="stats.weibull_reliability",
        task="""Simulate 1500 component lifetimes `lifetimes` (hours) from a Weibull distribution with
        shape 1.8 and scale 4000 (`weibull_min.rvs`, seeded Generator), fit a two-parameter Weibull
        (location fixed at 0) into `shape` and `scale`, and from the fit compute the B10 life
        `b10_life` (time by which 10% of units fail) and the reliability at 2000 hours
        `reliability_2000h`.""",
        code="""
            import numpy as np
            from scipy import stats

            rng = np.random.default_rng(5)
            lifetimes = stats.weibull_min.rvs(1.8, scale=4000.0, size=1500, random_state=rng)
            shape, loc, scale = stats.weibull_min.fit(lifetimes, floc=0)
            fitted = stats.weibull_min(shape, loc=loc, scale=scale)
            b10_life = fitted.ppf(0.10)
            reliability_2000h = fitted.sf(2000.0)
        """,
        domain=DOMAIN,
        libraries=LIBS,
        checks=[
            "abs(shape - 1.8) / 1.8 < 0.1 and abs(scale - 4000) / 4000 < 0.1",
            "np.isclose(stats.weibull_min.cdf(b10_life, shape, scale=scale), 0.10)",
            "np.isclose(reliability_2000h, np.exp(-((2000.0 / scale) ** shape)))",
        ],
        difficulty="intermediate",
        tags=["distributions", "fitting", "weibull", "reliability"],
    )
    yield _example(
        id="stats.multivariate_normal_outliers",
        task="""Model the rows of the 2-D array `matrix` as multivariate normal with the sample mean
        and covariance: store each row's log-density in `log_density`, its squared Mahalanobis
        distance in `mahalanobis_sq`, and the indices of rows beyond the 97.5% chi-square quantile
        (d = number of columns degrees of freedom) in `outliers`.""",
        code="""
            import numpy as np
            from scipy import stats

            mean = matrix.mean(axis=0)
            cov = np.cov(matrix, rowvar=False)
            mvn = stats.multivariate_normal(mean=mean, cov=cov)
            log_density = mvn.logpdf(matrix)

            centred = matrix - mean
            mahalanobis_sq = np.einsum("ij,jk,ik->i", centred, np.linalg.inv(cov), centred)
            # under normality the squared distances follow chi2 with d degrees of freedom
            outliers = np.flatnonzero(mahalanobis_sq > stats.chi2.ppf(0.975, df=matrix.shape[1]))
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"matrix": "matrix"},
        checks=[
            "log_density.shape == mahalanobis_sq.shape == (matrix.shape[0],)",
            "np.allclose(log_density, -0.5 * (mahalanobis_sq + matrix.shape[1] * np.log(2 * np.pi)"
            " + np.linalg.slogdet(np.cov(matrix, rowvar=False))[1]))",
            "np.array_equal(outliers, np.flatnonzero(mahalanobis_sq > stats.chi2.ppf(0.975, matrix.shape[1])))",
            "np.isclose(mahalanobis_sq.mean(), matrix.shape[1] * (matrix.shape[0] - 1) / matrix.shape[0])",
        ],
        difficulty="advanced",
        tags=["distributions", "multivariate", "outliers"],
        edge_cases={
            "min_size": 5,
            "raises": "LinAlgError",
            "why": "a covariance of 4 columns is invertible only from 5 rows; repeated or collinear rows still make it"
            " singular, and then multivariate_normal raises LinAlgError",
        },
    )


def _error_handling() -> Iterator[Example]:
    yield _example(
        id="stats.welch_ttest_nan_omit",
        task="""Compare `response` between the "drug" and "control" arms of the DataFrame
        `trial_missing`, which has missing responses, with Welch's t-test; select the arms into the
        Series `drug` and `control` and let nan_policy="omit" drop the missing values; store the
        result in `result`. Raise a ValueError when an arm has fewer than two observed responses.""",
        code="""
            from scipy import stats

            drug = trial_missing.loc[trial_missing["treatment"] == "drug", "response"]
            control = trial_missing.loc[trial_missing["treatment"] == "control", "response"]
            if min(drug.count(), control.count()) < 2:
                # Welch's test estimates each arm's variance: two observed responses at least
                raise ValueError("each arm needs at least two observed responses")
            # the default nan_policy="propagate" would return NaN for the whole test
            result = stats.ttest_ind(drug, control, equal_var=False, nan_policy="omit")
        """,
        domain=DOMAIN,
        libraries=["scipy.stats", "pandas"],
        inputs={"trial_missing": "trial_missing"},
        checks=[
            "len(drug) == (trial_missing['treatment'] == 'drug').sum() and len(control) == (trial_missing['treatment'] == 'control').sum()",
            # t can be 0 / 0 only when every observed response is the same value
            "not np.isnan(result.statistic) or pd.concat([drug, control]).nunique() == 1",
            "np.isnan(result.pvalue) or 0 <= result.pvalue <= 1",
            "np.isclose(result.statistic, stats.ttest_ind(drug.dropna(), control.dropna(), equal_var=False).statistic,"
            " equal_nan=True)",
        ],
        difficulty="basic",
        tags=["t-test", "missing-data", "error-handling"],
        edge_cases={
            "nan": True,
            "raises": "ValueError",
            "why": "the task is about missing responses, so generated trials have them too; an arm left with fewer"
            " than two observed responses is rejected with ValueError",
        },
    )
    yield _example(
        id="stats.zscore_columns_nan_omit",
        task="""Standardize every column of the DataFrame `survey`, which has missing values, to
        z-scores with `scipy.stats.zscore`, ignoring NaNs when computing each column's mean and
        standard deviation and keeping them in place; store the result as the DataFrame
        `standardized`.""",
        code="""
            from scipy import stats

            # nan_policy="omit" skips NaNs in the mean and std and leaves them as NaN in the output
            standardized = survey.apply(stats.zscore, nan_policy="omit")
        """,
        domain=DOMAIN,
        libraries=["scipy.stats", "pandas"],
        inputs={"survey": "survey"},
        checks=[
            "standardized.shape == survey.shape and list(standardized.columns) == list(survey.columns)",
            "standardized[survey.isna()].isna().all().all()",
            # a column without spread has z-scores 0 / 0 (NaN, or rounding noise when its mean is
            # inexact), and so has one whose variance underflows (values near 1e-170)
            "(lambda varying: standardized.isna().loc[:, varying].equals(survey.isna().loc[:, varying])"
            " and np.allclose(standardized.loc[:, varying], ((survey - survey.mean()) / survey.std(ddof=0)).loc[:, varying],"
            " equal_nan=True))((survey.nunique() > 1) & (survey.std(ddof=0) > 0))",
        ],
        difficulty="basic",
        tags=["standardization", "missing-data", "error-handling", "dataframe"],
        edge_cases={
            "nan": True,
            "extra_columns": False,
            "why": "the task is about missing values, so generated surveys have them too; with nan on, the"
            " strategy also writes +-inf into an extra column, and an infinite reading is not a missing value",
        },
    )
    yield _example(
        id="stats.shapiro_min_sample_guard",
        task="""For the high-dose patients (`dose` > 9) of the DataFrame `trial_missing`, test the
        normality of `response` separately for each `site` with Shapiro-Wilk, after dropping missing
        responses. Sites with fewer than 3 responses cannot be tested: raise a ValueError for them in
        a validation helper and catch it. Store the p-values by site in the dict `pvalues` and the
        error message of each skipped site in the dict `skipped`.""",
        code="""
            from scipy import stats

            MIN_SIZE = 3  # Shapiro-Wilk is undefined for fewer than three observations

            def shapiro_pvalue(sample):
                # validate explicitly: depending on the SciPy version a too-small sample
                # either raises or silently returns NaN with a warning
                sample = sample.dropna()
                if len(sample) < MIN_SIZE:
                    raise ValueError(f"need at least {MIN_SIZE} observations, got {len(sample)}")
                return stats.shapiro(sample).pvalue

            high_dose = trial_missing[trial_missing["dose"] > 9]
            pvalues, skipped = {}, {}
            for site, responses in high_dose.groupby("site", observed=True)["response"]:
                try:
                    pvalues[site] = shapiro_pvalue(responses)
                except ValueError as exc:
                    skipped[site] = str(exc)
        """,
        domain=DOMAIN,
        libraries=["scipy.stats", "pandas"],
        inputs={"trial_missing": "trial_missing"},
        checks=[
            "set(pvalues) | set(skipped) == set(trial_missing.loc[trial_missing['dose'] > 9, 'site'])",
            "not set(pvalues) & set(skipped)",
            "all(trial_missing.loc[(trial_missing['dose'] > 9) & (trial_missing['site'] == s), 'response'].count() < 3 for s in skipped)",
            "all(trial_missing.loc[(trial_missing['dose'] > 9) & (trial_missing['site'] == s), 'response'].count() >= 3"
            " and 0 <= p <= 1 for s, p in pvalues.items())",
        ],
        difficulty="advanced",
        tags=["normality", "validation", "error-handling", "groupby"],
        edge_cases={"nan": True, "why": "the task is about missing responses, so generated trials have them too"},
    )
    yield _example(
        id="stats.chi2_empty_category_retry",
        task="""Append an all-zero column (a response category nobody chose) to the count table
        `table`, giving `observed_table`, and run `chi2_contingency` on it. Zero expected counts make
        scipy raise a ValueError: catch it, keep its message in `error_message`, drop the empty
        columns from `observed_table` and retry; store the final test in `result`.""",
        code="""
            import numpy as np
            from scipy import stats

            observed_table = np.column_stack([table, np.zeros(table.shape[0], dtype=table.dtype)])
            error_message = None
            try:
                result = stats.chi2_contingency(observed_table)
            except ValueError as exc:
                # an empty category has expected count 0, which makes the statistic undefined
                error_message = str(exc)
                observed_table = observed_table[:, observed_table.sum(axis=0) > 0]
                result = stats.chi2_contingency(observed_table)
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"table": "table"},
        checks=[
            "error_message is not None and 'zero' in error_message",
            "np.array_equal(observed_table, table[:, table.sum(axis=0) > 0])",
            "result.dof == (observed_table.shape[0] - 1) * (observed_table.shape[1] - 1)",
            "0 <= result.pvalue <= 1",
        ],
        difficulty="intermediate",
        tags=["contingency", "chi-square", "error-handling"],
        edge_cases=True,
    )
    yield _example(
        id="stats.boxcox_yeojohnson_fallback",
        task="""Write a helper that makes a sample more normal with the Box-Cox transform and, when
        Box-Cox raises a ValueError because the data are not strictly positive, falls back to the
        Yeo-Johnson transform. Apply it to the positive sample `skewed` and to its median-centred
        copy; store, in the dict `results` keyed "raw" and "centred", tuples (transformed data,
        fitted lambda, method name "box-cox" or "yeo-johnson").""",
        code="""
            import numpy as np
            from scipy import stats

            def normalize(sample):
                try:
                    transformed, lmbda = stats.boxcox(sample)
                    return transformed, lmbda, "box-cox"
                except ValueError:
                    # Box-Cox needs x > 0; Yeo-Johnson is defined for zeros and negatives too
                    transformed, lmbda = stats.yeojohnson(sample)
                    return transformed, lmbda, "yeo-johnson"

            samples = {"raw": skewed, "centred": skewed - np.median(skewed)}
            results = {name: normalize(sample) for name, sample in samples.items()}
        """,
        domain=DOMAIN,
        libraries=LIBS,
        inputs={"skewed": "skewed"},
        checks=[
            "results['raw'][2] == 'box-cox' and results['centred'][2] == 'yeo-johnson'",
            # (x**lam - 1) / lam, written with expm1 so that it stays accurate for lam near 0
            "(lambda t, lam: np.allclose(t, np.log(skewed) if lam == 0 else np.expm1(lam * np.log(skewed)) / lam))(*results['raw'][:2])",
            # the fitted lambda maximizes the Box-Cox likelihood: at least as likely as the log (0) or
            # no transform (1)
            "(lambda llf, lam: all(llf(lam) >= llf(other) - 1e-9 * (1 + abs(llf(other))) for other in (0.0, 1.0)))"
            "(lambda lmbda: stats.boxcox_llf(lmbda, skewed), results['raw'][1])",
            "np.allclose(results['centred'][0], stats.yeojohnson(skewed - np.median(skewed))[0])",
        ],
        difficulty="advanced",
        tags=["transformation", "normality", "error-handling"],
        edge_cases={
            "min_size": 2,
            "constant": False,
            "raises": "BracketError",
            "why": "Box-Cox fits lambda to the sample's spread and rejects constant data, so the sample must vary;"
            " when all values but one are tied the likelihood has no maximum, and scipy 1.11's optimizer"
            " raises BracketError (later versions stop at an extreme lambda)",
        },
    )


def _study_design() -> Iterator[Example]:
    yield _example(
        id="stats.column_ttests_fdr",
        task="""Run one one-sample t-test against 0 for every column of the 2-D array `matrix` in a
        single vectorized call (axis=0), stored in `result`; control the false discovery rate with
        the Benjamini-Hochberg adjustment into `adjusted`, and flag the columns with adjusted p
        below 0.05 in the boolean array `significant`.""",
        code="""
            from scipy import stats

            result = stats.ttest_1samp(matrix, popmean=0.0, axis=0)
            adjusted = stats.false_discovery_control(result.pvalue, method="bh")
            significant = adjusted < 0.05
        """,
        domain=DOMAIN,
        libraries=["scipy.stats"],
        inputs={"matrix": "matrix"},
        checks=[
            "np.allclose(result.pvalue, [stats.ttest_1samp(column, 0.0).pvalue for column in matrix.T])",
            "adjusted.shape == (matrix.shape[1],) and np.all(adjusted >= result.pvalue - 1e-12) and np.all(adjusted <= 1)",
            "np.allclose(adjusted, (lambda p: (lambda o, m: np.minimum.accumulate((p[o] * m / np.arange(1, m + 1))[::-1])[::-1]"
            ".clip(max=1)[np.argsort(o)])(np.argsort(p), len(p)))(result.pvalue))",
            "np.array_equal(significant, adjusted < 0.05)",
        ],
        difficulty="advanced",
        tags=["multiple-comparisons", "t-test", "vectorized"],
        edge_cases={
            "min_size": 2,
            "raises": "ValueError",
            "why": "a t-test per column needs two or more rows; a column equal to 0 in every row has t = 0 / 0,"
            " and false_discovery_control rejects its NaN p-value with ValueError",
        },
    )
    yield _example(
        id="stats.ttest_sample_size_power",
        task="""Find the smallest number of subjects per group, `n_per_group`, for which a two-sided
        two-sample t-test at alpha = 0.05 reaches 80% power to detect a standardized effect size
        (Cohen's d) of 0.5, computing power from the noncentral t distribution in a function
        `two_sample_power(n)`; store the power reached in `achieved_power`.""",
        code="""
            import numpy as np
            from scipy import stats

            effect_size, alpha, target_power = 0.5, 0.05, 0.80

            def two_sample_power(n, d=effect_size, alpha=alpha):
                df = 2 * n - 2
                noncentrality = d * np.sqrt(n / 2)
                t_crit = stats.t.ppf(1 - alpha / 2, df)
                # probability that the test statistic lands in either rejection region under H1
                return stats.nct.sf(t_crit, df, noncentrality) + stats.nct.cdf(-t_crit, df, noncentrality)

            n_per_group = 2
            while two_sample_power(n_per_group) < target_power:
                n_per_group += 1
            achieved_power = two_sample_power(n_per_group)
        """,
        domain=DOMAIN,
        libraries=LIBS,
        checks=[
            "achieved_power >= 0.80 > two_sample_power(n_per_group - 1)",
            "n_per_group == 64",  # the textbook answer for d = 0.5, alpha = 0.05, power = 0.8
        ],
        difficulty="advanced",
        tags=["power-analysis", "t-test", "study-design"],
    )


def _plots() -> Iterator[Example]:
    yield _example(
        id="stats.probplot_normal_qq",
        task="""Draw a normal Q-Q plot of `skewed` on the Axes `ax` (figure `fig`) with
        `scipy.stats.probplot`, keeping the theoretical and ordered quantiles in `theoretical` and
        `ordered` and the least-squares fit in `slope`, `intercept` and `r`; title the plot "Normal
        Q-Q plot of skewed".""",
        code="""
            import matplotlib.pyplot as plt
            from scipy import stats

            fig, ax = plt.subplots()
            (theoretical, ordered), (slope, intercept, r) = stats.probplot(skewed, dist="norm", plot=ax)
            ax.set_title("Normal Q-Q plot of skewed")
        """,
        domain=DOMAIN,
        libraries=["scipy.stats", "matplotlib"],
        inputs={"skewed": "skewed"},
        checks=[
            "figure_summary().axes[0].title == 'Normal Q-Q plot of skewed'",
            "figure_summary().axes[0].n_lines == 2",  # the points and the fitted line
            "np.array_equal(ordered, np.sort(skewed))",
            "np.isclose(r, np.corrcoef(theoretical, ordered)[0, 1]) and np.isclose(slope, np.polyfit(theoretical, ordered, 1)[0])",
        ],
        difficulty="basic",
        tags=["normality", "qq-plot", "custom-plotting"],
        edge_cases={
            "min_size": 2,
            "constant": False,
            "why": "the Q-Q line's fit and correlation need two or more values that vary",
        },
    )
    yield _example(
        id="stats.histogram_fitted_normal",
        task="""Fit a normal distribution to `values` by maximum likelihood (`loc`, `scale`), then on
        the Axes `ax` draw a 30-bin density histogram labelled "data" and the fitted density
        labelled "normal fit", with axis labels "value" and "density", a title and a legend.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np
            from scipy import stats

            loc, scale = stats.norm.fit(values)

            fig, ax = plt.subplots()
            ax.hist(values, bins=30, density=True, alpha=0.6, label="data")
            grid = np.linspace(values.min(), values.max(), 200)
            ax.plot(grid, stats.norm.pdf(grid, loc, scale), label="normal fit")
            ax.set(xlabel="value", ylabel="density", title=f"Normal fit: mean {loc:.2f}, sd {scale:.2f}")
            ax.legend()
        """,
        domain=DOMAIN,
        libraries=["scipy.stats", "matplotlib", "numpy"],
        inputs={"values": "values"},
        checks=[
            "np.isclose(loc, values.mean()) and np.isclose(scale, values.std())",
            "figure_summary().axes[0].legend_labels == ['data', 'normal fit']",
            "figure_summary().axes[0].n_patches >= 30 and figure_summary().axes[0].n_lines == 1",
            "figure_summary().axes[0].xlabel == 'value' and figure_summary().axes[0].ylabel == 'density'",
        ],
        difficulty="basic",
        tags=["fitting", "histogram", "custom-plotting"],
        edge_cases=True,
    )
    yield _example(
        id="stats.ecdf_plot_two_groups",
        task="""Compare samples `a` and `b` with a two-sample Kolmogorov-Smirnov test with an
        asymptotic p-value (`result`) and plot their empirical CDFs (`scipy.stats.ecdf`) on the Axes
        `ax` with legend labels "group a" and "group b", axis labels "value" and "cumulative
        probability", and the KS p-value in the title.""",
        code="""
            import matplotlib.pyplot as plt
            from scipy import stats

            # the exact p-value (the default for small samples) can fail on heavily tied data, and
            # SciPy then warns and switches to the asymptotic one anyway
            result = stats.ks_2samp(a, b, method="asymp")

            fig, ax = plt.subplots()
            for label, sample in (("group a", a), ("group b", b)):
                stats.ecdf(sample).cdf.plot(ax, label=label)
            ax.set(
                xlabel="value",
                ylabel="cumulative probability",
                title=f"Empirical CDFs (KS p = {result.pvalue:.3f})",
            )
            ax.legend()
        """,
        domain=DOMAIN,
        libraries=["scipy.stats", "matplotlib"],
        inputs={"a": "groups.a", "b": "groups.b"},
        checks=[
            "figure_summary().axes[0].legend_labels == ['group a', 'group b']",
            "figure_summary().axes[0].n_lines == 2",
            "f'{result.pvalue:.3f}' in figure_summary().axes[0].title",
            "figure_summary().axes[0].ylabel == 'cumulative probability'",
        ],
        difficulty="intermediate",
        tags=["ecdf", "two-sample", "custom-plotting"],
        edge_cases=True,
    )
