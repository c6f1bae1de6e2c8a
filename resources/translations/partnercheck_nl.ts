<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/partnercheck/ui/dialogs.py" line="79" />
        <location filename="../../src/partnercheck/ui/dialogs.py" line="84" />
        <source>About PartnerCheck</source>
        <translation>Over PartnerCheck</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/dialogs.py" line="86" />
        <source>Due diligence for partnerships of Dutch municipalities and provinces with Chinese cities and provinces. Works entirely offline.</source>
        <translation>Due diligence voor partnerschappen van Nederlandse gemeenten en provincies met Chinese steden en provincies. Werkt volledig offline.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/dialogs.py" line="88" />
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/dialogs.py" line="89" />
        <source>Identifier</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/dialogs.py" line="90" />
        <source>version</source>
        <translation>versie</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/dialogs.py" line="91" />
        <source>%1 themes, %2 questions</source>
        <translation>%1 thema&apos;s, %2 vragen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/dialogs.py" line="93" />
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Content reviewed up to %1</source>
        <translation>Inhoud bijgewerkt tot %1</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../src/partnercheck/ui/action_dialog.py" line="32" />
        <source>Edit action</source>
        <translation>Actie wijzigen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/action_dialog.py" line="32" />
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/action_dialog.py" line="36" />
        <source>From a recommended measure. Adjust the text to what will actually be done.</source>
        <translation>Uit een aanbevolen maatregel. Pas de tekst aan op wat er werkelijk gaat gebeuren.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/action_dialog.py" line="44" />
        <source>What will be done</source>
        <translation>Wat er gaat gebeuren</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/action_dialog.py" line="47" />
        <source>&amp;What:</source>
        <translation>&amp;Wat:</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/action_dialog.py" line="50" />
        <source>Owner</source>
        <translation>Actiehouder</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/action_dialog.py" line="51" />
        <source>Who is responsible, e.g. a name or a department</source>
        <translation>Wie is verantwoordelijk, bijv. een naam of een afdeling</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/action_dialog.py" line="52" />
        <source>&amp;Owner:</source>
        <translation>Actie&amp;houder:</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/action_dialog.py" line="55" />
        <source>&amp;Due date:</source>
        <translation>&amp;Uiterste datum:</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/action_dialog.py" line="56" />
        <source>Has a due date</source>
        <translation>Heeft een uiterste datum</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/action_dialog.py" line="58" />
        <source>Due date</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/action_dialog.py" line="72" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/action_dialog.py" line="77" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Internal: leave out of the public version</source>
        <translation>&amp;Intern: niet in de openbare versie</translation>
    </message>
</context>
<context>
    <name>ActionPlanPage</name>
    <message>
        <location filename="../../src/partnercheck/ui/action_page.py" line="35" />
        <source>The measures you will take, with who is responsible and by when. Add them here or from a recommended measure on the Result tab.</source>
        <translation>De maatregelen die u neemt, met wie verantwoordelijk is en wanneer ze klaar moeten zijn. Voeg ze hier toe, of vanuit een aanbevolen maatregel op het tabblad Resultaat.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/action_page.py" line="43" />
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/action_page.py" line="58" />
        <source>No actions yet.</source>
        <translation>Nog geen acties.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/action_page.py" line="62" />
        <source>Add act&amp;ion…</source>
        <translation>Actie toe&amp;voegen…</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/action_page.py" line="64" />
        <source>&amp;Edit…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/action_page.py" line="142" />
        <source>Delete action</source>
        <translation>Actie verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/action_page.py" line="143" />
        <source>Delete this action from the plan?

%1</source>
        <translation>Deze actie uit het plan verwijderen?

%1</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Verw&amp;ijderen</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <location filename="../../src/partnercheck/ui/result_models.py" line="176" />
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/result_models.py" line="177" />
        <source>Owner</source>
        <translation>Actiehouder</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/result_models.py" line="178" />
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/result_models.py" line="179" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>intern</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../src/partnercheck/ui/signoff.py" line="47" />
        <source>Approve the assessment</source>
        <translation>Beoordeling vaststellen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/signoff.py" line="59" />
        <source>Approving makes this assessment final. It is then locked: answers, notes, details and the action plan can no longer be changed. A later change needs a new revision; this final version stays as it is.</source>
        <translation>Vaststellen maakt deze beoordeling definitief. Ze wordt dan vergrendeld: antwoorden, notities, gegevens en het actieplan kunnen niet meer worden gewijzigd. Voor een latere wijziging is een nieuwe revisie nodig; deze vastgestelde versie blijft zoals ze is.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/signoff.py" line="67" />
        <source>Name of the approver</source>
        <translation>Naam van wie vaststelt</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/signoff.py" line="68" />
        <source>Who approves, e.g. the head of department</source>
        <translation>Wie vaststelt, bijvoorbeeld het afdelingshoofd</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/signoff.py" line="70" />
        <source>Name of the reviewer</source>
        <translation>Naam van de toetser</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/signoff.py" line="71" />
        <source>Who reviewed it (optional)</source>
        <translation>Wie heeft de beoordeling getoetst (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/signoff.py" line="72" />
        <source>&amp;Reviewed by:</source>
        <translation>&amp;Getoetst door:</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/signoff.py" line="73" />
        <source>Approved &amp;by:</source>
        <translation>Vastgesteld &amp;door:</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/signoff.py" line="76" />
        <source>&amp;Approve and lock</source>
        <translation>&amp;Vaststellen en vergrendelen</translation>
    </message>
    <message>
        <source>Approve your own assessment?</source>
        <translation>Uw eigen beoordeling vaststellen?</translation>
    </message>
    <message>
        <source>%1 is also the assessor of this assessment. Approval is meant as a check by someone else, usually the head of department.

Approve it anyway as %1?</source>
        <translation>%1 is ook de opsteller van deze beoordeling. Vaststellen is bedoeld als controle door een ander, meestal het afdelingshoofd.

Toch vaststellen als %1?</translation>
    </message>
    <message>
        <source>Approve &amp;anyway</source>
        <translation>&amp;Toch vaststellen</translation>
    </message>
</context>
<context>
    <name>AssessmentActions</name>
    <message>
        <location filename="../../src/partnercheck/ui/assessment_actions.py" line="97" />
        <source>This is a copy for the re-assessment. The original is unchanged.</source>
        <translation>Dit is een kopie voor de herbeoordeling. Het origineel is ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/assessment_actions.py" line="114" />
        <source>Delete assessment</source>
        <translation>Beoordeling verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/assessment_actions.py" line="115" />
        <source>Delete the assessment of %1 – %2?

It is moved to the bin; Assessment › Undo delete or File › Bin brings it back.</source>
        <translation>De beoordeling van %1 – %2 verwijderen?

Ze gaat naar de prullenbak; Beoordeling › Verwijderen ongedaan maken of Bestand › Prullenbak haalt haar terug.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/assessment_actions.py" line="134" />
        <source>Assessment deleted. Assessment › Undo delete or File › Bin brings it back.</source>
        <translation>Beoordeling verwijderd. Beoordeling › Verwijderen ongedaan maken of Bestand › Prullenbak haalt haar terug.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/assessment_actions.py" line="150" />
        <location filename="../../src/partnercheck/ui/assessment_actions.py" line="197" />
        <source>Assessment restored.</source>
        <translation>Beoordeling teruggezet.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/assessment_actions.py" line="214" />
        <source>Empty the bin</source>
        <translation>Prullenbak legen</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n assessment(s) in the bin for good? This cannot be undone.</source>
        <translation>
            <numerusform>De beoordeling in de prullenbak definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>De %n beoordelingen in de prullenbak definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The bin is empty: %n assessment(s) removed for good.</source>
        <translation>
            <numerusform>De prullenbak is leeg: één beoordeling definitief verwijderd.</numerusform>
            <numerusform>De prullenbak is leeg: %n beoordelingen definitief verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts are destroyed at once. Assessments in review or final are records: they are destroyed only when their retention period has ended and no hold is set, and then put on the destruction list; the others stay in the bin.</source>
        <translation>Concepten worden meteen vernietigd. Beoordelingen ter toetsing of vastgesteld zijn archiefbescheiden: die worden pas vernietigd als hun bewaartermijn verstreken is en er geen bewaarplicht op staat, en komen dan op de vernietigingslijst; de andere blijven in de prullenbak.</translation>
    </message>
    <message>
        <source>a hold is set</source>
        <translation>er staat een bewaarplicht op</translation>
    </message>
    <message>
        <source>no retention period is set for this kind of record, so it is kept</source>
        <translation>er is geen bewaartermijn ingesteld voor dit soort archiefbescheid, dus het wordt bewaard</translation>
    </message>
    <message>
        <source>its retention period ends on %1</source>
        <translation>de bewaartermijn verstrijkt op %1</translation>
    </message>
    <message>
        <source>Kept in the bin</source>
        <translation>In de prullenbak gebleven</translation>
    </message>
    <message>
        <source>These records were not destroyed and stay in the bin:</source>
        <translation>Deze archiefbescheiden zijn niet vernietigd en blijven in de prullenbak:</translation>
    </message>
    <message>
        <source>destroyed (a draft)</source>
        <translation>vernietigd (concept)</translation>
    </message>
    <message>
        <source>destroyed (period ended)</source>
        <translation>vernietigd (termijn verstreken)</translation>
    </message>
    <message>
        <source>kept: hold</source>
        <translation>bewaard: bewaarplicht</translation>
    </message>
    <message>
        <source>kept: no retention period set</source>
        <translation>bewaard: geen bewaartermijn ingesteld</translation>
    </message>
    <message>
        <source>kept until %1</source>
        <translation>bewaard tot %1</translation>
    </message>
    <message>
        <source>Removed for good: %1. Kept in the bin: %2.</source>
        <translation>Voorgoed verwijderd: %1. In de prullenbak gebleven: %2.</translation>
    </message>
    <message>
        <source>Evidence file restored.</source>
        <translation>Bewijsstuk teruggezet.</translation>
    </message>
    <message>
        <source>An evidence file stays in the bin while its assessment is in review or final (it goes with it) or on hold.</source>
        <translation>Een bewijsstuk blijft in de prullenbak zolang zijn beoordeling ter toetsing of definitief is (het gaat met haar mee) of er een bewaarplicht op staat.</translation>
    </message>
    <message>
        <source>Evidence files removed for good: %1; kept: %2.</source>
        <translation>Bewijsstukken definitief verwijderd: %1; bewaard: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n evidence file(s) in the bin for good? This cannot be undone.</source>
        <translation>
            <numerusform>Het bewijsstuk in de prullenbak definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>De %n bewijsstukken in de prullenbak definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentListModel</name>
    <message>
        <location filename="../../src/partnercheck/ui/list_model.py" line="104" />
        <source>Assessor: %1</source>
        <translation>Beoordelaar: %1</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/list_model.py" line="115" />
        <source>Dutch party</source>
        <translation>Nederlandse partij</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/list_model.py" line="116" />
        <source>Counterpart</source>
        <translation>Chinese partner</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/list_model.py" line="117" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/list_model.py" line="119" />
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/list_model.py" line="120" />
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/list_model.py" line="121" />
        <source>Last change</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Oordeel: %1</translation>
    </message>
    <message>
        <source>Revision %1, last changed %2</source>
        <translation>Revisie %1, laatst gewijzigd %2</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered (%3%)</source>
        <translation>%1 van %2 vragen beantwoord (%3%)</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../../src/partnercheck/ui/assessment_page.py" line="46" />
        <source>‹ &amp;Back to the list</source>
        <translation>‹ &amp;Terug naar de lijst</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/assessment_page.py" line="71" />
        <source>Overall level</source>
        <translation>Totaalniveau</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/assessment_page.py" line="74" />
        <source>Questions answered</source>
        <translation>Vragen beantwoord</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/assessment_page.py" line="78" />
        <source>Edit &amp;details…</source>
        <translation>&amp;Gegevens wijzigen…</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/assessment_page.py" line="79" />
        <source>Correct the partnership details: names, kind, status, year</source>
        <translation>De gegevens van het partnerschap verbeteren: namen, soort, status, jaar</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/assessment_page.py" line="101" />
        <source>A draft copy to change; this final version stays as it is</source>
        <translation>Een conceptkopie om te wijzigen; deze vastgestelde versie blijft zoals ze is</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/assessment_page.py" line="115" />
        <source>&amp;Checklist</source>
        <translation>&amp;Checklist</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/assessment_page.py" line="116" />
        <source>&amp;Result</source>
        <translation>&amp;Resultaat</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/assessment_page.py" line="117" />
        <source>&amp;Action plan</source>
        <translation>&amp;Actieplan</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/assessment_page.py" line="118" />
        <source>Repor&amp;t</source>
        <translation>Ra&amp;pport</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/assessment_page.py" line="140" />
        <source>Send for re&amp;view</source>
        <translation>Ter toet&amp;sing aanbieden</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/assessment_page.py" line="141" />
        <source>Mark the assessment as ready for review by the head of department</source>
        <translation>Bied de beoordeling ter toetsing aan, meestal aan het afdelingshoofd</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/assessment_page.py" line="143" />
        <source>Bac&amp;k to draft</source>
        <translation>Ter&amp;ug naar concept</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/assessment_page.py" line="144" />
        <source>Take the assessment back from review to change it further</source>
        <translation>Haal de beoordeling terug uit de toetsing om haar verder te wijzigen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/assessment_page.py" line="146" />
        <source>Appro&amp;ve (make final)…</source>
        <translation>Vaststellen (de&amp;finitief maken)…</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/assessment_page.py" line="147" />
        <source>Approve the assessment: it becomes final and is locked (asks for the approver&apos;s name)</source>
        <translation>De beoordeling vaststellen: ze wordt definitief en vergrendeld (vraagt de naam van wie vaststelt)</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/assessment_page.py" line="81" />
        <source>Histor&amp;y…</source>
        <translation>Geschie&amp;denis…</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/assessment_page.py" line="82" />
        <source>Every recorded change: when, who and what (Ctrl+Shift+H)</source>
        <translation>Elke vastgelegde wijziging: wanneer, wie en wat (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/assessment_page.py" line="164" />
        <source>(since %1)</source>
        <translation>(sinds %1)</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/assessment_page.py" line="167" />
        <source>Assessor: %1</source>
        <translation>Beoordelaar: %1</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/assessment_page.py" line="168" />
        <source>Checklist %1</source>
        <translation>Checklist %1</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/assessment_page.py" line="179" />
        <source>Answered: %1</source>
        <translation>Beantwoord: %1</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/assessment_page.py" line="192" />
        <source>This assessment has been moved to the bin, so it cannot be changed. File › Bin brings it back.</source>
        <translation>Deze beoordeling staat in de prullenbak en kan dus niet worden gewijzigd. Bestand › Prullenbak haalt haar terug.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/assessment_page.py" line="196" />
        <source>Approved by %1 on %2.</source>
        <translation>Vastgesteld door %1 op %2.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/assessment_page.py" line="199" />
        <source>This assessment is final and can no longer be changed.</source>
        <translation>Deze beoordeling is vastgesteld en kan niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/assessment_page.py" line="199" />
        <source>To change it, make a new revision.</source>
        <translation>Maak een nieuwe revisie om haar te wijzigen.</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Oordeel: %1</translation>
    </message>
    <message>
        <source>This assessment is in review, so its answers, notes, details and action plan are locked: the reviewer reads what you sent. To change something, take it back to draft first.</source>
        <translation>Deze beoordeling ligt ter toetsing, dus de antwoorden, notities, gegevens en het actieplan zijn vergrendeld: de toetser leest wat u hebt aangeboden. Wilt u iets wijzigen, zet haar dan eerst terug naar concept.</translation>
    </message>
    <message>
        <source>Make a new re&amp;vision…</source>
        <translation>Nie&amp;uwe revisie maken…</translation>
    </message>
    <message>
        <source>Assessment › Legal hold… changes or lifts it.</source>
        <translation>Beoordeling › Bewaarplicht… wijzigt of heft haar op.</translation>
    </message>
    <message>
        <source>Legal hold since %1: nothing destroys this assessment while it is set, not even emptying the bin.</source>
        <translation>Bewaarplicht sinds %1: zolang die geldt, vernietigt niets deze beoordeling, ook het legen van de prullenbak niet.</translation>
    </message>
    <message>
        <source>Reason: “%1”.</source>
        <translation>Reden: “%1”.</translation>
    </message>
    <message>
        <source>Back to all assessments (Ctrl+L)</source>
        <translation>Terug naar alle beoordelingen (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../src/partnercheck/ui/backup_dialog.py" line="66" />
        <source>Restore a backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/backup_dialog.py" line="70" />
        <source>PartnerCheck keeps dated copies of “%1”: before each update of the database format, before each restore, and when you make one here. Restoring puts the whole database back as it was then; the current state is kept as a backup first.</source>
        <translation>PartnerCheck bewaart gedateerde kopieën van ‘%1’: vóór elke bijwerking van het databaseformaat, vóór elke terugzetting en wanneer u er hier een maakt. Terugzetten zet de hele database terug zoals ze toen was; de huidige toestand wordt eerst als reservekopie bewaard.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/backup_dialog.py" line="77" />
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/backup_dialog.py" line="77" />
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/backup_dialog.py" line="77" />
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/backup_dialog.py" line="78" />
        <source>Backups, newest first</source>
        <translation>Reservekopieën, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/backup_dialog.py" line="81" />
        <source>There are no backups of this database yet.</source>
        <translation>Er zijn nog geen reservekopieën van deze database.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/backup_dialog.py" line="92" />
        <source>&amp;Restore this backup…</source>
        <translation>Deze reservekopie &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/backup_dialog.py" line="94" />
        <source>&amp;Make a backup now</source>
        <translation>Nu een reservekopie &amp;maken</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/backup_dialog.py" line="95" />
        <source>Copy the database as it is now</source>
        <translation>De database kopiëren zoals ze nu is</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/backup_dialog.py" line="111" />
        <source>Folder: %1</source>
        <translation>Map: %1</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../src/partnercheck/ui/backup_dialog.py" line="37" />
        <source>Before a backup was restored</source>
        <translation>Vóór het terugzetten van een reservekopie</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/backup_dialog.py" line="39" />
        <source>Made by hand</source>
        <translation>Met de hand gemaakt</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/backup_dialog.py" line="41" />
        <source>Before the database was updated (from format %1)</source>
        <translation>Vóór het bijwerken van de database (vanaf formaat %1)</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <location filename="../../src/partnercheck/ui/bin_dialog.py" line="26" />
        <source>Bin</source>
        <translation>Prullenbak</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/bin_dialog.py" line="28" />
        <source>Deleted assessments stay here until the bin is emptied. Restore one to put it back in the list.</source>
        <translation>Verwijderde beoordelingen blijven hier tot de prullenbak wordt geleegd. Zet er een terug om haar weer in de lijst te krijgen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/bin_dialog.py" line="32" />
        <source>Dutch party</source>
        <translation>Nederlandse partij</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/bin_dialog.py" line="32" />
        <source>Counterpart</source>
        <translation>Chinese partner</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/bin_dialog.py" line="32" />
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/bin_dialog.py" line="32" />
        <source>Overall level</source>
        <translation>Totaalniveau</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/bin_dialog.py" line="32" />
        <source>Last change</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/bin_dialog.py" line="34" />
        <source>Deleted assessments</source>
        <translation>Verwijderde beoordelingen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/bin_dialog.py" line="40" />
        <source>The bin is empty.</source>
        <translation>De prullenbak is leeg.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/bin_dialog.py" line="45" />
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/bin_dialog.py" line="46" />
        <source>Put the selected assessment back in the list</source>
        <translation>De gekozen beoordeling terugzetten in de lijst</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/bin_dialog.py" line="48" />
        <source>&amp;Empty bin…</source>
        <translation>Prullenbak &amp;legen…</translation>
    </message>
    <message>
        <source>When emptied</source>
        <translation>Bij legen</translation>
    </message>
    <message>
        <source>Retention &amp;periods…</source>
        <translation>&amp;Bewaartermijnen…</translation>
    </message>
    <message>
        <source>How long records are kept, from your selection list</source>
        <translation>Hoe lang archiefbescheiden bewaard blijven, volgens uw selectielijst</translation>
    </message>
    <message>
        <source>&amp;Destruction list…</source>
        <translation>&amp;Vernietigingslijst…</translation>
    </message>
    <message>
        <source>Save the list of destroyed records for the archivist (PDF or CSV)</source>
        <translation>Sla de lijst van vernietigde archiefbescheiden op voor de archivaris (PDF of CSV)</translation>
    </message>
    <message>
        <source>Destroy the drafts, the records whose retention period has ended and the evidence files that may go (asks first)</source>
        <translation>Vernietig de concepten, de archiefbescheiden waarvan de bewaartermijn verstreken is en de bewijsstukken die weg mogen (vraagt eerst)</translation>
    </message>
    <message>
        <source>No assessments in the bin.</source>
        <translation>Geen beoordelingen in de prullenbak.</translation>
    </message>
</context>
<context>
    <name>ChangeWatcher</name>
    <message>
        <location filename="../../src/partnercheck/ui/change_watcher.py" line="82" />
        <source>Updated with changes made elsewhere</source>
        <translation>Bijgewerkt met wijzigingen van elders</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/change_watcher.py" line="95" />
        <source>Assessment removed</source>
        <translation>Beoordeling verwijderd</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/change_watcher.py" line="96" />
        <source>The assessment that was open has been removed for good in another window or program (the bin was emptied).</source>
        <translation>De beoordeling die open stond is in een ander venster of programma definitief verwijderd (de prullenbak is geleegd).</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../src/partnercheck/ui/checklist_page.py" line="121" />
        <source>The&amp;mes</source>
        <translation>The&amp;ma&apos;s</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/checklist_page.py" line="126" />
        <source>Themes with progress and level</source>
        <translation>Thema&apos;s met voortgang en niveau</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/checklist_page.py" line="141" />
        <source>&amp;Questions in this theme</source>
        <translation>&amp;Vragen in dit thema</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/checklist_page.py" line="146" />
        <source>Questions in this theme</source>
        <translation>Vragen in dit thema</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/checklist_page.py" line="194" />
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/checklist_page.py" line="201" />
        <source>C&amp;lear answer</source>
        <translation>Antwoord &amp;wissen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/checklist_page.py" line="202" />
        <source>Clear answer</source>
        <translation>Antwoord wissen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/checklist_page.py" line="206" />
        <source>Question h&amp;istory…</source>
        <translation>Geschiedenis van de&amp;ze vraag…</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/checklist_page.py" line="207" />
        <source>Who changed this answer and its note, and when (Ctrl+H)</source>
        <translation>Wie dit antwoord en de notitie wijzigde, en wanneer (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/checklist_page.py" line="212" />
        <source>N&amp;otes and evidence (saved automatically)</source>
        <translation>Notities en bewi&amp;js (worden automatisch opgeslagen)</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/checklist_page.py" line="216" />
        <source>Notes and evidence</source>
        <translation>Notities en bewijs</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/checklist_page.py" line="217" />
        <source>What did you find, and where? E.g. a document, a conversation, a website.</source>
        <translation>Wat heeft u gevonden, en waar? Bijv. een document, een gesprek, een website.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/checklist_page.py" line="231" />
        <source>‹ &amp;Previous question</source>
        <translation>‹ V&amp;orige vraag</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/checklist_page.py" line="234" />
        <source>&amp;Next question ›</source>
        <translation>Volge&amp;nde vraag ›</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/checklist_page.py" line="237" />
        <source>&amp;Guidance</source>
        <translation>U&amp;itleg</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/checklist_page.py" line="240" />
        <source>Show or hide why this question matters and its sources</source>
        <translation>Tonen of verbergen waarom deze vraag telt, met de bronnen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/checklist_page.py" line="258" />
        <source>Guidance and sources</source>
        <translation>Uitleg en bronnen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/checklist_page.py" line="364" />
        <source>Every question has an answer.</source>
        <translation>Elke vraag heeft een antwoord.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/checklist_page.py" line="416" />
        <source>Question %1 of %2 in this theme · %3 of %4 in all</source>
        <translation>Vraag %1 van %2 in dit thema · %3 van %4 in totaal</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/checklist_page.py" line="470" />
        <source>Press %1 to choose this answer</source>
        <translation>Druk op %1 om dit antwoord te kiezen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/checklist_page.py" line="500" />
        <source>Why this matters</source>
        <translation>Waarom dit telt</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/checklist_page.py" line="501" />
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Fi&amp;nish ›</source>
        <translation>Afro&amp;nden ›</translation>
    </message>
    <message>
        <source>Next question (Ctrl+Down)</source>
        <translation>Volgende vraag (Ctrl+↓)</translation>
    </message>
    <message>
        <source>Previous question (Ctrl+Up)</source>
        <translation>Vorige vraag (Ctrl+↑)</translation>
    </message>
    <message>
        <source>The result, or first a question still without an answer (Ctrl+Down)</source>
        <translation>Het resultaat, of eerst een vraag die nog geen antwoord heeft (Ctrl+↓)</translation>
    </message>
    <message>
        <source>This question still has no answer; every other question has one.</source>
        <translation>Deze vraag heeft nog geen antwoord; alle andere vragen wel.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still have no answer. This is the first of them.</source>
        <translation>
            <numerusform>Eén vraag heeft nog geen antwoord: deze.</numerusform>
            <numerusform>%n vragen hebben nog geen antwoord. Dit is de eerste daarvan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sho&amp;wn in the public version</source>
        <translation>E&amp;xtern zichtbaar</translation>
    </message>
    <message>
        <source>Keys: 1–%1 choose an answer · %2 its basis · Ctrl+↓ / Ctrl+↑ next / previous question · Ctrl+PgDn / Ctrl+PgUp next / previous theme · Ctrl+U next unanswered</source>
        <translation>Toetsen: 1–%1 kiest een antwoord · %2 de onderbouwing · Ctrl+↓ / Ctrl+↑ volgende / vorige vraag · Ctrl+PgDn / Ctrl+PgUp volgend / vorig thema · Ctrl+U volgende onbeantwoorde</translation>
    </message>
    <message>
        <source>About this theme</source>
        <translation>Over dit thema</translation>
    </message>
    <message>
        <source>Show the introduction to this theme</source>
        <translation>Toon de inleiding op dit thema</translation>
    </message>
    <message>
        <source>Show or hide the introduction to this theme</source>
        <translation>Toon of verberg de inleiding op dit thema</translation>
    </message>
    <message>
        <source>This answer applies only to a tie entered before %1, but this tie is only proposed. Choose the answer that fits the tie, or correct the tie&apos;s details.</source>
        <translation>Dit antwoord geldt alleen voor een band die vóór %1 is aangegaan, maar deze band is pas voorgesteld. Kies het antwoord dat bij de band past, of verbeter de gegevens van de band.</translation>
    </message>
    <message>
        <source>This answer applies only to a tie entered before %1, but this tie dates from %2. Choose the answer that fits the tie, or correct the year the tie was entered.</source>
        <translation>Dit antwoord geldt alleen voor een band die vóór %1 is aangegaan, maar deze band bestaat sinds %2. Kies het antwoord dat bij de band past, of verbeter het jaar waarin de band is aangegaan.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../src/partnercheck/ui/compare_dialog.py" line="24" />
        <source>Compared with the previous assessment</source>
        <translation>Vergeleken met de vorige beoordeling</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/compare_dialog.py" line="33" />
        <source>The previous assessment used checklist version %1; both are read here with version %2.</source>
        <translation>De vorige beoordeling gebruikte checklistversie %1; beide worden hier gelezen met versie %2.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/compare_dialog.py" line="40" />
        <source>No differences: the answers, notes and levels are the same.</source>
        <translation>Geen verschillen: de antwoorden, notities en niveaus zijn gelijk.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/compare_dialog.py" line="47" />
        <location filename="../../src/partnercheck/ui/compare_dialog.py" line="60" />
        <source>Levels that changed</source>
        <translation>Veranderde niveaus</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/compare_dialog.py" line="49" />
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/compare_dialog.py" line="49" />
        <location filename="../../src/partnercheck/ui/compare_dialog.py" line="74" />
        <source>Before</source>
        <translation>Eerst</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/compare_dialog.py" line="49" />
        <location filename="../../src/partnercheck/ui/compare_dialog.py" line="74" />
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/compare_dialog.py" line="53" />
        <source>Overall level</source>
        <translation>Totaalniveau</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/compare_dialog.py" line="66" />
        <source>The levels are the same, overall and in every theme.</source>
        <translation>De niveaus zijn gelijk, in totaal en in elk thema.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/compare_dialog.py" line="72" />
        <location filename="../../src/partnercheck/ui/compare_dialog.py" line="90" />
        <source>Answers that changed</source>
        <translation>Veranderde antwoorden</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/compare_dialog.py" line="74" />
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/compare_dialog.py" line="74" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/compare_dialog.py" line="87" />
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/compare_dialog.py" line="95" />
        <source>Double-click or press Enter to go to the question</source>
        <translation>Dubbelklik of druk op Enter om naar de vraag te gaan</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/compare_dialog.py" line="98" />
        <source>The answers and notes are the same.</source>
        <translation>De antwoorden en notities zijn gelijk.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/compare_dialog.py" line="120" />
        <source>approved by %1 on %2</source>
        <translation>vastgesteld door %1 op %2</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/compare_dialog.py" line="122" />
        <source>last changed %1</source>
        <translation>laatst gewijzigd %1</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/compare_dialog.py" line="127" />
        <source>%1 – %2: this assessment (%3) compared with the previous one (%4).</source>
        <translation>%1 – %2: deze beoordeling (%3) vergeleken met de vorige (%4).</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/compare_dialog.py" line="137" />
        <source>not answered</source>
        <translation>niet beantwoord</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../src/partnercheck/ui/file_actions.py" line="41" />
        <source>Open database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/file_actions.py" line="41" />
        <source>PartnerCheck databases (%1);;All files (*)</source>
        <translation>PartnerCheck-databases (%1);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/file_actions.py" line="48" />
        <location filename="../../src/partnercheck/ui/file_actions.py" line="52" />
        <source>New database</source>
        <translation>Nieuwe database</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/file_actions.py" line="48" />
        <source>PartnerCheck databases (%1)</source>
        <translation>PartnerCheck-databases (%1)</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/file_actions.py" line="52" />
        <source>That file already exists. Use Open database to open it.</source>
        <translation>Dat bestand bestaat al. Gebruik Database openen om het te openen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/file_actions.py" line="65" />
        <source>Import assessment file</source>
        <translation>Beoordelingsbestand importeren</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/file_actions.py" line="79" />
        <source>Imported %1 – %2 as a new assessment.</source>
        <translation>%1 – %2 geïmporteerd als nieuwe beoordeling.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/file_actions.py" line="98" />
        <source>Export assessment file</source>
        <translation>Beoordelingsbestand exporteren</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/file_actions.py" line="98" />
        <source>PartnerCheck assessment files (*.json)</source>
        <translation>Beoordelingsbestanden van PartnerCheck (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/file_actions.py" line="112" />
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/file_actions.py" line="149" />
        <source>Backup made: %1</source>
        <translation>Reservekopie gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/file_actions.py" line="165" />
        <source>Restore a backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/file_actions.py" line="167" />
        <source>Put the whole database back as it was on %1?

Everything changed since then is replaced by the backup. The current state is kept as a backup first, so you can return to it with File › Restore a backup.</source>
        <translation>De hele database terugzetten zoals ze was op %1?

Alles wat sindsdien is gewijzigd, wordt vervangen door de reservekopie. De huidige toestand wordt eerst als reservekopie bewaard, zodat u ernaar kunt terugkeren met Bestand › Reservekopie terugzetten.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/file_actions.py" line="194" />
        <source>Backup of %1 restored. The state before it is kept as a backup.</source>
        <translation>Reservekopie van %1 teruggezet. De toestand daarvoor is als reservekopie bewaard.</translation>
    </message>
    <message>
        <source>Checklist %1 %2 (content reviewed up to %3) is installed. New assessments use version %4.</source>
        <translation>Checklist %1 %2 (inhoud bijgewerkt tot %3) is geïnstalleerd. Nieuwe beoordelingen gebruiken versie %4.</translation>
    </message>
    <message>
        <source>Checklist installed</source>
        <translation>Checklist geïnstalleerd</translation>
    </message>
    <message>
        <source>Install a checklist</source>
        <translation>Een checklist installeren</translation>
    </message>
    <message>
        <source>PartnerCheck checklists (*.toml);;All files (*)</source>
        <translation>PartnerCheck-checklists (*.toml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>There are backups of this database; the newest is from %1. You can put one back in its place: the file that cannot be opened is kept beside it under a new name, never deleted.</source>
        <translation>Er zijn reservekopieën van deze database; de nieuwste is van %1. U kunt er een terugzetten op zijn plaats: het bestand dat niet kan worden geopend, blijft ernaast bewaard onder een nieuwe naam en wordt nooit verwijderd.</translation>
    </message>
    <message>
        <source>&amp;Choose a backup…</source>
        <translation>&amp;Reservekopie kiezen…</translation>
    </message>
    <message>
        <source>Put the database back as it was on %1?

The file that cannot be opened is kept beside it under a new name, for IT to look at; it is not deleted.</source>
        <translation>De database terugzetten zoals hij was op %1?

Het bestand dat niet kan worden geopend, blijft ernaast bewaard onder een nieuwe naam, zodat IT ernaar kan kijken; het wordt niet verwijderd.</translation>
    </message>
    <message>
        <source>Backup of %1 restored. The damaged database was kept as %2.</source>
        <translation>Reservekopie van %1 teruggezet. De beschadigde database is bewaard als %2.</translation>
    </message>
    <message>
        <source>PartnerCheck assessment files and review packages (*.json *.partnercheck);;All files (*)</source>
        <translation>PartnerCheck-beoordelingsbestanden en reviewpakketten (*.json *.partnercheck);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1 – %2 is already here, unchanged.</source>
        <translation>%1 – %2 staat hier al, ongewijzigd.</translation>
    </message>
    <message>
        <source>Export for review</source>
        <translation>Exporteren voor toetsing</translation>
    </message>
    <message>
        <source>PartnerCheck review packages (*.partnercheck)</source>
        <translation>PartnerCheck-reviewpakketten (*.partnercheck)</translation>
    </message>
    <message>
        <source>Replaced the draft %1 – %2 with the file.</source>
        <translation>Het concept %1 – %2 is vervangen door het bestand.</translation>
    </message>
    <message>
        <source>“%1” is written, but another PartnerCheck will refuse it on import: this assessment is final, and its answer to question %2 does not fit the tie (it is meant for an older tie). Correct the tie&apos;s details, or the answer in a new revision, and export again.</source>
        <translation>“%1” is geschreven, maar een andere PartnerCheck weigert het bij het importeren: deze beoordeling is vastgesteld, en het antwoord op vraag %2 past niet bij de band (het is bedoeld voor een oudere band). Verbeter de gegevens van de band, of het antwoord in een nieuwe revisie, en exporteer opnieuw.</translation>
    </message>
    <message>
        <source>“%1” is written, but another PartnerCheck will refuse it on import: this assessment is final, and its answers to questions %2 do not fit the tie (they are meant for an older tie). Correct the tie&apos;s details, or the answers in a new revision, and export again.</source>
        <translation>“%1” is geschreven, maar een andere PartnerCheck weigert het bij het importeren: deze beoordeling is vastgesteld, en de antwoorden op de vragen %2 passen niet bij de band (ze zijn bedoeld voor een oudere band). Verbeter de gegevens van de band, of de antwoorden in een nieuwe revisie, en exporteer opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>Took in the reviewer&apos;s comments on %n theme(s) of %1 – %2.</source>
        <translation>
            <numerusform>De opmerking van de toetser bij één thema van %1 – %2 is overgenomen.</numerusform>
            <numerusform>De opmerkingen van de toetser bij %n thema&apos;s van %1 – %2 zijn overgenomen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaced the assessment in review %1 – %2 with the file.</source>
        <translation>De beoordeling ter toetsing %1 – %2 is vervangen door het bestand.</translation>
    </message>
    <message numerus="yes">
        <source>Encrypted review package written to %1 (%n evidence file(s))</source>
        <translation>
            <numerusform>Versleuteld reviewpakket opgeslagen als %1 (%n bewijsstuk)</numerusform>
            <numerusform>Versleuteld reviewpakket opgeslagen als %1 (%n bewijsstukken)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review package written to %1 (%n evidence file(s)), not encrypted</source>
        <translation>
            <numerusform>Reviewpakket opgeslagen als %1 (%n bewijsstuk), niet versleuteld</numerusform>
            <numerusform>Reviewpakket opgeslagen als %1 (%n bewijsstukken), niet versleuteld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported tie %1 with its events and %n assessment(s).</source>
        <translation>
            <numerusform>Band %1 geïmporteerd, met haar gebeurtenissen en %n beoordeling.</numerusform>
            <numerusform>Band %1 geïmporteerd, met haar gebeurtenissen en %n beoordelingen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../src/partnercheck/ui/history_text.py" line="96" />
        <source>Question %1</source>
        <translation>Vraag %1</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_text.py" line="109" />
        <source>Assessor</source>
        <translation>Beoordelaar</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_text.py" line="113" />
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_text.py" line="116" />
        <source>Reviewer</source>
        <translation>Toetser</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_text.py" line="118" />
        <location filename="../../src/partnercheck/ui/history_text.py" line="121" />
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_text.py" line="119" />
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_text.py" line="122" />
        <source>Moved to the bin</source>
        <translation>Naar de prullenbak verplaatst</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_text.py" line="122" />
        <source>Restored from the bin</source>
        <translation>Uit de prullenbak teruggezet</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_text.py" line="128" />
        <source>Set to %1</source>
        <translation>Ingevuld: %1</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_text.py" line="130" />
        <source>Cleared (was %1)</source>
        <translation>Gewist (was %1)</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_text.py" line="137" />
        <source>Answered: %1</source>
        <translation>Beantwoord: %1</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_text.py" line="139" />
        <source>Answer cleared (was: %1)</source>
        <translation>Antwoord gewist (was: %1)</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_text.py" line="140" />
        <source>Answer: %1</source>
        <translation>Antwoord: %1</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_text.py" line="145" />
        <source>Note added: %1</source>
        <translation>Notitie toegevoegd: %1</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_text.py" line="147" />
        <source>Note removed (was: %1)</source>
        <translation>Notitie verwijderd (was: %1)</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_text.py" line="148" />
        <location filename="../../src/partnercheck/ui/history_text.py" line="149" />
        <source>Note changed: %1</source>
        <translation>Notitie gewijzigd: %1</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_text.py" line="174" />
        <source>Dutch party</source>
        <translation>Nederlandse partij</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_text.py" line="175" />
        <source>Kind of Dutch party</source>
        <translation>Soort Nederlandse partij</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_text.py" line="176" />
        <source>Chinese partner</source>
        <translation>Chinese partner</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_text.py" line="177" />
        <source>Kind of Chinese partner</source>
        <translation>Soort Chinese partner</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_text.py" line="178" />
        <source>Status of the partnership</source>
        <translation>Status van het partnerschap</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_text.py" line="179" />
        <source>Partnership since</source>
        <translation>Partnerschap sinds</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_text.py" line="197" />
        <source>Action: %1</source>
        <translation>Actie: %1</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_text.py" line="199" />
        <source>Added to the action plan</source>
        <translation>Aan het actieplan toegevoegd</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_text.py" line="201" />
        <source>Removed from the action plan</source>
        <translation>Uit het actieplan verwijderd</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_text.py" line="205" />
        <location filename="../../src/partnercheck/ui/history_text.py" line="206" />
        <source>text changed, was %1</source>
        <translation>tekst gewijzigd, was %1</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_text.py" line="208" />
        <source>owner</source>
        <translation>actiehouder</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_text.py" line="209" />
        <source>due date</source>
        <translation>uiterste datum</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_text.py" line="210" />
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_text.py" line="217" />
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>Toetsing van %1</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>Onderbouwing: %1</translation>
    </message>
    <message>
        <source>Content replaced by the import of %1</source>
        <translation>Inhoud vervangen door de import van %1</translation>
    </message>
    <message>
        <source>Evidence attached: %1</source>
        <translation>Bewijsstuk toegevoegd: %1</translation>
    </message>
    <message>
        <source>Evidence moved to the bin: %1</source>
        <translation>Bewijsstuk naar de prullenbak: %1</translation>
    </message>
    <message>
        <source>Evidence restored: %1</source>
        <translation>Bewijsstuk teruggezet: %1</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Bewaarplicht</translation>
    </message>
    <message>
        <source>on hold: %1</source>
        <translation>bewaarplicht: %1</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>bewaarplicht</translation>
    </message>
    <message>
        <source>Review comments taken in from %1</source>
        <translation>Opmerkingen van de toetser overgenomen uit %1</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <location filename="../../src/partnercheck/ui/history_actions.py" line="50" />
        <source>History of question %1</source>
        <translation>Geschiedenis van vraag %1</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_actions.py" line="76" />
        <source>Assessment history</source>
        <translation>Geschiedenis van de beoordeling</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_actions.py" line="100" />
        <source>Nothing to compare with</source>
        <translation>Niets om mee te vergelijken</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_actions.py" line="102" />
        <source>There is no previous assessment of %1 – %2 to compare with.

A comparison needs an earlier revision of this assessment, or an earlier assessment of the same partnership (Assessment › Duplicate for re-assessment starts one).</source>
        <translation>Er is geen vorige beoordeling van %1 – %2 om mee te vergelijken.

Voor een vergelijking is een eerdere revisie van deze beoordeling nodig, of een eerdere beoordeling van hetzelfde partnerschap (Beoordeling › Dupliceren voor herbeoordeling begint er een).</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/partnercheck/ui/history_dialog.py" line="30" />
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_dialog.py" line="30" />
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_dialog.py" line="32" />
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_dialog.py" line="33" />
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_dialog.py" line="44" />
        <source>Changes, newest first</source>
        <translation>Wijzigingen, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/history_dialog.py" line="50" />
        <source>No changes have been recorded yet.</source>
        <translation>Er zijn nog geen wijzigingen vastgelegd.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first. Point at a change to read it in full.</source>
        <translation>
            <numerusform>Eén wijziging. Wijs haar aan om haar helemaal te lezen.</numerusform>
            <numerusform>%n wijzigingen, nieuwste eerst. Wijs een wijziging aan om haar helemaal te lezen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/partnercheck/ui/labels.py" line="26" />
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/labels.py" line="27" />
        <source>Medium</source>
        <translation>Middel</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/labels.py" line="28" />
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/labels.py" line="43" />
        <source>Not started</source>
        <translation>Niet begonnen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/labels.py" line="125" />
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/labels.py" line="126" />
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/labels.py" line="127" />
        <source>Dormant</source>
        <translation>Slapend</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/labels.py" line="128" />
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/labels.py" line="135" />
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/labels.py" line="136" />
        <source>In review</source>
        <translation>Ter toetsing</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/labels.py" line="137" />
        <source>Final</source>
        <translation>Vastgesteld</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/labels.py" line="141" />
        <source>(revision %1)</source>
        <translation>(revisie %1)</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/labels.py" line="147" />
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/labels.py" line="148" />
        <location filename="../../src/partnercheck/ui/labels.py" line="156" />
        <source>Province</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/labels.py" line="155" />
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/labels.py" line="157" />
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/labels.py" line="164" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/labels.py" line="165" />
        <source>In progress</source>
        <translation>In uitvoering</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/labels.py" line="166" />
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/labels.py" line="167" />
        <source>Dropped</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/labels.py" line="174" />
        <source>%1 of %2 (%3%)</source>
        <translation>%1 van %2 (%3%)</translation>
    </message>
    <message>
        <source>(provisionally %1)</source>
        <translation>(voorlopig %1)</translation>
    </message>
    <message>
        <source>Incomplete – no verdict yet</source>
        <translation>Onvolledig – nog geen oordeel</translation>
    </message>
    <message>
        <source>Provisionally %1</source>
        <translation>Voorlopig %1</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Onvolledig</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../src/partnercheck/ui/list_page.py" line="60" />
        <source>&amp;New assessment…</source>
        <translation>&amp;Nieuwe beoordeling…</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/list_page.py" line="64" />
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;lter:</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/list_page.py" line="66" />
        <source>Municipality, province, city or assessor</source>
        <translation>Gemeente, provincie, stad of beoordelaar</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/list_page.py" line="67" />
        <source>Filter by name</source>
        <translation>Filteren op naam</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/list_page.py" line="75" />
        <source>Filter by status</source>
        <translation>Filteren op status</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/list_page.py" line="76" />
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/list_page.py" line="82" />
        <source>Filter by level</source>
        <translation>Filteren op niveau</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/list_page.py" line="83" />
        <source>All levels</source>
        <translation>Alle niveaus</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/list_page.py" line="95" />
        <source>Assessments</source>
        <translation>Beoordelingen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/list_page.py" line="149" />
        <source>No assessments yet</source>
        <translation>Nog geen beoordelingen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/list_page.py" line="158" />
        <source>An assessment walks you through the due-diligence checklist for one partnership with a Chinese city or province. Everything you enter is saved at once; you can stop and continue later.</source>
        <translation>Een beoordeling leidt u door de due-diligencechecklist voor één partnerschap met een Chinese stad of provincie. Alles wat u invoert wordt meteen opgeslagen; u kunt stoppen en later verdergaan.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/list_page.py" line="192" />
        <source>No assessment matches the filter.</source>
        <translation>Geen beoordeling past bij het filter.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/list_page.py" line="133" />
        <source>Number of assessments</source>
        <translation>Aantal beoordelingen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/list_page.py" line="135" />
        <source>&amp;Bin…</source>
        <translation>&amp;Prullenbak…</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/list_page.py" line="136" />
        <source>Deleted assessments: restore them, or empty the bin</source>
        <translation>Verwijderde beoordelingen: terugzetten, of de prullenbak legen</translation>
    </message>
    <message>
        <source>&amp;Import an assessment file…</source>
        <translation>Een beoordelingsbestand &amp;importeren…</translation>
    </message>
    <message>
        <source>S&amp;tart a new assessment…</source>
        <translation>Een nieuwe beoordeling be&amp;ginnen…</translation>
    </message>
    <message>
        <source>Show &amp;all assessments</source>
        <translation>&amp;Alle beoordelingen tonen</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n beoordeling</numerusform>
            <numerusform>%n beoordelingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n assessment(s) shown</source>
        <translation>
            <numerusform>%1 van %n beoordeling getoond</numerusform>
            <numerusform>%1 van %n beoordelingen getoond</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the matches among %1 assessments…</source>
        <translation>De treffers onder %1 beoordelingen worden geteld…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/partnercheck/ui/main_window.py" line="96" />
        <source>no database open</source>
        <translation>geen database geopend</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/main_window.py" line="140" />
        <source>Opened %1</source>
        <translation>%1 geopend</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/main_window.py" line="208" />
        <source>Note not saved</source>
        <translation>Notitie niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/main_window.py" line="209" />
        <source>A note could not be saved (see the previous message). If you leave now, that text is lost.

Leave anyway?</source>
        <translation>Een notitie kon niet worden opgeslagen (zie de vorige melding). Als u nu weggaat, gaat die tekst verloren.

Toch weggaan?</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/main_window.py" line="249" />
        <source>Report not made</source>
        <translation>Rapport niet gemaakt</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/main_window.py" line="250" />
        <source>The report could not be made. Your assessment is unchanged.

Details: %1</source>
        <translation>Het rapport kon niet worden gemaakt. Uw beoordeling is ongewijzigd.

Details: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Read only: this database cannot be changed (%1). To work in it, copy it to a folder you may write to and open the copy.</source>
        <translation>Alleen lezen: deze database kan niet worden gewijzigd (%1). Wilt u erin werken, kopieer hem dan naar een map waarin u mag schrijven en open de kopie.</translation>
    </message>
    <message>
        <source>Network folder: this database is on a network share (%1). While it is open here, PartnerCheck holds it, so one PC at a time can work in it; others are told it is in use. Close it when you are done.</source>
        <translation>Netwerkmap: deze database staat op een netwerkschijf (%1). Zolang hij hier open is, houdt PartnerCheck hem vast: op één pc tegelijk kan erin worden gewerkt, anderen krijgen te horen dat hij in gebruik is. Sluit hem als u klaar bent.</translation>
    </message>
    <message>
        <source>every user of this computer</source>
        <translation>elke gebruiker van deze computer</translation>
    </message>
    <message>
        <source>the members of its group</source>
        <translation>de leden van de groep van het bestand</translation>
    </message>
    <message>
        <source>“%1” can be read by %2, and the database is not encrypted. Make it private: chmod 600 the file, chmod 700 its folder.</source>
        <translation>“%1” is leesbaar voor %2, en de database is niet versleuteld. Maak haar privé: chmod 600 op het bestand, chmod 700 op de map.</translation>
    </message>
    <message>
        <source>Which database?</source>
        <translation>Welke database?</translation>
    </message>
    <message>
        <source>PartnerCheck reopens the database used last time on this computer:
%1

If that is not your file (a shared computer), open your own default database instead:
%2</source>
        <translation>PartnerCheck opent opnieuw de database die de vorige keer op deze computer is gebruikt:
%1

Is dat niet uw bestand (een gedeelde computer), open dan uw eigen standaarddatabase:
%2</translation>
    </message>
    <message>
        <source>&amp;Reopen the last database</source>
        <translation>De vorige database &amp;opnieuw openen</translation>
    </message>
    <message>
        <source>Open the &amp;default database</source>
        <translation>De &amp;standaarddatabase openen</translation>
    </message>
    <message>
        <source>Ties due for review: %1.</source>
        <translation>Banden toe aan herbeoordeling: %1.</translation>
    </message>
    <message>
        <source>Sho&amp;w ties due</source>
        <translation>Banden &amp;tonen</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="37" />
        <source>Database busy</source>
        <translation>Database bezet</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="43" />
        <source>Disk full</source>
        <translation>Schijf vol</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="43" />
        <source>The disk is full, so the last change could not be saved. What you entered is still on screen. Free some disk space (or ask IT) and try again.</source>
        <translation>De schijf is vol, daarom kon de laatste wijziging niet worden opgeslagen. Wat u invoerde staat nog op het scherm. Maak ruimte vrij (of vraag ICT om hulp) en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="49" />
        <source>Database cannot be changed</source>
        <translation>Database kan niet worden gewijzigd</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="49" />
        <source>PartnerCheck may not write to the database file (it is read-only). What you entered is still on screen. Ask IT to check the file&apos;s permissions.</source>
        <translation>PartnerCheck mag niet in het databasebestand schrijven (het is alleen-lezen). Wat u invoerde staat nog op het scherm. Vraag ICT de rechten van het bestand na te kijken.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="55" />
        <source>Not a PartnerCheck database</source>
        <translation>Geen PartnerCheck-database</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="56" />
        <source>“%1” is not a PartnerCheck database. The file was left untouched.

%2</source>
        <translation>‘%1’ is geen PartnerCheck-database. Het bestand is niet gewijzigd.

%2</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="61" />
        <source>Damaged database</source>
        <translation>Beschadigde database</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="62" />
        <source>“%1” is damaged and cannot be read. The file was left untouched. Ask IT to restore a backup copy.

%2</source>
        <translation>‘%1’ is beschadigd en kan niet worden gelezen. Het bestand is niet gewijzigd. Vraag ICT een reservekopie terug te zetten.

%2</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="70" />
        <source>Database from a newer PartnerCheck</source>
        <translation>Database van een nieuwere PartnerCheck</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="71" />
        <source>“%1” was made by a newer version of PartnerCheck. The file was left untouched. Update PartnerCheck to open it.

%2</source>
        <translation>‘%1’ is gemaakt met een nieuwere versie van PartnerCheck. Het bestand is niet gewijzigd. Werk PartnerCheck bij om het te openen.

%2</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="79" />
        <source>Database cannot be opened</source>
        <translation>Database kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="80" />
        <source>“%1” cannot be opened. Check that the folder exists and that you may write to it.

%2</source>
        <translation>‘%1’ kan niet worden geopend. Controleer of de map bestaat en of u erin mag schrijven.

%2</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="88" />
        <source>Changed elsewhere</source>
        <translation>Elders gewijzigd</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="88" />
        <source>This answer was changed in another window or program in the meantime, so your change was not saved. The screen now shows the saved answer; text you typed in a note is still in the field. Check it, then choose or type again.</source>
        <translation>Dit antwoord is intussen in een ander venster of programma gewijzigd, daarom is uw wijziging niet opgeslagen. Het scherm toont nu het opgeslagen antwoord; tekst die u in een notitie typte staat nog in het veld. Controleer het en kies of typ opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="95" />
        <source>Assessment is final</source>
        <translation>Beoordeling is vastgesteld</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="95" />
        <source>This assessment is final and locked, so it cannot be changed. To change it, make a new revision (Assessment › New revision).</source>
        <translation>Deze beoordeling is vastgesteld en vergrendeld, en kan dus niet worden gewijzigd. Maak een nieuwe revisie om haar te wijzigen (Beoordeling › Nieuwe revisie).</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="100" />
        <source>Step not possible</source>
        <translation>Stap niet mogelijk</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="100" />
        <source>This step is not possible at the assessment&apos;s current stage; it may have been changed in another window. The screen now shows the current stage.</source>
        <translation>Deze stap is in de huidige fase van de beoordeling niet mogelijk; misschien is ze in een ander venster gewijzigd. Het scherm toont nu de huidige fase.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="106" />
        <source>Assessment deleted</source>
        <translation>Beoordeling verwijderd</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="106" />
        <source>This assessment has been deleted (it is in the bin). Restore it before changing it.</source>
        <translation>Deze beoordeling is verwijderd (ze staat in de prullenbak). Zet haar eerst terug voordat u haar wijzigt.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="110" />
        <source>Assessment not found</source>
        <translation>Beoordeling niet gevonden</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="110" />
        <source>This assessment is no longer in the database. It may have been deleted in another window.</source>
        <translation>Deze beoordeling staat niet meer in de database. Mogelijk is ze in een ander venster verwijderd.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="114" />
        <source>Database problem</source>
        <translation>Probleem met de database</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="115" />
        <source>The database reported a problem; the change was not saved.

Details: %1</source>
        <translation>De database meldde een probleem; de wijziging is niet opgeslagen.

Details: %1</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="118" />
        <source>File not imported</source>
        <translation>Bestand niet geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="120" />
        <source>File problem</source>
        <translation>Probleem met een bestand</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="121" />
        <source>“%1” could not be read or written: %2</source>
        <translation>‘%1’ kon niet worden gelezen of geschreven: %2</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="123" />
        <source>Unexpected problem</source>
        <translation>Onverwacht probleem</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="130" />
        <source>“%1” is not a PartnerCheck assessment file, or it is damaged.</source>
        <translation>‘%1’ is geen beoordelingsbestand van PartnerCheck, of het is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="133" />
        <source>“%1” was made by a newer version of PartnerCheck. Update PartnerCheck to import it.</source>
        <translation>‘%1’ is gemaakt met een nieuwere versie van PartnerCheck. Werk PartnerCheck bij om het te importeren.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="136" />
        <source>“%1” uses a checklist version this PartnerCheck does not have.</source>
        <translation>‘%1’ gebruikt een versie van de checklist die deze PartnerCheck niet heeft.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="138" />
        <source>“%1” contains information PartnerCheck cannot accept.</source>
        <translation>‘%1’ bevat gegevens die PartnerCheck niet kan aannemen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="139" />
        <source>Nothing was imported; your assessments are unchanged.</source>
        <translation>Er is niets geïmporteerd; uw beoordelingen zijn ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/messages.py" line="141" />
        <source>Details for whoever sent the file: %1</source>
        <translation>Details voor wie het bestand stuurde: %1</translation>
    </message>
    <message>
        <source>The database is in use by another window or program, so this could not be done yet. Nothing was changed, and what you entered is still on screen. Try again in a moment.</source>
        <translation>De database is in gebruik door een ander venster of programma, daarom kon dit nog niet worden gedaan. Er is niets gewijzigd en wat u invoerde staat nog op het scherm. Probeer het over een ogenblik opnieuw.</translation>
    </message>
    <message>
        <source>Disk error</source>
        <translation>Schijffout</translation>
    </message>
    <message>
        <source>The disk or network folder reported an error while reading or writing “%1”, so this could not be done. The database is not known to be damaged, and what you entered is still on screen. Check that the drive or network folder is available (a USB stick plugged in, the network connected), then try again.

%2</source>
        <translation>De schijf of netwerkmap meldde een fout bij het lezen of schrijven van ‘%1’, daarom kon dit niet worden gedaan. Voor zover bekend is de database niet beschadigd, en wat u invoerde staat nog op het scherm. Controleer of de schijf of netwerkmap bereikbaar is (USB-stick aangesloten, netwerk verbonden) en probeer het opnieuw.

%2</translation>
    </message>
    <message>
        <source>Empty file</source>
        <translation>Leeg bestand</translation>
    </message>
    <message>
        <source>“%1” is an empty file (0 bytes), not a PartnerCheck database; PartnerCheck did not make it. The file was left untouched. Open another database, or create a new one under another name.

%2</source>
        <translation>‘%1’ is een leeg bestand (0 bytes), geen PartnerCheck-database; PartnerCheck heeft het niet gemaakt. Het bestand is niet gewijzigd. Open een andere database, of maak een nieuwe onder een andere naam.

%2</translation>
    </message>
    <message>
        <source>Database not opened</source>
        <translation>Database niet geopend</translation>
    </message>
    <message>
        <source>“%1” was not opened: the journal file “%2” beside it does not belong to this database, and using it could spoil the data. Both files were left untouched. Keep both files as they are and ask IT to look at them.

%3</source>
        <translation>‘%1’ is niet geopend: het journaalbestand ‘%2’ ernaast hoort niet bij deze database, en het gebruiken zou de gegevens kunnen bederven. Beide bestanden zijn niet gewijzigd. Laat beide bestanden zoals ze zijn en vraag ICT ernaar te kijken.

%3</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>Reservekopie niet teruggezet</translation>
    </message>
    <message>
        <source>“%1” cannot be used to restore the database, so the database was not changed. Choose another backup.

Details: %2</source>
        <translation>‘%1’ kan niet worden gebruikt om de database terug te zetten, daarom is de database niet gewijzigd. Kies een andere reservekopie.

Details: %2</translation>
    </message>
    <message>
        <source>Checklist not installed</source>
        <translation>Checklist niet geïnstalleerd</translation>
    </message>
    <message>
        <source>Details for whoever made the file: %1</source>
        <translation>Details voor wie het bestand heeft gemaakt: %1</translation>
    </message>
    <message>
        <source>“%1” is not a checklist PartnerCheck can use. Nothing was installed.</source>
        <translation>„%1” is geen checklist die PartnerCheck kan gebruiken. Er is niets geïnstalleerd.</translation>
    </message>
    <message>
        <source>the drive, USB stick or network folder is read-only</source>
        <translation>de schijf, USB-stick of netwerkmap is alleen-lezen</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>de map is alleen-lezen</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>het bestand is alleen-lezen</translation>
    </message>
    <message>
        <source>Database is read only</source>
        <translation>Database is alleen-lezen</translation>
    </message>
    <message>
        <source>This database was opened read only (%1), so nothing can be changed in it; nothing was changed. To work in it, copy it to a folder you may write to and open the copy.

%2</source>
        <translation>Deze database is geopend om alleen te lezen (%1), dus er kan niets in worden gewijzigd; er is niets gewijzigd. Wilt u erin werken, kopieer hem dan naar een map waarin u mag schrijven en open de kopie.

%2</translation>
    </message>
    <message>
        <source>Database from an older PartnerCheck</source>
        <translation>Database van een oudere PartnerCheck</translation>
    </message>
    <message>
        <source>“%1” was made by an older version of PartnerCheck and must be upgraded before it can be read, but it cannot be changed where it is (%2). The file was left untouched. Copy it to a folder you may write to and open the copy.

%3</source>
        <translation>‘%1’ is gemaakt met een oudere versie van PartnerCheck en moet worden bijgewerkt voordat hij gelezen kan worden, maar hij kan op deze plek niet worden gewijzigd (%2). Het bestand is niet gewijzigd. Kopieer het naar een map waarin u mag schrijven en open de kopie.

%3</translation>
    </message>
    <message>
        <source>“%1” has an unfinished change in “%2” beside it, which cannot be completed where it is (%3). Both files were left untouched. Copy both to a folder you may write to and open the copy.

%4</source>
        <translation>Naast ‘%1’ staat in ‘%2’ een onvoltooide wijziging, die op deze plek niet kan worden afgerond (%3). Beide bestanden zijn niet gewijzigd. Kopieer ze allebei naar een map waarin u mag schrijven en open de kopie.

%4</translation>
    </message>
    <message>
        <source>The partnership details were changed in another window or program in the meantime, so your change was not saved. The screen now shows the saved details. Open the details again to make your change.</source>
        <translation>De gegevens van het partnerschap zijn intussen in een ander venster of programma gewijzigd, daarom is uw wijziging niet opgeslagen. Het scherm toont nu de opgeslagen gegevens. Open de gegevens opnieuw om uw wijziging te maken.</translation>
    </message>
    <message>
        <source>This action was changed or removed in another window or program in the meantime, so your change was not saved. The action plan now shows the saved actions. Check it, then make your change again.</source>
        <translation>Deze actie is intussen in een ander venster of programma gewijzigd of verwijderd, daarom is uw wijziging niet opgeslagen. Het actieplan toont nu de opgeslagen acties. Controleer het en maak uw wijziging opnieuw.</translation>
    </message>
    <message>
        <source>“%1” was encrypted by a newer PartnerCheck, or it is damaged. Nothing was imported.</source>
        <translation>“%1” is versleuteld door een nieuwere PartnerCheck, of het is beschadigd. Er is niets ingelezen.</translation>
    </message>
    <message>
        <source>“%1” cannot be decrypted: the passphrase is wrong, or the file was changed after it was encrypted. Nothing was imported.</source>
        <translation>“%1” kan niet worden ontsleuteld: de wachtwoordzin klopt niet, of het bestand is na het versleutelen gewijzigd. Er is niets ingelezen.</translation>
    </message>
    <message>
        <source>Tie not found</source>
        <translation>Band niet gevonden</translation>
    </message>
    <message>
        <source>This tie is no longer in the database. It may have been merged or removed in another window.</source>
        <translation>Deze band staat niet meer in de database. Misschien is hij in een ander venster samengevoegd of verwijderd.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (it is a folder, a pipe or a device). Choose a file.</source>
        <translation>“%1” is geen gewoon bestand (het is een map, een pipe of een apparaat). Kies een bestand.</translation>
    </message>
    <message>
        <source>“%1” is larger than PartnerCheck reads from a file of this kind. Nothing was read.</source>
        <translation>“%1” is groter dan PartnerCheck van een bestand van deze soort inleest. Er is niets ingelezen.</translation>
    </message>
    <message>
        <source>“%1” is larger than the %2 MiB PartnerCheck reads from a file of this kind. Nothing was read.</source>
        <translation>“%1” is groter dan de %2 MiB die PartnerCheck van dit soort bestand leest. Er is niets gelezen.</translation>
    </message>
    <message>
        <source>“%1” is a file PartnerCheck is using. Nothing was written over it: choose another name.</source>
        <translation>“%1” is een bestand dat PartnerCheck gebruikt. Er is niets overheen geschreven: kies een andere naam.</translation>
    </message>
    <message>
        <source>The details of this tie were changed in another window or program in the meantime, so your change was not saved. Open the tie again to see the saved details and make your change.</source>
        <translation>De gegevens van deze band zijn intussen in een ander venster of programma gewijzigd, dus uw wijziging is niet opgeslagen. Open de band opnieuw om de opgeslagen gegevens te zien en breng uw wijziging opnieuw aan.</translation>
    </message>
    <message>
        <source>Not every answer fits the tie</source>
        <translation>Niet elk antwoord past bij de band</translation>
    </message>
    <message>
        <source>The assessment cannot be approved: not every answer fits the tie (see %1). An answer meant for an older tie than this one must be corrected, or the tie&apos;s year, before the assessment is made final; in review the answers are locked, so set it back to draft (Back to draft) first.</source>
        <translation>De beoordeling kan niet worden vastgesteld: niet elk antwoord past bij de band (zie %1). Een antwoord dat bedoeld is voor een oudere band dan deze moet eerst worden verbeterd, of het jaar van de band, voordat de beoordeling wordt vastgesteld; tijdens de toetsing zijn de antwoorden vergrendeld, dus zet haar eerst terug naar concept (Terug naar concept).</translation>
    </message>
    <message>
        <source>“%1” holds a final assessment whose answer to question %2, “%3”, does not fit the tie: it is meant for a tie entered before %4, and this tie is only proposed. PartnerCheck does not approve such an assessment, so it does not take it in as approved either; ask the sender to correct the answer or the tie&apos;s details.</source>
        <translation>‘%1’ bevat een definitieve beoordeling waarvan het antwoord op vraag %2, ‘%3’, niet bij de band past: het is bedoeld voor een band die vóór %4 is aangegaan, en deze band is nog maar voorgesteld. PartnerCheck keurt zo&apos;n beoordeling niet goed, en neemt haar dus ook niet als goedgekeurd op; vraag de afzender het antwoord of de gegevens van de band te verbeteren.</translation>
    </message>
    <message>
        <source>“%1” holds a final assessment whose answer to question %2, “%3”, does not fit the tie: it is meant for a tie entered before %4, and this tie dates from %5. PartnerCheck does not approve such an assessment, so it does not take it in as approved either; ask the sender to correct the answer or the tie&apos;s year.</source>
        <translation>‘%1’ bevat een definitieve beoordeling waarvan het antwoord op vraag %2, ‘%3’, niet bij de band past: het is bedoeld voor een band die vóór %4 is aangegaan, en deze band dateert van %5. PartnerCheck keurt zo&apos;n beoordeling niet goed, en neemt haar dus ook niet als goedgekeurd op; vraag de afzender het antwoord of het jaar van de band te verbeteren.</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>Reservekopie niet gemaakt</translation>
    </message>
    <message>
        <source>it is a file, not a folder: move or rename that file</source>
        <translation>het is een bestand, geen map: verplaats dat bestand of geef het een andere naam</translation>
    </message>
    <message>
        <source>you may not write there</source>
        <translation>u mag daar niet schrijven</translation>
    </message>
    <message>
        <source>No backup could be made in the folder “%1” (%2), so nothing was changed: the database is as it was. Check that the folder exists and that you may write to it, then try again.

%3</source>
        <translation>In de map ‘%1’ kon geen reservekopie worden gemaakt (%2); er is dus niets gewijzigd: de database is zoals hij was. Controleer of de map bestaat en of u erin mag schrijven, en probeer het opnieuw.

%3</translation>
    </message>
    <message>
        <source>“%1” is read-only; choose another name. Nothing was written.</source>
        <translation>“%1” is alleen-lezen; kies een andere naam. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>The disk is full, so the database “%1” could not be created; nothing of it was left behind. Free some disk space (or ask IT) and try again.</source>
        <translation>De schijf is vol, daarom kon de database “%1” niet worden gemaakt; er is niets van achtergebleven. Maak ruimte vrij (of vraag ICT om hulp) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>“%1” was not opened: “%2” beside it is a link to another file, which SQLite does not follow. The database was left untouched. Move “%2” out of the way (it holds no data) and try again.</source>
        <translation>“%1” is niet geopend: “%2” ernaast is een koppeling naar een ander bestand, die SQLite niet volgt. De database is niet aangeraakt. Zet “%2” ergens anders neer (er staan geen gegevens in) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>“%1” was not opened: “%2” beside it is not a regular file (it is a folder, a pipe or a device), and SQLite keeps a file of its own there. The database was left untouched. Move “%2” out of the way (it holds no data) and try again.</source>
        <translation>“%1” is niet geopend: “%2” ernaast is geen gewoon bestand (het is een map, een pipe of een apparaat), en SQLite houdt daar een eigen bestand bij. De database is niet aangeraakt. Zet “%2” ergens anders neer (er staan geen gegevens in) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>it is a link that leads to no folder (its target is gone, or it points to itself): remove the link</source>
        <translation>het is een koppeling die naar geen map leidt (het doel is weg, of ze verwijst naar zichzelf): verwijder de koppeling</translation>
    </message>
    <message>
        <source>“%1” is not a database file: it is a folder, a pipe or a device. Nothing was opened or changed. Open a PartnerCheck database file instead.

%2</source>
        <translation>“%1” is geen databasebestand: het is een map, een pipe of een apparaat. Er is niets geopend of gewijzigd. Open in plaats daarvan een PartnerCheck-databasebestand.

%2</translation>
    </message>
    <message>
        <source>The backups in the folder “%1” cannot be listed: %2.</source>
        <translation>De reservekopieën in de map ‘%1’ kunnen niet worden getoond: %2.</translation>
    </message>
    <message>
        <source>you may not read there</source>
        <translation>u mag daar niet lezen</translation>
    </message>
    <message>
        <source>it is a link to a folder that is not there</source>
        <translation>het is een koppeling naar een map die er niet is</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Gevonden: %1</translation>
    </message>
</context>
<context>
    <name>PartnershipDialog</name>
    <message>
        <location filename="../../src/partnercheck/ui/partnership_dialog.py" line="63" />
        <source>Partnership details</source>
        <translation>Gegevens van het partnerschap</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/partnership_dialog.py" line="63" />
        <source>New assessment</source>
        <translation>Nieuwe beoordeling</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/partnership_dialog.py" line="68" />
        <source>Which partnership do you want to assess? Start typing to choose one PartnerCheck knows, or fill in the fields.</source>
        <translation>Welk partnerschap wilt u beoordelen? Begin te typen om er een te kiezen dat PartnerCheck kent, of vul de velden in.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/partnership_dialog.py" line="70" />
        <source>Correct the partnership details. The answers stay as they are.</source>
        <translation>Verbeter de gegevens van het partnerschap. De antwoorden blijven zoals ze zijn.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/partnership_dialog.py" line="80" />
        <source>e.g. Breda or Yangzhou</source>
        <translation>bijv. Breda of Yangzhou</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/partnership_dialog.py" line="81" />
        <source>Known partnership</source>
        <translation>Bekend partnerschap</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/partnership_dialog.py" line="88" />
        <source>&amp;Known partnership:</source>
        <translation>&amp;Bekend partnerschap:</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/partnership_dialog.py" line="98" />
        <source>Dutch party</source>
        <translation>Nederlandse partij</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/partnership_dialog.py" line="99" />
        <source>e.g. Gemeente Breda</source>
        <translation>bijv. Gemeente Breda</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/partnership_dialog.py" line="101" />
        <source>&amp;Dutch party:</source>
        <translation>&amp;Nederlandse partij:</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/partnership_dialog.py" line="104" />
        <source>Kind of Dutch party</source>
        <translation>Soort Nederlandse partij</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/partnership_dialog.py" line="107" />
        <source>Kind of Dutch &amp;party:</source>
        <translation>Soort Nederlandse &amp;partij:</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/partnership_dialog.py" line="110" />
        <source>Chinese counterpart</source>
        <translation>Chinese partner</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/partnership_dialog.py" line="111" />
        <source>e.g. Yangzhou</source>
        <translation>bijv. Yangzhou</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/partnership_dialog.py" line="114" />
        <source>&amp;Chinese counterpart:</source>
        <translation>&amp;Chinese partner:</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/partnership_dialog.py" line="117" />
        <source>Kind of counterpart</source>
        <translation>Soort Chinese partner</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/partnership_dialog.py" line="120" />
        <source>Kind of c&amp;ounterpart:</source>
        <translation>Soort Chinese pa&amp;rtner:</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/partnership_dialog.py" line="123" />
        <source>Status of the partnership</source>
        <translation>Status van het partnerschap</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/partnership_dialog.py" line="126" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/partnership_dialog.py" line="129" />
        <source>Partnership since (year)</source>
        <translation>Partnerschap sinds (jaar)</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/partnership_dialog.py" line="131" />
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/partnership_dialog.py" line="133" />
        <source>The year the partnership began; leave at “not known” if you are unsure.</source>
        <translation>Het jaar waarin het partnerschap begon; laat op ‘onbekend’ staan als u het niet zeker weet.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/partnership_dialog.py" line="134" />
        <source>Si&amp;nce (year):</source>
        <translation>Sin&amp;ds (jaar):</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/partnership_dialog.py" line="137" />
        <source>Assessor</source>
        <translation>Beoordelaar</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/partnership_dialog.py" line="138" />
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/partnership_dialog.py" line="139" />
        <source>&amp;Assessor:</source>
        <translation>Beoorde&amp;laar:</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/partnership_dialog.py" line="151" />
        <source>Save details</source>
        <translation>Gegevens opslaan</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/partnership_dialog.py" line="151" />
        <source>Start assessment</source>
        <translation>Beoordeling beginnen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/partnership_dialog.py" line="189" />
        <source>Source: %1 (as of %2)</source>
        <translation>Bron: %1 (stand van %2)</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/partnership_dialog.py" line="192" />
        <source>The status is inferred: the source does not state it.</source>
        <translation>De status is afgeleid: de bron vermeldt die niet.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/partnership_dialog.py" line="249" />
        <source>Fill in both the Dutch party and the Chinese counterpart.</source>
        <translation>Vul zowel de Nederlandse partij als de Chinese partner in.</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>A new tie</source>
        <translation>Een nieuwe band</translation>
    </message>
    <message>
        <source>&amp;Tie:</source>
        <translation>B&amp;and:</translation>
    </message>
</context>
<context>
    <name>QuestionListModel</name>
    <message>
        <location filename="../../src/partnercheck/ui/theme_models.py" line="119" />
        <source>Answered: %1</source>
        <translation>Beantwoord: %1</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/theme_models.py" line="120" />
        <source>Not answered yet</source>
        <translation>Nog niet beantwoord</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/theme_models.py" line="122" />
        <source>answered</source>
        <translation>beantwoord</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/theme_models.py" line="122" />
        <source>not answered</source>
        <translation>niet beantwoord</translation>
    </message>
</context>
<context>
    <name>RecommendationModel</name>
    <message>
        <location filename="../../src/partnercheck/ui/result_models.py" line="123" />
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/result_models.py" line="124" />
        <source>Yes (%1)</source>
        <translation>Ja (%1)</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/result_models.py" line="129" />
        <source>Recommended measure</source>
        <translation>Aanbevolen maatregel</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/result_models.py" line="130" />
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/result_models.py" line="131" />
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/result_models.py" line="132" />
        <source>In action plan</source>
        <translation>In actieplan</translation>
    </message>
</context>
<context>
    <name>RedFlagModel</name>
    <message>
        <location filename="../../src/partnercheck/ui/result_models.py" line="76" />
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/result_models.py" line="77" />
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/result_models.py" line="79" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../src/partnercheck/ui/report_page.py" line="155" />
        <source>Report &amp;language:</source>
        <translation>Taal &amp;van het rapport:</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/report_page.py" line="157" />
        <source>Report language</source>
        <translation>Taal van het rapport</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/report_page.py" line="164" />
        <source>&amp;Generate report</source>
        <translation>Rapport &amp;maken</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/report_page.py" line="168" />
        <source>Report progress</source>
        <translation>Voortgang van het rapport</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/report_page.py" line="175" />
        <source>Pr&amp;int…</source>
        <translation>Afdru&amp;kken…</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/report_page.py" line="188" />
        <source>Generate the advice report to preview it here. It contains the levels per theme, the red flags, the recommended measures, your notes and the action plan.</source>
        <translation>Maak het adviesrapport om het hier te bekijken. Het bevat de niveaus per thema, de rode vlaggen, de aanbevolen maatregelen, uw notities en het actieplan.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/report_page.py" line="223" />
        <source>Making the report…</source>
        <translation>Het rapport wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/report_page.py" line="249" />
        <source>Report ready (%1). Save it as PDF or print it.</source>
        <translation>Rapport klaar (%1). Sla het op als PDF of druk het af.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/report_page.py" line="253" />
        <source>The report could not be made.</source>
        <translation>Het rapport kon niet worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/report_page.py" line="258" />
        <source>The assessment has changed since this report was made. Generate it again.</source>
        <translation>De beoordeling is gewijzigd sinds dit rapport werd gemaakt. Maak het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/report_page.py" line="274" />
        <source>Report preview</source>
        <translation>Voorbeeld van het rapport</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/report_page.py" line="308" />
        <source>Save report as PDF</source>
        <translation>Rapport opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/report_page.py" line="308" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/report_page.py" line="324" />
        <source>Saved as %1</source>
        <translation>Opgeslagen als %1</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/report_page.py" line="335" />
        <source>Printing the report…</source>
        <translation>Het rapport wordt afgedrukt…</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/report_page.py" line="335" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/report_page.py" line="336" />
        <source>Printing</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/report_page.py" line="341" />
        <source>Printing page %1 of %2…</source>
        <translation>Pagina %1 van %2 wordt afgedrukt…</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/report_page.py" line="353" />
        <source>Printing cancelled after %1 pages.</source>
        <translation>Afdrukken na %1 pagina's geannuleerd.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/report_page.py" line="355" />
        <source>Sent %1 pages to the printer.</source>
        <translation>%1 pagina&apos;s naar de printer gestuurd.</translation>
    </message>
    <message>
        <source>Sav&amp;e as PDF…</source>
        <translation>&amp;Opslaan als PDF…</translation>
    </message>
    <message>
        <source>Versi&amp;on:</source>
        <translation>We&amp;lk rapport:</translation>
    </message>
    <message>
        <source>Report version</source>
        <translation>Versie van het rapport</translation>
    </message>
    <message>
        <source>Full report</source>
        <translation>Volledig rapport</translation>
    </message>
    <message>
        <source>Summary for the board</source>
        <translation>Samenvatting voor het bestuur</translation>
    </message>
    <message>
        <source>Public version</source>
        <translation>Openbare versie</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>Bestands&amp;indeling:</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Bestandsindeling</translation>
    </message>
    <message>
        <source>Word draft</source>
        <translation>Word-concept</translation>
    </message>
    <message>
        <source>&amp;Names and roles…</source>
        <translation>&amp;Namen en functies…</translation>
    </message>
    <message>
        <source>The role printed instead of each official&apos;s name in the public version</source>
        <translation>De functie die de openbare versie drukt in plaats van de naam van een ambtenaar</translation>
    </message>
    <message>
        <source>Save as Word draft</source>
        <translation>Opslaan als Word-concept</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-documenten (*.docx)</translation>
    </message>
    <message>
        <source>Sav&amp;e as Word draft…</source>
        <translation>&amp;Opslaan als Word-concept…</translation>
    </message>
    <message>
        <source>Report ready (%1). Save it as a Word draft to edit it, or print this preview.</source>
        <translation>Rapport klaar (%1). Sla het op als Word-concept om het te bewerken, of druk dit voorbeeld af.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../src/partnercheck/ui/result_page.py" line="67" />
        <source>Overall level</source>
        <translation>Totaalniveau</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/result_page.py" line="73" />
        <source>Compare &amp;with previous…</source>
        <translation>Vergelij&amp;ken met vorige…</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/result_page.py" line="74" />
        <source>What changed since the previous assessment or revision of this partnership</source>
        <translation>Wat er veranderde sinds de vorige beoordeling of revisie van dit partnerschap</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/result_page.py" line="83" />
        <location filename="../../src/partnercheck/ui/result_page.py" line="86" />
        <source>Levels per theme</source>
        <translation>Niveaus per thema</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/result_page.py" line="93" />
        <source>Double-click or press Enter to walk this theme</source>
        <translation>Dubbelklik of druk op Enter om dit thema door te lopen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/result_page.py" line="100" />
        <location filename="../../src/partnercheck/ui/result_page.py" line="105" />
        <source>Red flags</source>
        <translation>Rode vlaggen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/result_page.py" line="102" />
        <source>No red flags among the answers given so far.</source>
        <translation>Geen rode vlaggen bij de antwoorden tot nu toe.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/result_page.py" line="114" />
        <source>Double-click or press Enter to go to the question</source>
        <translation>Dubbelklik of druk op Enter om naar de vraag te gaan</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/result_page.py" line="118" />
        <location filename="../../src/partnercheck/ui/result_page.py" line="123" />
        <source>Recommended measures</source>
        <translation>Aanbevolen maatregelen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/result_page.py" line="120" />
        <source>No measures recommended by the answers given so far.</source>
        <translation>Geen aanbevolen maatregelen bij de antwoorden tot nu toe.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/result_page.py" line="134" />
        <source>T&amp;urn into action…</source>
        <translation>&amp;Zet om in actie…</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/result_page.py" line="135" />
        <source>Add the selected measure to the action plan, with an owner and a due date</source>
        <translation>De gekozen maatregel aan het actieplan toevoegen, met een actiehouder en een uiterste datum</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/result_page.py" line="170" />
        <source>Questions answered: %1.</source>
        <translation>Vragen beantwoord: %1.</translation>
    </message>
    <message>
        <source>Answered &quot;don&apos;t know&quot;: %1.</source>
        <translation>Beantwoord met ‘weet niet’: %1.</translation>
    </message>
    <message>
        <source>Until every question is answered there is no verdict, and the report is a draft.</source>
        <translation>Zolang niet elke vraag is beantwoord, is er geen oordeel en is het rapport een concept.</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Oordeel: %1</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>Until every question is answered the report is a draft.</source>
        <translation>Zolang niet elke vraag is beantwoord, is het rapport een concept.</translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <location filename="../../src/partnercheck/ui/save_indicator.py" line="20" />
        <source>Save state</source>
        <translation>Opslagstatus</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/save_indicator.py" line="27" />
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/save_indicator.py" line="33" />
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/save_indicator.py" line="34" />
        <source>Every change is saved as you make it.</source>
        <translation>Elke wijziging wordt opgeslagen zodra u haar maakt.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/save_indicator.py" line="41" />
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/save_indicator.py" line="42" />
        <source>The last change could not be saved. What you entered is still on screen.</source>
        <translation>De laatste wijziging kon niet worden opgeslagen. Wat u invoerde staat nog op het scherm.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/partnercheck/ui/dialogs.py" line="29" />
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/dialogs.py" line="36" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/dialogs.py" line="37" />
        <source>Same as the computer</source>
        <translation>Zoals de computer</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/dialogs.py" line="41" />
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/dialogs.py" line="47" />
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/dialogs.py" line="48" />
        <source>Filled in as assessor of new assessments</source>
        <translation>Wordt ingevuld als beoordelaar van nieuwe beoordelingen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/dialogs.py" line="49" />
        <source>Your &amp;name:</source>
        <translation>Uw &amp;naam:</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/dialogs.py" line="52" />
        <source>Default report language</source>
        <translation>Standaardtaal van het rapport</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/dialogs.py" line="53" />
        <source>Same as the window</source>
        <translation>Zoals het venster</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/dialogs.py" line="57" />
        <source>&amp;Report language:</source>
        <translation>&amp;Rapporttaal:</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/dialogs.py" line="42" />
        <source>The language of the window and of the checklist. It changes at once when you press OK.</source>
        <translation>De taal van het venster en van de checklist. Een wijziging gaat meteen in wanneer u op OK drukt.</translation>
    </message>
</context>
<context>
    <name>SignoffActions</name>
    <message>
        <location filename="../../src/partnercheck/ui/signoff_actions.py" line="46" />
        <source>Sent for review. Approving it (Assessment › Approve) makes it final.</source>
        <translation>Ter toetsing aangeboden. Na de toetsing maakt Beoordeling › Vaststellen de beoordeling definitief.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/signoff_actions.py" line="53" />
        <source>Back to draft: the assessment can be changed again.</source>
        <translation>Terug naar concept: de beoordeling kan weer worden gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/signoff_actions.py" line="89" />
        <source>Approved by %1. The assessment is final and locked.</source>
        <translation>Vastgesteld door %1. De beoordeling is definitief en vergrendeld.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/signoff_actions.py" line="103" />
        <source>New revision made. The final version is unchanged.</source>
        <translation>Nieuwe revisie gemaakt. De vastgestelde versie is ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/signoff_actions.py" line="126" />
        <source>Not every question is answered</source>
        <translation>Niet elke vraag is beantwoord</translation>
    </message>
    <message>
        <source>Send for review?</source>
        <translation>Ter toetsing aanbieden?</translation>
    </message>
    <message>
        <source>While the assessment is in review its answers, notes, details and action plan are locked. Back to draft unlocks them.</source>
        <translation>Zolang de beoordeling ter toetsing ligt, zijn de antwoorden, notities, gegevens en het actieplan vergrendeld. Terug naar concept ontgrendelt ze.</translation>
    </message>
    <message>
        <source>Send for &amp;review</source>
        <translation>Ter toetsing aan&amp;bieden</translation>
    </message>
    <message>
        <source>Back to draft?</source>
        <translation>Terug naar concept?</translation>
    </message>
    <message>
        <source>The assessment leaves review and can be changed again. It must be sent for review again before it can be approved.</source>
        <translation>De beoordeling komt terug uit de toetsing en kan weer worden gewijzigd. Voordat ze kan worden vastgesteld, moet ze opnieuw ter toetsing worden aangeboden.</translation>
    </message>
    <message>
        <source>Back to &amp;draft</source>
        <translation>Terug naar &amp;concept</translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation>&amp;Bijwerken</translation>
    </message>
    <message>
        <source>Start a new revision on checklist %1? Unchanged questions keep their answers; changed ones start open, the old answer in their note.</source>
        <translation>Een nieuwe revisie beginnen op checklist %1? Ongewijzigde vragen houden hun antwoord; gewijzigde vragen staan weer open, met het oude antwoord in de notitie.</translation>
    </message>
    <message>
        <source>Upgrade to the newest checklist</source>
        <translation>Bijwerken naar de nieuwste checklist</translation>
    </message>
    <message>
        <source>Upgraded to checklist %1</source>
        <translation>Bijgewerkt naar checklist %1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still need an answer before it can be approved.</source>
        <translation>
            <numerusform>Eén vraag heeft nog een antwoord nodig voordat ze kan worden vastgesteld.</numerusform>
            <numerusform>%n vragen hebben nog een antwoord nodig voordat ze kan worden vastgesteld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The assessment cannot be approved yet: %n of the %2 questions have no answer. Every question needs one; “Don&apos;t know” is an answer too.

Go to the first unanswered question (%3)?</source>
        <translation>
            <numerusform>De beoordeling kan nog niet worden vastgesteld: een van de %2 vragen heeft geen antwoord. Elke vraag heeft er een nodig; ‘Weet niet / onbekend’ is ook een antwoord.

Naar deze vraag gaan (%3)?</numerusform>
            <numerusform>De beoordeling kan nog niet worden vastgesteld: %n van de %2 vragen hebben geen antwoord. Elke vraag heeft er een nodig; ‘Weet niet / onbekend’ is ook een antwoord.

Naar de eerste onbeantwoorde vraag gaan (%3)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The assessment cannot be approved yet: %n answer(s) do not fit the tie (questions %2): each is meant for an older tie than this one. The answers are locked in review: set the assessment back to draft (Back to draft) first, then correct the answer(s) or the tie&apos;s year and send it for review again; the warning under each answer says why.

Go to the first of them (%3)?</source>
        <translation>
            <numerusform>De beoordeling kan nog niet worden vastgesteld: het antwoord op vraag %2 past niet bij de band: het is bedoeld voor een oudere band dan deze. Tijdens de toetsing zijn de antwoorden vergrendeld: zet de beoordeling eerst terug naar concept (Terug naar concept), verbeter dan het antwoord of het jaar van de band en bied haar opnieuw ter toetsing aan; de waarschuwing onder het antwoord zegt waarom.

Naar deze vraag gaan (%3)?</numerusform>
            <numerusform>De beoordeling kan nog niet worden vastgesteld: %n antwoorden passen niet bij de band (vragen %2): elk is bedoeld voor een oudere band dan deze. Tijdens de toetsing zijn de antwoorden vergrendeld: zet de beoordeling eerst terug naar concept (Terug naar concept), verbeter dan de antwoorden of het jaar van de band en bied haar opnieuw ter toetsing aan; de waarschuwing onder elk antwoord zegt waarom.

Naar de eerste daarvan gaan (%3)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every answer fits the tie</source>
        <translation>Niet elk antwoord past bij de band</translation>
    </message>
</context>
<context>
    <name>StateBadge</name>
    <message>
        <location filename="../../src/partnercheck/ui/signoff.py" line="38" />
        <source>Stage: %1</source>
        <translation>Fase: %1</translation>
    </message>
</context>
<context>
    <name>ThemeProgressModel</name>
    <message>
        <location filename="../../src/partnercheck/ui/theme_models.py" line="65" />
        <source>%1: %2 of %3 questions answered; level %4</source>
        <translation>%1: %2 van %3 vragen beantwoord; niveau %4</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/theme_models.py" line="76" />
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/theme_models.py" line="76" />
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/theme_models.py" line="76" />
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Toetsing</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Nog niet getoetst</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="41" />
        <source>&amp;New assessment…</source>
        <translation>&amp;Nieuwe beoordeling…</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="42" />
        <source>&amp;Import assessment file…</source>
        <translation>Beoordelingsbestand &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="43" />
        <source>&amp;Export assessment file…</source>
        <translation>Beoordelingsbestand &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="44" />
        <source>&amp;Open database…</source>
        <translation>Database &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="45" />
        <source>New &amp;database…</source>
        <translation>Nieuwe &amp;database…</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="46" />
        <source>&amp;Bin…</source>
        <translation>&amp;Prullenbak…</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="47" />
        <source>Restore a bac&amp;kup…</source>
        <translation>Reservekopie &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="48" />
        <source>&amp;Settings…</source>
        <translation>Instellin&amp;gen…</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="49" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="50" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="66" />
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="67" />
        <source>Edit &amp;details…</source>
        <translation>&amp;Gegevens wijzigen…</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="68" />
        <source>D&amp;uplicate for re-assessment</source>
        <translation>&amp;Dupliceren voor herbeoordeling</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="69" />
        <source>De&amp;lete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="70" />
        <source>&amp;Undo delete</source>
        <translation>Verwijderen &amp;ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="71" />
        <source>New &amp;revision</source>
        <translation>Nieuwe &amp;revisie</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="72" />
        <source>&amp;Back to all assessments</source>
        <translation>&amp;Terug naar alle beoordelingen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="73" />
        <source>Send for re&amp;view</source>
        <translation>Ter toetsing aan&amp;bieden</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="74" />
        <source>Bac&amp;k to draft</source>
        <translation>Terug naar &amp;concept</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="75" />
        <source>&amp;Approve (make final)…</source>
        <translation>Vast&amp;stellen (definitief maken)…</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="76" />
        <source>Compare &amp;with previous…</source>
        <translation>Vergelij&amp;ken met vorige…</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="77" />
        <source>Assessment histor&amp;y…</source>
        <translation>Geschiedenis van de beoorde&amp;ling…</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="78" />
        <source>Question h&amp;istory…</source>
        <translation>Geschiedenis van de&amp;ze vraag…</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="79" />
        <source>A&amp;ssessment</source>
        <translation>B&amp;eoordeling</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="94" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="95" />
        <source>&amp;About PartnerCheck</source>
        <translation>&amp;Over PartnerCheck</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="96" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="129" />
        <source>Choose answer 1, 2, 3 …</source>
        <translation>Antwoord 1, 2, 3 … kiezen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="130" />
        <source>Next / previous question</source>
        <translation>Volgende / vorige vraag</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="131" />
        <source>Next / previous theme</source>
        <translation>Volgend / vorig thema</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="132" />
        <source>Next question without an answer</source>
        <translation>Volgende vraag zonder antwoord</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="133" />
        <source>Go to the notes</source>
        <translation>Naar de notities</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="134" />
        <source>Show or hide the guidance</source>
        <translation>Uitleg tonen of verbergen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="135" />
        <source>Checklist, result, action plan, report</source>
        <translation>Checklist, resultaat, actieplan, rapport</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="136" />
        <source>Open the selected assessment</source>
        <translation>De gekozen beoordeling openen</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="140" />
        <source>Delete the selected assessment (asks first)</source>
        <translation>De gekozen beoordeling verwijderen (vraagt eerst)</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="140" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="144" />
        <source>Compare with the previous assessment</source>
        <translation>Vergelijken met de vorige beoordeling</translation>
    </message>
    <message>
        <location filename="../../src/partnercheck/ui/menus.py" line="147" />
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>After the last question: the result, or a question still open</source>
        <translation>Na de laatste vraag: het resultaat, of een vraag die nog open is</translation>
    </message>
    <message>
        <source>Ctrl+↓ / Ctrl+↑  (or %1 / %2)</source>
        <translation>Ctrl+↓ / Ctrl+↑  (of %1 / %2)</translation>
    </message>
    <message>
        <source>From the notes back to the answers</source>
        <translation>Van de notities terug naar de antwoorden</translation>
    </message>
    <message>
        <source>Send for review, back to draft, approve (each asks first)</source>
        <translation>Ter toetsing aanbieden, terug naar concept, vaststellen (elk vraagt eerst)</translation>
    </message>
    <message>
        <source>Ins&amp;tall a checklist…</source>
        <translation>Checklist insta&amp;lleren…</translation>
    </message>
    <message>
        <source>Up&amp;grade to the newest checklist…</source>
        <translation>Bij&amp;werken naar de nieuwste checklist…</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Logmap openen</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Recente databases</translation>
    </message>
    <message>
        <source>In review, on the result: agreed, change needed, comment, save</source>
        <translation>Ter toetsing, op het resultaat: akkoord, aanpassen, opmerking, opslaan</translation>
    </message>
    <message>
        <source>P&amp;ublish register…</source>
        <translation>Openbaar register p&amp;ubliceren…</translation>
    </message>
    <message>
        <source>Approve &amp;publication…</source>
        <translation>O&amp;penbaarmaking vaststellen…</translation>
    </message>
    <message>
        <source>E&amp;xport for review…</source>
        <translation>E&amp;xporteren voor toetsing…</translation>
    </message>
    <message>
        <source>Portfo&amp;lio of ties…</source>
        <translation>Portefeuille van &amp;banden…</translation>
    </message>
    <message>
        <source>Ties due for re&amp;view…</source>
        <translation>Banden toe aan &amp;herbeoordeling…</translation>
    </message>
    <message>
        <source>The answer&apos;s basis: document, conversation, public source, assumption</source>
        <translation>Onderbouwing van het antwoord: document, gesprek, openbare bron, aanname</translation>
    </message>
    <message>
        <source>Attach a document to the answer</source>
        <translation>Een bijlage aan het antwoord toevoegen</translation>
    </message>
    <message>
        <source>Evidence file: open it / move it to the bin</source>
        <translation>Bewijsstuk: openen / naar de prullenbak</translation>
    </message>
    <message>
        <source>Enter / Delete</source>
        <translation>Enter / Delete</translation>
    </message>
    <message>
        <source>Legal &amp;hold…</source>
        <translation>Bewaarplic&amp;ht…</translation>
    </message>
    <message>
        <source>Report: show or hide its options</source>
        <translation>Rapport: keuzes tonen of verbergen</translation>
    </message>
    <message>
        <source>The list&apos;s menu: reset column widths</source>
        <translation>Menu van de lijst: kolombreedtes herstellen</translation>
    </message>
    <message>
        <source>Menu key / Shift+F10</source>
        <translation>Menutoets / Shift+F10</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>Menu commands</source>
        <translation>Opdrachten in de menu&apos;s</translation>
    </message>
    <message>
        <source>On an assessment</source>
        <translation>In een beoordeling</translation>
    </message>
    <message>
        <source>In the list of assessments</source>
        <translation>In de lijst van beoordelingen</translation>
    </message>
    <message>
        <source>Show the ties due for review (when the notice says so)</source>
        <translation>De banden tonen die toe zijn aan herbeoordeling (als de melding er staat)</translation>
    </message>
    <message>
        <source>In the report&apos;s preview</source>
        <translation>In het voorbeeld van het rapport</translation>
    </message>
    <message>
        <source>In this window and in the user guide</source>
        <translation>In dit venster en in de handleiding</translation>
    </message>
    <message>
        <source>Find in the text</source>
        <translation>Zoeken in de tekst</translation>
    </message>
    <message>
        <source>Find the next / the previous</source>
        <translation>De volgende / de vorige zoeken</translation>
    </message>
    <message>
        <source>The user guide: back to where you were</source>
        <translation>Handleiding: terug naar waar u was</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Dit venster sluiten</translation>
    </message>
    <message>
        <source>Every key of PartnerCheck. Each task is explained step by step in the user guide: Help › User guide.</source>
        <translation>Alle toetsen van PartnerCheck. De handleiding legt elke taak stap voor stap uit: Help › Handleiding.</translation>
    </message>
    <message>
        <source>Report: language, version, format, names and roles (also while folded)</source>
        <translation>Rapport: taal, welk rapport, bestandsindeling, namen en functies (ook als de keuzes zijn ingeklapt)</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>PartnerCheck ran into an unexpected error. Answers and notes are saved as you give them, so what you entered before this is kept. If it happens again, please send the details below to your IT department.</source>
        <translation>PartnerCheck stuitte op een onverwachte fout. Antwoorden en notities worden bewaard zodra u ze geeft, dus wat u hiervoor invoerde is niet verloren. Gebeurt het opnieuw, stuur de details hieronder dan naar uw IT-afdeling.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>The details are also in the log file: %1</source>
        <translation>De details staan ook in het logbestand: %1</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopiëren</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Logmap openen</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Day first, as %1 or 30 November 2026</source>
        <translation>Dag eerst, als %1 of 30 november 2026</translation>
    </message>
    <message>
        <source>Choose the date on a calendar</source>
        <translation>Kies de datum op een kalender</translation>
    </message>
    <message>
        <source>Not a date. Type the day first, as %1.</source>
        <translation>Geen geldige datum. Typ eerst de dag, als %1.</translation>
    </message>
    <message>
        <source>Type a date, as %1, or leave the due date off.</source>
        <translation>Typ een datum, als %1, of zet de uiterste datum uit.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypt the export</source>
        <translation>Export versleutelen</translation>
    </message>
    <message>
        <source>The file holds the names of officials and notes that may name third parties. Encrypt it with a passphrase (AES-256) and send the passphrase by another channel than the file.</source>
        <translation>Het bestand bevat namen van ambtenaren en notities die derden kunnen noemen. Versleutel het met een wachtwoordzin (AES-256) en stuur de wachtwoordzin langs een ander kanaal dan het bestand.</translation>
    </message>
    <message>
        <source>Encrypted file</source>
        <translation>Versleuteld bestand</translation>
    </message>
    <message>
        <source>“%1” is encrypted. Type its passphrase to import it.</source>
        <translation>“%1” is versleuteld. Typ de wachtwoordzin om het in te lezen.</translation>
    </message>
    <message>
        <source>En&amp;crypt with a passphrase</source>
        <translation>&amp;Versleutelen met een wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Herhaal de wachtwoordzin:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>Een wachtwoordzin heeft minstens %1 tekens nodig.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtwoordzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <source>The file will be written without encryption: anyone who gets it can read the names and notes.</source>
        <translation>Het bestand wordt onversleuteld geschreven: wie het krijgt, kan de namen en notities lezen.</translation>
    </message>
    <message>
        <source>Encrypt the review package</source>
        <translation>Reviewpakket versleutelen</translation>
    </message>
    <message>
        <source>The review package holds the names of officials, notes that may name third parties and every attached document. Encrypt it with a passphrase (AES-256) and send the passphrase by another channel than the file.</source>
        <translation>Het reviewpakket bevat de namen van ambtenaren, notities die derden kunnen noemen en alle bijgevoegde bewijsstukken. Versleutel het met een wachtwoordzin (AES-256) en stuur de wachtwoordzin via een ander kanaal dan het bestand.</translation>
    </message>
    <message>
        <source>The package will be written without encryption: anyone who gets it can read the names, notes and attached documents.</source>
        <translation>Het pakket wordt onversleuteld geschreven: wie het krijgt, kan de namen, notities en bewijsstukken lezen.</translation>
    </message>
    <message>
        <source>Encrypt the tie file</source>
        <translation>Bandbestand versleutelen</translation>
    </message>
    <message>
        <source>The tie file holds every assessment of the tie, the names of officials, contact persons and people at events, notes that may name third parties and, in a tie package, every attached document. Encrypt it with a passphrase (AES-256) and send the passphrase by another channel than the file.</source>
        <translation>Het bandbestand bevat elke beoordeling van de band, de namen van ambtenaren, contactpersonen en mensen bij gebeurtenissen, notities die derden kunnen noemen en, in een pakket van de band, alle bijgevoegde bewijsstukken. Versleutel het met een wachtwoordzin (AES-256) en stuur de wachtwoordzin via een ander kanaal dan het bestand.</translation>
    </message>
    <message>
        <source>The tie file will be written without encryption: anyone who gets it can read the names, notes and any attached documents.</source>
        <translation>Het bandbestand wordt onversleuteld geschreven: wie het krijgt, kan de namen, notities en eventuele bewijsstukken lezen.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention periods</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <source>How long final assessments and assessments in review are kept before emptying the bin may destroy them, as your organisation&apos;s selection list says. PartnerCheck sets no period of its own: without one, records are kept. Drafts are not records and always go when the bin is emptied.</source>
        <translation>Hoe lang vastgestelde beoordelingen en beoordelingen ter toetsing bewaard blijven voordat het legen van de prullenbak ze mag vernietigen, zoals de selectielijst van uw organisatie zegt. PartnerCheck stelt zelf geen termijn vast: zonder termijn worden archiefbescheiden bewaard. Concepten zijn geen archiefbescheiden en gaan altijd weg als de prullenbak wordt geleegd.</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Jaren</translation>
    </message>
    <message>
        <source>Basis (selection list, category)</source>
        <translation>Grondslag (selectielijst, categorie)</translation>
    </message>
    <message>
        <source>&amp;Final assessments (from the approval date)</source>
        <translation>&amp;Vastgestelde beoordelingen (vanaf de vaststelling)</translation>
    </message>
    <message>
        <source>Assessments in &amp;review (from the last change)</source>
        <translation>Beoordelingen ter &amp;toetsing (vanaf de laatste wijziging)</translation>
    </message>
    <message>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
</context>
<context>
    <name>RecordsActions</name>
    <message>
        <source>Retention periods saved.</source>
        <translation>Bewaartermijnen opgeslagen.</translation>
    </message>
    <message>
        <source>Save the destruction list</source>
        <translation>Vernietigingslijst opslaan</translation>
    </message>
    <message>
        <source>destruction-list.pdf</source>
        <translation>vernietigingslijst.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Destruction list saved to %1 (%2 records).</source>
        <translation>Vernietigingslijst opgeslagen in %1 (%2 archiefbescheiden).</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Agreed</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <source>Change needed</source>
        <translation>Aanpassen</translation>
    </message>
    <message>
        <source>Review comment on this theme</source>
        <translation>Opmerking van de toetser bij dit thema</translation>
    </message>
    <message>
        <source>Agr&amp;eed</source>
        <translation>Akk&amp;oord</translation>
    </message>
    <message>
        <source>Change &amp;needed</source>
        <translation>Aa&amp;npassen</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Op&amp;merking:</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Opmerking van de toetser</translation>
    </message>
    <message>
        <source>What should change (needed with Change needed)</source>
        <translation>Wat moet er anders (nodig bij Aanpassen)</translation>
    </message>
    <message>
        <source>Save rev&amp;iew</source>
        <translation>Toetsing op&amp;slaan</translation>
    </message>
    <message>
        <source>Review of this theme</source>
        <translation>Toetsing van dit thema</translation>
    </message>
    <message>
        <source>Reviewed: %1 of %2 themes (%3 agreed, %4 change needed).</source>
        <translation>Getoetst: %1 van %2 thema’s (%3 akkoord, %4 aanpassen).</translation>
    </message>
    <message>
        <source>Choose a theme in the table to see or give its review.</source>
        <translation>Kies een thema in de tabel om de toetsing te zien of te geven.</translation>
    </message>
    <message>
        <source>No review comment on this theme yet.</source>
        <translation>Nog geen opmerking van de toetser bij dit thema.</translation>
    </message>
    <message>
        <source>To change: theme %1.</source>
        <translation>Aan te passen: thema %1.</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Names and roles</source>
        <translation>Namen en functies</translation>
    </message>
    <message>
        <source>The public version prints these roles instead of the names, e.g. &apos;beleidsadviseur internationale zaken&apos;. A role is remembered for every assessment.</source>
        <translation>De openbare versie drukt deze functies af in plaats van de namen, bijvoorbeeld ‘beleidsadviseur internationale zaken’. Een functie wordt onthouden voor elke beoordeling.</translation>
    </message>
    <message>
        <source>assessor</source>
        <translation>opsteller</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>collegiaal toetser</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>vaststeller</translation>
    </message>
    <message>
        <source>action owner</source>
        <translation>actiehouder</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Functie van %1</translation>
    </message>
    <message>
        <source>No names are recorded in this assessment yet.</source>
        <translation>In deze beoordeling staan nog geen namen.</translation>
    </message>
</context>
<context>
    <name>PublicationDialog</name>
    <message>
        <source>Approve publication</source>
        <translation>Openbaarmaking vaststellen</translation>
    </message>
    <message>
        <source>Publishing this assessment in the public register is a decision: it concerns another state&apos;s bodies, which touches the Woo&apos;s ground for refusal on international relations (art. 5.1 lid 2 onder a). Record who decides and the weighing of the interests.</source>
        <translation>Deze beoordeling openbaar maken in het register is een besluit: zij gaat over organen van een andere staat, en dat raakt de weigeringsgrond internationale betrekkingen van de Woo (art. 5.1 lid 2 onder a). Leg vast wie besluit en hoe de belangen zijn afgewogen.</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Besloten door</translation>
    </message>
    <message>
        <source>&amp;Decided by:</source>
        <translation>&amp;Besloten door:</translation>
    </message>
    <message>
        <source>Weighing</source>
        <translation>Afweging</translation>
    </message>
    <message>
        <source>&amp;Weighing:</source>
        <translation>&amp;Afweging:</translation>
    </message>
</context>
<context>
    <name>PublicationActions</name>
    <message>
        <source>Publication approved by %1</source>
        <translation>Openbaarmaking vastgesteld door %1</translation>
    </message>
    <message>
        <source>Publish register</source>
        <translation>Register publiceren</translation>
    </message>
    <message>
        <source>SQLite files (*.sqlite3)</source>
        <translation>SQLite-bestanden (*.sqlite3)</translation>
    </message>
    <message>
        <source>Left out (the latest final assessment is not approved for publication):</source>
        <translation>Weggelaten (de laatste vastgestelde beoordeling is niet vrijgegeven voor openbaarmaking):</translation>
    </message>
    <message>
        <source>Register not published</source>
        <translation>Register niet gepubliceerd</translation>
    </message>
    <message>
        <source>“%1” is a PartnerCheck database. The register is written to a file of its own: choose another name.</source>
        <translation>“%1” is een PartnerCheck-database. Het register komt in een eigen bestand: kies een andere naam.</translation>
    </message>
    <message>
        <source>“%1” was not written by PartnerCheck and is left as it is. Choose another folder, or remove the file yourself.</source>
        <translation>“%1” is niet door PartnerCheck geschreven en blijft zoals het is. Kies een andere map, of verwijder het bestand zelf.</translation>
    </message>
    <message>
        <source>Tie %1: the field %2 starts with a character a spreadsheet runs as a formula. Correct it and publish again.</source>
        <translation>Band %1: het veld %2 begint met een teken dat een rekenblad als formule uitvoert. Verbeter het en publiceer opnieuw.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Er is niets geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s) written to %1, with %2 for Datasette.</source>
        <translation>
            <numerusform>%n band geschreven naar %1, met %2 voor Datasette.</numerusform>
            <numerusform>%n banden geschreven naar %1, met %2 voor Datasette.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Public source</source>
        <translation>Openbare bron</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Aanname</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>C</source>
        <translation>G</translation>
    </message>
    <message>
        <source>P</source>
        <translation>O</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>This answer rests on:</source>
        <translation>Dit antwoord rust op:</translation>
    </message>
    <message>
        <source>Press %1 to record this basis</source>
        <translation>Druk op %1 om deze onderbouwing vast te leggen</translation>
    </message>
    <message>
        <source>Basis not recorded yet</source>
        <translation>Onderbouwing nog niet vastgelegd</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Bewijsstukken</translation>
    </message>
    <message>
        <source>Attach doc&amp;ument…</source>
        <translation>Bij&amp;lage toevoegen…</translation>
    </message>
    <message>
        <source>Attach a document as evidence for this answer (or drop files here); at most 50 MB each</source>
        <translation>Voeg een document toe als bewijs voor dit antwoord (of sleep bestanden hierheen); elk hoogstens 50 MB</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Move the file to the bin (Delete); it can be restored until the bin is emptied</source>
        <translation>Verplaats het bestand naar de prullenbak (Delete); terug te zetten tot de prullenbak geleegd wordt</translation>
    </message>
    <message>
        <source>%1 is larger than 50 MB; keep it in the document system and name it in the note.</source>
        <translation>%1 is groter dan 50 MB; bewaar het in het documentsysteem en noem het in de notitie.</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Bewijsstuk toevoegen</translation>
    </message>
    <message>
        <source>Open a read-only copy with the system&apos;s viewer (Enter)</source>
        <translation>Open een alleen-lezen kopie in het standaardprogramma (Enter)</translation>
    </message>
    <message>
        <source>Restore removed file</source>
        <translation>Verwijderd bestand terugzetten</translation>
    </message>
    <message>
        <source>Bring back the file last moved to the bin from this answer</source>
        <translation>Zet het bestand terug dat het laatst van dit antwoord naar de prullenbak ging</translation>
    </message>
    <message>
        <source>Evidence files: %1</source>
        <translation>Bewijsstukken: %1</translation>
    </message>
    <message>
        <source>Evidence files: none</source>
        <translation>Bewijsstukken: geen</translation>
    </message>
</context>
<context>
    <name>BackupProgress</name>
    <message>
        <source>Making a backup of the database…</source>
        <translation>Reservekopie van de database maken…</translation>
    </message>
</context>
<context>
    <name>PortfolioDialog</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Portfolio of ties</source>
        <translation>Portefeuille van banden</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Verlopen acties</translation>
    </message>
    <message>
        <source>%1 – overdue</source>
        <translation>%1 – te laat</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Open acties</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Volgende herbeoordeling</translation>
    </message>
    <message>
        <source>%1 – due</source>
        <translation>%1 – nu nodig</translation>
    </message>
    <message>
        <source>Only &amp;due for review</source>
        <translation>Alleen &amp;herbeoordeling nodig</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Banden</translation>
    </message>
    <message>
        <source>Filter the ties</source>
        <translation>Banden filteren</translation>
    </message>
    <message>
        <source>Events since</source>
        <translation>Gebeurtenissen sindsdien</translation>
    </message>
    <message>
        <source>E&amp;xport to spreadsheet…</source>
        <translation>E&amp;xporteren naar spreadsheet…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Gevonden in</translation>
    </message>
    <message>
        <source>Words in notes, events, actions, agreements, names; Enter searches</source>
        <translation>Woorden in notities, gebeurtenissen, acties, overeenkomsten, namen; Enter zoekt</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Zoeken in alles</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Fragment</translation>
    </message>
    <message>
        <source>&amp;Open tie</source>
        <translation>Band &amp;openen</translation>
    </message>
    <message>
        <source>Dutch party</source>
        <translation>Nederlandse partij</translation>
    </message>
    <message>
        <source>Last assessed</source>
        <translation>Laatst beoordeeld</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name, status or verdict</source>
        <translation>Naam, status of oordeel</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Chinese partner</translation>
    </message>
    <message>
        <source>&amp;Search everything:</source>
        <translation>&amp;Zoeken in alles:</translation>
    </message>
    <message>
        <source>Review &amp;periods…</source>
        <translation>&amp;Termijnen…</translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s); %1 due for review, %2 of them overdue.</source>
        <translation>
            <numerusform>%n band; %1 toe aan herbeoordeling, waarvan %2 te laat.</numerusform>
            <numerusform>%n banden; %1 toe aan herbeoordeling, waarvan %2 te laat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Herbeoordeling</translation>
    </message>
    <message>
        <source>levels per theme</source>
        <translation>niveaus per thema</translation>
    </message>
    <message>
        <source>Left out to fit the window: %1.</source>
        <translation>Weggelaten om in het venster te passen: %1.</translation>
    </message>
    <message>
        <source>Late actions</source>
        <translation>Acties te laat</translation>
    </message>
</context>
<context>
    <name>TieDialog</name>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>given</source>
        <translation>gegeven</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Bron:</translation>
    </message>
    <message>
        <source>What was done with it</source>
        <translation>Wat ermee gedaan is</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>Beschrijf wat er gebeurde.</translation>
    </message>
    <message>
        <source>The value is not an amount in euros: write e.g. 1250,50 or 1.250,50.</source>
        <translation>De waarde is geen bedrag in euro: schrijf bijvoorbeeld 1250,50 of 1.250,50.</translation>
    </message>
    <message>
        <source>Date of the event</source>
        <translation>Datum van de gebeurtenis</translation>
    </message>
    <message>
        <source>e.g. 1.250,50 (optional)</source>
        <translation>bijv. 1.250,50 (mag leeg)</translation>
    </message>
    <message>
        <source>Pe&amp;ople:</source>
        <translation>&amp;Personen:</translation>
    </message>
    <message>
        <source>Cost category</source>
        <translation>Kostensoort</translation>
    </message>
    <message>
        <source>Chinese counterpart:</source>
        <translation>Chinese partner:</translation>
    </message>
    <message>
        <source>Assessment %1</source>
        <translation>Beoordeling %1</translation>
    </message>
    <message>
        <source>&amp;Costs per year</source>
        <translation>&amp;Kosten per jaar</translation>
    </message>
    <message>
        <source>Dutch party:</source>
        <translation>Nederlandse partij:</translation>
    </message>
    <message>
        <source>Assessments of this tie</source>
        <translation>Beoordelingen van deze band</translation>
    </message>
    <message>
        <source>received</source>
        <translation>ontvangen</translation>
    </message>
    <message>
        <source>Tie %1: %2</source>
        <translation>Band %1: %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Assessments:</source>
        <translation>Beoordelingen:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Received or given</source>
        <translation>Ontvangen of gegeven</translation>
    </message>
    <message>
        <source>Cost or value in euros</source>
        <translation>Kosten of waarde in euro</translation>
    </message>
    <message>
        <source>&amp;Value (€):</source>
        <translation>&amp;Waarde (€):</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Gebeurtenissen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kostensoort</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Soort gebeurtenis</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Cost categor&amp;y:</source>
        <translation>Kostensoo&amp;rt:</translation>
    </message>
    <message>
        <source>Open &amp;assessment</source>
        <translation>Beoordeling op&amp;enen</translation>
    </message>
    <message>
        <source>Gifts register</source>
        <translation>Geschenkenregister</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>— no cost —</source>
        <translation>— geen kosten —</translation>
    </message>
    <message>
        <source>Gift &amp;handled:</source>
        <translation>Geschenk &amp;afgehandeld:</translation>
    </message>
    <message>
        <source>&amp;Record event</source>
        <translation>Gebeurtenis &amp;vastleggen</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— niet vastgelegd —</translation>
    </message>
    <message>
        <source>Costs per year (€)</source>
        <translation>Kosten per jaar (€)</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>Betrokken personen</translation>
    </message>
    <message>
        <source>&amp;Gifts register</source>
        <translation>Ges&amp;chenken</translation>
    </message>
    <message>
        <source>Value (€)</source>
        <translation>Waarde (€)</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Kenmerk:</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Gebeurtenissen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>What was done with the gift</source>
        <translation>Wat er met het geschenk gedaan is</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>Gegeve&amp;ns</translation>
    </message>
    <message>
        <source>Same tie as:</source>
        <translation>Zelfde band als:</translation>
    </message>
    <message>
        <source>The chosen assessment (with its revisions) becomes a tie of its own</source>
        <translation>De gekozen beoordeling (met haar revisies) wordt een eigen band</translation>
    </message>
    <message>
        <source>&amp;Merge into this tie…</source>
        <translation>Sa&amp;menvoegen in deze band…</translation>
    </message>
    <message>
        <source>Move to a ne&amp;w tie…</source>
        <translation>Afsplitsen naar een nie&amp;uwe band…</translation>
    </message>
    <message>
        <source>The other tie&apos;s assessments, events and agreements move here; the other tie goes</source>
        <translation>De beoordelingen, gebeurtenissen en overeenkomsten van de andere band komen hier; de andere band vervalt</translation>
    </message>
    <message>
        <source>Tie to merge into this one</source>
        <translation>Band die in deze band opgaat</translation>
    </message>
    <message>
        <source>Legal &amp;hold…</source>
        <translation>Be&amp;waarplicht…</translation>
    </message>
    <message>
        <source>Set, change or lift a hold on every assessment of this tie (a Woo request, an objection)</source>
        <translation>Een bewaarplicht op elke beoordeling van deze band instellen, wijzigen of opheffen (een Woo-verzoek, een bezwaar)</translation>
    </message>
    <message>
        <source>Woo e&amp;xport…</source>
        <translation>Woo-e&amp;xport…</translation>
    </message>
    <message>
        <source>Every record of this tie in one folder, with an index and a redaction list to review</source>
        <translation>Alle archiefbescheiden van deze band in één map, met een index en een lakkenlijst om te beoordelen</translation>
    </message>
    <message>
        <source>Hold:</source>
        <translation>Bewaarplicht:</translation>
    </message>
    <message>
        <source>History &amp;log</source>
        <translation>Gesc&amp;hiedenis</translation>
    </message>
    <message>
        <source>Ev&amp;idence</source>
        <translation>Bew&amp;ijsstukken</translation>
    </message>
    <message>
        <source>The value is more than PartnerCheck records as one amount (at most 999,999,999,999.99 euros).</source>
        <translation>De waarde is meer dan PartnerCheck als één bedrag vastlegt (hoogstens 999.999.999.999,99 euro).</translation>
    </message>
    <message>
        <source>Export as tie &amp;file…</source>
        <translation>A&amp;ls bandbestand exporteren…</translation>
    </message>
</context>
<context>
    <name>TieActions</name>
    <message>
        <source>the tie</source>
        <translation>de band</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx)</source>
        <translation>Spreadsheet (*.xlsx)</translation>
    </message>
    <message>
        <source>Review due now.</source>
        <translation>Herbeoordeling nu nodig.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <source>notes to answers</source>
        <translation>notities bij antwoorden</translation>
    </message>
    <message>
        <source>an agreement</source>
        <translation>een overeenkomst</translation>
    </message>
    <message>
        <source>Event recorded</source>
        <translation>Gebeurtenis vastgelegd</translation>
    </message>
    <message>
        <source>Export the portfolio</source>
        <translation>Portefeuille exporteren</translation>
    </message>
    <message>
        <source>an action</source>
        <translation>een actie</translation>
    </message>
    <message>
        <source>Next review: %1.</source>
        <translation>Volgende herbeoordeling: %1.</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>een gebeurtenis</translation>
    </message>
    <message>
        <source>Review due since %1.</source>
        <translation>Herbeoordeling nodig sinds %1.</translation>
    </message>
    <message>
        <source>Merge tie %1 into tie %2? Its assessments, events and agreements move to tie %2; tie %1 goes.</source>
        <translation>Band %1 samenvoegen met band %2? De beoordelingen, gebeurtenissen en overeenkomsten gaan naar band %2; band %1 vervalt.</translation>
    </message>
    <message>
        <source>Mo&amp;ve</source>
        <translation>&amp;Afsplitsen</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Samenvoegen</translation>
    </message>
    <message>
        <source>Merge ties</source>
        <translation>Banden samenvoegen</translation>
    </message>
    <message>
        <source>Split a tie</source>
        <translation>Band splitsen</translation>
    </message>
    <message>
        <source>Move assessment %1 (with its revisions) to a new tie of its own?</source>
        <translation>Beoordeling %1 (met haar revisies) afsplitsen naar een eigen, nieuwe band?</translation>
    </message>
    <message>
        <source>Details of tie %1 saved</source>
        <translation>Gegevens van band %1 bewaard</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Elders gewijzigd</translation>
    </message>
    <message>
        <source>The details of this tie were changed in another window or program in the meantime, so your change was not saved. Keep what you typed, or reload the saved details (what you typed is then lost)?</source>
        <translation>De gegevens van deze band zijn intussen in een ander venster of programma gewijzigd, dus uw wijziging is niet opgeslagen. Wilt u houden wat u hebt getypt, of de opgeslagen gegevens opnieuw laden (wat u hebt getypt gaat dan verloren)?</translation>
    </message>
    <message>
        <source>&amp;Keep what I typed</source>
        <translation>&amp;Houden wat ik typte</translation>
    </message>
    <message>
        <source>&amp;Reload saved details</source>
        <translation>Opgeslagen gegevens &amp;laden</translation>
    </message>
    <message>
        <source>The saved details of tie %1 are shown</source>
        <translation>De opgeslagen gegevens van band %1 worden getoond</translation>
    </message>
    <message>
        <source>Not saved: the details were changed elsewhere (see History log). The fields you changed keep what you typed; the others now show the saved details. Save again to store your change.</source>
        <translation>Niet opgeslagen: de gegevens zijn elders gewijzigd (zie Geschiedenis). De velden die u wijzigde houden wat u typte; de andere tonen nu de opgeslagen gegevens. Sla opnieuw op om uw wijziging te bewaren.</translation>
    </message>
</context>
<context>
    <name>ReviewSettingsDialog</name>
    <message>
        <source>Review periods</source>
        <translation>Termijnen voor herbeoordeling</translation>
    </message>
    <message>
        <source>Months after the verdict %1</source>
        <translation>Maanden na het oordeel %1</translation>
    </message>
    <message>
        <source>How many months after its last verdict a tie is reviewed again (0: at once), and which events make a review due at once.</source>
        <translation>Na hoeveel maanden na het laatste oordeel een band opnieuw wordt beoordeeld (0: meteen), en welke gebeurtenissen meteen een herbeoordeling vragen.</translation>
    </message>
    <message>
        <source>Events that make a review due at once</source>
        <translation>Gebeurtenissen die meteen een herbeoordeling vragen</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>&amp;Standaard</translation>
    </message>
</context>
<context>
    <name>TieDetailsForm</name>
    <message>
        <source>Si&amp;nce (year):</source>
        <translation>Sin&amp;ds (jaar):</translation>
    </message>
    <message>
        <source>Sa&amp;ve details</source>
        <translation>Gegevens &amp;bewaren</translation>
    </message>
    <message>
        <source>Ag&amp;reements:</source>
        <translation>&amp;Overeenkomsten:</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>The tie cannot have ended before it began.</source>
        <translation>De band kan niet zijn beëindigd voordat hij begon.</translation>
    </message>
    <message>
        <source>Agreement on line %1: the date is not a date (YYYY-MM-DD).</source>
        <translation>Overeenkomst op regel %1: de datum is geen datum (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>One a line, e.g. 2012-04-02 Vriendschapsovereenkomst</source>
        <translation>Eén per regel, bijv. 2012-04-02 Vriendschapsovereenkomst</translation>
    </message>
    <message>
        <source>Since (year)</source>
        <translation>Sinds (jaar)</translation>
    </message>
    <message>
        <source>Ended (year)</source>
        <translation>Beëindigd (jaar)</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>En&amp;ded (year):</source>
        <translation>Beëindigd (&amp;jaar):</translation>
    </message>
    <message>
        <source>Contact &amp;persons:</source>
        <translation>Contact&amp;personen:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>No&amp;tities:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Status of the tie</source>
        <translation>Status van de band</translation>
    </message>
    <message>
        <source>Agreements, one a line: date signed and title</source>
        <translation>Overeenkomsten, één per regel: datum van ondertekening en titel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Overeenkomsten</translation>
    </message>
</context>
<context>
    <name>BinnedFilesBox</name>
    <message>
        <source>Evidence files in the bin</source>
        <translation>Bewijsstukken in de prullenbak</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>No evidence files in the bin.</source>
        <translation>Geen bewijsstukken in de prullenbak.</translation>
    </message>
    <message>
        <source>Restore &amp;file</source>
        <translation>Bestand te&amp;rugzetten</translation>
    </message>
    <message>
        <source>Assessment or tie</source>
        <translation>Beoordeling of band</translation>
    </message>
    <message>
        <source>Attach the selected file to its answer or its tie again</source>
        <translation>Voeg het gekozen bestand weer toe aan zijn antwoord of zijn band</translation>
    </message>
    <message>
        <source>Tie %1: %2</source>
        <translation>Band %1: %2</translation>
    </message>
    <message>
        <source>attached to the tie as a whole</source>
        <translation>bij de band als geheel</translation>
    </message>
</context>
<context>
    <name>ImportConflict</name>
    <message>
        <source>This database already holds this assessment (the same identity), with other content.</source>
        <translation>Deze database bevat deze beoordeling al (dezelfde identiteit), met andere inhoud.</translation>
    </message>
    <message>
        <source>Import as a &amp;copy</source>
        <translation>Importeren als &amp;kopie</translation>
    </message>
    <message>
        <source>Import the file as a copy beside it, or replace the draft here with the file?</source>
        <translation>Het bestand als kopie ernaast importeren, of het concept hier door het bestand vervangen?</translation>
    </message>
    <message>
        <source>&amp;Replace the draft…</source>
        <translation>Concept &amp;vervangen…</translation>
    </message>
    <message>
        <source>Assessment already here</source>
        <translation>Beoordeling staat er al</translation>
    </message>
    <message>
        <source>Replace the draft “%1 – %2” (assessment %3, revision %4, last changed %5) with the content of %6?

Its partnership, answers with their basis, actions, evidence and review comments become those of the file. The history records the replacement; the answers it replaces are not kept.</source>
        <translation>Het concept ‘%1 – %2’ (beoordeling %3, revisie %4, laatst gewijzigd %5) vervangen door de inhoud van %6?

De gegevens van het partnerschap, de antwoorden met hun onderbouwing, het actieplan, de bewijsstukken en de opmerkingen van de toetser worden die van het bestand. De geschiedenis legt de vervanging vast; de vervangen antwoorden worden niet bewaard.</translation>
    </message>
    <message>
        <source>Replace the draft</source>
        <translation>Concept vervangen</translation>
    </message>
    <message>
        <source>&amp;Replace the draft</source>
        <translation>Concept &amp;vervangen</translation>
    </message>
    <message>
        <source>Both are in review: the file is a newer version sent for review again. Import the file as a copy beside it, or replace the assessment in review here with the file?</source>
        <translation>Beide liggen ter toetsing: het bestand is een nieuwere versie die opnieuw ter toetsing is aangeboden. Het bestand als kopie ernaast importeren, of de beoordeling ter toetsing hier door het bestand vervangen?</translation>
    </message>
    <message>
        <source>&amp;Replace the assessment in review…</source>
        <translation>Beoordeling ter toetsing &amp;vervangen…</translation>
    </message>
    <message>
        <source>Import the file as a copy beside it? (Only a draft can be replaced by a draft file, and an assessment in review by a file in review.)</source>
        <translation>Het bestand als kopie ernaast importeren? (Alleen een concept kan door een conceptbestand worden vervangen, en een beoordeling ter toetsing door een bestand ter toetsing.)</translation>
    </message>
    <message>
        <source>Replace the assessment in review “%1 – %2” (assessment %3, revision %4, last changed %5) with the content of %6?

Its partnership, answers with their basis, actions, evidence and review comments become those of the file; it stays in review. The history records the replacement and every value it replaces.</source>
        <translation>De beoordeling ter toetsing ‘%1 – %2’ (beoordeling %3, revisie %4, laatst gewijzigd %5) vervangen door de inhoud van %6?

De gegevens van het partnerschap, de antwoorden met hun onderbouwing, het actieplan, de bewijsstukken en de opmerkingen van de toetser worden die van het bestand; ze blijft ter toetsing. De geschiedenis legt de vervanging vast, met elke vervangen waarde.</translation>
    </message>
    <message>
        <source>Replace the assessment in review</source>
        <translation>Beoordeling ter toetsing vervangen</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Vervangen</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <source>Legal hold</source>
        <translation>Bewaarplicht</translation>
    </message>
    <message>
        <source>No hold is set on %1.</source>
        <translation>Er staat geen bewaarplicht op %1.</translation>
    </message>
    <message>
        <source>A hold is set on %1.</source>
        <translation>Er staat een bewaarplicht op %1.</translation>
    </message>
    <message>
        <source>While a hold is set, nothing destroys the record, not even emptying the bin when its retention period has ended. Set one for a Woo request, an objection or a lawsuit, and lift it when that is settled.</source>
        <translation>Zolang er een bewaarplicht op staat, vernietigt niets het archiefbescheid, ook het legen van de prullenbak niet als de bewaartermijn verstreken is. Stel er een in voor een Woo-verzoek, een bezwaar of een rechtszaak, en hef haar op als dat is afgehandeld.</translation>
    </message>
    <message>
        <source>Reason for the hold</source>
        <translation>Reden voor de bewaarplicht</translation>
    </message>
    <message>
        <source>e.g. Woo request 2026-114 of 3 November 2026</source>
        <translation>bijv. Woo-verzoek 2026-114 van 3 november 2026</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>&amp;Set hold</source>
        <translation>Bewaarplicht &amp;instellen</translation>
    </message>
    <message>
        <source>&amp;Save reason</source>
        <translation>Reden &amp;bewaren</translation>
    </message>
    <message>
        <source>&amp;Lift hold</source>
        <translation>Bewaarplicht &amp;opheffen</translation>
    </message>
    <message>
        <source>The record is again destroyed by the retention rules when its period has ended</source>
        <translation>Het archiefbescheid wordt weer volgens de bewaarregels vernietigd als de termijn verstreken is</translation>
    </message>
</context>
<context>
    <name>WooActions</name>
    <message>
        <source>assessment %1</source>
        <translation>beoordeling %1</translation>
    </message>
    <message>
        <source>Hold set.</source>
        <translation>Bewaarplicht ingesteld.</translation>
    </message>
    <message>
        <source>Hold lifted.</source>
        <translation>Bewaarplicht opgeheven.</translation>
    </message>
    <message>
        <source>Hold set on tie %1.</source>
        <translation>Bewaarplicht ingesteld op band %1.</translation>
    </message>
    <message>
        <source>Hold on tie %1 lifted.</source>
        <translation>Bewaarplicht op band %1 opgeheven.</translation>
    </message>
    <message>
        <source>No hold.</source>
        <translation>Geen bewaarplicht.</translation>
    </message>
    <message>
        <source>Choose the folder for the Woo export</source>
        <translation>Kies de map voor de Woo-export</translation>
    </message>
    <message>
        <source>Gathering the records of tie %1…</source>
        <translation>De archiefbescheiden van band %1 verzamelen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Woo export</source>
        <translation>Woo-export</translation>
    </message>
    <message>
        <source>Woo export cancelled; nothing was written.</source>
        <translation>Woo-export geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
        <source>“%1” is not an empty folder, and nothing is overwritten. Choose a new or empty folder.</source>
        <translation>“%1” is geen lege map, en er wordt niets overschreven. Kies een nieuwe of lege map.</translation>
    </message>
    <message>
        <source>The Woo export could not be written to “%1” (%2). Nothing was left behind; choose another folder.</source>
        <translation>De Woo-export kon niet worden geschreven naar “%1” (%2). Er is niets achtergebleven; kies een andere map.</translation>
    </message>
    <message>
        <source>Woo export not written</source>
        <translation>Woo-export niet geschreven</translation>
    </message>
    <message>
        <source>Written to %1:</source>
        <translation>Geschreven naar %1:</translation>
    </message>
    <message>
        <source>A Woo request is a reason to set a hold on the tie (Legal hold… on its Details tab).</source>
        <translation>Een Woo-verzoek is een reden om een bewaarplicht op de band te zetten (Bewaarplicht… op het tabblad Gegevens).</translation>
    </message>
    <message>
        <source>Reason: “%1”.</source>
        <translation>Reden: “%1”.</translation>
    </message>
    <message>
        <source>Nothing was redacted: weighing each passage is the officer&apos;s decision.</source>
        <translation>Er is niets weggelakt: elke passage afwegen is de beslissing van de ambtenaar.</translation>
    </message>
    <message numerus="yes">
        <source>tie %1 and its %n assessment(s)</source>
        <translation>
            <numerusform>band %1 en de beoordeling ervan</numerusform>
            <numerusform>band %1 en de %n beoordelingen ervan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hold on %1 of the %n assessment(s) since %2.</source>
        <translation>
            <numerusform>Bewaarplicht op de beoordeling sinds %2.</numerusform>
            <numerusform>Bewaarplicht op %1 van de %n beoordelingen sinds %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s); index.csv lists them.</source>
        <translation>
            <numerusform>Eén document; index.csv noemt het.</numerusform>
            <numerusform>%n documenten; index.csv somt ze op.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tie %1 with %n assessment(s), revisions and the bin included.</source>
        <translation>
            <numerusform>Band %1 met één beoordeling, revisies en prullenbak meegerekend.</numerusform>
            <numerusform>Band %1 met %n beoordelingen, revisies en prullenbak meegerekend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n publication decision(s) with who, when and the weighing (publication-decisions.csv).</source>
        <translation>
            <numerusform>Eén besluit tot openbaarmaking met wie, wanneer en de afweging (publication-decisions.csv).</numerusform>
            <numerusform>%n besluiten tot openbaarmaking met wie, wanneer en de afweging (publication-decisions.csv).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>redaction.csv names %n passage(s) with personal data to review,</source>
        <translation>
            <numerusform>redaction.csv noemt één passage met persoonsgegevens om te beoordelen,</numerusform>
            <numerusform>redaction.csv noemt %n passages met persoonsgegevens om te beoordelen,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n possible name(s) in free text, each with the passage around it.</source>
        <translation>
            <numerusform>en één mogelijke naam in vrije tekst, met de passage eromheen.</numerusform>
            <numerusform>en %n mogelijke namen in vrije tekst, elk met de passage eromheen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TieHistoryView</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>History of the tie</source>
        <translation>Geschiedenis van de band</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Nog geen wijzigingen vastgelegd.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>assessment %1</source>
        <translation>beoordeling %1</translation>
    </message>
    <message>
        <source>tie %1</source>
        <translation>band %1</translation>
    </message>
</context>
<context>
    <name>TieEvidenceTab</name>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Toegevoegd door</translation>
    </message>
    <message>
        <source>Evidence files of this tie</source>
        <translation>Bewijsstukken van deze band</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>Attach a file to the tie as a whole (or drop files here); at most 50 MB each</source>
        <translation>Voeg een bestand toe aan de band als geheel (of sleep bestanden hierheen); elk hoogstens 50 MB</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Open a read-only copy with the system&apos;s viewer (Enter)</source>
        <translation>Open een alleen-lezen kopie in het standaardprogramma (Enter)</translation>
    </message>
    <message>
        <source>Move to &amp;bin</source>
        <translation>Naar de &amp;prullenbak</translation>
    </message>
    <message>
        <source>Move the file to the bin (Delete); File › Bin restores it until the bin is emptied</source>
        <translation>Verplaats het bestand naar de prullenbak (Delete); Bestand › Prullenbak zet het terug tot de prullenbak geleegd wordt</translation>
    </message>
    <message>
        <source>No files attached to this tie yet: add the agreement or a council decision here.</source>
        <translation>Nog geen bestanden bij deze band: voeg hier de overeenkomst of een raadsbesluit toe.</translation>
    </message>
    <message>
        <source>%1 is larger than 50 MB; keep it in the document system and name it in the tie&apos;s notes.</source>
        <translation>%1 is groter dan 50 MB; bewaar het in het documentsysteem en noem het in de notities van de band.</translation>
    </message>
    <message>
        <source>Attach a file to the tie</source>
        <translation>Bestand toevoegen aan de band</translation>
    </message>
    <message>
        <source>File moved to the bin; File › Bin restores it.</source>
        <translation>Bestand naar de prullenbak verplaatst; Bestand › Prullenbak zet het terug.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached to this tie.</source>
        <translation>
            <numerusform>Eén bestand bij deze band.</numerusform>
            <numerusform>%n bestanden bij deze band.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached to the tie.</source>
        <translation>
            <numerusform>Eén bestand aan de band toegevoegd.</numerusform>
            <numerusform>%n bestanden aan de band toegevoegd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>%1 contains a character that cannot be stored: %2 (a control character or a text direction mark). Remove it and try again.</source>
        <translation>%1 bevat een teken dat niet kan worden opgeslagen: %2 (een stuurteken of een teken voor de schrijfrichting). Haal het weg en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet bewaard</translation>
    </message>
    <message>
        <source>The text holds %1, a control character or direction mark that cannot be stored. Not saved.</source>
        <translation>De tekst bevat %1, een besturingsteken of tekstrichtingsteken dat niet kan worden bewaard. Niet bewaard.</translation>
    </message>
</context>
<context>
    <name>TextGuard</name>
    <message>
        <source>text direction mark %1</source>
        <translation>tekstrichtingsteken %1</translation>
    </message>
    <message>
        <source>control character %1</source>
        <translation>besturingsteken %1</translation>
    </message>
    <message>
        <source>Left out (%1): such characters cannot be stored in a text. The rest of the text is kept.</source>
        <translation>Weggelaten (%1): zulke tekens kunnen niet in een tekst worden bewaard. De rest van de tekst blijft staan.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>Passend in de breedte</translation>
    </message>
</context>
<context>
    <name>ReportOptionsFold</name>
    <message>
        <source>O&amp;ptions</source>
        <translation>Keu&amp;zes</translation>
    </message>
    <message>
        <source>Report options</source>
        <translation>Rapportkeuzes</translation>
    </message>
    <message>
        <source>Hide the report options: %1</source>
        <translation>Rapportkeuzes verbergen: %1</translation>
    </message>
    <message>
        <source>Show the report options: %1</source>
        <translation>Rapportkeuzes tonen: %1</translation>
    </message>
</context>
<context>
    <name>AssessmentList</name>
    <message>
        <source>&amp;Reset column widths</source>
        <translation>Kolombreedtes &amp;herstellen</translation>
    </message>
    <message>
        <source>Forget the widths you set: every column fits the window again</source>
        <translation>De breedtes vergeten die u hebt ingesteld: elke kolom past weer in het venster</translation>
    </message>
</context>
<context>
    <name>ReadingWindow</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Find in the text</source>
        <translation>Zoeken in de tekst</translation>
    </message>
    <message>
        <source>Ctrl+F; Enter finds the next</source>
        <translation>Ctrl+F; Enter zoekt de volgende</translation>
    </message>
    <message>
        <source>“%1” does not occur in this text.</source>
        <translation>“%1” komt in deze tekst niet voor.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>User guide</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <source>‹ &amp;Back</source>
        <translation>‹ &amp;Terug</translation>
    </message>
    <message>
        <source>Back to where you were (%1)</source>
        <translation>Terug naar waar u was (%1)</translation>
    </message>
    <message>
        <source>Not opened: PartnerCheck does not go on the internet. The address: %1</source>
        <translation>Niet geopend: PartnerCheck gaat niet op internet. Het adres: %1</translation>
    </message>
    <message>
        <source>“%1” is not part of the documents shipped with PartnerCheck.</source>
        <translation>“%1” hoort niet bij de documenten die met PartnerCheck worden meegeleverd.</translation>
    </message>
</context>
<context>
    <name>TieExport</name>
    <message>
        <source>PartnerCheck tie packages (*.partnercheck)</source>
        <translation>PartnerCheck-pakketten van een band (*.partnercheck)</translation>
    </message>
    <message>
        <source>PartnerCheck tie files (*.json)</source>
        <translation>PartnerCheck-bandbestanden (*.json)</translation>
    </message>
    <message>
        <source>Export as tie file</source>
        <translation>Als bandbestand exporteren</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>band</translation>
    </message>
    <message>
        <source>Tie %1 written to %2 (a tie file).</source>
        <translation>Band %1 geschreven naar %2 (een bandbestand).</translation>
    </message>
    <message>
        <source>Encrypted.</source>
        <translation>Versleuteld.</translation>
    </message>
    <message>
        <source>Not encrypted.</source>
        <translation>Niet versleuteld.</translation>
    </message>
    <message>
        <source>Assessment %1: question %2</source>
        <translation>Beoordeling %1: vraag %2</translation>
    </message>
    <message>
        <source>Assessment %1: questions %2</source>
        <translation>Beoordeling %1: vragen %2</translation>
    </message>
    <message>
        <source>“%1” is written, but another PartnerCheck will refuse it on import, with all its assessments: a final assessment in it has an answer that does not fit the tie (meant for an older tie). Correct the tie&apos;s details, or the answer in a new revision, and export again.</source>
        <translation>“%1” is geschreven, maar een andere PartnerCheck weigert het bij het importeren, met al zijn beoordelingen: een vastgestelde beoordeling erin heeft een antwoord dat niet bij de band past (bedoeld voor een oudere band). Verbeter de gegevens van de band, of het antwoord in een nieuwe revisie, en exporteer opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>Tie %1 written to %2 (a tie package with %n evidence file(s)).</source>
        <translation>
            <numerusform>Band %1 geschreven naar %2 (een pakket van de band met één bewijsstuk).</numerusform>
            <numerusform>Band %1 geschreven naar %2 (een pakket van de band met %n bewijsstukken).</numerusform>
        </translation>
    </message>
</context>
</TS>
