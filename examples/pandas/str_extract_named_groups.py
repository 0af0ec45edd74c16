# /// example
# task = """
# Sample labels such as `north-007-drug` are built from `trial` into `labels` (site, three-digit \
# row number, treatment). Parse them back with `str.extract` and a regex with named groups into \
# `parsed`, with columns `site`, `number` (as integers) and `arm`."""
# prompt = """
# I build sample labels like "north-007-drug" from `trial` into `labels`: the site, the row's \
# index number zero-padded to three digits, and the treatment. Parse them back with `str.extract` \
# and a regular expression with named groups into `parsed`, with columns `site`, `number` (as \
# integers) and `arm`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'list(parsed.columns) == ["site", "number", "arm"]',
#     '(parsed["site"] == trial["site"].astype(str)).all()',
#     '(parsed["arm"] == trial["treatment"].astype(str)).all()',
#     'parsed["number"].dtype.kind == "i" and (parsed["number"] == trial.index).all()',
# ]
# difficulty = 'intermediate'
# tags = ['text-processing', 'parsing']
# edge_cases = true
# ///
labels = (
    trial["site"].astype(str)
    + "-"
    + trial.index.to_series().map("{:03d}".format)
    + "-"
    + trial["treatment"].astype(str)
)
# each named group becomes a column of that name; the values come out as strings
parsed = labels.str.extract(r"^(?P<site>[a-z]+)-(?P<number>\d{3})-(?P<arm>\w+)$")
parsed["number"] = parsed["number"].astype(int)
