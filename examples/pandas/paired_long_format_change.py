# /// example
# task = """
# The paired measurements `paired.a` (before) and `paired.b` (after) belong to the same subjects \
# in the same order. Build a long DataFrame `long` with the columns `subject` (1, 2, ...), \
# `phase` ("before" or "after") and `value`, by melting a wide frame; then pivot it back to one \
# row per subject and store in `change` a Series indexed by subject holding after minus before."""
# prompt = """
# My before/after measurements are two arrays `a` (before) and `b` (after), same subjects in the \
# same order. I need them in long format `long` (`subject` numbered from 1, `phase` = "before" or \
# "after", `value`) for plotting, and the per-subject change after - before as `change`, \
# indexed by subject, computed from the long table."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { a = 'paired.a', b = 'paired.b' }
# checks = [
#     'len(long) == len(a) + len(b) and sorted(set(long["phase"])) == ["after", "before"]',
#     'np.allclose(long.sort_values(["phase", "subject"], ascending=[False, True])["value"].to_numpy(dtype=float), np.concatenate([a, b])) and sorted(set(long["subject"])) == list(range(1, len(a) + 1))',
#     'list(change.index) == list(range(1, len(a) + 1)) and np.allclose(np.asarray(change, dtype=float), np.asarray(b) - np.asarray(a))',
# ]
# difficulty = 'basic'
# tags = ['reshaping', 'paired-samples']
# edge_cases = true
# ///
import numpy as np
import pandas as pd

wide = pd.DataFrame({"subject": np.arange(1, len(a) + 1), "before": a, "after": b})
long = wide.melt(id_vars="subject", var_name="phase", value_name="value")
# pivot back: one row per subject, one column per phase
per_subject = long.pivot(index="subject", columns="phase", values="value")
change = per_subject["after"] - per_subject["before"]
