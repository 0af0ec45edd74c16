# /// example
# task = """
# `counts` holds RNA-seq read counts, genes as rows, samples `ctrl_1`..`ctrl_3` and \
# `treat_1`..`treat_3` (other columns are not samples). Work on log2(CPM + 1), CPM being each \
# sample's count / sample total x 1e6 (0 for a sample whose total is 0). Test every gene whose \
# values vary within both groups with a Welch t-test, treated vs control, in one vectorised call; \
# store the p-values in `pvalues`, a Series indexed like `counts` (NaN for genes not tested). \
# Adjust the tested genes' p-values with Benjamini-Hochberg into `padj` (same index, NaN for \
# untested genes) and list the genes with `padj` below 0.05 in `significant` (a list of gene \
# names in row order)."""
# prompt = """
# For my count matrix `counts` (genes as rows; samples `ctrl_1`-`ctrl_3` and `treat_1`-`treat_3`, \
# possibly other columns too) I'd like a simple differential expression screen. Convert to \
# log2(CPM + 1) (CPM = count / sample total x 1e6, 0 for an empty sample), run a Welch t-test of \
# treated vs control for each gene that varies within both groups (others can't be tested, give \
# them NaN) and keep the p-values in a Series `pvalues` indexed like `counts`. Then correct the \
# tested genes for the false discovery rate (Benjamini-Hochberg) into `padj`, NaN for untested \
# ones, and give me `significant`, the list of genes with adjusted p below 0.05 in row order."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas', 'numpy']
# inputs = { counts = 'expression' }
# checks = [
#     'pvalues.index.equals(counts.index) and padj.index.equals(counts.index)',
#     # log2(CPM + 1) recomputed, then a Welch test per gene with a loop over the rows
#     "(lambda raw: (lambda x: np.allclose(pvalues.to_numpy(dtype=float), [scipy.stats.ttest_ind(row[3:], row[:3], equal_var=False).pvalue if np.ptp(row[:3]) > 0 and np.ptp(row[3:]) > 0 else np.nan for row in x], equal_nan=True))(np.log2(np.divide(raw * 1e6, raw.sum(axis=0), out=np.zeros(raw.shape), where=raw.sum(axis=0) > 0) + 1)))(counts[['ctrl_1', 'ctrl_2', 'ctrl_3', 'treat_1', 'treat_2', 'treat_3']].to_numpy(dtype=float))",
#     # Benjamini-Hochberg by hand on the tested genes
#     "(lambda p: (lambda o, m: np.allclose(padj.to_numpy(dtype=float)[~np.isnan(pvalues.to_numpy(dtype=float))], np.minimum.accumulate((p[o] * m / np.arange(1, m + 1))[::-1])[::-1].clip(max=1)[np.argsort(o)]))(np.argsort(p), len(p)))(pvalues.to_numpy(dtype=float)[~np.isnan(pvalues.to_numpy(dtype=float))])",
#     'bool(np.isnan(padj.to_numpy(dtype=float)[np.isnan(pvalues.to_numpy(dtype=float))]).all())',
#     'list(significant) == list(counts.index[(padj < 0.05).to_numpy()])',
# ]
# difficulty = 'advanced'
# tags = ['hypothesis-test', 't-test', 'multiple-comparisons', 'applied-science']
# edge_cases = true
# ///
import numpy as np
import pandas as pd
from scipy import stats

samples = counts[["ctrl_1", "ctrl_2", "ctrl_3", "treat_1", "treat_2", "treat_3"]]
library_size = samples.sum(axis=0)
cpm = samples.div(library_size.where(library_size > 0), axis=1).fillna(0.0) * 1e6
log_cpm = np.log2(cpm + 1)
control = log_cpm.filter(like="ctrl_").to_numpy()
treated = log_cpm.filter(like="treat_").to_numpy()

# a gene constant within a group has no within-group variance to test against
testable = (np.ptp(control, axis=1) > 0) & (np.ptp(treated, axis=1) > 0)
pvalues = pd.Series(np.nan, index=counts.index)
padj = pd.Series(np.nan, index=counts.index)
if testable.any():
    result = stats.ttest_ind(treated[testable], control[testable], axis=1, equal_var=False)
    pvalues[testable] = result.pvalue
    padj[testable] = stats.false_discovery_control(result.pvalue, method="bh")
significant = list(counts.index[(padj < 0.05).to_numpy()])
