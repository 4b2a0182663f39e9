"""Page chrome read as headings: outline nodes whose title is a web page's furniture, not the report's.

A saved page carries 收藏, 打印, 分享, 来源：…, 【字体：大 中 小】, 您的位置, 首页 > …, 责任编辑：…,
扫一扫在手机打开当前页, photo captions and link lists around the article, and a site's licence box
(本作品是中华人民共和国的 / 法律 / 、 / 法规 … broken into short lines). None of them is a part, section or
item of the report; this counts those that became one, per report and in total: a heading whose title
is chrome, or one that stands inside the licence box.

    python benchmarks/bench_chrome.py [FOLDER] [--verbose]   # default: ../shared/corpus, else tests/corpus
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from zoneview.ingest import parse_report

ROOT = Path(__file__).resolve().parent.parent
HEADING_KINDS = ("part", "section", "initiative")
# The furniture of a government web page, as it stands at the start of a line.
CHROME = re.compile(
    r"^\s*(?:[【\[]?\s*(?:字体|字号|文字大小)|[【\[]?\s*(?:我要纠错|打印本页|关闭窗口|加入收藏)"
    r"|(?:收藏|打印|分享|分享到|关闭|返回顶部|纠错)\s*[:：]?\s*$"
    r"|(?:来源|时间|发布时间|发布日期|信息来源|文章来源|作者|编辑|责任编辑|浏览次数|阅读次数|点击数)\s*[:：]"
    r"|您(?:的|现在的|当前的)?位置|当前位置|首页\s*[>＞»/]"
    r"|扫一扫|手机扫|上一篇|下一篇|相关(?:链接|附件|阅读|新闻|报道)"
    r"|图为|[^，。]{0,40}(?:记者|通讯员)[^，。]{0,12}摄[)）]?\s*$)"
)
# Where a site's licence or copyright notice begins: it and everything after it is the page's.
LICENCE = re.compile(r"^[ \t\u3000]*(?:本作品|版权所有|Copyright|©)", re.MULTILINE)


def chrome_titles(path: Path) -> list[str]:
    """Titles of the heading nodes of one report that are page chrome."""
    data = path.read_bytes()
    report = parse_report(data, path.name)
    text = data.decode("utf-8", "replace")
    notice = next((m.start() for m in LICENCE.finditer(text) if m.start() > len(text) * 2 / 3), len(text))
    return [
        f"{n.id} {n.marker}{n.title}"
        for n in report.nodes
        if n.kind in HEADING_KINDS and (CHROME.match(n.marker + n.title) or n.start >= notice)
    ]


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    shared = ROOT.parent / "shared" / "corpus"
    corpus = Path(args[0]) if args else (shared if shared.is_dir() else ROOT / "tests" / "corpus")
    reports = sorted([*corpus.glob("*.txt"), *corpus.glob("*.htm"), *corpus.glob("*.html")])
    total = 0
    for path in reports:
        found = chrome_titles(path)
        total += len(found)
        if found:
            print(f"{path.name[:42]:44}{len(found):4d}")
            if "--verbose" in sys.argv:
                for title in found:
                    print(f"    {title[:60]}")
    print(f"chrome lines read as headings across {len(reports)} reports: {total}")


if __name__ == "__main__":
    main()
