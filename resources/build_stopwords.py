"""Make the parser's stop lists from the development corpus, so every word earns its place by frequency.

    python resources/build_stopwords.py ../shared/corpus data   # writes zoneview/ingest/data/*.txt

- `name_stops.txt`: words that end the text before a name (与, 推动, 建设 …): the candidates below that
  occur in reports of at least two different issuers.
- `place_stops.txt`: endings of place-like words that are the language's own (地区, 城镇, 社区, 城市, 上市 …):
  the two-character endings in 区/县/市/省/镇/乡 found in reports of at least three different issuers. A
  real place (圳市, 华区) is named by its own issuer and perhaps one other; a word every issuer uses is
  part of the language.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from zoneview.ingest import parse_report
from zoneview.ingest.entities import place_heads
from zoneview.ingest.normalize import normalise

DATA = Path(__file__).resolve().parent.parent / "zoneview" / "ingest" / "data"
MIN_ISSUERS = {"name_stops.txt": 2, "place_stops.txt": 3}  # a stop word may be generous; a place must not
# Function words and the verbs of the genre that stand before a named body, place or platform. Single
# characters that also start names (经济, 自贸, 是) are left out.
NAME_STOP_CANDIDATES = """
与 和 及 在 由 对 向 从 以 为 了 的 等 将 把 被 让 使 于 同 跟 并 且 或 其 该 各 每
成立 建成 推动 引进 获批 签订 推进 加快 打造 达成 成为 培育 重点 建立 落实 筹备 举办 参与 组织
积极 围绕 出台 推行 新建 聚焦 开展 成功 提升 大力 致力 布局 支持 密切 助力 深入 贯彻 按照 根据
明确 形成 探索 通过 实施 启动 建设 合作 获得 授牌 引导 包括 涵盖 对接 强化 加大 依托 联合 共建
设立 组建 发挥 推广 服务 带动 鼓励 引领 承办 主办 入选 获评 认定 批准 设置 完善 优化 创建 申报
加强 完成 结合 依据 切实 促进 提高 荣获 取得 实现 改善 补齐 赋予 增设 列入 核准 编制 开通 运行
改造 开工 涉及 公布 保障 发展 扶持 支援 帮扶 覆盖 惠及 辐射 连接 连通 贯通 覆盖 走访 调研
向着 面向 立足 着眼 全面 加速 持续 不断 继续 进一步 扩大 增加 减少 保持 坚持
""".split()  # noqa: SIM905 - a word list reads best as words


def issuer_groups(folders: list[Path]) -> dict[str, str]:
    """File -> its issuer, as the parser reads it (the groups words are counted across)."""
    groups = {}
    for path in sorted(p for folder in folders for p in folder.glob("*.txt")):
        report = parse_report(path.read_bytes(), path.name)
        groups[str(path)] = (report.issuer or path.stem).replace("管理委员会", "管委会")
    return groups


def main() -> None:
    groups = issuer_groups([Path(arg) for arg in sys.argv[1:]] or [Path("../shared/corpus"), Path("data")])
    stop_issuers: dict[str, set[str]] = defaultdict(set)
    place_issuers: dict[str, set[str]] = defaultdict(set)
    for file, issuer in groups.items():
        text = normalise(Path(file).read_text(encoding="utf-8")).text
        for word in NAME_STOP_CANDIDATES:
            if word in text:
                stop_issuers[word].add(issuer)
        for word in place_heads(text):
            place_issuers[word].add(issuer)
    _write("name_stops.txt", stop_issuers, len(set(groups.values())))
    _write("place_stops.txt", place_issuers, len(set(groups.values())))


def _write(name: str, issuers: dict[str, set[str]], total: int) -> None:
    least = MIN_ISSUERS[name]
    kept = sorted(
        (w for w, found in issuers.items() if len(found) >= least), key=lambda w: (-len(issuers[w]), w)
    )
    lines = [f"# made by resources/build_stopwords.py: in reports of >= {least} of {total} issuers"]
    lines += [f"{word}\t{len(issuers[word])}" for word in kept]
    (DATA / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(kept)} words")


if __name__ == "__main__":
    main()
