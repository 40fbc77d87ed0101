<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>App</name>
    <message>
        <source>Resource Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsWidget</name>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.odt *.rtf *.txt *.xls *.xlsx *.ppt *.pptx *.epub);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — missing from the attachments folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — changed on disk since it was attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attachments. Add a PDF or other file to keep a copy with the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BibliographyDialog</name>
    <message>
        <source>Preview: the page as it will be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: the document&apos;s content and styling (Word lays out the pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: the document&apos;s content; Print preview shows the PDF&apos;s pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: the exact text of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bibliography — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the list&apos;s &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Citation style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ort by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln resource(s) from “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Preview of the exported bibliography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Formatting %Ln reference(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Bibliography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not format the references: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> — the first %1 of %Ln references; all are written</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export bibliography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Add a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bulk edit %Ln resource(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a value (empty type: no type)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular e&amp;xpression (\1 in the replacement is the first group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a value from the suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the value to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the value to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 will change.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resource(s) would become invalid (shown in the After column): fix the change first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: every selected resource already has this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipsBar</name>
    <message>
        <source>Showing all resources. Type in Search or tick values under Criteria to narrow them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in Search or tick values under Criteria to narrow them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every criterion (Esc in the search box clears it too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollapsibleBox</name>
    <message>
        <source>%1: show or hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the criteria under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1  (%Ln selected)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnMappingTable</name>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictMergeDialog</name>
    <message>
        <source>Merge field by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This copy&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Shared catalogue&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both changed this record since the last sync. Choose, field by field, the value to keep; the result is sent at the next sync and history keeps both versions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Criteria</name>
    <message>
        <source>unknown field &apos;{name}:&apos;; known fields are: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;-{name}:&apos; is not supported: untick the value instead, or use -word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read year &apos;{value}&apos;: use year:2020, year:2018..2022, year:..2015 or year:none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriteriaSidebar</name>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every criterion and show all resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all criteria</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show resources with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vol. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pp. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;In the trash&lt;/b&gt; since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the reading list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with the system viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a resource in the table to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ and ↓ move through the results; Ctrl+F goes to the search box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln resource(s) selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a single resource to read it. Ctrl+A selects every result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This resource no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailTabs</name>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to this resource, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files kept with this resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed what, and when; restore an earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This resource looks like one already in the catalogue. Open the existing record, merge the two, or save anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare and &amp;merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for likely duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln likely duplicate pair(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates. Pairs marked “not duplicates” are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;New resource…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit resource…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected resource (or press Enter on it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate resource…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an unsaved copy of the selected resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected resources to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the selected resources back from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mpty trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every resource in the trash for good (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bulk edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or remove a value, set a field, or find and replace in the selected resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge the two resources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the two selected resources side by side and merge them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List likely duplicate pairs in the whole catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vocabularies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, rename, merge or retire types, themes, regions and organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name in the history, and more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete for good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected resources for good (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected resources to the trash (can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditingController</name>
    <message>
        <source>Remove for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln resource(s) in the trash for good, with their history and attached files? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>one of the records changed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was merged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resources match these criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a criterion above, or clear them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This catalogue has no resources yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use File › Import… to add resources from a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Every field, one column each; opens in Excel with every script (UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every field, one column each, as an Excel workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For Zotero, EndNote, Mendeley: every field; countries, regions and themes as tagged keywords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For JabRef and LaTeX: every field (ours in extra fields), LaTeX-escaped, unique keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For Zotero, pandoc and citeproc: every field (ours in the item&apos;s custom data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything, including UUIDs, history and reading lists: for another Resource Catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything plus the attached files, as one .zip: for a colleague&apos;s catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reading list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; records: more than an Excel sheet holds (%2 below its header). Choose CSV, or fewer records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; record(s) will be exported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The export did not finish; no file was written:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacetBox</name>
    <message>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the values of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space or Enter ticks or unticks the current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No values in these results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacetListModel</name>
    <message numerus="yes">
        <source>%1: %Ln resource(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Facets</name>
    <message>
        <source>Resource type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no resource type is called &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no theme is called &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no region is called &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no country is called &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no language is called &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no organization is called &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keyword is called &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Catalogues (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogues (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: it is opened instead of being replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other catalogues yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import and export are not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Resource Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Resource Catalogue&lt;/h3&gt;&lt;p&gt;An offline catalogue of documents on labour migration: search, filter, read, edit, import and export, without a network.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocabulary renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocabulary change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored an earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <source>Record created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought back from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged in record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded for this record yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the record&apos;s fields what they were after the selected change (can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (merged record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before: %1
after: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record changed just now; its history is refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That version cannot be saved again: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors / organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record already in the catalogue (same UUID, DOI, ISBN or URL, or a near-identical title):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (type a name to create a list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the imported records in the reading list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save problems as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this catalogue&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the package&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update it with the file&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it as a new record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference files (*.csv *.tsv *.txt *.xlsx *.ris *.bib *.json *.yml *.yaml *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be imported as it is:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delimiter &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect (found: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to update</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to skip</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cannot be imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (the first %1 are shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %Ln with problems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue was backed up first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a conflict in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeywordBox</name>
    <message>
        <source>Words match anywhere (housing migrant). Filters: country:Thailand type:report theme:housing year:2020..2022 org:ILO; -word leaves out; &quot;exact words&quot;. F1: full syntax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search, e.g. housing country:Thailand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyword search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search syntax (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search syntax help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All resources, the trash and the quality lists; the table shows the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every resource in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted resources: restore them, or delete them for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a librarian should complete; each list opens in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <source>&amp;New reading list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a reading list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to reading list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected resources to a reading list (or drag them onto one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to reading list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected resources out of this reading list; the records stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;bibliography…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A formatted list (APA, Chicago, Harvard) of this reading list, the selection or the result, as DOCX, PDF, HTML, Markdown, text, RIS, BibTeX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bibliography of the &amp;selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A formatted list of the selected resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the formatted reading list (or the selection, or the result)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the printed pages first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the resources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bibliography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to format: the list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListItemsModel</name>
    <message>
        <source>  (in the trash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click (or F2) to add a note, e.g. “read chapter 3 first”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPropertiesDialog</name>
    <message>
        <source>e.g. Workshop February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the list is for (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Resource Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MakeCopyDialog</name>
    <message>
        <source>Make offline copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared catalogue. Leave the password out: you will be asked for it, or it comes from ~/.pgpass or PGPASSWORD. It is never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared catalogue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the copy as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline copy holds every record, reading list and attachment of the shared catalogue, and is fully editable without a network. Sync it when you are back online: your changes are sent, everyone else&apos;s arrive. If the file is already a copy of this catalogue, it is synced instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the offline copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogues (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the shared catalogue&apos;s address, starting with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made the offline copy %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed the offline copy %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the value to keep where the two differ. Lists (authors, countries, themes, …) are combined. The other record goes to the trash; reading lists, attachments and both histories stay with the one kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What you typed&lt;/b&gt;&lt;br&gt;not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep record %1&lt;/b&gt;&lt;br&gt;added %2 · version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both records&apos; values, combined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationPicker</name>
    <message>
        <source>Type a name or acronym…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the organization you add next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected resources (Ctrl+R) or delete them for good (Del).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In list order. Drag rows onto a list in the Library to add them; Alt+↑ / Alt+↓ in the list reorders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted resources wait here until the trash is emptied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reading list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select resources under All resources, then drag them onto the list or use Add to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs attention here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This catalogue has no resources yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use File › Import… to add resources from a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as “who” in each record&apos;s history. Leave it blank to use this computer&apos;s user name (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language shows the next time the catalogue is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <source>No type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a type with Edit, or for many at once with Bulk edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the publication year in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No country or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the countries or region the document covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a theme, or several records at once with Bulk edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a short summary in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attached file is not in the attachments folder: attach it again or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Find duplicates to merge or dismiss each pair.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingListCommand</name>
    <message>
        <source>change reading list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replay “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingListMenu</name>
    <message>
        <source>New reading list with the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New list with the selection…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingListPanel</name>
    <message>
        <source>Reading lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a list to see its resources; drop resources on a list to add them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reading list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename or describe the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the list (its resources stay in the catalogue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reading lists yet. Click + to create one, then drag resources onto it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources in the reading list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move the selected resources; Delete removes them from the list; F2 edits the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the list (Delete); the record stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a list to see its resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: drag resources here or onto the list&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln resource(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New reading list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete reading list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the reading list “%1”? Its %Ln resource(s) stay in the catalogue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Save and close (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · added %2 · changed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the existing record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this editor without saving what you typed, and open the existing record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the records changed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was merged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family, Given — Enter to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a country name or code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a region…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a language or code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free keywords — Enter to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal, book or series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Published in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher&apos;s &amp;ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ISBN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DO&amp;I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceTable</name>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resources that match the criteria; select one to read it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceTableModel</name>
    <message>
        <source>Sort by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not sortable)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedSearchesBox</name>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or a click applies the saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current criteria to come back to them with one click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current criteria under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all resources)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for these criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved search called “%1” exists. Replace its criteria?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved search “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StackAction</name>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>Open shared catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the shared catalogue (postgresql://user@host:5432/name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline copy made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the offline copy %1 now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.
Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (last attempt %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline copy of %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This catalogue is not an offline copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;this copy&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the &amp;server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge field by field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on both sides since the last sync (nothing was overwritten):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled only: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  —  this copy: version %2, server: version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: the choice is sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyntaxHelp</name>
    <message>
        <source>resource type (type:report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme (theme:housing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region, including its member countries (region:ASEAN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country by name or ISO code (country:Thailand, country:TH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language by name or ISO code (language:Thai, lang:th)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization by name or acronym (org:ILO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free keyword (keyword:&quot;wage arrears&quot;, kw:...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publication year (year:2020, year:2020..2022, year:..2015, year:none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records containing words starting with &quot;housing&quot; and &quot;migrant&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exact words in this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave out records that mention covid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field filter; several values of one field mean OR: country:TH,MY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field names and values ignore case; countries and languages also match ISO codes and their names in Thai, Vietnamese and Arabic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: {example}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyntaxHelpDialog</name>
    <message>
        <source>Type words to find resources that contain them, and add field filters to narrow the results. Ticking a value under Criteria writes the same filter into the search box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Cannot undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record in this step was removed for good, so the step cannot be undone or redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record changed after this step (in another window or program), so the step was not undone or redone, to keep that change. Its history still has every version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>An ISBN-10 has nine digits and a final digit or X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ISBN-10 has a wrong check digit: please check for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ISBN-13 has digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ISBN-13 starts with 978 or 979.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ISBN-13 has a wrong check digit: please check for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ISBN has 10 or 13 digits; this one has {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DOI looks like 10.1234/abc-567 (a doi.org link is accepted too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web address cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This web address cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web address starts with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This web address has no valid site name (e.g. www.ilo.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year must be between {first} and {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month needs a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month must be between 1 and 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day needs a valid month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month_name} {year} has days 1 to {days}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organization needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &apos;{role}&apos; for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuePicker</name>
    <message>
        <source>&apos;%1&apos; is not in the list: choose a suggestion or clear the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionConflictDialog</name>
    <message>
        <source>This record changed while you were editing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was removed for good while you were editing it. You can save what you typed as a new record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You opened version %1; version %2 was saved since (in another window or program). Nothing has been overwritten. Choose which version to keep; history keeps the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;new record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabularies</name>
    <message>
        <source>Resource types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocabularies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired values stay on their records but are no longer offered in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring &amp;back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the value to merge into from the suggestions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a catalogue in a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another catalogue file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;shared catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a catalogue on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make offline &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a shared catalogue to this computer, to work without a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this copy&apos;s changes to the shared catalogue and take everyone else&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync (&amp;pull only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the shared catalogue&apos;s changes without sending this copy&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add resources from a file (CSV, RIS, BibTeX, JSON, Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the shown or selected resources to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected resources to a file (CSV, RIS, BibTeX, JSON, Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the search box (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear all criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every criterion and show all resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the criteria (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the library: all resources, reading lists, trash (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the keyboard in the library&apos;s places (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the keyboard in the table of resources (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detail pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to write a search (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Resource Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent catalogues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowFeatures</name>
    <message>
        <source>Looking for likely duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compare the records: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearBox</name>
    <message>
        <source>From year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only resources without a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years in these results: %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year in these results: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dated resources in these results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only resources without a year (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ListTexts</name>
    <message numerus="yes">
        <source>Reading %Ln resource(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_MergeTargetDialog</name>
    <message>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every record using “%1” (%Ln resource(s)) will use the value you choose instead, and “%1” leaves the list. This can be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Type to find the value to keep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_NameDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_RunningDialog</name>
    <message>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_StatusText</name>
    <message numerus="yes">
        <source>Showing %1 of %Ln resource(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln resource(s) in the trash</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln resource(s) in the reading list “%2”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln resource(s) on the list “%2”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
