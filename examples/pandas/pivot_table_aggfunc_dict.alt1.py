# a list per variable keeps the statistic as the second column level for every variable
site_profile = trial.pivot_table(
    index="site",
    values=["dose", "response"],
    aggfunc={"dose": ["median"], "response": ["mean", "max"]},
    observed=True,
)
