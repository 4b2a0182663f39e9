"""The main window, driven as a reader would: tree, detail, search, history, bookmarks, find, language."""

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QFontInfo, QImage
from PySide6.QtWidgets import QApplication, QLabel, QToolButton

from zoneview.bookmarks import Bookmarks
from zoneview.ui.fonts import FAMILY
from zoneview.ui.roles import HIT


def top_level_titles(window) -> list[str]:
    model = window.tree.model
    return [model.index(i, 0).data() for i in range(model.rowCount())]


def test_the_tree_holds_overview_parts_initiatives_and_summary(make_window) -> None:
    window = make_window()
    assert top_level_titles(window) == [
        "概述",
        "1. 政策持续先行先试，改革创新成效显著",
        "2. 新兴产业渐成态势，科技企业集聚成群",
        "3. 高端创新资源集聚，创新能级持续提升",
        "4. 创新创业生态形成，双创活力显著增强",
        "5. 开放协同创新发展，对外合作成效渐显",
        "2020年主要指标",
    ]
    model = window.tree.model
    part1 = model.index(1, 0)
    assert [model.index(i, 0, part1).data() for i in range(model.rowCount(part1))] == [
        "一是 强化金融要素支持",
        "二是 探索创新成果转化办法",
        "三是 创新国有资产管理模式",
    ]


def test_selecting_a_node_shows_its_detail(make_window) -> None:
    window = make_window()
    window.tree.tree.setCurrentIndex(window.tree.index_of("1.1"))
    text = window.detail.browser.toPlainText()
    assert window.current_node_id() == "1.1"
    assert "一是 强化金融要素支持" in text
    assert "知识价值信用贷款2021年一季度发放贷款2100万元" in text
    assert "重庆国家自主创新示范区建设进展情况 › 1. 政策持续先行先试" in text
    assert "实施主体：重庆高新区" in text
    html = window.detail.browser.toHtml()
    assert "figure:" in html and "entity:" in html
    assert "2100万元 = 21,000,000 元" in "\n".join(window.detail.browser.tooltips.values()).replace("\n", " ")


def test_the_detail_shows_corrections_with_the_original_wording(make_window) -> None:
    window = make_window()
    window.navigate("node:3.1")
    text = window.detail.browser.toPlainText()
    assert "加大国家级创新基地建设" in text
    assert "“一是加大国 家级创新基地建设”" in text and "“一是加大国家级创新基地建设”" in text  # the clause
    assert "多余空格" in text
    assert "一是加大国 家级创新基地建设" in text  # the source quote, as printed
    assert "tests" not in text


def test_internal_links_navigate_and_the_tree_follows(make_window, qtbot) -> None:
    window = make_window()
    window.navigate("node:1")
    window.detail.browser.anchorClicked.emit(QUrl("node:1.2"))
    assert window.current_node_id() == "1.2"
    assert window.tree.current_id() == "1.2"


def test_search_lists_hits_grouped_by_part_and_enter_jumps(make_window, qtbot) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.hasFocus() or QApplication.focusWidget() is window.search_field
    window.search_field.setText("国家级")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    groups = [
        window.results.tree.topLevelItem(i).text(0) for i in range(window.results.tree.topLevelItemCount())
    ]
    assert groups == ["3. 高端创新资源集聚，创新能级持续提升", "4. 创新创业生态形成，双创活力显著增强"]
    assert window.current_node_id() == "3.1"
    assert window.detail.browser.textCursor().selectedText() == "国家级"
    heading, snippet = window.results.tree.topLevelItem(0).child(0).data(0, HIT)
    assert heading and "\x01国家级\x02" in snippet  # drawn marked by the results' delegate


def test_a_two_character_search_and_a_click_on_a_result(make_window, qtbot) -> None:
    window = make_window()
    assert window.run_search("贷款") == 1
    item = window.results.tree.topLevelItem(0).child(0)
    rect = window.results.tree.visualItemRect(item)
    qtbot.mouseClick(window.results.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_node_id() == "1.1"
    assert "background-color:#ffd54f" in window.detail.browser.toHtml().replace(" ", "")


def test_odd_searches_explain_themselves(make_window) -> None:
    window = make_window()
    assert window.run_search("   ") == 0
    assert window.results.summary.text() == "请输入要搜索的内容。"
    assert window.run_search('NEAR( "') == 0
    assert "没有找到" in window.results.summary.text()


def test_back_and_forward(make_window, qtbot) -> None:
    window = make_window()
    for node in ("1", "2.1", "summary"):
        window.navigate(f"node:{node}")
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_node_id() == "2.1"
    window.back()
    assert window.current_node_id() == "1"
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_node_id() == "2.1"
    window.navigate("node:5")
    assert not window.actions_by_name["forward"].isEnabled()
    assert window.tree.current_id() == "5"


def test_bookmarks_survive_a_restart(make_window) -> None:
    window = make_window()
    window.navigate("node:4.2")
    window.toggle_bookmark()
    window.close()
    assert [b.node for b in Bookmarks()] == ["4.2"]
    again = make_window()
    again._fill_bookmarks_menu()
    titles = [a.text() for a in again.menus["bookmarks"].actions()]
    assert "二是 大力开展科技交流活动" in titles
    again.navigate("node:4.2")
    assert again.actions_by_name["bookmark"].text() == "移除书签"
    again.toggle_bookmark()
    assert list(Bookmarks()) == []


def test_an_unreadable_bookmarks_file_is_kept_aside(tmp_path) -> None:
    path = tmp_path / "bookmarks.json"
    path.write_text("{not json", encoding="utf-8")
    marks = Bookmarks(path)
    assert list(marks) == []
    assert (tmp_path / "bookmarks.json.unreadable").read_text(encoding="utf-8") == "{not json"


def test_the_park_filter_shows_what_one_park_did(make_window) -> None:
    window = make_window()
    window.tree.set_park("璧山高新区")
    assert window.tree.visible_ids() == ["1", "1.3", "2", "2.3", "3", "3.2"]
    window.tree.set_park("两江新区")
    assert window.tree.visible_ids() == ["1", "1.2", "2", "2.1", "2.2", "3", "3.2", "5"]
    window.tree.set_park(None)
    assert len(window.tree.visible_ids()) == 17


def test_find_in_page_counts_and_steps_through_matches(make_window, qtbot) -> None:
    window = make_window()
    window.navigate("node:2.2")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.detail.find_bar
    assert bar.isVisible()
    bar.field.setText("重庆高新区")  # typed through an input method in real use
    total = bar.matches()
    assert total >= 3
    assert bar.count.text() == f"第 1 / {total} 处"
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert bar.count.text() == f"第 2 / {total} 处"
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == f"第 1 / {total} 处"
    bar.field.setText("没有这个词")
    assert bar.count.text() == "无匹配"
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_switching_language(make_window) -> None:
    window = make_window()
    window.navigate("node:preamble")
    window.set_language("en")
    assert window.actions_by_name["back"].text() == "Back"
    assert window.tabs.tabText(1) == "Figures"
    assert top_level_titles(window)[0] == "Overview"
    assert "Source text" in window.detail.browser.toPlainText()
    window.set_language("zh")
    assert window.actions_by_name["back"].text() == "后退"
    assert top_level_titles(window)[0] == "概述"


def test_index_entries_show_mentions_and_jump(make_window, qtbot) -> None:
    window = make_window()
    window.focus_tab("policies")  # the index is filled when first shown, its places when expanded
    index = window.policies
    first = index.topLevelItem(0)
    assert first.text(0).startswith("《中国开发区审核公告目录》")
    index.itemClicked.emit(first, 0)
    assert "共提及 1 处" in window.detail.browser.toPlainText()
    first.setExpanded(True)
    index.itemClicked.emit(first.child(0), 0)
    assert window.current_node_id() == "preamble"


def test_the_figures_table_sorts_by_value_and_jumps(make_window) -> None:
    window = make_window()
    window.tabs.setCurrentIndex(1)  # built on first use, or after the first paint
    table = window.figures
    assert table.model.rowCount() == 25
    table.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    top = table.proxy.index(0, 0).data()
    assert top == "规上工业总产值"
    table._activated(table.proxy.index(0, 0))
    assert window.current_node_id() == "summary"


def column(table, index: int) -> list[str]:
    return [table.proxy.index(row, index).data() for row in range(table.proxy.rowCount())]


def test_the_figures_tab_is_readable_at_the_default_size(make_window, qtbot) -> None:
    """Ctrl+2 at 1280×800: whole names, values as printed, kinds, periods and section titles, with no
    column scrolled out of sight; kind and period sort."""
    from PySide6.QtGui import QFontMetrics

    window = make_window(restore=False)
    window.resize(1280, 800)
    window.navigate("node:summary")
    narrow = window.main_split.sizes()[0]
    window.actions_by_name["focus_figures"].trigger()
    table = window.figures
    view = table.view
    qtbot.waitUntil(lambda: view.viewport().width() > 0)
    headers = [table.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["指标", "数值", "类型", "时期", "章节"]
    metrics = QFontMetrics(view.font())
    assert view.columnWidth(0) >= metrics.horizontalAdvance("知识价值信用贷款发放贷款")  # not cut to 3
    qtbot.waitUntil(lambda: not view.horizontalScrollBar().isVisible())  # every column in sight
    assert sum(view.columnWidth(c) for c in range(5)) <= view.viewport().width() + 1
    sections = set(column(table, 4))
    assert {"一是 强化金融要素支持", "2020年主要指标", "5. 开放协同创新发展，对外合作成效渐显"} <= sections
    assert "1.1" not in sections
    assert column(table, 1)[:3] == ["2100万元", "281家次", "6.05亿元"]
    view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    kinds = column(table, 2)
    assert kinds == sorted(kinds, key=["数值", "增减", "比率", "占比", "目标"].index)
    assert kinds[0] == "数值" and kinds[-1] == "占比"
    view.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    periods = column(table, 3)
    assert periods == ["2020年"] * 8 + ["2021年一季度"] * 3 + [""] * 14  # the summary's year, a quarter, none
    window.actions_by_name["focus_tree"].trigger()
    assert window.main_split.sizes()[0] == narrow  # the contents get their width back


def test_copy_citation_names_title_quote_document_and_position(make_window) -> None:
    window = make_window()
    window.navigate("node:1.2")
    window.copy_citation()
    text = QApplication.clipboard().text()
    assert text.startswith("二是 探索创新成果转化办法。“二是探索创新成果转化办法。")
    assert (
        "《重庆国家自主创新示范区建设进展情况》" in text and "000_fbc4be491c91ac1b.txt" in text
    )  # a citation keeps the file
    assert "第 469–573 字符" in text


def test_zoom_keys(make_window, qtbot) -> None:
    window = make_window()
    size = window.detail.browser.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom == 1 and window.detail.browser.font().pointSizeF() > size
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom == 0 and window.detail.browser.font().pointSizeF() == size


def test_state_is_kept_between_sessions(make_window) -> None:
    window = make_window()
    window.navigate("node:3.2")
    window.set_zoom(2)
    window.main_split.setSizes([300, 900])
    window.close()
    again = make_window()
    assert again.current_node_id() == "3.2"
    assert again.zoom == 2


def test_about_names_version_document_and_licences(make_window) -> None:
    html = make_window().about_html()
    for fragment in [
        "0.1.0",
        "000_fbc4be491c91ac1b.txt",
        "c5c5add0cd59",
        "17",
        "25",
        "SIL",
        "Noto Sans CJK SC",
    ]:
        assert fragment in html


def test_markup_in_a_document_is_shown_as_text_and_nothing_loads(make_window, tmp_path) -> None:
    from zoneview.ingest import parse_report
    from zoneview.store import write_database

    text = '1.标题<img src="http://example.invalid/x.png">。一是测试<a href="http://x">链接</a>。正文。二是推进。\n'
    db = tmp_path / "markup.db"
    write_database(parse_report(text.encode(), "m.txt"), db)
    window = make_window(db=db)
    window.navigate("node:1.1")
    plain = window.detail.browser.toPlainText()
    assert '<a href="http://x">链接</a>' in plain
    loaded = window.detail.browser.loadResource(2, QUrl("http://x"))
    assert isinstance(loaded, QImage) and loaded.isNull()  # empty, not None: None lets Qt read files


def test_chinese_is_drawn_with_the_bundled_font(qapp_prepared) -> None:
    label = QLabel("重庆国家自主创新示范区")
    assert QFontInfo(label.font()).family() == FAMILY
    assert QFontInfo(QApplication.font()).family() == FAMILY


def test_a_hit_in_a_part_sits_on_the_parts_own_row(make_window) -> None:
    window = make_window()
    assert window.run_search("改革") == 2
    tree = window.results.tree
    part = tree.topLevelItem(0)
    assert part.childCount() == 0 and "\x01改革\x02" in part.data(0, HIT)[1]
    assert tree.currentItem() is part  # the best hit: 改革 is in part 1's headline


# -- entity pages, places in the text (issue 13) ------------------------------------------------


def entity_in(window, node_id: str):
    """The first name the node's text marks, as the reader clicks it there."""
    mention = window.document.mentions(node_id=node_id)[0]
    return window.document.entity(mention.entity_id)


def test_an_entity_page_leaves_no_section_current_or_charted(make_window, qtbot) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.chart is not None)
    window.navigate("node:1.1")
    assert window.chart.cards() and window.tree.current_id() == "1.1"
    window.detail.browser.anchorClicked.emit(QUrl(f"entity:{entity_in(window, '1.1').id}"))
    assert window.current_node_id() is None
    assert window.tree.current_id() is None and window.tree.tree.selectionModel().selectedIndexes() == []
    assert window.chart.node_id == "" and not window.chart.has_figures()
    qtbot.waitUntil(lambda: window.chart.cards() == [] and window.chart.charts() == [])  # deleted later
    window.back()
    assert window.tree.current_id() == "1.1" and window.chart.cards()


def snippet_lines(page_html: str) -> list[str]:
    """The snippets of an entity page as plain text, without the ellipses that say they were cut."""
    import html as html_module
    import re

    spans = re.findall(r"<br><span class='muted'>(.*?)</span>", page_html)
    return [html_module.unescape(re.sub(r"<[^>]+>", "", s)).strip("…") for s in spans]


def test_an_entity_page_lists_each_place_once_in_its_corrected_text(make_window) -> None:
    import re

    window = make_window()
    store = window.document
    for entity in store.entities():
        page = window.renderer.entity_page(entity.id)
        places = re.findall(r"href='node:([^'?]+)", page.html)
        assert len(places) == len(set(places)), (entity.name, places)
        assert set(places) == {m.node_id for m in store.mentions(entity_id=entity.id)}
        texts = [store.node(p).text for p in places]
        for line in snippet_lines(page.html):
            if "另有" not in line:
                assert any(line in text for text in texts), (entity.name, line)
    crowded = entity_in(window, "1.1")  # named twice in 1.1, in the text as read (no half-width commas)
    page = window.renderer.entity_page(crowded.id)
    assert "2 处" in page.html and "," not in "".join(snippet_lines(page.html))


def test_clicking_a_figure_on_the_page_shown_adds_no_history_step(make_window) -> None:
    window = make_window()
    window.navigate("node:1.2")
    window.navigate("node:1.1")
    steps = len(window.history)
    figure = window.document.indicators("1.1")[0]
    window.detail.browser.anchorClicked.emit(QUrl(f"figure:{figure.id}"))
    assert len(window.history) == steps and window.current_node_id() == "1.1"
    assert window.detail.browser.textCursor().selectedText() == figure.quote
    assert not window.actions_by_name["forward"].isEnabled()
    window.back()
    assert window.current_node_id() == "1.2"


def test_the_source_line_names_the_report_part_and_paragraph_not_the_file(make_window, corpus_dbs) -> None:
    from conftest import LARGEST

    window = make_window()
    window.navigate("node:3.1")
    text = window.detail.browser.toPlainText()
    assert window.document.record().source_file not in text
    assert "《重庆国家自主创新示范区建设进展情况》 3. 高端创新资源集聚，创新能级持续提升 第 1 段" in text
    tips = "\n".join(window.detail.browser.tooltips.values())
    assert (
        "第 1194–1316 字符" in tips and window.document.record().source_file in tips
    )  # kept, in the tooltip
    guangdong = make_window(db=corpus_dbs[LARGEST.stem])
    guangdong.navigate("node:1.1")
    assert "一、 2025年和“十四五”时期工作回顾 第 3–4 段" in guangdong.detail.browser.toPlainText()


def test_half_width_punctuation_is_counted_once_in_about_not_on_each_page(make_window) -> None:
    window = make_window()
    window.navigate("node:1.1")  # its only corrections are half-width punctuation
    assert window.document.correction_counts("1.1")[1] > 0
    text = window.detail.browser.toPlainText()
    assert "半角标点" not in text and "更正" not in text
    window.navigate("node:3.1")
    assert "半角标点" not in window.detail.browser.toPlainText()
    assert f"{window.document.punctuation_count()} 处半角标点已统一为全角" in window.about_html()


def test_a_correction_is_shown_in_its_clause_never_cutting_a_number_or_word(
    corpus_dbs, qapp_prepared
) -> None:
    """Every correction of every corpus report: its context starts and ends at a clause mark, the
    text's ends, or an ellipsis, and never inside a run of digits or Latin letters (0 % for 100 %)."""
    from zoneview.store import reading
    from zoneview.ui.page import CLAUSE_MARKS, in_context

    def word(ch: str) -> bool:
        return ch.isascii() and ch.isalnum()

    for db in corpus_dbs.values():
        with reading(db) as store:
            for c in store.corrections():
                node = store.node(c.node_id)
                printed, read = in_context(node, c)
                core = printed.strip("…")
                at = node.original.find(core)
                assert at >= 0 and c.original in core and c.corrected in read
                before, after = node.original[at - 1 : at], node.original[at + len(core) : at + len(core) + 1]
                if before and not printed.startswith("…"):
                    assert before in CLAUSE_MARKS, (printed, before)
                if after and not printed.endswith("…"):
                    assert after in CLAUSE_MARKS, (printed, after)
                assert not (before and word(before) and word(core[0]))
                assert not (after and word(after) and word(core[-1]))


def test_every_tab_shows_its_whole_name(make_window, qtbot) -> None:
    window = make_window()
    window.set_language("en")  # the longer names
    window.main_split.setSizes([60, 2000])  # the reader drags the pane as narrow as it goes
    qtbot.waitUntil(lambda: window.tabs.tabBar().width() > 0)
    QApplication.processEvents()
    bar = window.tabs.tabBar()
    assert window.tabs.width() >= bar.width()
    for index in range(bar.count()):
        rect = bar.tabRect(index)
        assert rect.left() >= 0 and rect.right() < bar.width(), window.tabs.tabText(index)
        wanted = bar.fontMetrics().horizontalAdvance(window.tabs.tabText(index))
        assert rect.width() > wanted, window.tabs.tabText(index)
    assert not [b for b in bar.findChildren(QToolButton) if b.isVisible()]  # no ◂▸ scroll buttons


def test_ctrl_and_a_number_opens_the_tabs_in_their_order(make_window, qtbot) -> None:
    window = make_window()
    pages = {
        2: lambda: window.figures,
        3: lambda: window.organisations,
        4: lambda: window.policies,
        5: lambda: window.results,
        1: lambda: window.tree,
    }
    for number, page in pages.items():
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0.value + number), Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentWidget() is page(), number
    assert window.tabs.tabText(window.tabs.indexOf(window.figures)) == "指标"


def test_found_words_are_marked_in_the_palettes_colours(make_window, qtbot) -> None:
    """The results' marks are drawn from the view's palette, so a dark palette gets dark marks, not
    the light yellow of a fixed colour."""
    from PySide6.QtGui import QColor, QPalette

    from zoneview.ui.hits import MARK_SHARE, blend

    window = make_window()
    assert window.run_search("国家级") > 1
    tree = window.results.tree
    tree.setCurrentItem(tree.topLevelItem(tree.topLevelItemCount() - 1))  # the first hits unselected
    tree.clearSelection()
    role = QPalette.ColorRole
    for base, highlight, text in (("#ffffff", "#308cc6", "#000000"), ("#1b1c1e", "#3d6fb4", "#e8eaed")):
        palette = QPalette(tree.palette())
        for r, colour in ((role.Base, base), (role.Highlight, highlight), (role.Text, text)):
            palette.setColor(r, QColor(colour))
        tree.setPalette(palette)
        image = tree.viewport().grab().toImage()
        pixels = [
            image.pixelColor(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
        ]
        band = blend(QColor(base), QColor(highlight), MARK_SHARE)
        near = [p for p in pixels if max(abs(p.red() - band.red()), abs(p.green() - band.green()),
                                         abs(p.blue() - band.blue())) <= 3]  # fmt: skip
        assert len(near) > 20, base
        assert not [p for p in pixels if p.name() == "#ffd54f"], base


def test_a_search_for_a_term_with_a_plus_highlights_it_whole(make_window) -> None:
    """The report says 万州“1+3”协同发展: a search for 1+3 highlights 1+3, not every 1 and every 3."""
    window = make_window()
    assert window.run_search("1+3")
    target = window.results.first_target()
    assert target is not None and window.navigate(target)
    assert window.current_node_id() == "5" and window.current_target.highlight[0] == "1+3"  # and １＋３
    cursor = window.detail.browser.textCursor()
    assert cursor.selectedText() == "1+3"  # found and selected in the text, as typed


def test_links_carry_any_text_through_a_url(make_window) -> None:
    from zoneview.ui.target import Target

    window = make_window()
    for words in (("1+3",), ("a&b=c#d%20",), ("贷款", "改革")):
        link = Target("node", "5", words, page=None, document=window.document.id)
        assert Target.parse(link.text()) == link
        assert Target.parse(link.url()) == link
    assert Target.parse("https://example.com/node:1") is None and not window.navigate("javascript:alert(1)")


def test_the_summary_is_named_from_its_period_in_either_language(make_window) -> None:
    window = make_window()
    summary = window.document.outline_entry("summary")
    assert summary is not None and summary.period == "2020年"
    assert window.renderer.heading(summary) == "2020年主要指标"
    window.set_language("en")
    assert window.renderer.heading(summary) == "Key figures of 2020"
