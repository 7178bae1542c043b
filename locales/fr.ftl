# LanScout — Français.
# Glossaire : server = serveur, scan = recherche (rechercher), sweep = balayage,
# interface = interface, favourite = favori, server mode = mode serveur,
# settings = Paramètres.
# Main window, in everyday words (issue 29): ask every address = Interroger chaque adresse, quick search = recherche rapide, network = réseau.

## The main window
window-title = LanScout
toolbar-auto-refresh-tip = { $tip } — toutes les { $secs } s
filter-label = 🔍 Filtrer
filter-hint = nom, adresse, port
filter-tip = N’afficher que les serveurs dont le nom, l’adresse, le port ou le réseau contient ce texte
progress-name = Progression de la recherche
progress-scanning = Recherche…
progress-scanning-timed = Recherche… { $elapsed } s sur { $total } s
progress-probes = { $planned ->
    [one] { $sent } demande envoyée sur { $planned }
   *[other] { $sent } demandes envoyées sur { $planned }
}
progress-left = environ { $secs } s restantes
progress-answered = { $count ->
    [one] { $count } serveur a répondu
   *[other] { $count } serveurs ont répondu
}
status-servers = { $count ->
    [one] { $count } serveur
   *[other] { $count } serveurs
}
status-last-scan = La dernière recherche a duré { $secs } s
status-last-sweep = L’interrogation de chaque adresse a duré { $secs } s
status-stopped = { $what } (interrompue)
status-no-scan = Aucune recherche pour l’instant
status-interfaces-unknown = Réseaux : —
status-interfaces-none = aucun
status-interfaces = Réseaux : { $names }{ $targets ->
    [0] {""}
    [one] {" "}+ { $targets } adresse ajoutée
   *[other] {" "}+ { $targets } adresses ajoutées
}
status-messages-warnings = ⚠ Messages ({ $count })
status-export = Exporter
status-server-on = Mode serveur actif · { $count ->
    [one] { $count } recherche reçue
   *[other] { $count } recherches reçues
}
status-no-requests = ⚠ aucun ordinateur n’a encore cherché celui-ci
status-server-starting = Démarrage du mode serveur…
status-server-off = Mode serveur inactif
messages-title = Messages
messages-log = également écrits dans { $path }
messages-hide = Masquer les messages
messages-empty = Rien à signaler.
messages-at = { $secs } s
empty-filter-title = Aucun serveur ne correspond au filtre
empty-filter-text = Rien ne contient « { $filter } ».
empty-scanning-title = Recherche de serveurs…
empty-scanning-text = Les serveurs apparaissent ici dès qu’ils répondent.
empty-no-scan-text = Cliquez sur { $command } ou appuyez sur { $shortcut } pour trouver les serveurs de votre réseau.
empty-none-title = Aucun serveur trouvé
empty-why = Pourquoi la liste peut être vide :
empty-open-settings = Ouvrir les paramètres…
tip-with-shortcut = { $tip } ({ $shortcut })
list-separator = {", "}
two-sentences = { $first } { $second }
key-ctrl = Ctrl
key-shift = Maj
key-alt = Alt

## Commands: buttons and menu entries (label), their hover text (-tip)
cmd-scan = ⟳ Rechercher
cmd-stop = ■ Arrêter
cmd-sweep = Interroger chaque adresse
cmd-open-settings = ⚙ Paramètres
cmd-cancel-settings = Annuler
cmd-apply-settings = Appliquer
cmd-restore-defaults = Valeurs par défaut
cmd-set-server-mode = Être aussi serveur
cmd-set-auto-refresh = Actualisation auto
cmd-open-selected = Ouvrir dans le navigateur
cmd-copy-url = Copier le lien
cmd-copy-address = Copier l’adresse
cmd-add-favourite = Ajouter aux favoris
cmd-show-qr = Afficher le code QR
cmd-close-qr = Fermer
cmd-copy-list = Copier la liste en texte
cmd-save-list-json = Enregistrer en JSON
cmd-save-list-csv = Enregistrer en CSV
cmd-rename-favourite = Renommer le favori…
cmd-set-favourite-name = Renommer
cmd-cancel-rename = Annuler
cmd-remove-favourite = Retirer des favoris
cmd-dismiss-banner = Masquer
cmd-quit = Quitter
cmd-show-window = Afficher LanScout
tray-scan = Chercher maintenant
cmd-show-about = À propos
cmd-close-about = Fermer
cmd-copy-support = Copier les informations pour une demande d’aide
cmd-open-folder = Ouvrir le dossier
cmd-scan-tip = Rechercher maintenant les serveurs du réseau
cmd-stop-tip = Arrêter la recherche en cours
cmd-open-settings-tip = Paramètres de recherche, du mode serveur et de l’apparence
cmd-cancel-settings-tip = Fermer sans rien changer
cmd-apply-settings-tip = Enregistrer ces paramètres et les utiliser
cmd-restore-defaults-tip = Remplir avec les valeurs par défaut (rien ne change avant « Appliquer »)
cmd-set-auto-refresh-tip = Relancer la recherche régulièrement (intervalle dans les paramètres)
cmd-open-selected-tip = Ouvrir le serveur dans le navigateur web
cmd-copy-url-tip = Copier l’adresse web du serveur
cmd-copy-address-tip = Copier l’adresse du serveur (des chiffres comme 192.168.1.20)
cmd-add-favourite-tip = Interroger ce serveur en premier à chaque recherche, même s’il est sur un autre réseau
cmd-show-qr-tip = Ouvrir ce serveur sur un téléphone ou une tablette : scannez le code avec son appareil photo
cmd-close-qr-tip = Fermer le code QR
cmd-copy-list-tip = Copier les serveurs affichés : nom, adresse web et réseau, un par ligne
cmd-rename-favourite-tip = Donner à ce favori un nom de votre choix
cmd-set-favourite-name-tip = Utiliser ce nom (vide : le nom que LanScout trouve)
cmd-cancel-rename-tip = Garder le nom tel quel
cmd-remove-favourite-tip = Ne plus interroger cette adresse en premier, et ne plus l’afficher quand elle ne répond pas
cmd-toggle-messages-tip = Afficher ou masquer les avertissements et les erreurs
cmd-dismiss-banner-tip = Masquer ce message (il reste dans « Messages »)
cmd-show-about-tip = Version, licence et emplacement de vos réglages
cmd-close-about-tip = Fermer cette fenêtre
cmd-copy-support-tip = Copier la version, votre système et le résultat de la dernière recherche, à coller dans un message à la personne qui vous aide
cmd-open-folder-tip = Afficher ce dossier dans le gestionnaire de fichiers
cmd-sweep-tip = Interroger une à une les adresses de vos réseaux : plus lent, mais trouve les serveurs que la recherche rapide manque
cmd-set-server-mode-tip = Permettre aux autres ordinateurs de trouver celui-ci : LanScout répond quand ils cherchent des serveurs
cmd-save-list-tip = Enregistrer les serveurs affichés, avec tous les détails, dans le dossier Téléchargements

## The server list
table-name = Serveurs
table-columns = Colonnes
column-name = Nom
column-address = Adresse
column-port = Port
column-interface = Réseau
column-rtt = Temps de réponse
column-last-seen = Vu
column-web = Page web
column-sort-tip = Trier par { $column }
row-unnamed = serveur sans nom
row-web-open = joignable
row-web-closed = la page web ne répond pas
row-web-checking = vérification
row-web-unchecked = page web non vérifiée
row-found-by = trouvé : { $ways }
row-away = sur un réseau que cet ordinateur a quitté
row-missed = { $ago } · { $count ->
    [one] pas de réponse à la dernière recherche
   *[other] pas de réponse aux { $count } dernières recherches
}
row-looking-up = recherche du nom…
row-open-tip = Ouvrir { $url }
row-announced = se dit à { $address }
row-announced-tip = Le serveur donne { $address } comme adresse, mais sa réponse venait de { $source }
badge-this-computer = cet ordinateur
badge-new = nouveau
badge-away = autre réseau
badge-away-tip = Il a répondu sur un réseau que cet ordinateur a quitté ; il revient avec ce réseau
badge-unreachable = injoignable
badge-stale = ne répond plus
badge-source-tip = Comment il a été trouvé : « a répondu » = il a répondu à la recherche de LanScout ; « se signale » = il indique lui-même sa présence au réseau local, comme les imprimantes et les boîtiers de stockage
source-answered = a répondu
source-advertised = se signale
badge-virtual = virtuelle
badge-down = inactive
cell-web-open = ✔ joignable
cell-web-closed = ✖ pas de réponse
cell-web-closed-tip = Port { $port } : { $error }
cell-web-checking = vérification…
detail-title = Titre de la page
detail-hostname = Nom d’hôte
detail-web-server = Serveur web
detail-hardware = Matériel
detail-maker = Fabricant
detail-opens = Ouvre
detail-announced = Annoncé
detail-reply-from = Réponse de
detail-first-seen = Vu la première fois
detail-remembered = Nom d’une session précédente ; les recherches de noms sont désactivées ou en cours.
detail-no-lookup = Les recherches de noms sont désactivées ou en cours.
ago-now = à l’instant
ago-minutes = il y a { $count } min
ago-hours = il y a { $count } h
ago-days = { $count ->
    [one] il y a { $count } jour
   *[other] il y a { $count } jours
}
duration-ms = { $ms } ms
duration-s = { $secs } s

## Notifications
notice-one-named = { $name } est sur le réseau — { $address }
notice-one = Un serveur est sur le réseau — { $address }
notice-one-body = Cliquez pour l’ouvrir dans le navigateur.
notice-many = { $count } serveurs sont apparus sur le réseau
notice-many-body = { $rest ->
    [0] { $names }.
   *[other] { $names } et { $rest } autres.
}
notice-open = Ouvrir
notice-background = LanScout fonctionne toujours
notice-background-body = Il continue de chercher des serveurs depuis la zone de notification. Pour quitter, choisissez Quitter dans son menu.
## QR code
qr-title = Ouvrir sur un téléphone
qr-text = Scannez avec l’appareil photo d’un téléphone pour ouvrir ce serveur.
qr-too-long = Ce lien est trop long pour un code QR.
## About LanScout
about-title = À propos de LanScout
about-tagline = LanScout trouve les serveurs de votre réseau et les ouvre en un clic.
about-version = Version { $version }
about-commit = Construit à partir du commit { $commit }
about-licence = Logiciel libre sous la licence { $licence }
about-notices = Licences des composants dont LanScout est fait :
about-settings = Vos réglages sont enregistrés dans :
about-log = Le journal (utile pour une demande d’aide) se trouve dans :
about-not-installed = Non installé avec cette copie de LanScout.
about-copied = Copié. Collez-le dans votre message.
## Favourites
favourites-missing = Favoris qui ne répondent pas
rename-title = Renommer le favori { $entry }
rename-label = Nouveau nom
rename-hint = Laissez vide pour utiliser le nom que LanScout trouve.
## Settings dialog
settings-title = Paramètres
settings-fix-fields = Corrigez les champs signalés pour pouvoir appliquer.
settings-some-invalid = Certains champs ne sont pas valides
settings-section-scanning = Recherche
settings-forget-unit = heures sans réponse (0 : jamais ; les favoris restent)
settings-section-protocol = Protocole
settings-section-interfaces = Interfaces réseau
settings-no-interfaces = Aucune interface réseau n’a été trouvée en dehors du bouclage.
settings-section-targets = Serveurs hors de portée de la diffusion
settings-section-server = Mode serveur
settings-any-interface = Toutes
settings-section-appearance = Apparence

## Settings: label, then -help (hover text and --help), -caption (beside a check box), -hint (an empty field)
setting-protocol-message = Message de requête
setting-protocol-message-help = Le texte que LanScout envoie pour chercher les serveurs (par défaut dans django-udp-discovery : DISCOVER_SERVER)
setting-protocol-response-prefix = Préfixe de réponse
setting-protocol-response-prefix-help = Le début de la réponse d’un serveur (par défaut dans django-udp-discovery : SERVER_IP:)
setting-scan-timeout-secs = Délai (secondes)
setting-scan-timeout-secs-help = Secondes pendant lesquelles les réponses sont collectées (la recherche s’arrête alors, quoi qu’il arrive)
setting-scan-retries = Nouvelles tentatives
setting-scan-retries-help = Nombre de renvois des requêtes pendant le délai (à 0,5 s, 2 s, puis en doublant)
setting-scan-port = Port de découverte (UDP)
setting-scan-port-help = Port UDP sur lequel écoutent les serveurs de découverte
setting-scan-default-web-port = Port web par défaut
setting-scan-default-web-port-help = Port web supposé quand une réponse n’en indique pas
setting-scan-scheme = Schéma d’URL
setting-scan-scheme-help = Schéma des liens qui ouvrent les serveurs
setting-scan-scheme-http = http
setting-scan-scheme-https = https
setting-scan-include-interfaces = Seulement ces interfaces
setting-scan-include-interfaces-help = N’utiliser que cette interface (nom exact ; répétable)
setting-scan-include-interfaces-hint = toutes (noms séparés par des virgules)
setting-scan-exclude-interfaces = Jamais ces interfaces
setting-scan-exclude-interfaces-help = Ignorer cette interface (nom exact ; répétable)
setting-scan-exclude-interfaces-hint = aucune (noms séparés par des virgules)
setting-scan-favourites = Favoris
setting-scan-favourites-help = Serveurs interrogés en premier à chaque recherche, et affichés même s’ils ne répondent pas
setting-scan-favourites-hint = hôte ou hôte:port, un par ligne
setting-scan-extra-targets = Cibles supplémentaires
setting-scan-extra-targets-help = Interroger aussi cet hôte, hôte:port ou plage CIDR en unicast (répétable)
setting-scan-extra-targets-hint = hôte, hôte:port ou CIDR (10.0.1.0/24)
setting-scan-sweep = Chaque adresse
setting-scan-sweep-help = Interroger en unicast chaque hôte des sous-réseaux des interfaces utilisées
setting-scan-sweep-caption = Interroger une à une les adresses des réseaux locaux (balayage)
setting-scan-sweep-rate = Cadence du balayage (requêtes/s)
setting-scan-sweep-rate-help = Nombre maximal de requêtes de balayage par seconde
setting-scan-fallback = Pas de réponse à la diffusion
setting-scan-fallback-help = Quand rien ne répond à la diffusion sur un réseau (un pare-feu ici rejette les réponses), interroger une à une les adresses de ce réseau (sur un très grand réseau, les 254 autour de cet ordinateur)
setting-scan-fallback-caption = Alors interroger chaque adresse proche
setting-scan-auto-refresh = Actualisation auto
setting-scan-auto-refresh-help = Relancer la recherche régulièrement
setting-scan-auto-refresh-caption = Rechercher toutes les
setting-scan-auto-refresh-secs = secondes
setting-scan-auto-refresh-secs-help = Intervalle de l’actualisation automatique en secondes
setting-scan-forget-after-hours = Oublier les serveurs après
setting-scan-forget-after-hours-help = Heures après lesquelles un serveur qui ne répond plus quitte la liste (jamais les favoris) ; 0 garde tous les serveurs
setting-scan-lookup-details = Noms
setting-scan-lookup-details-help = Demande à chaque serveur trouvé sa page web (un HTTP GET) et cherche son nom d’hôte et le fabricant de son matériel
setting-scan-lookup-details-caption = Chercher les noms et les titres de page
setting-scan-names-over-mdns = mDNS
setting-scan-names-over-mdns-help = Quand le DNS n’a pas de nom pour un serveur d’un sous-réseau local, demander au réseau local (comme répondent Avahi et Bonjour)
setting-scan-names-over-mdns-caption = Demander les noms au réseau local (mDNS)
setting-scan-dns-sd = Serveurs web annoncés
setting-scan-dns-sd-help = Lister aussi les serveurs web qui s’annoncent par DNS-SD (_http._tcp, _https._tcp : imprimantes, NAS, Home Assistant)
setting-scan-dns-sd-caption = Lister aussi les serveurs web qui s’annoncent (DNS-SD)
setting-server-enabled = Au démarrage
setting-server-enabled-help = Démarrer le mode serveur au lancement de LanScout
setting-server-enabled-caption = Démarrer le mode serveur avec LanScout
setting-server-port = Écouter sur le port UDP
setting-server-port-help = Port UDP d’écoute
setting-server-web-port = Port web annoncé
setting-server-web-port-help = Port web à annoncer (8000 envoie exactement la réponse d’origine)
setting-server-buffer-size = Tampon de requête (octets)
setting-server-buffer-size-help = Taille maximale d’une requête lue, en octets
setting-server-interface = Répondre sur l’interface
setting-server-interface-help = Ne répondre qu’aux demandeurs joints par cette interface
setting-server-local-only = Demandeurs
setting-server-local-only-help = Ne répondre qu’aux demandeurs des sous-réseaux de cet ordinateur
setting-server-local-only-caption = Ne répondre qu’aux ordinateurs des sous-réseaux de cet ordinateur
setting-ui-theme = Thème
setting-ui-theme-help = Couleurs de la fenêtre
setting-ui-theme-system = Système
setting-ui-theme-light = Clair
setting-ui-theme-dark = Sombre
setting-ui-notifications = Notifications
setting-ui-notifications-help = Une notification de bureau quand un serveur apparaît pendant que LanScout est en arrière-plan (actualisation auto)
setting-ui-notifications-caption = Me prévenir quand un serveur apparaît pendant que LanScout est en arrière-plan (actualisation auto)
setting-ui-start-at-login = Démarrer à l’ouverture de session
setting-ui-start-at-login-help = Démarrer LanScout, réduit, quand vous ouvrez une session sur cet ordinateur
setting-ui-start-at-login-caption = Démarrer LanScout quand j’ouvre ma session
setting-ui-run-in-background = En arrière-plan
setting-ui-run-in-background-help = Fermer la fenêtre laisse LanScout dans la zone de notification, où il continue de chercher des serveurs (seulement si le bureau en a une)
setting-ui-run-in-background-caption = Continuer en arrière-plan quand la fenêtre est fermée
setting-ui-language = Langue
setting-ui-language-help = La langue de la fenêtre et de ses notifications (Système : la langue du bureau)
setting-ui-language-system = Langue du système

## Lines of the messages panel (and the log)
msg-opened = { $url } ouvert dans le navigateur
msg-open-failed = impossible d’ouvrir { $url } dans un navigateur web : { $error }. Faites un clic droit sur le serveur et copiez plutôt son lien.
msg-open-folder-failed = impossible d’ouvrir le dossier { $folder } : { $error }
msg-autostart-failed = impossible de changer le démarrage de LanScout à l’ouverture de session : { $error }
msg-tray-gone = L’icône de LanScout a quitté la zone de notification : fermer la fenêtre quitte maintenant LanScout
msg-notices-failed = les notifications de bureau ne peuvent pas être affichées : { $error }
msg-interfaces-failed = impossible de lister les interfaces réseau : { $error }
cell-web-no-connection = pas de connexion
msg-network-changed = le réseau a changé : cet ordinateur a quitté { $left } et rejoint { $joined } ; { $count ->
    [one] { $count } serveur est sur un réseau que cet ordinateur a quitté
   *[other] { $count } serveurs sont sur un réseau que cet ordinateur a quitté
}
msg-forgot = { $count ->
    [one] { $count } serveur oublié, absent depuis { $hours } h (Paramètres → Recherche)
   *[other] { $count } serveurs oubliés, absents depuis { $hours } h (Paramètres → Recherche)
}
msg-server-mode = mode serveur : { $text }
msg-copied = { $count ->
    [one] { $count } serveur copié dans le presse-papiers
   *[other] { $count } serveurs copiés dans le presse-papiers
}
msg-invalid-scan = recherche impossible, les paramètres ne sont pas valides : { $errors }
msg-invalid-server = impossible de démarrer le mode serveur, les paramètres ne sont pas valides : { $errors }
msg-favourite-added = { $entry } ajouté aux favoris
msg-favourite-removed = { $entry } retiré des favoris
msg-rename-failed = impossible de renommer { $entry } : { $error }
msg-renamed = le favori { $entry } s’appelle désormais « { $name } »
msg-name-reset = le favori { $entry } reprend le nom que LanScout trouve
msg-no-export-folder = impossible d’enregistrer la liste : aucun dossier Téléchargements ni dossier personnel trouvé
msg-server-stopped = { $count ->
    [one] mode serveur arrêté ({ $count } requête traitée)
   *[other] mode serveur arrêté ({ $count } requêtes traitées)
}
msg-scan-failed = impossible de lancer une recherche : { $error }
msg-server-on = mode serveur actif : réponses sur le port UDP { $port }
msg-server-failed = impossible de démarrer le mode serveur : { $error }
msg-saver-failed = impossible d’enregistrer les paramètres : le fil d’enregistrement n’a pas démarré
msg-settings-saved = paramètres enregistrés
msg-saved-list = { $count ->
    [one] { $count } serveur enregistré dans { $path }
   *[other] { $count } serveurs enregistrés dans { $path }
}
msg-save-list-failed = impossible d’enregistrer la liste dans { $folder } : { $error }
msg-save-settings-failed = impossible d’enregistrer les paramètres dans { $path } : { $error }
msg-names-moved = les noms des favoris sont maintenant dans le fichier de paramètres

## Why a scan found nothing (the window's empty list and `lanscout scan --explain`)
diag-targets = Favoris et adresses ajoutées : { $probes ->
    [one] interrogés une fois
   *[other] interrogés { $probes } fois
}, { $outcome }.
diag-nothing-back = aucune réponse
diag-not-used = Réseaux non utilisés : { $names }.
diag-no-probe = Rien n’a été demandé : cet ordinateur n’a aucun réseau que LanScout peut utiliser, et aucune adresse n’a été ajoutée. Vérifiez le choix des réseaux dans les Paramètres.
diag-invalid = { $count ->
    [one] { $count } réponse n’avait pas la forme attendue : vérifiez dans les Paramètres les textes que LanScout envoie et attend.
   *[other] { $count } réponses n’avaient pas la forme attendue : vérifiez dans les Paramètres les textes que LanScout envoie et attend.
}
diag-nothing-one-by-one = Rien n’a répondu, même en interrogeant chaque adresse à son tour : aucun ordinateur n’y fait tourner de serveur que LanScout peut trouver sur le port { $port }, ou un pare-feu le bloque.
diag-firewall-may-block = Un pare-feu sur cet ordinateur ou sur les serveurs bloque peut-être le port { $port }.
diag-router = Les serveurs derrière un routeur n’entendent pas la recherche rapide : « Interroger chaque adresse », ou l’adresse du serveur ajoutée dans les Paramètres (par exemple 192.168.1.20), les atteint.
diag-send-failed = la demande n’a pas pu être envoyée
diag-not-sent = rien n’a été envoyé
diag-went-out = interrogé ; rien n’est revenu
diag-interface = { $interface } : { $outcome }.
diag-wide-subnet = Ce réseau ({ $subnet }) est plus grand que ce que la recherche rapide atteint d’habitude ; « Interroger chaque adresse » les interroge une à une.
diag-replies = { $replies ->
    [one] { $replies } réponse
   *[other] { $replies } réponses
}, { $invalid } non valides
diag-fallback-found = { $count ->
    [0] aucun serveur n’a répondu
    [one] { $count } serveur trouvé
   *[other] { $count } serveurs trouvés
}
diag-fallback-sweep = Personne n’a répondu à la recherche rapide sur { $interface } ; LanScout a donc interrogé une à une ses { $hosts } adresses ({ $block }) : { $found }.
diag-fallback-known = Personne n’a répondu à la recherche rapide sur { $interface } ; LanScout a donc interrogé un à un les { $hosts } ordinateurs qu’il y connaît : { $found }.
firewall-windows = Pare-feu Windows Defender
firewall-unknown = un pare-feu
firewall-dropped = Un pare-feu sur cet ordinateur ({ $firewall }) bloque les réponses à la recherche rapide de LanScout : sur { $interface }, { $count ->
    [one] { $count } serveur a répondu
   *[other] { $count } serveurs ont répondu
} quand chaque adresse a été interrogée, mais aucun à la recherche rapide.
firewall-dropped-run = Pour laisser passer les réponses de { $subnet }, exécutez cette commande en administrateur : { $command }
firewall-dropped-allow = Autorisez-y l’UDP entrant depuis le port source { $port } de { $subnet }.
firewall-dropped-found-anyway = LanScout les a quand même trouvés en interrogeant chaque adresse.
firewall-windows-prompt = Le mode serveur répond sur le port { $port }. Si Windows demande s’il faut autoriser LanScout, cochez « Réseaux privés » et cliquez sur « Autoriser l’accès » : sinon les autres ordinateurs ne peuvent pas trouver celui-ci.
firewall-unheard = Aucun ordinateur n’a encore cherché celui-ci. Si les autres ordinateurs ne le trouvent pas, un pare-feu ici bloque peut-être le port { $port }.
firewall-unheard-windows = Quand Windows demande s’il faut autoriser LanScout sur les réseaux privés, cliquez sur « Autoriser l’accès » ; ou exécutez cette commande en administrateur : { $command }
firewall-unheard-run = Pour les laisser entrer ({ $firewall }), exécutez cette commande en administrateur : { $command }
firewall-unheard-allow = Autorisez-y l’UDP entrant sur le port { $port }.

## The desktop entry (dist/lanscout.desktop) and the AppStream metadata:
## written from these messages by `UPDATE_DIST=1 cargo test --test i18n`.
desktop-generic-name = Recherche de serveurs
desktop-comment = Trouver les serveurs de votre réseau et les ouvrir en un clic
# Search words, each ended by ";".
desktop-keywords = découverte;réseau;serveur;LAN;Django;UDP;
appstream-summary = Trouver les serveurs de votre réseau local et les ouvrir en un clic
appstream-description-1 = LanScout trouve les serveurs Django de votre réseau local qui font tourner le service django-udp-discovery, affiche chacun dès qu’il répond et l’ouvre dans votre navigateur en un clic.
appstream-description-2 = Il peut aussi servir lui-même de serveur de découverte : à chaque ordinateur qui le cherche, il répond avec une adresse que cet ordinateur peut atteindre.
appstream-screenshot = Serveurs trouvés sur trois réseaux
installer-start = Lancer LanScout
installer-still-running = LanScout est encore ouvert. Fermez-le (ainsi que tout LanScout lancé dans un terminal), puis choisissez « Réessayer ».
installer-nothing-changed = LanScout est encore ouvert : rien n’a été modifié.
installer-remove-settings = Supprimer aussi vos paramètres et le journal de LanScout ?
readme-title = LanScout : trouver les serveurs de votre réseau local, à un clic
readme-start = Double-cliquez sur lanscout.exe : la fenêtre s’ouvre et lance aussitôt une recherche. Cliquez sur une adresse pour ouvrir ce serveur dans votre navigateur.
readme-firewall = La première fois que LanScout répond en tant que serveur (« Être aussi serveur »), Windows demande s’il faut l’autoriser sur vos réseaux : cochez « Réseaux privés » et cliquez sur « Autoriser l’accès ». Sinon, les autres ordinateurs ne peuvent pas trouver celui-ci.
readme-files = Où LanScout range ses fichiers :
readme-settings = paramètres
readme-log = journal

## What a scan says without stopping (the messages panel; `lanscout scan` on stderr)
warn-send-failed = impossible d’envoyer une requête à { $dest } via { $via } : { $error }
warn-announced-unusable = { $source } a annoncé { $announced }, injoignable d’ici ; { $ip } est utilisée
warn-invalid-reply = réponse non valide de { $source } ignorée : { $reason }
warn-invalid-suppressed = d’autres réponses non valides sont arrivées ; elles sont comptées, pas listées
warn-target-unresolved = impossible de résoudre la cible { $target } : { $error }
warn-sweep-narrowed = { $interface } : le sous-réseau { $subnet } est plus large que /{ $prefix } ; seul { $swept } est balayé
warn-scan-extended = le balayage envoie { $probes } requêtes{ $on_link ->
    [0] {""}
   *[other] {" "}({ $on_link } sur les sous-réseaux de cet ordinateur, cadencées pour que la table des voisins du noyau n’en perde aucune)
} ; la recherche dure environ { $secs } s pour le terminer
warn-small-buffer = le tampon de réception fait { $granted } octets ({ $requested } demandés) ; des réponses peuvent se perdre lors d’un afflux
warn-interfaces-unavailable = impossible de lister les interfaces réseau ({ $error }) ; seules les cibles sont interrogées
warn-nothing-to-probe = aucune interface réseau n’est utilisable pour la diffusion et aucune cible n’est définie
warn-too-many-from-one = { $source } a annoncé plus de { $limit } serveurs différents ; les autres sont ignorés (comptés comme ignorés)
warn-sweep-resent = { $count ->
    [one] la table des voisins du noyau était pleine : { $count } requête de balayage a été perdue puis renvoyée
   *[other] la table des voisins du noyau était pleine : { $count } requêtes de balayage ont été perdues puis renvoyées
}
warn-lookup-failed = la recherche de { $ip } s’est arrêtée sur une erreur interne ({ $error }) ; il est listé sans détails
warn-details-skipped = { $count } serveurs ont été trouvés plus vite que leurs noms ne peuvent être cherchés ; ils sont listés sans détails
warn-too-many-announced = plus de { $limit } serveurs web se sont annoncés par DNS-SD ; les { $limit } premiers sont listés
warn-dns-sd-unavailable = les serveurs web annoncés (DNS-SD) ne peuvent pas être listés : { $error }
warn-fallback-sweep = pas encore de réponse à la diffusion sur { $interface } : interrogation une à une des { $hosts } adresses de { $block }
warn-fallback-known = pas encore de réponse à la diffusion sur { $interface } : interrogation un à un des { $hosts } hôtes connus sur ce lien

## Why a setting's value is refused (the dialog, beside the field; the command line)
field-not-seconds = { $text } n’est pas un nombre de secondes
field-timeout-range = doit être entre 0,1 et 600 secondes
field-port-empty = saisissez un numéro de port (1-65535)
field-port-range = doit être entre 1 et 65535
field-not-port = { $text } n’est pas un numéro de port (1-65535)
field-not-whole = { $text } n’est pas un nombre entier
field-retries-range = doit être entre 0 et 10
field-not-rate = { $text } n’est pas un nombre entier de requêtes par seconde
field-rate-range = doit être entre 1 et 50000 requêtes par seconde
field-empty = ne doit pas être vide
field-too-long = fait { $bytes } octets ; { $most } au maximum
field-interface-empty = le nom d’interface est vide
field-not-interface = { $text } n’est pas un nom d’interface
field-name-empty = le nom est vide
field-name-too-long = dépasse { $most } caractères
field-control-chars = ne doit pas contenir de caractères de contrôle
field-not-whole-seconds = { $text } n’est pas un nombre entier de secondes
field-auto-refresh-range = doit être entre 5 et 3600 secondes
field-forget-range = doit être entre 0 (jamais) et 8760 heures
field-not-hours = { $text } n’est pas un nombre entier d’heures
field-not-language = { $text } n’est ni system ni l’une de { $tags }
field-not-bytes = { $text } n’est pas un nombre d’octets
field-buffer-range = doit être entre 16 et 65507 octets
field-buffer-holds-message = doit pouvoir contenir le message ({ $bytes } octets)
skip-loopback = interne à cet ordinateur
skip-not-included = non choisi dans les Paramètres
skip-excluded = désactivé dans les Paramètres
skip-down = non connecté
