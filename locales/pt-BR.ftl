# LanScout — Português (Brasil).
# Glossário: server = servidor, scan = busca (buscar), sweep = varredura,
# interface = interface, favourite = favorito, server mode = modo servidor,
# settings = Configurações.
# Main window, in everyday words (issue 29): ask every address = Consultar cada endereço, quick search = busca rápida, network = rede.

## The main window
window-title = LanScout
toolbar-auto-refresh-tip = { $tip } — a cada { $secs } s
filter-label = 🔍 Filtrar
filter-hint = nome, endereço, porta
filter-tip = Mostrar só os servidores cujo nome, endereço, porta ou rede contém este texto
progress-name = Progresso da busca
progress-scanning = Buscando…
progress-scanning-timed = Buscando… { $elapsed } s de { $total } s
progress-probes = { $planned ->
    [one] { $sent } de { $planned } consulta enviada
   *[other] { $sent } de { $planned } consultas enviadas
}
progress-left = faltam cerca de { $secs } s
progress-answered = { $count ->
    [0] nenhum servidor respondeu
    [one] { $count } servidor respondeu
   *[other] { $count } servidores responderam
}
status-servers = { $count ->
    [0] nenhum servidor
    [one] { $count } servidor
   *[other] { $count } servidores
}
status-last-scan = A última busca levou { $secs } s
status-last-sweep = A consulta de cada endereço levou { $secs } s
status-stopped = { $what } (interrompida)
status-no-scan = Nenhuma busca ainda
status-interfaces-unknown = Redes: —
status-interfaces-none = nenhuma
status-interfaces = Redes: { $names }{ $targets ->
    [0] {""}
    [one] {" "}+ { $targets } endereço adicionado
   *[other] {" "}+ { $targets } endereços adicionados
}
status-messages-warnings = ⚠ Mensagens ({ $count })
status-export = Exportar
status-server-on = Modo servidor ligado · { $count ->
    [0] nenhuma busca respondida
    [one] { $count } busca respondida
   *[other] { $count } buscas respondidas
}
status-no-requests = ⚠ nenhum computador procurou este ainda
status-server-starting = Iniciando o modo servidor…
status-server-off = Modo servidor desligado
messages-title = Mensagens
messages-log = também gravadas em { $path }
messages-hide = Ocultar mensagens
messages-empty = Nada a relatar.
messages-at = { $secs } s
empty-filter-title = Nenhum servidor corresponde ao filtro
empty-filter-text = Nada contém “{ $filter }”.
empty-scanning-title = Procurando servidores…
empty-scanning-text = Os servidores aparecem aqui assim que respondem.
empty-no-scan-text = Clique em { $command } ou pressione { $shortcut } para encontrar os servidores da sua rede.
empty-none-title = Nenhum servidor encontrado
empty-why = Por que a lista pode estar vazia:
empty-open-settings = Abrir as configurações…
tip-with-shortcut = { $tip } ({ $shortcut })
list-separator = {", "}
two-sentences = { $first } { $second }
key-ctrl = Ctrl
key-shift = Shift
key-alt = Alt

## Commands: buttons and menu entries (label), their hover text (-tip)
cmd-scan = ⟳ Buscar
cmd-stop = ■ Parar
cmd-sweep = Consultar cada endereço
cmd-open-settings = ⚙ Configurações
cmd-cancel-settings = Cancelar
cmd-apply-settings = Aplicar
cmd-restore-defaults = Restaurar padrões
cmd-set-server-mode = Também atuar como servidor
cmd-set-auto-refresh = Autoatualizar
cmd-open-selected = Abrir no navegador
cmd-copy-url = Copiar link
cmd-copy-address = Copiar endereço
cmd-add-favourite = Adicionar aos favoritos
cmd-show-qr = Mostrar código QR
cmd-close-qr = Fechar
cmd-copy-list = Copiar a lista como texto
cmd-save-list-json = Salvar como JSON
cmd-save-list-csv = Salvar como CSV
cmd-rename-favourite = Renomear favorito…
cmd-set-favourite-name = Renomear
cmd-cancel-rename = Cancelar
cmd-remove-favourite = Remover dos favoritos
cmd-dismiss-banner = Dispensar
cmd-quit = Sair
cmd-show-window = Mostrar o LanScout
tray-scan = Buscar agora
cmd-show-about = Sobre
cmd-close-about = Fechar
cmd-copy-support = Copiar dados para um pedido de suporte
cmd-open-folder = Abrir pasta
cmd-scan-tip = Procurar servidores na rede agora
cmd-stop-tip = Parar a busca em andamento
cmd-open-settings-tip = Configurações de busca, do modo servidor e da aparência
cmd-cancel-settings-tip = Fechar sem alterar nada
cmd-apply-settings-tip = Salvar estas configurações e usá-las
cmd-restore-defaults-tip = Preencher com os valores padrão (nada muda até “Aplicar”)
cmd-set-auto-refresh-tip = Buscar de novo periodicamente (intervalo nas Configurações)
cmd-open-selected-tip = Abrir o servidor no navegador
cmd-copy-url-tip = Copiar o endereço web do servidor
cmd-copy-address-tip = Copiar o endereço do servidor (números como 192.168.1.20)
cmd-add-favourite-tip = Consultar este servidor primeiro em cada busca, mesmo quando ele está em outra rede
cmd-show-qr-tip = Abrir este servidor num celular ou tablet: leia o código com a câmera
cmd-close-qr-tip = Fechar o código QR
cmd-copy-list-tip = Copiar os servidores mostrados: nome, endereço web e rede, um por linha
cmd-rename-favourite-tip = Dar a este favorito um nome próprio
cmd-set-favourite-name-tip = Usar este nome (vazio: o nome que o LanScout encontra)
cmd-cancel-rename-tip = Manter o nome como está
cmd-remove-favourite-tip = Parar de consultar este endereço primeiro e de listá-lo quando ele não responder
cmd-toggle-messages-tip = Mostrar ou ocultar avisos e erros
cmd-dismiss-banner-tip = Ocultar esta mensagem (ela continua em “Mensagens”)
cmd-show-about-tip = Versão, licença e onde o LanScout guarda suas configurações
cmd-close-about-tip = Fechar esta janela
cmd-copy-support-tip = Copiar a versão, seu sistema e o que a última busca encontrou, para colar numa mensagem a quem está ajudando você
cmd-open-folder-tip = Mostrar esta pasta no gerenciador de arquivos
cmd-sweep-tip = Consultar um a um os endereços das suas redes: mais lento, mas encontra servidores que a busca rápida não vê
cmd-set-server-mode-tip = Deixar que outros computadores encontrem este: o LanScout responde quando eles procuram servidores
cmd-save-list-tip = Salvar os servidores mostrados, com todos os detalhes, na pasta Downloads

## The server list
table-name = Servidores
table-columns = Colunas
column-name = Nome
column-address = Endereço
column-port = Porta
column-interface = Rede
column-rtt = Tempo de resposta
column-last-seen = Visto
column-web = Página web
column-sort-tip = Ordenar por { $column }
row-unnamed = servidor sem nome
row-web-open = acessível
row-web-closed = a página web não responde
row-web-checking = verificando
row-web-unchecked = página web não verificada
row-found-by = encontrado: { $ways }
row-away = numa rede que este computador deixou
row-missed = { $ago } · { $count ->
    [one] sem resposta na última busca
   *[other] sem resposta nas últimas { $count } buscas
}
row-looking-up = consultando…
row-open-tip = Abrir { $url }
row-announced = diz estar em { $address }
row-announced-tip = O servidor informa { $address } como endereço, mas a resposta veio de { $source }
badge-this-computer = este computador
badge-new = novo
badge-away = outra rede
badge-away-tip = Ele respondeu numa rede que este computador deixou; volta quando a rede voltar
badge-unreachable = inacessível
badge-stale = não responde
badge-source-tip = Como foi encontrado: “respondeu” = respondeu à busca do LanScout; “se anuncia” = avisa a própria presença à rede local, como fazem impressoras e discos de rede
source-answered = respondeu
source-advertised = se anuncia
badge-virtual = virtual
badge-down = inativa
cell-web-open = ✔ acessível
cell-web-closed = ✖ sem resposta
cell-web-closed-tip = Porta { $port }: { $error }
cell-web-checking = verificando…
detail-title = Título da página
detail-hostname = Nome do host
detail-web-server = Servidor web
detail-hardware = Hardware
detail-maker = Fabricante
detail-opens = Abre
detail-announced = Anunciado
detail-reply-from = Resposta de
detail-first-seen = Visto pela primeira vez
detail-remembered = Nome de uma execução anterior; as consultas de nome estão desligadas ou em andamento.
detail-no-lookup = As consultas de nome estão desligadas ou em andamento.
ago-now = agora mesmo
ago-minutes = há { $count } min
ago-hours = há { $count } h
ago-days = { $count ->
    [one] há { $count } dia
   *[other] há { $count } dias
}
duration-ms = { $ms } ms
duration-s = { $secs } s

## Notifications
notice-one-named = { $name } está na rede — { $address }
notice-one = Um servidor está na rede — { $address }
notice-one-body = Clique para abri-lo no navegador.
notice-many = { $count } servidores apareceram na rede
notice-many-body = { $rest ->
    [0] { $names }.
   *[other] { $names } e mais { $rest }.
}
notice-open = Abrir
notice-background = O LanScout continua em execução
notice-background-body = Ele continua procurando servidores a partir da bandeja do sistema. Para sair, escolha Sair no menu dele.
## QR code
qr-title = Abrir no celular
qr-text = Leia com a câmera de um celular para abrir este servidor.
qr-too-long = Este link é longo demais para um código QR.
## About LanScout
about-title = Sobre o LanScout
about-tagline = O LanScout encontra os servidores da sua rede e os abre com um clique.
about-version = Versão { $version }
about-commit = Compilado a partir do commit { $commit }
about-licence = Software livre sob a licença { $licence }
about-notices = Licenças das partes de que o LanScout é feito:
about-settings = Suas configurações ficam em:
about-log = O registro (útil para um pedido de suporte) fica em:
about-not-installed = Não instalado com esta cópia do LanScout.
about-copied = Copiado. Cole na sua mensagem.
## Favourites
favourites-missing = Favoritos que não respondem
rename-title = Renomear o favorito { $entry }
rename-label = Novo nome
rename-hint = Deixe vazio para usar o nome que o LanScout encontra.
## Settings dialog
settings-title = Configurações
settings-fix-fields = Corrija os campos marcados para poder aplicar.
settings-some-invalid = Alguns campos não são válidos
settings-section-scanning = Busca
settings-forget-unit = horas sem resposta (0: nunca; os favoritos ficam)
settings-section-protocol = Protocolo
settings-section-interfaces = Interfaces de rede
settings-no-interfaces = Nenhuma interface de rede além do loopback foi encontrada.
settings-section-targets = Servidores além do broadcast
settings-section-server = Modo servidor
settings-any-interface = Qualquer
settings-section-appearance = Aparência

## Settings: label, then -help (hover text and --help), -caption (beside a check box), -hint (an empty field)
setting-protocol-message = Mensagem de solicitação
setting-protocol-message-help = O texto que o LanScout envia para procurar servidores (o padrão do django-udp-discovery: DISCOVER_SERVER)
setting-protocol-response-prefix = Prefixo da resposta
setting-protocol-response-prefix-help = Como começa a resposta de um servidor (o padrão do django-udp-discovery: SERVER_IP:)
setting-scan-timeout-secs = Tempo limite (segundos)
setting-scan-timeout-secs-help = Segundos para reunir respostas (a busca termina então, chegue o que chegar)
setting-scan-retries = Novas tentativas
setting-scan-retries-help = Vezes que as consultas são reenviadas dentro do tempo limite (aos 0,5 s, 2 s e depois dobrando)
setting-scan-port = Porta de descoberta (UDP)
setting-scan-port-help = Porta UDP em que os servidores de descoberta escutam
setting-scan-default-web-port = Porta web padrão
setting-scan-default-web-port-help = Porta web assumida quando uma resposta não indica nenhuma
setting-scan-scheme = Esquema da URL
setting-scan-scheme-help = Esquema dos links que abrem os servidores
setting-scan-scheme-http = http
setting-scan-scheme-https = https
setting-scan-include-interfaces = Só estas interfaces
setting-scan-include-interfaces-help = Usar só esta interface (nome exato; pode repetir)
setting-scan-include-interfaces-hint = todas (nomes separados por vírgula)
setting-scan-exclude-interfaces = Nunca estas interfaces
setting-scan-exclude-interfaces-help = Ignorar esta interface (nome exato; pode repetir)
setting-scan-exclude-interfaces-hint = nenhuma (nomes separados por vírgula)
setting-scan-favourites = Favoritos
setting-scan-favourites-help = Servidores consultados primeiro em toda busca e listados mesmo quando não respondem
setting-scan-favourites-hint = host ou host:porta, um por linha
setting-scan-extra-targets = Destinos extras
setting-scan-extra-targets-help = Consultar também este host, host:porta ou faixa CIDR por unicast (pode repetir)
setting-scan-extra-targets-hint = host, host:porta ou CIDR (10.0.1.0/24)
setting-scan-sweep = Cada endereço
setting-scan-sweep-help = Consultar por unicast cada host das sub-redes das interfaces usadas
setting-scan-sweep-caption = Consultar um a um os endereços das redes locais (varredura)
setting-scan-sweep-rate = Ritmo da varredura (consultas/s)
setting-scan-sweep-rate-help = Máximo de consultas de varredura por segundo
setting-scan-fallback = Sem resposta ao broadcast
setting-scan-fallback-help = Quando nada responde ao broadcast numa rede (um firewall aqui descarta as respostas), consultar um a um cada endereço dessa rede (numa rede muito grande, os 254 em volta deste computador)
setting-scan-fallback-caption = Então consultar cada endereço próximo
setting-scan-auto-refresh = Atualização automática
setting-scan-auto-refresh-help = Buscar de novo periodicamente
setting-scan-auto-refresh-caption = Buscar de novo a cada
setting-scan-auto-refresh-secs = segundos
setting-scan-auto-refresh-secs-help = Intervalo da atualização automática em segundos
setting-scan-forget-after-hours = Esquecer servidores após
setting-scan-forget-after-hours-help = Horas após as quais um servidor que não respondeu sai da lista (favoritos nunca); 0 mantém todos
setting-scan-lookup-details = Nomes
setting-scan-lookup-details-help = Pede a cada servidor encontrado a sua página web (um HTTP GET) e consulta o nome do host e o fabricante do hardware
setting-scan-lookup-details-caption = Consultar nomes e títulos de página
setting-scan-names-over-mdns = mDNS
setting-scan-names-over-mdns-help = Quando o DNS não tem nome para um servidor de uma sub-rede local, perguntar ao enlace (como respondem o Avahi e o Bonjour)
setting-scan-names-over-mdns-caption = Perguntar os nomes à rede local (mDNS)
setting-scan-dns-sd = Servidores web anunciados
setting-scan-dns-sd-help = Listar também os servidores web que se anunciam por DNS-SD (_http._tcp, _https._tcp: impressoras, NAS, Home Assistant)
setting-scan-dns-sd-caption = Listar também os servidores web que se anunciam (DNS-SD)
setting-server-enabled = Ao iniciar
setting-server-enabled-help = Iniciar o modo servidor quando o LanScout inicia
setting-server-enabled-caption = Iniciar o modo servidor com o LanScout
setting-server-port = Escutar na porta UDP
setting-server-port-help = Porta UDP em que escutar
setting-server-web-port = Porta web anunciada
setting-server-web-port-help = Porta web a anunciar (8000 envia exatamente a resposta original)
setting-server-buffer-size = Buffer de solicitação (bytes)
setting-server-buffer-size-help = Maior solicitação lida, em bytes
setting-server-interface = Responder na interface
setting-server-interface-help = Responder só a solicitantes alcançados por esta interface
setting-server-local-only = Solicitantes
setting-server-local-only-help = Responder só a solicitantes das sub-redes deste computador
setting-server-local-only-caption = Responder só a computadores das sub-redes deste computador
setting-ui-theme = Tema
setting-ui-theme-help = Cores da janela
setting-ui-theme-system = Sistema
setting-ui-theme-light = Claro
setting-ui-theme-dark = Escuro
setting-ui-notifications = Notificações
setting-ui-notifications-help = Uma notificação na área de trabalho quando um servidor aparece enquanto o LanScout está em segundo plano (atualização automática)
setting-ui-notifications-caption = Avisar quando um servidor aparecer com o LanScout em segundo plano (atualização automática)
setting-ui-start-at-login = Iniciar ao entrar
setting-ui-start-at-login-help = Iniciar o LanScout, minimizado, quando você entrar neste computador
setting-ui-start-at-login-caption = Iniciar o LanScout quando eu entrar
setting-ui-run-in-background = Em segundo plano
setting-ui-run-in-background-help = Fechar a janela mantém o LanScout na bandeja do sistema, onde ele continua procurando servidores (só se a área de trabalho tiver bandeja)
setting-ui-run-in-background-caption = Continuar em segundo plano quando a janela for fechada
setting-ui-language = Idioma
setting-ui-language-help = O idioma da janela e das notificações (Sistema: o idioma da área de trabalho)
setting-ui-language-system = Idioma do sistema

## Lines of the messages panel (and the log)
msg-opened = { $url } aberto no navegador
msg-open-failed = não foi possível abrir { $url } num navegador: { $error }. Clique com o botão direito no servidor e copie o link.
msg-open-folder-failed = não foi possível abrir a pasta { $folder }: { $error }
msg-autostart-failed = não foi possível mudar se o LanScout inicia quando você entra: { $error }
msg-tray-gone = O ícone do LanScout saiu da bandeja do sistema: fechar a janela agora encerra o LanScout
msg-notices-failed = não é possível mostrar notificações na área de trabalho: { $error }
msg-interfaces-failed = não é possível listar as interfaces de rede: { $error }
cell-web-no-connection = sem conexão
msg-network-changed = a rede mudou: este computador saiu de { $left } e entrou em { $joined }; { $count ->
    [0] nenhum servidor está numa rede que este computador deixou
    [one] { $count } servidor está numa rede que este computador deixou
   *[other] { $count } servidores estão numa rede que este computador deixou
}
msg-forgot = { $count ->
    [one] { $count } servidor esquecido, sem ser visto há { $hours } h (Configurações → Busca)
   *[other] { $count } servidores esquecidos, sem ser vistos há { $hours } h (Configurações → Busca)
}
msg-server-mode = modo servidor: { $text }
msg-copied = { $count ->
    [0] nenhum servidor copiado para a área de transferência
    [one] { $count } servidor copiado para a área de transferência
   *[other] { $count } servidores copiados para a área de transferência
}
msg-invalid-scan = não é possível buscar, as configurações não são válidas: { $errors }
msg-invalid-server = não é possível iniciar o modo servidor, as configurações não são válidas: { $errors }
msg-favourite-added = { $entry } adicionado aos favoritos
msg-favourite-removed = { $entry } removido dos favoritos
msg-rename-failed = não é possível renomear { $entry }: { $error }
msg-renamed = o favorito { $entry } agora se chama “{ $name }”
msg-name-reset = o favorito { $entry } volta a usar o nome que o LanScout encontra
msg-no-export-folder = não é possível salvar a lista: nenhuma pasta Downloads ou pessoal foi encontrada
msg-server-stopped = { $count ->
    [0] modo servidor parado (nenhuma solicitação respondida)
    [one] modo servidor parado ({ $count } solicitação respondida)
   *[other] modo servidor parado ({ $count } solicitações respondidas)
}
msg-scan-failed = não é possível iniciar uma busca: { $error }
msg-server-on = modo servidor ligado: respondendo na porta UDP { $port }
msg-server-failed = não foi possível iniciar o modo servidor: { $error }
msg-saver-failed = não foi possível salvar as configurações: a thread de gravação não iniciou
msg-settings-saved = configurações salvas
msg-saved-list = { $count ->
    [0] nenhum servidor salvo em { $path }
    [one] { $count } servidor salvo em { $path }
   *[other] { $count } servidores salvos em { $path }
}
msg-save-list-failed = não é possível salvar a lista em { $folder }: { $error }
msg-save-settings-failed = não foi possível salvar as configurações em { $path }: { $error }
msg-names-moved = os nomes dos favoritos foram para o arquivo de configurações

## Why a scan found nothing (the window's empty list and `lanscout scan --explain`)
diag-targets = Favoritos e endereços adicionados: { $probes ->
    [one] consultados uma vez
   *[other] consultados { $probes } vezes
}, { $outcome }.
diag-nothing-back = nada voltou
diag-not-used = Não usadas: { $names }.
diag-no-probe = Nada foi consultado: este computador não tem nenhuma rede que o LanScout possa usar, e nenhum endereço foi adicionado. Verifique a escolha de redes nas Configurações.
diag-invalid = { $count ->
    [one] { $count } resposta não tinha a forma esperada: verifique nas Configurações os textos que o LanScout envia e espera.
   *[other] { $count } respostas não tinham a forma esperada: verifique nas Configurações os textos que o LanScout envia e espera.
}
diag-nothing-one-by-one = Nada respondeu, nem consultando cada endereço um a um: nenhum computador ali executa um servidor que o LanScout encontre na porta { $port }, ou um firewall o bloqueia.
diag-firewall-may-block = Um firewall neste computador ou nos servidores pode estar bloqueando a porta { $port }.
diag-router = Servidores atrás de um roteador não ouvem a busca rápida: “Consultar cada endereço”, ou o endereço do servidor adicionado nas Configurações (por exemplo 192.168.1.20), chega até eles.
diag-send-failed = não foi possível enviar a consulta
diag-not-sent = nada foi enviado
diag-went-out = consultado; nada voltou
diag-interface = { $interface }: { $outcome }.
diag-wide-subnet = Esta rede ({ $subnet }) é maior do que a busca rápida costuma alcançar; “Consultar cada endereço” consulta um a um.
diag-replies = { $replies ->
    [0] nenhuma resposta
    [one] { $replies } resposta
   *[other] { $replies } respostas
}, { $invalid } inválidas
diag-fallback-found = { $count ->
    [0] nenhum servidor respondeu
    [one] { $count } servidor encontrado
   *[other] { $count } servidores encontrados
}
diag-fallback-sweep = Ninguém respondeu à busca rápida em { $interface }, então o LanScout consultou um a um os seus { $hosts } endereços ({ $block }): { $found }.
diag-fallback-known = Ninguém respondeu à busca rápida em { $interface }, então o LanScout consultou um a um os { $hosts } computadores que conhece ali: { $found }.
firewall-windows = Firewall do Windows Defender
firewall-unknown = um firewall
firewall-dropped = Um firewall neste computador ({ $firewall }) bloqueia as respostas à busca rápida do LanScout: em { $interface }, { $count ->
    [one] { $count } servidor respondeu
   *[other] { $count } servidores responderam
} quando cada endereço foi consultado, mas nenhum à busca rápida.
firewall-dropped-run = Para deixar passar as respostas de { $subnet }, execute este comando como administrador: { $command }
firewall-dropped-allow = Permita nele UDP de entrada da porta de origem { $port } em { $subnet }.
firewall-dropped-found-anyway = O LanScout os encontrou mesmo assim, consultando cada endereço.
firewall-windows-prompt = O modo servidor responde na porta { $port }. Se o Windows perguntar se deve permitir o LanScout, marque “Redes privadas” e clique em “Permitir acesso”: senão outros computadores não conseguem encontrar este.
firewall-unheard = Nenhum computador procurou este ainda. Se outros computadores não o encontram, um firewall aqui pode estar bloqueando a porta { $port }.
firewall-unheard-windows = Quando o Windows perguntar se deve permitir o LanScout em redes privadas, clique em “Permitir acesso”; ou execute este comando como administrador: { $command }
firewall-unheard-run = Para deixá-las entrar ({ $firewall }), execute este comando como administrador: { $command }
firewall-unheard-allow = Permita nele UDP de entrada na porta { $port }.

## The desktop entry (dist/lanscout.desktop) and the AppStream metadata:
## written from these messages by `UPDATE_DIST=1 cargo test --test i18n`.
desktop-generic-name = Localizador de servidores
desktop-comment = Encontre os servidores da sua rede e abra-os com um clique
# Search words, each ended by ";".
desktop-keywords = descoberta;rede;servidor;LAN;Django;UDP;
appstream-summary = Encontre os servidores da sua rede local e abra-os com um clique
appstream-description-1 = O LanScout encontra os servidores Django da sua rede local que executam o serviço django-udp-discovery, mostra cada um assim que responde e o abre no navegador com um clique.
appstream-description-2 = Ele também pode atuar como servidor de descoberta: a cada computador que o procura, responde com um endereço que esse computador consegue alcançar.
appstream-screenshot = Servidores encontrados em três redes
installer-start = Iniciar o LanScout
installer-still-running = O LanScout ainda está aberto. Feche-o (e qualquer LanScout num terminal) e escolha “Repetir”.
installer-nothing-changed = O LanScout ainda está aberto: nada foi alterado.
installer-remove-settings = Remover também as configurações e o registro do LanScout?
readme-title = LanScout: encontre os servidores da sua rede local, a um clique
readme-start = Clique duas vezes em lanscout.exe: a janela abre e busca na hora. Clique num endereço para abrir esse servidor no navegador.
readme-firewall = Na primeira vez que o LanScout responde como servidor (“Também atuar como servidor”), o Windows pergunta se deve permiti-lo nas suas redes: marque “Redes privadas” e clique em “Permitir acesso”. Senão outros computadores não conseguem encontrar este.
readme-files = Onde o LanScout guarda os arquivos:
readme-settings = configurações
readme-log = registro

## What a scan says without stopping (the messages panel; `lanscout scan` on stderr)
warn-send-failed = não foi possível enviar uma consulta para { $dest } via { $via }: { $error }
warn-announced-unusable = { $source } anunciou { $announced }, que não é acessível daqui; usando { $ip }
warn-invalid-reply = resposta inválida de { $source } ignorada: { $reason }
warn-invalid-suppressed = chegaram mais respostas inválidas; elas são contadas, não listadas
warn-target-unresolved = não foi possível resolver o destino { $target }: { $error }
warn-sweep-narrowed = { $interface }: a sub-rede { $subnet } é maior que /{ $prefix }; varrendo só { $swept }
warn-scan-extended = a varredura envia { $probes } consultas{ $on_link ->
    [0] {""}
   *[other] {" "}({ $on_link } nas sub-redes deste computador, no ritmo em que a tabela de vizinhos do kernel não perde nenhuma)
}; a busca dura cerca de { $secs } s para terminá-la
warn-small-buffer = o buffer de recepção tem { $granted } bytes (pedidos { $requested }); respostas podem se perder numa rajada grande
warn-interfaces-unavailable = não é possível listar as interfaces de rede ({ $error }); só os destinos são consultados
warn-nothing-to-probe = nenhuma interface de rede serve para broadcast e nenhum destino foi definido
warn-too-many-from-one = { $source } anunciou mais de { $limit } servidores diferentes; o resto é ignorado (contado como ignorado)
warn-sweep-resent = { $count ->
    [one] a tabela de vizinhos do kernel estava cheia: { $count } consulta da varredura foi descartada e reenviada
   *[other] a tabela de vizinhos do kernel estava cheia: { $count } consultas da varredura foram descartadas e reenviadas
}
warn-lookup-failed = a consulta de { $ip } parou num erro interno ({ $error }); ele é listado sem detalhes
warn-details-skipped = { $count } servidores foram encontrados mais rápido do que seus nomes podem ser consultados; eles são listados sem detalhes
warn-too-many-announced = mais de { $limit } servidores web se anunciaram por DNS-SD; os primeiros { $limit } são listados
warn-dns-sd-unavailable = os servidores web anunciados (DNS-SD) não podem ser listados: { $error }
warn-fallback-sweep = ainda sem resposta ao broadcast em { $interface }: consultando um a um cada um dos { $hosts } endereços de { $block }
warn-fallback-known = ainda sem resposta ao broadcast em { $interface }: consultando um a um os { $hosts } hosts conhecidos nesse enlace

## Why a setting's value is refused (the dialog, beside the field; the command line)
field-not-seconds = { $text } não é um número de segundos
field-timeout-range = deve estar entre 0,1 e 600 segundos
field-port-empty = digite um número de porta (1-65535)
field-port-range = deve estar entre 1 e 65535
field-not-port = { $text } não é um número de porta (1-65535)
field-not-whole = { $text } não é um número inteiro
field-retries-range = deve estar entre 0 e 10
field-not-rate = { $text } não é um número inteiro de consultas por segundo
field-rate-range = deve estar entre 1 e 50000 consultas por segundo
field-empty = não pode ficar vazio
field-too-long = tem { $bytes } bytes; no máximo { $most }
field-interface-empty = o nome da interface está vazio
field-not-interface = { $text } não é um nome de interface
field-name-empty = o nome está vazio
field-name-too-long = passa de { $most } caracteres
field-control-chars = não pode conter caracteres de controle
field-not-whole-seconds = { $text } não é um número inteiro de segundos
field-auto-refresh-range = deve estar entre 5 e 3600 segundos
field-forget-range = deve estar entre 0 (nunca) e 8760 horas
field-not-hours = { $text } não é um número inteiro de horas
field-not-language = { $text } não é system nem um de { $tags }
field-not-bytes = { $text } não é um número de bytes
field-buffer-range = deve estar entre 16 e 65507 bytes
field-buffer-holds-message = deve comportar a mensagem ({ $bytes } bytes)
skip-loopback = só dentro deste computador
skip-not-included = não escolhida nas Configurações
skip-excluded = desativada nas Configurações
skip-down = desconectada
