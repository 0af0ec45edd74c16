"""Data processing with pandas: grouping, reshaping, joining, time series, missing data, indexing, I/O."""

from __future__ import annotations

from collections.abc import Iterator

from . import ex
from ..example import Example

DOMAIN = "data_processing"
PD = ["pandas"]
PD_NP = ["pandas", "numpy"]


def examples() -> Iterator[Example]:
    yield from _grouping()
    yield from _reshaping_and_joining()
    yield from _time_series()
    yield from _cleaning_and_assignment()
    yield from _selection_and_derivation()
    yield from _indexing_io_and_summaries()
    yield from _defensive_handling()


def _grouping() -> Iterator[Example]:
    yield ex(
        id="pandas.groupby_named_aggregation",
        task="""Summarise the clinical-trial DataFrame `trial` per `site` with named aggregation: the
        mean `response` as `mean_response`, the number of patients as `n_patients` and the largest
        `dose` as `max_dose`; store the per-site table in `summary`. `site` is categorical, so pass
        `observed=True`.""",
        code="""
            summary = trial.groupby("site", observed=True).agg(
                mean_response=("response", "mean"),
                n_patients=("response", "size"),
                max_dose=("dose", "max"),
            )
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            'list(summary.columns) == ["mean_response", "n_patients", "max_dose"]',
            'len(summary) == trial["site"].nunique()',
            'summary["n_patients"].sum() == len(trial)',
            'all(np.isclose(summary.loc[s, "mean_response"], trial.loc[trial["site"] == s, "response"].mean()) for s in summary.index)',
            'all(summary.loc[s, "max_dose"] == trial.loc[trial["site"] == s, "dose"].max() for s in summary.index)',
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["groupby", "aggregation", "categorical"],
    )
    yield ex(
        id="pandas.groupby_transform_zscore",
        task="""Add a column `response_z` to `trial` holding each patient's `response` standardised
        within their own `site` (minus the site mean, divided by the site standard deviation), using
        `groupby(...).transform` so the result aligns with the original rows. A site whose responses
        have no spread (all equal, or a single patient) gets 0 rather than NaN.""",
        code="""
            by_site = trial.groupby("site", observed=True)["response"]
            # a site without spread would divide 0 by 0 (or by a rounding residue): divide by 1 instead
            site_std = by_site.transform("std").where(by_site.transform("nunique") > 1, 1.0)
            trial["response_z"] = (trial["response"] - by_site.transform("mean")) / site_std
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            'trial["response_z"].index.equals(trial.index)',
            'np.allclose(trial.groupby("site", observed=True)["response_z"].mean(), 0, atol=1e-9)',
            'np.allclose(trial.groupby("site", observed=True)["response_z"].std()[trial.groupby("site", observed=True)["response"].nunique() > 1], 1)',
            'np.allclose(trial.loc[trial.groupby("site", observed=True)["response"].transform("nunique") == 1, "response_z"], 0, atol=1e-9)',
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["groupby", "transform", "standardization"],
    )
    yield ex(
        id="pandas.groupby_filter_min_size",
        task="""Keep only the rows of `trial` whose `site` has at least 35 patients, using
        `groupby(...).filter`; store the remaining rows in `large_sites`.""",
        code="""
            large_sites = trial.groupby("site", observed=True).filter(lambda group: len(group) >= 35)
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            'set(large_sites["site"]) == {s for s, n in trial["site"].value_counts().items() if n >= 35}',
            'len(large_sites) == sum(n for n in trial["site"].value_counts() if n >= 35)',
            "large_sites.index.isin(trial.index).all()",
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["groupby", "filter"],
    )
    yield ex(
        id="pandas.groupby_two_keys_unstack",
        task="""Compute the mean `response` for every `site` x `treatment` combination of `trial` and
        reshape it with `unstack` into `mean_table`: one row per site, one column per treatment.""",
        code="""
            mean_table = trial.groupby(["site", "treatment"], observed=True)["response"].mean().unstack("treatment")
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            'mean_table.shape == (trial["site"].nunique(), trial["treatment"].nunique())',
            'all(np.isclose(mean_table.loc[s, t], trial.loc[(trial["site"] == s) & (trial["treatment"] == t), "response"].mean(), equal_nan=True) for s in mean_table.index for t in mean_table.columns)',
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["groupby", "unstack", "reshape"],
    )
    yield ex(
        id="pandas.groupby_rank_top_n",
        task="""Rank the patients of `trial` within each `site` by `response` (1 = highest, ties broken
        by order of appearance) into the Series `site_rank`, then keep each site's three best
        responders in `top3`.""",
        code="""
            site_rank = trial.groupby("site", observed=True)["response"].rank(ascending=False, method="first")
            top3 = trial[site_rank <= 3]
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            "site_rank.index.equals(trial.index)",
            'set(top3.index) == {i for s in trial["site"].unique() for i in trial.loc[trial["site"] == s, "response"].nlargest(3).index}',
            'len(top3) == trial.groupby("site", observed=True).size().clip(upper=3).sum()',
        ],
        edge_cases=True,
        difficulty="advanced",
        tags=["groupby", "rank"],
    )
    yield ex(
        id="pandas.groupby_multi_func_flatten",
        task="""For each `treatment` in `trial`, compute the mean, standard deviation and count of both
        `dose` and `response` with `agg(["mean", "std", "count"])`, then flatten the two-level column
        index into names like `response_mean`; store the table in `stats_table`.""",
        code="""
            stats_table = trial.groupby("treatment", observed=True)[["dose", "response"]].agg(["mean", "std", "count"])
            stats_table.columns = stats_table.columns.map("_".join)
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            'set(stats_table.columns) == {f"{c}_{s}" for c in ("dose", "response") for s in ("mean", "std", "count")}',
            'len(stats_table) == trial["treatment"].nunique()',
            'stats_table["response_count"].sum() == trial["response"].notna().sum()',
            'np.allclose(stats_table["dose_mean"], [trial.loc[trial["treatment"] == t, "dose"].mean() for t in stats_table.index])',
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["groupby", "aggregation", "multiindex"],
    )
    yield ex(
        id="pandas.groupby_size_vs_count",
        task="""`trial_missing` has NaN in some `response` values. Build `completeness`, one row per
        `site`, with `n_rows` (all rows, `size`), `n_measured` (non-missing responses, `count`) and
        `missing_fraction` (share of rows without a response).""",
        code="""
            import pandas as pd

            by_site = trial_missing.groupby("site", observed=True)["response"]
            completeness = pd.DataFrame({"n_rows": by_site.size(), "n_measured": by_site.count()})
            completeness["missing_fraction"] = 1 - completeness["n_measured"] / completeness["n_rows"]
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial_missing": "trial_missing"},
        checks=[
            'completeness["n_rows"].sum() == len(trial_missing)',
            'completeness["n_measured"].sum() == trial_missing["response"].notna().sum()',
            'np.isclose((completeness["missing_fraction"] * completeness["n_rows"]).sum(), trial_missing["response"].isna().sum())',
            'completeness["missing_fraction"].between(0, 1).all()',
        ],
        edge_cases={"nan": True, "why": "trial_missing has missing values, so the generated frames carry them too"},
        difficulty="intermediate",
        tags=["groupby", "missing-data", "error-handling"],
    )
    yield ex(
        id="pandas.cut_age_groups",
        task="""Bin `age` in `trial` into the labelled groups `18-39`, `40-59` and `60+` with `pd.cut`
        (left-closed edges 18, 40, 60, 120; ages outside them fall in no group and are left out),
        then compute the mean `response` per age group into `by_age_group`, grouping by the binned
        categorical with `observed=True`.""",
        code="""
            import pandas as pd

            age_group = pd.cut(trial["age"], bins=[18, 40, 60, 120], right=False, labels=["18-39", "40-59", "60+"])
            by_age_group = trial.groupby(age_group, observed=True)["response"].mean()
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            'set(by_age_group.index) <= {"18-39", "40-59", "60+"}',
            'len(by_age_group) == pd.cut(trial["age"], [18, 40, 60, 120], right=False).nunique()',
            'np.isclose(by_age_group.get("60+", np.nan), trial.loc[trial["age"].between(60, 119), "response"].mean(), equal_nan=True)',
            'np.isclose(by_age_group.get("18-39", np.nan), trial.loc[trial["age"].between(18, 39), "response"].mean(), equal_nan=True)',
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["binning", "cut", "groupby", "categorical"],
    )
    yield ex(
        id="pandas.qcut_quartiles",
        task="""Split `trial` into four equal-sized `response` quartiles with `pd.qcut` (labels `Q1` to
        `Q4`), store the labels in a new column `quartile`, and count the rows per quartile, in label
        order, into `quartile_counts`. Cut the ranks (`rank(method="first")`) rather than the raw
        values, so that tied responses cannot produce duplicate bin edges.""",
        code="""
            import pandas as pd

            # on the raw values, many tied responses give duplicate quantiles and qcut raises
            # "Bin edges must be unique"; ranks are distinct (ties broken by order of appearance)
            response_rank = trial["response"].rank(method="first")
            trial["quartile"] = pd.qcut(response_rank, q=4, labels=["Q1", "Q2", "Q3", "Q4"])
            quartile_counts = trial["quartile"].value_counts(sort=False)
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            'list(quartile_counts.index) == ["Q1", "Q2", "Q3", "Q4"]',
            'quartile_counts.sum() == trial["response"].notna().sum()',
            "quartile_counts.max() - quartile_counts.min() <= 1",
            '(trial.groupby("quartile", observed=True)["response"].max().to_numpy()[:-1] <= trial.groupby("quartile", observed=True)["response"].min().to_numpy()[1:]).all()',
        ],
        edge_cases={"min_size": 4, "why": "four quartiles need at least four rows"},
        difficulty="basic",
        tags=["binning", "qcut", "quantiles"],
    )
    yield ex(
        id="pandas.pivot_table_margins",
        task="""Build a pivot table `pivot` of the mean `response` in `trial` with `site` as rows and
        `treatment` as columns, including overall margins labelled `All` (`margins=True`).""",
        code="""
            pivot = trial.pivot_table(
                index="site", columns="treatment", values="response", aggfunc="mean", margins=True, observed=True
            )
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            '"All" in pivot.index and "All" in pivot.columns',
            'np.isclose(pivot.loc["All", "All"], trial["response"].mean())',
            'len(pivot) == trial["site"].nunique() + 1',
            'all(np.isclose(pivot.loc[s, "All"], trial.loc[trial["site"] == s, "response"].mean()) for s in pivot.index.drop("All"))',
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["pivot-table", "reshape"],
    )
    yield ex(
        id="pandas.pivot_table_aggfunc_dict",
        task="""Build a per-`site` profile of `trial` with `pivot_table` and an aggfunc dict: the median
        `dose` and both the mean and the maximum `response`; store it in `site_profile` (columns are
        (variable, statistic) pairs).""",
        code="""
            site_profile = trial.pivot_table(
                index="site",
                values=["dose", "response"],
                aggfunc={"dose": "median", "response": ["mean", "max"]},
                observed=True,
            )
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            'len(site_profile) == trial["site"].nunique()',
            'set(site_profile.columns) == {("dose", "median"), ("response", "mean"), ("response", "max")}',
            'np.allclose(site_profile[("response", "max")], [trial.loc[trial["site"] == s, "response"].max() for s in site_profile.index])',
            'np.allclose(site_profile[("dose", "median")], [trial.loc[trial["site"] == s, "dose"].median() for s in site_profile.index])',
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["pivot-table", "aggregation"],
    )
    yield ex(
        id="pandas.crosstab_normalize_index",
        task="""Cross-tabulate `site` against `treatment` in `trial` as row proportions
        (`normalize="index"`) into `allocation`, so that each site's treatment shares sum to 1.""",
        code="""
            import pandas as pd

            allocation = pd.crosstab(trial["site"], trial["treatment"], normalize="index")
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            "np.allclose(allocation.sum(axis=1), 1)",
            'len(allocation) == trial["site"].nunique()',
            'all(np.isclose(allocation.loc[s, t], ((trial["site"] == s) & (trial["treatment"] == t)).sum() / (trial["site"] == s).sum()) for s in allocation.index for t in allocation.columns)',
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["crosstab", "contingency"],
    )
    yield ex(
        id="pandas.value_counts_normalize",
        task="""Compute the share of patients at each `site` of `trial` with
        `value_counts(normalize=True)`; store the Series (largest share first) in `site_share`.""",
        code="""
            site_share = trial["site"].value_counts(normalize=True)
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            "np.isclose(site_share.sum(), 1)",
            'all(np.isclose(site_share[s], (trial["site"] == s).mean()) for s in site_share.index)',
            "site_share.is_monotonic_decreasing",
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["value-counts", "proportions"],
    )
    yield ex(
        id="pandas.groupby_observed_false_empty_category",
        task="""Count the patients of `trial` per `site`, including a planned site `west` that has no
        patients yet: add it to the categories with `cat.add_categories`, then group with
        `observed=False` on purpose so the empty category is kept with a count of 0; store the
        counts in `site_counts`.""",
        code="""
            sites = trial["site"].cat.add_categories(["west"])
            # observed=False keeps categories without rows; that is the point here
            site_counts = trial.groupby(sites, observed=False).size()
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            'site_counts["west"] == 0',
            "site_counts.sum() == len(trial)",
            'len(site_counts) == len(trial["site"].cat.categories) + 1',
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["categorical", "groupby", "observed"],
    )
    yield ex(
        id="pandas.drop_duplicates_keep_last",
        task="""For each (`site`, `treatment`) combination of `trial`, keep only the patient with the
        highest `dose`: sort by `dose`, then `drop_duplicates(subset=[...], keep="last")`; store the
        rows in `max_dose_rows`, and the number of rows that `duplicated` flags on the same subset in
        `n_duplicates`.""",
        code="""
            n_duplicates = int(trial.duplicated(subset=["site", "treatment"]).sum())
            # missing doses sort first, so they can never be the row that is kept
            max_dose_rows = trial.sort_values("dose", na_position="first").drop_duplicates(
                subset=["site", "treatment"], keep="last"
            )
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            "len(max_dose_rows) == len(trial) - n_duplicates",
            'len(max_dose_rows) == trial.groupby(["site", "treatment"], observed=True).ngroups',
            'all(np.isclose(r.dose, trial.loc[(trial["site"] == r.site) & (trial["treatment"] == r.treatment), "dose"].max(), equal_nan=True) for r in max_dose_rows.itertuples())',
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["duplicates", "sorting"],
    )


def _reshaping_and_joining() -> Iterator[Example]:
    yield ex(
        id="pandas.melt_wide_to_long",
        task="""Reshape `trial` from wide to long with `melt`: keep `site` and `treatment` as
        identifiers and stack `dose` and `response` into a `measure` column (variable name) and a
        `value` column; store the result in `long_trial`.""",
        code="""
            long_trial = trial.melt(
                id_vars=["site", "treatment"], value_vars=["dose", "response"], var_name="measure", value_name="value"
            )
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            "len(long_trial) == 2 * len(trial)",
            'list(long_trial.columns) == ["site", "treatment", "measure", "value"]',
            'np.isclose(long_trial.loc[long_trial["measure"] == "response", "value"].sum(), trial["response"].sum())',
            'set(long_trial["measure"]) == {"dose", "response"}',
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["melt", "reshape", "tidy-data"],
    )
    yield ex(
        id="pandas.melt_pivot_roundtrip",
        task="""Convert the wide table `sensor` (DatetimeIndex named `date`, one column per channel) to
        a long table `long_readings` with columns `date`, `channel` and `reading`, then rebuild the
        wide layout from it with `DataFrame.pivot` into `wide`.""",
        code="""
            long_readings = sensor.reset_index().melt(id_vars="date", var_name="channel", value_name="reading")
            wide = long_readings.pivot(index="date", columns="channel", values="reading")
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"sensor": "sensor"},
        checks=[
            "len(long_readings) == sensor.size",
            'set(long_readings.columns) == {"date", "channel", "reading"}',
            "wide.index.equals(sensor.index)",
            "np.allclose(wide[sensor.columns].to_numpy(), sensor.to_numpy())",
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["pivot", "melt", "reshape"],
    )
    yield ex(
        id="pandas.stack_monthly_means",
        task="""Resample `sensor` to monthly means (month-start labels, `"MS"`) and `stack` the
        channels into a tidy Series `monthly_long` indexed by (month, channel).""",
        code="""
            monthly = sensor.resample("MS").mean()
            monthly_long = monthly.stack()
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"sensor": "sensor"},
        checks=[
            "monthly_long.index.nlevels == 2",
            'len(monthly_long) == sensor.index.to_period("M").nunique() * sensor.shape[1]',
            'np.isclose(monthly_long.xs("sensor_a", level=1).iloc[0], sensor["sensor_a"][sensor.index.to_period("M") == sensor.index[0].to_period("M")].mean())',
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["stack", "resample", "reshape"],
    )
    yield ex(
        id="pandas.merge_left_validate_indicator",
        task="""Attach site metadata to `trial`: left-merge it on `site` with a lookup table
        `site_info` that only covers the `north` and `south` sites, with `validate="many_to_one"` and
        `indicator=True`; store the result in `merged` and the number of trial rows that found no
        metadata in `n_unmatched`.""",
        code="""
            import pandas as pd

            site_info = pd.DataFrame(
                {"site": ["north", "south"], "region": ["highland", "coast"], "elevation_m": [850, 12]}
            )
            merged = trial.merge(site_info, on="site", how="left", validate="many_to_one", indicator=True)
            n_unmatched = int((merged["_merge"] == "left_only").sum())
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            "len(merged) == len(trial)",
            'n_unmatched == (~trial["site"].isin(["north", "south"])).sum()',
            'merged["elevation_m"].isna().sum() == n_unmatched',
            'merged.loc[merged["_merge"] == "both", "region"].notna().all()',
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["merge", "join", "validation"],
    )
    yield ex(
        id="pandas.merge_one_to_one_error",
        task="""Merge the per-site mean `response` of `trial` with a lookup table `site_info` that
        accidentally lists `north` twice, using `validate="one_to_one"`; catch the resulting
        `pd.errors.MergeError` in `merge_error`, then merge again with the lookup deduplicated
        (`drop_duplicates`, first row per site kept) into `merged`.""",
        code="""
            import pandas as pd

            site_means = trial.groupby("site", observed=True, as_index=False)["response"].mean()
            site_info = pd.DataFrame(
                {"site": ["north", "north", "south", "east"], "region": ["highland", "highland-2", "coast", "plain"]}
            )
            try:
                merged = site_means.merge(site_info, on="site", validate="one_to_one")
                merge_error = None
            except pd.errors.MergeError as exc:
                merge_error = exc
                merged = site_means.merge(site_info.drop_duplicates(subset="site"), on="site", validate="one_to_one")
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            "isinstance(merge_error, pd.errors.MergeError)",
            'merged["site"].is_unique',
            'len(merged) == trial["site"].nunique()',
            'set(merged.loc[merged["site"] == "north", "region"]) <= {"highland"}',
        ],
        edge_cases=True,
        difficulty="advanced",
        tags=["merge", "validation", "error-handling"],
    )
    for how, expected, extra in (
        (
            "inner",
            'set(trial["site"]) & {"north", "west"}',
            'joined["region"].notna().all()',
        ),
        (
            "left",
            'set(trial["site"])',
            'joined["region"].isna().sum() == len(set(trial["site"]) - {"north"})',
        ),
        (
            "outer",
            'set(trial["site"]) | {"north", "west"}',
            'joined["n_patients"].isna().sum() == len({"north", "west"} - set(trial["site"]))',
        ),
    ):
        yield ex(
            id=f"pandas.merge_how.{how}",
            family="pandas.merge_how",
            task=f"""Count the patients per `site` of `trial` into `counts` (columns `site`,
            `n_patients`), then combine it with a lookup table `site_info` that lists the sites
            `north` and `west` using `merge(how="{how}")`; store the result in `joined`.""",
            code=f"""
                import pandas as pd

                counts = trial.groupby("site", observed=True).size().rename("n_patients").reset_index()
                site_info = pd.DataFrame({{"site": ["north", "west"], "region": ["highland", "valley"]}})
                joined = counts.merge(site_info, on="site", how="{how}")
            """,
            domain=DOMAIN,
            libraries=PD,
            inputs={"trial": "trial"},
            checks=[
                f'set(joined["site"]) == {expected}',
                f"len(joined) == len({expected})",
                extra,
            ],
            edge_cases=True,
            difficulty="basic",
            tags=["merge", "join", "parameter-tuning"],
        )
    yield ex(
        id="pandas.merge_asof_calibrations",
        task="""Calibration events `calibrations` happened at irregular times (0, 17.25, 40.5 and 71
        days after the first reading of `sensor`). For every reading of `sensor`, attach the most
        recent calibration at or before it with `pd.merge_asof` (`direction="backward"`); store the
        readings with `calibration_id` and `calibrated_at` in `aligned`.""",
        code="""
            import pandas as pd

            offsets = pd.to_timedelta([0, 17.25, 40.5, 71], unit="D")
            calibrations = pd.DataFrame(
                {
                    # merge_asof needs keys of one datetime resolution (pandas 3 indexes default to "us")
                    "calibrated_at": (sensor.index[0] + offsets).as_unit(sensor.index.unit),
                    "calibration_id": ["C1", "C2", "C3", "C4"],
                }
            )
            readings = sensor.reset_index()
            aligned = pd.merge_asof(readings, calibrations, left_on="date", right_on="calibrated_at", direction="backward")
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"sensor": "sensor"},
        checks=[
            "len(aligned) == len(sensor)",
            'aligned["calibration_id"].notna().all()',
            '(aligned["calibrated_at"] <= aligned["date"]).all()',
            'aligned["calibration_id"].is_monotonic_increasing',
            'np.allclose(aligned["sensor_a"], sensor["sensor_a"])',
        ],
        edge_cases=True,
        difficulty="advanced",
        tags=["merge-asof", "time-series", "join"],
    )
    yield ex(
        id="pandas.concat_with_keys",
        task="""Stack the complete table `trial` and the table with gaps `trial_missing` into one
        DataFrame `combined` with `pd.concat`, labelling the rows by origin with
        `keys=["complete", "with_gaps"]` and the index level names `source` and `row`.""",
        code="""
            import pandas as pd

            combined = pd.concat([trial, trial_missing], keys=["complete", "with_gaps"], names=["source", "row"])
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial", "trial_missing": "trial_missing"},
        checks=[
            "len(combined) == len(trial) + len(trial_missing)",
            'list(combined.index.names) == ["source", "row"]',
            'list(combined.index.get_level_values("source").unique()) == ["complete", "with_gaps"]',
            'combined.loc["with_gaps", "response"].isna().sum() == trial_missing["response"].isna().sum()',
        ],
        edge_cases={"nan": True, "why": "trial_missing has missing values, so the generated frames (of both inputs) carry them too"},
        difficulty="basic",
        tags=["concat", "multiindex"],
    )
    yield ex(
        id="pandas.join_rolling_suffix",
        task="""Compute 7-day rolling means of every channel of `sensor` and `join` them to the raw
        readings as extra columns named with the suffix `_7d` (`add_suffix`); store the result in
        `with_smooth`.""",
        code="""
            weekly = sensor.rolling(7).mean()
            with_smooth = sensor.join(weekly.add_suffix("_7d"))
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"sensor": "sensor"},
        checks=[
            'list(with_smooth.columns) == list(sensor.columns) + [f"{c}_7d" for c in sensor.columns]',
            'with_smooth["sensor_a_7d"].isna().sum() == min(6, len(sensor))',
            'len(sensor) < 7 or np.isclose(with_smooth["sensor_b_7d"].iloc[-1], sensor["sensor_b"].iloc[-7:].mean())',
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["join", "rolling"],
    )
    yield ex(
        id="pandas.explode_list_column",
        task="""Collect the ages of each `site` of `trial` into one list per site (`agg(list)`) as
        `ages_by_site`, then flatten it back to one row per patient with `explode` into `ages_long`,
        converting the exploded values back to integers.""",
        code="""
            ages_by_site = trial.groupby("site", observed=True)["age"].agg(list)
            ages_long = ages_by_site.explode().astype(int)
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            "len(ages_long) == len(trial)",
            'ages_long.sum() == trial["age"].sum()',
            'ages_long.dtype.kind == "i"',
            'all(sorted(ages_long.loc[[s]]) == sorted(trial.loc[trial["site"] == s, "age"]) for s in ages_by_site.index)',
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["explode", "lists"],
    )
    yield ex(
        id="pandas.str_split_explode_tags",
        task="""The semicolon-separated keyword field `keywords` of a small sample table `samples`
        lists several tags per sample. Split it with `str.split` and `explode` it into one row per
        (sample, tag) in `tags_long`, then count how many samples carry each tag into `tag_counts`.""",
        code="""
            import pandas as pd

            samples = pd.DataFrame(
                {
                    "sample_id": ["S1", "S2", "S3", "S4"],
                    "keywords": ["soil;wet;north", "soil;dry", "water", "water;north;cold"],
                }
            )
            tags_long = samples.assign(tag=samples["keywords"].str.split(";")).explode("tag")
            tag_counts = tags_long["tag"].value_counts()
        """,
        domain=DOMAIN,
        libraries=PD,
        checks=[
            "len(tags_long) == 9",
            'tag_counts["soil"] == 2 and tag_counts["north"] == 2 and tag_counts["cold"] == 1',
            "tag_counts.sum() == len(tags_long)",
            'set(tags_long.loc[tags_long["tag"] == "north", "sample_id"]) == {"S1", "S4"}',
        ],
        difficulty="intermediate",
        tags=["explode", "string-methods"],
    )


def _time_series() -> Iterator[Example]:
    yield ex(
        id="pandas.resample_agg_per_column",
        task="""Aggregate the daily `weather` table to calendar months (month-start labels, `"MS"`)
        with a different statistic per column: mean `temperature` and total `rainfall`; store the
        monthly table in `monthly`.""",
        code="""
            monthly = weather.resample("MS").agg({"temperature": "mean", "rainfall": "sum"})
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"weather": "weather"},
        checks=[
            'np.isclose(monthly["rainfall"].sum(), weather["rainfall"].sum())',
            'len(monthly) == weather.index.to_period("M").nunique()',
            "(monthly.index.day == 1).all()",
            'np.isclose(monthly["temperature"].iloc[0], weather["temperature"][weather.index.to_period("M") == weather.index[0].to_period("M")].mean())',
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["resample", "time-series", "aggregation"],
    )
    yield ex(
        id="pandas.resample_ohlc",
        task="""Summarise the daily `temperature` of `weather` as weekly open/high/low/close values
        with `resample("W").ohlc()`; store the table in `weekly_ohlc`.""",
        code="""
            weekly_ohlc = weather["temperature"].resample("W").ohlc()
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"weather": "weather"},
        checks=[
            'list(weekly_ohlc.columns) == ["open", "high", "low", "close"]',
            '(weekly_ohlc["high"] >= weekly_ohlc[["open", "close"]].max(axis=1)).all()',
            '(weekly_ohlc["low"] <= weekly_ohlc[["open", "close"]].min(axis=1)).all()',
            'np.isclose(weekly_ohlc["high"].max(), weather["temperature"].max())',
            'np.isclose(weekly_ohlc["open"].iloc[0], weather["temperature"].iloc[0])',
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["resample", "ohlc", "time-series"],
    )
    for rule, period, label, anchor in (
        ("W", "W", "week (weeks end on Sunday)", "(rain_totals.index.day_of_week == 6).all()"),
        ("MS", "M", "calendar month (labelled by the month start)", "(rain_totals.index.day == 1).all()"),
        ("QS", "Q", "quarter (labelled by the quarter start)", "rain_totals.index.month.isin([1, 4, 7, 10]).all()"),
    ):
        yield ex(
            id=f"pandas.resample_rainfall_total.{rule.lower()}",
            family="pandas.resample_rainfall_total",
            task=f"""Total the daily `rainfall` of `weather` per {label} with
            `resample("{rule}").sum()`; store the Series in `rain_totals`.""",
            code=f"""
                rain_totals = weather["rainfall"].resample("{rule}").sum()
            """,
            domain=DOMAIN,
            libraries=PD,
            inputs={"weather": "weather"},
            checks=[
                'np.isclose(rain_totals.sum(), weather["rainfall"].sum())',
                f'len(rain_totals) == weather.index.to_period("{period}").nunique()',
                anchor,
                "rain_totals.index.is_monotonic_increasing",
            ],
            edge_cases=True,
            difficulty="basic",
            tags=["resample", "time-series", "parameter-tuning"],
        )
    yield ex(
        id="pandas.rolling_centered_min_periods",
        task="""Smooth the `temperature` of `weather` with a centred 7-day rolling mean that still
        gives values at both ends of the series (`center=True`, `min_periods=1`); store it in
        `smoothed`.""",
        code="""
            smoothed = weather["temperature"].rolling(window=7, center=True, min_periods=1).mean()
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"weather": "weather"},
        checks=[
            "smoothed.notna().all()",
            "smoothed.index.equals(weather.index)",
            'len(weather) < 7 or np.isclose(smoothed.iloc[3], weather["temperature"].iloc[:7].mean())',
            'np.isclose(smoothed.iloc[0], weather["temperature"].iloc[:4].mean())',
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["rolling", "smoothing", "time-series"],
    )
    for window in (3, 7, 30):
        yield ex(
            id=f"pandas.rolling_std.window{window}",
            family="pandas.rolling_std",
            task=f"""Track the volatility of `sensor_a` in `sensor` as its rolling standard deviation
            over a {window}-day window, reporting only full windows (`min_periods={window}`); store
            the Series in `volatility`.""",
            code=f"""
                volatility = sensor["sensor_a"].rolling(window={window}, min_periods={window}).std()
            """,
            domain=DOMAIN,
            libraries=PD,
            inputs={"sensor": "sensor"},
            checks=[
                f"volatility.isna().sum() == min({window - 1}, len(sensor))",
                # rolling().std() updates running sums as the window slides, so its rounding error
                # scales with the largest reading seen, not with the window's own spread
                f'len(sensor) < {window} or np.isclose(volatility.iloc[-1], sensor["sensor_a"].iloc[-{window}:].std(), atol=1e-6 * sensor["sensor_a"].abs().max())',
                "(volatility.dropna() >= 0).all()",
                "volatility.index.equals(sensor.index)",
            ],
            edge_cases=True,
            difficulty="basic",
            tags=["rolling", "volatility", "parameter-tuning"],
        )
    yield ex(
        id="pandas.rolling_time_based_window",
        task="""Simulate missing days by dropping every fourth row of `sensor` into `irregular`, then
        compute a time-based rolling mean of `sensor_b` over the past 7 calendar days with
        `rolling("7D")` (the window spans 7 days, not 7 rows); store it in `weekly_mean`.""",
        code="""
            irregular = sensor.drop(sensor.index[::4])
            weekly_mean = irregular["sensor_b"].rolling("7D").mean()
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"sensor": "sensor"},
        checks=[
            "len(irregular) == len(sensor) - len(sensor.index[::4])",
            "weekly_mean.index.equals(irregular.index)",
            "weekly_mean.notna().all()",
            'irregular.empty or np.isclose(weekly_mean.iloc[-1], irregular["sensor_b"][irregular.index > irregular.index[-1] - pd.Timedelta(days=7)].mean())',
        ],
        edge_cases=True,
        difficulty="advanced",
        tags=["rolling", "time-series", "irregular-sampling"],
    )
    yield ex(
        id="pandas.expanding_max_drawdown",
        task="""Track the running record high of `sensor_c` in `sensor` with an expanding maximum
        (`running_max`) and the drawdown below that record (`drawdown`, reading minus running
        record, always <= 0).""",
        code="""
            running_max = sensor["sensor_c"].expanding().max()
            drawdown = sensor["sensor_c"] - running_max
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"sensor": "sensor"},
        checks=[
            'np.allclose(running_max, np.maximum.accumulate(sensor["sensor_c"].to_numpy()))',
            "(drawdown <= 0).all()",
            'np.isclose(drawdown.min(), (sensor["sensor_c"] - sensor["sensor_c"].cummax()).min())',
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["expanding", "time-series"],
    )
    for span in (5, 20, 60):
        yield ex(
            id=f"pandas.ewm_mean.span{span}",
            family="pandas.ewm_mean",
            task=f"""Smooth the `temperature` of `weather` with an exponentially weighted moving
            average of span {span} in its recursive form (`adjust=False`); store it in `ewma`.""",
            code=f"""
                ewma = weather["temperature"].ewm(span={span}, adjust=False).mean()
            """,
            domain=DOMAIN,
            libraries=PD,
            inputs={"weather": "weather"},
            checks=[
                "ewma.index.equals(weather.index)",
                'np.isclose(ewma.iloc[0], weather["temperature"].iloc[0])',
                # the recursion y[t] = alpha * x[t] + (1 - alpha) * y[t - 1] with alpha = 2 / (span + 1)
                f'np.allclose(ewma.to_numpy()[1:], 2 / ({span} + 1) * weather["temperature"].to_numpy()[1:] + (1 - 2 / ({span} + 1)) * ewma.to_numpy()[:-1])',
                # smoothing never adds variation: the total variation can only shrink
                'np.abs(np.diff(ewma.to_numpy())).sum() <= np.abs(np.diff(weather["temperature"].to_numpy())).sum() * (1 + 1e-9)',
            ],
            edge_cases=True,
            difficulty="intermediate",
            tags=["ewm", "smoothing", "parameter-tuning"],
        )
    yield ex(
        id="pandas.shift_diff_pct_change",
        task="""For the `sensor_c` channel of `sensor`, build `changes` with the columns `previous`
        (the prior day's reading, `shift(1)`), `delta` (`diff()`) and `pct` (`pct_change()`).""",
        code="""
            import pandas as pd

            reading = sensor["sensor_c"]
            changes = pd.DataFrame({"previous": reading.shift(1), "delta": reading.diff(), "pct": reading.pct_change()})
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"sensor": "sensor"},
        checks=[
            'np.allclose(changes["delta"].iloc[1:], np.diff(sensor["sensor_c"].to_numpy()))',
            'np.allclose(changes["pct"].iloc[1:], changes["delta"].iloc[1:] / changes["previous"].iloc[1:])',
            "changes.iloc[0].isna().all()",
            "changes.index.equals(sensor.index)",
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["shift", "diff", "time-series"],
    )
    yield ex(
        id="pandas.lag_features",
        task="""Build a forecasting table `features` from the `temperature` of `weather`: columns
        `lag_1`, `lag_2` and `lag_7` (the value 1, 2 and 7 days earlier, via `shift`) and `target`
        (the current value), dropping the first rows whose lags are incomplete.""",
        code="""
            import pandas as pd

            temperature = weather["temperature"]
            features = (
                pd.DataFrame({f"lag_{k}": temperature.shift(k) for k in (1, 2, 7)})
                .assign(target=temperature)
                .dropna()
            )
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"weather": "weather"},
        checks=[
            'list(features.columns) == ["lag_1", "lag_2", "lag_7", "target"]',
            "len(features) == max(len(weather) - 7, 0)",
            'np.allclose(features["lag_7"].to_numpy(), weather["temperature"].to_numpy()[:-7])',
            'np.allclose(features["lag_1"].to_numpy(), weather["temperature"].to_numpy()[6:-1])',
        ],
        edge_cases=True,
        difficulty="advanced",
        tags=["shift", "feature-engineering", "time-series"],
    )
    yield ex(
        id="pandas.interpolate_time_weighted",
        task="""`sensor` was only read Monday to Thursday; keep those rows plus the first and last
        reading in `observed`, reindex them onto the full daily index of `sensor` and fill the gaps
        by time-weighted interpolation (`interpolate(method="time")`); store the result in
        `filled`.""",
        code="""
            weekday_reading = sensor.index.day_of_week < 4
            ends = sensor.index.isin(sensor.index[[0, -1]])
            observed = sensor[weekday_reading | ends]
            filled = observed.reindex(sensor.index).interpolate(method="time")
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"sensor": "sensor"},
        checks=[
            "filled.notna().all().all()",
            "filled.index.equals(sensor.index)",
            "np.allclose(filled.loc[observed.index], observed)",
            'np.allclose(filled["sensor_a"], np.interp(sensor.index.asi8, observed.index.asi8, observed["sensor_a"]))',
        ],
        edge_cases=True,
        difficulty="advanced",
        tags=["interpolation", "missing-data", "time-series", "error-handling"],
    )
    yield ex(
        id="pandas.ffill_bfill_edges",
        task="""In a copy `gappy` of `sensor`, the first three `sensor_a` readings and the `sensor_b`
        readings at positions 10 to 13 are lost (set to NaN with `.iloc`). Fill interior gaps with
        the last valid reading (`ffill`) and the leading gap, which has no earlier reading, with the
        next valid one (`bfill`); store the result in `filled`.""",
        code="""
            import numpy as np

            gappy = sensor.copy()
            gappy.iloc[:3, gappy.columns.get_loc("sensor_a")] = np.nan
            gappy.iloc[10:14, gappy.columns.get_loc("sensor_b")] = np.nan
            filled = gappy.ffill().bfill()
        """,
        domain=DOMAIN,
        libraries=PD_NP,
        inputs={"sensor": "sensor"},
        checks=[
            # with three rows or fewer, every sensor_a reading is lost and there is nothing to fill from
            'len(sensor) <= 3 or filled.notna().all().all()',
            'len(sensor) <= 3 or (filled["sensor_a"].iloc[:3] == sensor["sensor_a"].iloc[3]).all()',
            'len(sensor) < 15 or (filled["sensor_b"].iloc[10:14] == sensor["sensor_b"].iloc[9]).all()',
            'filled["sensor_c"].equals(sensor["sensor_c"])',
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["ffill", "bfill", "missing-data", "error-handling"],
    )
    yield ex(
        id="pandas.date_range_missing_days",
        task="""`logged` is `sensor` with every seventh day dropped (`sensor.drop(sensor.index[3::7])`).
        Build the expected daily calendar with `pd.date_range` from the first to the last logged
        day and find the dates that are absent from `logged` with `Index.difference`; store them in
        `missing_days`.""",
        code="""
            import pandas as pd

            logged = sensor.drop(sensor.index[3::7])
            expected = pd.date_range(logged.index.min(), logged.index.max(), freq="D")
            missing_days = expected.difference(logged.index)
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"sensor": "sensor"},
        checks=[
            "set(missing_days) == {d for d in sensor.index[3::7] if logged.index.min() < d < logged.index.max()}",
            "len(missing_days) + len(logged) == (logged.index.max() - logged.index.min()).days + 1",
            "not missing_days.isin(logged.index).any()",
            "missing_days.isin(sensor.index).all()",
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["date-range", "missing-data", "time-series"],
    )
    yield ex(
        id="pandas.asfreq_ffill_limit",
        task="""`sensor` was logged only every third day in `sparse` (`sensor.iloc[::3]`). Restore a
        daily index with `asfreq("D")` and forward-fill each gap by at most one day
        (`ffill(limit=1)`); store the result in `daily`.""",
        code="""
            sparse = sensor.iloc[::3]
            daily = sparse.asfreq("D").ffill(limit=1)
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"sensor": "sensor"},
        checks=[
            'daily.index.equals(pd.date_range(sparse.index[0], sparse.index[-1], freq="D"))',
            'daily["sensor_a"].isna().sum() == len(sparse) - 1',
            'np.allclose(daily["sensor_a"].iloc[1::3], sparse["sensor_a"].iloc[:-1])',
            'np.allclose(daily["sensor_a"].iloc[::3], sparse["sensor_a"])',
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["asfreq", "ffill", "missing-data", "time-series"],
    )
    yield ex(
        id="pandas.dt_accessor_weekend_rain",
        task="""Turn the DatetimeIndex of `weather` into a `date` column (`reset_index`) in `days`,
        derive `month` (`dt.month`) and a boolean `weekend` (`dt.day_of_week >= 5`) with the `dt`
        accessor, and compute the mean `rainfall` per month for weekdays and weekends into
        `weekend_rain` (months as rows, always both `False` and `True` as columns, NaN where a month
        has no such days).""",
        code="""
            days = weather.reset_index()
            days["month"] = days["date"].dt.month
            days["weekend"] = days["date"].dt.day_of_week >= 5
            weekend_rain = (
                days.groupby(["month", "weekend"])["rainfall"]
                .mean()
                .unstack("weekend")
                # unstack only makes columns for the values present: a span of weekend days alone
                # would have no False column
                .reindex(columns=[False, True])
            )
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"weather": "weather"},
        checks=[
            "len(weekend_rain) == weather.index.month.nunique()",
            "list(weekend_rain.columns) == [False, True]",
            'np.isclose(weekend_rain.loc[weather.index[0].month, False], weather.loc[(weather.index.month == weather.index[0].month) & (weather.index.day_of_week < 5), "rainfall"].mean(), equal_nan=True)',
            "weekend_rain.index.is_monotonic_increasing",
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["datetime", "dt-accessor", "groupby"],
    )
    yield ex(
        id="pandas.to_datetime_format_coerce",
        task="""Dates arrive as day-first strings: `raw_dates` holds the dates of `weather` formatted
        as `%d/%m/%Y`, with the last entry corrupted to the impossible date `31/02/2023`. Parse
        them with `pd.to_datetime(format="%d/%m/%Y", errors="coerce")` into `dates` and count the
        entries that could not be parsed in `n_bad_dates`.""",
        code="""
            import pandas as pd

            raw_dates = pd.Series(weather.index.strftime("%d/%m/%Y"))
            raw_dates.iloc[-1] = "31/02/2023"
            dates = pd.to_datetime(raw_dates, format="%d/%m/%Y", errors="coerce")
            n_bad_dates = int(dates.isna().sum())
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"weather": "weather"},
        checks=[
            "n_bad_dates == 1",
            "pd.isna(dates.iloc[-1])",
            "pd.DatetimeIndex(dates.iloc[:-1]).equals(weather.index[:-1])",
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["datetime", "parsing", "error-handling"],
    )
    yield ex(
        id="pandas.period_range_rainy_days",
        task="""Count the rainy days (`rainfall` above 1 mm) of `weather` per calendar month using
        `to_period("M")`, then `reindex` the counts onto the full `pd.period_range` from January of
        the first year to December of the last year, with 0 for months without data; store the
        Series in `rainy_days`.""",
        code="""
            import pandas as pd

            rainy = weather["rainfall"] > 1
            per_month = rainy.groupby(weather.index.to_period("M")).sum()
            all_months = pd.period_range(f"{weather.index.year.min()}-01", f"{weather.index.year.max()}-12", freq="M")
            rainy_days = per_month.reindex(all_months, fill_value=0)
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"weather": "weather"},
        checks=[
            "len(rainy_days) == 12 * (weather.index.year.max() - weather.index.year.min() + 1)",
            'rainy_days.sum() == (weather["rainfall"] > 1).sum()',
            'isinstance(rainy_days.index, pd.PeriodIndex) and rainy_days.index.freqstr == "M"',
            "rainy_days.notna().all()",
        ],
        edge_cases=True,
        difficulty="advanced",
        tags=["period", "reindex", "time-series"],
    )
    yield ex(
        id="pandas.grouper_weekly_per_channel",
        task="""Make `sensor` long in `long_readings` (columns `date`, `channel`, `reading`), then
        compute each channel's weekly maximum with
        `groupby([pd.Grouper(key="date", freq="W"), "channel"])` and unstack it into `weekly_max`
        (weeks as rows, channels as columns).""",
        code="""
            import pandas as pd

            long_readings = sensor.reset_index().melt(id_vars="date", var_name="channel", value_name="reading")
            weekly_max = (
                long_readings.groupby([pd.Grouper(key="date", freq="W"), "channel"])["reading"].max().unstack("channel")
            )
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"sensor": "sensor"},
        checks=[
            'weekly_max.shape == (sensor.index.to_period("W").nunique(), sensor.shape[1])',
            'np.allclose(weekly_max[sensor.columns].to_numpy(), sensor.resample("W").max().to_numpy())',
        ],
        edge_cases=True,
        difficulty="advanced",
        tags=["groupby", "grouper", "time-series"],
    )
    yield ex(
        id="pandas.groupby_cumsum_month_to_date",
        task="""Compute the month-to-date cumulative `rainfall` of `weather` (restarting on the first
        day of each month) by grouping on the index's year and month and taking `cumsum`; store
        the Series in `month_to_date`.""",
        code="""
            month_to_date = weather["rainfall"].groupby([weather.index.year, weather.index.month]).cumsum()
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"weather": "weather"},
        checks=[
            "month_to_date.index.equals(weather.index)",
            'np.allclose(month_to_date[weather.index.is_month_end | (weather.index == weather.index[-1])], weather["rainfall"].resample("MS").sum())',
            '(month_to_date[weather.index.day == 1] == weather["rainfall"][weather.index.day == 1]).all()',
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["groupby", "cumsum", "time-series"],
    )
    yield ex(
        id="pandas.rolling_pairwise_correlation",
        task="""Compute the 30-day rolling Pearson correlation between `sensor_a` and `sensor_b` of
        `sensor` (`rolling(30).corr(...)`); store it in `rolling_corr`. A window in which either
        channel stays flat has no correlation (0 / 0): make it NaN explicitly, since pandas returns
        NaN or +-inf there depending on the version.""",
        code="""
            window_a = sensor["sensor_a"].rolling(30)
            window_b = sensor["sensor_b"].rolling(30)
            # max == min is an exact test for a flat window (a rolling std may keep rounding residue)
            flat = (window_a.max() == window_a.min()) | (window_b.max() == window_b.min())
            rolling_corr = window_a.corr(sensor["sensor_b"]).mask(flat)
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"sensor": "sensor"},
        checks=[
            "rolling_corr.index.equals(sensor.index)",
            "rolling_corr.dropna().between(-1 - 1e-9, 1 + 1e-9).all()",
            "rolling_corr.iloc[:29].isna().all()",
            'len(sensor) < 30 or (np.isnan(rolling_corr.iloc[-1]) if sensor[["sensor_a", "sensor_b"]].iloc[-30:].nunique().min() == 1 else np.isclose(rolling_corr.iloc[-1], np.corrcoef(sensor["sensor_a"].iloc[-30:], sensor["sensor_b"].iloc[-30:])[0, 1]))',
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["rolling", "correlation", "time-series"],
    )
    yield ex(
        id="pandas.tz_localize_convert",
        task="""The timestamps of `sensor` are naive UTC times. Attach the UTC time zone with
        `tz_localize("UTC")` and convert them to New York local time with
        `tz_convert("America/New_York")`; store the re-indexed frame in `local`.""",
        code="""
            local = sensor.tz_localize("UTC").tz_convert("America/New_York")
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"sensor": "sensor"},
        checks=[
            'str(local.index.tz) == "America/New_York"',
            'local.index.tz_convert("UTC").tz_localize(None).equals(sensor.index)',
            "np.allclose(local.to_numpy(), sensor.to_numpy())",
            "(local.index.hour != 0).all()",
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["timezone", "datetime", "time-series"],
    )


def _cleaning_and_assignment() -> Iterator[Example]:
    yield ex(
        id="pandas.fillna_per_column_dict",
        task="""Impute the missing values of `trial_missing` with one `fillna` call and a dict of
        per-column values: `dose` gets the column median and `response` the column mean (a column
        without a single value has neither and stays missing); store the result in `imputed`.""",
        code="""
            fill_values = {"dose": trial_missing["dose"].median(), "response": trial_missing["response"].mean()}
            imputed = trial_missing.fillna(fill_values)
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial_missing": "trial_missing"},
        checks=[
            # every gap is filled, except in a column without a single value (its median is NaN too)
            'imputed.isna().sum().sum() == trial_missing[["dose", "response"]].isna().all().sum() * len(trial_missing)',
            'np.isclose(imputed["response"].mean(), trial_missing["response"].mean(), equal_nan=True)',
            'np.allclose(imputed.loc[trial_missing["dose"].isna(), "dose"], trial_missing["dose"].median(), equal_nan=True)',
            'imputed.loc[trial_missing["response"].notna(), "response"].equals(trial_missing["response"].dropna())',
        ],
        edge_cases={"nan": True, "why": "trial_missing has missing values, so the generated frames carry them too"},
        difficulty="basic",
        tags=["missing-data", "imputation", "error-handling"],
    )
    yield ex(
        id="pandas.fillna_groupwise_combine_first",
        task="""Fill the gaps in `dose` and `response` of `trial_missing` with the mean of the
        patient's own `site`: compute the site means aligned to the rows with
        `groupby(...).transform("mean")` and patch the holes with `combine_first` (existing values
        win); store the result in `patched`.""",
        code="""
            site_means = trial_missing.groupby("site", observed=True)[["dose", "response"]].transform("mean")
            patched = trial_missing.combine_first(site_means)
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial_missing": "trial_missing"},
        checks=[
            "set(patched.columns) == set(trial_missing.columns)",
            'patched[["dose", "response"]].isna().sum().sum() == trial_missing.groupby("site", observed=True)["response"].transform("count").eq(0).sum() + trial_missing.groupby("site", observed=True)["dose"].transform("count").eq(0).sum()',
            'np.allclose(patched.loc[trial_missing["response"].notna(), "response"], trial_missing["response"].dropna())',
            'all(np.isclose(patched["response"].iloc[i], trial_missing.loc[trial_missing["site"] == trial_missing["site"].iloc[i], "response"].mean(), equal_nan=True) for i in np.flatnonzero(trial_missing["response"].isna()))',
        ],
        edge_cases={"nan": True, "why": "trial_missing has missing values, so the generated frames carry them too"},
        difficulty="advanced",
        tags=["missing-data", "imputation", "groupby", "error-handling"],
    )
    yield ex(
        id="pandas.dropna_subset_thresh",
        task="""Clean `survey`: drop the rows whose `income` is missing, then drop rows with fewer
        than 3 non-missing values (`thresh=3`); store the result in `clean`.""",
        code="""
            clean = survey.dropna(subset=["income"]).dropna(thresh=3)
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"survey": "survey"},
        checks=[
            'clean["income"].notna().all()',
            "(clean.notna().sum(axis=1) >= 3).all()",
            'len(clean) == (survey["income"].notna() & (survey.notna().sum(axis=1) >= 3)).sum()',
            "clean.index.isin(survey.index).all()",
        ],
        edge_cases={"nan": True, "why": "survey has missing values, so the generated frames carry them too"},
        difficulty="basic",
        tags=["missing-data", "dropna", "error-handling"],
    )
    yield ex(
        id="pandas.missing_value_report",
        task="""Report the missing data of `survey` in a DataFrame `missing_report` with one row per
        column of `survey`: `n_missing` (count of NaN) and `fraction` (share of NaN), sorted by
        `n_missing`, largest first.""",
        code="""
            import pandas as pd

            missing_report = pd.DataFrame(
                {"n_missing": survey.isna().sum(), "fraction": survey.isna().mean()}
            ).sort_values("n_missing", ascending=False)
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"survey": "survey"},
        checks=[
            "set(missing_report.index) == set(survey.columns)",
            'missing_report["n_missing"].is_monotonic_decreasing',
            'missing_report["n_missing"].sum() == survey.isna().to_numpy().sum()',
            'np.allclose(missing_report["fraction"], missing_report["n_missing"] / len(survey))',
        ],
        edge_cases={"nan": True, "why": "survey has missing values, so the generated frames carry them too"},
        difficulty="intermediate",
        tags=["missing-data", "data-quality", "error-handling"],
    )
    yield ex(
        id="pandas.to_numeric_coerce",
        task="""Hand-typed values arrive as text: `raw_income` holds the `income` column of `survey` formatted with
        two decimals (missing values as empty strings) and every tenth entry (positions 0, 10, ...)
        corrupted to `"n/a"`. Convert it with `pd.to_numeric(errors="coerce")` into `income`, and
        count the entries that were filled in but could not be parsed in `n_unparseable`.""",
        code="""
            import pandas as pd

            # format every value, then blank the missing ones: fillna("") after map(na_action="ignore")
            # would meet a float column whenever every income is missing
            raw_income = survey["income"].map("{:.2f}".format).where(survey["income"].notna(), "")
            raw_income.iloc[::10] = "n/a"
            income = pd.to_numeric(raw_income, errors="coerce")
            n_unparseable = int((income.isna() & (raw_income != "")).sum())
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"survey": "survey"},
        checks=[
            "n_unparseable == len(survey.index[::10])",
            'income.dtype.kind == "f"',
            'income.isna().sum() == survey["income"].isna().sum() + survey["income"].iloc[::10].notna().sum()',
            'np.allclose(income.dropna(), survey["income"].round(2)[income.notna()])',
        ],
        edge_cases={"nan": True, "why": "survey has missing values, so the generated frames carry them too"},
        difficulty="advanced",
        tags=["parsing", "type-conversion", "error-handling"],
    )
    yield ex(
        id="pandas.validate_required_columns",
        task="""Write `summarise_by_site(df)` that first checks that `df` has the columns `site` and
        `response`, raising a `KeyError` that names the missing ones, and otherwise returns the mean
        `response` per site. Apply it to `trial` (result in `site_means`) and to `trial` without its
        `response` column, catching the `KeyError` in `missing_error`.""",
        code="""
            def summarise_by_site(df):
                missing = {"site", "response"}.difference(df.columns)
                if missing:
                    raise KeyError(f"missing required columns: {sorted(missing)}")
                return df.groupby("site", observed=True)["response"].mean()


            site_means = summarise_by_site(trial)
            try:
                summarise_by_site(trial.drop(columns="response"))
            except KeyError as exc:
                missing_error = exc
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            "isinstance(missing_error, KeyError)",
            '"response" in str(missing_error)',
            'len(site_means) == trial["site"].nunique()',
            'np.isclose(site_means.mean(), trial.groupby("site", observed=True)["response"].mean().mean())',
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["validation", "error-handling"],
    )
    yield ex(
        id="pandas.loc_mask_cap_values",
        task="""Make a copy `capped` of `trial` in which every `dose` above 8 is set to 8, using one
        `capped.loc[mask, "dose"] = ...` assignment (chained indexing such as
        `capped["dose"][mask] = 8` silently does nothing under Copy-on-Write).""",
        code="""
            capped = trial.copy()
            capped.loc[capped["dose"] > 8, "dose"] = 8.0
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            'np.allclose(capped["dose"], np.minimum(trial["dose"], 8), equal_nan=True)',
            'capped["dose"].max() <= 8',
            'capped.drop(columns="dose").equals(trial.drop(columns="dose"))',
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["loc", "assignment", "copy-on-write"],
    )
    yield ex(
        id="pandas.loc_mask_new_label_column",
        task="""Add a column `age_group` to `trial` that is `"adult"` for everyone and `"senior"`
        where `age` is 65 or more, setting the seniors with a single
        `trial.loc[mask, "age_group"] = "senior"` assignment (not chained indexing).""",
        code="""
            trial["age_group"] = "adult"
            trial.loc[trial["age"] >= 65, "age_group"] = "senior"
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            '(trial["age_group"] == "senior").sum() == (trial["age"] >= 65).sum()',
            '(trial.loc[trial["age"] < 65, "age_group"] == "adult").all()',
            'set(trial["age_group"]) <= {"adult", "senior"}',
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["loc", "assignment", "copy-on-write"],
    )
    yield ex(
        id="pandas.loc_mask_multi_column_nan",
        task="""Quality control on `trial`: in a copy `qc`, blank out (`np.nan`) both `dose` and
        `response` for every patient younger than 21 with one
        `qc.loc[mask, ["dose", "response"]] = np.nan` assignment, and record how many patients were
        affected in `n_flagged`.""",
        code="""
            import numpy as np

            qc = trial.copy()
            under_21 = qc["age"] < 21
            n_flagged = int(under_21.sum())
            qc.loc[under_21, ["dose", "response"]] = np.nan
        """,
        domain=DOMAIN,
        libraries=PD_NP,
        inputs={"trial": "trial"},
        checks=[
            'n_flagged == (trial["age"] < 21).sum()',
            'qc["response"].isna().sum() == (trial["response"].isna() | (trial["age"] < 21)).sum()',
            'qc.loc[trial["age"] < 21, ["dose", "response"]].isna().all().all()',
            'qc.loc[trial["age"] >= 21, "response"].equals(trial.loc[trial["age"] >= 21, "response"])',
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["loc", "assignment", "copy-on-write", "missing-data"],
    )
    yield ex(
        id="pandas.loc_conditional_increment",
        task="""Correct a calibration error in a copy `corrected` of `sensor`: readings of `sensor_b`
        taken from the 10th day onwards are 1.5 units too high. Subtract 1.5 from exactly those
        values with `corrected.loc[mask, "sensor_b"] -= 1.5` (a single `.loc` update, never
        `corrected["sensor_b"][mask] -= ...`).""",
        code="""
            import pandas as pd

            corrected = sensor.copy()
            after_drift = corrected.index >= corrected.index[0] + pd.Timedelta(days=9)
            corrected.loc[after_drift, "sensor_b"] -= 1.5
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"sensor": "sensor"},
        checks=[
            'np.allclose(corrected["sensor_b"].iloc[9:], sensor["sensor_b"].iloc[9:] - 1.5)',
            'np.allclose(corrected["sensor_b"].iloc[:9], sensor["sensor_b"].iloc[:9])',
            'corrected[["sensor_a", "sensor_c"]].equals(sensor[["sensor_a", "sensor_c"]])',
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["loc", "assignment", "copy-on-write", "time-series"],
    )
    yield ex(
        id="pandas.filtered_subset_copy",
        task="""Select the `drug` arm of `trial` into an independent DataFrame `drug_arm` (take a
        `.copy()` of the filtered rows) and add a column `dose_mg` (`dose` in grams times 1000) to
        it, leaving `trial` itself unchanged.""",
        code="""
            drug_arm = trial[trial["treatment"] == "drug"].copy()
            drug_arm["dose_mg"] = drug_arm["dose"] * 1000
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            '"dose_mg" not in trial.columns',
            'len(drug_arm) == (trial["treatment"] == "drug").sum()',
            'np.allclose(drug_arm["dose_mg"], trial.loc[trial["treatment"] == "drug", "dose"] * 1000, equal_nan=True)',
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["copy-on-write", "filtering"],
    )
    yield ex(
        id="pandas.update_corrections",
        task="""Apply a table of corrections `corrections` (new `dose` values 2.5, 7.0 and 4.0 for the
        first three row labels of `trial`) to a copy `corrected` of `trial` with
        `DataFrame.update`, which aligns on row and column labels.""",
        code="""
            import pandas as pd

            corrected = trial.copy()
            corrections = pd.DataFrame({"dose": [2.5, 7.0, 4.0]}, index=trial.index[:3])
            corrected.update(corrections)
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            'np.allclose(corrected.loc[trial.index[:3], "dose"], [2.5, 7.0, 4.0])',
            "corrected.drop(trial.index[:3]).equals(trial.drop(trial.index[:3]))",
            'corrected["response"].equals(trial["response"])',
        ],
        edge_cases={
            "min_size": 3,
            "index": False,
            "why": "update aligns the corrections on row labels, which must be unique, and the task corrects the first three rows",
        },
        difficulty="intermediate",
        tags=["update", "alignment"],
    )
    yield ex(
        id="pandas.mask_outliers_zscore",
        task="""Replace outliers in `measurements` by NaN: values more than 2.5 standard deviations
        away from their column mean, using `DataFrame.mask`; store the result in `cleaned`.""",
        code="""
            z_scores = (measurements - measurements.mean()) / measurements.std()
            cleaned = measurements.mask(z_scores.abs() > 2.5)
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"measurements": "measurements"},
        checks=[
            "cleaned.shape == measurements.shape",
            "cleaned.isna().sum().sum() == (measurements.isna() | ((measurements - measurements.mean()).abs() > 2.5 * measurements.std())).sum().sum()",
            "np.array_equal(cleaned.to_numpy()[cleaned.notna().to_numpy()], measurements.to_numpy()[cleaned.notna().to_numpy()])",
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["outliers", "mask", "data-quality"],
    )
    yield ex(
        id="pandas.where_replace_out_of_band",
        task="""Keep the `sensor_a` readings of `sensor` that lie within the channel's 10th-90th
        percentile band (`Series.between`) and replace all others by the channel median with
        `Series.where(cond, other)`; store the Series in `tamed`.""",
        code="""
            reading = sensor["sensor_a"]
            in_band = reading.between(reading.quantile(0.1), reading.quantile(0.9))
            tamed = reading.where(in_band, reading.median())
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"sensor": "sensor"},
        checks=[
            "tamed.index.equals(sensor.index)",
            'tamed.between(sensor["sensor_a"].quantile(0.1), sensor["sensor_a"].quantile(0.9)).all()',
            '(tamed != sensor["sensor_a"]).sum() == (~sensor["sensor_a"].between(sensor["sensor_a"].quantile(0.1), sensor["sensor_a"].quantile(0.9))).sum()',
            '(tamed[tamed != sensor["sensor_a"]] == sensor["sensor_a"].median()).all()',
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["where", "outliers"],
    )
    yield ex(
        id="pandas.clip_winsorize_columns",
        task="""Winsorise every column of `survey` at its own 5th and 95th percentiles with
        `DataFrame.clip` (per-column bounds aligned with `axis=1`); store the result in
        `winsorized`. Missing values stay missing.""",
        code="""
            lower = survey.quantile(0.05)
            upper = survey.quantile(0.95)
            winsorized = survey.clip(lower=lower, upper=upper, axis=1)
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"survey": "survey"},
        checks=[
            # where a percentile is undefined (NaN: a column without values), clip has no bound
            "(winsorized.min() >= survey.quantile(0.05) - 1e-9)[survey.quantile(0.05).notna()].all()",
            "(winsorized.max() <= survey.quantile(0.95) + 1e-9)[survey.quantile(0.95).notna()].all()",
            "winsorized.isna().equals(survey.isna())",
            "winsorized.shape == survey.shape",
        ],
        edge_cases={"nan": True, "why": "survey has missing values, so the generated frames carry them too"},
        difficulty="intermediate",
        tags=["clip", "outliers", "winsorize"],
    )


def _selection_and_derivation() -> Iterator[Example]:
    yield ex(
        id="pandas.query_local_variable",
        task="""Select the rows of `trial` in the `drug` arm with a `dose` above the local variable
        `min_dose = 5.0`, using `DataFrame.query` with an `@min_dose` reference; store them in
        `high_dose_drug`.""",
        code="""
            min_dose = 5.0
            high_dose_drug = trial.query("treatment == 'drug' and dose > @min_dose")
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            'high_dose_drug.equals(trial[(trial["treatment"] == "drug") & (trial["dose"] > 5.0)])',
            '(high_dose_drug["dose"] > 5.0).all()',
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["query", "filtering"],
    )
    yield ex(
        id="pandas.eval_multiline_columns",
        task="""Add two derived columns to `measurements` with one multi-line `DataFrame.eval`
        expression: `temp_k` (temperature + 273.15) and `pressure_per_humidity` (pressure divided
        by humidity); store the extended frame in `derived`.""",
        code="""
            derived = measurements.eval(
                \"\"\"
                temp_k = temperature + 273.15
                pressure_per_humidity = pressure / humidity
                \"\"\"
            )
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"measurements": "measurements"},
        checks=[
            'np.allclose(derived["temp_k"], measurements["temperature"] + 273.15, equal_nan=True)',
            'np.allclose(derived["pressure_per_humidity"], measurements["pressure"] / measurements["humidity"], equal_nan=True)',
            "list(derived.columns[: measurements.shape[1]]) == list(measurements.columns)",
            '"temp_k" not in measurements.columns',
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["eval", "feature-engineering"],
    )
    yield ex(
        id="pandas.assign_loc_pipe_chain",
        task="""Write one method chain on `trial`: `assign` a column `dose_per_year` (dose divided by
        age), keep the rows with a positive `dose` through a callable in `.loc`, `pipe` the frame
        into a function `add_rank(df, column)` that adds `response_rank` (1 = highest response), and
        sort by that rank; store the result in `ranked`.""",
        code="""
            def add_rank(df, column):
                return df.assign(response_rank=df[column].rank(ascending=False))


            ranked = (
                trial.assign(dose_per_year=lambda d: d["dose"] / d["age"])
                .loc[lambda d: d["dose"] > 0]
                .pipe(add_rank, column="response")
                .sort_values("response_rank")
            )
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            '{"dose_per_year", "response_rank"} <= set(ranked.columns)',
            'ranked["response_rank"].dropna().is_monotonic_increasing',
            'len(ranked) == (trial["dose"] > 0).sum()',
            'np.allclose(ranked["dose_per_year"], ranked["dose"] / ranked["age"])',
            'ranked["response"].isna().all() or np.isclose(ranked["response"].iloc[0], trial.loc[trial["dose"] > 0, "response"].max())',
        ],
        edge_cases=True,
        difficulty="advanced",
        tags=["method-chaining", "pipe", "assign"],
    )
    yield ex(
        id="pandas.between_isin_filter",
        task="""Select the patients of `trial` aged 30 to 50 inclusive (`Series.between`) at the
        `north` or `south` sites (`Series.isin`); store them in `cohort`.""",
        code="""
            cohort = trial[trial["age"].between(30, 50) & trial["site"].isin(["north", "south"])]
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            'cohort["age"].between(30, 50).all()',
            'cohort["site"].isin(["north", "south"]).all()',
            'len(cohort) == ((trial["age"] >= 30) & (trial["age"] <= 50) & trial["site"].isin(["north", "south"])).sum()',
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["filtering", "boolean-indexing"],
    )
    yield ex(
        id="pandas.nlargest_nsmallest",
        task="""Find the 5 patients of `trial` with the highest `response` (`top5`, via `nlargest`) and
        the 5 with the lowest `dose` (`bottom5`, via `nsmallest`).""",
        code="""
            top5 = trial.nlargest(5, "response")
            bottom5 = trial.nsmallest(5, "dose")
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            "len(top5) == min(5, len(trial)) and len(bottom5) == min(5, len(trial))",
            'top5["response"].is_monotonic_decreasing and bottom5["dose"].is_monotonic_increasing',
            '(trial["response"].drop(top5.index).dropna() <= top5["response"].min()).all()',
            '(trial["dose"].drop(bottom5.index).dropna() >= bottom5["dose"].max()).all()',
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["sorting", "top-n"],
    )
    yield ex(
        id="pandas.sort_values_key",
        task="""Sort `survey` by how far `score` lies from its median, closest first, with
        `sort_values(key=...)`; rows with a missing `score` go last. Store the sorted frame in
        `by_typicality`.""",
        code="""
            median_score = survey["score"].median()
            by_typicality = survey.sort_values("score", key=lambda s: (s - median_score).abs(), na_position="last")
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"survey": "survey"},
        checks=[
            '(by_typicality["score"] - survey["score"].median()).abs().dropna().is_monotonic_increasing',
            'list(by_typicality["score"].isna()) == sorted(survey["score"].isna())',
            "sorted(by_typicality.index) == sorted(survey.index)",
        ],
        edge_cases={"nan": True, "why": "survey has missing values, so the generated frames carry them too"},
        difficulty="intermediate",
        tags=["sorting"],
    )
    yield ex(
        id="pandas.rank_percentile",
        task="""Give each respondent of `survey` the percentile rank of their `score` between 0 and 1
        (`rank(pct=True)`: the rank divided by the number of scores, tied scores sharing their
        average rank) in a new column `score_pct`; missing scores stay missing.""",
        code="""
            survey["score_pct"] = survey["score"].rank(pct=True)
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"survey": "survey"},
        checks=[
            'survey["score_pct"].isna().equals(survey["score"].isna())',
            'survey["score_pct"].dropna().between(0, 1, inclusive="right").all()',
            # the average rank of v is (scores below v) + (1 + scores equal to v) / 2
            'np.allclose(survey["score_pct"].dropna(), [((survey["score"] < v).sum() + ((survey["score"] == v).sum() + 1) / 2) / survey["score"].notna().sum() for v in survey["score"].dropna()])',
            'survey.sort_values("score")["score_pct"].dropna().is_monotonic_increasing',
        ],
        edge_cases={"nan": True, "why": "survey has missing values, so the generated frames carry them too"},
        difficulty="basic",
        tags=["rank", "percentile"],
    )
    yield ex(
        id="pandas.np_select_vectorized_labels",
        task="""Label every patient of `trial` in a new column `response_class`: `"strong"` when
        `response` is above 10, `"weak"` when above 5, otherwise `"none"`, using vectorised
        `np.select` instead of a row-wise `apply`; count the labels into `class_counts`.""",
        code="""
            import numpy as np

            conditions = [trial["response"] > 10, trial["response"] > 5]
            trial["response_class"] = np.select(conditions, ["strong", "weak"], default="none")
            class_counts = trial["response_class"].value_counts()
        """,
        domain=DOMAIN,
        libraries=PD_NP,
        inputs={"trial": "trial"},
        checks=[
            "class_counts.sum() == len(trial)",
            'class_counts.get("strong", 0) == (trial["response"] > 10).sum()',
            'class_counts.get("weak", 0) == trial["response"].between(5, 10, inclusive="right").sum()',
            '(trial.loc[trial["response"] <= 5, "response_class"] == "none").all()',
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["vectorization", "conditional-logic"],
    )
    yield ex(
        id="pandas.rowwise_numpy_instead_of_apply",
        task="""For every day of `sensor`, compute the spread between the highest and the lowest
        channel (`np.ptp` over the row values, vectorised instead of `apply(axis=1)`) into the
        Series `spread`, and the name of the channel with the highest reading
        (`idxmax(axis=1)`) into `top_channel`.""",
        code="""
            import numpy as np
            import pandas as pd

            spread = pd.Series(np.ptp(sensor.to_numpy(), axis=1), index=sensor.index, name="spread")
            top_channel = sensor.idxmax(axis=1)
        """,
        domain=DOMAIN,
        libraries=PD_NP,
        inputs={"sensor": "sensor"},
        checks=[
            "np.allclose(spread, sensor.max(axis=1) - sensor.min(axis=1))",
            "spread.index.equals(sensor.index)",
            "top_channel.isin(sensor.columns).all()",
            "all(sensor.at[day, channel] == sensor.loc[day].max() for day, channel in top_channel.items())",
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["vectorization", "row-wise"],
    )
    yield ex(
        id="pandas.groupby_weighted_mean_vectorized",
        task="""Compute the dose-weighted mean `response` per `site` of `trial`
        (sum of dose x response over sum of dose, ignoring rows where either is missing) without
        `groupby(...).apply`: group the product and the weights separately and divide; store the
        Series in `weighted_response`.""",
        code="""
            # drop incomplete rows first, or their doses would count as weights without a response
            complete = trial.dropna(subset=["dose", "response"])
            weighted_sum = (complete["dose"] * complete["response"]).groupby(complete["site"], observed=True).sum()
            weight_total = complete["dose"].groupby(complete["site"], observed=True).sum()
            weighted_response = weighted_sum / weight_total
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            'len(weighted_response) == trial.dropna(subset=["dose", "response"])["site"].nunique()',
            'all(np.isclose(w, np.average(c.loc[c["site"] == s, "response"], weights=c.loc[c["site"] == s, "dose"])) for c in [trial.dropna(subset=["dose", "response"])] for s, w in weighted_response.items() if c.loc[c["site"] == s, "dose"].sum() > 0)',
        ],
        edge_cases=True,
        difficulty="advanced",
        tags=["groupby", "vectorization", "weighted-mean"],
    )
    yield ex(
        id="pandas.run_length_dry_spells",
        task="""Find dry spells in `weather`: label runs of consecutive days with the same dry/wet
        state (`rainfall` below 0.5 mm is dry) with the `shift`/`cumsum` idiom, measure each run's
        length, and store the length of the longest dry spell in days in `longest_dry_spell` (0
        when no day is dry).""",
        code="""
            dry = weather["rainfall"] < 0.5
            run_id = (dry != dry.shift()).cumsum()
            run_lengths = dry.groupby(run_id).agg(["first", "size"])
            dry_runs = run_lengths.loc[run_lengths["first"], "size"]
            longest_dry_spell = int(dry_runs.max()) if not dry_runs.empty else 0
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"weather": "weather"},
        checks=[
            'longest_dry_spell == max((len(r) for r in "".join("d" if v < 0.5 else "w" for v in weather["rainfall"]).split("w")), default=0)',
            'longest_dry_spell <= (weather["rainfall"] < 0.5).sum()',
        ],
        edge_cases=True,
        difficulty="advanced",
        tags=["run-length", "time-series", "shift"],
    )
    yield ex(
        id="pandas.get_dummies_drop_first",
        task="""One-hot encode the categorical columns `site` and `treatment` of `trial` with
        `pd.get_dummies`, dropping the first level of each (`drop_first=True`) and producing 0/1
        integer columns (`dtype=int`); store the result in `encoded`.""",
        code="""
            import pandas as pd

            encoded = pd.get_dummies(trial, columns=["site", "treatment"], drop_first=True, dtype=int)
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            '"site" not in encoded.columns and "treatment" not in encoded.columns',
            'encoded.shape[1] == trial.shape[1] - 2 + len(trial["site"].cat.categories) - 1 + len(trial["treatment"].cat.categories) - 1',
            'all((encoded[f"{c}_{level}"] == (trial[c] == level)).all() for c in ("site", "treatment") for level in trial[c].cat.categories[1:])',
            'encoded.filter(like="site_").sum(axis=1).le(1).all()',
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["one-hot", "encoding", "categorical"],
    )
    yield ex(
        id="pandas.ordered_categorical_compare",
        task="""Create an ordered categorical column `life_stage` in `trial` from `age` (`young` below
        40 < `middle` below 65 < `senior`): pick the labels with `np.select` and wrap them in
        `pd.Categorical(..., ordered=True)`; then select the patients who are at least `middle`
        with an ordered comparison into `older`.""",
        code="""
            import numpy as np
            import pandas as pd

            stage = np.select([trial["age"] < 40, trial["age"] < 65], ["young", "middle"], default="senior")
            trial["life_stage"] = pd.Categorical(stage, categories=["young", "middle", "senior"], ordered=True)
            older = trial[trial["life_stage"] >= "middle"]
        """,
        domain=DOMAIN,
        libraries=PD_NP,
        inputs={"trial": "trial"},
        checks=[
            'trial["life_stage"].cat.ordered',
            'list(trial["life_stage"].cat.categories) == ["young", "middle", "senior"]',
            'len(older) == (trial["age"] >= 40).sum()',
            '(trial.loc[trial["life_stage"] == "senior", "age"] >= 65).all()',
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["categorical", "ordered"],
    )
    yield ex(
        id="pandas.astype_ordered_severity",
        task="""Adverse-event reports `events` (60 rows of `patient_id` and a text `severity` of
        `mild`, `moderate` or `severe`, drawn with `rng = np.random.default_rng(0)`) must be ranked
        by severity, not alphabetically: convert `severity` with
        `astype(pd.CategoricalDtype(["mild", "moderate", "severe"], ordered=True))`, then find each
        patient's worst event with `groupby(...).max()` into `worst_per_patient`.""",
        code="""
            import numpy as np
            import pandas as pd

            rng = np.random.default_rng(0)
            events = pd.DataFrame(
                {
                    "patient_id": rng.integers(1, 21, size=60),
                    "severity": rng.choice(["mild", "moderate", "severe"], size=60, p=[0.6, 0.3, 0.1]),
                }
            )
            severity_type = pd.CategoricalDtype(["mild", "moderate", "severe"], ordered=True)
            events["severity"] = events["severity"].astype(severity_type)
            worst_per_patient = events.groupby("patient_id")["severity"].max()
        """,
        domain=DOMAIN,
        libraries=PD_NP,
        checks=[
            'events["severity"].cat.ordered',
            'list(events["severity"].cat.categories) == ["mild", "moderate", "severe"]',
            'len(worst_per_patient) == events["patient_id"].nunique()',
            'all(worst_per_patient[p] == max(g, key=["mild", "moderate", "severe"].index) for p, g in events.groupby("patient_id")["severity"])',
        ],
        difficulty="intermediate",
        tags=["categorical", "ordered", "groupby"],
    )
    yield ex(
        id="pandas.categorical_codes_rename",
        task="""Inspect and relabel the categorical `site` column of `trial`: store its integer codes
        in `site_codes` (`cat.codes`), then rename the categories to upper case with
        `cat.rename_categories` into the Series `site_upper`.""",
        code="""
            site_codes = trial["site"].cat.codes
            site_upper = trial["site"].cat.rename_categories(str.upper)
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            'site_codes.between(0, len(trial["site"].cat.categories) - 1).all()',
            '(trial["site"].cat.categories[site_codes] == trial["site"]).all()',
            '(site_upper.astype(str) == trial["site"].astype(str).str.upper()).all()',
            'list(site_upper.cat.categories) == [c.upper() for c in trial["site"].cat.categories]',
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["categorical"],
    )
    yield ex(
        id="pandas.str_extract_named_groups",
        task="""Sample labels such as `north-007-drug` are built from `trial` into `labels` (site,
        three-digit row number, treatment). Parse them back with `str.extract` and a regex with
        named groups into `parsed`, with columns `site`, `number` (as integers) and `arm`.""",
        code="""
            labels = (
                trial["site"].astype(str)
                + "-"
                + trial.index.to_series().map("{:03d}".format)
                + "-"
                + trial["treatment"].astype(str)
            )
            parsed = labels.str.extract(r"^(?P<site>[a-z]+)-(?P<number>\\d{3})-(?P<arm>\\w+)$")
            parsed["number"] = parsed["number"].astype(int)
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            'list(parsed.columns) == ["site", "number", "arm"]',
            '(parsed["site"] == trial["site"].astype(str)).all()',
            '(parsed["arm"] == trial["treatment"].astype(str)).all()',
            'parsed["number"].dtype.kind == "i" and (parsed["number"] == trial.index).all()',
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["string-methods", "regex", "parsing"],
    )
    yield ex(
        id="pandas.str_split_contains_notes",
        task="""Free-text sample notes `notes` look like `"lab=A; tube=12; status=ok"`. Split them on
        `"; "` with `str.split(expand=True)` and build `samples` with `lab` (upper case), `tube`
        (integer) and `failed` (True when the status mentions "failed" in any case,
        `str.contains(case=False)`).""",
        code="""
            import pandas as pd

            notes = pd.Series(
                [
                    "lab=A; tube=12; status=ok",
                    "lab=B; tube=7; status=FAILED",
                    "lab=a; tube=3; status=ok",
                    "lab=C; tube=15; status=failed (haemolysed)",
                ]
            )
            parts = notes.str.split("; ", expand=True)
            samples = pd.DataFrame(
                {
                    "lab": parts[0].str.removeprefix("lab=").str.upper(),
                    "tube": parts[1].str.removeprefix("tube=").astype(int),
                    "failed": parts[2].str.contains("failed", case=False),
                }
            )
        """,
        domain=DOMAIN,
        libraries=PD,
        checks=[
            'samples["lab"].tolist() == ["A", "B", "A", "C"]',
            'samples["tube"].tolist() == [12, 7, 3, 15]',
            'samples["failed"].tolist() == [False, True, False, True]',
        ],
        difficulty="intermediate",
        tags=["string-methods", "parsing"],
    )
    yield ex(
        id="pandas.map_dict_recode",
        task="""Recode the `site` of `trial` into regions with `Series.map` and the dict
        `{"north": "highland", "south": "coast"}`; sites missing from the dict become NaN, which you
        then label `"unknown"`; store the Series in `region`.""",
        code="""
            site_to_region = {"north": "highland", "south": "coast"}
            region = trial["site"].astype(str).map(site_to_region).fillna("unknown")
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            'region.index.equals(trial.index)',
            '(region[trial["site"] == "north"] == "highland").all()',
            '(region == "unknown").sum() == (~trial["site"].isin(["north", "south"])).sum()',
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["recoding", "map"],
    )
    yield ex(
        id="pandas.factorize_labels",
        task="""Encode the `treatment` labels of `trial` as integers with `pd.factorize(sort=True)`,
        returning `codes` (one per row) and `uniques` (the sorted distinct labels).""",
        code="""
            import pandas as pd

            codes, uniques = pd.factorize(trial["treatment"], sort=True)
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            "len(codes) == len(trial)",
            'len(uniques) == trial["treatment"].nunique()',
            'list(np.asarray(uniques).astype(str)[codes]) == list(trial["treatment"].astype(str))',
            "list(uniques) == sorted(uniques)",
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["encoding", "factorize"],
    )
    yield ex(
        id="pandas.dataframe_map_format",
        task="""Format every value of `measurements` as text with one decimal place using the
        element-wise `DataFrame.map` (the successor of the deprecated `applymap`); store the string
        table in `formatted`.""",
        code="""
            formatted = measurements.map("{:.1f}".format)
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"measurements": "measurements"},
        checks=[
            "formatted.shape == measurements.shape",
            'formatted.iat[0, 0] == f"{measurements.iat[0, 0]:.1f}"',
            "all(isinstance(v, str) for v in formatted.iloc[:, 0])",
            "np.allclose(formatted.astype(float), measurements, atol=0.051, equal_nan=True)",
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["map", "formatting"],
    )


def _indexing_io_and_summaries() -> Iterator[Example]:
    yield ex(
        id="pandas.multiindex_xs_swaplevel",
        task="""Index `trial` by (`site`, `treatment`) with `set_index` and `sort_index` into
        `indexed`, take the `drug` rows of every site with `xs(..., level="treatment")` into
        `drug_rows`, and swap the two index levels (then sort again) into `by_treatment`.""",
        code="""
            indexed = trial.set_index(["site", "treatment"]).sort_index()
            drug_rows = indexed.xs("drug", level="treatment")
            by_treatment = indexed.swaplevel("site", "treatment").sort_index()
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            'len(drug_rows) == (trial["treatment"] == "drug").sum()',
            'np.isclose(drug_rows["response"].sum(), trial.loc[trial["treatment"] == "drug", "response"].sum())',
            'list(by_treatment.index.names) == ["treatment", "site"]',
            "by_treatment.index.is_monotonic_increasing",
        ],
        edge_cases={
            "min_size": 2,
            "one_level": False,
            "why": "the task selects the drug arm by label, so `treatment` must hold both arms",
        },
        difficulty="intermediate",
        tags=["multiindex", "xs", "indexing"],
    )
    yield ex(
        id="pandas.indexslice_cell_means",
        task="""Compute the mean `dose` and `response` of `trial` per (`site`, `treatment`) into
        `cell_means` (a sorted two-level row index), then select the `drug` rows of all sites with
        `.loc` and `pd.IndexSlice` into `drug_means`.""",
        code="""
            import pandas as pd

            cell_means = trial.groupby(["site", "treatment"], observed=True)[["dose", "response"]].mean().sort_index()
            idx = pd.IndexSlice
            drug_means = cell_means.loc[idx[:, "drug"], :]
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            'len(drug_means) == trial.loc[trial["treatment"] == "drug", "site"].nunique()',
            '(drug_means.index.get_level_values("treatment") == "drug").all()',
            'np.allclose(drug_means["response"].to_numpy(), [trial.loc[(trial["site"] == s) & (trial["treatment"] == "drug"), "response"].mean() for s in drug_means.index.get_level_values("site")])',
        ],
        edge_cases={
            "min_size": 2,
            "one_level": False,
            "why": "the task selects the drug arm by label, so `treatment` must hold both arms",
        },
        difficulty="advanced",
        tags=["multiindex", "indexslice", "indexing"],
    )
    yield ex(
        id="pandas.reindex_full_product",
        task="""Count the patients of `trial` per (`site`, `treatment`) and `reindex` the counts onto
        every combination of the two columns' categories (`pd.MultiIndex.from_product`), with 0 for
        combinations that have no patients; store the Series in `cell_counts`.""",
        code="""
            import pandas as pd

            all_cells = pd.MultiIndex.from_product(
                [trial["site"].cat.categories, trial["treatment"].cat.categories], names=["site", "treatment"]
            )
            cell_counts = trial.groupby(["site", "treatment"], observed=True).size().reindex(all_cells, fill_value=0)
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            'len(cell_counts) == len(trial["site"].cat.categories) * len(trial["treatment"].cat.categories)',
            "cell_counts.sum() == len(trial)",
            'all(cell_counts[(s, t)] == ((trial["site"] == s) & (trial["treatment"] == t)).sum() for s, t in cell_counts.index)',
        ],
        edge_cases=True,
        difficulty="advanced",
        tags=["multiindex", "reindex", "completeness"],
    )
    yield ex(
        id="pandas.at_iat_loc_iloc",
        task="""Read values from `weather` with the four indexers: the temperature on its first date
        with `.at` (`first_temp`), the rainfall of the last row with `.iat` (`last_rain`), the last
        7 rows with `.iloc` (`last_week`) and the first 10 calendar days with a `.loc` date slice
        (`first_days`).""",
        code="""
            import pandas as pd

            first_date = weather.index[0]
            first_temp = weather.at[first_date, "temperature"]
            last_rain = weather.iat[-1, weather.columns.get_loc("rainfall")]
            last_week = weather.iloc[-7:]
            first_days = weather.loc[first_date : first_date + pd.Timedelta(days=9)]
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"weather": "weather"},
        checks=[
            'first_temp == weather["temperature"].iloc[0]',
            'last_rain == weather["rainfall"].iloc[-1]',
            "len(last_week) == min(7, len(weather)) and last_week.index[-1] == weather.index[-1]",
            "first_days.index.equals(weather.index[weather.index < weather.index[0] + pd.Timedelta(days=10)])",
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["indexing", "loc", "iloc"],
    )
    yield ex(
        id="pandas.merge_two_keys_suffixes",
        task="""Compare the first and second half of the patients in `trial`: compute the mean
        `response` per (`site`, `treatment`) for each half (`first_half`, `second_half` by row
        position), then merge them on both keys with `suffixes=("_first", "_second")` (inner join)
        into `halves`, adding a column `change` = second minus first.""",
        code="""
            middle = len(trial) // 2
            keys = ["site", "treatment"]
            first_half = trial.iloc[:middle].groupby(keys, observed=True, as_index=False)["response"].mean()
            second_half = trial.iloc[middle:].groupby(keys, observed=True, as_index=False)["response"].mean()
            halves = first_half.merge(second_half, on=keys, suffixes=("_first", "_second"))
            halves["change"] = halves["response_second"] - halves["response_first"]
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            '{"site", "treatment", "response_first", "response_second", "change"} <= set(halves.columns)',
            'np.allclose(halves["change"], halves["response_second"] - halves["response_first"])',
            'len(halves) == len(set(zip(trial["site"].iloc[: len(trial) // 2], trial["treatment"].iloc[: len(trial) // 2])) & set(zip(trial["site"].iloc[len(trial) // 2 :], trial["treatment"].iloc[len(trial) // 2 :])))',
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["merge", "groupby"],
    )
    yield ex(
        id="pandas.csv_roundtrip_file",
        task="""Write `trial` to `trial.csv` in the working directory without the index, then read it
        back into `reloaded` with `pd.read_csv`, restoring `site` and `treatment` as categoricals
        through `dtype=`.""",
        code="""
            import pandas as pd

            trial.to_csv("trial.csv", index=False)
            reloaded = pd.read_csv("trial.csv", dtype={"site": "category", "treatment": "category"})
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            "reloaded.shape == trial.shape",
            'isinstance(reloaded["site"].dtype, pd.CategoricalDtype)',
            # the index is not written, so the reloaded frame has a fresh RangeIndex: compare values
            'np.allclose(reloaded["response"].to_numpy(), trial["response"].to_numpy(), equal_nan=True)',
            'reloaded["site"].astype(str).tolist() == trial["site"].astype(str).tolist()',
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["io", "csv", "categorical"],
    )
    yield ex(
        id="pandas.read_csv_stringio_dates",
        task="""Serialise `sensor` to CSV text in memory with `io.StringIO`, then parse it back with
        `pd.read_csv(..., index_col="date", parse_dates=True)` so the index is a DatetimeIndex
        again; store the frame in `restored`.""",
        code="""
            from io import StringIO

            import pandas as pd

            buffer = StringIO()
            sensor.to_csv(buffer)
            buffer.seek(0)
            restored = pd.read_csv(buffer, index_col="date", parse_dates=True)
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"sensor": "sensor"},
        checks=[
            "isinstance(restored.index, pd.DatetimeIndex)",
            "(restored.index == sensor.index).all()",
            "list(restored.columns) == list(sensor.columns)",
            "np.allclose(restored.to_numpy(), sensor.to_numpy())",
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["io", "csv", "datetime"],
    )
    yield ex(
        id="pandas.json_normalize_records",
        task="""Flatten the nested instrument records `records` (each has an `id`, a nested `site`
        dict with `name` and `elevation`, and a `calibration` dict with `date` and `offset`) into a
        flat DataFrame `flat` with `pd.json_normalize(sep="_")`, then parse `calibration_date` as
        datetimes.""",
        code="""
            import pandas as pd

            records = [
                {"id": 1, "site": {"name": "north", "elevation": 850}, "calibration": {"date": "2024-03-01", "offset": 0.2}},
                {"id": 2, "site": {"name": "south", "elevation": 12}, "calibration": {"date": "2024-03-15", "offset": -0.1}},
                {"id": 3, "site": {"name": "east", "elevation": 240}, "calibration": {"date": "2024-04-02", "offset": 0.0}},
            ]
            flat = pd.json_normalize(records, sep="_")
            flat["calibration_date"] = pd.to_datetime(flat["calibration_date"], format="%Y-%m-%d")
        """,
        domain=DOMAIN,
        libraries=PD,
        checks=[
            'set(flat.columns) == {"id", "site_name", "site_elevation", "calibration_date", "calibration_offset"}',
            'flat["site_elevation"].tolist() == [850, 12, 240]',
            'flat["calibration_date"].dt.month.tolist() == [3, 3, 4]',
        ],
        difficulty="intermediate",
        tags=["json", "io", "nested-data"],
    )
    yield ex(
        id="pandas.memory_usage_category_downcast",
        task="""Shrink `trial` in memory into `compact`: keep its categorical `site` and `treatment`,
        store `dose` and `response` as `float32` (`astype`) and downcast `age` to the smallest integer
        type that holds it (`pd.to_numeric(downcast="integer")`); compare the deep memory use
        (`memory_usage(deep=True).sum()`) of `compact` with a copy `as_strings` whose labels are plain
        strings, storing the totals in `bytes_compact` and `bytes_strings`.""",
        code="""
            import pandas as pd

            as_strings = trial.astype({"site": str, "treatment": str})
            # float32 keeps about 7 significant digits at any magnitude, whereas to_numeric(downcast="float")
            # keeps float64 as soon as the cast moves any value by more than 5e-4 (large values usually do)
            compact = trial.astype({"dose": "float32", "response": "float32"})
            compact["age"] = pd.to_numeric(trial["age"], downcast="integer")
            bytes_strings = int(as_strings.memory_usage(deep=True).sum())
            bytes_compact = int(compact.memory_usage(deep=True).sum())
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            'compact["dose"].dtype == np.float32 and compact["response"].dtype == np.float32',
            'compact["age"].dtype.kind == "i" and compact["age"].dtype.itemsize < trial["age"].dtype.itemsize and (compact["age"] == trial["age"]).all()',
            "bytes_compact == compact.memory_usage(deep=True).sum()",
            "len(trial) < 50 or bytes_compact < bytes_strings",
            'np.allclose(compact["response"], trial["response"], rtol=1e-6, equal_nan=True)',
        ],
        edge_cases=True,
        difficulty="advanced",
        tags=["memory", "dtypes", "categorical"],
    )
    yield ex(
        id="pandas.nullable_integer_missing",
        task="""Store the `dose` of `trial_missing` in tenths of a unit as a nullable integer column
        `dose_tenths` (`astype("Int64")`), so that missing doses stay `<NA>` instead of forcing a
        float column.""",
        code="""
            trial_missing["dose_tenths"] = (trial_missing["dose"] * 10).round().astype("Int64")
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial_missing": "trial_missing"},
        checks=[
            'str(trial_missing["dose_tenths"].dtype) == "Int64"',
            'trial_missing["dose_tenths"].isna().sum() == trial_missing["dose"].isna().sum()',
            'np.allclose(trial_missing["dose_tenths"].dropna().astype(float), (trial_missing["dose"].dropna() * 10).round())',
        ],
        edge_cases={"nan": True, "why": "trial_missing has missing values, so the generated frames carry them too"},
        difficulty="intermediate",
        tags=["dtypes", "nullable", "missing-data", "error-handling"],
    )
    yield ex(
        id="pandas.select_dtypes_standardize",
        task="""Standardise only the numeric columns of `trial` (found with
        `select_dtypes(include="number")`) to zero mean and unit standard deviation, leaving the
        categorical columns unchanged; a constant column has no spread to divide by and becomes all
        zeros instead of NaN. Store the result in `standardized`.""",
        code="""
            numeric_cols = trial.select_dtypes(include="number").columns
            numeric = trial[numeric_cols]
            # dividing a constant column by its std gives 0 / 0 = NaN, or noise when rounding left a tiny
            # std: divide it by 1 instead, so it is only centred (as scikit-learn's StandardScaler does)
            spread = numeric.std().where(numeric.nunique() > 1, 1.0)
            standardized = trial.copy()
            standardized[numeric_cols] = (numeric - numeric.mean()) / spread
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            'np.allclose(standardized[["dose", "age", "response"]].mean(), 0)',
            'np.allclose(standardized[["dose", "age", "response"]].std()[trial[["dose", "age", "response"]].nunique() > 1], 1)',
            'standardized[["dose", "age", "response"]].notna().all().all()',
            'standardized["site"].equals(trial["site"]) and standardized["treatment"].equals(trial["treatment"])',
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["dtypes", "standardization"],
    )
    yield ex(
        id="pandas.describe_percentiles",
        task="""Summarise `survey` with `describe`, adding the 5th and 95th percentiles to the default
        ones; store the table in `summary`.""",
        code="""
            summary = survey.describe(percentiles=[0.05, 0.25, 0.5, 0.75, 0.95])
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"survey": "survey"},
        checks=[
            '{"5%", "50%", "95%"} <= set(summary.index)',
            '(summary.loc["count"] == survey.notna().sum()).all()',
            'np.allclose(summary.loc["95%"], survey.quantile(0.95), equal_nan=True)',
        ],
        edge_cases={"nan": True, "why": "survey has missing values, so the generated frames carry them too"},
        difficulty="basic",
        tags=["summary-statistics", "describe"],
    )
    yield ex(
        id="pandas.groupby_quantile_iqr",
        task="""Compute the 25th and 75th percentiles of `response` per `site` of `trial` with
        `groupby(...).quantile([0.25, 0.75])`, unstack them into columns, and add the interquartile
        range as column `iqr`; store the table in `spread`.""",
        code="""
            spread = trial.groupby("site", observed=True)["response"].quantile([0.25, 0.75]).unstack()
            spread["iqr"] = spread[0.75] - spread[0.25]
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            'len(spread) == trial["site"].nunique()',
            '(spread["iqr"] >= 0).all()',
            'all(np.isclose(spread.loc[s, "iqr"], np.subtract(*np.nanpercentile(trial.loc[trial["site"] == s, "response"], [75, 25]))) for s in spread.index)',
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["groupby", "quantiles", "summary-statistics"],
    )
    yield ex(
        id="pandas.corr_strongest_pair",
        task="""Compute the Spearman rank correlation matrix of `measurements` (`corr_matrix`) and
        the covariance matrix (`cov_matrix`), then find the pair of distinct columns with the
        strongest absolute correlation as a tuple `strongest_pair` (look only above the diagonal);
        `strongest_pair` is `None` when no pair has a correlation (a constant column has none).""",
        code="""
            import numpy as np

            corr_matrix = measurements.corr(method="spearman")
            cov_matrix = measurements.cov()
            upper = corr_matrix.where(np.triu(np.ones(corr_matrix.shape, dtype=bool), k=1))
            # a constant column correlates with nothing (NaN); drop those pairs before idxmax
            pair_strength = upper.abs().stack().dropna()
            strongest_pair = pair_strength.idxmax() if not pair_strength.empty else None
        """,
        domain=DOMAIN,
        libraries=PD_NP,
        inputs={"measurements": "measurements"},
        checks=[
            "np.allclose(np.diag(corr_matrix)[measurements.nunique().to_numpy() > 1], 1)",
            "np.allclose(np.diag(cov_matrix), measurements.var(), equal_nan=True)",
            "strongest_pair is None or strongest_pair[0] != strongest_pair[1]",
            "(strongest_pair is None) == corr_matrix.where(~np.eye(len(corr_matrix), dtype=bool)).isna().all().all()",
            "strongest_pair is None or np.isclose(abs(corr_matrix.loc[strongest_pair]), corr_matrix.abs().where(~np.eye(len(corr_matrix), dtype=bool)).max().max())",
        ],
        edge_cases=True,
        difficulty="advanced",
        tags=["correlation", "covariance"],
    )
    yield ex(
        id="pandas.corrwith_target",
        task="""Correlate every column of `measurements` with its `temperature` column using
        `DataFrame.corrwith`, drop `temperature` itself and sort by absolute correlation, strongest
        first; store the Series in `temp_corr`. A constant column (or a constant `temperature`) has
        no correlation: set it to NaN explicitly, so it sorts last.""",
        code="""
            temperature = measurements["temperature"]
            # Pearson's r is 0 / 0 for a constant column, and rounding in that column's mean can turn
            # it into noise around 0 instead of NaN: mask such columns explicitly
            defined = (measurements.nunique() > 1) & (temperature.nunique() > 1)
            temp_corr = (
                measurements.corrwith(temperature)
                .where(defined)
                .drop("temperature")
                .sort_values(key=abs, ascending=False)
            )
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"measurements": "measurements"},
        checks=[
            'set(temp_corr.index) == set(measurements.columns) - {"temperature"}',
            "temp_corr.abs().dropna().is_monotonic_decreasing and temp_corr.isna().tolist() == sorted(temp_corr.isna())",
            'all(np.isnan(temp_corr[c]) if measurements[[c, "temperature"]].nunique().min() < 2 else np.isclose(temp_corr[c], np.corrcoef(*measurements[[c, "temperature"]].dropna().to_numpy().T)[0, 1]) for c in temp_corr.index)',
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["correlation"],
    )
    yield ex(
        id="pandas.idxmax_nunique",
        task="""For `weather`, find the date of the hottest day (`hottest_day`) and of the wettest day
        (`wettest_day`) with `idxmax`, and the number of distinct values in each column
        (`distinct_counts`, via `nunique`).""",
        code="""
            hottest_day = weather["temperature"].idxmax()
            wettest_day = weather["rainfall"].idxmax()
            distinct_counts = weather.nunique()
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"weather": "weather"},
        checks=[
            'weather.at[hottest_day, "temperature"] == weather["temperature"].max()',
            'weather.at[wettest_day, "rainfall"] == weather["rainfall"].max()',
            'distinct_counts["rainfall"] == len(set(weather["rainfall"]))',
            "list(distinct_counts.index) == list(weather.columns)",
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["summary-statistics", "idxmax"],
    )
    yield ex(
        id="pandas.sample_train_test_split",
        task="""Randomly split `trial` into a training set `train` holding 80% of the rows and a test
        set `test` with all remaining rows: shuffle the rows with `sample(frac=1, random_state=0)`
        and cut the shuffled frame by position with `iloc`. Selecting the rest by label
        (`drop(train.index)`) would be wrong when the index has duplicate labels: it also drops
        unsampled rows that share a label with a sampled one.""",
        code="""
            shuffled = trial.sample(frac=1, random_state=0)
            n_train = round(0.8 * len(trial))
            # positions, not labels: correct whatever the index holds
            train = shuffled.iloc[:n_train]
            test = shuffled.iloc[n_train:]
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            "len(train) + len(test) == len(trial)",
            "len(train) == round(0.8 * len(trial))",
            # together the two sets hold every row of trial exactly once (index included)
            "np.array_equal(np.sort(pd.util.hash_pandas_object(pd.concat([train, test])).to_numpy()), np.sort(pd.util.hash_pandas_object(trial).to_numpy()))",
            "test.index.isin(trial.index).all()",
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["sampling", "train-test-split"],
    )
    yield ex(
        id="pandas.groupby_rolling_per_channel",
        task="""Make `sensor` long in `long_readings` (columns `date`, `channel`, `reading`) and
        compute a 7-day time-based rolling mean within each channel with
        `groupby("channel").rolling("7D", on="date")`; store the resulting Series (indexed by
        channel and original row) in `channel_rolling`.""",
        code="""
            long_readings = sensor.reset_index().melt(id_vars="date", var_name="channel", value_name="reading")
            channel_rolling = long_readings.groupby("channel").rolling("7D", on="date")["reading"].mean()
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"sensor": "sensor"},
        checks=[
            "len(channel_rolling) == sensor.size",
            'np.allclose(channel_rolling.loc["sensor_b"].to_numpy(), sensor["sensor_b"].rolling("7D").mean().to_numpy())',
            'channel_rolling.index.get_level_values(0).unique().tolist() == sorted(sensor.columns)',
        ],
        edge_cases=True,
        difficulty="advanced",
        tags=["groupby", "rolling", "time-series"],
    )
    yield ex(
        id="pandas.rolling_apply_trend_slope",
        task="""Estimate the local trend of `sensor_a` in `sensor` as the least-squares slope (units
        per day) over a rolling 14-day window: `rolling(14).apply(..., raw=True)` with a NumPy
        function that fits a line with `np.polyfit`; store the Series in `trend`.""",
        code="""
            import numpy as np


            def slope(window: np.ndarray) -> float:
                return np.polyfit(np.arange(window.size), window, deg=1)[0]


            # raw=True passes plain ndarrays, which is much faster than Series windows
            trend = sensor["sensor_a"].rolling(14).apply(slope, raw=True)
        """,
        domain=DOMAIN,
        libraries=PD_NP,
        inputs={"sensor": "sensor"},
        checks=[
            "trend.index.equals(sensor.index)",
            "trend.isna().sum() == min(13, len(sensor))",
            'len(sensor) < 14 or np.isclose(trend.iloc[-1], np.polyfit(np.arange(14), sensor["sensor_a"].iloc[-14:], 1)[0])',
        ],
        edge_cases=True,
        difficulty="advanced",
        tags=["rolling", "trend", "time-series"],
    )


def _defensive_handling() -> Iterator[Example]:
    yield ex(
        id="pandas.loc_missing_labels_reindex",
        task="""Look up the mean `response` of the requested sites `["north", "west"]` in the per-site
        means of `trial` (`site_means`): `.loc` with a list containing an unknown label raises a
        `KeyError`, which you catch in `lookup_error`; then use `reindex` instead, which yields NaN
        for the unknown site, into `requested`.""",
        code="""
            site_means = trial.groupby("site", observed=True)["response"].mean()
            wanted = ["north", "west"]
            try:
                requested = site_means.loc[wanted]
                lookup_error = None
            except KeyError as exc:
                lookup_error = exc
                requested = site_means.reindex(wanted)
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            "isinstance(lookup_error, KeyError)",
            'list(requested.index) == ["north", "west"]',
            'np.isnan(requested["west"])',
            'np.isclose(requested["north"], trial.loc[trial["site"] == "north", "response"].mean(), equal_nan=True)',
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["indexing", "reindex", "error-handling"],
    )
    yield ex(
        id="pandas.unique_index_check",
        task="""Index `trial` by a `patient_id` made of site and age (e.g. `north-44`) in a function
        `index_by_patient(df)` that raises a `ValueError` listing the duplicated ids when
        `index.is_unique` is False. Catch that error in `id_error`, then make the ids unique by
        appending a per-id counter (`groupby(...).cumcount()`) and index again into `by_patient`.""",
        code="""
            def index_by_patient(df):
                indexed = df.set_index("patient_id")
                if not indexed.index.is_unique:
                    duplicated = indexed.index[indexed.index.duplicated()].unique().tolist()
                    raise ValueError(f"duplicate patient ids: {duplicated[:5]}")
                return indexed


            patients = trial.assign(patient_id=trial["site"].astype(str) + "-" + trial["age"].astype(str))
            try:
                by_patient = index_by_patient(patients)
                id_error = None
            except ValueError as exc:
                id_error = exc
                counter = patients.groupby("patient_id").cumcount().astype(str)
                by_patient = index_by_patient(patients.assign(patient_id=patients["patient_id"] + "-" + counter))
        """,
        domain=DOMAIN,
        libraries=PD,
        inputs={"trial": "trial"},
        checks=[
            "by_patient.index.is_unique",
            "len(by_patient) == len(trial)",
            '(id_error is None) == (trial["site"].astype(str) + "-" + trial["age"].astype(str)).is_unique',
            'id_error is None or "duplicate patient ids" in str(id_error)',
        ],
        edge_cases=True,
        difficulty="advanced",
        tags=["validation", "indexing", "error-handling"],
    )
    yield ex(
        id="pandas.read_csv_skip_bad_lines",
        task="""Parse the CSV text `raw_csv` (one data line has an extra field) with `pd.read_csv`
        from a `StringIO`, skipping malformed lines with `on_bad_lines="skip"`; store the table in
        `parsed` and the number of lines dropped (data lines in the text minus parsed rows) in
        `n_skipped`.""",
        code="""
            from io import StringIO

            import pandas as pd

            raw_csv = \"\"\"site,dose,response
            north,2.5,7.1
            south,3.0,8.4,oops
            east,1.5,6.0
            north,4.0,9.2
            \"\"\"
            parsed = pd.read_csv(StringIO(raw_csv), on_bad_lines="skip")
            n_skipped = len(raw_csv.strip().splitlines()) - 1 - len(parsed)
        """,
        domain=DOMAIN,
        libraries=PD,
        checks=[
            "n_skipped == 1",
            'parsed["site"].tolist() == ["north", "east", "north"]',
            'np.allclose(parsed["response"], [7.1, 6.0, 9.2])',
        ],
        difficulty="intermediate",
        tags=["io", "csv", "error-handling"],
    )
