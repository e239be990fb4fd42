<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BulkRequestDialog</name>
    <message numerus="yes">
        <location filename="../../ui/bulk_request_dialog.py" line="101"/>
        <source>%n draft request(s) will be created, each with its own letter.</source>
        <translation>
            <numerusform>%n draft request will be created, with its own letter.</numerusform>
            <numerusform>%n draft requests will be created, each with its own letter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bulk_request_dialog.py" line="106"/>
        <source>Create %n draft request(s) as “%1”?</source>
        <translation>
            <numerusform>Create %n draft request as “%1”?</numerusform>
            <numerusform>Create %n draft requests as “%1”?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message numerus="yes">
        <location filename="../../ui/consents_page.py" line="126"/>
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n consent</numerusform>
            <numerusform>%n consents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ControllersPage</name>
    <message numerus="yes">
        <location filename="../../ui/controllers_page.py" line="62"/>
        <source>%1: %n month(s)</source>
        <translation>
            <numerusform>%1: %n month</numerusform>
            <numerusform>%1: %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/controllers_page.py" line="100"/>
        <source>%n controller(s)</source>
        <translation>
            <numerusform>%n controller</numerusform>
            <numerusform>%n controllers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <location filename="../../ui/dashboard_page.py" line="192"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard_page.py" line="217"/>
        <source>%n month(s) kept</source>
        <translation>
            <numerusform>%n month kept</numerusform>
            <numerusform>%n months kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message numerus="yes">
        <source>Copy (cleared from the clipboard after %n second(s))</source>
        <translation>
            <numerusform>Copy (cleared from the clipboard after %n second)</numerusform>
            <numerusform>Copy (cleared from the clipboard after %n seconds)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message numerus="yes">
        <source>Copy the letter text (cleared from the clipboard after %n second(s))</source>
        <translation>
            <numerusform>Copy the letter text (cleared from the clipboard after %n second)</numerusform>
            <numerusform>Copy the letter text (cleared from the clipboard after %n seconds)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied; the clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied; the clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentifiersPanel</name>
    <message numerus="yes">
        <source>Copied. It will be cleared from the clipboard in %n second(s).</source>
        <translation>
            <numerusform>Copied. It will be cleared from the clipboard in %n second.</numerusform>
            <numerusform>Copied. It will be cleared from the clipboard in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The alias %1 is recorded and copied (cleared from the clipboard in %n second(s)).</source>
        <translation>
            <numerusform>The alias %1 is recorded and copied (cleared from the clipboard in %n second).</numerusform>
            <numerusform>The alias %1 is recorded and copied (cleared from the clipboard in %n seconds).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy (cleared from the clipboard after %n second(s))</source>
        <translation>
            <numerusform>Copy (cleared from the clipboard after %n second)</numerusform>
            <numerusform>Copy (cleared from the clipboard after %n seconds)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentitiesPage</name>
    <message numerus="yes">
        <location filename="../../ui/identities_page.py" line="113"/>
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
    <name>RequestWords</name>
    <message numerus="yes">
        <location filename="../../ui/request_words.py" line="182"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/request_words.py" line="183"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message numerus="yes">
        <location filename="../../ui/requests_page.py" line="157"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
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
