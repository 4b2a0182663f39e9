"""Charts in words: titles that name the measure and its unit (金额（亿元）, 增速（%）), kinds, bar labels.

Kept apart from the chart widgets so the `chart --json` command, printing and the figures table can
say the same things without loading pyqtgraph.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from zoneview.store.chartdata import Bar, Chart
from zoneview.ui.text import fill


class ChartWords(QObject):
    """Every word a chart shows, through Qt's translation system."""

    def measure(self, key: str) -> str:
        words = {
            "amount": self.tr("Amount"),
            "people": self.tr("People"),
            "visits": self.tr("Visits"),
            "households": self.tr("Households"),
            "count": self.tr("Number"),
            "length": self.tr("Length"),
            "area": self.tr("Area"),
            "volume": self.tr("Volume"),
            "weight": self.tr("Weight"),
            "energy": self.tr("Energy and power"),
            "concentration": self.tr("Concentration"),
            "duration": self.tr("Time"),
            "age": self.tr("Age"),
            "proportion": self.tr("Proportion"),
            "points": self.tr("Change in points"),
            "multiple": self.tr("Multiple"),
            "tenths": self.tr("Proportion in tenths"),
            "growth": self.tr("Growth"),
            "increase": self.tr("Increase"),
            "rate": self.tr("Rate"),
            "share": self.tr("Share"),
            "unstated": self.tr("Value, unit not stated"),
        }
        return words.get(key, key)

    def kind(self, kind: str) -> str:
        names = {
            "level": self.tr("Level"),
            "change": self.tr("Change"),
            "rate": self.tr("Rate"),
            "share": self.tr("Share"),
            "target": self.tr("Target"),
        }
        return names.get(kind, kind)

    def title(self, chart: Chart) -> str:
        """The measure and its unit in words: 金额（亿元）, 累计：数量（家）, 人均或平均：金额（万元）."""
        measure = self.measure(chart.measure)
        if chart.targets and chart.measure == "proportion":
            measure = self.tr("Target")  # a target in % may be a growth or a level: the report says which
        elif chart.targets:
            measure = fill(self.tr("Target: %1"), measure)
        if chart.threshold:  # 超1000亿元的企业: the size of what is counted, not an amount of anything
            measure = fill(self.tr("Threshold: %1"), measure)
        if chart.per_head:
            measure = fill(self.tr("Per head or average: %1"), measure)
        if chart.stock == "cumulative":
            measure = fill(self.tr("Cumulative: %1"), measure)
        elif chart.stock == "peak":
            measure = fill(self.tr("Peak: %1"), measure)
        return fill(self.tr("%1 (%2)"), measure, chart.unit) if chart.unit else measure

    def part_title(self, title: str, part: int, parts: int) -> str:
        """A chart printed over pages repeats its title on each: 金额（亿元）（第 2 部分，共 3 部分）."""
        return fill(self.tr("%1 (part %2 of %3)"), title, part, parts)

    def titles(self, charts: list[Chart]) -> list[str]:
        return [self.title(c) for c in charts]

    def bar_label(self, chart: Chart, bar: Bar) -> str:
        """The bar's name, with its period where the chart's periods differ, and its number where
        nothing else tells it from a bar of the same name."""
        return chart.bar_label(bar, self.tr("period not stated"), self.numbered)

    def numbered(self, label: str, nth: int) -> str:
        """The nth of bars named alike, in the order the text gives them: 城镇化率从（第2处）."""
        return fill(self.tr("%1 (no. %2)"), label, nth)

    def note(self, chart: Chart, document: str, heading: str) -> str:
        """Where a chart's figures come from, and their period when they share one."""
        parts = [fill(self.tr("Source: 《%1》 · %2"), document, heading)]
        if chart.period:
            parts.append(fill(self.tr("period: %1"), chart.period))
        return " · ".join(parts)

    def legend(self, charts: list[Chart]) -> str:
        """What the marks of these charts mean, those that occur: hatching, outlines, whiskers."""
        bars = [(c, b) for c in charts if not c.is_card for b in c.bars]
        said = []
        if any(b.approximate for _, b in bars):
            said.append(self.tr("Hatched bars are approximate (近, 余)."))
        if any(c.targets for c, _ in bars):
            said.append(self.tr("Outlined bars are targets."))
        if any(b.value_high is not None for _, b in bars):
            said.append(self.tr("A whisker spans a range (6.5-7%)."))
        return " ".join(said)

    def singles(self) -> str:
        """Said above the stat cards when charts come before them."""
        return self.tr("Figures without a like to compare with:")

    def value_text(self, chart: Chart, bar: Bar) -> str:
        """A bar's value as its label, a stat card or a printout shows it; a share says what of, so
        that it is not read as an amount: 11.6%（占全市）, 2.2%（占国内生产总值）."""
        if bar.share_of:
            return fill(self.tr("%1 (of %2)"), bar.display, bar.share_of)
        return bar.display

    def spoken_bar(self, chart: Chart, bar: Bar) -> str:
        """A bar as a screen reader says it: its label, its value, and whether it is a target or
        approximate (what the chart shows by an outline or hatching)."""
        marks = [self.tr("target")] if chart.targets else []
        if bar.approximate:
            marks.append(self.tr("approximate"))
        if bar.value_high is not None:
            marks.append(self.tr("a range"))
        said = fill(self.tr("%1: %2"), self.bar_label(chart, bar), self.value_text(chart, bar))
        return fill(self.tr("%1 (%2)"), said, ", ".join(marks)) if marks else said

    def spoken_chart(self, chart: Chart, bars: tuple[Bar, ...]) -> str:
        """A chart as text: its title (measure and unit), then each bar shown, top to bottom."""
        lines = [fill(self.tr("Chart: %1, %n bar(s)", "", len(bars)), self.title(chart))]
        lines += [self.spoken_bar(chart, b) for b in bars]
        if len(bars) < len(chart.bars):
            lines.append(fill(self.tr("the largest %1 of %2 shown"), len(bars), len(chart.bars)))
        return "\n".join(lines)

    def open_hint(self) -> str:
        return self.tr("Enter shows it in the text")

    def bar_keys_hint(self) -> str:
        return self.tr("Up and Down choose a bar; Enter shows it in the text")

    def card_meta(self, chart: Chart, bar: Bar) -> str:
        """A stat card's line under the figure's name: the measure, and the period."""
        return " · ".join(p for p in (self.title(chart), bar.period or "") if p)
