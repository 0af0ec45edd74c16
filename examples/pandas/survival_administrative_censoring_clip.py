# /// example
# task = """
# The study in `survival` (columns `time` in months, `event` True when observed, `group`) is to \
# be analysed with follow-up cut at 24 months. Write `censor_at(time, event, cutoff)`, returning \
# the pair `(time_cut, event_cut)` of Series: the times clipped at `cutoff`, and the events kept \
# only when observed at or before `cutoff` (a later time becomes censored at the cutoff; a time \
# exactly at the cutoff keeps its event); missing times stay missing and count as not observed. \
# Use it to add `time_24` and `event_24` (cutoff 24) to `survival` in place."""
# prompt = """
# I need to apply administrative censoring at 24 months to my `survival` data (`time` in months, \
# `event` observed or not). Please write `censor_at(time, event, cutoff)` returning \
# `(time_cut, event_cut)`: time capped at the cutoff, and the event only if it happened by the \
# cutoff (exactly at the cutoff still counts; later ones become censored). A missing time stays \
# missing and its event becomes False. Then add `time_24` and `event_24` to `survival` with a \
# cutoff of 24."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { survival = 'survival' }
# checks = [
#     'np.allclose(survival["time_24"].to_numpy(dtype=float), np.minimum(survival["time"].to_numpy(dtype=float), 24.0), equal_nan=True)',
#     'survival["event_24"].astype(bool).tolist() == [bool(e) and t <= 24 for e, t in zip(survival["event"], survival["time"].to_numpy(dtype=float))]',
#     'survival["time_24"].isna().tolist() == survival["time"].isna().tolist()',
#     # a time exactly at the cutoff keeps its event; later times are censored
#     'np.allclose(censor_at(pd.Series([23.5, 24.0, 24.5, np.nan]), pd.Series([True, True, True, True]), 24)[0].to_numpy(dtype=float), [23.5, 24.0, 24.0, np.nan], equal_nan=True)',
#     'censor_at(pd.Series([23.5, 24.0, 24.5, np.nan, 10.0]), pd.Series([True, True, True, True, False]), 24)[1].astype(bool).tolist() == [True, True, False, False, False]',
# ]
# difficulty = 'basic'
# tags = ['data-cleaning', 'derived-columns']
# edge_cases = true
# ///
def censor_at(time, event, cutoff):
    # clip caps the times and leaves NaN alone; a NaN time compares False, so its event is dropped
    return time.clip(upper=cutoff), event & (time <= cutoff)


survival["time_24"], survival["event_24"] = censor_at(survival["time"], survival["event"], 24)
