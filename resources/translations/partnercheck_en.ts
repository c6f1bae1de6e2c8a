<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AssessmentActions</name>
    <message numerus="yes">
        <source>Remove the %n assessment(s) in the bin for good? This cannot be undone.</source>
        <translation>
            <numerusform>Remove the assessment in the bin for good? This cannot be undone.</numerusform>
            <numerusform>Remove the %n assessments in the bin for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The bin is empty: %n assessment(s) removed for good.</source>
        <translation>
            <numerusform>The bin is empty: one assessment removed for good.</numerusform>
            <numerusform>The bin is empty: %n assessments removed for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n evidence file(s) in the bin for good? This cannot be undone.</source>
        <translation>
            <numerusform>Remove the evidence file in the bin for good? This cannot be undone.</numerusform>
            <numerusform>Remove the %n evidence files in the bin for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message numerus="yes">
        <source>%n question(s) still have no answer. This is the first of them.</source>
        <translation>
            <numerusform>One question still has no answer: this one.</numerusform>
            <numerusform>%n questions still have no answer. This is the first of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>%n change(s), newest first. Point at a change to read it in full.</source>
        <translation>
            <numerusform>One change. Point at it to read it in full.</numerusform>
            <numerusform>%n changes, newest first. Point at a change to read it in full.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n assessment</numerusform>
            <numerusform>%n assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n assessment(s) shown</source>
        <translation>
            <numerusform>%1 of %n assessment shown</numerusform>
            <numerusform>%1 of %n assessments shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignoffActions</name>
    <message numerus="yes">
        <source>%n question(s) still need an answer before it can be approved.</source>
        <translation>
            <numerusform>One question still needs an answer before it can be approved.</numerusform>
            <numerusform>%n questions still need an answer before it can be approved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The assessment cannot be approved yet: %n of the %2 questions have no answer. Every question needs one; “Don&apos;t know” is an answer too.

Go to the first unanswered question (%3)?</source>
        <translation>
            <numerusform>The assessment cannot be approved yet: one of the %2 questions has no answer. Every question needs one; “Don&apos;t know” is an answer too.

Go to this question (%3)?</numerusform>
            <numerusform>The assessment cannot be approved yet: %n of the %2 questions have no answer. Every question needs one; “Don&apos;t know” is an answer too.

Go to the first unanswered question (%3)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The assessment cannot be approved yet: %n answer(s) do not fit the tie (questions %2): each is meant for an older tie than this one. The answers are locked in review: set the assessment back to draft (Back to draft) first, then correct the answer(s) or the tie&apos;s year and send it for review again; the warning under each answer says why.

Go to the first of them (%3)?</source>
        <translation>
            <numerusform>The assessment cannot be approved yet: the answer to question %2 does not fit the tie: it is meant for an older tie than this one. The answers are locked in review: set the assessment back to draft (Back to draft) first, then correct the answer or the tie&apos;s year and send it for review again; the warning under the answer says why.

Go to this question (%3)?</numerusform>
            <numerusform>The assessment cannot be approved yet: %n answers do not fit the tie (questions %2): each is meant for an older tie than this one. The answers are locked in review: set the assessment back to draft (Back to draft) first, then correct the answers or the tie&apos;s year and send it for review again; the warning under each answer says why.

Go to the first of them (%3)?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WooActions</name>
    <message numerus="yes">
        <source>tie %1 and its %n assessment(s)</source>
        <translation>
            <numerusform>tie %1 and its assessment</numerusform>
            <numerusform>tie %1 and its %n assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hold on %1 of the %n assessment(s) since %2.</source>
        <translation>
            <numerusform>Hold on its assessment since %2.</numerusform>
            <numerusform>Hold on %1 of the %n assessments since %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s); index.csv lists them.</source>
        <translation>
            <numerusform>One document; index.csv lists it.</numerusform>
            <numerusform>%n documents; index.csv lists them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tie %1 with %n assessment(s), revisions and the bin included.</source>
        <translation>
            <numerusform>Tie %1 with one assessment, revisions and the bin included.</numerusform>
            <numerusform>Tie %1 with %n assessments, revisions and the bin included.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n publication decision(s) with who, when and the weighing (publication-decisions.csv).</source>
        <translation>
            <numerusform>One publication decision with who, when and the weighing (publication-decisions.csv).</numerusform>
            <numerusform>%n publication decisions with who, when and the weighing (publication-decisions.csv).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>redaction.csv names %n passage(s) with personal data to review,</source>
        <translation>
            <numerusform>redaction.csv names one passage with personal data to review,</numerusform>
            <numerusform>redaction.csv names %n passages with personal data to review,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n possible name(s) in free text, each with the passage around it.</source>
        <translation>
            <numerusform>and one possible name in free text, with the passage around it.</numerusform>
            <numerusform>and %n possible names in free text, each with the passage around it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TieEvidenceTab</name>
    <message numerus="yes">
        <source>%n file(s) attached to this tie.</source>
        <translation>
            <numerusform>One file attached to this tie.</numerusform>
            <numerusform>%n files attached to this tie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached to the tie.</source>
        <translation>
            <numerusform>One file attached to the tie.</numerusform>
            <numerusform>%n files attached to the tie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message numerus="yes">
        <source>Took in the reviewer&apos;s comments on %n theme(s) of %1 – %2.</source>
        <translation>
            <numerusform>Took in the reviewer&apos;s comment on one theme of %1 – %2.</numerusform>
            <numerusform>Took in the reviewer&apos;s comments on %n themes of %1 – %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Encrypted review package written to %1 (%n evidence file(s))</source>
        <translation>
            <numerusform>Encrypted review package written to %1 (%n evidence file)</numerusform>
            <numerusform>Encrypted review package written to %1 (%n evidence files)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review package written to %1 (%n evidence file(s)), not encrypted</source>
        <translation>
            <numerusform>Review package written to %1 (%n evidence file), not encrypted</numerusform>
            <numerusform>Review package written to %1 (%n evidence files), not encrypted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported tie %1 with its events and %n assessment(s).</source>
        <translation>
            <numerusform>Imported tie %1 with its events and %n assessment.</numerusform>
            <numerusform>Imported tie %1 with its events and %n assessments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioDialog</name>
    <message numerus="yes">
        <source>%n tie(s); %1 due for review, %2 of them overdue.</source>
        <translation>
            <numerusform>%n tie; %1 due for review, %2 of them overdue.</numerusform>
            <numerusform>%n ties; %1 due for review, %2 of them overdue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublicationActions</name>
    <message numerus="yes">
        <source>%n tie(s) written to %1, with %2 for Datasette.</source>
        <translation>
            <numerusform>%n tie written to %1, with %2 for Datasette.</numerusform>
            <numerusform>%n ties written to %1, with %2 for Datasette.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TieExport</name>
    <message numerus="yes">
        <source>Tie %1 written to %2 (a tie package with %n evidence file(s)).</source>
        <translation>
            <numerusform>Tie %1 written to %2 (a tie package with one evidence file).</numerusform>
            <numerusform>Tie %1 written to %2 (a tie package with %n evidence files).</numerusform>
        </translation>
    </message>
</context>
</TS>
