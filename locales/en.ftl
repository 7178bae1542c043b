# LanScout — English (the reference catalogue: every other language has exactly its keys).
# Terms: server, scan, favourite, server mode; "ask every address" (the sweep), "quick search" (the broadcast).
#
# A group whose heading starts with "Default view" holds what the window shows
# without being asked: everyday words only (tests/i18n.rs fails on a word of
# its technical list there). The technical fact goes one step away: the row's
# details, the messages panel, the settings dialog, `lanscout scan --explain`.

## Default view: the main window
window-title = LanScout
toolbar-auto-refresh-tip = { $tip } — every { $secs } s
filter-label = 🔍 Filter
filter-hint = name, address, port
filter-tip = Show only servers whose name, address, port or network contains this text
progress-name = Scan progress
progress-scanning = Scanning…
progress-scanning-timed = Scanning… { $elapsed } s of { $total } s
progress-probes = { $planned ->
    [one] { $sent } of { $planned } request sent
   *[other] { $sent } of { $planned } requests sent
}
progress-left = about { $secs } s left
progress-answered = { $count ->
    [one] { $count } server answered
   *[other] { $count } servers answered
}
status-servers = { $count ->
    [one] { $count } server
   *[other] { $count } servers
}
status-last-scan = Last scan took { $secs } s
status-last-sweep = Asking every address took { $secs } s
status-stopped = { $what } (stopped)
status-no-scan = No scan yet
status-interfaces-unknown = Networks: —
status-interfaces-none = none
status-interfaces = Networks: { $names }{ $targets ->
    [0] {""}
    [one] {" "}+ { $targets } added address
   *[other] {" "}+ { $targets } added addresses
}
status-messages-warnings = ⚠ Messages ({ $count })
status-export = Export
status-server-on = Server mode on · { $count ->
    [one] answered { $count } search
   *[other] answered { $count } searches
}
status-no-requests = ⚠ no computer has looked for this one yet
status-server-starting = Server mode starting…
status-server-off = Server mode off
empty-filter-title = No server matches the filter
empty-filter-text = Nothing contains “{ $filter }”.
empty-scanning-title = Looking for servers…
empty-scanning-text = Servers appear here the moment they answer.
empty-no-scan-text = Click { $command } or press { $shortcut } to find the servers on your network.
empty-none-title = No servers found
empty-why = Why the list may be empty:
empty-open-settings = Open settings…
# A tooltip followed by the command's keyboard shortcut.
tip-with-shortcut = { $tip } ({ $shortcut })
# Between the names of a list ("Lab, NAS, Printer").
list-separator = {", "}
# Two sentences one after the other (no space in Japanese and Chinese).
two-sentences = { $first } { $second }
# Key names in keyboard shortcuts (German: Strg).
key-ctrl = Ctrl
key-shift = Shift
key-alt = Alt

## Default view: commands of the toolbar, the menus and the list (label, then -tip: the hover text)
cmd-scan = ⟳ Scan
cmd-stop = ■ Stop
cmd-sweep = Ask every address
cmd-open-settings = ⚙ Settings
cmd-set-server-mode = Also act as server
cmd-set-auto-refresh = Auto-refresh
cmd-open-selected = Open in browser
cmd-copy-url = Copy link
cmd-copy-address = Copy address
cmd-add-favourite = Add to favourites
cmd-show-qr = Show QR code
cmd-copy-list = Copy list as text
cmd-save-list-json = Save as JSON
cmd-save-list-csv = Save as CSV
cmd-rename-favourite = Rename favourite…
cmd-remove-favourite = Remove from favourites
cmd-dismiss-banner = Dismiss
cmd-quit = Quit
cmd-show-window = Show LanScout
tray-scan = Scan now
cmd-show-about = About
cmd-close-about = Close
cmd-copy-support = Copy details for a support request
cmd-open-folder = Open folder
cmd-scan-tip = Look for servers on the network now
cmd-stop-tip = Stop the running scan
cmd-open-settings-tip = Scan, server mode and appearance settings
cmd-set-auto-refresh-tip = Scan again periodically (interval in Settings)
cmd-open-selected-tip = Open the server in the web browser
cmd-copy-url-tip = Copy the server's web address
cmd-copy-address-tip = Copy the server's address (numbers such as 192.168.1.20)
cmd-add-favourite-tip = Ask this server first on every scan, even when it is on another network
cmd-show-qr-tip = Open this server on a phone or tablet: scan the code with its camera
cmd-copy-list-tip = Copy the servers shown: name, web address and network, one per line
cmd-rename-favourite-tip = Give this favourite a name of your own
cmd-remove-favourite-tip = Stop asking this address first, and stop listing it when it does not answer
cmd-toggle-messages-tip = Show or hide warnings and errors
cmd-dismiss-banner-tip = Hide this message (it stays in Messages)
cmd-show-about-tip = Version, licence, and where LanScout keeps your settings
cmd-close-about-tip = Close this window
cmd-copy-support-tip = Copy the version, your system and what the last scan found, to paste into a message to whoever helps you
cmd-open-folder-tip = Show this folder in your file manager
cmd-sweep-tip = Ask each address of your networks in turn: slower, but finds servers that the quick search misses
cmd-set-server-mode-tip = Let other computers find this one: LanScout answers when they look for servers
cmd-save-list-tip = Save the servers shown, with every detail, in your Downloads folder

## Default view: the server list
table-name = Servers
table-columns = Columns
column-name = Name
column-address = Address
column-port = Port
column-interface = Network
column-rtt = Response time
column-last-seen = Last seen
column-web = Web page
column-sort-tip = Sort by { $column }
row-unnamed = unnamed server
row-web-open = reachable
row-web-closed = web page does not answer
row-web-checking = checking
row-web-unchecked = web page not checked
row-found-by = found: { $ways }
row-away = on a network this computer left
row-missed = { $ago } · { $count ->
    [one] no answer to the last scan
   *[other] no answer to the last { $count } scans
}
row-looking-up = looking up…
row-open-tip = Open { $url }
row-announced = says it is at { $address }
row-announced-tip = The server gives its address as { $address }, but its answer came from { $source }
badge-this-computer = this computer
badge-new = new
badge-away = other network
badge-away-tip = It answered on a network this computer has left; it comes back when the network does
badge-unreachable = unreachable
badge-stale = not answering
badge-source-tip = How it was found: “answered” = it answered LanScout's search; “advertised” = it tells the local network that it is there, as printers and storage boxes do
source-answered = answered
source-advertised = advertised
cell-web-open = ✔ reachable
cell-web-closed = ✖ no answer
cell-web-closed-tip = Port { $port }: { $error }
cell-web-checking = checking…
cell-web-no-connection = no connection
ago-now = just now
ago-minutes = { $count } min ago
ago-hours = { $count } h ago
ago-days = { $count ->
    [one] { $count } day ago
   *[other] { $count } days ago
}
duration-ms = { $ms } ms
duration-s = { $secs } s
favourites-missing = Favourites not answering

## Default view: notifications
notice-one-named = { $name } is on the network — { $address }
notice-one = A server is on the network — { $address }
notice-one-body = Click to open it in the browser.
notice-many = { $count } servers appeared on the network
notice-many-body = { $rest ->
    [0] { $names }.
   *[other] { $names } and { $rest } more.
}
notice-open = Open
notice-background = LanScout is still running
notice-background-body = It goes on looking for servers from the tray. To quit, choose Quit in its menu there.

## Default view: why a scan found nothing (the empty list; also `lanscout scan --explain`)
diag-targets = Favourites and added addresses: { $probes ->
    [one] asked once
   *[other] asked { $probes } times
}, { $outcome }.
diag-nothing-back = nothing came back
diag-not-used = Not used: { $names }.
diag-no-probe = Nothing was asked: this computer has no network LanScout may use, and no address was added. Check the network choices in Settings.
diag-invalid = { $count ->
    [one] { $count } answer was not in the expected form: check the texts LanScout sends and expects, in Settings.
   *[other] { $count } answers were not in the expected form: check the texts LanScout sends and expects, in Settings.
}
diag-nothing-one-by-one = Nothing answered, even when each address was asked in turn: no computer there runs a server LanScout can find on port { $port }, or a firewall blocks it.
diag-firewall-may-block = A firewall on this computer or on the servers may block port { $port }.
diag-router = Servers behind a router cannot hear the quick search: “Ask every address”, or the server's address added in Settings (for example 192.168.1.20), reaches them.
diag-send-failed = the question could not be sent
diag-not-sent = nothing was sent
diag-went-out = asked; nothing came back
diag-interface = { $interface }: { $outcome }.
diag-wide-subnet = This network ({ $subnet }) is larger than the quick search usually reaches; “Ask every address” asks each one in turn.
diag-replies = { $replies ->
    [one] { $replies } answer
   *[other] { $replies } answers
}, { $invalid } not valid
diag-fallback-found = { $count ->
    [0] no server answered
    [one] found { $count } server
   *[other] found { $count } servers
}
diag-fallback-sweep = Nobody answered the quick search on { $interface }, so LanScout asked each of its { $hosts } addresses ({ $block }) in turn: { $found }.
diag-fallback-known = Nobody answered the quick search on { $interface }, so LanScout asked the { $hosts } computers it knows there in turn: { $found }.
skip-loopback = inside this computer only
skip-not-included = not chosen in Settings
skip-excluded = turned off in Settings
skip-down = not connected

## Default view: the firewall banners (the command to run is an argument: the thing to copy comes last)
firewall-windows = Windows Defender Firewall
firewall-unknown = a firewall
firewall-dropped = A firewall on this computer ({ $firewall }) blocks the answers to LanScout's quick search: on { $interface }, { $count ->
    [one] { $count } server answered
   *[other] { $count } servers answered
} when asked one at a time, but none answered the quick search.
firewall-dropped-run = To let answers from { $subnet } through, run this command as an administrator: { $command }
firewall-dropped-found-anyway = LanScout found them anyway by asking each address.
firewall-windows-prompt = Server mode answers on port { $port }. If Windows asks whether to allow LanScout, tick “Private networks” and click “Allow access”: otherwise other computers cannot find this one.
firewall-unheard = No computer has looked for this one yet. If other computers cannot find it, a firewall here may block port { $port }.
firewall-unheard-windows = When Windows asks whether to allow LanScout on private networks, click “Allow access”; or run this command as an administrator: { $command }
firewall-unheard-run = To let them in ({ $firewall }), run this command as an administrator: { $command }

## What to set in a firewall that LanScout has no command for (the banner's last part: a fact to copy into it)
firewall-dropped-allow = Allow incoming UDP from source port { $port } on { $subnet } in it.
firewall-unheard-allow = Allow incoming UDP port { $port } in it.

## The row's details (one step away: technical facts belong here)
detail-title = Page title
detail-hostname = Host name
detail-web-server = Web server
detail-hardware = Hardware
detail-maker = Maker
detail-opens = Opens
detail-announced = Announced
detail-reply-from = Reply from
detail-first-seen = First seen
detail-remembered = Name from an earlier run; lookups are off or still running.
detail-no-lookup = Name lookups are off or still running.

## The messages panel
messages-title = Messages
messages-log = also written to { $path }
messages-hide = Hide messages
messages-empty = Nothing to report.
messages-at = { $secs } s

## Dialogs: their commands
cmd-cancel-settings = Cancel
cmd-apply-settings = Apply
cmd-restore-defaults = Restore defaults
cmd-close-qr = Close
cmd-set-favourite-name = Rename
cmd-cancel-rename = Cancel
cmd-cancel-settings-tip = Close without changing anything
cmd-apply-settings-tip = Save these settings and use them
cmd-restore-defaults-tip = Fill in the default values (nothing changes until Apply)
cmd-close-qr-tip = Close the QR code
cmd-set-favourite-name-tip = Use this name (empty: the name LanScout finds)
cmd-cancel-rename-tip = Keep the name as it is
## QR code
qr-title = Open on a phone
qr-text = Scan with a phone's camera to open this server.
qr-too-long = This link is too long for a QR code.
## About LanScout
about-title = About LanScout
about-tagline = LanScout finds the servers on your network and opens them in one click.
about-version = Version { $version }
about-commit = Built from commit { $commit }
about-licence = Free software under the licence { $licence }
about-notices = Licences of the parts LanScout is built from:
about-settings = Your settings are saved in:
about-log = The log (useful for a support request) is in:
about-not-installed = Not installed with this copy of LanScout.
about-copied = Copied. Paste it into your message.
## Favourites
rename-title = Rename favourite { $entry }
rename-label = New name
rename-hint = Leave empty to use the name LanScout finds.
## Settings dialog
settings-title = Settings
settings-fix-fields = Fix the marked fields to apply.
settings-some-invalid = Some fields are not valid
settings-section-scanning = Scanning
settings-forget-unit = hours without an answer (0: never; favourites are kept)
settings-section-protocol = Protocol
settings-section-interfaces = Network interfaces
settings-no-interfaces = No network interface besides loopback was found.
settings-section-targets = Servers beyond the broadcast
settings-section-server = Server mode
settings-any-interface = Any
settings-section-appearance = Appearance
badge-virtual = virtual
badge-down = down

## Settings: label, then -help (hover text and --help), -caption (beside a check box), -hint (an empty field)
setting-protocol-message = Request message
setting-protocol-message-help = The text LanScout sends to look for servers (django-udp-discovery's default: DISCOVER_SERVER)
setting-protocol-response-prefix = Response prefix
setting-protocol-response-prefix-help = How a server's answer starts (django-udp-discovery's default: SERVER_IP:)
setting-scan-timeout-secs = Timeout (seconds)
setting-scan-timeout-secs-help = Seconds to collect replies (the scan ends then, whatever arrives)
setting-scan-retries = Retries
setting-scan-retries-help = Times to re-send the probes inside the window (at 0.5 s, 2 s, then doubling)
setting-scan-port = Discovery port (UDP)
setting-scan-port-help = UDP port the discovery servers listen on
setting-scan-default-web-port = Default web port
setting-scan-default-web-port-help = Web port assumed when a reply names none
setting-scan-scheme = URL scheme
setting-scan-scheme-help = Scheme of the links servers open with
setting-scan-scheme-http = http
setting-scan-scheme-https = https
setting-scan-include-interfaces = Only these interfaces
setting-scan-include-interfaces-help = Use only this interface (exact name; repeatable)
setting-scan-include-interfaces-hint = all (names, comma separated)
setting-scan-exclude-interfaces = Never these interfaces
setting-scan-exclude-interfaces-help = Skip this interface (exact name; repeatable)
setting-scan-exclude-interfaces-hint = none (names, comma separated)
setting-scan-favourites = Favourites
setting-scan-favourites-help = Servers probed first on every scan, and listed even when they do not answer
setting-scan-favourites-hint = host or host:port, one per line
setting-scan-extra-targets = Extra targets
setting-scan-extra-targets-help = Also probe this host, host:port or CIDR range by unicast (repeatable)
setting-scan-extra-targets-hint = host, host:port or CIDR (10.0.1.0/24)
setting-scan-sweep = Every address
setting-scan-sweep-help = Sweep every host of the used interfaces' subnets with unicast probes
setting-scan-sweep-caption = Ask each address of the local networks in turn (subnet sweep)
setting-scan-sweep-rate = Sweep rate (probes/s)
setting-scan-sweep-rate-help = Most sweep probes per second
setting-scan-fallback = No broadcast reply
setting-scan-fallback-help = When nothing answers the broadcast on a network (a firewall here drops the replies), ask each address of that network one by one (on a very large network, the 254 around this computer)
setting-scan-fallback-caption = Then ask each address nearby
setting-scan-auto-refresh = Auto-refresh
setting-scan-auto-refresh-help = Scan again periodically
setting-scan-auto-refresh-caption = Scan again every
setting-scan-auto-refresh-secs = seconds
setting-scan-auto-refresh-secs-help = Auto-refresh interval in seconds
setting-scan-forget-after-hours = Forget servers after
setting-scan-forget-after-hours-help = Hours after which a server that has not answered leaves the list (favourites never do); 0 keeps every server
setting-scan-lookup-details = Names
setting-scan-lookup-details-help = Asks each server found for its web page (one HTTP GET) and looks up its host name and hardware maker
setting-scan-lookup-details-caption = Look up names and page titles
setting-scan-names-over-mdns = mDNS
setting-scan-names-over-mdns-help = When DNS has no name for a server on a local subnet, ask the link (as Avahi and Bonjour answer)
setting-scan-names-over-mdns-caption = Ask the local network for names (mDNS)
setting-scan-dns-sd = Announced web servers
setting-scan-dns-sd-help = Also list web servers that announce themselves over DNS-SD (_http._tcp, _https._tcp: printers, NAS boxes, Home Assistant)
setting-scan-dns-sd-caption = Also list web servers that announce themselves (DNS-SD)
setting-server-enabled = On start
setting-server-enabled-help = Start server mode when LanScout starts
setting-server-enabled-caption = Start server mode with LanScout
setting-server-port = Listen on UDP port
setting-server-port-help = UDP port to listen on
setting-server-web-port = Advertised web port
setting-server-web-port-help = Web port to advertise (8000 sends exactly the stock reply)
setting-server-buffer-size = Request buffer (bytes)
setting-server-buffer-size-help = Largest request read, in bytes
setting-server-interface = Answer on interface
setting-server-interface-help = Answer only requesters reached through this interface
setting-server-local-only = Requesters
setting-server-local-only-help = Answer only requesters on this computer's own subnets
setting-server-local-only-caption = Answer only computers on this computer's subnets
setting-ui-theme = Theme
setting-ui-theme-help = Colours of the window
setting-ui-theme-system = System
setting-ui-theme-light = Light
setting-ui-theme-dark = Dark
setting-ui-notifications = Notifications
setting-ui-notifications-help = A desktop notification when a server appears while LanScout is in the background (auto-refresh)
setting-ui-notifications-caption = Notify me when a server appears while LanScout is in the background (auto-refresh)
setting-ui-start-at-login = Start at login
setting-ui-start-at-login-help = Start LanScout, minimised, when you log in to this computer
setting-ui-start-at-login-caption = Start LanScout when I log in
setting-ui-run-in-background = In the background
setting-ui-run-in-background-help = Closing the window keeps LanScout in the tray, where it goes on looking for servers (only where the desktop has a tray)
setting-ui-run-in-background-caption = Keep running in the background when the window is closed
setting-ui-language = Language
setting-ui-language-help = The language of the window and its notifications (System: the desktop's language)
setting-ui-language-system = System

## Lines of the messages panel (and the log)
msg-opened = opened { $url } in the browser
msg-open-failed = could not open { $url } in a web browser: { $error }. Right-click the server and copy its link instead.
msg-open-folder-failed = could not open the folder { $folder }: { $error }
msg-autostart-failed = could not change whether LanScout starts when you log in: { $error }
msg-tray-gone = LanScout's icon left the tray: closing the window now quits LanScout
msg-notices-failed = desktop notifications cannot be shown: { $error }
msg-interfaces-failed = cannot list network interfaces: { $error }
msg-network-changed = the network changed: left { $left }, joined { $joined }; { $count ->
    [one] { $count } server is on a network this computer left
   *[other] { $count } servers are on a network this computer left
}
msg-forgot = { $count ->
    [one] forgot { $count } server not seen for { $hours } h (Settings → Scanning)
   *[other] forgot { $count } servers not seen for { $hours } h (Settings → Scanning)
}
msg-server-mode = server mode: { $text }
msg-copied = { $count ->
    [one] copied { $count } server to the clipboard
   *[other] copied { $count } servers to the clipboard
}
msg-invalid-scan = cannot scan, the settings are not valid: { $errors }
msg-invalid-server = cannot start server mode, the settings are not valid: { $errors }
msg-favourite-added = { $entry } added to favourites
msg-favourite-removed = { $entry } removed from favourites
msg-rename-failed = cannot rename { $entry }: { $error }
msg-renamed = favourite { $entry } is now called “{ $name }”
msg-name-reset = favourite { $entry } takes the name LanScout finds again
msg-no-export-folder = cannot save the list: no Downloads or home folder was found
msg-server-stopped = { $count ->
    [one] server mode stopped ({ $count } request answered)
   *[other] server mode stopped ({ $count } requests answered)
}
msg-scan-failed = cannot start a scan: { $error }
msg-server-on = server mode on: answering on UDP port { $port }
msg-server-failed = could not start server mode: { $error }
msg-saver-failed = could not save the settings: the saving thread did not start
msg-settings-saved = settings saved
msg-saved-list = { $count ->
    [one] saved { $count } server to { $path }
   *[other] saved { $count } servers to { $path }
}
msg-save-list-failed = cannot save the list in { $folder }: { $error }
msg-save-settings-failed = could not save the settings to { $path }: { $error }
msg-names-moved = favourite names moved into the settings file

## The desktop entry (dist/lanscout.desktop) and the AppStream metadata:
## written from these messages by `UPDATE_DIST=1 cargo test --test i18n`.
desktop-generic-name = Server Finder
desktop-comment = Find the servers on your network and open them in one click
# Search words, each ended by ";".
desktop-keywords = discovery;django;server;lan;udp;
appstream-summary = Find servers on your local network and open them in one click
appstream-description-1 = LanScout finds the Django servers on your local network that run the django-udp-discovery listener, shows each one the moment it answers, and opens it in your browser with one click.
appstream-description-2 = It can also act as a discovery server itself: it answers each computer that looks for it with an address that this computer can reach.
appstream-screenshot = Servers found on three networks

## The Windows installer (dist/windows/languages.nsh) and the zip's README.txt:
## written from these messages by `UPDATE_DIST=1 cargo test --test i18n`.
installer-start = Start LanScout
installer-still-running = LanScout is still running. Close it (and any LanScout in a terminal), then choose Retry.
installer-nothing-changed = LanScout is still running: nothing was changed.
installer-remove-settings = Also remove your LanScout settings and log?
readme-title = LanScout: find the servers on your local network, one click away
readme-start = Double-click lanscout.exe: the window opens and scans at once. Click an address to open that server in your browser.
readme-firewall = The first time LanScout answers as a server (“Also act as server”), Windows asks whether to allow it on your networks: tick “Private networks” and click “Allow access”. Otherwise other computers cannot find this one.
readme-files = Where LanScout keeps its files:
readme-settings = settings
readme-log = log

## What a scan says without stopping (the messages panel; `lanscout scan` on stderr)
warn-send-failed = could not send a probe to { $dest } via { $via }: { $error }
warn-announced-unusable = { $source } announced { $announced }, which is not reachable from here; using { $ip }
warn-invalid-reply = ignored an invalid reply from { $source }: { $reason }
warn-invalid-suppressed = more invalid replies arrived; they are counted, not listed
warn-target-unresolved = could not resolve target { $target }: { $error }
warn-sweep-narrowed = { $interface }: subnet { $subnet } is wider than /{ $prefix }; sweeping only { $swept }
warn-scan-extended = the sweep sends { $probes } probes{ $on_link ->
    [0] {""}
   *[other] {" "}({ $on_link } on this computer's own subnets, paced so the kernel's neighbour table loses none)
}; the scan runs for about { $secs } s to finish it
warn-small-buffer = the receive buffer is { $granted } bytes (asked for { $requested }); replies may be lost in a large burst
warn-interfaces-unavailable = cannot list the network interfaces ({ $error }); only targets are probed
warn-nothing-to-probe = no network interface is usable for broadcast and no target is set
warn-too-many-from-one = { $source } announced more than { $limit } different servers; the rest are ignored (counted as ignored)
warn-sweep-resent = { $count ->
    [one] the kernel's neighbour table was full: { $count } sweep probe was dropped and sent again
   *[other] the kernel's neighbour table was full: { $count } sweep probes were dropped and sent again
}
warn-lookup-failed = looking up { $ip } stopped on an internal error ({ $error }); it is listed without details
warn-details-skipped = { $count } servers were found faster than their names can be looked up; they are listed without details
warn-too-many-announced = more than { $limit } web servers announced themselves over DNS-SD; the first { $limit } are listed
warn-dns-sd-unavailable = announced web servers (DNS-SD) cannot be listed: { $error }
warn-fallback-sweep = no reply to the broadcast on { $interface } yet: asking each of the { $hosts } addresses of { $block } one by one
warn-fallback-known = no reply to the broadcast on { $interface } yet: asking the { $hosts } hosts known on that link one by one

## Why a setting's value is refused (the dialog, beside the field; the command line)
field-not-seconds = { $text } is not a number of seconds
field-timeout-range = must be between 0.1 and 600 seconds
field-port-empty = enter a port number (1-65535)
field-port-range = must be between 1 and 65535
field-not-port = { $text } is not a port number (1-65535)
field-not-whole = { $text } is not a whole number
field-retries-range = must be between 0 and 10
field-not-rate = { $text } is not a whole number of probes per second
field-rate-range = must be between 1 and 50000 probes per second
field-empty = must not be empty
field-too-long = is { $bytes } bytes long; at most { $most }
field-interface-empty = interface name is empty
field-not-interface = { $text } is not an interface name
field-name-empty = the name is empty
field-name-too-long = is longer than { $most } characters
field-control-chars = must not hold control characters
field-not-whole-seconds = { $text } is not a whole number of seconds
field-auto-refresh-range = must be between 5 and 3600 seconds
field-forget-range = must be between 0 (never) and 8760 hours
field-not-hours = { $text } is not a whole number of hours
field-not-language = { $text } is not system or one of { $tags }
field-not-bytes = { $text } is not a number of bytes
field-buffer-range = must be between 16 and 65507 bytes
field-buffer-holds-message = must hold the message ({ $bytes } bytes)
