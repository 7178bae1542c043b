# LanScout — Español.
# Glosario: server = servidor, scan = búsqueda (buscar), sweep = barrido,
# interface = interfaz, favourite = favorito, server mode = modo servidor,
# settings = Configuración.
# Main window, in everyday words (issue 29): ask every address = Consultar cada dirección, quick search = búsqueda rápida, network = red.

## The main window
window-title = LanScout
toolbar-auto-refresh-tip = { $tip } — cada { $secs } s
filter-label = 🔍 Filtrar
filter-hint = nombre, dirección, puerto
filter-tip = Mostrar solo los servidores cuyo nombre, dirección, puerto o red contiene este texto
progress-name = Progreso de la búsqueda
progress-scanning = Buscando…
progress-scanning-timed = Buscando… { $elapsed } s de { $total } s
progress-probes = { $planned ->
    [one] { $sent } de { $planned } consulta enviada
   *[other] { $sent } de { $planned } consultas enviadas
}
progress-left = faltan unos { $secs } s
progress-answered = { $count ->
    [one] { $count } servidor respondió
   *[other] { $count } servidores respondieron
}
status-servers = { $count ->
    [one] { $count } servidor
   *[other] { $count } servidores
}
status-last-scan = La última búsqueda duró { $secs } s
status-last-sweep = La consulta de cada dirección duró { $secs } s
status-stopped = { $what } (detenida)
status-no-scan = Aún no hay búsquedas
status-interfaces-unknown = Redes: —
status-interfaces-none = ninguna
status-interfaces = Redes: { $names }{ $targets ->
    [0] {""}
    [one] {" "}+ { $targets } dirección añadida
   *[other] {" "}+ { $targets } direcciones añadidas
}
status-messages-warnings = ⚠ Mensajes ({ $count })
status-export = Exportar
status-server-on = Modo servidor activo · { $count ->
    [one] { $count } búsqueda respondida
   *[other] { $count } búsquedas respondidas
}
status-no-requests = ⚠ ningún equipo ha buscado este todavía
status-server-starting = Iniciando el modo servidor…
status-server-off = Modo servidor inactivo
messages-title = Mensajes
messages-log = también se guardan en { $path }
messages-hide = Ocultar mensajes
messages-empty = Nada que informar.
messages-at = { $secs } s
empty-filter-title = Ningún servidor coincide con el filtro
empty-filter-text = Nada contiene «{ $filter }».
empty-scanning-title = Buscando servidores…
empty-scanning-text = Los servidores aparecen aquí en cuanto responden.
empty-no-scan-text = Haga clic en { $command } o pulse { $shortcut } para encontrar los servidores de su red.
empty-none-title = No se encontraron servidores
empty-why = Por qué la lista puede estar vacía:
empty-open-settings = Abrir la configuración…
tip-with-shortcut = { $tip } ({ $shortcut })
list-separator = {", "}
two-sentences = { $first } { $second }
key-ctrl = Ctrl
key-shift = Mayús
key-alt = Alt

## Commands: buttons and menu entries (label), their hover text (-tip)
cmd-scan = ⟳ Buscar
cmd-stop = ■ Detener
cmd-sweep = Consultar cada dirección
cmd-open-settings = ⚙ Configuración
cmd-cancel-settings = Cancelar
cmd-apply-settings = Aplicar
cmd-restore-defaults = Restablecer valores
cmd-set-server-mode = Hacer de servidor
cmd-set-auto-refresh = Autoactualizar
cmd-open-selected = Abrir en el navegador
cmd-copy-url = Copiar enlace
cmd-copy-address = Copiar dirección
cmd-add-favourite = Añadir a favoritos
cmd-show-qr = Mostrar código QR
cmd-close-qr = Cerrar
cmd-copy-list = Copiar la lista como texto
cmd-save-list-json = Guardar como JSON
cmd-save-list-csv = Guardar como CSV
cmd-rename-favourite = Renombrar favorito…
cmd-set-favourite-name = Renombrar
cmd-cancel-rename = Cancelar
cmd-remove-favourite = Quitar de favoritos
cmd-dismiss-banner = Descartar
cmd-quit = Salir
cmd-show-window = Mostrar LanScout
tray-scan = Buscar ahora
cmd-show-about = Acerca de
cmd-close-about = Cerrar
cmd-copy-support = Copiar los datos para una solicitud de ayuda
cmd-open-folder = Abrir carpeta
cmd-scan-tip = Buscar ahora servidores en la red
cmd-stop-tip = Detener la búsqueda en curso
cmd-open-settings-tip = Configuración de la búsqueda, el modo servidor y la apariencia
cmd-cancel-settings-tip = Cerrar sin cambiar nada
cmd-apply-settings-tip = Guardar esta configuración y usarla
cmd-restore-defaults-tip = Rellenar con los valores predeterminados (nada cambia hasta «Aplicar»)
cmd-set-auto-refresh-tip = Volver a buscar periódicamente (intervalo en la configuración)
cmd-open-selected-tip = Abrir el servidor en el navegador web
cmd-copy-url-tip = Copiar la dirección web del servidor
cmd-copy-address-tip = Copiar la dirección del servidor (números como 192.168.1.20)
cmd-add-favourite-tip = Consultar primero este servidor en cada búsqueda, aunque esté en otra red
cmd-show-qr-tip = Abrir este servidor en un teléfono o una tableta: escanee el código con su cámara
cmd-close-qr-tip = Cerrar el código QR
cmd-copy-list-tip = Copiar los servidores mostrados: nombre, dirección web y red, uno por línea
cmd-rename-favourite-tip = Dar a este favorito un nombre propio
cmd-set-favourite-name-tip = Usar este nombre (vacío: el nombre que encuentra LanScout)
cmd-cancel-rename-tip = Dejar el nombre como está
cmd-remove-favourite-tip = Dejar de consultar primero esta dirección y de mostrarla cuando no responda
cmd-toggle-messages-tip = Mostrar u ocultar avisos y errores
cmd-dismiss-banner-tip = Ocultar este mensaje (sigue en «Mensajes»)
cmd-show-about-tip = Versión, licencia y dónde guarda LanScout su configuración
cmd-close-about-tip = Cerrar esta ventana
cmd-copy-support-tip = Copiar la versión, su sistema y lo que encontró la última búsqueda, para pegarlo en un mensaje a quien le ayude
cmd-open-folder-tip = Mostrar esta carpeta en el gestor de archivos
cmd-sweep-tip = Consultar una a una las direcciones de sus redes: más lento, pero encuentra servidores que la búsqueda rápida no ve
cmd-set-server-mode-tip = Permitir que otros equipos encuentren este: LanScout responde cuando buscan servidores
cmd-save-list-tip = Guardar los servidores mostrados, con todos los detalles, en la carpeta Descargas

## The server list
table-name = Servidores
table-columns = Columnas
column-name = Nombre
column-address = Dirección
column-port = Puerto
column-interface = Red
column-rtt = Tiempo de respuesta
column-last-seen = Visto
column-web = Página web
column-sort-tip = Ordenar por { $column }
row-unnamed = servidor sin nombre
row-web-open = accesible
row-web-closed = la página web no responde
row-web-checking = comprobando
row-web-unchecked = página web sin comprobar
row-found-by = encontrado: { $ways }
row-away = en una red que este equipo ha dejado
row-missed = { $ago } · { $count ->
    [one] sin respuesta en la última búsqueda
   *[other] sin respuesta en las últimas { $count } búsquedas
}
row-looking-up = consultando…
row-open-tip = Abrir { $url }
row-announced = dice estar en { $address }
row-announced-tip = El servidor da { $address } como su dirección, pero su respuesta llegó desde { $source }
badge-this-computer = este equipo
badge-new = nuevo
badge-away = otra red
badge-away-tip = Respondió en una red que este equipo ha dejado; vuelve cuando vuelve la red
badge-unreachable = inaccesible
badge-stale = no responde
badge-source-tip = Cómo se encontró: «respondió» = respondió a la búsqueda de LanScout; «se anuncia» = avisa él mismo a la red local de que está ahí, como hacen las impresoras y los discos de red
source-answered = respondió
source-advertised = se anuncia
badge-virtual = virtual
badge-down = inactiva
cell-web-open = ✔ accesible
cell-web-closed = ✖ sin respuesta
cell-web-closed-tip = Puerto { $port }: { $error }
cell-web-checking = comprobando…
detail-title = Título de la página
detail-hostname = Nombre de host
detail-web-server = Servidor web
detail-hardware = Hardware
detail-maker = Fabricante
detail-opens = Abre
detail-announced = Anunciado
detail-reply-from = Respuesta desde
detail-first-seen = Visto por primera vez
detail-remembered = Nombre de una ejecución anterior; las consultas de nombres están desactivadas o en curso.
detail-no-lookup = Las consultas de nombres están desactivadas o en curso.
ago-now = ahora mismo
ago-minutes = hace { $count } min
ago-hours = hace { $count } h
ago-days = { $count ->
    [one] hace { $count } día
   *[other] hace { $count } días
}
duration-ms = { $ms } ms
duration-s = { $secs } s

## Notifications
notice-one-named = { $name } está en la red — { $address }
notice-one = Hay un servidor en la red — { $address }
notice-one-body = Haga clic para abrirlo en el navegador.
notice-many = { $count } servidores aparecieron en la red
notice-many-body = { $rest ->
    [0] { $names }.
   *[other] { $names } y { $rest } más.
}
notice-open = Abrir
notice-background = LanScout sigue en marcha
notice-background-body = Sigue buscando servidores desde la bandeja del sistema. Para salir, elija Salir en su menú.
## QR code
qr-title = Abrir en un teléfono
qr-text = Escanee con la cámara de un teléfono para abrir este servidor.
qr-too-long = Este enlace es demasiado largo para un código QR.
## About LanScout
about-title = Acerca de LanScout
about-tagline = LanScout encuentra los servidores de su red y los abre con un clic.
about-version = Versión { $version }
about-commit = Compilado a partir del commit { $commit }
about-licence = Software libre con la licencia { $licence }
about-notices = Licencias de las partes con las que está hecho LanScout:
about-settings = Su configuración se guarda en:
about-log = El registro (útil para una solicitud de ayuda) está en:
about-not-installed = No se instaló con esta copia de LanScout.
about-copied = Copiado. Péguelo en su mensaje.
## Favourites
favourites-missing = Favoritos que no responden
rename-title = Renombrar el favorito { $entry }
rename-label = Nombre nuevo
rename-hint = Déjelo vacío para usar el nombre que encuentra LanScout.
## Settings dialog
settings-title = Configuración
settings-fix-fields = Corrija los campos marcados para poder aplicar.
settings-some-invalid = Algunos campos no son válidos
settings-section-scanning = Búsqueda
settings-forget-unit = horas sin respuesta (0: nunca; los favoritos se conservan)
settings-section-protocol = Protocolo
settings-section-interfaces = Interfaces de red
settings-no-interfaces = No se encontró ninguna interfaz de red aparte del bucle local.
settings-section-targets = Servidores más allá de la difusión
settings-section-server = Modo servidor
settings-any-interface = Cualquiera
settings-section-appearance = Apariencia

## Settings: label, then -help (hover text and --help), -caption (beside a check box), -hint (an empty field)
setting-protocol-message = Mensaje de solicitud
setting-protocol-message-help = El texto que LanScout envía para buscar servidores (el de django-udp-discovery: DISCOVER_SERVER)
setting-protocol-response-prefix = Prefijo de respuesta
setting-protocol-response-prefix-help = Cómo empieza la respuesta de un servidor (el de django-udp-discovery: SERVER_IP:)
setting-scan-timeout-secs = Tiempo de espera (segundos)
setting-scan-timeout-secs-help = Segundos durante los que se reúnen respuestas (entonces la búsqueda termina, llegue lo que llegue)
setting-scan-retries = Reintentos
setting-scan-retries-help = Veces que se reenvían las consultas dentro del tiempo de espera (a los 0,5 s, 2 s y luego el doble)
setting-scan-port = Puerto de descubrimiento (UDP)
setting-scan-port-help = Puerto UDP en el que escuchan los servidores de descubrimiento
setting-scan-default-web-port = Puerto web predeterminado
setting-scan-default-web-port-help = Puerto web que se supone cuando una respuesta no indica ninguno
setting-scan-scheme = Esquema de URL
setting-scan-scheme-help = Esquema de los enlaces con los que se abren los servidores
setting-scan-scheme-http = http
setting-scan-scheme-https = https
setting-scan-include-interfaces = Solo estas interfaces
setting-scan-include-interfaces-help = Usar solo esta interfaz (nombre exacto; se puede repetir)
setting-scan-include-interfaces-hint = todas (nombres separados por comas)
setting-scan-exclude-interfaces = Nunca estas interfaces
setting-scan-exclude-interfaces-help = Omitir esta interfaz (nombre exacto; se puede repetir)
setting-scan-exclude-interfaces-hint = ninguna (nombres separados por comas)
setting-scan-favourites = Favoritos
setting-scan-favourites-help = Servidores consultados primero en cada búsqueda y mostrados aunque no respondan
setting-scan-favourites-hint = host o host:puerto, uno por línea
setting-scan-extra-targets = Destinos adicionales
setting-scan-extra-targets-help = Consultar también este host, host:puerto o rango CIDR por unidifusión (se puede repetir)
setting-scan-extra-targets-hint = host, host:puerto o CIDR (10.0.1.0/24)
setting-scan-sweep = Cada dirección
setting-scan-sweep-help = Consultar por unidifusión cada host de las subredes de las interfaces usadas
setting-scan-sweep-caption = Consultar una a una las direcciones de las redes locales (barrido de subredes)
setting-scan-sweep-rate = Ritmo del barrido (consultas/s)
setting-scan-sweep-rate-help = Máximo de consultas de barrido por segundo
setting-scan-fallback = Sin respuesta a la difusión
setting-scan-fallback-help = Cuando nada responde a la difusión en una red (un cortafuegos aquí descarta las respuestas), consultar una a una cada dirección de esa red (en una red muy grande, las 254 cercanas a este equipo)
setting-scan-fallback-caption = Entonces consultar cada dirección cercana
setting-scan-auto-refresh = Actualización automática
setting-scan-auto-refresh-help = Volver a buscar periódicamente
setting-scan-auto-refresh-caption = Buscar de nuevo cada
setting-scan-auto-refresh-secs = segundos
setting-scan-auto-refresh-secs-help = Intervalo de la actualización automática en segundos
setting-scan-forget-after-hours = Olvidar servidores tras
setting-scan-forget-after-hours-help = Horas tras las que un servidor que no ha respondido sale de la lista (los favoritos nunca); 0 conserva todos
setting-scan-lookup-details = Nombres
setting-scan-lookup-details-help = Pide a cada servidor encontrado su página web (un HTTP GET) y consulta su nombre de host y el fabricante de su hardware
setting-scan-lookup-details-caption = Consultar nombres y títulos de página
setting-scan-names-over-mdns = mDNS
setting-scan-names-over-mdns-help = Cuando el DNS no tiene nombre para un servidor de una subred local, preguntar al enlace (como responden Avahi y Bonjour)
setting-scan-names-over-mdns-caption = Preguntar los nombres a la red local (mDNS)
setting-scan-dns-sd = Servidores web anunciados
setting-scan-dns-sd-help = Mostrar también los servidores web que se anuncian por DNS-SD (_http._tcp, _https._tcp: impresoras, NAS, Home Assistant)
setting-scan-dns-sd-caption = Mostrar también los servidores web que se anuncian (DNS-SD)
setting-server-enabled = Al iniciar
setting-server-enabled-help = Iniciar el modo servidor cuando se inicia LanScout
setting-server-enabled-caption = Iniciar el modo servidor con LanScout
setting-server-port = Escuchar en el puerto UDP
setting-server-port-help = Puerto UDP en el que escuchar
setting-server-web-port = Puerto web anunciado
setting-server-web-port-help = Puerto web que se anuncia (8000 envía exactamente la respuesta original)
setting-server-buffer-size = Búfer de solicitud (bytes)
setting-server-buffer-size-help = Tamaño máximo de solicitud leída, en bytes
setting-server-interface = Responder en la interfaz
setting-server-interface-help = Responder solo a los solicitantes alcanzados por esta interfaz
setting-server-local-only = Solicitantes
setting-server-local-only-help = Responder solo a los solicitantes de las subredes propias de este equipo
setting-server-local-only-caption = Responder solo a equipos de las subredes de este equipo
setting-ui-theme = Tema
setting-ui-theme-help = Colores de la ventana
setting-ui-theme-system = Sistema
setting-ui-theme-light = Claro
setting-ui-theme-dark = Oscuro
setting-ui-notifications = Notificaciones
setting-ui-notifications-help = Una notificación de escritorio cuando aparece un servidor mientras LanScout está en segundo plano (actualización automática)
setting-ui-notifications-caption = Avisarme cuando aparezca un servidor mientras LanScout está en segundo plano (actualización automática)
setting-ui-start-at-login = Iniciar al entrar
setting-ui-start-at-login-help = Iniciar LanScout, minimizado, cuando inicie sesión en este equipo
setting-ui-start-at-login-caption = Iniciar LanScout cuando inicie sesión
setting-ui-run-in-background = En segundo plano
setting-ui-run-in-background-help = Al cerrar la ventana, LanScout sigue en la bandeja del sistema buscando servidores (solo si el escritorio tiene bandeja)
setting-ui-run-in-background-caption = Seguir en segundo plano al cerrar la ventana
setting-ui-language = Idioma
setting-ui-language-help = El idioma de la ventana y sus notificaciones (Sistema: el idioma del escritorio)
setting-ui-language-system = Idioma del sistema

## Lines of the messages panel (and the log)
msg-opened = { $url } abierto en el navegador
msg-open-failed = no se pudo abrir { $url } en un navegador web: { $error }. Haga clic derecho en el servidor y copie su enlace.
msg-open-folder-failed = no se pudo abrir la carpeta { $folder }: { $error }
msg-autostart-failed = no se pudo cambiar si LanScout se inicia al iniciar sesión: { $error }
msg-tray-gone = El icono de LanScout ya no está en la bandeja del sistema: cerrar la ventana ahora cierra LanScout
msg-notices-failed = no se pueden mostrar notificaciones de escritorio: { $error }
msg-interfaces-failed = no se pueden listar las interfaces de red: { $error }
cell-web-no-connection = sin conexión
msg-network-changed = la red cambió: este equipo salió de { $left } y entró en { $joined }; { $count ->
    [one] { $count } servidor está en una red que este equipo ha dejado
   *[other] { $count } servidores están en una red que este equipo ha dejado
}
msg-forgot = { $count ->
    [one] se olvidó { $count } servidor no visto en { $hours } h (Configuración → Búsqueda)
   *[other] se olvidaron { $count } servidores no vistos en { $hours } h (Configuración → Búsqueda)
}
msg-server-mode = modo servidor: { $text }
msg-copied = { $count ->
    [one] { $count } servidor copiado al portapapeles
   *[other] { $count } servidores copiados al portapapeles
}
msg-invalid-scan = no se puede buscar, la configuración no es válida: { $errors }
msg-invalid-server = no se puede iniciar el modo servidor, la configuración no es válida: { $errors }
msg-favourite-added = { $entry } añadido a favoritos
msg-favourite-removed = { $entry } quitado de favoritos
msg-rename-failed = no se puede renombrar { $entry }: { $error }
msg-renamed = el favorito { $entry } ahora se llama «{ $name }»
msg-name-reset = el favorito { $entry } vuelve a llevar el nombre que encuentra LanScout
msg-no-export-folder = no se puede guardar la lista: no se encontró la carpeta Descargas ni la carpeta personal
msg-server-stopped = { $count ->
    [one] modo servidor detenido ({ $count } solicitud respondida)
   *[other] modo servidor detenido ({ $count } solicitudes respondidas)
}
msg-scan-failed = no se puede iniciar una búsqueda: { $error }
msg-server-on = modo servidor activo: respondiendo en el puerto UDP { $port }
msg-server-failed = no se pudo iniciar el modo servidor: { $error }
msg-saver-failed = no se pudo guardar la configuración: el hilo de guardado no se inició
msg-settings-saved = configuración guardada
msg-saved-list = { $count ->
    [one] { $count } servidor guardado en { $path }
   *[other] { $count } servidores guardados en { $path }
}
msg-save-list-failed = no se puede guardar la lista en { $folder }: { $error }
msg-save-settings-failed = no se pudo guardar la configuración en { $path }: { $error }
msg-names-moved = los nombres de los favoritos pasaron al archivo de configuración

## Why a scan found nothing (the window's empty list and `lanscout scan --explain`)
diag-targets = Favoritos y direcciones añadidas: { $probes ->
    [one] consultados una vez
   *[other] consultados { $probes } veces
}, { $outcome }.
diag-nothing-back = no volvió nada
diag-not-used = Sin usar: { $names }.
diag-no-probe = No se consultó nada: este equipo no tiene ninguna red que LanScout pueda usar y no se añadió ninguna dirección. Revise la elección de redes en la configuración.
diag-invalid = { $count ->
    [one] { $count } respuesta no tenía la forma esperada: revise en la configuración los textos que LanScout envía y espera.
   *[other] { $count } respuestas no tenían la forma esperada: revise en la configuración los textos que LanScout envía y espera.
}
diag-nothing-one-by-one = Nada respondió, ni siquiera al consultar cada dirección una a una: ningún equipo allí ejecuta un servidor que LanScout pueda encontrar en el puerto { $port }, o un cortafuegos lo bloquea.
diag-firewall-may-block = Puede que un cortafuegos de este equipo o de los servidores bloquee el puerto { $port }.
diag-router = Los servidores detrás de un router no oyen la búsqueda rápida: «Consultar cada dirección», o la dirección del servidor añadida en la configuración (por ejemplo 192.168.1.20), llega hasta ellos.
diag-send-failed = no se pudo enviar la consulta
diag-not-sent = no se envió nada
diag-went-out = consultado; no volvió nada
diag-interface = { $interface }: { $outcome }.
diag-wide-subnet = Esta red ({ $subnet }) es más grande de lo que suele alcanzar la búsqueda rápida; «Consultar cada dirección» las consulta una a una.
diag-replies = { $replies ->
    [one] { $replies } respuesta
   *[other] { $replies } respuestas
}, { $invalid } no válidas
diag-fallback-found = { $count ->
    [0] ningún servidor respondió
    [one] { $count } servidor encontrado
   *[other] { $count } servidores encontrados
}
diag-fallback-sweep = Nadie respondió a la búsqueda rápida en { $interface }, así que LanScout consultó una a una sus { $hosts } direcciones ({ $block }): { $found }.
diag-fallback-known = Nadie respondió a la búsqueda rápida en { $interface }, así que LanScout consultó uno a uno los { $hosts } equipos que conoce allí: { $found }.
firewall-windows = Firewall de Windows Defender
firewall-unknown = un cortafuegos
firewall-dropped = Un cortafuegos de este equipo ({ $firewall }) bloquea las respuestas a la búsqueda rápida de LanScout: en { $interface }, { $count ->
    [one] { $count } servidor respondió
   *[other] { $count } servidores respondieron
} al consultar cada dirección, pero ninguno a la búsqueda rápida.
firewall-dropped-run = Para dejar pasar las respuestas de { $subnet }, ejecute este comando como administrador: { $command }
firewall-dropped-allow = Permita en él el UDP entrante desde el puerto de origen { $port } de { $subnet }.
firewall-dropped-found-anyway = LanScout los encontró de todos modos consultando cada dirección.
firewall-windows-prompt = El modo servidor responde en el puerto { $port }. Si Windows pregunta si desea permitir LanScout, marque «Redes privadas» y haga clic en «Permitir acceso»: si no, los demás equipos no pueden encontrar este.
firewall-unheard = Ningún equipo ha buscado este todavía. Si los demás equipos no lo encuentran, puede que un cortafuegos de aquí bloquee el puerto { $port }.
firewall-unheard-windows = Cuando Windows pregunte si desea permitir LanScout en redes privadas, haga clic en «Permitir acceso»; o ejecute este comando como administrador: { $command }
firewall-unheard-run = Para dejarlas entrar ({ $firewall }), ejecute este comando como administrador: { $command }
firewall-unheard-allow = Permita en él el UDP entrante en el puerto { $port }.

## The desktop entry (dist/lanscout.desktop) and the AppStream metadata:
## written from these messages by `UPDATE_DIST=1 cargo test --test i18n`.
desktop-generic-name = Buscador de servidores
desktop-comment = Encontrar los servidores de su red y abrirlos con un clic
# Search words, each ended by ";".
desktop-keywords = descubrimiento;red;servidor;LAN;Django;UDP;
appstream-summary = Encontrar los servidores de su red local y abrirlos con un clic
appstream-description-1 = LanScout encuentra los servidores Django de su red local que ejecutan el servicio django-udp-discovery, muestra cada uno en cuanto responde y lo abre en su navegador con un clic.
appstream-description-2 = También puede actuar él mismo como servidor de descubrimiento: a cada equipo que lo busca le responde con una dirección que ese equipo puede alcanzar.
appstream-screenshot = Servidores encontrados en tres redes
installer-start = Iniciar LanScout
installer-still-running = LanScout sigue abierto. Ciérrelo (también cualquier LanScout en una terminal) y elija «Reintentar».
installer-nothing-changed = LanScout sigue abierto: no se cambió nada.
installer-remove-settings = ¿Eliminar también la configuración y el registro de LanScout?
readme-title = LanScout: encuentre los servidores de su red local, a un clic
readme-start = Haga doble clic en lanscout.exe: la ventana se abre y busca enseguida. Haga clic en una dirección para abrir ese servidor en el navegador.
readme-firewall = La primera vez que LanScout responde como servidor («Hacer de servidor»), Windows pregunta si desea permitirlo en sus redes: marque «Redes privadas» y haga clic en «Permitir acceso». Si no, los demás equipos no pueden encontrar este.
readme-files = Dónde guarda LanScout sus archivos:
readme-settings = configuración
readme-log = registro

## What a scan says without stopping (the messages panel; `lanscout scan` on stderr)
warn-send-failed = no se pudo enviar una consulta a { $dest } por { $via }: { $error }
warn-announced-unusable = { $source } anunció { $announced }, que no es accesible desde aquí; se usa { $ip }
warn-invalid-reply = se ignoró una respuesta no válida de { $source }: { $reason }
warn-invalid-suppressed = llegaron más respuestas no válidas; se cuentan, no se listan
warn-target-unresolved = no se pudo resolver el destino { $target }: { $error }
warn-sweep-narrowed = { $interface }: la subred { $subnet } es más amplia que /{ $prefix }; solo se barre { $swept }
warn-scan-extended = el barrido envía { $probes } consultas{ $on_link ->
    [0] {""}
   *[other] {" "}({ $on_link } en las subredes propias de este equipo, a un ritmo con el que la tabla de vecinos del núcleo no pierde ninguna)
}; la búsqueda dura unos { $secs } s para completarlo
warn-small-buffer = el búfer de recepción tiene { $granted } bytes (se pidieron { $requested }); pueden perderse respuestas en una avalancha
warn-interfaces-unavailable = no se pueden listar las interfaces de red ({ $error }); solo se consultan los destinos
warn-nothing-to-probe = ninguna interfaz de red sirve para la difusión y no hay ningún destino
warn-too-many-from-one = { $source } anunció más de { $limit } servidores distintos; el resto se ignora (se cuenta como ignorado)
warn-sweep-resent = { $count ->
    [one] la tabla de vecinos del núcleo estaba llena: { $count } consulta del barrido se perdió y se volvió a enviar
   *[other] la tabla de vecinos del núcleo estaba llena: { $count } consultas del barrido se perdieron y se volvieron a enviar
}
warn-lookup-failed = la consulta de { $ip } se detuvo por un error interno ({ $error }); se lista sin detalles
warn-details-skipped = se encontraron { $count } servidores más rápido de lo que se pueden consultar sus nombres; se listan sin detalles
warn-too-many-announced = más de { $limit } servidores web se anunciaron por DNS-SD; se listan los primeros { $limit }
warn-dns-sd-unavailable = no se pueden listar los servidores web anunciados (DNS-SD): { $error }
warn-fallback-sweep = aún no hay respuesta a la difusión en { $interface }: se consulta una a una cada una de las { $hosts } direcciones de { $block }
warn-fallback-known = aún no hay respuesta a la difusión en { $interface }: se consultan uno a uno los { $hosts } hosts conocidos de ese enlace

## Why a setting's value is refused (the dialog, beside the field; the command line)
field-not-seconds = { $text } no es un número de segundos
field-timeout-range = debe estar entre 0,1 y 600 segundos
field-port-empty = escriba un número de puerto (1-65535)
field-port-range = debe estar entre 1 y 65535
field-not-port = { $text } no es un número de puerto (1-65535)
field-not-whole = { $text } no es un número entero
field-retries-range = debe estar entre 0 y 10
field-not-rate = { $text } no es un número entero de consultas por segundo
field-rate-range = debe estar entre 1 y 50000 consultas por segundo
field-empty = no puede estar vacío
field-too-long = mide { $bytes } bytes; como máximo { $most }
field-interface-empty = el nombre de la interfaz está vacío
field-not-interface = { $text } no es un nombre de interfaz
field-name-empty = el nombre está vacío
field-name-too-long = supera los { $most } caracteres
field-control-chars = no puede contener caracteres de control
field-not-whole-seconds = { $text } no es un número entero de segundos
field-auto-refresh-range = debe estar entre 5 y 3600 segundos
field-forget-range = debe estar entre 0 (nunca) y 8760 horas
field-not-hours = { $text } no es un número entero de horas
field-not-language = { $text } no es system ni uno de { $tags }
field-not-bytes = { $text } no es un número de bytes
field-buffer-range = debe estar entre 16 y 65507 bytes
field-buffer-holds-message = debe poder contener el mensaje ({ $bytes } bytes)
skip-loopback = solo dentro de este equipo
skip-not-included = no elegida en la configuración
skip-excluded = desactivada en la configuración
skip-down = sin conexión
