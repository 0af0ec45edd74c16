site = trial["site"]
site_codes = site.cat.codes
site_upper = site.cat.rename_categories({label: label.upper() for label in site.cat.categories})
