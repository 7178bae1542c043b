# LanScout — English (the reference catalogue: every other language has exactly its keys).
# Terms: server, scan, sweep, interface, favourite, server mode.

## The main window
window-title = LanScout
toolbar-auto-refresh-tip = { $tip } — every { $secs } s
filter-label = 🔍 Filter
filter-hint = name, address, port
filter-tip = Show only servers whose address, port or interface contains this text
progress-name = Scan progress
progress-scanning = Scanning…
progress-scanning-timed = Scanning… { $elapsed } s of { $total } s
progress-probes = { $sent } of { $planned } probes sent
progress-left = about { $secs } s left
progress-answered = { $count ->
    [one] { $count } server answered
   *[other] { $count } servers answered
}
status-servers = { $count ->
    [one] { $count } server
   *[other] { $count } servers
}
status-last-scan = Last scan: { $secs } s
status-last-sweep = Last sweep: { $secs } s
status-stopped = { $what } (stopped)
status-no-scan = No scan yet
status-interfaces-unknown = Interfaces: —
status-interfaces-none = none
status-interfaces = Interfaces: { $names }{ $targets ->
    [0] {""}
    [one] {" "}+ { $targets } target
   *[other] {" "}+ { $targets } targets
}
status-messages-warnings = ⚠ Messages ({ $count })
status-export = Export
status-server-on = Server mode on · UDP { $port } · { $count ->
    [one] { $count } request
   *[other] { $count } requests
} answered
status-no-requests = ⚠ no requests yet
status-server-starting = Server mode starting…
status-server-off = Server mode off
messages-title = Messages
messages-log = also written to { $path }
messages-hide = Hide messages
messages-empty = Nothing to report.
messages-at = { $secs } s
empty-filter-title = No server matches the filter
empty-filter-text = Nothing contains “{ $filter }”.
empty-scanning-title = Looking for servers…
empty-scanning-text = Servers appear here the moment they answer.
empty-no-scan-text = Press { $command } ({ $shortcut }) to find the servers on your network.
empty-none-title = No servers found
empty-why = Why the list may be empty:
empty-open-settings = Open settings…

## Commands: buttons and menu entries (label), their hover text (-tip)
cmd-scan = ⟳ Scan
cmd-stop = ■ Stop
cmd-sweep = Sweep the subnets
cmd-open-settings = ⚙ Settings
cmd-cancel-settings = Cancel
cmd-apply-settings = Apply
cmd-restore-defaults = Restore defaults
cmd-set-server-mode = Also act as server
cmd-set-auto-refresh = Auto-refresh
cmd-open-selected = Open in browser
cmd-copy-url = Copy URL
cmd-copy-address = Copy address
cmd-add-favourite = Add to favourites
cmd-show-qr = Show QR code
cmd-close-qr = Close
cmd-copy-list = Copy list as text
cmd-save-list-json = Save as JSON
cmd-save-list-csv = Save as CSV
cmd-rename-favourite = Rename favourite…
cmd-set-favourite-name = Rename
cmd-cancel-rename = Cancel
cmd-remove-favourite = Remove from favourites
cmd-toggle-messages = Messages
cmd-dismiss-banner = Dismiss
cmd-quit = Quit
cmd-show-window = Show LanScout
cmd-select-next = Next server
cmd-select-previous = Previous server
cmd-scan-tip = Look for servers on the network now
cmd-stop-tip = Stop the running scan
cmd-open-settings-tip = Scan, server mode and appearance settings
cmd-cancel-settings-tip = Close without changing anything
cmd-apply-settings-tip = Save these settings and use them
cmd-restore-defaults-tip = Fill in the default values (nothing changes until Apply)
cmd-set-auto-refresh-tip = Scan again periodically (interval in Settings)
cmd-open-selected-tip = Open the server in the web browser
cmd-copy-url-tip = Copy the server's web address
cmd-copy-address-tip = Copy the server's IP address
cmd-add-favourite-tip = Probe this server first on every scan, even across routers
cmd-show-qr-tip = Open this server on a phone or tablet: scan the code with its camera
cmd-close-qr-tip = Close the QR code
cmd-copy-list-tip = Copy the servers shown: name, web address and interface, one per line
cmd-rename-favourite-tip = Give this favourite a name of your own
cmd-set-favourite-name-tip = Use this name (empty: the name LanScout finds)
cmd-cancel-rename-tip = Keep the name as it is
cmd-remove-favourite-tip = Stop probing this address first and stop listing it when it does not answer
cmd-toggle-messages-tip = Show or hide warnings and errors
cmd-dismiss-banner-tip = Hide this message (it stays in Messages)
cmd-quit-tip = Close LanScout
cmd-show-window-tip = Bring the LanScout window to the front
cmd-select-next-tip = Select the server below
cmd-select-previous-tip = Select the server above
cmd-sweep-tip = Probe every address of the local subnets one by one; reaches servers that broadcasts miss
cmd-set-server-mode-tip = Answer discovery requests, so that other computers find this one
cmd-save-list-tip = Save the servers shown, with every detail (the fields of `lanscout scan --json`), in your Downloads folder

## The server list
table-name = Servers
table-columns = Columns
column-name = Name
column-address = Address
column-port = Port
column-interface = Interface
column-rtt = Round trip
column-last-seen = Last seen
column-web = Web port
column-sort-tip = Sort by { $column }
row-unnamed = unnamed server
row-web-open = reachable
row-web-closed = web port does not answer
row-web-checking = checking
row-web-unchecked = web port not checked
row-found-by = found by { $ways }
row-away = on a network this computer left
row-missed = { $ago } · missed { $count }
row-looking-up = looking up…
row-open-tip = Open { $url }
row-announced = announced { $address }
row-announced-tip = The server announced { $address }, but its reply came from { $source }
badge-this-computer = this computer
badge-new = new
badge-away = other network
badge-away-tip = It answered on a network this computer has left; it comes back when the network does
badge-unreachable = unreachable
badge-stale = stale
badge-source-tip = How it was found: UDP = answered the discovery probe, DNS-SD = announced itself over mDNS
badge-virtual = virtual
badge-down = down
cell-web-open = ✔ reachable
cell-web-closed = ✖ no answer
cell-web-closed-tip = TCP port { $port }: { $error }
cell-web-checking = checking…
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
ago-now = just now
ago-minutes = { $count } min ago
ago-hours = { $count } h ago
ago-days = { $count ->
    [one] { $count } day ago
   *[other] { $count } days ago
}
duration-ms = { $ms } ms
duration-s = { $secs } s

## Notifications
notice-one-named = { $name } is on the network — { $address }
notice-one = A server is on the network — { $address }
notice-one-body = Click to open it in the browser.
notice-many = { $count } servers appeared on the network
notice-many-body = { $rest ->
    [0] { $names }.
   *[other] { $names } and { $rest } more.
}
notice-open = Open
## QR code
qr-title = Open on a phone
qr-text = Scan with a phone's camera to open this server.
qr-too-long = This link is too long for a QR code.
## Favourites
favourites-missing = Favourites not answering
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

## Settings: label, then -help (hover text and --help), -caption (beside a check box), -hint (an empty field)
setting-protocol-message = Request message
setting-protocol-message-help = Request message (the stock one: DISCOVER_SERVER)
setting-protocol-response-prefix = Response prefix
setting-protocol-response-prefix-help = Reply prefix (the stock one: SERVER_IP:)
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
setting-scan-sweep = Subnet sweep
setting-scan-sweep-help = Sweep every host of the used interfaces' subnets with unicast probes
setting-scan-sweep-caption = Probe every address of the local subnets
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
setting-ui-language = Language
setting-ui-language-help = The language of the window and its notifications (System: the desktop's language)
setting-ui-language-system = System

## Lines of the messages panel (and the log)
msg-opened = opened { $url } in the browser
msg-open-failed = could not open { $url } in a web browser: { $error }. Right-click the server and copy its URL instead.
msg-notices-failed = desktop notifications cannot be shown: { $error }
msg-interfaces-failed = cannot list network interfaces: { $error }
cell-web-no-connection = no TCP connection
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

## Why a scan found nothing (the window's empty list and `lanscout scan --explain`)
diag-targets = Favourites and extra targets: { $probes } probes sent, { $outcome }.
diag-nothing-back = nothing came back
diag-not-used = Not used: { $names }.
diag-no-probe = No probe went out: no usable network interface and no extra target. Check the interface filters (Settings, or -i / --exclude-interface).
diag-invalid = { $count ->
    [one] { $count } reply was not a discovery reply: check the message and response prefix.
   *[other] { $count } replies were not discovery replies: check the message and response prefix.
}
diag-nothing-one-by-one = Nothing answered even when asked one by one: no computer there runs the discovery listener on UDP port { $port }, or its firewall blocks requests to it.
diag-firewall-may-block = A firewall on this computer or on the servers may block UDP port { $port }.
diag-router = Servers behind a router do not hear broadcasts: a subnet sweep or an extra target (e.g. 192.168.1.0/24) reaches them.
diag-send-failed = the probe could not be sent
diag-not-sent = no probe was sent
diag-went-out = the probe went out; nothing came back
diag-interface = { $interface }: { $outcome }.
diag-wide-subnet = Its subnet { $subnet } is wider than one broadcast domain usually is; a sweep asks hosts one by one.
diag-replies = { $replies } replies, { $invalid } not valid
diag-fallback-found = { $count ->
    [0] no server answered
    [one] found { $count } server
   *[other] found { $count } servers
}
diag-fallback-sweep = No reply to the broadcast on { $interface }: asked each address of { $block } ({ $hosts } hosts): { $found }.
diag-fallback-known = No reply to the broadcast on { $interface }: asked the { $hosts } hosts known on that link: { $found }.
firewall-windows = Windows Defender Firewall
firewall-unknown = a firewall
firewall-dropped = Broadcast replies are being dropped on this computer: on { $interface }, { $count ->
    [one] { $count } server answered
   *[other] { $count } servers answered
} when asked one by one, none answered the broadcast. This is what a firewall that blocks incoming connections does ({ $firewall }).
firewall-dropped-run = To let replies from { $subnet } through, run: { $command }
firewall-dropped-allow = Allow incoming UDP from source port { $port } on { $subnet } in it.
firewall-dropped-found-anyway = LanScout found them anyway by asking each address.
firewall-windows-prompt = Server mode answers on UDP port { $port }. If Windows asks whether to allow LanScout, tick "Private networks" and click Allow: otherwise other computers cannot find this one.
firewall-unheard = No computer has asked for this one yet. If other computers cannot find it, a firewall here may drop requests to UDP port { $port }.
firewall-unheard-windows = When Windows asks whether to allow LanScout on private networks, click Allow; or run as administrator: { $command }
firewall-unheard-run = To allow them ({ $firewall }), run: { $command }
firewall-unheard-allow = Allow incoming UDP port { $port } in it.

## The desktop entry (dist/lanscout.desktop) and the AppStream metadata:
## written from these messages by `UPDATE_DIST=1 cargo test --test i18n`.
desktop-generic-name = Server Finder
desktop-comment = Find Django servers on the local network and open them in one click
# Search words, each ended by ";".
desktop-keywords = discovery;django;server;lan;udp;
appstream-summary = Find servers on your local network and open them in one click
appstream-description-1 = LanScout finds the Django servers on your local network that run the django-udp-discovery listener, shows each one the moment it answers, and opens it in your browser with one click.
appstream-description-2 = It can also act as a discovery server itself, announcing to each requester the address it can actually reach.
appstream-screenshot = Servers found on three networks

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
warn-sweep-resent = the kernel's neighbour table was full: { $count } sweep probes were dropped and sent again
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
skip-loopback = loopback address
skip-not-included = not in the interface list
skip-excluded = excluded
skip-down = interface is down
