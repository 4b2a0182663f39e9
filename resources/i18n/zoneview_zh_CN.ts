<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartBlock</name>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="412"/>
        <source>the largest %1 of %2 shown</source>
        <translation>显示最大的 %1 项，共 %2 项</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/chart.py" line="417"/>
        <source>Show the largest %n</source>
        <translation>
            <numerusform>只显示最大的 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/chart.py" line="419"/>
        <source>Show all %n</source>
        <translation>
            <numerusform>显示全部 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="499"/>
        <source>Chart as PNG…</source>
        <translation>图表导出为 PNG…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="500"/>
        <source>Chart Data as CSV…</source>
        <translation>图表数据导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="583"/>
        <source>Its sections&apos; charts:</source>
        <translation>各小节的图表：</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="583"/>
        <source>The figures are in its sections:</source>
        <translation>本部分的数据在各小节中：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/chart.py" line="587"/>
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n 项指标</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="604"/>
        <source>See the figures of %1</source>
        <translation>查看“%1”</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="618"/>
        <source>Implied total of %1: %2</source>
        <translation>推算%1总量：%2</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="619"/>
        <source>Click to show it in the text</source>
        <translation>单击在正文中查看</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="601"/>
        <source>This section gives no figures.</source>
        <translation>本节没有数据。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="663"/>
        <source>Save Chart as PNG</source>
        <translation>保存图表为 PNG</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="668"/>
        <source>Save Chart Data</source>
        <translation>保存图表数据</translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="20"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="21"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="22"/>
        <source>Visits</source>
        <translation>人次</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="23"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="24"/>
        <source>Number</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="25"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="26"/>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="27"/>
        <source>Volume</source>
        <translation>体积</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="28"/>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="29"/>
        <source>Energy and power</source>
        <translation>能源与电力</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="30"/>
        <source>Concentration</source>
        <translation>浓度</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="31"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="32"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="33"/>
        <source>Proportion</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="34"/>
        <source>Change in points</source>
        <translation>变动</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="35"/>
        <source>Multiple</source>
        <translation>倍数</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="36"/>
        <source>Proportion in tenths</source>
        <translation>成数</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="37"/>
        <source>Growth</source>
        <translation>增速</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="38"/>
        <source>Increase</source>
        <translation>增量</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="39"/>
        <location filename="../../zoneview/ui/chartwords.py" line="49"/>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="40"/>
        <location filename="../../zoneview/ui/chartwords.py" line="50"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="41"/>
        <source>Value, unit not stated</source>
        <translation>未注明单位的数值</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="47"/>
        <source>Level</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="48"/>
        <source>Change</source>
        <translation>增减</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="51"/>
        <location filename="../../zoneview/ui/chartwords.py" line="59"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="61"/>
        <source>Target: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="63"/>
        <source>Per head or average: %1</source>
        <translation>人均或平均：%1</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="65"/>
        <source>Cumulative: %1</source>
        <translation>累计：%1</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="67"/>
        <source>Peak: %1</source>
        <translation>最高：%1</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="68"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="72"/>
        <source>%1 (part %2 of %3)</source>
        <translation>%1（第 %2 部分，共 %3 部分）</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="79"/>
        <source>period not stated</source>
        <translation>未注明时期</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="83"/>
        <source>Source: 《%1》 · %2</source>
        <translation>来源：《%1》 · %2</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="85"/>
        <source>period: %1</source>
        <translation>时期：%1</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="93"/>
        <source>Hatched bars are approximate (近, 余).</source>
        <translation>斜线填充的条形为约数（近、余）。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="95"/>
        <source>Outlined bars are targets.</source>
        <translation>空心条形为目标值。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="97"/>
        <source>A whisker spans a range (6.5-7%).</source>
        <translation>须线标出区间（如 6.5-7%）。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="102"/>
        <source>Figures without a like to compare with:</source>
        <translation>单项指标（无同类可比）：</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="107"/>
        <source>%1 (of %2)</source>
        <translation>%1（占%2）</translation>
    </message>
</context>
<context>
    <name>EntityIndex</name>
    <message>
        <location filename="../../zoneview/ui/navigator.py" line="442"/>
        <source>More places (%1 of %2 listed)…</source>
        <translation>更多出处（已列出 %1 / %2）…</translation>
    </message>
</context>
<context>
    <name>FigureTable</name>
    <message>
        <location filename="../../zoneview/ui/figures.py" line="61"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/figures.py" line="61"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/figures.py" line="61"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/figures.py" line="61"/>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/figures.py" line="61"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../zoneview/ui/detail.py" line="58"/>
        <source>Find in page</source>
        <translation>页内查找</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/detail.py" line="63"/>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个 (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/detail.py" line="66"/>
        <source>Next match (F3)</source>
        <translation>下一个 (F3)</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/detail.py" line="69"/>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/detail.py" line="155"/>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/detail.py" line="157"/>
        <source>%1 of %2</source>
        <translation>第 %1 / %2 处</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="438"/>
        <source>Remove Bookmark</source>
        <translation>移除书签</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="258"/>
        <location filename="../../zoneview/ui/mainwindow.py" line="438"/>
        <source>Bookmark</source>
        <translation>加入书签</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="252"/>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="253"/>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="254"/>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="255"/>
        <source>Find in Page…</source>
        <translation>页内查找…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="256"/>
        <source>Find Next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="257"/>
        <source>Find Previous</source>
        <translation>查找上一个</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="259"/>
        <source>Copy Citation</source>
        <translation>复制引文</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="260"/>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="261"/>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="262"/>
        <source>Actual Size</source>
        <translation>原始大小</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="263"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="264"/>
        <source>Print Preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="265"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="266"/>
        <source>Export Whole Report as PDF…</source>
        <translation>将全文导出为 PDF…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="267"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="269"/>
        <location filename="../../zoneview/ui/mainwindow.py" line="288"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="271"/>
        <source>Parks and Organisations</source>
        <translation>园区与机构</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="272"/>
        <source>Policy Documents</source>
        <translation>政策文件</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="273"/>
        <source>Search Results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="274"/>
        <source>Detail Pane</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="279"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="280"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="281"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="282"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="283"/>
        <source>&amp;Bookmarks</source>
        <translation>书签(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="284"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="290"/>
        <source>Names</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="291"/>
        <source>Policies</source>
        <translation>政策</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="292"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="296"/>
        <source>Search the report (Ctrl+K)</source>
        <translation>搜索报告 (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="297"/>
        <source>Loading chart…</source>
        <translation>正在加载图表…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="445"/>
        <source>No bookmarks yet</source>
        <translation>尚无书签</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="459"/>
        <source>%1. “%2” %3, %4, characters %5–%6 (sha256 %7).</source>
        <translation>%1。“%2” %3，%4，第 %5–%6 字符（sha256 %7）。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="473"/>
        <source>Citation copied</source>
        <translation>引文已复制</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="527"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="528"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="529"/>
        <source>Source file</source>
        <translation>源文件</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="531"/>
        <source>Nodes</source>
        <translation>章节数</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="270"/>
        <location filename="../../zoneview/ui/mainwindow.py" line="289"/>
        <location filename="../../zoneview/ui/mainwindow.py" line="532"/>
        <location filename="../../zoneview/ui/mainwindow.py" line="634"/>
        <source>Figures</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="533"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="539"/>
        <source>zoneview is MIT licensed. The bundled font ZoneView Sans SC is a subset of Noto Sans CJK SC, under the SIL Open Font License 1.1. Qt for Python (PySide6) is LGPLv3; pyqtgraph is MIT; sqlite-utils is Apache 2.0.</source>
        <translation>zoneview 以 MIT 许可发布。内置字体 ZoneView Sans SC 为 Noto Sans CJK SC 的子集，遵循 SIL 开放字体许可 1.1。Qt for Python (PySide6) 为 LGPLv3；pyqtgraph 为 MIT；sqlite-utils 为 Apache 2.0。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="268"/>
        <location filename="../../zoneview/ui/mainwindow.py" line="548"/>
        <source>About zoneview</source>
        <translation>关于 zoneview</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="420"/>
        <source>The bookmarks could not be saved; the change lasts until you quit.</source>
        <translation>书签无法保存；此次更改在退出 zoneview 前有效。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="428"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../zoneview/ui/navigator.py" line="134"/>
        <source>%1–%2 of %3</source>
        <translation>第 %1–%2 项，共 %3 项</translation>
    </message>
</context>
<context>
    <name>PageRenderer</name>
    <message>
        <location filename="../../zoneview/ui/page.py" line="130"/>
        <location filename="../../zoneview/ui/page.py" line="173"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="130"/>
        <source>There is no node %s.</source>
        <translation>没有章节 %s。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="141"/>
        <source>Actors: %1</source>
        <translation>实施主体：%1</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="303"/>
        <source>Initiatives</source>
        <translation>主要举措</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/page.py" line="294"/>
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n 项指标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/page.py" line="162"/>
        <source>%n figure(s) in all; this table lists those on this page</source>
        <translation>
            <numerusform>共 %n 项指标；此表列出本页的指标</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="173"/>
        <source>There is no such entry.</source>
        <translation>没有该条目。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/page.py" line="188"/>
        <source>Mentioned %n time(s)</source>
        <translation>
            <numerusform>共提及 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="214"/>
        <source>Overview</source>
        <translation>概述</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="216"/>
        <source>Key figures of %s</source>
        <translation>%s年主要指标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="221"/>
        <source>Park</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="222"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="223"/>
        <source>Policy document</source>
        <translation>政策文件</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="224"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="225"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="226"/>
        <source>Place</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="235"/>
        <source>Period: %s</source>
        <translation>时期：%s</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="237"/>
        <source>Share of city total: %s%%</source>
        <translation>占全市比重：%s%%</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="238"/>
        <source>Source: “%s”</source>
        <translation>原文：“%s”</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="258"/>
        <source>« First</source>
        <translation>« 首页</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="259"/>
        <source>‹ Previous</source>
        <translation>‹ 上一页</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="260"/>
        <source>Next ›</source>
        <translation>下一页 ›</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="261"/>
        <source>Last »</source>
        <translation>末页 »</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="267"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/page.py" line="301"/>
        <source>%n more in the contents tree</source>
        <translation>
            <numerusform>另有 %n 项，见目录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="385"/>
        <source>Corrected: “%s” → “%s” (%s)</source>
        <translation>已更正：“%s” → “%s”（%s）</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="401"/>
        <source>stray space</source>
        <translation>多余空格</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="402"/>
        <source>doubled character</source>
        <translation>重复字</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="403"/>
        <source>misprint</source>
        <translation>错字</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="404"/>
        <source>half-width punctuation</source>
        <translation>半角标点</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="412"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="413"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="414"/>
        <source>In base units</source>
        <translation>折合基本单位</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="415"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="416"/>
        <source>Share of city</source>
        <translation>占全市</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="431"/>
        <source>Figures</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="458"/>
        <source>Printed</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="458"/>
        <source>Read as</source>
        <translation>更正为</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="458"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="458"/>
        <source>Characters</source>
        <translation>字符位置</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/page.py" line="465"/>
        <source>%n correction(s) in all; this table lists those on this page</source>
        <translation>
            <numerusform>共 %n 处更正；此表列出本页的更正</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/page.py" line="468"/>
        <source>%n half-width punctuation mark(s) shown full-width.</source>
        <translation>
            <numerusform>另有 %n 处半角标点已统一为全角。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="470"/>
        <source>Corrections</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="480"/>
        <source>Characters %1–%2 of %3</source>
        <translation>%3 第 %1–%2 字符</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="482"/>
        <source>Source text</source>
        <translation>原文出处</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="84"/>
        <source>Whole report</source>
        <translation>全文</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="93"/>
        <location filename="../../zoneview/ui/printing.py" line="162"/>
        <source>Appendix: all figures</source>
        <translation>附录：全部指标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="95"/>
        <location filename="../../zoneview/ui/printing.py" line="187"/>
        <source>Appendix: corrections</source>
        <translation>附录：更正</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="124"/>
        <source>Source file</source>
        <translation>源文件</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="126"/>
        <source>Characters</source>
        <translation>字符数</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="127"/>
        <source>Nodes</source>
        <translation>章节数</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="128"/>
        <source>Figures</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="171"/>
        <source>Printed</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="134"/>
        <source>A reading copy made by zoneview from the report&apos;s text</source>
        <translation>由 zoneview 根据报告原文生成的阅读本</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="117"/>
        <source>Actors: %1</source>
        <translation>实施主体：%1</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="129"/>
        <source>Printed on</source>
        <translation>打印日期</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="147"/>
        <location filename="../../zoneview/ui/printing.py" line="171"/>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="148"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="149"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="150"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="151"/>
        <source>Share</source>
        <translation>占全市</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="171"/>
        <source>Read as</source>
        <translation>更正为</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="171"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/printing.py" line="188"/>
        <source>%n half-width punctuation mark(s) shown full-width.</source>
        <translation>
            <numerusform>另有 %n 处半角标点已统一为全角。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="301"/>
        <location filename="../../zoneview/ui/printing.py" line="312"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="362"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="368"/>
        <source>Printed %s</source>
        <translation>打印于 %s</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="455"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
</context>
<context>
    <name>ReportTree</name>
    <message>
        <location filename="../../zoneview/ui/navigator.py" line="288"/>
        <source>All actors</source>
        <translation>全部主体</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/navigator.py" line="294"/>
        <source>&amp;Actor:</source>
        <translation>主体(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../zoneview/ui/search.py" line="133"/>
        <source>Type something to search for.</source>
        <translation>请输入要搜索的内容。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/search.py" line="137"/>
        <source>The database could not be read; &apos;zoneview check&apos; says why.</source>
        <translation>无法读取数据库；“zoneview check”可查明原因。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/search.py" line="141"/>
        <source>No results for “%s”.</source>
        <translation>没有找到“%s”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/search.py" line="143"/>
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>“%1”共 %n 条结果</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../zoneview/ui/app.py" line="193"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/app.py" line="194"/>
        <source>zoneview cannot read its database.</source>
        <translation>zoneview 无法读取数据库。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/app.py" line="197"/>
        <source>The file is missing, damaged, or was made by another version of zoneview.</source>
        <translation>数据库文件缺失、已损坏，或由其他版本的 zoneview 生成。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/app.py" line="201"/>
        <source>Rebuild it from the bundled report? The new copy goes into your own data folder:</source>
        <translation>是否用内置报告重建？新数据库将保存在您的用户数据文件夹：</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/app.py" line="208"/>
        <source>Rebuild</source>
        <translation>重建</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/app.py" line="217"/>
        <source>Rebuild failed</source>
        <translation>重建失败</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/app.py" line="251"/>
        <source>zoneview hit a problem</source>
        <translation>zoneview 出现问题</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/app.py" line="254"/>
        <source>Something went wrong: %1

Details were written to %2.</source>
        <translation>发生错误：%1

详细信息已写入 %2。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/app.py" line="333"/>
        <source>The bundled database is damaged; using the rebuilt copy %1</source>
        <translation>随附的数据库已损坏，正在使用重建的副本 %1</translation>
    </message>
</context>
</TS>
