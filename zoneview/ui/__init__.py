"""Qt widgets, models, charts and printing: the only package that imports Qt or pyqtgraph."""
