# /// example
# task = """
# Store the XML text below in `xml_text` and read it with `pandas.read_xml` into `stations_xml`, \
# one row per `<station>` element with the attribute `id` and the child elements `name` and \
# `elev` (as floats) as columns. Only the standard library's XML parser is installed, so use \
# `parser="etree"`.
#
# ```text
# <stations>
#   <station id="ST1"><name>Lake Ridge</name><elev>312.5</elev></station>
#   <station id="ST2"><name>Pine Hill</name><elev>488.0</elev></station>
# </stations>
# ```
#
# Wanted `stations_xml`:
#
# ```text
#     id        name   elev
# 0  ST1  Lake Ridge  312.5
# 1  ST2   Pine Hill  488.0
# ```"""
# prompt = """
# A partner sends station metadata as XML:
#
# ```text
# <stations>
#   <station id="ST1"><name>Lake Ridge</name><elev>312.5</elev></station>
#   <station id="ST2"><name>Pine Hill</name><elev>488.0</elev></station>
# </stations>
# ```
#
# Keep it in `xml_text` and load it into a DataFrame `stations_xml` like below; lxml isn't \
# installed on our server, so stick to the built-in parser (`parser="etree"`):
#
# ```text
#     id        name   elev
# 0  ST1  Lake Ridge  312.5
# 1  ST2   Pine Hill  488.0
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(stations_xml.columns) == ["id", "name", "elev"]',
#     'stations_xml["id"].tolist() == ["ST1", "ST2"] and stations_xml["name"].tolist() == ["Lake Ridge", "Pine Hill"]',
#     'np.allclose(stations_xml["elev"].to_numpy(dtype=float), [312.5, 488.0]) and pd.api.types.is_float_dtype(stations_xml["elev"])',
# ]
# difficulty = 'basic'
# tags = ['file-io', 'nested-data']
# ///
import io

import pandas as pd

xml_text = """<stations>
  <station id="ST1"><name>Lake Ridge</name><elev>312.5</elev></station>
  <station id="ST2"><name>Pine Hill</name><elev>488.0</elev></station>
</stations>"""
# each child of the root becomes a row; its attributes and sub-elements become columns
stations_xml = pd.read_xml(io.StringIO(xml_text), parser="etree")
