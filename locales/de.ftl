# LanScout — Deutsch.
# Glossar: server = Server, scan = Suche (suchen), sweep = Subnetz-Abtastung,
# interface = Schnittstelle, favourite = Favorit, server mode = Servermodus,
# settings = Einstellungen.
# Main window, in everyday words (issue 29): ask every address = Jede Adresse fragen, quick search = schnelle Suche, network = Netzwerk.

## The main window
window-title = LanScout
toolbar-auto-refresh-tip = { $tip } — alle { $secs } s
filter-label = 🔍 Filter
filter-hint = Name, Adresse, Port
filter-tip = Nur Server zeigen, deren Name, Adresse, Port oder Netzwerk diesen Text enthält
progress-name = Suchfortschritt
progress-scanning = Suche läuft…
progress-scanning-timed = Suche läuft… { $elapsed } s von { $total } s
progress-probes = { $planned ->
    [one] { $sent } von { $planned } Anfrage gesendet
   *[other] { $sent } von { $planned } Anfragen gesendet
}
progress-left = noch etwa { $secs } s
progress-answered = { $count ->
    [one] { $count } Server hat geantwortet
   *[other] { $count } Server haben geantwortet
}
status-servers = { $count ->
    [one] { $count } Server
   *[other] { $count } Server
}
status-last-scan = Letzte Suche dauerte { $secs } s
status-last-sweep = Das Fragen aller Adressen dauerte { $secs } s
status-stopped = { $what } (abgebrochen)
status-no-scan = Noch keine Suche
status-interfaces-unknown = Netzwerke: —
status-interfaces-none = keine
status-interfaces = Netzwerke: { $names }{ $targets ->
    [0] {""}
    [one] {" "}+ { $targets } hinzugefügte Adresse
   *[other] {" "}+ { $targets } hinzugefügte Adressen
}
status-messages-warnings = ⚠ Meldungen ({ $count })
status-export = Exportieren
status-server-on = Servermodus an · { $count ->
    [one] { $count } Suche beantwortet
   *[other] { $count } Suchen beantwortet
}
status-no-requests = ⚠ noch hat kein Computer nach diesem gesucht
status-server-starting = Servermodus startet…
status-server-off = Servermodus aus
messages-title = Meldungen
messages-log = auch gespeichert in { $path }
messages-hide = Meldungen ausblenden
messages-empty = Nichts zu melden.
messages-at = { $secs } s
empty-filter-title = Kein Server passt zum Filter
empty-filter-text = Nichts enthält „{ $filter }“.
empty-scanning-title = Suche nach Servern…
empty-scanning-text = Server erscheinen hier, sobald sie antworten.
empty-no-scan-text = Klicken Sie auf { $command } oder drücken Sie { $shortcut }, um die Server in Ihrem Netzwerk zu finden.
empty-none-title = Keine Server gefunden
empty-why = Warum die Liste leer sein kann:
empty-open-settings = Einstellungen öffnen…
tip-with-shortcut = { $tip } ({ $shortcut })
list-separator = {", "}
two-sentences = { $first } { $second }
key-ctrl = Strg
key-shift = Umschalt
key-alt = Alt

## Commands: buttons and menu entries (label), their hover text (-tip)
cmd-scan = ⟳ Suchen
cmd-stop = ■ Stopp
cmd-sweep = Jede Adresse fragen
cmd-open-settings = ⚙ Einstellungen
cmd-cancel-settings = Abbrechen
cmd-apply-settings = Übernehmen
cmd-restore-defaults = Standardwerte
cmd-set-server-mode = Auch als Server arbeiten
cmd-set-auto-refresh = Automatisch suchen
cmd-open-selected = Im Browser öffnen
cmd-copy-url = Link kopieren
cmd-copy-address = Adresse kopieren
cmd-add-favourite = Zu Favoriten hinzufügen
cmd-show-qr = QR-Code zeigen
cmd-close-qr = Schließen
cmd-copy-list = Liste als Text kopieren
cmd-save-list-json = Als JSON speichern
cmd-save-list-csv = Als CSV speichern
cmd-rename-favourite = Favorit umbenennen…
cmd-set-favourite-name = Umbenennen
cmd-cancel-rename = Abbrechen
cmd-remove-favourite = Aus Favoriten entfernen
cmd-dismiss-banner = Ausblenden
cmd-quit = Beenden
cmd-show-window = LanScout zeigen
tray-scan = Jetzt suchen
cmd-show-about = Über
cmd-close-about = Schließen
cmd-copy-support = Angaben für eine Supportanfrage kopieren
cmd-open-folder = Ordner öffnen
cmd-scan-tip = Jetzt im Netzwerk nach Servern suchen
cmd-stop-tip = Die laufende Suche abbrechen
cmd-open-settings-tip = Einstellungen für Suche, Servermodus und Darstellung
cmd-cancel-settings-tip = Schließen, ohne etwas zu ändern
cmd-apply-settings-tip = Diese Einstellungen speichern und verwenden
cmd-restore-defaults-tip = Standardwerte eintragen (nichts ändert sich vor „Übernehmen“)
cmd-set-auto-refresh-tip = Regelmäßig erneut suchen (Intervall in den Einstellungen)
cmd-open-selected-tip = Den Server im Webbrowser öffnen
cmd-copy-url-tip = Die Webadresse des Servers kopieren
cmd-copy-address-tip = Die Adresse des Servers kopieren (Zahlen wie 192.168.1.20)
cmd-add-favourite-tip = Diesen Server bei jeder Suche zuerst fragen, auch wenn er in einem anderen Netzwerk ist
cmd-show-qr-tip = Diesen Server auf einem Telefon oder Tablet öffnen: den Code mit der Kamera scannen
cmd-close-qr-tip = Den QR-Code schließen
cmd-copy-list-tip = Die gezeigten Server kopieren: Name, Webadresse und Netzwerk, einer pro Zeile
cmd-rename-favourite-tip = Diesem Favoriten einen eigenen Namen geben
cmd-set-favourite-name-tip = Diesen Namen verwenden (leer: den Namen, den LanScout findet)
cmd-cancel-rename-tip = Den Namen lassen, wie er ist
cmd-remove-favourite-tip = Diese Adresse nicht mehr zuerst fragen und nicht mehr zeigen, wenn sie nicht antwortet
cmd-toggle-messages-tip = Warnungen und Fehler zeigen oder ausblenden
cmd-dismiss-banner-tip = Diese Meldung ausblenden (sie bleibt unter „Meldungen“)
cmd-show-about-tip = Version, Lizenz und wo LanScout Ihre Einstellungen speichert
cmd-close-about-tip = Dieses Fenster schließen
cmd-copy-support-tip = Version, Ihr System und das Ergebnis der letzten Suche kopieren, um sie in eine Nachricht an Ihre Hilfe einzufügen
cmd-open-folder-tip = Diesen Ordner in der Dateiverwaltung zeigen
cmd-sweep-tip = Jede Adresse Ihrer Netzwerke der Reihe nach fragen: langsamer, findet aber Server, die die schnelle Suche übersieht
cmd-set-server-mode-tip = Andere Computer diesen finden lassen: LanScout antwortet, wenn sie nach Servern suchen
cmd-save-list-tip = Die gezeigten Server mit allen Angaben im Download-Ordner speichern

## The server list
table-name = Server
table-columns = Spalten
column-name = Name
column-address = Adresse
column-port = Port
column-interface = Netzwerk
column-rtt = Antwortzeit
column-last-seen = Gesehen
column-web = Webseite
column-sort-tip = Nach { $column } sortieren
row-unnamed = Server ohne Namen
row-web-open = erreichbar
row-web-closed = Webseite antwortet nicht
row-web-checking = wird geprüft
row-web-unchecked = Webseite nicht geprüft
row-found-by = gefunden: { $ways }
row-away = in einem Netzwerk, das dieser Computer verlassen hat
row-missed = { $ago } · { $count ->
    [one] keine Antwort auf die letzte Suche
   *[other] keine Antwort auf die letzten { $count } Suchen
}
row-looking-up = wird nachgeschlagen…
row-open-tip = { $url } öffnen
row-announced = nennt sich { $address }
row-announced-tip = Der Server gibt seine Adresse als { $address } an, seine Antwort kam aber von { $source }
badge-this-computer = dieser Computer
badge-new = neu
badge-away = anderes Netzwerk
badge-away-tip = Er hat in einem Netzwerk geantwortet, das dieser Computer verlassen hat; er kommt zurück, wenn das Netzwerk zurückkommt
badge-unreachable = nicht erreichbar
badge-stale = antwortet nicht mehr
badge-source-tip = Wie er gefunden wurde: „geantwortet“ = er hat auf die Suche von LanScout geantwortet; „meldet sich“ = er teilt dem lokalen Netzwerk selbst mit, dass er da ist, wie Drucker und Netzwerkspeicher
source-answered = geantwortet
source-advertised = meldet sich
badge-virtual = virtuell
badge-down = inaktiv
cell-web-open = ✔ erreichbar
cell-web-closed = ✖ keine Antwort
cell-web-closed-tip = Port { $port }: { $error }
cell-web-checking = wird geprüft…
detail-title = Seitentitel
detail-hostname = Hostname
detail-web-server = Webserver
detail-hardware = Hardware
detail-maker = Hersteller
detail-opens = Öffnet
detail-announced = Gemeldet
detail-reply-from = Antwort von
detail-first-seen = Zuerst gesehen
detail-remembered = Name aus einem früheren Lauf; die Abfragen sind aus oder laufen noch.
detail-no-lookup = Die Namensabfragen sind aus oder laufen noch.
ago-now = gerade eben
ago-minutes = vor { $count } Min.
ago-hours = vor { $count } Std.
ago-days = { $count ->
    [one] vor { $count } Tag
   *[other] vor { $count } Tagen
}
duration-ms = { $ms } ms
duration-s = { $secs } s

## Notifications
notice-one-named = { $name } ist im Netzwerk — { $address }
notice-one = Ein Server ist im Netzwerk — { $address }
notice-one-body = Klicken, um ihn im Browser zu öffnen.
notice-many = { $count } Server sind im Netzwerk aufgetaucht
notice-many-body = { $rest ->
    [0] { $names }.
   *[other] { $names } und { $rest } weitere.
}
notice-open = Öffnen
notice-background = LanScout läuft weiter
notice-background-body = Es sucht im Infobereich weiter nach Servern. Zum Beenden dort im Menü „Beenden“ wählen.
## QR code
qr-title = Auf dem Telefon öffnen
qr-text = Mit der Kamera eines Telefons scannen, um diesen Server zu öffnen.
qr-too-long = Diese Adresse ist zu lang für einen QR-Code.
## About LanScout
about-title = Über LanScout
about-tagline = LanScout findet die Server in Ihrem Netzwerk und öffnet sie mit einem Klick.
about-version = Version { $version }
about-commit = Erstellt aus Commit { $commit }
about-licence = Freie Software unter der Lizenz { $licence }
about-notices = Lizenzen der Bestandteile, aus denen LanScout gebaut ist:
about-settings = Ihre Einstellungen werden gespeichert in:
about-log = Das Protokoll (nützlich für eine Supportanfrage) liegt in:
about-not-installed = Mit dieser Kopie von LanScout nicht installiert.
about-copied = Kopiert. Fügen Sie es in Ihre Nachricht ein.
## Favourites
favourites-missing = Favoriten, die nicht antworten
rename-title = Favorit { $entry } umbenennen
rename-label = Neuer Name
rename-hint = Leer lassen, um den Namen zu verwenden, den LanScout findet.
## Settings dialog
settings-title = Einstellungen
settings-fix-fields = Korrigieren Sie die markierten Felder, um zu übernehmen.
settings-some-invalid = Einige Felder sind ungültig
settings-section-scanning = Suche
settings-forget-unit = Stunden ohne Antwort (0: nie; Favoriten bleiben)
settings-section-protocol = Protokoll
settings-section-interfaces = Netzwerkschnittstellen
settings-no-interfaces = Außer Loopback wurde keine Netzwerkschnittstelle gefunden.
settings-section-targets = Server jenseits des Broadcasts
settings-section-server = Servermodus
settings-any-interface = Alle
settings-section-appearance = Darstellung

## Settings: label, then -help (hover text and --help), -caption (beside a check box), -hint (an empty field)
setting-protocol-message = Anfragenachricht
setting-protocol-message-help = Der Text, den LanScout zur Suche nach Servern sendet (Vorgabe von django-udp-discovery: DISCOVER_SERVER)
setting-protocol-response-prefix = Antwortpräfix
setting-protocol-response-prefix-help = Womit die Antwort eines Servers beginnt (Vorgabe von django-udp-discovery: SERVER_IP:)
setting-scan-timeout-secs = Wartezeit (Sekunden)
setting-scan-timeout-secs-help = Sekunden, in denen Antworten gesammelt werden (dann endet die Suche, egal was noch kommt)
setting-scan-retries = Wiederholungen
setting-scan-retries-help = Wie oft die Anfragen innerhalb der Wartezeit erneut gesendet werden (nach 0,5 s, 2 s, dann jeweils doppelt so lang)
setting-scan-port = Suchport (UDP)
setting-scan-port-help = UDP-Port, auf dem die Suchserver lauschen
setting-scan-default-web-port = Standard-Webport
setting-scan-default-web-port-help = Webport, der angenommen wird, wenn eine Antwort keinen nennt
setting-scan-scheme = URL-Schema
setting-scan-scheme-help = Schema der Links, mit denen Server geöffnet werden
setting-scan-scheme-http = http
setting-scan-scheme-https = https
setting-scan-include-interfaces = Nur diese Schnittstellen
setting-scan-include-interfaces-help = Nur diese Schnittstelle verwenden (genauer Name; mehrfach möglich)
setting-scan-include-interfaces-hint = alle (Namen, durch Kommas getrennt)
setting-scan-exclude-interfaces = Nie diese Schnittstellen
setting-scan-exclude-interfaces-help = Diese Schnittstelle auslassen (genauer Name; mehrfach möglich)
setting-scan-exclude-interfaces-hint = keine (Namen, durch Kommas getrennt)
setting-scan-favourites = Favoriten
setting-scan-favourites-help = Server, die bei jeder Suche zuerst gefragt und auch ohne Antwort gezeigt werden
setting-scan-favourites-hint = Host oder Host:Port, einer pro Zeile
setting-scan-extra-targets = Weitere Ziele
setting-scan-extra-targets-help = Auch diesen Host, Host:Port oder CIDR-Bereich per Unicast fragen (mehrfach möglich)
setting-scan-extra-targets-hint = Host, Host:Port oder CIDR (10.0.1.0/24)
setting-scan-sweep = Jede Adresse
setting-scan-sweep-help = Jeden Host der Subnetze der verwendeten Schnittstellen per Unicast fragen
setting-scan-sweep-caption = Jede Adresse der lokalen Netzwerke einzeln fragen (Subnetz-Abtastung)
setting-scan-sweep-rate = Abtastrate (Anfragen/s)
setting-scan-sweep-rate-help = Höchstens so viele Abtastanfragen pro Sekunde
setting-scan-fallback = Keine Broadcast-Antwort
setting-scan-fallback-help = Wenn in einem Netzwerk niemand auf den Broadcast antwortet (eine Firewall hier verwirft die Antworten), jede Adresse dieses Netzwerks einzeln fragen (in einem sehr großen Netzwerk die 254 um diesen Computer)
setting-scan-fallback-caption = Dann jede Adresse in der Nähe fragen
setting-scan-auto-refresh = Automatisch suchen
setting-scan-auto-refresh-help = Regelmäßig erneut suchen
setting-scan-auto-refresh-caption = Erneut suchen alle
setting-scan-auto-refresh-secs = Sekunden
setting-scan-auto-refresh-secs-help = Abstand der automatischen Suche in Sekunden
setting-scan-forget-after-hours = Server vergessen nach
setting-scan-forget-after-hours-help = Stunden, nach denen ein Server ohne Antwort aus der Liste verschwindet (Favoriten nie); 0 behält jeden Server
setting-scan-lookup-details = Namen
setting-scan-lookup-details-help = Fragt jeden gefundenen Server nach seiner Webseite (ein HTTP-GET) und schlägt Hostnamen und Hardwarehersteller nach
setting-scan-lookup-details-caption = Namen und Seitentitel nachschlagen
setting-scan-names-over-mdns = mDNS
setting-scan-names-over-mdns-help = Wenn das DNS keinen Namen für einen Server im lokalen Subnetz kennt, das lokale Netz fragen (wie Avahi und Bonjour antworten)
setting-scan-names-over-mdns-caption = Das lokale Netzwerk nach Namen fragen (mDNS)
setting-scan-dns-sd = Angekündigte Webserver
setting-scan-dns-sd-help = Auch Webserver zeigen, die sich über DNS-SD ankündigen (_http._tcp, _https._tcp: Drucker, NAS, Home Assistant)
setting-scan-dns-sd-caption = Auch Webserver zeigen, die sich ankündigen (DNS-SD)
setting-server-enabled = Beim Start
setting-server-enabled-help = Den Servermodus starten, wenn LanScout startet
setting-server-enabled-caption = Servermodus mit LanScout starten
setting-server-port = Auf UDP-Port lauschen
setting-server-port-help = UDP-Port, auf dem gelauscht wird
setting-server-web-port = Gemeldeter Webport
setting-server-web-port-help = Webport, der gemeldet wird (8000 sendet genau die übliche Antwort)
setting-server-buffer-size = Anfragepuffer (Bytes)
setting-server-buffer-size-help = Größte gelesene Anfrage in Bytes
setting-server-interface = Auf Schnittstelle antworten
setting-server-interface-help = Nur Anfragenden antworten, die über diese Schnittstelle erreicht werden
setting-server-local-only = Anfragende
setting-server-local-only-help = Nur Anfragenden in den eigenen Subnetzen dieses Computers antworten
setting-server-local-only-caption = Nur Computern in den Subnetzen dieses Computers antworten
setting-ui-theme = Farbschema
setting-ui-theme-help = Farben des Fensters
setting-ui-theme-system = System
setting-ui-theme-light = Hell
setting-ui-theme-dark = Dunkel
setting-ui-notifications = Benachrichtigungen
setting-ui-notifications-help = Eine Desktop-Benachrichtigung, wenn ein Server auftaucht, während LanScout im Hintergrund läuft (automatische Suche)
setting-ui-notifications-caption = Benachrichtigen, wenn ein Server auftaucht, während LanScout im Hintergrund läuft (automatische Suche)
setting-ui-start-at-login = Beim Anmelden starten
setting-ui-start-at-login-help = LanScout minimiert starten, wenn Sie sich an diesem Computer anmelden
setting-ui-start-at-login-caption = LanScout starten, wenn ich mich anmelde
setting-ui-run-in-background = Im Hintergrund
setting-ui-run-in-background-help = Beim Schließen des Fensters bleibt LanScout im Infobereich und sucht weiter nach Servern (nur wenn der Desktop einen Infobereich hat)
setting-ui-run-in-background-caption = Weiterlaufen, wenn das Fenster geschlossen wird
setting-ui-language = Sprache
setting-ui-language-help = Die Sprache des Fensters und seiner Benachrichtigungen (System: die Sprache des Desktops)
setting-ui-language-system = Systemsprache

## Lines of the messages panel (and the log)
msg-opened = { $url } im Browser geöffnet
msg-open-failed = { $url } konnte nicht in einem Webbrowser geöffnet werden: { $error }. Klicken Sie mit der rechten Maustaste auf den Server und kopieren Sie stattdessen den Link.
msg-open-folder-failed = der Ordner { $folder } konnte nicht geöffnet werden: { $error }
msg-autostart-failed = es konnte nicht geändert werden, ob LanScout beim Anmelden startet: { $error }
msg-tray-gone = Das Symbol von LanScout ist nicht mehr im Infobereich: Das Schließen des Fensters beendet LanScout jetzt
msg-notices-failed = Desktop-Benachrichtigungen können nicht angezeigt werden: { $error }
msg-interfaces-failed = Netzwerkschnittstellen können nicht aufgelistet werden: { $error }
cell-web-no-connection = keine Verbindung
msg-network-changed = Das Netzwerk hat sich geändert: { $left } verlassen, { $joined } beigetreten; { $count ->
    [one] { $count } Server ist in einem Netzwerk, das dieser Computer verlassen hat
   *[other] { $count } Server sind in einem Netzwerk, das dieser Computer verlassen hat
}
msg-forgot = { $count ->
    [one] { $count } Server vergessen, der { $hours } Std. lang nicht gesehen wurde (Einstellungen → Suche)
   *[other] { $count } Server vergessen, die { $hours } Std. lang nicht gesehen wurden (Einstellungen → Suche)
}
msg-server-mode = Servermodus: { $text }
msg-copied = { $count ->
    [one] { $count } Server in die Zwischenablage kopiert
   *[other] { $count } Server in die Zwischenablage kopiert
}
msg-invalid-scan = Suche nicht möglich, die Einstellungen sind ungültig: { $errors }
msg-invalid-server = Servermodus kann nicht starten, die Einstellungen sind ungültig: { $errors }
msg-favourite-added = { $entry } zu den Favoriten hinzugefügt
msg-favourite-removed = { $entry } aus den Favoriten entfernt
msg-rename-failed = { $entry } kann nicht umbenannt werden: { $error }
msg-renamed = Favorit { $entry } heißt jetzt „{ $name }“
msg-name-reset = Favorit { $entry } trägt wieder den Namen, den LanScout findet
msg-no-export-folder = Die Liste kann nicht gespeichert werden: kein Download- oder Home-Ordner gefunden
msg-server-stopped = { $count ->
    [one] Servermodus beendet ({ $count } Anfrage beantwortet)
   *[other] Servermodus beendet ({ $count } Anfragen beantwortet)
}
msg-scan-failed = Die Suche kann nicht starten: { $error }
msg-server-on = Servermodus an: antwortet auf UDP-Port { $port }
msg-server-failed = Der Servermodus konnte nicht starten: { $error }
msg-saver-failed = Die Einstellungen konnten nicht gespeichert werden: der Speicher-Thread ist nicht gestartet
msg-settings-saved = Einstellungen gespeichert
msg-saved-list = { $count ->
    [one] { $count } Server gespeichert in { $path }
   *[other] { $count } Server gespeichert in { $path }
}
msg-save-list-failed = Die Liste kann nicht in { $folder } gespeichert werden: { $error }
msg-save-settings-failed = Die Einstellungen konnten nicht in { $path } gespeichert werden: { $error }
msg-names-moved = Die Namen der Favoriten sind jetzt in der Einstellungsdatei

## Why a scan found nothing (the window's empty list and `lanscout scan --explain`)
diag-targets = Favoriten und hinzugefügte Adressen: { $probes ->
    [one] einmal gefragt
   *[other] { $probes }-mal gefragt
}, { $outcome }.
diag-nothing-back = keine Antwort
diag-not-used = Nicht verwendet: { $names }.
diag-no-probe = Nichts wurde gefragt: Dieser Computer hat kein Netzwerk, das LanScout nutzen darf, und keine Adresse ist hinzugefügt. Prüfen Sie die Netzwerkauswahl in den Einstellungen.
diag-invalid = { $count ->
    [one] { $count } Antwort hatte nicht die erwartete Form: Prüfen Sie in den Einstellungen die Texte, die LanScout sendet und erwartet.
   *[other] { $count } Antworten hatten nicht die erwartete Form: Prüfen Sie in den Einstellungen die Texte, die LanScout sendet und erwartet.
}
diag-nothing-one-by-one = Nichts hat geantwortet, auch nicht, als jede Adresse einzeln gefragt wurde: Dort läuft kein Server, den LanScout auf Port { $port } finden kann, oder eine Firewall blockiert ihn.
diag-firewall-may-block = Eine Firewall auf diesem Computer oder auf den Servern blockiert vielleicht Port { $port }.
diag-router = Server hinter einem Router hören die schnelle Suche nicht: „Jede Adresse fragen“ oder die Adresse des Servers in den Einstellungen (zum Beispiel 192.168.1.20) erreicht sie.
diag-send-failed = die Anfrage konnte nicht gesendet werden
diag-not-sent = nichts wurde gesendet
diag-went-out = gefragt; nichts kam zurück
diag-interface = { $interface }: { $outcome }.
diag-wide-subnet = Dieses Netzwerk ({ $subnet }) ist größer, als die schnelle Suche meist reicht; „Jede Adresse fragen“ fragt jede einzeln.
diag-replies = { $replies ->
    [one] { $replies } Antwort
   *[other] { $replies } Antworten
}, { $invalid } ungültig
diag-fallback-found = { $count ->
    [0] kein Server hat geantwortet
    [one] { $count } Server gefunden
   *[other] { $count } Server gefunden
}
diag-fallback-sweep = Niemand hat auf die schnelle Suche über { $interface } geantwortet, also hat LanScout jede der { $hosts } Adressen ({ $block }) einzeln gefragt: { $found }.
diag-fallback-known = Niemand hat auf die schnelle Suche über { $interface } geantwortet, also hat LanScout die { $hosts } dort bekannten Computer einzeln gefragt: { $found }.
firewall-windows = Windows Defender Firewall
firewall-unknown = eine Firewall
firewall-dropped = Eine Firewall auf diesem Computer ({ $firewall }) blockiert die Antworten auf die schnelle Suche von LanScout: Über { $interface } { $count ->
    [one] hat { $count } Server geantwortet
   *[other] haben { $count } Server geantwortet
}, als jede Adresse einzeln gefragt wurde, auf die schnelle Suche aber keiner.
firewall-dropped-run = Um Antworten aus { $subnet } durchzulassen, führen Sie diesen Befehl als Administrator aus: { $command }
firewall-dropped-allow = Erlauben Sie dort eingehendes UDP vom Quellport { $port } aus { $subnet }.
firewall-dropped-found-anyway = LanScout hat sie trotzdem gefunden, indem es jede Adresse einzeln gefragt hat.
firewall-windows-prompt = Der Servermodus antwortet auf Port { $port }. Wenn Windows fragt, ob LanScout zugelassen werden soll, kreuzen Sie „Private Netzwerke“ an und klicken Sie auf „Zugriff zulassen“: Sonst können andere Computer diesen nicht finden.
firewall-unheard = Noch hat kein Computer nach diesem gesucht. Wenn andere Computer ihn nicht finden, blockiert hier vielleicht eine Firewall Port { $port }.
firewall-unheard-windows = Wenn Windows fragt, ob LanScout in privaten Netzwerken zugelassen werden soll, klicken Sie auf „Zugriff zulassen“; oder führen Sie diesen Befehl als Administrator aus: { $command }
firewall-unheard-run = Um sie hereinzulassen ({ $firewall }), führen Sie diesen Befehl als Administrator aus: { $command }
firewall-unheard-allow = Erlauben Sie dort eingehendes UDP auf Port { $port }.

## The desktop entry (dist/lanscout.desktop) and the AppStream metadata:
## written from these messages by `UPDATE_DIST=1 cargo test --test i18n`.
desktop-generic-name = Server-Finder
desktop-comment = Die Server in Ihrem Netzwerk finden und mit einem Klick öffnen
# Search words, each ended by ";".
desktop-keywords = Suche;Netzwerk;Server;LAN;Django;UDP;
appstream-summary = Server im lokalen Netzwerk finden und mit einem Klick öffnen
appstream-description-1 = LanScout findet die Django-Server in Ihrem lokalen Netzwerk, auf denen der Dienst django-udp-discovery läuft, zeigt jeden, sobald er antwortet, und öffnet ihn mit einem Klick im Browser.
appstream-description-2 = Es kann auch selbst als Discovery-Server arbeiten: Jedem Computer, der danach sucht, antwortet es mit einer Adresse, die dieser Computer erreichen kann.
appstream-screenshot = Gefundene Server in drei Netzwerken
installer-start = LanScout starten
installer-still-running = LanScout läuft noch. Schließen Sie es (auch ein LanScout in einem Terminal) und wählen Sie dann „Wiederholen“.
installer-nothing-changed = LanScout läuft noch: Es wurde nichts geändert.
installer-remove-settings = Auch Ihre LanScout-Einstellungen und das Protokoll entfernen?
readme-title = LanScout: die Server in Ihrem lokalen Netzwerk finden, einen Klick entfernt
readme-start = Doppelklicken Sie auf lanscout.exe: Das Fenster öffnet sich und sucht sofort. Klicken Sie auf eine Adresse, um diesen Server in Ihrem Browser zu öffnen.
readme-firewall = Wenn LanScout zum ersten Mal als Server antwortet („Auch als Server arbeiten“), fragt Windows, ob es in Ihren Netzwerken zugelassen werden soll: Kreuzen Sie „Private Netzwerke“ an und klicken Sie auf „Zugriff zulassen“. Sonst können andere Computer diesen nicht finden.
readme-files = Wo LanScout seine Dateien ablegt:
readme-settings = Einstellungen
readme-log = Protokoll

## What a scan says without stopping (the messages panel; `lanscout scan` on stderr)
warn-send-failed = Anfrage an { $dest } über { $via } konnte nicht gesendet werden: { $error }
warn-announced-unusable = { $source } meldet { $announced }, das von hier nicht erreichbar ist; verwendet wird { $ip }
warn-invalid-reply = ungültige Antwort von { $source } ignoriert: { $reason }
warn-invalid-suppressed = weitere ungültige Antworten kamen an; sie werden gezählt, nicht aufgelistet
warn-target-unresolved = Ziel { $target } konnte nicht aufgelöst werden: { $error }
warn-sweep-narrowed = { $interface }: Subnetz { $subnet } ist größer als /{ $prefix }; abgetastet wird nur { $swept }
warn-scan-extended = Die Abtastung sendet { $probes } Anfragen{ $on_link ->
    [0] {""}
   *[other] {" "}({ $on_link } in den eigenen Subnetzen dieses Computers, so getaktet, dass die Nachbartabelle des Kernels keine verliert)
}; die Suche läuft etwa { $secs } s, um sie abzuschließen
warn-small-buffer = Der Empfangspuffer ist { $granted } Bytes groß ({ $requested } angefordert); bei einem großen Ansturm können Antworten verloren gehen
warn-interfaces-unavailable = Netzwerkschnittstellen können nicht aufgelistet werden ({ $error }); nur Ziele werden gefragt
warn-nothing-to-probe = Keine Netzwerkschnittstelle ist für Broadcasts nutzbar und kein Ziel ist gesetzt
warn-too-many-from-one = { $source } meldet mehr als { $limit } verschiedene Server; der Rest wird ignoriert (als ignoriert gezählt)
warn-sweep-resent = { $count ->
    [one] Die Nachbartabelle des Kernels war voll: { $count } Abtast-Anfrage wurde verworfen und erneut gesendet
   *[other] Die Nachbartabelle des Kernels war voll: { $count } Abtast-Anfragen wurden verworfen und erneut gesendet
}
warn-lookup-failed = Die Abfrage von { $ip } brach mit einem internen Fehler ab ({ $error }); er wird ohne Details gezeigt
warn-details-skipped = { $count } Server wurden schneller gefunden, als ihre Namen nachgeschlagen werden können; sie werden ohne Details gezeigt
warn-too-many-announced = Mehr als { $limit } Webserver haben sich über DNS-SD angekündigt; die ersten { $limit } werden gezeigt
warn-dns-sd-unavailable = Angekündigte Webserver (DNS-SD) können nicht aufgelistet werden: { $error }
warn-fallback-sweep = Noch keine Antwort auf den Broadcast auf { $interface }: jede der { $hosts } Adressen von { $block } wird einzeln gefragt
warn-fallback-known = Noch keine Antwort auf den Broadcast auf { $interface }: die { $hosts } bekannten Hosts dieser Verbindung werden einzeln gefragt

## Why a setting's value is refused (the dialog, beside the field; the command line)
field-not-seconds = { $text } ist keine Zahl von Sekunden
field-timeout-range = muss zwischen 0,1 und 600 Sekunden liegen
field-port-empty = Portnummer eingeben (1–65535)
field-port-range = muss zwischen 1 und 65535 liegen
field-not-port = { $text } ist keine Portnummer (1–65535)
field-not-whole = { $text } ist keine ganze Zahl
field-retries-range = muss zwischen 0 und 10 liegen
field-not-rate = { $text } ist keine ganze Zahl von Anfragen pro Sekunde
field-rate-range = muss zwischen 1 und 50000 Anfragen pro Sekunde liegen
field-empty = darf nicht leer sein
field-too-long = ist { $bytes } Bytes lang; höchstens { $most }
field-interface-empty = Schnittstellenname ist leer
field-not-interface = { $text } ist kein Schnittstellenname
field-name-empty = der Name ist leer
field-name-too-long = ist länger als { $most } Zeichen
field-control-chars = darf keine Steuerzeichen enthalten
field-not-whole-seconds = { $text } ist keine ganze Zahl von Sekunden
field-auto-refresh-range = muss zwischen 5 und 3600 Sekunden liegen
field-forget-range = muss zwischen 0 (nie) und 8760 Stunden liegen
field-not-hours = { $text } ist keine ganze Zahl von Stunden
field-not-language = { $text } ist weder system noch eine von { $tags }
field-not-bytes = { $text } ist keine Anzahl Bytes
field-buffer-range = muss zwischen 16 und 65507 Bytes liegen
field-buffer-holds-message = muss die Nachricht fassen ({ $bytes } Bytes)
skip-loopback = nur innerhalb dieses Computers
skip-not-included = in den Einstellungen nicht ausgewählt
skip-excluded = in den Einstellungen ausgeschaltet
skip-down = nicht verbunden
