# /// example
# task = """
# Count the patients of `trial` per (`site`, `treatment`) and `reindex` the counts onto every \
# combination of the two columns' categories (`pd.MultiIndex.from_product`), with 0 for \
# combinations that have no patients; store the Series in `cell_counts`."""
# prompt = """
# Count the patients of `trial` per (`site`, `treatment`) and reindex the counts onto every \
# combination of the two columns' categories (the full product), with 0 for combinations without \
# patients. Store the Series in `cell_counts`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'len(cell_counts) == len(trial["site"].cat.categories) * len(trial["treatment"].cat.categories)',
#     'cell_counts.sum() == len(trial)',
#     'all(cell_counts[(s, t)] == ((trial["site"] == s) & (trial["treatment"] == t)).sum() for s, t in cell_counts.index)',
# ]
# difficulty = 'advanced'
# tags = ['hierarchical-index', 'index-alignment', 'data-cleaning']
# edge_cases = true
# ///
import pandas as pd

all_cells = pd.MultiIndex.from_product(
    [trial["site"].cat.categories, trial["treatment"].cat.categories], names=["site", "treatment"]
)
# observed=True counts only the pairs that occur; reindex then adds the empty ones with 0
cell_counts = (
    trial.groupby(["site", "treatment"], observed=True).size().reindex(all_cells, fill_value=0)
)
