# LanScout — Русский.
# Глоссарий: server = сервер, scan = поиск (искать), sweep = обход подсетей,
# interface = интерфейс, favourite = избранное, server mode = режим сервера,
# settings = Настройки.
# Main window, in everyday words (issue 29): ask every address = Опросить каждый адрес, quick search = быстрый поиск, network = сеть.

## The main window
window-title = LanScout
toolbar-auto-refresh-tip = { $tip } — каждые { $secs } с
filter-label = 🔍 Фильтр
filter-hint = имя, адрес, порт
filter-tip = Показывать только серверы, у которых имя, адрес, порт или сеть содержит этот текст
progress-name = Ход поиска
progress-scanning = Поиск…
progress-scanning-timed = Поиск… { $elapsed } с из { $total } с
progress-probes = Отправлено запросов: { $sent } из { $planned }
progress-left = осталось около { $secs } с
progress-answered = { $count ->
    [one] ответил { $count } сервер
    [few] ответили { $count } сервера
    [many] ответили { $count } серверов
   *[other] ответили { $count } серверов
}
status-servers = { $count ->
    [one] { $count } сервер
    [few] { $count } сервера
    [many] { $count } серверов
   *[other] { $count } серверов
}
status-last-scan = Последний поиск занял { $secs } с
status-last-sweep = Опрос каждого адреса занял { $secs } с
status-stopped = { $what } (прерван)
status-no-scan = Поиска ещё не было
status-interfaces-unknown = Сети: —
status-interfaces-none = нет
status-interfaces = Сети: { $names }{ $targets ->
    [0] {""}
    [one] {" "}+ { $targets } добавленный адрес
    [few] {" "}+ { $targets } добавленных адреса
    [many] {" "}+ { $targets } добавленных адресов
   *[other] {" "}+ { $targets } добавленных адреса
}
status-messages-warnings = ⚠ Сообщения ({ $count })
status-export = Экспорт
status-server-on = Режим сервера включён · ответов на поиск: { $count }
status-no-requests = ⚠ этот компьютер ещё никто не искал
status-server-starting = Режим сервера запускается…
status-server-off = Режим сервера выключен
messages-title = Сообщения
messages-log = также записываются в { $path }
messages-hide = Скрыть сообщения
messages-empty = Сообщать не о чем.
messages-at = { $secs } с
empty-filter-title = Ни один сервер не подходит под фильтр
empty-filter-text = Ничто не содержит «{ $filter }».
empty-scanning-title = Поиск серверов…
empty-scanning-text = Серверы появляются здесь, как только отвечают.
empty-no-scan-text = Нажмите { $command } или { $shortcut }, чтобы найти серверы в вашей сети.
empty-none-title = Серверы не найдены
empty-why = Почему список может быть пуст:
empty-open-settings = Открыть настройки…
tip-with-shortcut = { $tip } ({ $shortcut })
list-separator = {", "}
two-sentences = { $first } { $second }
key-ctrl = Ctrl
key-shift = Shift
key-alt = Alt

## Commands: buttons and menu entries (label), their hover text (-tip)
cmd-scan = ⟳ Искать
cmd-stop = ■ Стоп
cmd-sweep = Опросить каждый адрес
cmd-open-settings = ⚙ Настройки
cmd-cancel-settings = Отмена
cmd-apply-settings = Применить
cmd-restore-defaults = По умолчанию
cmd-set-server-mode = Работать и как сервер
cmd-set-auto-refresh = Автообновление
cmd-open-selected = Открыть в браузере
cmd-copy-url = Копировать ссылку
cmd-copy-address = Копировать адрес
cmd-add-favourite = В избранное
cmd-show-qr = Показать QR-код
cmd-close-qr = Закрыть
cmd-copy-list = Копировать список как текст
cmd-save-list-json = Сохранить как JSON
cmd-save-list-csv = Сохранить как CSV
cmd-rename-favourite = Переименовать…
cmd-set-favourite-name = Переименовать
cmd-cancel-rename = Отмена
cmd-remove-favourite = Убрать из избранного
cmd-dismiss-banner = Скрыть
cmd-quit = Выход
cmd-show-window = Показать LanScout
tray-scan = Искать сейчас
cmd-show-about = О программе
cmd-close-about = Закрыть
cmd-copy-support = Скопировать сведения для обращения в поддержку
cmd-open-folder = Открыть папку
cmd-scan-tip = Искать серверы в сети сейчас
cmd-stop-tip = Остановить текущий поиск
cmd-open-settings-tip = Настройки поиска, режима сервера и внешнего вида
cmd-cancel-settings-tip = Закрыть, ничего не меняя
cmd-apply-settings-tip = Сохранить эти настройки и использовать их
cmd-restore-defaults-tip = Заполнить значениями по умолчанию (ничего не изменится до «Применить»)
cmd-set-auto-refresh-tip = Периодически искать снова (интервал в настройках)
cmd-open-selected-tip = Открыть сервер в веб-браузере
cmd-copy-url-tip = Копировать веб-адрес сервера
cmd-copy-address-tip = Скопировать адрес сервера (цифры вида 192.168.1.20)
cmd-add-favourite-tip = Опрашивать этот сервер первым при каждом поиске, даже если он в другой сети
cmd-show-qr-tip = Открыть этот сервер на телефоне или планшете: отсканируйте код камерой
cmd-close-qr-tip = Закрыть QR-код
cmd-copy-list-tip = Скопировать показанные серверы: имя, веб-адрес и сеть, по одному на строку
cmd-rename-favourite-tip = Дать этому избранному серверу своё имя
cmd-set-favourite-name-tip = Использовать это имя (пусто: имя, которое находит LanScout)
cmd-cancel-rename-tip = Оставить имя как есть
cmd-remove-favourite-tip = Больше не опрашивать этот адрес первым и не показывать его, когда он не отвечает
cmd-toggle-messages-tip = Показать или скрыть предупреждения и ошибки
cmd-dismiss-banner-tip = Скрыть это сообщение (оно останется в «Сообщениях»)
cmd-show-about-tip = Версия, лицензия и где LanScout хранит ваши настройки
cmd-close-about-tip = Закрыть это окно
cmd-copy-support-tip = Скопировать версию, сведения о системе и итог последнего поиска, чтобы вставить их в сообщение тому, кто вам помогает
cmd-open-folder-tip = Показать эту папку в файловом менеджере
cmd-sweep-tip = Опросить по очереди каждый адрес ваших сетей: дольше, но находит серверы, которые быстрый поиск пропускает
cmd-set-server-mode-tip = Позволить другим компьютерам найти этот: LanScout отвечает, когда они ищут серверы
cmd-save-list-tip = Сохранить показанные серверы со всеми сведениями в папку «Загрузки»

## The server list
table-name = Серверы
table-columns = Столбцы
column-name = Имя
column-address = Адрес
column-port = Порт
column-interface = Сеть
column-rtt = Время ответа
column-last-seen = Был виден
column-web = Веб-страница
column-sort-tip = Сортировать по столбцу «{ $column }»
row-unnamed = сервер без имени
row-web-open = доступен
row-web-closed = веб-страница не отвечает
row-web-checking = проверяется
row-web-unchecked = веб-страница не проверялась
row-found-by = найден: { $ways }
row-away = в сети, которую этот компьютер покинул
row-missed = { $ago } · без ответа на поиски подряд: { $count }
row-looking-up = поиск имени…
row-open-tip = Открыть { $url }
row-announced = называет себя { $address }
row-announced-tip = Сервер сообщает адрес { $address }, но его ответ пришёл с { $source }
badge-this-computer = этот компьютер
badge-new = новый
badge-away = другая сеть
badge-away-tip = Он ответил в сети, которую этот компьютер покинул; он вернётся вместе с этой сетью
badge-unreachable = недоступен
badge-stale = не отвечает
badge-source-tip = Как он найден: «ответил» — ответил на поиск LanScout; «сообщает о себе» — сам сообщает локальной сети, что он есть, как принтеры и сетевые хранилища
source-answered = ответил
source-advertised = сообщает о себе
badge-virtual = виртуальный
badge-down = отключён
cell-web-open = ✔ доступен
cell-web-closed = ✖ нет ответа
cell-web-closed-tip = Порт { $port }: { $error }
cell-web-checking = проверяется…
detail-title = Заголовок страницы
detail-hostname = Имя хоста
detail-web-server = Веб-сервер
detail-hardware = Оборудование
detail-maker = Производитель
detail-opens = Открывает
detail-announced = Объявленный адрес
detail-reply-from = Ответ с адреса
detail-first-seen = Впервые замечен
detail-remembered = Имя из прошлого запуска; поиск имён выключен или ещё идёт.
detail-no-lookup = Поиск имён выключен или ещё идёт.
ago-now = только что
ago-minutes = { $count } мин назад
ago-hours = { $count } ч назад
ago-days = { $count ->
    [one] { $count } день назад
    [few] { $count } дня назад
    [many] { $count } дней назад
   *[other] { $count } дней назад
}
duration-ms = { $ms } мс
duration-s = { $secs } с

## Notifications
notice-one-named = { $name } в сети — { $address }
notice-one = В сети появился сервер — { $address }
notice-one-body = Нажмите, чтобы открыть его в браузере.
notice-many = { $count ->
    [one] В сети появился { $count } сервер
    [few] В сети появились { $count } сервера
    [many] В сети появились { $count } серверов
   *[other] В сети появились { $count } серверов
}
notice-many-body = { $rest ->
    [0] { $names }.
   *[other] { $names } и ещё { $rest }.
}
notice-open = Открыть
notice-background = LanScout продолжает работать
notice-background-body = Он продолжает искать серверы из области уведомлений. Чтобы выйти, выберите «Выход» в его меню.
## QR code
qr-title = Открыть на телефоне
qr-text = Отсканируйте камерой телефона, чтобы открыть этот сервер.
qr-too-long = Эта ссылка слишком длинная для QR-кода.
## About LanScout
about-title = О программе LanScout
about-tagline = LanScout находит серверы в вашей сети и открывает их одним щелчком.
about-version = Версия { $version }
about-commit = Собрано из коммита { $commit }
about-licence = Свободная программа под лицензией { $licence }
about-notices = Лицензии частей, из которых собран LanScout:
about-settings = Ваши настройки хранятся в:
about-log = Журнал (пригодится для обращения в поддержку) находится в:
about-not-installed = Не установлено вместе с этой копией LanScout.
about-copied = Скопировано. Вставьте в своё сообщение.
## Favourites
favourites-missing = Избранные серверы, которые не отвечают
rename-title = Переименовать избранный сервер { $entry }
rename-label = Новое имя
rename-hint = Оставьте пустым, чтобы использовать имя, которое находит LanScout.
## Settings dialog
settings-title = Настройки
settings-fix-fields = Исправьте отмеченные поля, чтобы применить настройки.
settings-some-invalid = Некоторые поля заполнены неверно
settings-section-scanning = Поиск
settings-forget-unit = ч без ответа (0: никогда; избранные серверы остаются)
settings-section-protocol = Протокол
settings-section-interfaces = Сетевые интерфейсы
settings-no-interfaces = Кроме петлевого, сетевых интерфейсов не найдено.
settings-section-targets = Серверы за пределами широковещания
settings-section-server = Режим сервера
settings-any-interface = Любой
settings-section-appearance = Внешний вид

## Settings: label, then -help (hover text and --help), -caption (beside a check box), -hint (an empty field)
setting-protocol-message = Сообщение запроса
setting-protocol-message-help = Текст, который LanScout отправляет, чтобы найти серверы (в django-udp-discovery по умолчанию: DISCOVER_SERVER)
setting-protocol-response-prefix = Префикс ответа
setting-protocol-response-prefix-help = С чего начинается ответ сервера (в django-udp-discovery по умолчанию: SERVER_IP:)
setting-scan-timeout-secs = Время ожидания (с)
setting-scan-timeout-secs-help = Сколько секунд собирать ответы (затем поиск заканчивается, что бы ни приходило)
setting-scan-retries = Повторы
setting-scan-retries-help = Сколько раз повторно отправлять запросы за время ожидания (через 0,5 с, 2 с, затем вдвое дольше)
setting-scan-port = Порт поиска (UDP)
setting-scan-port-help = UDP-порт, который слушают серверы поиска
setting-scan-default-web-port = Веб-порт по умолчанию
setting-scan-default-web-port-help = Веб-порт, если в ответе он не указан
setting-scan-scheme = Схема URL
setting-scan-scheme-help = Схема ссылок, по которым открываются серверы
setting-scan-scheme-http = http
setting-scan-scheme-https = https
setting-scan-include-interfaces = Только эти интерфейсы
setting-scan-include-interfaces-help = Использовать только этот интерфейс (точное имя; можно повторять)
setting-scan-include-interfaces-hint = все (имена через запятую)
setting-scan-exclude-interfaces = Никогда эти интерфейсы
setting-scan-exclude-interfaces-help = Пропускать этот интерфейс (точное имя; можно повторять)
setting-scan-exclude-interfaces-hint = нет (имена через запятую)
setting-scan-favourites = Избранное
setting-scan-favourites-help = Серверы, которые опрашиваются первыми при каждом поиске и показываются, даже если не отвечают
setting-scan-favourites-hint = хост или хост:порт, по одному в строке
setting-scan-extra-targets = Дополнительные адреса
setting-scan-extra-targets-help = Также опрашивать этот хост, хост:порт или диапазон CIDR адресным запросом (можно повторять)
setting-scan-extra-targets-hint = хост, хост:порт или CIDR (10.0.1.0/24)
setting-scan-sweep = Каждый адрес
setting-scan-sweep-help = Опрашивать адресными запросами каждый хост подсетей используемых интерфейсов
setting-scan-sweep-caption = Опрашивать по очереди каждый адрес локальных сетей (обход подсетей)
setting-scan-sweep-rate = Скорость обхода (запросов/с)
setting-scan-sweep-rate-help = Не больше стольких запросов обхода в секунду
setting-scan-fallback = Нет ответа на широковещание
setting-scan-fallback-help = Если в сети никто не отвечает на широковещательный запрос (брандмауэр здесь отбрасывает ответы), опросить по одному все адреса этой сети (в очень большой сети — 254 адреса рядом с этим компьютером)
setting-scan-fallback-caption = Тогда опросить каждый адрес рядом
setting-scan-auto-refresh = Автообновление
setting-scan-auto-refresh-help = Периодически искать снова
setting-scan-auto-refresh-caption = Повторять поиск с интервалом
setting-scan-auto-refresh-secs = с
setting-scan-auto-refresh-secs-help = Интервал автообновления в секундах
setting-scan-forget-after-hours = Забывать серверы через
setting-scan-forget-after-hours-help = Через сколько часов сервер, который не отвечает, уходит из списка (избранные серверы — никогда); 0 сохраняет все серверы
setting-scan-lookup-details = Имена
setting-scan-lookup-details-help = Запрашивает у каждого найденного сервера его веб-страницу (один HTTP GET) и узнаёт имя хоста и производителя оборудования
setting-scan-lookup-details-caption = Узнавать имена и заголовки страниц
setting-scan-names-over-mdns = mDNS
setting-scan-names-over-mdns-help = Если в DNS нет имени сервера из локальной подсети, спросить локальную сеть (как отвечают Avahi и Bonjour)
setting-scan-names-over-mdns-caption = Спрашивать имена у локальной сети (mDNS)
setting-scan-dns-sd = Объявленные веб-серверы
setting-scan-dns-sd-help = Также показывать веб-серверы, которые объявляют себя через DNS-SD (_http._tcp, _https._tcp: принтеры, NAS, Home Assistant)
setting-scan-dns-sd-caption = Также показывать веб-серверы, которые объявляют себя (DNS-SD)
setting-server-enabled = При запуске
setting-server-enabled-help = Включать режим сервера при запуске LanScout
setting-server-enabled-caption = Включать режим сервера вместе с LanScout
setting-server-port = Слушать UDP-порт
setting-server-port-help = UDP-порт для прослушивания
setting-server-web-port = Объявляемый веб-порт
setting-server-web-port-help = Веб-порт для объявления (8000 отправляет в точности стандартный ответ)
setting-server-buffer-size = Буфер запроса (байт)
setting-server-buffer-size-help = Наибольший читаемый запрос, в байтах
setting-server-interface = Отвечать на интерфейсе
setting-server-interface-help = Отвечать только тем, кто доступен через этот интерфейс
setting-server-local-only = Запрашивающие
setting-server-local-only-help = Отвечать только запрашивающим из собственных подсетей этого компьютера
setting-server-local-only-caption = Отвечать только компьютерам из подсетей этого компьютера
setting-ui-theme = Тема
setting-ui-theme-help = Цвета окна
setting-ui-theme-system = Системная
setting-ui-theme-light = Светлая
setting-ui-theme-dark = Тёмная
setting-ui-notifications = Уведомления
setting-ui-notifications-help = Уведомление на рабочем столе, когда появляется сервер, пока LanScout работает в фоне (автообновление)
setting-ui-notifications-caption = Уведомлять о новом сервере, пока LanScout работает в фоне (автообновление)
setting-ui-start-at-login = Запускать при входе
setting-ui-start-at-login-help = Запускать LanScout свёрнутым, когда вы входите в систему на этом компьютере
setting-ui-start-at-login-caption = Запускать LanScout, когда я вхожу в систему
setting-ui-run-in-background = В фоне
setting-ui-run-in-background-help = При закрытии окна LanScout остаётся в области уведомлений и продолжает искать серверы (только если она есть на рабочем столе)
setting-ui-run-in-background-caption = Продолжать работать в фоне после закрытия окна
setting-ui-language = Язык
setting-ui-language-help = Язык окна и уведомлений (Системный: язык рабочего стола)
setting-ui-language-system = Системный

## Lines of the messages panel (and the log)
msg-opened = { $url } открыт в браузере
msg-open-failed = не удалось открыть { $url } в браузере: { $error }. Щёлкните сервер правой кнопкой и скопируйте его ссылку.
msg-open-folder-failed = не удалось открыть папку { $folder }: { $error }
msg-autostart-failed = не удалось изменить запуск LanScout при входе в систему: { $error }
msg-tray-gone = Значок LanScout пропал из области уведомлений: закрытие окна теперь завершает LanScout
msg-notices-failed = уведомления на рабочем столе недоступны: { $error }
msg-interfaces-failed = не удаётся получить список сетевых интерфейсов: { $error }
cell-web-no-connection = нет соединения
msg-network-changed = сеть изменилась: этот компьютер покинул { $left } и подключился к { $joined }; { $count ->
    [one] { $count } сервер в сети, которую этот компьютер покинул
    [few] { $count } сервера в сети, которую этот компьютер покинул
    [many] { $count } серверов в сети, которую этот компьютер покинул
   *[other] { $count } серверов в сети, которую этот компьютер покинул
}
msg-forgot = { $count ->
    [one] забыт { $count } сервер, не виденный { $hours } ч (Настройки → Поиск)
    [few] забыто { $count } сервера, не виденных { $hours } ч (Настройки → Поиск)
    [many] забыто { $count } серверов, не виденных { $hours } ч (Настройки → Поиск)
   *[other] забыто { $count } серверов, не виденных { $hours } ч (Настройки → Поиск)
}
msg-server-mode = режим сервера: { $text }
msg-copied = { $count ->
    [one] { $count } сервер скопирован в буфер обмена
    [few] { $count } сервера скопированы в буфер обмена
    [many] { $count } серверов скопировано в буфер обмена
   *[other] { $count } серверов скопировано в буфер обмена
}
msg-invalid-scan = поиск невозможен, настройки неверны: { $errors }
msg-invalid-server = режим сервера не запускается, настройки неверны: { $errors }
msg-favourite-added = { $entry } добавлен в избранное
msg-favourite-removed = { $entry } убран из избранного
msg-rename-failed = не удаётся переименовать { $entry }: { $error }
msg-renamed = избранный сервер { $entry } теперь называется «{ $name }»
msg-name-reset = избранный сервер { $entry } снова носит имя, которое находит LanScout
msg-no-export-folder = не удаётся сохранить список: не найдена ни папка «Загрузки», ни домашняя папка
msg-server-stopped = режим сервера остановлен (ответов на запросы: { $count })
msg-scan-failed = не удаётся начать поиск: { $error }
msg-server-on = режим сервера включён: отвечает на UDP-порту { $port }
msg-server-failed = не удалось запустить режим сервера: { $error }
msg-saver-failed = не удалось сохранить настройки: поток сохранения не запустился
msg-settings-saved = настройки сохранены
msg-saved-list = { $count ->
    [one] { $count } сервер сохранён в { $path }
    [few] { $count } сервера сохранены в { $path }
    [many] { $count } серверов сохранено в { $path }
   *[other] { $count } серверов сохранено в { $path }
}
msg-save-list-failed = не удаётся сохранить список в { $folder }: { $error }
msg-save-settings-failed = не удалось сохранить настройки в { $path }: { $error }
msg-names-moved = имена избранных серверов перенесены в файл настроек

## Why a scan found nothing (the window's empty list and `lanscout scan --explain`)
diag-targets = Избранное и добавленные адреса: опросов — { $probes }, { $outcome }.
diag-nothing-back = ответа нет
diag-not-used = Не используются: { $names }.
diag-no-probe = Ничего не опрошено: у этого компьютера нет сети, которую LanScout может использовать, и ни один адрес не добавлен. Проверьте выбор сетей в настройках.
diag-invalid = Ответов не той формы: { $count }. Проверьте в настройках тексты, которые LanScout отправляет и ожидает.
diag-nothing-one-by-one = Никто не ответил, даже когда каждый адрес опросили по очереди: там нет сервера, который LanScout может найти на порту { $port }, или его блокирует брандмауэр.
diag-firewall-may-block = Возможно, брандмауэр на этом компьютере или на серверах блокирует порт { $port }.
diag-router = Серверы за маршрутизатором не слышат быстрый поиск: до них доходит «Опросить каждый адрес» или адрес сервера, добавленный в настройках (например, 192.168.1.20).
diag-send-failed = запрос не удалось отправить
diag-not-sent = ничего не отправлено
diag-went-out = опрошено; ответа нет
diag-interface = { $interface }: { $outcome }.
diag-wide-subnet = Эта сеть ({ $subnet }) больше, чем обычно охватывает быстрый поиск; «Опросить каждый адрес» опрашивает адреса по очереди.
diag-replies = ответов: { $replies }, неверных: { $invalid }
diag-fallback-found = { $count ->
    [0] ни один сервер не ответил
    [one] найден { $count } сервер
    [few] найдено { $count } сервера
    [many] найдено { $count } серверов
   *[other] найдено { $count } серверов
}
diag-fallback-sweep = На быстрый поиск через { $interface } никто не ответил, поэтому LanScout опросил по очереди все адреса ({ $block }, всего { $hosts }): { $found }.
diag-fallback-known = На быстрый поиск через { $interface } никто не ответил, поэтому LanScout опросил по очереди известные там компьютеры (всего { $hosts }): { $found }.
firewall-windows = Брандмауэр Защитника Windows
firewall-unknown = брандмауэр
firewall-dropped = Брандмауэр на этом компьютере ({ $firewall }) блокирует ответы на быстрый поиск LanScout: через { $interface } при опросе каждого адреса ответили серверы ({ $count }), а на быстрый поиск — ни один.
firewall-dropped-run = Чтобы пропустить ответы из { $subnet }, выполните эту команду от имени администратора: { $command }
firewall-dropped-allow = Разрешите в нём входящий UDP с исходного порта { $port } из { $subnet }.
firewall-dropped-found-anyway = LanScout всё равно нашёл их, опросив каждый адрес.
firewall-windows-prompt = Режим сервера отвечает на порту { $port }. Если Windows спросит, разрешить ли LanScout, отметьте «Частные сети» и нажмите «Разрешить доступ»: иначе другие компьютеры не смогут найти этот.
firewall-unheard = Этот компьютер ещё никто не искал. Если другие компьютеры не могут его найти, возможно, здесь брандмауэр блокирует порт { $port }.
firewall-unheard-windows = Когда Windows спросит, разрешить ли LanScout в частных сетях, нажмите «Разрешить доступ»; или выполните эту команду от имени администратора: { $command }
firewall-unheard-run = Чтобы впустить их ({ $firewall }), выполните эту команду от имени администратора: { $command }
firewall-unheard-allow = Разрешите в нём входящий UDP на порт { $port }.

## The desktop entry (dist/lanscout.desktop) and the AppStream metadata:
## written from these messages by `UPDATE_DIST=1 cargo test --test i18n`.
desktop-generic-name = Поиск серверов
desktop-comment = Находит серверы в вашей сети и открывает их одним щелчком
# Search words, each ended by ";".
desktop-keywords = поиск;сеть;сервер;LAN;Django;UDP;
appstream-summary = Находит серверы в локальной сети и открывает их одним щелчком
appstream-description-1 = LanScout находит серверы Django в вашей локальной сети, на которых работает служба django-udp-discovery, показывает каждый, как только он ответит, и открывает его в браузере одним щелчком.
appstream-description-2 = Он может и сам работать как сервер обнаружения: каждому компьютеру, который его ищет, он отвечает адресом, доступным этому компьютеру.
appstream-screenshot = Серверы, найденные в трёх сетях
installer-start = Запустить LanScout
installer-still-running = LanScout ещё работает. Закройте его (и LanScout, запущенный в терминале), затем нажмите «Повтор».
installer-nothing-changed = LanScout ещё работает: ничего не изменено.
installer-remove-settings = Удалить также настройки и журнал LanScout?
readme-title = LanScout: серверы вашей локальной сети в одном щелчке
readme-start = Дважды щёлкните lanscout.exe: откроется окно и сразу начнётся поиск. Щёлкните адрес, чтобы открыть этот сервер в браузере.
readme-firewall = Когда LanScout впервые отвечает как сервер («Работать и как сервер»), Windows спрашивает, разрешить ли его в ваших сетях: отметьте «Частные сети» и нажмите «Разрешить доступ». Иначе другие компьютеры не смогут найти этот.
readme-files = Где LanScout хранит свои файлы:
readme-settings = настройки
readme-log = журнал

## What a scan says without stopping (the messages panel; `lanscout scan` on stderr)
warn-send-failed = не удалось отправить запрос на { $dest } через { $via }: { $error }
warn-announced-unusable = { $source } объявил { $announced }, но этот адрес отсюда недоступен; используется { $ip }
warn-invalid-reply = пропущен неверный ответ от { $source }: { $reason }
warn-invalid-suppressed = пришли ещё неверные ответы; они учитываются, но не перечисляются
warn-target-unresolved = не удалось разрешить адрес { $target }: { $error }
warn-sweep-narrowed = { $interface }: подсеть { $subnet } шире /{ $prefix }; обходится только { $swept }
warn-scan-extended = обход отправляет запросов: { $probes }{ $on_link ->
    [0] {""}
   *[other] {" "}({ $on_link } в собственных подсетях этого компьютера, с такой скоростью, чтобы таблица соседей ядра ничего не теряла)
}; чтобы завершить его, поиск продлится около { $secs } с
warn-small-buffer = буфер приёма — { $granted } байт (запрошено { $requested }); при большом наплыве ответы могут теряться
warn-interfaces-unavailable = не удаётся получить список сетевых интерфейсов ({ $error }); опрашиваются только дополнительные адреса
warn-nothing-to-probe = нет сетевого интерфейса для широковещания и не задано ни одного адреса
warn-too-many-from-one = { $source } объявил больше { $limit } разных серверов; остальные пропускаются (учитываются как пропущенные)
warn-sweep-resent = { $count ->
    [one] таблица соседей ядра была переполнена: { $count } запрос обхода потерян и отправлен снова
    [few] таблица соседей ядра была переполнена: { $count } запроса обхода потеряны и отправлены снова
    [many] таблица соседей ядра была переполнена: { $count } запросов обхода потеряны и отправлены снова
   *[other] таблица соседей ядра была переполнена: { $count } запроса обхода потеряны и отправлены снова
}
warn-lookup-failed = поиск сведений о { $ip } прервался из-за внутренней ошибки ({ $error }); он показан без подробностей
warn-details-skipped = серверов найдено быстрее, чем успевают определяться их имена ({ $count }); они показаны без подробностей
warn-too-many-announced = через DNS-SD объявили себя больше { $limit } веб-серверов; показаны первые { $limit }
warn-dns-sd-unavailable = объявленные веб-серверы (DNS-SD) показать нельзя: { $error }
warn-fallback-sweep = на { $interface } пока нет ответа на широковещание: опрашиваются по одному все адреса { $block } ({ $hosts })
warn-fallback-known = на { $interface } пока нет ответа на широковещание: опрашиваются по одному известные на этом канале хосты ({ $hosts })

## Why a setting's value is refused (the dialog, beside the field; the command line)
field-not-seconds = { $text } — не число секунд
field-timeout-range = должно быть от 0,1 до 600 секунд
field-port-empty = введите номер порта (1–65535)
field-port-range = должно быть от 1 до 65535
field-not-port = { $text } — не номер порта (1–65535)
field-not-whole = { $text } — не целое число
field-retries-range = должно быть от 0 до 10
field-not-rate = { $text } — не целое число запросов в секунду
field-rate-range = должно быть от 1 до 50000 запросов в секунду
field-empty = не может быть пустым
field-too-long = длина { $bytes } байт; не больше { $most }
field-interface-empty = имя интерфейса пусто
field-not-interface = { $text } — не имя интерфейса
field-name-empty = имя пусто
field-name-too-long = длиннее { $most } символов
field-control-chars = не должно содержать управляющих символов
field-not-whole-seconds = { $text } — не целое число секунд
field-auto-refresh-range = должно быть от 5 до 3600 секунд
field-forget-range = должно быть от 0 (никогда) до 8760 часов
field-not-hours = { $text } — не целое число часов
field-not-language = { $text } — не system и не одно из: { $tags }
field-not-bytes = { $text } — не число байт
field-buffer-range = должно быть от 16 до 65507 байт
field-buffer-holds-message = должно вмещать сообщение (байт: { $bytes })
skip-loopback = только внутри этого компьютера
skip-not-included = не выбран в настройках
skip-excluded = отключён в настройках
skip-down = не подключён
