# /// example
# task = """
# Inspect and relabel the categorical `site` column of `trial`: store its integer codes in \
# `site_codes` (`cat.codes`), then rename the categories to upper case with \
# `cat.rename_categories` into the Series `site_upper`."""
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
# tags = ['categorical']
# edge_cases = true
# ///
site_codes = trial["site"].cat.codes
site_upper = trial["site"].cat.rename_categories(str.upper)
