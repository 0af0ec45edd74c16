# /// example
# task = """
# In the station table `stations` (columns `station`, `lat`, `lon`, ...), some stations were \
# registered twice at the same place under different ids. Store in `shared_site` a boolean \
# Series (same index as `stations`) that is True for every station whose exact (`lat`, `lon`) \
# pair is shared with at least one other station (all copies flagged), and in `suspect_ids` \
# the sorted list of those stations' ids."""
# prompt = """
# I suspect duplicate registrations in `stations`: different ids at the same coordinates. Flag \
# every station whose `lat`/`lon` pair exactly matches another station's as \
# `shared_site` (True/False per row, same index), all copies included, and list their \
# `station` ids sorted as `suspect_ids`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { stations = 'stations' }
# checks = [
#     'isinstance(shared_site, pd.Series) and shared_site.index.equals(stations.index)',
#     'shared_site.astype(bool).tolist() == [[(a, b) for a, b in zip(stations["lat"], stations["lon"])].count((a, b)) > 1 for a, b in zip(stations["lat"], stations["lon"])]',
#     'list(suspect_ids) == sorted(s for s, flag in zip(stations["station"], [[(a, b) for a, b in zip(stations["lat"], stations["lon"])].count((a, b)) > 1 for a, b in zip(stations["lat"], stations["lon"])]) if flag)',
# ]
# difficulty = 'basic'
# tags = ['data-cleaning', 'row-selection']
# edge_cases = true
# ///
# keep=False flags all members of a duplicate group, not only the repeats after the first
shared_site = stations.duplicated(subset=["lat", "lon"], keep=False)
suspect_ids = sorted(stations.loc[shared_site, "station"])
