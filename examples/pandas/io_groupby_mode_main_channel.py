# /// example
# task = """
# Build the visit log below as `visits` and find each store's most common `channel` into \
# `main_channel`, a Series indexed by store (sorted); on a tie take the alphabetically first \
# channel.
#
# ```text
#    store channel
# 0  north     web
# 1  north     app
# 2  north     web
# 3  south     app
# 4  south     web
# 5  south     web
# 6  south     app
# 7   east   phone
# ```
#
# Wanted `main_channel`:
#
# ```text
# store
# east     phone
# north      web
# south      app
# ```"""
# prompt = """
# For each store in my `visits` log I want the channel customers use most, as `main_channel` \
# (indexed by store, sorted). South is a tie between app and web; pick the alphabetically first \
# then.
#
# ```text
#    store channel
# 0  north     web
# 1  north     app
# 2  north     web
# 3  south     app
# 4  south     web
# 5  south     web
# 6  south     app
# 7   east   phone
# ```
#
# Expected:
#
# ```text
# store
# east     phone
# north      web
# south      app
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'main_channel.index.tolist() == ["east", "north", "south"]',
#     'main_channel.tolist() == ["phone", "web", "app"]',
# ]
# difficulty = 'intermediate'
# tags = ['groupby', 'aggregation', 'counting']
# ///
import pandas as pd

visits = pd.DataFrame(
    {
        "store": ["north", "north", "north", "south", "south", "south", "south", "east"],
        "channel": ["web", "app", "web", "app", "web", "web", "app", "phone"],
    }
)
# Series.mode returns every most frequent value, sorted: the first one breaks ties alphabetically
main_channel = visits.groupby("store")["channel"].agg(lambda channels: channels.mode().iloc[0])
