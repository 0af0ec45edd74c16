# /// example
# task = """
# Inspect and relabel the categorical `site` column of `trial`: store its integer codes in \
# `site_codes` (`cat.codes`), then rename the categories to upper case with \
# `cat.rename_categories` into the Series `site_upper`."""
# prompt = """
# The `site` column of `trial` is categorical. Store its integer category codes in `site_codes`, \
# and build a Series `site_upper` in which the categories are renamed to upper case (still \
# categorical, same category order)."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'site_codes.between(0, len(trial["site"].cat.categories) - 1).all()',
#     '(trial["site"].cat.categories[site_codes] == trial["site"]).all()',
#     '(site_upper.astype(str) == trial["site"].astype(str).str.upper()).all()',
#     'list(site_upper.cat.categories) == [c.upper() for c in trial["site"].cat.categories]',
# ]
# difficulty = 'basic'
# tags = ['categorical', 'encoding']
# edge_cases = true
# ///
site_codes = trial["site"].cat.codes
# rename_categories also accepts a function, applied to each category; the order is kept
site_upper = trial["site"].cat.rename_categories(str.upper)
