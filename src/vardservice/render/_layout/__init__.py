"""The geometry of the pictures (bildernas geometri): SVG laid out in Python.

Each module computes where the parts of one kind of picture go — coordinates,
paths, sizes — from the data and the lengths of its texts; the templates
``render/templates/svg/<name>.j2`` only place what was computed here, and the
composers (:mod:`vardservice.render.planning`, :mod:`vardservice.render.benchmarking`)
give them the final, translated texts. Nothing here knows a language.

* :mod:`~vardservice.render._layout.wheel`: the annual wheel (årshjul).
* :mod:`~vardservice.render._layout.chart`: the benchmark's bar chart.
"""
