<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ControllersPage</name>
    <message numerus="yes">
        <location filename="../../ui/controllers_page.py" line="57"/>
        <source>%1: %n month(s)</source>
        <translation>
            <numerusform>%1: %n month</numerusform>
            <numerusform>%1: %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/controllers_page.py" line="95"/>
        <source>%n controller(s)</source>
        <translation>
            <numerusform>%n controller</numerusform>
            <numerusform>%n controllers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentitiesPage</name>
    <message numerus="yes">
        <location filename="../../ui/identities_page.py" line="79"/>
        <source>%n identity(-ies)</source>
        <translation>
            <numerusform>%n identity</numerusform>
            <numerusform>%n identities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <location filename="../../ui/list_page.py" line="96"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message numerus="yes">
        <location filename="../../ui/passphrase_fields.py" line="93"/>
        <source>Use at least %n characters; a few unrelated words are best.</source>
        <translation>
            <numerusform>Use at least %n character; a few unrelated words are best.</numerusform>
            <numerusform>Use at least %n characters; a few unrelated words are best.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <location filename="../../ui/tray.py" line="53"/>
        <source>%n request(s) fall due.</source>
        <translation>
            <numerusform>%n request falls due.</numerusform>
            <numerusform>%n requests fall due.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tray.py" line="57"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
