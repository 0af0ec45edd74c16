# /// example
# task = """
# Plot the `response` of `dose_response` against `concentration` on a log x axis (points), then \
# save the figure `fig` as SVG (format "svg") into an in-memory buffer (no file on disk) with the metadata \
# title "Dose response" and creator "lab-report", and keep the SVG text (decoded as UTF-8) in \
# `svg_text`."""
# prompt = """
# I need my dose-response scatter (`response` vs `concentration` of `dose_response`, log x axis) \
# as SVG text to embed in an HTML report, without writing a file: render `fig` to an in-memory \
# buffer as SVG (format "svg") with metadata title "Dose response" and creator "lab-report", and give me the \
# decoded string as `svg_text`."""
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { dose_response = 'dose_response' }
# checks = [
#     '__import__("xml.etree.ElementTree").etree.ElementTree.fromstring(svg_text.encode()).tag.endswith("svg")',
#     # the metadata lands in the SVG's Dublin Core block
#     '[e.text for e in __import__("xml.etree.ElementTree").etree.ElementTree.fromstring(svg_text.encode()).iter("{http://purl.org/dc/elements/1.1/}title")][0] == "Dose response" and "lab-report" in svg_text',
#     'figure_summary(fig).axes[0].xscale == "log" and np.allclose(np.concatenate(figure_summary(fig).axes[0].lines_xy + figure_summary(fig).axes[0].scatter_xy), dose_response[["concentration", "response"]].to_numpy(), equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['figure-export', 'log-scale', 'scatter-plot']
# edge_cases = true
# ///
import io

import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(4, 3))
ax.scatter(dose_response["concentration"], dose_response["response"], s=12)
ax.set_xscale("log")
ax.set(xlabel="concentration", ylabel="response", title="Dose response")

buffer = io.BytesIO()
# SVG metadata keys follow Dublin Core: Title, Creator, Date, ...
fig.savefig(buffer, format="svg", metadata={"Title": "Dose response", "Creator": "lab-report"})
svg_text = buffer.getvalue().decode("utf-8")
