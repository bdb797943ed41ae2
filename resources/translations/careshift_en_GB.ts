<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>QObject</name>
    <message>
        <source>Add a row to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected row from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a row to remove first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareShift projects (*.careshift);;JSON projects (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving against the baseline&lt;br&gt;(%1, positive = less spent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1st</source>
        <comment>ordinal</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1nd</source>
        <comment>ordinal</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1rd</source>
        <comment>ordinal</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1th</source>
        <comment>ordinal</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per 1,000 (no change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per 100,000 (no change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (%3 pts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (%3) per 1,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (%3) per 100,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careshift</name>
    <message>
        <source>Older people (70+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mothers and children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generally healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capitated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blended (urgent and emergency care)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aligned payment and incentive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excess bed day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;E attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract&apos;s own terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National rules in force each year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PbR 2010/11-2014/15 (marginal rate 30%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PbR 2015/16 (enhanced tariff option, 70%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PbR 2016/17-2018/19 (marginal rate 70%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blended payment 2019/20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block 2020/21-2021/22 (COVID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aligned payment 2022/23 (elective 75%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aligned payment 2023/24-2024/25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aligned payment 2025/26 on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per 1,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per 100,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer quartiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed (base value and trend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency admissions per head (projected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed days per head (projected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute (metric&apos;s unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative net saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net saving in real terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounted real net saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounted cash net saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency admissions avoided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed days avoided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deaths, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Averted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving (less spent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stranded cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfunded activity at price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfunded units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wards opened (+) or closed (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention costs with no provider: change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld money reinvested: change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash released (costs shed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity released (cost stays; - absorbed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) with no change left out</source>
        <translation>
            <numerusform>%n provider with no change left out</numerusform>
            <numerusform>%n providers with no change left out</numerusform>
        </translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the project&apos;s contracts say</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careshift::AssumptionsPage</name>
    <message>
        <source>Commissioner and assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the project is for, and the assumptions every scenario shares. Money is in base-year prices; the projection uplifts it by the price uplift each year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careshift::BoardPaper</name>
    <message>
        <source>Shifting care: options for the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the first 16 hex digits of the SHA-256 of the project&apos;s content, which a saved .careshift file also records; not a checksum of the file&apos;s bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s), %1; base year %2</source>
        <translation>
            <numerusform>%n year, %1; base year %2</numerusform>
            <numerusform>%n years, %1; base year %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareShift %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not within the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a (no investment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n option(s)</source>
        <translation>
            <numerusform>%n option</numerusform>
            <numerusform>%n options</numerusform>
        </translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV (real)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency admissions avoided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QALYs gained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net present value by option (real terms, %1 prices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not projected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 options with the highest net present value, of %2 (real terms, %3 prices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On these figures %1 has the highest NPV, %2 in real terms. The options&apos; outcomes, the providers&apos; side and the evidence behind each figure follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be written by the author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per person a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net saving to the commissioner by year (cash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net saving in the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative net saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This option cannot be projected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Over %n year(s)</source>
        <translation>
            <numerusform>Over %n year</numerusform>
            <numerusform>Over %n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This option changes nothing against the baseline: no intervention is switched on, so every saving is nil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend and impact by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect on activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (switched off in this option)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per avoided unit of %2 moves to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the cohort model %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No intervention is part of this option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who saves and who pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change against the baseline for the commissioner or any provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Margin change by provider over %n year(s) (cash)</source>
        <translation>
            <numerusform>Margin change by provider over %n year (cash)</numerusform>
            <numerusform>Margin change by provider over %n years (cash)</numerusform>
        </translation>
    </message>
    <message>
        <source>No provider&apos;s income, cost or margin changes under this option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst hit: %1, whose margin falls by %2 over the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no outcome metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted outcome scores in %1 for the five patient groups, baseline → option: 0 is the red boundary and 100 the green one, rated ▼ Red below 0, ■ Amber between, ▲ Green at 100 or more (docs/outcomes.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group-and-lens cells whose rating changes in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence behind the inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices are uplifted from %1 prices; the NPV is discounted at %2 a year from the base year; money withheld under the marginal rate and the readmissions rule is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reinvested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted as saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts and their payment rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, then %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumptions register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: to compare the options for shifting spend set out below, their cost to the commissioner and to each provider, and their effect on outcomes, and to agree a recommendation. Every figure comes from the project file named above; the assumptions register (the last section) lists every input with its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each option: the commissioner&apos;s saving and each provider&apos;s income, cost and margin change against the baseline (+ is a gain to that party). The commissioner&apos;s spend change is the sum of the providers&apos; income changes and the other spend, every year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No probabilistic sensitivity analysis has been run for this project, so the figures in this paper are central estimates, not ranges. Each option&apos;s summary gives its break-even effect multiplier: the multiple of the assumed effects on activity at which the option&apos;s net present value (real terms) is nil (0.40 means it still breaks even with 40% of the effect). The inputs the register marks illustrative are the least certain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each option is projected against the same baseline: the population of each patient group grows by its rate; activity per 1,000 people for each point of delivery grows with it and with non-demographic growth; each contract pays for that activity under its payment rules; the interventions reach their share of their group, cost what they cost and change the activity of the people reached. The option&apos;s spend minus the baseline&apos;s is its saving (docs/method.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every input the options rely on, with its value, its source and the kind of evidence the source is: published (a publication or dataset), calibrated (set so that a total matches a published one), illustrative (an assumption), or no source. Options are numbered as in this paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As above</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This paper compares %1 for %2 over %n year(s) (%3). Money is in cash unless marked real (%4 prices); the net present value (NPV) is discounted at %5 a year (HM Treasury Green Book).</source>
        <translation>
            <numerusform>This paper compares %1 for %2 over %n year (%3). Money is in cash unless marked real (%4 prices); the net present value (NPV) is discounted at %5 a year (HM Treasury Green Book).</numerusform>
            <numerusform>This paper compares %1 for %2 over %n years (%3). Money is in cash unless marked real (%4 prices); the net present value (NPV) is discounted at %5 a year (HM Treasury Green Book).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This paper compares %1 for %2 over %n year(s) (%3). Money is in cash unless marked real (%4 prices); the net present value (NPV) is discounted at %5 a year (the project&apos;s rate; the Green Book&apos;s is 3.5%).</source>
        <translation>
            <numerusform>This paper compares %1 for %2 over %n year (%3). Money is in cash unless marked real (%4 prices); the net present value (NPV) is discounted at %5 a year (the project&apos;s rate; the Green Book&apos;s is 3.5%).</numerusform>
            <numerusform>This paper compares %1 for %2 over %n years (%3). Money is in cash unless marked real (%4 prices); the net present value (NPV) is discounted at %5 a year (the project&apos;s rate; the Green Book&apos;s is 3.5%).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careshift::CohortPage</name>
    <message>
        <source>&lt;h2&gt;Cohort models&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A patient group&apos;s people by health state, year by year (docs/cohort-models.md). Every number may be a formula over the parameters, &lt;i&gt;cycle&lt;/i&gt;, &lt;i&gt;age&lt;/i&gt; and &lt;i&gt;tunnel&lt;/i&gt;; a probability of &lt;b&gt;C&lt;/b&gt; takes what is left of its row. Paste a block of cells with Ctrl+V; paste a spreadsheet column as a parameter&apos;s table per cycle or age with the button. Each change is one undo step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from JSON...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport to JSON...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a cohort model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort models (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the cohort model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost £/person-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity per person-year (PoD=units; ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition probabilities per cycle, from row to column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transitions per cycle (from the row&apos;s state to the column&apos;s; empty = none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value or formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table (per row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row&apos;s cycle or age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycles or years a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste column as table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters changed (name=value; ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategies (an intervention&apos;s strategy is followed by the people it reaches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no cohort model. Import one from a JSON file that names its patient group (docs/cohort-models.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting (start, end, half-cycle, life-table, simpson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost discount rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome discount rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount start (1: cycle 1 discounted; 0: not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle length, years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon, cycles (on its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row sum, cycle 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (C = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 states (%2 with tunnels), %3 transitions, %4 parameters, %5 strategies; every row adds up to 1 in every cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no cohort model to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That cell cannot be changed that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change cohort model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste into the cohort model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2 of the pasted block (&quot;%3&quot;) cannot go there; nothing was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no cohort model to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the parameter whose table to paste first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard does not hold a column of numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste a table of %n row(s)</source>
        <translation>
            <numerusform>Paste a table of %n row</numerusform>
            <numerusform>Paste a table of %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careshift::CohortView</name>
    <message>
        <source>QALYs gained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life-years gained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deaths averted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People by state, year by year, in the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People by state and deaths, per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no cohort model: the people of its groups are counted, not followed through health states. A cohort model (docs/cohort-models.md) adds deaths, life-years and QALYs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, counted %3; life-years and QALYs discounted at %4. The cost is the whole commissioner spend (NPV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discounted; %1 undiscounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dominant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saves money and gains QALYs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no QALYs gained or lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per QALY gained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved per QALY lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monetary, at %1 a QALY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undiscounted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by state in the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deaths (base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QALYs gained %1; ICER %2; %3 deaths averted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 deaths in %n year(s)</source>
        <translation>
            <numerusform>%1 deaths in %n year</numerusform>
            <numerusform>%1 deaths in %n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careshift::FieldTableModel</name>
    <message>
        <source>not used: rated on peers or not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear 1 cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2s per 1,000 people a year, base year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each metric&apos;s value for this peer, in the metric&apos;s unit, base year; empty when it has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cell to paste into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2: outside the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Paste %n cell</numerusform>
            <numerusform>Paste %n cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careshift::FieldTableView</name>
    <message>
        <source>Nothing to paste into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing pasted: %n cell(s) refused.
%1</source>
        <translation>
            <numerusform>Nothing pasted: %n cell refused.
%1</numerusform>
            <numerusform>Nothing pasted: %n cells refused.
%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>Clear %n cell</numerusform>
            <numerusform>Clear %n cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careshift::Fields</name>
    <message>
        <source>Per year; a list such as &quot;2%, 1.5%&quot; gives year by year, the last carrying forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(another provider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above %1 and below %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above %1 and at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to below %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HRG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected percentages such as &quot;2%, 1.5%&quot; (not &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not one of the choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected yes or no (not &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a year such as 2016/17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed: other parts of the project refer to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number (not %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2 (not %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected percentages such as &quot;2%, 1.5%&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2 in every year (not %3 in year %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot contain &apos;/&apos; or &apos;&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code %1 is already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such point of delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered in CareShift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 activity of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the effect on %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the substitution %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rules for %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HRG %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HRG %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weights of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commissioner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of scenario %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commissioner&apos;s ODS code, e.g. 99X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first financial year of the projection, e.g. 2016/17.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years projected, 1 to 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per year (HM Treasury Green Book: 3.5%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QALY threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pounds per QALY (NICE: £20,000-£30,000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price uplift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost uplift minus efficiency, per year; a list such as &quot;2%, 1.5%&quot; gives year by year, the last carrying forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention cost uplift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay and prices uplift of intervention costs, per year (default: the NHS Cost Inflation Index, PSSRU); not the tariff uplift, which is net of efficiency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld money reinvested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money withheld under the marginal rate and the readmissions rule: ticked, the commissioner spends it (reablement, demand management); unticked, it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People (base year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in the group in the base year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market forces factor: multiplies tariff prices (about 0.9-1.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the provider&apos;s costs that moves with activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semi-fixed costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of costs that moves only in whole wards; the rest is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beds in a ward that closes or opens; 0 = semi-fixed costs do not move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy at which a ward&apos;s bed days count as full (85% is a common target).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surplus as a share of planned income; costs are the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract&apos;s own terms, a national preset (its rates replace the contract&apos;s), or the national rules in force each year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules change in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this year the later rules apply (2019 = 2019/20); 0 = no change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules from the year of change on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the provider is paid (own terms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CQUIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to contract value (1.5%-2.5%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEL threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base-year non-elective income above which the marginal rate applies; 0 = none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEL marginal rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of tariff paid above the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid readmissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of non-elective activity not paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPT top-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best practice tariff: base-year pounds per emergency admission that meets the standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPT compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of emergency admissions that qualify and meet the standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block value, or the fixed part of a blended contract; base-year pounds a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed from plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixed element is the planned activity at price (own terms; presets always are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blended: share of price paid per unit above or below plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elective variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aligned payment: share of price paid for elective activity above or below plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-volume threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aligned payment: a relationship planned below this is paid its fixed element only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base-year pounds per head a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the change in the provider&apos;s income from plan that the commissioner absorbs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HRG code, e.g. NZ11A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elective spell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base-year pounds per ordinary elective spell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-elective spell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base-year pounds per non-elective spell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base-year pounds per day case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elective trim point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days: each day of an elective spell beyond it is paid as an excess bed day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-elective trim point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days: each day of a non-elective spell beyond it is paid as an excess bed day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excess bed day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base-year pounds per day beyond the trim point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the PoD&apos;s units in this HRG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean days per spell in this HRG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A commissioner compared with, e.g. one of NHS RightCare&apos;s 10 most similar CCGs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked for a reference such as England: shown beside the peers, not ranked against and not in the quartiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator, as published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient group it rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access, quality or prevention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent of people (0-100%), a ratio shown as a percentage (may exceed 100%), a rate per 1,000 or per 100,000, or a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a higher or a lower value is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base-year value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commissioner&apos;s own value in the base year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative change of the value per year without any intervention; a list such as &quot;1%, 0.5%&quot; gives year by year, the last carrying forward. Not used when the basis is the projection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within its group and lens; normalised over the cell&apos;s metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAG rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer quartiles (red = worst quartile, green = best), fixed thresholds, or not rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed thresholds: worse than this is red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed thresholds: this or better is green.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed (base value, trend and the interventions&apos; effects), or the projection: the group&apos;s emergency admissions or bed days per head, indexed to the base value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer&apos;s value in the metric&apos;s unit, base year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s weight in the overall score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access lens&apos;s weight within the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quality lens&apos;s weight within the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prevention lens&apos;s weight within the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome metric it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative (a percentage of the value) or absolute (in the metric&apos;s unit), among the people reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Among the people reached; scaled by coverage and ramp-up (and by the activity ratio for a relative change in a rate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract that pays differently in this scenario (and in its baseline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules it pays under in every year of this scenario and of the baseline it is compared with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short code; renaming it keeps every reference to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one unit of activity is: an admission, a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency admissions and excess bed days are non-elective: the marginal rate and readmission rule apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base-year pounds per unit, before MFF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-demographic growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed days per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital bed days one unit stands for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract that pays for this activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units per 1,000 people a year, base year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group the intervention reaches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the group reached at full roll-out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much more than the group&apos;s average the people reached use (3 = three times). Coverage x ratio may not exceed 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The financial year the intervention starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ramp-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of full effect in each year from the start, e.g. &quot;50%, 80%, 100%&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-off cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base-year pounds, in the start year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed cost a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base-year pounds a year from the start year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base-year pounds per person reached per year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost falls in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting the costs are spent in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider the costs are paid to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change among those reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-20% = a fifth fewer units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each unit avoided in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds units in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units added in the receiving point of delivery per unit avoided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add commissioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove commissioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add point of delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove point of delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add substitution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove substitution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add intervention in a scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove intervention in a scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add HRG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove HRG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add HRG share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove HRG share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add outcome metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove outcome metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add peer value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove peer value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add effect on a metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove effect on a metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That commissioner no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those assumptions no longer exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That population no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That provider no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That contract no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That point of delivery no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That activity no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That intervention no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That effect no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That substitution no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That scenario no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That intervention in a scenario no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That rule no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That HRG no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That HRG share no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That peer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That outcome metric no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That peer value no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those weights no longer exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That effect on a metric no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careshift::InterventionPage</name>
    <message>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the intervention reaches, how fast it rolls out, what it costs and what it changes. The results of every scenario that includes it are shown below and follow each edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of the scenarios that include it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs (base-year prices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effects on activity among those reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitutions: activity avoided becomes other activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome metrics it changes, among those reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: no figures (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scenario includes this intervention yet: tick it in a scenario to see its effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: net %2 %3 over %n year(s), NPV %4</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: net %2 %3 over %n year, NPV %4</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: net %2 %3 over %n years, NPV %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careshift::MainWindow</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commissioner, the baseline tables, the interventions and the scenarios; choose one to show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in each patient group in the base year and their growth per year. The groups are mutually exclusive, in this order of precedence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base-year activity per 1,000 people of each group, per point of delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points of delivery and prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each point of delivery, its unit price in base-year pounds (before MFF), its growth beyond demography and the contract that pays for it. A point of delivery with an HRG mix is priced from the tariff below (spell price, and excess bed days beyond the trim point) instead of its own price and bed days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each provider, its market forces factor and how its costs move with activity (for who saves and who pays).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HRG mix of the selected point of delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff (HRG): File &gt; Import &gt; HRG Tariff from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more metrics for each patient group and lens, with the commissioner&apos;s base-year value, whether higher or lower is better, and how it is rated: against the peers&apos; quartiles or fixed thresholds. A metric based on the projection moves with the group&apos;s emergency admissions or bed days per head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers&apos; values (metrics by peers; an empty cell is no value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers (a benchmark such as England is shown, not ranked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board&apos;s weights: each group overall and each lens within it (normalised to add up to 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a scenario or an intervention in the project tree first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the &amp;Sample (NHS Anytown CCG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HRG &amp;Tariff from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results Table as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results &amp;Workbook (XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Results Workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table in &amp;View as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This view has no table to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Board Paper (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This view has no table to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table copied as tab-separated text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a scenario in the project tree first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an intervention in the project tree first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;Options Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Payment &amp;Regimes for This Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Intervention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen for the board meeting: one option per page, its sliders live; Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CareShift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CareShift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CareShift %1&lt;/h3&gt;&lt;p&gt;Scenario modelling for NHS commissioners: spend shifts, tariff cost, provider income and outcomes, and the board pack.&lt;/p&gt;&lt;p&gt;Version %1, built from commit %2 with Qt %3 (running on Qt %4).&lt;/p&gt;&lt;p&gt;Documentation (methods, sources, the file format, the board paper): &lt;a href=&quot;file://%5&quot;&gt;%5&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Components and their licences&lt;/b&gt;&lt;br&gt;Qt 6 (Core, Gui, Widgets, Sql, PrintSupport, Svg): LGPL v3&lt;br&gt;Qt Charts: GPL v3&lt;br&gt;SQLite: public domain&lt;br&gt;muparser: MIT (Expat)&lt;br&gt;libxlsxwriter: BSD 2-clause (its minizip: zlib)&lt;br&gt;DejaVu fonts: Bitstream Vera licence (free)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed on disk by someone else or another program; saving will ask before replacing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareShift: cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another window: brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1. It was made by an older CareShift; the original will be backed up when you first save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open: %2. Open it read-only? (You can save a copy under another name.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and Edit Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed on disk since you opened it (someone else saved it, or another program). Save over it, losing those changes, or save yours as a new file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Over It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project.careshift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareShift projects (*.careshift)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import HRG Tariff from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff not imported (nothing changed): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Project as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Results Table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>careshift-results.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Board Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbook written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyboard shortcuts&lt;/h3&gt;&lt;table cellpadding=&quot;3&quot;&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;/table&gt;&lt;h3&gt;In a table&lt;/h3&gt;&lt;table cellpadding=&quot;3&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;copy the selected cells&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+V&lt;/b&gt;&lt;/td&gt;&lt;td&gt;paste a block (all or nothing, one undo step)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Delete&lt;/b&gt;&lt;/td&gt;&lt;td&gt;clear a peer value&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h3&gt;Presenting (F5)&lt;/h3&gt;&lt;table cellpadding=&quot;3&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Page Down, →, Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next option&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Page Up, ←&lt;/b&gt;&lt;/td&gt;&lt;td&gt;previous option&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Home, End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;first, last option&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo the last change&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;leave&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareShift User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is not installed: %1 has no docs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>
  … and %n more</source>
        <translation>
            <numerusform>
  … and %n more</numerusform>
            <numerusform>
  … and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareShift stopped without saving %1. Its changes were saved for recovery at %2:
  %3

Restore them, or discard them for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no change listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved changes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open with unsaved changes: its recovered changes are kept, and offered again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This view has no chart: show a scenario&apos;s results, the outcomes or the options side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) have changes that are not saved:
%1

Save them all before quitting?</source>
        <translation>
            <numerusform>%n project has changes that are not saved:
%1

Save it before quitting?</numerusform>
            <numerusform>%n projects have changes that are not saved:
%1

Save them all before quitting?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 board paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Board paper written: %1 (%n page(s))</source>
        <translation>
            <numerusform>Board paper written: %1 (%n page)</numerusform>
            <numerusform>Board paper written: %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n project(s) with unsaved changes: save to keep them.</source>
        <translation>
            <numerusform>Restored %n project with unsaved changes: save to keep them.</numerusform>
            <numerusform>Restored %n projects with unsaved changes: save to keep them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made while presenting are in the project, unsaved; Edit &gt; Undo reverts them.</source>
        <translation>
            <numerusform>%n change made while presenting is in the project, unsaved; Edit &gt; Undo reverts it.</numerusform>
            <numerusform>%n changes made while presenting are in the project, unsaved; Edit &gt; Undo reverts them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n HRG(s) from %1. Edit &gt; Undo (Ctrl+Z) takes them out.</source>
        <translation>
            <numerusform>Imported %n HRG from %1. Edit &gt; Undo (Ctrl+Z) takes it out.</numerusform>
            <numerusform>Imported %n HRGs from %1. Edit &gt; Undo (Ctrl+Z) takes them out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted scenario &quot;%1&quot;. Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted intervention &quot;%1&quot;. Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)[*] — %2 — CareShift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — %2 — CareShift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careshift::OptionsView</name>
    <message>
        <source>Co&amp;mpare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV (real)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV (cash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells re-rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst-hit provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its margin change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admissions avoided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed days avoided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QALYs gained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICER (frontier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net present value in real terms (base-year prices), discounted: the HM Treasury Green Book&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net present value of the cash figures, discounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weighted outcome score in the last year of the horizon, and its change from the baseline (0 at the red boundary, 100 at the green one; the Outcomes tab of a scenario has the grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells of the 15 (groups by lenses) whose rating the option changes in the last year of the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider whose margin falls most over the horizon (a sum over the years; the Who pays tab of a scenario has each year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline minus scenario spend over the horizon, cash: positive means less is spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per option: investment, net saving, NPV in real terms and in cash, ROI, payback year, activity avoided and the worst-hit provider. Click a heading to sort; tick an option to show it in the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net saving per year of each option ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net saving per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost-effectiveness plane of the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net saving per year by option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost-effectiveness plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every scenario against the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; under each payment regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; under each payment regime, applied in every year to: %2. Each row compares the scenario with doing nothing under the same rules (docs/method.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be projected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not within horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metric is scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cohort model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extendedly dominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frontier (least cost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per QALY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost-effectiveness plane needs a cohort model (docs/cohort-models.md) and two options or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QALYs gained against doing nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental cost, £m&lt;br&gt;(below 0 saves money)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficiency frontier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost-effectiveness plane: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net saving (£m cash)&lt;br&gt;positive = less spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick an option in the table to chart it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net saving over the horizon: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Each scenario against doing nothing, over %n year(s). NPV in real terms (%1 prices, as the Green Book discounts) and in cash, at %2%; other money in cash. Click a heading to sort.</source>
        <translation>
            <numerusform>Each scenario against doing nothing, over %n year. NPV in real terms (%1 prices, as the Green Book discounts) and in cash, at %2%; other money in cash. Click a heading to sort.</numerusform>
            <numerusform>Each scenario against doing nothing, over %n years. NPV in real terms (%1 prices, as the Green Book discounts) and in cash, at %2%; other money in cash. Click a heading to sort.</numerusform>
        </translation>
    </message>
    <message>
        <source>on the frontier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 QALYs, %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careshift::OutcomeGridModel</name>
    <message>
        <source>No metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight %1 overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A / Q / P: %1 / %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s weighted score (0 at the red boundary, 100 at the green one) and its weights; click a cell for its metric&apos;s chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline → scenario in the year shown; click for the metric&apos;s chart against its peers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>a rank among the peers: 6th of 11</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careshift::OutcomesView</name>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of the outcomes shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall outcome score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes by patient group and lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each patient group (rows) through access, quality and prevention (columns): each metric&apos;s value in the baseline and the scenario, its rating as a word and a symbol, its rank among peers, and the weighted scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome metric against its peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric charted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric per year against its peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the outcome scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers&apos; range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcome metrics yet: add them under Outcomes and peers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Peers and %2 follow the baseline&apos;s trend. %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benchmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red and green boundaries: the peers&apos; quartiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red and green boundaries: the metric&apos;s thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The axis does not start at 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: baseline %2 to %3, scenario %4 in %5; %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall score %1; cells changing rating: %2 of %3; groups: %4 of %5. Score: 0 at the red boundary, 100 at the green one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 against the baseline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careshift::PaperDialog</name>
    <message>
        <source>Shifting care: options for the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Board Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name and role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left blank, the paper keeps a marked space for it: &quot;To be written by the author&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options in the paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recommendation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An A4 PDF: cover, executive summary, a section per option, who saves and who pays, outcomes, uncertainty, method and the assumptions register.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careshift::PresentationWindow</name>
    <message>
        <source>CareShift — presenting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect of %1, as a share of the assumed effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an effect while presenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect of %1 at %2% of assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no effect on activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effect %1% of assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net saving to the commissioner by year (cash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net saving in the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Up / Page Down: options · drag a slider to ask &quot;what if&quot; · Esc: leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made while presenting: %1, in the project (unsaved); Ctrl+Z undoes the last · Esc: leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net saving (cash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV (real)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pays back in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency admissions avoided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QALYs gained</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careshift::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careshift::ProjectTreeModel</name>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points of delivery and prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers and contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes and peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissioner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careshift::ResultsView</name>
    <message>
        <source>Warnings about this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why no results are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts of the scenario against the baseline: net saving, saving by setting, the waterfall from investment to net saving, activity shifted, spend per year, and who saves and who pays. Every figure is also in a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net saving chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net sa&amp;ving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving by setting chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waterfall chart from investment to net saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waterfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity shifted chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity shifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend per year chart, baseline against scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;pend per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who saves, who pays chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ho pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who saves, who pays, per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commissioner&apos;s spend change and each provider&apos;s income, cost and margin change per financial year; the commissioner&apos;s change is the sum of the providers&apos; and other spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settin&amp;g:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting shown in the spend chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peop&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend by setting in the baseline and the scenario, then the investment and the savings against the baseline (positive = less spent), per financial year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures cannot be shown: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results can be shown for this project.

%1

Correct it in the project&apos;s tables or undo the last change (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careshift::ScenarioPage</name>
    <message>
        <source>Scenario name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions in this scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions in this scenario (check to include)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment rules in this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contract named here pays under these rules in every year of this scenario and of the baseline it is compared with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careshift::SettingsDialog</name>
    <message>
        <source>As the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount rate of a new project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QALY threshold of a new project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave interval in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project&apos;s &amp;discount rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project&apos;s QALY &amp;threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent files listed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Autosave unsaved changes every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount rate and threshold apply to new blank projects; an open project keeps its own (Commissioner page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board format (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thousands (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole pounds (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money in tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Money in tables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>British: £1,234.50, 2016/17, 3 December 2026</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careshift::SummaryTiles</name>
    <message>
        <source>Net saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net present value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payback year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admissions avoided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed days avoided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-even effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no figures: see the message below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a net cost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real terms at %1%; cash %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net saving / investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cumulative net saving ≥ £0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emergency, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not achievable: effects past -100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effect multiplier for NPV £0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no effect size breaks even</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>over %n year(s)</source>
        <translation>
            <numerusform>over %n year</numerusform>
            <numerusform>over %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not within %n year(s)</source>
        <translation>
            <numerusform>not within %n year</numerusform>
            <numerusform>not within %n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careshift::TablePage</name>
    <message>
        <source>Double-click or type to edit; Ctrl+C copies cells and Ctrl+V pastes a block from a spreadsheet as one undo step (all of it, or nothing if a cell is refused).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careshift::YearlyTableModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In real terms: cash deflated by the tariff price index to base-year prices, as the HM Treasury Green Book discounts. A saving is baseline minus scenario spend: positive means less is spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In cash of each year (prices uplifted), discounted: shown beside the real-terms figure. A saving is baseline minus scenario spend: positive means less is spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saving is baseline minus scenario spend: positive means less is spent, negative (in red) a cost increase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money put into the interventions: a cost, taken off the gross saving to give the net saving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careshift::charts::ActivityChart</name>
    <message>
        <source>Change in activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change in activity from the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity shifted, by point of delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change from the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 %3 over %n year(s), %4% against the baseline</source>
        <translation>
            <numerusform>%1: %2 %3 over %n year, %4% against the baseline</numerusform>
            <numerusform>%1: %2 %3 over %n years, %4% against the baseline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change in activity over %n year(s) (% of the baseline)</source>
        <translation>
            <numerusform>Change in activity over %n year (% of the baseline)</numerusform>
            <numerusform>Change in activity over %n years (% of the baseline)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change in activity against the baseline over %n year(s): %1.</source>
        <translation>
            <numerusform>Change in activity against the baseline over %n year: %1.</numerusform>
            <numerusform>Change in activity against the baseline over %n years: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %1 largest of %n change(s); a taller window shows more</source>
        <translation>
            <numerusform>the %1 largest of %n change; a taller window shows more</numerusform>
            <numerusform>the %1 largest of %n changes; a taller window shows more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careshift::charts::NetSavingChart</name>
    <message>
        <source>Net saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative net saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>£m cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (cumulative %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net saving against the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Pays back in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> No payback within the horizon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change from the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change from the baseline in any year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net saving per year (positive = less spent): %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net saving against the baseline (pays back in ◆ %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net saving against the baseline (no payback within the horizon)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careshift::charts::SavingBySettingChart</name>
    <message>
        <source>£m cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the money moves: saving against the baseline by setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change from the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change from the baseline in any setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saving against the baseline over %n year(s) by setting (positive = less spent): %1.</source>
        <translation>
            <numerusform>Saving against the baseline over %n year by setting (positive = less spent): %1.</numerusform>
            <numerusform>Saving against the baseline over %n years by setting (positive = less spent): %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careshift::charts::SpendChart</name>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend (£m, cash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 against %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend per year: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The axis does not start at £0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend per year, %1, baseline against scenario: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The axis does not start at £0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careshift::charts::WaterfallChart</name>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving (below zero)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change from the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Net saving over %n year(s): %1 (positive = less spent)</source>
        <translation>
            <numerusform>Net saving over %n year: %1 (positive = less spent)</numerusform>
            <numerusform>Net saving over %n years: %1 (positive = less spent)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: saving of %2 over %n year(s) (positive = less spent)</source>
        <translation>
            <numerusform>%1: saving of %2 over %n year (positive = less spent)</numerusform>
            <numerusform>%1: saving of %2 over %n years (positive = less spent)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>£m over %n year(s)</source>
        <translation>
            <numerusform>£m over %n year</numerusform>
            <numerusform>£m over %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From investment to net saving over %n year(s)</source>
        <translation>
            <numerusform>From investment to net saving over %n year</numerusform>
            <numerusform>From investment to net saving over %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From investment to net saving over %n year(s), as savings against the baseline (positive = less spent): %1.</source>
        <translation>
            <numerusform>From investment to net saving over %n year, as savings against the baseline (positive = less spent): %1.</numerusform>
            <numerusform>From investment to net saving over %n years, as savings against the baseline (positive = less spent): %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careshift::charts::WhoPaysChart</name>
    <message>
        <source>Saving or income change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin change (providers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissioner: saves %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: income %2, margin %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who saves, who pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the commissioner&apos;s saving is the providers&apos; lost income, less what it invests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money withheld under the marginal rate is counted as reinvested (spent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money withheld under the marginal rate is counted as saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 other providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: income %2, margin %3 together</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change over %n year(s)&lt;br&gt;(£m cash, + = more for that party)</source>
        <translation>
            <numerusform>Change over %n year&lt;br&gt;(£m cash, + = more for that party)</numerusform>
            <numerusform>Change over %n years&lt;br&gt;(£m cash, + = more for that party)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Who saves and who pays over %n year(s): %1.</source>
        <translation>
            <numerusform>Who saves and who pays over %n year: %1.</numerusform>
            <numerusform>Who saves and who pays over %n years: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: income %2, margin %3, unfunded activity %4 at price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careshift::cohort</name>
    <message>
        <source>start of cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half-cycle correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>life-table (trapezoid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpson&apos;s 1/3 rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careshift::commands</name>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no cell here to paste into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract &apos;%1&apos; is with this provider: remove it or give it another provider first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove provider %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is paid through this contract: move it to another contract first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario %1 gives this contract its own payment rules: remove them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such cohort model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the model names no patient group (&quot;group&quot;: &quot;older&quot;, ...): a model in a project splits a group&apos;s people into its states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project already has a cohort model for %1: remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cohort model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove cohort model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New HRG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add HRG %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such HRG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is priced with this HRG: remove it from its HRG mix first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove HRG %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a point of delivery first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a point of delivery that counts as an emergency admission or as elective activity is priced from the HRG tariff: change what %1 counts as first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price %1 with HRG %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tariff has no HRG yet: import one (File &gt; Import) or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every HRG of the tariff is already in this mix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such HRG share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove HRG %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add payment rules to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contract first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every contract already has its own rules in this scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no such payment rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove payment rules from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New point of delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add point of delivery %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such point of delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove point of delivery %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such intervention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a point of delivery first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add effect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every point of delivery already has an effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove effect on %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add substitution to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every pair of points of delivery already has a substitution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such substitution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove substitution %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an outcome metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove outcome metric %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove peer %1 and its values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add effect on %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every typed outcome metric of %1 already has an effect of this intervention (metrics based on the projection move with its effects on activity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows cannot be added here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows cannot be removed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n HRG(s) from %1</source>
        <translation>
            <numerusform>Import %n HRG from %1</numerusform>
            <numerusform>Import %n HRGs from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The scenario cannot move further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intervention cannot move further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate intervention %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move intervention %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add intervention %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete intervention %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Scenario modelling for NHS commissioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the embedded sample project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this scenario first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window to FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this part of the project first: assumptions, population, activity, pods, contracts, intervention:ID, scenario:ID, options or present:ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareShift: cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
