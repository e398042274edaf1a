<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnswerChecker</name>
    <message numerus="yes">
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="37" />
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExamPlanner</name>
    <message numerus="yes">
        <location filename="../app/core/stats/ExamPlanner.cpp" line="38" />
        <source>The exam is today: %n card(s) never studied cannot be learnt in time.</source>
        <translation>
            <numerusform>The exam is today: %n card never studied cannot be learnt in time.</numerusform>
            <numerusform>The exam is today: %n cards never studied cannot be learnt in time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/stats/ExamPlanner.cpp" line="94" />
        <source>%1 cards never studied in %n day(s) need %2 new cards a day, more than the limit of %3.</source>
        <translation>
            <numerusform>%1 cards never studied in %n day need %2 new cards a day, more than the limit of %3.</numerusform>
            <numerusform>%1 cards never studied in %n days need %2 new cards a day, more than the limit of %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="90" />
        <source>(and %n more field)</source>
        <translation>
            <numerusform>(and %n more field)</numerusform>
            <numerusform>(and %n more fields)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="92" />
        <source>(and %n more fields)</source>
        <translation>
            <numerusform>(and %n more field)</numerusform>
            <numerusform>(and %n more fields)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="216" />
        <source>%n service name without a port number: not imported as a port.</source>
        <translation>
            <numerusform>%n service name without a port number: not imported as a port.</numerusform>
            <numerusform>%n service names without a port number: not imported as ports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="220" />
        <source>%n service names without a port number: not imported as ports.</source>
        <translation>
            <numerusform>%n service name without a port number: not imported as a port.</numerusform>
            <numerusform>%n service names without a port number: not imported as ports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="226" />
        <source>%n row without a transport protocol: not imported.</source>
        <translation>
            <numerusform>%n row without a transport protocol: not imported.</numerusform>
            <numerusform>%n rows without a transport protocol: not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="229" />
        <source>%n rows without a transport protocol: not imported.</source>
        <translation>
            <numerusform>%n row without a transport protocol: not imported.</numerusform>
            <numerusform>%n rows without a transport protocol: not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="234" />
        <source>%n unassigned or de-registered row: not imported.</source>
        <translation>
            <numerusform>%n unassigned or de-registered row: not imported.</numerusform>
            <numerusform>%n unassigned or de-registered rows: not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="237" />
        <source>%n unassigned or de-registered rows: not imported.</source>
        <translation>
            <numerusform>%n unassigned or de-registered row: not imported.</numerusform>
            <numerusform>%n unassigned or de-registered rows: not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="242" />
        <source>%n row repeats an earlier row exactly: imported once.</source>
        <translation>
            <numerusform>%n row repeats an earlier row exactly: imported once.</numerusform>
            <numerusform>%n rows repeat earlier rows exactly: each imported once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="245" />
        <source>%n rows repeat earlier rows exactly: each imported once.</source>
        <translation>
            <numerusform>%n row repeats an earlier row exactly: imported once.</numerusform>
            <numerusform>%n rows repeat earlier rows exactly: each imported once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="251" />
        <source>%n entry on another protocol (such as ddp): skipped.</source>
        <translation>
            <numerusform>%n entry on another protocol (such as ddp): skipped.</numerusform>
            <numerusform>%n entries on other protocols (such as ddp): skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="254" />
        <source>%n entries on other protocols (such as ddp): skipped.</source>
        <translation>
            <numerusform>%n entry on another protocol (such as ddp): skipped.</numerusform>
            <numerusform>%n entries on other protocols (such as ddp): skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/PlanCommand.cpp" line="211" />
        <source>%1 on %2 (%n day(s) left), target recall %3</source>
        <translation>
            <numerusform>%1 on %2 (%n day left), target recall %3</numerusform>
            <numerusform>%1 on %2 (%n days left), target recall %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionBuilder</name>
    <message numerus="yes">
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="182" />
        <source>Which %n ports does it use?</source>
        <translation>
            <numerusform>Which %n port does it use?</numerusform>
            <numerusform>Which %n ports does it use?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanExplanation</name>
    <message numerus="yes">
        <location filename="../app/core/network/ScanExplanation.cpp" line="78" />
        <source>%n cleartext service(s) exposed: %1.</source>
        <translation>
            <numerusform>%n cleartext service exposed: %1.</numerusform>
            <numerusform>%n cleartext services exposed: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/network/ScanExplanation.cpp" line="83" />
        <source>%n service(s) whose protection depends on configuration: %1.</source>
        <translation>
            <numerusform>%n service whose protection depends on configuration: %1.</numerusform>
            <numerusform>%n services whose protection depends on configuration: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/network/ScanExplanation.cpp" line="93" />
        <source>%n open port(s) on loopback only.</source>
        <translation>
            <numerusform>%n open port on loopback only.</numerusform>
            <numerusform>%n open ports on loopback only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsPdf</name>
    <message numerus="yes">
        <location filename="../app/ui/StatisticsPdf.cpp" line="155" />
        <source>%n lapse(s)</source>
        <translation>
            <numerusform>%n lapse</numerusform>
            <numerusform>%n lapses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::BrowserPage</name>
    <message numerus="yes">
        <location filename="../app/ui/BrowserPage.cpp" line="390" />
        <source>%n entry(ies) found. Select one to see its details.</source>
        <translation>
            <numerusform>%n entry found. Select it to see its details.</numerusform>
            <numerusform>%n entries found. Select one to see its details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::CalendarHeatmap</name>
    <message numerus="yes">
        <location filename="../app/ui/CalendarHeatmap.cpp" line="148" />
        <source>%1: %n review(s)</source>
        <translation>
            <numerusform>%1: %n review</numerusform>
            <numerusform>%1: %n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/CalendarHeatmap.cpp" line="199" />
        <source>More (busiest day: %n review(s))</source>
        <translation>
            <numerusform>More (busiest day: %n review)</numerusform>
            <numerusform>More (busiest day: %n reviews)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::CustomEntryDialog</name>
    <message numerus="yes">
        <location filename="../app/ui/CustomEntryDialog.cpp" line="356" />
        <source>… and %n more IANA assignment(s) on these ports.</source>
        <translation>
            <numerusform>… and %n more IANA assignment on these ports.</numerusform>
            <numerusform>… and %n more IANA assignments on these ports.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::ExamPlanForm</name>
    <message numerus="yes">
        <location filename="../app/ui/ExamPlanForm.cpp" line="135" />
        <source>%n day(s) left. </source>
        <translation>
            <numerusform>%n day left. </numerusform>
            <numerusform>%n days left. </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::QuizStartView</name>
    <message numerus="yes">
        <location filename="../app/ui/QuizStartView.cpp" line="221" />
        <source>%n card(s) to practise</source>
        <translation>
            <numerusform>%n card to practise</numerusform>
            <numerusform>%n cards to practise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::QuizSummaryView</name>
    <message numerus="yes">
        <location filename="../app/ui/QuizSummaryView.cpp" line="115" />
        <source>Practice ended early: %n card(s) left</source>
        <translation>
            <numerusform>Practice ended early: %n card left</numerusform>
            <numerusform>Practice ended early: %n cards left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/QuizSummaryView.cpp" line="116" />
        <source>Session ended early: %n card(s) left for later</source>
        <translation>
            <numerusform>Session ended early: %n card left for later</numerusform>
            <numerusform>Session ended early: %n cards left for later</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::StatisticsPage</name>
    <message numerus="yes">
        <location filename="../app/ui/StatisticsPage.cpp" line="41" />
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/StatisticsPage.cpp" line="512" />
        <source>%1: %n review(s), %2</source>
        <translation>
            <numerusform>%1: %n review, %2</numerusform>
            <numerusform>%1: %n reviews, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/StatisticsPage.cpp" line="523" />
        <source>%1: %n card(s) due</source>
        <translation>
            <numerusform>%1: %n card due</numerusform>
            <numerusform>%1: %n cards due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::ThisMachinePage</name>
    <message numerus="yes">
        <location filename="../app/ui/ThisMachinePage.cpp" line="152" />
        <source>%n port(s) open</source>
        <translation>
            <numerusform>%n port open</numerusform>
            <numerusform>%n ports open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/ThisMachinePage.cpp" line="153" />
        <source>%n reachable from other machines</source>
        <translation>
            <numerusform>%n reachable from other machines</numerusform>
            <numerusform>%n reachable from other machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/ThisMachinePage.cpp" line="154" />
        <source>%n of them cleartext or depending on configuration.</source>
        <translation>
            <numerusform>%n of them cleartext or depending on configuration.</numerusform>
            <numerusform>%n of them cleartext or depending on configuration.</numerusform>
        </translation>
    </message>
</context>
</TS>
