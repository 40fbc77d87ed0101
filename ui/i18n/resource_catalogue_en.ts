<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>FacetListModel</name>
    <message numerus="yes">
        <source>%1: %Ln resource(s)</source>
        <translation>
            <numerusform>%1: %Ln resource</numerusform>
            <numerusform>%1: %Ln resources</numerusform>
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
</TS>
