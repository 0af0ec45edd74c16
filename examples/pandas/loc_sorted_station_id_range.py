# /// example
# task = """
# Index the station table `stations` by its text id `station` (`ST001`, `ST002`, ...), sorted, \
# and select the stations from `ST010` to `ST020` inclusive with one `.loc` label slice into \
# `block` (all other columns kept, in id order). Ids missing from the table are simply absent \
# from the result."""
# prompt = """
# My `stations` table has ids like `ST001`, `ST002`, .... I need the block of stations `ST010` \
# through `ST020` (both included, whichever of them exist), indexed by `station` in id order, \
# with the rest of the columns, as `block`. Can I do it with a label slice?"""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { stations = 'stations' }
# checks = [
#     'list(block.index) == sorted(s for s in stations["station"] if "ST010" <= s <= "ST020")',
#     'list(block.columns) == [c for c in stations.columns if c != "station"]',
#     'np.allclose(block["lat"].to_numpy(dtype=float), stations.set_index("station").loc[list(block.index), "lat"].to_numpy(dtype=float))',
# ]
# difficulty = 'basic'
# tags = ['indexing', 'sorting']
# edge_cases = true
# ///
# label slicing needs a sorted index; both end labels are included when present
block = stations.set_index("station").sort_index().loc["ST010":"ST020"]
