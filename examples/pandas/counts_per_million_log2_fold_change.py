# /// example
# task = """
# `counts` holds RNA-seq read counts, genes as rows, samples as columns `ctrl_1`, `ctrl_2`, \
# `ctrl_3` and `treat_1`, `treat_2`, `treat_3` (other columns may follow and are not samples). \
# Normalise each sample to counts per million into `cpm` (the sample columns only: count / sample \
# total x 1e6, and 0 for a sample whose total is 0), then compute each gene's `log2_fold_change`, \
# a Series indexed like `counts`: log2(mean treated CPM + 1) - log2(mean control CPM + 1)."""
# prompt = """
# I have a gene x sample count matrix `counts` (rows are genes; the sample columns are `ctrl_1`, \
# `ctrl_2`, `ctrl_3`, `treat_1`, `treat_2`, `treat_3`, and there may be other annotation \
# columns). Please normalise to counts per million, dividing each sample by its total and \
# multiplying by 1e6, giving 0 for a sample with no reads at all, into a DataFrame `cpm` with \
# just the sample columns. Then give me a per-gene `log2_fold_change` Series (same index as \
# `counts`): the log2 of the mean treated CPM + 1 minus the log2 of the mean control CPM + 1."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { counts = 'expression' }
# checks = [
#     "sorted(cpm.columns) == ['ctrl_1', 'ctrl_2', 'ctrl_3', 'treat_1', 'treat_2', 'treat_3']",
#     'cpm.index.equals(counts.index) and log2_fold_change.index.equals(counts.index)',
#     # plain NumPy: each sample column over its total, zero-total samples left at 0
#     "(lambda raw: np.allclose(cpm[['ctrl_1', 'ctrl_2', 'ctrl_3', 'treat_1', 'treat_2', 'treat_3']].to_numpy(dtype=float), np.divide(raw * 1e6, raw.sum(axis=0), out=np.zeros(raw.shape), where=raw.sum(axis=0) > 0)))(counts[['ctrl_1', 'ctrl_2', 'ctrl_3', 'treat_1', 'treat_2', 'treat_3']].to_numpy(dtype=float))",
#     "(lambda c: np.allclose(log2_fold_change.to_numpy(dtype=float), np.log2(c[:, 3:].mean(axis=1) + 1) - np.log2(c[:, :3].mean(axis=1) + 1)))(cpm[['ctrl_1', 'ctrl_2', 'ctrl_3', 'treat_1', 'treat_2', 'treat_3']].to_numpy(dtype=float))",
# ]
# difficulty = 'intermediate'
# tags = ['applied-science', 'standardization', 'derived-columns', 'column-wise']
# edge_cases = true
# ///
import numpy as np

samples = counts.filter(regex=r"^(ctrl|treat)_\d+$")
library_size = samples.sum(axis=0)
# a sample with no reads would divide by zero: its CPM stays 0
cpm = samples.div(library_size.where(library_size > 0), axis=1).fillna(0.0) * 1e6

control_mean = cpm.filter(like="ctrl_").mean(axis=1)
treated_mean = cpm.filter(like="treat_").mean(axis=1)
log2_fold_change = np.log2(treated_mean + 1) - np.log2(control_mean + 1)
