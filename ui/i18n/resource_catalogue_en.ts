<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddDocumentsDialog</name>
    <message numerus="yes">
        <source>%n file(s) will become new records with the file attached.</source>
        <translation>
            <numerusform>%n file will become a new record with the file attached.</numerusform>
            <numerusform>%n files will become new records with the file attached.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are left out (see the last column).</source>
        <translation>
            <numerusform>%n file is left out (see the last column).</numerusform>
            <numerusform>%n files are left out (see the last column).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n document(s)</source>
        <translation>
            <numerusform>Add %n document</numerusform>
            <numerusform>Add %n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BibliographyDialog</name>
    <message numerus="yes">
        <source>%Ln resource(s) from “%1”</source>
        <translation>
            <numerusform>%Ln resource from “%1”</numerusform>
            <numerusform>%Ln resources from “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Formatting %Ln reference(s)…</source>
        <translation>
            <numerusform>Formatting %Ln reference…</numerusform>
            <numerusform>Formatting %Ln references…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — the first %1 of %Ln references; all are written</source>
        <translation>
            <numerusform> — the first %1 of %Ln references; all are written</numerusform>
            <numerusform> — the first %1 of %Ln references; all are written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>Bulk edit %Ln resource(s)</source>
        <translation>
            <numerusform>Bulk edit %Ln resource</numerusform>
            <numerusform>Bulk edit %Ln resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resource(s) of %1 will change.</source>
        <translation>
            <numerusform>%Ln resource of %1 will change.</numerusform>
            <numerusform>%Ln resources of %1 will change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resource(s) would become invalid (shown in the After column): fix the change first.</source>
        <translation>
            <numerusform>%Ln resource would become invalid (shown in the After column): fix the change first.</numerusform>
            <numerusform>%Ln resources would become invalid (shown in the After column): fix the change first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollapsibleBox</name>
    <message numerus="yes">
        <source>%1  (%Ln selected)</source>
        <translation>
            <numerusform>%1  (%Ln selected)</numerusform>
            <numerusform>%1  (%Ln selected)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message numerus="yes">
        <source>%Ln resource(s) selected.</source>
        <translation>
            <numerusform>%Ln resource selected.</numerusform>
            <numerusform>%Ln resources selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsFeature</name>
    <message numerus="yes">
        <source>%n document(s) added; their text is read in the background</source>
        <translation>
            <numerusform>%n document added; its text is read in the background</numerusform>
            <numerusform>%n documents added; their text is read in the background</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n part</numerusform>
            <numerusform>%n parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching passage(s)</source>
        <translation>
            <numerusform>%n matching passage</numerusform>
            <numerusform>%n matching passages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%Ln likely duplicate pair(s).</source>
        <translation>
            <numerusform>%Ln likely duplicate pair.</numerusform>
            <numerusform>%Ln likely duplicate pairs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditingController</name>
    <message numerus="yes">
        <source>Remove %Ln resource(s) in the trash for good, with their history and attached files? This cannot be undone.</source>
        <translation>
            <numerusform>Remove %Ln resource in the trash for good, with their history and attached files? This cannot be undone.</numerusform>
            <numerusform>Remove %Ln resources in the trash for good, with their history and attached files? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; record(s) will be exported.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; record will be exported.</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; records will be exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;… and %n more</source>
        <translation>
            <numerusform>&lt;br&gt;… and %n more</numerusform>
            <numerusform>&lt;br&gt;… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetListModel</name>
    <message numerus="yes">
        <source>%1 is left out: %Ln resource(s) fewer</source>
        <translation>
            <numerusform>%1 is left out: %Ln resource fewer</numerusform>
            <numerusform>%1 is left out: %Ln resources fewer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln resource(s)</source>
        <translation>
            <numerusform>%1: %Ln resource</numerusform>
            <numerusform>%1: %Ln resources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln new</numerusform>
            <numerusform>%Ln new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to update</source>
        <translation>
            <numerusform>%Ln to update</numerusform>
            <numerusform>%Ln to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to skip</source>
        <translation>
            <numerusform>%Ln to skip</numerusform>
            <numerusform>%Ln to skip</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cannot be imported</source>
        <translation>
            <numerusform>%Ln cannot be imported</numerusform>
            <numerusform>%Ln cannot be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln with problems</source>
        <translation>
            <numerusform>; %Ln with problems</numerusform>
            <numerusform>; %Ln with problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndexerStatus</name>
    <message numerus="yes">
        <source>Reading documents paused: %n waiting</source>
        <translation>
            <numerusform>Reading documents paused: %n waiting</numerusform>
            <numerusform>Reading documents paused: %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading documents: %n waiting</source>
        <translation>
            <numerusform>Reading documents: %n waiting</numerusform>
            <numerusform>Reading documents: %n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeywordBox</name>
    <message numerus="yes">
        <source>The last %n searches</source>
        <translation>
            <numerusform>The last search</numerusform>
            <numerusform>The last %n searches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message numerus="yes">
        <source>The whole catalogue (%Ln record(s))</source>
        <translation>
            <numerusform>The whole catalogue (%Ln record)</numerusform>
            <numerusform>The whole catalogue (%Ln records)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The current result (%Ln record(s))</source>
        <translation>
            <numerusform>The current result (%Ln record)</numerusform>
            <numerusform>The current result (%Ln records)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln record(s)&lt;/b&gt; will be published: titles, summaries, dates, types, organizations, authors, countries, regions, themes, languages, keywords and links</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln record&lt;/b&gt; will be published: titles, summaries, dates, types, organizations, authors, countries, regions, themes, languages, keywords and links</numerusform>
            <numerusform>&lt;b&gt;%Ln records&lt;/b&gt; will be published: titles, summaries, dates, types, organizations, authors, countries, regions, themes, languages, keywords and links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) published to %1.</source>
        <translation>
            <numerusform>%Ln record published to %1.</numerusform>
            <numerusform>%Ln records published to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attached file(s) copied.</source>
        <translation>
            <numerusform>%Ln attached file copied.</numerusform>
            <numerusform>%Ln attached files copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attached file(s) missing on this computer were left out.</source>
        <translation>
            <numerusform>%Ln attached file missing on this computer was left out.</numerusform>
            <numerusform>%Ln attached files missing on this computer were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingListPanel</name>
    <message numerus="yes">
        <source>%Ln resource(s)</source>
        <translation>
            <numerusform>%Ln resource</numerusform>
            <numerusform>%Ln resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the reading list “%1”? Its %Ln resource(s) stay in the catalogue.</source>
        <translation>
            <numerusform>Delete the reading list “%1”? Its %Ln resource stay in the catalogue.</numerusform>
            <numerusform>Delete the reading list “%1”? Its %Ln resources stay in the catalogue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln added</numerusform>
            <numerusform>%Ln added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform>
            <numerusform>%Ln skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>links between records: %Ln added</source>
        <translation>
            <numerusform>links between records: %Ln added</numerusform>
            <numerusform>links between records: %Ln added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>%Ln removed</numerusform>
            <numerusform>%Ln removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) read from %1</source>
        <translation>
            <numerusform>%Ln record read from %1</numerusform>
            <numerusform>%Ln records read from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>%Ln record written to %1.</numerusform>
            <numerusform>%Ln records written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln received</source>
        <translation>
            <numerusform>%Ln received</numerusform>
            <numerusform>%Ln received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln sent</numerusform>
            <numerusform>%Ln sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed for good</source>
        <translation>
            <numerusform>%Ln removed for good</numerusform>
            <numerusform>%Ln removed for good</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>%Ln attachment</numerusform>
            <numerusform>%Ln attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reading list(s)</source>
        <translation>
            <numerusform>%Ln reading list</numerusform>
            <numerusform>%Ln reading lists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln link</numerusform>
            <numerusform>%Ln links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln vocabulary change(s)</source>
        <translation>
            <numerusform>%Ln vocabulary change</numerusform>
            <numerusform>%Ln vocabulary changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to resolve</source>
        <translation>
            <numerusform>%Ln conflict to resolve</numerusform>
            <numerusform>%Ln conflicts to resolve</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_ListTexts</name>
    <message numerus="yes">
        <source>Reading %Ln resource(s)…</source>
        <translation>
            <numerusform>Reading %Ln resource…</numerusform>
            <numerusform>Reading %Ln resources…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_MergeTargetDialog</name>
    <message numerus="yes">
        <source>Every record using “%1” (%Ln resource(s)) will use the value you choose instead, and “%1” leaves the list. This can be undone.</source>
        <translation>
            <numerusform>Every record using “%1” (%Ln resource) will use the value you choose instead, and “%1” leaves the list. This can be undone.</numerusform>
            <numerusform>Every record using “%1” (%Ln resources) will use the value you choose instead, and “%1” leaves the list. This can be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_StatusText</name>
    <message numerus="yes">
        <source>Showing %1 of %Ln resource(s)</source>
        <translation>
            <numerusform>Showing %1 of %Ln resource</numerusform>
            <numerusform>Showing %1 of %Ln resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln resource(s) in the trash</source>
        <translation>
            <numerusform>Showing %1 of %Ln resource in the trash</numerusform>
            <numerusform>Showing %1 of %Ln resources in the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln resource(s) in the reading list “%2”</source>
        <translation>
            <numerusform>Showing %1 of %Ln resource in the reading list “%2”</numerusform>
            <numerusform>Showing %1 of %Ln resources in the reading list “%2”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln resource(s) on the list “%2”</source>
        <translation>
            <numerusform>Showing %1 of %Ln resource on the list “%2”</numerusform>
            <numerusform>Showing %1 of %Ln resources on the list “%2”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_SyncTexts</name>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
</context>
</TS>
