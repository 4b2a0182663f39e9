<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="148"/>
        <source>%1% of city (city ≈ %2)</source>
        <translation>占全市 %1%（全市约 %2）</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="181"/>
        <source>Implied city total: %s</source>
        <translation>推算全市总量：%s</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="182"/>
        <source>Click to open %s</source>
        <translation>单击打开 %s</translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="258"/>
        <source>Chart as PNG…</source>
        <translation>图表导出为 PNG…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="259"/>
        <source>Chart Data as CSV…</source>
        <translation>图表数据导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="288"/>
        <source>% of city total</source>
        <translation>占全市比重（%）</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="289"/>
        <source>Source: 《%1》 · %2 · unit: %3</source>
        <translation>来源：《%1》 · %2 · 单位：%3</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="294"/>
        <source>Hatched bars are approximate (近, 余).</source>
        <translation>斜线填充的条形为约数（近、余）。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="301"/>
        <source>Amounts (%s)</source>
        <translation>金额（%s）</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="302"/>
        <source>Counts (%s)</source>
        <translation>数量（%s）</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="303"/>
        <source>Area (%s)</source>
        <translation>面积（%s）</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="304"/>
        <source>Percentages</source>
        <translation>比例（%）</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="305"/>
        <source>Share of the city total</source>
        <translation>占全市比重</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="310"/>
        <source>This section gives no figures.</source>
        <translation>本节没有数据。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="311"/>
        <source>See the key figures of the summary</source>
        <translation>查看 2020 年主要指标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="366"/>
        <source>Save Chart as PNG</source>
        <translation>保存图表为 PNG</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="371"/>
        <source>Save Chart Data</source>
        <translation>保存图表数据</translation>
    </message>
</context>
<context>
    <name>EntityIndex</name>
    <message>
        <source>More places (%1 of %2 listed)…</source>
        <translation>更多出处（已列出 %1 / %2）…</translation>
    </message>
</context>
<context>
    <name>FigureTable</name>
    <message>
        <location filename="../../zoneview/ui/figures.py" line="55"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/figures.py" line="55"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/figures.py" line="55"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/figures.py" line="55"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/figures.py" line="55"/>
        <source>Node</source>
        <translation>章节</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../zoneview/ui/detail.py" line="56"/>
        <source>Find in page</source>
        <translation>页内查找</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/detail.py" line="61"/>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个 (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/detail.py" line="64"/>
        <source>Next match (F3)</source>
        <translation>下一个 (F3)</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/detail.py" line="67"/>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/detail.py" line="153"/>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/detail.py" line="155"/>
        <source>%1 of %2</source>
        <translation>第 %1 / %2 处</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="388"/>
        <source>Remove Bookmark</source>
        <translation>移除书签</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="228"/>
        <location filename="../../zoneview/ui/mainwindow.py" line="388"/>
        <source>Bookmark</source>
        <translation>加入书签</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="222"/>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="223"/>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="224"/>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="225"/>
        <source>Find in Page…</source>
        <translation>页内查找…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="226"/>
        <source>Find Next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="227"/>
        <source>Find Previous</source>
        <translation>查找上一个</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="229"/>
        <source>Copy Citation</source>
        <translation>复制引文</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="230"/>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="231"/>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="232"/>
        <source>Actual Size</source>
        <translation>原始大小</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="233"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="234"/>
        <source>Print Preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="235"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="236"/>
        <source>Export Whole Report as PDF…</source>
        <translation>将全文导出为 PDF…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="237"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="239"/>
        <location filename="../../zoneview/ui/mainwindow.py" line="259"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="241"/>
        <source>Parks and Organisations</source>
        <translation>园区与机构</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="242"/>
        <source>Policy Documents</source>
        <translation>政策文件</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="243"/>
        <source>Search Results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="244"/>
        <source>Detail Pane</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="249"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="250"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="251"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="252"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="253"/>
        <source>&amp;Bookmarks</source>
        <translation>书签(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="254"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="261"/>
        <source>Names</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="262"/>
        <source>Policies</source>
        <translation>政策</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="263"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="267"/>
        <source>Search the report (Ctrl+K)</source>
        <translation>搜索报告 (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="268"/>
        <source>Loading chart…</source>
        <translation>正在加载图表…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="395"/>
        <source>No bookmarks yet</source>
        <translation>尚无书签</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="409"/>
        <source>%1. “%2” %3, %4, characters %5–%6 (sha256 %7).</source>
        <translation>%1。“%2” %3，%4，第 %5–%6 字符（sha256 %7）。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="423"/>
        <source>Citation copied</source>
        <translation>引文已复制</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="472"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="473"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="474"/>
        <source>Source file</source>
        <translation>源文件</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="476"/>
        <source>Nodes</source>
        <translation>章节数</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="240"/>
        <location filename="../../zoneview/ui/mainwindow.py" line="260"/>
        <location filename="../../zoneview/ui/mainwindow.py" line="477"/>
        <location filename="../../zoneview/ui/mainwindow.py" line="533"/>
        <source>Figures</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="478"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="484"/>
        <source>zoneview is MIT licensed. The bundled font ZoneView Sans SC is a subset of Noto Sans CJK SC, under the SIL Open Font License 1.1. Qt for Python (PySide6) is LGPLv3; pyqtgraph is MIT; sqlite-utils is Apache 2.0.</source>
        <translation>zoneview 以 MIT 许可发布。内置字体 ZoneView Sans SC 为 Noto Sans CJK SC 的子集，遵循 SIL 开放字体许可 1.1。Qt for Python (PySide6) 为 LGPLv3；pyqtgraph 为 MIT；sqlite-utils 为 Apache 2.0。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="238"/>
        <location filename="../../zoneview/ui/mainwindow.py" line="491"/>
        <source>About zoneview</source>
        <translation>关于 zoneview</translation>
    </message>
    <message>
        <source>The bookmarks could not be saved; the change lasts until you quit.</source>
        <translation>书签无法保存；此次更改在退出 zoneview 前有效。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>%1–%2 of %3</source>
        <translation>第 %1–%2 项，共 %3 项</translation>
    </message>
</context>
<context>
    <name>PageRenderer</name>
    <message>
        <location filename="../../zoneview/ui/page.py" line="70"/>
        <location filename="../../zoneview/ui/page.py" line="108"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="70"/>
        <source>There is no node %s.</source>
        <translation>没有章节 %s。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="80"/>
        <source>Acting parks</source>
        <translation>实施园区</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="88"/>
        <source>Initiatives</source>
        <translation>主要举措</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/page.py" line="92"/>
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n 项指标</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="108"/>
        <source>There is no such entry.</source>
        <translation>没有该条目。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/page.py" line="119"/>
        <source>Mentioned %n time(s)</source>
        <translation>
            <numerusform>共提及 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="135"/>
        <source>Overview</source>
        <translation>概述</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="137"/>
        <source>Key figures of %s</source>
        <translation>%s年主要指标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="142"/>
        <source>Park</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="143"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="144"/>
        <source>Policy document</source>
        <translation>政策文件</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="145"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="146"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="147"/>
        <source>Place</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="156"/>
        <source>Period: %s</source>
        <translation>时期：%s</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="158"/>
        <source>Share of city total: %s%%</source>
        <translation>占全市比重：%s%%</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="159"/>
        <source>Source: “%s”</source>
        <translation>原文：“%s”</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="245"/>
        <source>Corrected: “%s” → “%s” (%s)</source>
        <translation>已更正：“%s” → “%s”（%s）</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="261"/>
        <source>stray space</source>
        <translation>多余空格</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="262"/>
        <source>doubled character</source>
        <translation>重复字</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="263"/>
        <source>misprint</source>
        <translation>错字</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="264"/>
        <source>half-width punctuation</source>
        <translation>半角标点</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="272"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="273"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="274"/>
        <source>In base units</source>
        <translation>折合基本单位</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="275"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="276"/>
        <source>Share of city</source>
        <translation>占全市</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="290"/>
        <source>Figures</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="310"/>
        <source>Printed</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="310"/>
        <source>Read as</source>
        <translation>更正为</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="310"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="310"/>
        <source>Characters</source>
        <translation>字符位置</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/page.py" line="314"/>
        <source>%n half-width punctuation mark(s) shown full-width.</source>
        <translation>
            <numerusform>另有 %n 处半角标点已统一为全角。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="316"/>
        <source>Corrections</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="321"/>
        <source>Characters %1–%2 of %3</source>
        <translation>%3 第 %1–%2 字符</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="323"/>
        <source>Source text</source>
        <translation>原文出处</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) in all; this table lists those on this page</source>
        <translation>
            <numerusform>共 %n 项指标；此表列出本页的指标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) in all; this table lists those on this page</source>
        <translation>
            <numerusform>共 %n 处更正；此表列出本页的更正</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more in the contents tree</source>
        <translation>
            <numerusform>另有 %n 项，见目录</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>« First</source>
        <translation>« 首页</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ 上一页</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>下一页 ›</translation>
    </message>
    <message>
        <source>Last »</source>
        <translation>末页 »</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="80"/>
        <source>Whole report</source>
        <translation>全文</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="91"/>
        <location filename="../../zoneview/ui/printing.py" line="153"/>
        <source>Appendix: all figures</source>
        <translation>附录：全部指标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="93"/>
        <location filename="../../zoneview/ui/printing.py" line="178"/>
        <source>Appendix: corrections</source>
        <translation>附录：更正</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="115"/>
        <source>Source file</source>
        <translation>源文件</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="117"/>
        <source>Characters</source>
        <translation>字符数</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="118"/>
        <source>Nodes</source>
        <translation>章节数</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="119"/>
        <source>Figures</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="162"/>
        <source>Printed</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="125"/>
        <source>A reading copy made by zoneview from the report&apos;s text</source>
        <translation>由 zoneview 根据报告原文生成的阅读本</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="108"/>
        <source>Acting parks</source>
        <translation>实施园区</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="120"/>
        <source>Printed on</source>
        <translation>打印日期</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="138"/>
        <location filename="../../zoneview/ui/printing.py" line="162"/>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="139"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="140"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="141"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="142"/>
        <source>Share</source>
        <translation>占全市</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="162"/>
        <source>Read as</source>
        <translation>更正为</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="162"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/printing.py" line="179"/>
        <source>%n half-width punctuation mark(s) shown full-width.</source>
        <translation>
            <numerusform>另有 %n 处半角标点已统一为全角。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="260"/>
        <location filename="../../zoneview/ui/printing.py" line="271"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="321"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="327"/>
        <source>Printed %s</source>
        <translation>打印于 %s</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="410"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message numerus="yes">
        <source>This chart is taller than a page: it is printed in %n parts.</source>
        <translation>
            <numerusform>此图表高于一页，分 %n 部分打印。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTree</name>
    <message>
        <location filename="../../zoneview/ui/navigator.py" line="63"/>
        <source>All parks</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/navigator.py" line="69"/>
        <source>&amp;Park:</source>
        <translation>园区(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../zoneview/ui/search.py" line="47"/>
        <source>Type something to search for.</source>
        <translation>请输入要搜索的内容。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/search.py" line="54"/>
        <source>No results for “%s”.</source>
        <translation>没有找到“%s”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/search.py" line="56"/>
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>“%1”共 %n 条结果</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../zoneview/ui/app.py" line="113"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/app.py" line="114"/>
        <source>zoneview cannot read its database.</source>
        <translation>zoneview 无法读取数据库。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/app.py" line="118"/>
        <source>Rebuild it from the bundled report? The new copy goes into your own data folder:</source>
        <translation>是否用内置报告重建？新数据库将保存在您的用户数据文件夹：</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/app.py" line="123"/>
        <source>Rebuild</source>
        <translation>重建</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/app.py" line="132"/>
        <source>Rebuild failed</source>
        <translation>重建失败</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/app.py" line="154"/>
        <source>zoneview hit a problem</source>
        <translation>zoneview 出现问题</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/app.py" line="156"/>
        <source>Something went wrong: %1

Details were written to %2.</source>
        <translation>发生错误：%1

详细信息已写入 %2。</translation>
    </message>
</context>
</TS>
