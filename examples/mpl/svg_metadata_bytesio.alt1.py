from io import StringIO

import matplotlib.pyplot as plt

fig = plt.figure(figsize=(4, 3))
ax = fig.add_subplot()
ax.plot(dose_response["concentration"], dose_response["response"], "o")
ax.set_xscale("log")
ax.set_xlabel("concentration")
ax.set_ylabel("response")

# the SVG backend writes text, so a StringIO works too
text_buffer = StringIO()
fig.savefig(text_buffer, format="svg", metadata={"Title": "Dose response", "Creator": "lab-report"})
svg_text = text_buffer.getvalue()
