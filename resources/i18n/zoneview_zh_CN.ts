<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="307"/>
        <location filename="../../zoneview/ui/chart.py" line="311"/>
        <source>out of range</source>
        <translation>数值超出范围</translation>
    </message>
</context>
<context>
    <name>ChartBlock</name>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="534"/>
        <source>the largest %1 of %2 shown</source>
        <translation>显示最大的 %1 项，共 %2 项</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/chart.py" line="539"/>
        <source>Show the largest %n</source>
        <translation>
            <numerusform>只显示最大的 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/chart.py" line="541"/>
        <source>Show all %n</source>
        <translation>
            <numerusform>显示全部 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="658"/>
        <source>Chart as PNG…</source>
        <translation>图表导出为 PNG…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="659"/>
        <source>Chart Data as CSV…</source>
        <translation>图表数据导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="766"/>
        <source>Its sections&apos; charts:</source>
        <translation>各小节的图表：</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="766"/>
        <source>The figures are in its sections:</source>
        <translation>本部分的数据在各小节中：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/chart.py" line="770"/>
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n 项指标</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="787"/>
        <source>See the figures of %1</source>
        <translation>查看“%1”</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="803"/>
        <source>Implied total of %1: %2</source>
        <translation>推算%1总量：%2</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="804"/>
        <source>Click to show it in the text</source>
        <translation>单击在正文中查看</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="784"/>
        <source>This section gives no figures.</source>
        <translation>本节没有数据。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="653"/>
        <location filename="../../zoneview/ui/chart.py" line="654"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="656"/>
        <source>The section&apos;s figures as charts and cards; Tab reaches each one</source>
        <translation>本节数据的图表和卡片；按 Tab 键逐个到达</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="847"/>
        <source>Save Chart as PNG</source>
        <translation>保存图表为 PNG</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chart.py" line="852"/>
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
        <source>Threshold: %1</source>
        <translation>门槛：%1</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="65"/>
        <source>Per head or average: %1</source>
        <translation>人均或平均：%1</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="67"/>
        <source>Cumulative: %1</source>
        <translation>累计：%1</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="69"/>
        <source>Peak: %1</source>
        <translation>最高：%1</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="70"/>
        <location filename="../../zoneview/ui/chartwords.py" line="127"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="74"/>
        <source>%1 (part %2 of %3)</source>
        <translation>%1（第 %2 部分，共 %3 部分）</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="82"/>
        <source>period not stated</source>
        <translation>未注明时期</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="86"/>
        <source>%1 (no. %2)</source>
        <translation>%1（第%2处）</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="90"/>
        <source>Source: 《%1》 · %2</source>
        <translation>来源：《%1》 · %2</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="92"/>
        <source>period: %1</source>
        <translation>时期：%1</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="100"/>
        <source>Hatched bars are approximate (近, 余).</source>
        <translation>斜线填充的条形为约数（近、余）。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="102"/>
        <source>Outlined bars are targets.</source>
        <translation>空心条形为目标值。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="104"/>
        <source>A whisker spans a range (6.5-7%).</source>
        <translation>须线标出区间（如 6.5-7%）。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="109"/>
        <source>Figures without a like to compare with:</source>
        <translation>单项指标（无同类可比）：</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="115"/>
        <source>%1 (of %2)</source>
        <translation>%1（占%2）</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="121"/>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="123"/>
        <source>approximate</source>
        <translation>约数</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="125"/>
        <source>a range</source>
        <translation>区间</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="126"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/chartwords.py" line="131"/>
        <source>Chart: %1, %n bar(s)</source>
        <translation>
            <numerusform>图表：%1，%n 个条形</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="134"/>
        <source>the largest %1 of %2 shown</source>
        <translation>显示 %2 项中最大的 %1 项</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="138"/>
        <source>Enter shows it in the text</source>
        <translation>按 Enter 键在正文中显示</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/chartwords.py" line="141"/>
        <source>Up and Down choose a bar; Enter shows it in the text</source>
        <translation>上下方向键选择条形；按 Enter 键在正文中显示</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../zoneview/ui/compareview.py" line="285"/>
        <location filename="../../zoneview/ui/compareview.py" line="309"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/compareview.py" line="285"/>
        <source>Target as printed</source>
        <translation>目标（原文）</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/compareview.py" line="285"/>
        <source>Outcome as printed</source>
        <translation>实际（原文）</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/compareview.py" line="285"/>
        <source>Status</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/compareview.py" line="287"/>
        <source>Targets and outcomes by year</source>
        <translation>历年目标与完成情况</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/compareview.py" line="288"/>
        <source>Enter on a cell shows the figure in the text</source>
        <translation>在单元格上按 Enter 键可在正文中显示该数据</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/compareview.py" line="296"/>
        <source>Target met</source>
        <translation>目标已达成</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/compareview.py" line="297"/>
        <source>Target missed</source>
        <translation>目标未达成</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/compareview.py" line="298"/>
        <source>Target, outcome not reported</source>
        <translation>目标（未报告完成情况）</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/compareview.py" line="300"/>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/compareview.py" line="301"/>
        <source>Missed</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/compareview.py" line="302"/>
        <source>Not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/compareview.py" line="303"/>
        <source>No target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/compareview.py" line="310"/>
        <source>Outcome</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/compareview.py" line="311"/>
        <source>Outcome, approximate</source>
        <translation>实际值（约数）</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/compareview.py" line="312"/>
        <source>Target range</source>
        <translation>目标区间</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/compareview.py" line="313"/>
        <source>out of range</source>
        <translation>数值超出范围</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/compareview.py" line="318"/>
        <source>Rate or growth (%1)</source>
        <translation>增速或比率（%1）</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/compareview.py" line="319"/>
        <source>Amount (%1)</source>
        <translation>总量（%1）</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/compareview.py" line="328"/>
        <source>%1 target: %2 (%3)</source>
        <translation>%1年目标：%2（%3）</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/compareview.py" line="330"/>
        <source>%1 outcome: %2</source>
        <translation>%1年完成：%2</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/compareview.py" line="335"/>
        <source>Target for %1</source>
        <translation>%1年目标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/compareview.py" line="335"/>
        <source>Outcome of %1</source>
        <translation>%1年实际</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/compareview.py" line="340"/>
        <source>Quote: %1</source>
        <translation>原文：%1</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/compareview.py" line="341"/>
        <source>Click to show it in the text</source>
        <translation>单击在正文中查看</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/compareview.py" line="355"/>
        <source>%1–%2, %3 reports: targets left of a year, outcomes right, hollow if approximate</source>
        <translation>%1–%2年，%3份报告：每年左侧为目标，右侧为实际，空心为约数</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/compareview.py" line="358"/>
        <source>No report of this issuer gives a figure of this subject.</source>
        <translation>该发布机关的报告中没有这一指标的数据。</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../../zoneview/ui/comparewindow.py" line="107"/>
        <source>&amp;Indicator:</source>
        <translation>指标(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/comparewindow.py" line="108"/>
        <source>e.g. 国内生产总值, 城镇新增就业</source>
        <translation>如 国内生产总值、城镇新增就业</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/comparewindow.py" line="109"/>
        <source>I&amp;ssuer:</source>
        <translation>发布机关(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/comparewindow.py" line="110"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/comparewindow.py" line="111"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/comparewindow.py" line="112"/>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/comparewindow.py" line="113"/>
        <source>Merge another indicator into this series</source>
        <translation>将另一指标并入本序列</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/comparewindow.py" line="115"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/comparewindow.py" line="116"/>
        <source>Series over the years</source>
        <translation>历年序列</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/comparewindow.py" line="140"/>
        <source>Cannot compare</source>
        <translation>无法比较</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/comparewindow.py" line="146"/>
        <source>%1 (%n report(s))</source>
        <translation>
            <numerusform>%1（%n 份报告）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/comparewindow.py" line="180"/>
        <source>No report in the library gives “%1”.</source>
        <translation>文库中没有报告给出“%1”。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/comparewindow.py" line="187"/>
        <source>Compare</source>
        <translation>跨年比较</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/comparewindow.py" line="188"/>
        <source>%1 across the years — zoneview</source>
        <translation>%1 历年比较 — zoneview</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/comparewindow.py" line="194"/>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/comparewindow.py" line="201"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/comparewindow.py" line="214"/>
        <location filename="../../zoneview/ui/comparewindow.py" line="268"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/comparewindow.py" line="220"/>
        <source>Merge Another Indicator into This One…</source>
        <translation>将另一指标并入本指标…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/comparewindow.py" line="221"/>
        <source>Undo My Merges and Splits of This Indicator</source>
        <translation>撤销对本指标的合并与拆分</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/comparewindow.py" line="228"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/comparewindow.py" line="228"/>
        <source>Figures of this indicator join the series:</source>
        <translation>以下指标的数据并入本序列：</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/comparewindow.py" line="281"/>
        <source>Not This Indicator: “%1” (%2)</source>
        <translation>不属于本指标：“%1”（%2）</translation>
    </message>
</context>
<context>
    <name>EntityIndex</name>
    <message>
        <location filename="../../zoneview/ui/navigator.py" line="469"/>
        <source>More places (%1 of %2 listed)…</source>
        <translation>更多出处（已列出 %1 / %2）…</translation>
    </message>
</context>
<context>
    <name>FigureTable</name>
    <message>
        <location filename="../../zoneview/ui/figures.py" line="84"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/figures.py" line="84"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/figures.py" line="84"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/figures.py" line="84"/>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/figures.py" line="84"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/figures.py" line="125"/>
        <source>Compare Across Years</source>
        <translation>跨年比较</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../zoneview/ui/detail.py" line="58"/>
        <location filename="../../zoneview/ui/detail.py" line="85"/>
        <source>Find in page</source>
        <translation>页内查找</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/detail.py" line="63"/>
        <location filename="../../zoneview/ui/detail.py" line="90"/>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个 (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/detail.py" line="66"/>
        <location filename="../../zoneview/ui/detail.py" line="91"/>
        <source>Next match (F3)</source>
        <translation>下一个 (F3)</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/detail.py" line="69"/>
        <location filename="../../zoneview/ui/detail.py" line="92"/>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/detail.py" line="86"/>
        <source>Enter finds the next match; Esc closes</source>
        <translation>按 Enter 键查找下一个；按 Esc 键关闭</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/detail.py" line="88"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/detail.py" line="89"/>
        <source>Matches</source>
        <translation>匹配数</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/detail.py" line="167"/>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/detail.py" line="169"/>
        <source>%1 of %2</source>
        <translation>第 %1 / %2 处</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../zoneview/ui/access.py" line="56"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/access.py" line="59"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/access.py" line="59"/>
        <source>What</source>
        <translation>功能</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/access.py" line="69"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/access.py" line="68"/>
        <source>Keys on the left, what they do on the right</source>
        <translation>左列为按键，右列为功能</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/access.py" line="72"/>
        <source>Tab and Shift+Tab move between controls. In a chart, Up and Down choose a bar and Enter shows it in the text; on a figure card, Enter does the same. Esc closes a dialog, and the compare and targets windows.</source>
        <translation>Tab 和 Shift+Tab 在控件之间移动。在图表中，上下方向键选择条形，按 Enter 键在正文中显示；在数据卡片上按 Enter 键亦然。Esc 键关闭对话框以及比较窗口和目标窗口。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/access.py" line="83"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <location filename="../../zoneview/ui/library.py" line="72"/>
        <source>Unknown issuer</source>
        <translation>发布机关不详</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/library.py" line="81"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/library.py" line="121"/>
        <source>&amp;Library: %n report(s)</source>
        <translation>
            <numerusform>文库(&amp;L)：%n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/library.py" line="122"/>
        <source>Issuer, year</source>
        <translation>发布机关、年份</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/library.py" line="122"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/library.py" line="122"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/library.py" line="123"/>
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/library.py" line="125"/>
        <source>%n report(s) by issuer and year; Enter opens one</source>
        <translation>
            <numerusform>%n 份报告，按发布机关和年份排列；按 Enter 键打开</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/library.py" line="155"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/library.py" line="157"/>
        <source>Remove from Library…</source>
        <translation>从文库中移除…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/library.py" line="160"/>
        <source>Import Reports…</source>
        <translation>导入报告…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="709"/>
        <source>Remove Bookmark</source>
        <translation>移除书签</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="253"/>
        <location filename="../../zoneview/ui/mainwindow.py" line="709"/>
        <source>Bookmark</source>
        <translation>加入书签</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="161"/>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="170"/>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="179"/>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="100"/>
        <source>Find in Page…</source>
        <translation>页内查找…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="107"/>
        <source>Find Next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="111"/>
        <source>Find Previous</source>
        <translation>查找上一个</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="93"/>
        <source>Copy Citation</source>
        <translation>复制引文</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="132"/>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="141"/>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="149"/>
        <source>Actual Size</source>
        <translation>原始大小</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="54"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="64"/>
        <source>Print Preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="71"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="78"/>
        <source>Export Whole Report as PDF…</source>
        <translation>将全文导出为 PDF…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="47"/>
        <source>Import Reports…</source>
        <translation>导入报告…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="118"/>
        <source>Compare Across Years…</source>
        <translation>跨年比较…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="125"/>
        <source>Targets and Outcomes…</source>
        <translation>目标与完成情况(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="85"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="187"/>
        <location filename="../../zoneview/ui/mainwindow.py" line="242"/>
        <location filename="../../zoneview/ui/mainwindow.py" line="359"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="203"/>
        <location filename="../../zoneview/ui/mainwindow.py" line="361"/>
        <source>Parks and Organisations</source>
        <translation>园区与机构</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="211"/>
        <location filename="../../zoneview/ui/mainwindow.py" line="362"/>
        <source>Policy Documents</source>
        <translation>政策文件</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="219"/>
        <location filename="../../zoneview/ui/mainwindow.py" line="363"/>
        <source>Search Results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="227"/>
        <source>Detail Pane</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="233"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="237"/>
        <source>Next Pane</source>
        <translation>下一个窗格</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="245"/>
        <source>Previous Pane</source>
        <translation>上一个窗格</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="263"/>
        <source>Keyboard Shortcuts…</source>
        <translation>键盘快捷键…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="34"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="35"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="36"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="37"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="38"/>
        <source>&amp;Bookmarks</source>
        <translation>书签(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="39"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="244"/>
        <source>Names</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="245"/>
        <source>Policies</source>
        <translation>政策</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="246"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="345"/>
        <source>Search the report (Ctrl+K)</source>
        <translation>搜索报告 (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="345"/>
        <source>Search the library (Ctrl+K)</source>
        <translation>搜索文库（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="253"/>
        <source>Loading chart…</source>
        <translation>正在加载图表…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="348"/>
        <source>%1; Enter shows the best hit</source>
        <translation>%1；按 Enter 键显示最佳结果</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="355"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="356"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="357"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="358"/>
        <source>Contents and indexes</source>
        <translation>目录与索引</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="358"/>
        <source>Ctrl+1 to Ctrl+5 open each tab</source>
        <translation>Ctrl+1 至 Ctrl+5 打开各标签页</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="359"/>
        <source>The report&apos;s sections; choosing one shows it</source>
        <translation>报告的各个章节；选中即显示</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="360"/>
        <source>Each with the places it is named</source>
        <translation>各自列出被提及之处</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="363"/>
        <source>Best first; Enter shows a hit</source>
        <translation>最相关的在前；按 Enter 键显示结果</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="364"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="364"/>
        <source>Only the hits of this year</source>
        <translation>仅显示该年份的结果</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="365"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="365"/>
        <source>Only the hits of this report</source>
        <translation>仅显示该报告的结果</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="366"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="366"/>
        <source>The chosen section; Tab moves between its links</source>
        <translation>所选章节；按 Tab 键在其链接之间移动</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="369"/>
        <source>Every figure of the report; columns sort</source>
        <translation>报告中的全部数据；各列可排序</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="464"/>
        <source>Reading the library again with this version of zoneview: %1 of %2, %3</source>
        <translation>正在用此版本的 zoneview 再次读取文库：第 %1 份，共 %2 份，%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/mainwindow.py" line="480"/>
        <source>%n report(s) were read again with this version of zoneview</source>
        <translation>
            <numerusform>已用此版本的 zoneview 再次读取 %n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="497"/>
        <source>The library was changed by another program.</source>
        <translation>文库已被另一个程序更改。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="501"/>
        <source>The report shown was removed from the library by another program.</source>
        <translation>正在显示的报告已被另一个程序从文库中移除。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/keeper.py" line="140"/>
        <location filename="../../zoneview/ui/mainwindow.py" line="401"/>
        <source>Import Reports</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="401"/>
        <source>Reports (%1)</source>
        <translation>报告（%1）</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="409"/>
        <source>An import is already running.</source>
        <translation>已有导入正在进行。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/keeper.py" line="130"/>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/keeper.py" line="134"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/keeper.py" line="135"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/keeper.py" line="173"/>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>正在读取 %1（第 %2 份，共 %3 份）…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="420"/>
        <source>Cannot open the library</source>
        <translation>无法打开文库</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/keeper.py" line="194"/>
        <source>Imported %1, already in the library %2, failed %3</source>
        <translation>已导入 %1 份，文库中已有 %2 份，失败 %3 份</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/keeper.py" line="202"/>
        <source>Some files were not imported</source>
        <translation>部分文件未能导入</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/keeper.py" line="217"/>
        <source>Remove from Library</source>
        <translation>从文库中移除</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/keeper.py" line="219"/>
        <source>Remove “%1” and everything read from it from the library?</source>
        <translation>从文库中移除《%1》及从中读取的全部内容？</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/keeper.py" line="234"/>
        <source>Cannot remove</source>
        <translation>无法移除</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="573"/>
        <source>Compare Across Years</source>
        <translation>跨年比较</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="614"/>
        <source>This section has no charts.</source>
        <translation>本节没有图表。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/bookmarking.py" line="46"/>
        <source>No bookmarks yet</source>
        <translation>尚无书签</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/bookmarking.py" line="58"/>
        <source>Its report is not in this library</source>
        <translation>它的报告不在这个文库中</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/mainwindow.py" line="726"/>
        <source>%n bookmark(s) from an earlier zoneview matched no single report and were dropped</source>
        <translation>
            <numerusform>旧版 zoneview 的 %n 个书签对不上唯一的报告，已删除</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="740"/>
        <source>%1. “%2” %3, %4, characters %5–%6 (sha256 %7).</source>
        <translation>%1。“%2” %3，%4，第 %5–%6 字符（sha256 %7）。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="754"/>
        <source>Citation copied</source>
        <translation>引文已复制</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="818"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="819"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="820"/>
        <source>Source file</source>
        <translation>源文件</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="822"/>
        <source>Nodes</source>
        <translation>章节数</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="195"/>
        <location filename="../../zoneview/ui/mainwindow.py" line="243"/>
        <location filename="../../zoneview/ui/mainwindow.py" line="369"/>
        <location filename="../../zoneview/ui/mainwindow.py" line="823"/>
        <location filename="../../zoneview/ui/mainwindow.py" line="921"/>
        <source>Figures</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="824"/>
        <source>Punctuation</source>
        <translation>标点</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/mainwindow.py" line="824"/>
        <source>%n half-width mark(s) shown full-width</source>
        <translation>
            <numerusform>%n 处半角标点已统一为全角</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="825"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="831"/>
        <source>zoneview is MIT licensed. The bundled font ZoneView Sans SC is a subset of Noto Sans CJK SC, under the SIL Open Font License 1.1. Qt for Python (PySide6) is LGPLv3; pyqtgraph is MIT; sqlite-utils is Apache 2.0.</source>
        <translation>zoneview 以 MIT 许可发布。内置字体 ZoneView Sans SC 为 Noto Sans CJK SC 的子集，遵循 SIL 开放字体许可 1.1。Qt for Python (PySide6) 为 LGPLv3；pyqtgraph 为 MIT；sqlite-utils 为 Apache 2.0。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/actions.py" line="269"/>
        <location filename="../../zoneview/ui/mainwindow.py" line="840"/>
        <source>About zoneview</source>
        <translation>关于 zoneview</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="690"/>
        <location filename="../../zoneview/ui/mainwindow.py" line="721"/>
        <source>The bookmarks could not be saved; the change lasts until you quit.</source>
        <translation>书签无法保存；此次更改在退出 zoneview 前有效。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/mainwindow.py" line="698"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../zoneview/ui/navigator.py" line="135"/>
        <source>%1–%2 of %3</source>
        <translation>第 %1–%2 项，共 %3 项</translation>
    </message>
</context>
<context>
    <name>PageRenderer</name>
    <message>
        <location filename="../../zoneview/ui/page.py" line="282"/>
        <source>This section&apos;s text has %1 characters; a printout holds the first %2 (the window shows it all).</source>
        <translation>本节正文共 %1 字，打印件只收前 %2 字（窗口中可看全文）。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="296"/>
        <source>%1 figures in all; this table lists the first %2</source>
        <translation>共 %1 项指标；此表列出前 %2 项</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="249"/>
        <location filename="../../zoneview/ui/page.py" line="310"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="249"/>
        <source>There is no node %s.</source>
        <translation>没有章节 %s。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="263"/>
        <source>Actors: %1</source>
        <translation>实施主体：%1</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="548"/>
        <source>Initiatives</source>
        <translation>主要举措</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/page.py" line="539"/>
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n 项指标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/page.py" line="292"/>
        <source>%n figure(s) in all; this table lists those on this page</source>
        <translation>
            <numerusform>共 %n 项指标；此表列出本页的指标</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="310"/>
        <source>There is no such entry.</source>
        <translation>没有该条目。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/page.py" line="321"/>
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n 处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/page.py" line="326"/>
        <source>Mentioned %n time(s)</source>
        <translation>
            <numerusform>共提及 %n 处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/page.py" line="327"/>
        <source>in %n place(s) of the report</source>
        <translation>
            <numerusform>见于 %n 个章节</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="423"/>
        <location filename="../../zoneview/ui/page.py" line="449"/>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="457"/>
        <source>Overview</source>
        <translation>概述</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="459"/>
        <source>Key figures of %s</source>
        <translation>%s年主要指标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="464"/>
        <source>Park</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="465"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="466"/>
        <source>Policy document</source>
        <translation>政策文件</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="467"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="468"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="469"/>
        <source>Place</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="479"/>
        <source>Period: %s</source>
        <translation>时期：%s</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="482"/>
        <source>Share of the %1 total: %2</source>
        <translation>占%1比重：%2</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="483"/>
        <source>Source: “%s”</source>
        <translation>原文：“%s”</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="503"/>
        <source>« First</source>
        <translation>« 首页</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="504"/>
        <source>‹ Previous</source>
        <translation>‹ 上一页</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="505"/>
        <source>Next ›</source>
        <translation>下一页 ›</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="506"/>
        <source>Last »</source>
        <translation>末页 »</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="512"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/page.py" line="546"/>
        <source>%n more in the contents tree</source>
        <translation>
            <numerusform>另有 %n 项，见目录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="641"/>
        <source>Corrected: “%s” → “%s” (%s)</source>
        <translation>已更正：“%s” → “%s”（%s）</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="660"/>
        <source>stray space</source>
        <translation>多余空格</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="661"/>
        <source>doubled character</source>
        <translation>重复字</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="662"/>
        <source>misprint</source>
        <translation>错字</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="663"/>
        <source>half-width punctuation</source>
        <translation>半角标点</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="415"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="416"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="417"/>
        <source>In base units</source>
        <translation>折合基本单位</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="418"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="408"/>
        <source>Share of %1</source>
        <translation>占%1</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="408"/>
        <source>Share of the whole</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="426"/>
        <source>Figures</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="442"/>
        <source>Printed</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="443"/>
        <source>Read as</source>
        <translation>更正为</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="444"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="445"/>
        <source>Characters</source>
        <translation>字符位置</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/page.py" line="676"/>
        <source>%n correction(s) in all; this table lists those on this page</source>
        <translation>
            <numerusform>共 %n 处更正；此表列出本页的更正</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="717"/>
        <source>%1, paragraph %2</source>
        <translation>%1 第 %2 段</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="718"/>
        <source>%1, paragraphs %2–%3</source>
        <translation>%1 第 %2–%3 段</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/page.py" line="750"/>
        <source>and %n more in this part</source>
        <translation>
            <numerusform>本节另有 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="450"/>
        <source>Corrections</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="694"/>
        <source>Characters %1–%2 of %3</source>
        <translation>%3 第 %1–%2 字符</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/page.py" line="697"/>
        <source>Source text</source>
        <translation>原文出处</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="207"/>
        <source>This section has %1 figures; its charts draw %2 of them, the largest first (the window&apos;s figures index lists them all).</source>
        <translation>本节共有 %1 项指标；图表只画出其中 %2 项，数值大者在先（窗口的指标索引列出全部）。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="257"/>
        <source>The printout stops at page %1: no more pages can be laid out at once. Print one part at a time.</source>
        <translation>打印件止于第 %1 页：一次排不下更多页。请逐部分打印。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="140"/>
        <location filename="../../zoneview/ui/printing.py" line="181"/>
        <source>Appendix: all figures</source>
        <translation>附录：全部指标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="142"/>
        <location filename="../../zoneview/ui/printing.py" line="190"/>
        <source>Appendix: corrections</source>
        <translation>附录：更正</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="164"/>
        <source>Characters</source>
        <translation>字符数</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="165"/>
        <source>Nodes</source>
        <translation>章节数</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="166"/>
        <source>Figures</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="172"/>
        <source>A reading copy made by zoneview from the report&apos;s text</source>
        <translation>由 zoneview 根据报告原文生成的阅读本</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="156"/>
        <source>Actors: %1</source>
        <translation>实施主体：%1</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="167"/>
        <source>Printed on</source>
        <translation>打印日期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/printing.py" line="189"/>
        <source>%n half-width punctuation mark(s) shown full-width.</source>
        <translation>
            <numerusform>另有 %n 处半角标点已统一为全角。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="307"/>
        <location filename="../../zoneview/ui/printing.py" line="318"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="338"/>
        <source>Part %1 of %2</source>
        <translation>第 %1 部分，共 %2 部分</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="382"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="393"/>
        <source>Printed %s</source>
        <translation>打印于 %s</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/printing.py" line="575"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
</context>
<context>
    <name>ReportTree</name>
    <message>
        <location filename="../../zoneview/ui/navigator.py" line="294"/>
        <source>All actors</source>
        <translation>全部主体</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/navigator.py" line="300"/>
        <source>&amp;Actor:</source>
        <translation>主体(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>ScorecardWindow</name>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="173"/>
        <source>Targets and Outcomes — zoneview</source>
        <translation>目标与完成情况 — zoneview</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="174"/>
        <source>Scorecard and targets by issuer</source>
        <translation>评分表与各发布机关目标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="175"/>
        <location filename="../../zoneview/ui/scorecard.py" line="196"/>
        <source>Scorecard</source>
        <translation>目标完成记分卡</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="176"/>
        <source>Targets by Issuer</source>
        <translation>各地目标对比</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="177"/>
        <source>I&amp;ssuer:</source>
        <translation>发布机关(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="178"/>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="179"/>
        <source>&amp;Indicator:</source>
        <translation>指标(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="180"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="181"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="185"/>
        <source>%1 met · %2 missed · %3 not reported (no annual figure in a later report) · %4 no target</source>
        <translation>%1 完成 · %2 未完成 · %3 未报告（其后报告未给出当年数据） · %4 无目标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="194"/>
        <location filename="../../zoneview/ui/scorecard.py" line="344"/>
        <source>Issuer</source>
        <translation>发布机关</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="194"/>
        <source>Whose reports the scorecard reads</source>
        <translation>记分卡所读的报告的发布机关</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="197"/>
        <source>Standard indicators down, years across; a cell&apos;s verdict</source>
        <translation>纵列为标准指标，横行为年份；每格为完成情况</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="200"/>
        <source>Quotes</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="201"/>
        <source>The target and outcome of the chosen cell, as printed</source>
        <translation>所选单元格的目标与实际完成值原文</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="203"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="203"/>
        <source>The year whose targets are listed</source>
        <translation>列出其目标的年份</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="205"/>
        <location filename="../../zoneview/ui/scorecard.py" line="344"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="206"/>
        <source>The indicator the chart compares across issuers</source>
        <translation>图表在各发布机关之间比较的指标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="208"/>
        <source>Targets by issuer</source>
        <translation>各地目标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="208"/>
        <source>One row per issuer and indicator; sortable</source>
        <translation>每个发布机关和指标一行，可排序</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="209"/>
        <location filename="../../zoneview/ui/scorecard.py" line="439"/>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="210"/>
        <location filename="../../zoneview/ui/scorecard.py" line="446"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/scorecard.py" line="268"/>
        <source>%1 (%n issuer(s))</source>
        <translation>
            <numerusform>%1（%n 个发布机关）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="298"/>
        <source>met</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="299"/>
        <source>missed</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="300"/>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="301"/>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="305"/>
        <location filename="../../zoneview/ui/scorecard.py" line="306"/>
        <location filename="../../zoneview/ui/scorecard.py" line="430"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="308"/>
        <location filename="../../zoneview/ui/scorecard.py" line="326"/>
        <source>(preliminary)</source>
        <translation>（初步数）</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="309"/>
        <source>Target: %1
Outcome: %2</source>
        <translation>目标：%1
实际：%2</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="319"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="320"/>
        <source>Outcome</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="330"/>
        <source>%1, section %2</source>
        <translation>%1，第 %2 节</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="344"/>
        <source>Target as printed</source>
        <translation>目标原文</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="344"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="345"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="345"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="365"/>
        <source>at least</source>
        <translation>不低于</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="366"/>
        <source>at most</source>
        <translation>不高于</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="367"/>
        <source>reduce by</source>
        <translation>降低</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="395"/>
        <source>Chart of targets across issuers</source>
        <translation>各发布机关目标图表</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="424"/>
        <source>Target (%1)</source>
        <translation>目标（%1）</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="427"/>
        <source>%1, %2 targets: %3</source>
        <translation>%1，%2 年目标：%3</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/scorecard.py" line="468"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../zoneview/ui/search.py" line="74"/>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/search.py" line="77"/>
        <source>All reports</source>
        <translation>全部报告</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/search.py" line="112"/>
        <source>Type something to search for.</source>
        <translation>请输入要搜索的内容。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/search.py" line="116"/>
        <source>The database could not be read; &apos;zoneview check&apos; says why.</source>
        <translation>无法读取数据库；“zoneview check”可查明原因。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/search.py" line="120"/>
        <source>No results for “%s”.</source>
        <translation>没有找到“%s”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/search.py" line="122"/>
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>“%1”共 %n 条结果</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../zoneview/ui/app.py" line="79"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/app.py" line="80"/>
        <source>zoneview cannot read its database.</source>
        <translation>zoneview 无法读取数据库。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/app.py" line="83"/>
        <source>The file is missing, damaged, or was made by another version of zoneview.</source>
        <translation>数据库文件缺失、已损坏，或由其他版本的 zoneview 生成。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/app.py" line="87"/>
        <source>Rebuild it from the bundled report? The new copy goes into your own data folder:</source>
        <translation>是否用内置报告重建？新数据库将保存在您的用户数据文件夹：</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/app.py" line="94"/>
        <source>Rebuild</source>
        <translation>重建</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/app.py" line="103"/>
        <source>Rebuild failed</source>
        <translation>重建失败</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/app.py" line="122"/>
        <source>zoneview hit a problem</source>
        <translation>zoneview 出现问题</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/app.py" line="125"/>
        <source>Something went wrong: %1

Details were written to %2.</source>
        <translation>发生错误：%1

详细信息已写入 %2。</translation>
    </message>
    <message>
        <location filename="../../zoneview/ui/app.py" line="216"/>
        <source>The bundled database is damaged; using the rebuilt copy %1</source>
        <translation>随附的数据库已损坏，正在使用重建的副本 %1</translation>
    </message>
</context>
</TS>
