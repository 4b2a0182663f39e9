<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChartBlock</name>
    <message numerus="yes">
        <location filename="../../zoneview/ui/chart.py" line="417" />
        <source>Show the largest %n</source>
        <translation>
            <numerusform>Show the largest %n</numerusform>
            <numerusform>Show the largest %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/chart.py" line="419" />
        <source>Show all %n</source>
        <translation>
            <numerusform>Show all %n</numerusform>
            <numerusform>Show all %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message numerus="yes">
        <location filename="../../zoneview/ui/chart.py" line="587" />
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n figure</numerusform>
            <numerusform>%n figures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageRenderer</name>
    <message numerus="yes">
        <location filename="../../zoneview/ui/page.py" line="162" />
        <source>%n figure(s) in all; this table lists those on this page</source>
        <translation>
            <numerusform>%n figure in all; this table lists those on this page</numerusform>
            <numerusform>%n figures in all; this table lists those on this page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/page.py" line="188" />
        <source>Mentioned %n time(s)</source>
        <translation>
            <numerusform>Mentioned once</numerusform>
            <numerusform>Mentioned %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/page.py" line="294" />
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n figure</numerusform>
            <numerusform>%n figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/page.py" line="301" />
        <source>%n more in the contents tree</source>
        <translation>
            <numerusform>%n more in the contents tree</numerusform>
            <numerusform>%n more in the contents tree</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoneview/ui/page.py" line="465" />
        <source>%n correction(s) in all; this table lists those on this page</source>
        <translation>
            <numerusform>%n correction in all; this table lists those on this page</numerusform>
            <numerusform>%n corrections in all; this table lists those on this page</numerusform>
        </translation>
    </message>
    <message numerus="yes"><source>%n time(s)</source><translation><numerusform>%n time</numerusform><numerusform>%n times</numerusform></translation></message><message numerus="yes"><source>in %n place(s) of the report</source><translation><numerusform>in %n place of the report</numerusform><numerusform>in %n places of the report</numerusform></translation></message><message numerus="yes"><source>and %n more in this part</source><translation><numerusform>and %n more in this part</numerusform><numerusform>and %n more in this part</numerusform></translation></message></context>
<context>
    <name>Printer</name>
    <message numerus="yes">
        <location filename="../../zoneview/ui/printing.py" line="188" />
        <source>%n half-width punctuation mark(s) shown full-width.</source>
        <translation>
            <numerusform>%n half-width punctuation mark shown full-width.</numerusform>
            <numerusform>%n half-width punctuation marks shown full-width.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n report(s) were read again with this version of zoneview</source>
        <translation>
            <numerusform>%n report was read again with this version of zoneview</numerusform>
            <numerusform>%n reports were read again with this version of zoneview</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s) from an earlier zoneview matched no single report and were dropped</source>
        <translation>
            <numerusform>%n bookmark from an earlier zoneview matched no single report and was dropped</numerusform>
            <numerusform>%n bookmarks from an earlier zoneview matched no single report and were dropped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message numerus="yes">
        <location filename="../../zoneview/ui/search.py" line="143" />
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>%n result for “%1”</numerusform>
            <numerusform>%n results for “%1”</numerusform>
        </translation>
    </message>
</context>
<context><name>CompareWindow</name><message numerus="yes"><source>%1 (%n report(s))</source><translation><numerusform>%1 (%n report)</numerusform><numerusform>%1 (%n reports)</numerusform></translation></message></context><context><name>LibraryPane</name><message numerus="yes"><source>&amp;Library: %n report(s)</source><translation><numerusform>&amp;Library: %n report</numerusform><numerusform>&amp;Library: %n reports</numerusform></translation></message><message numerus="yes"><source>%n report(s) by issuer and year; Enter opens one</source><translation><numerusform>%n report by issuer and year; Enter opens it</numerusform><numerusform>%n reports by issuer and year; Enter opens one</numerusform></translation></message></context><context><name>MainWindow</name><message numerus="yes"><source>%n half-width mark(s) shown full-width</source><translation><numerusform>%n half-width mark shown full-width</numerusform><numerusform>%n half-width marks shown full-width</numerusform></translation></message></context><context><name>ScorecardWindow</name><message numerus="yes"><source>%1 (%n issuer(s))</source><translation><numerusform>%1 (%n issuer)</numerusform><numerusform>%1 (%n issuers)</numerusform></translation></message></context><context><name>ChartWords</name><message numerus="yes"><source>Chart: %1, %n bar(s)</source><translation><numerusform>Chart: %1, %n bar</numerusform><numerusform>Chart: %1, %n bars</numerusform></translation></message></context></TS>
