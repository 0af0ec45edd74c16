# /// example
# task = """
# Find dry spells in `weather`: label runs of consecutive days with the same dry/wet state \
# (`rainfall` below 0.5 mm is dry) with the `shift`/`cumsum` idiom, measure each run's length, \
# and store the length of the longest dry spell in days in `longest_dry_spell` (0 when no day is \
# dry)."""
# prompt = """
# Find dry spells in `weather`, where a day with `rainfall` below 0.5 mm counts as dry: label \
# runs of consecutive days with the same dry/wet state (the shift/cumsum trick), measure each \
# run's length, and store the length of the longest dry spell in days in `longest_dry_spell` (0 \
# when no day is dry)."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'longest_dry_spell == max((len(r) for r in "".join("d" if v < 0.5 else "w" for v in weather["rainfall"]).split("w")), default=0)',
#     'longest_dry_spell <= (weather["rainfall"] < 0.5).sum()',
# ]
# difficulty = 'advanced'
# tags = ['lags', 'time-series']
# edge_cases = true
# ///
dry = weather["rainfall"] < 0.5
# a new run starts wherever the state differs from the day before; cumsum numbers the runs
run_id = (dry != dry.shift()).cumsum()
# "first" is the run's state (all its days share it) and "size" its length in days
run_lengths = dry.groupby(run_id).agg(["first", "size"])
dry_runs = run_lengths.loc[run_lengths["first"], "size"]
longest_dry_spell = int(dry_runs.max()) if not dry_runs.empty else 0
