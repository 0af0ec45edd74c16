# /// example
# task = """
# Count the patients of `trial` per `site`, including a planned site `west` that has no patients \
# yet: add it to the categories with `cat.add_categories`, then group with `observed=False` on \
# purpose so the empty category is kept with a count of 0; store the counts in `site_counts`."""
# prompt = """
# Count the patients of `trial` per `site`, including a planned site "west" that has no patients \
# yet: add it to the categories and group so that empty categories are kept (observed=False on \
# purpose), giving it a count of 0. Store the counts in `site_counts`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'site_counts["west"] == 0',
#     'site_counts.sum() == len(trial)',
#     'len(site_counts) == len(trial["site"].cat.categories) + 1',
# ]
# difficulty = 'intermediate'
# tags = ['categorical', 'groupby']
# edge_cases = true
# ///
sites = trial["site"].cat.add_categories(["west"])
# observed=False keeps categories without rows; that is the point here
site_counts = trial.groupby(sites, observed=False).size()
