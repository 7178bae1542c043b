# LanScout — 简体中文。
# 术语表：server = 服务器，scan = 扫描，sweep = 子网逐个探测，
# interface = 网络接口，favourite = 收藏，server mode = 服务器模式，
# settings = 设置。

## The main window
window-title = LanScout
toolbar-auto-refresh-tip = { $tip } — 每 { $secs } 秒
filter-label = 🔍 筛选
filter-hint = 名称、地址、端口
filter-tip = 只显示地址、端口或网络接口包含此文本的服务器
progress-name = 扫描进度
progress-scanning = 正在扫描…
progress-scanning-timed = 正在扫描… { $elapsed } / { $total } 秒
progress-probes = 已发送 { $sent } / { $planned } 个探测
progress-left = 约剩 { $secs } 秒
progress-answered = { $count } 台服务器已响应
status-servers = { $count } 台服务器
status-last-scan = 上次扫描：{ $secs } 秒
status-last-sweep = 上次子网探测：{ $secs } 秒
status-stopped = { $what }（已停止）
status-no-scan = 尚未扫描
status-interfaces-unknown = 网络接口：—
status-interfaces-none = 无
status-interfaces = 网络接口：{ $names }{ $targets ->
    [0] {""}
   *[other] {" "}+ { $targets } 个目标
}
status-messages-warnings = ⚠ 消息（{ $count }）
status-export = 导出
status-server-on = 服务器模式已开启 · UDP { $port } · 已响应 { $count } 个请求
status-no-requests = ⚠ 尚无请求
status-server-starting = 服务器模式正在启动…
status-server-off = 服务器模式已关闭
messages-title = 消息
messages-log = 同时写入 { $path }
messages-hide = 隐藏消息
messages-empty = 没有要报告的内容。
messages-at = { $secs } 秒
empty-filter-title = 没有与筛选条件匹配的服务器
empty-filter-text = 没有包含“{ $filter }”的项。
empty-scanning-title = 正在查找服务器…
empty-scanning-text = 服务器一响应就会显示在这里。
empty-no-scan-text = 按 { $command }（{ $shortcut }）查找你网络中的服务器。
empty-none-title = 未找到服务器
empty-why = 列表可能为空的原因：
empty-open-settings = 打开设置…

## Commands: buttons and menu entries (label), their hover text (-tip)
cmd-scan = ⟳ 扫描
cmd-stop = ■ 停止
cmd-sweep = 逐个探测子网
cmd-open-settings = ⚙ 设置
cmd-cancel-settings = 取消
cmd-apply-settings = 应用
cmd-restore-defaults = 恢复默认值
cmd-set-server-mode = 同时作为服务器
cmd-set-auto-refresh = 自动刷新
cmd-open-selected = 在浏览器中打开
cmd-copy-url = 复制 URL
cmd-copy-address = 复制地址
cmd-add-favourite = 加入收藏
cmd-show-qr = 显示二维码
cmd-close-qr = 关闭
cmd-copy-list = 以文本复制列表
cmd-save-list-json = 保存为 JSON
cmd-save-list-csv = 保存为 CSV
cmd-rename-favourite = 重命名收藏…
cmd-set-favourite-name = 重命名
cmd-cancel-rename = 取消
cmd-remove-favourite = 从收藏中移除
cmd-toggle-messages = 消息
cmd-dismiss-banner = 关闭
cmd-quit = 退出
cmd-show-window = 显示 LanScout
cmd-select-next = 下一台服务器
cmd-select-previous = 上一台服务器
cmd-scan-tip = 立即在网络中查找服务器
cmd-stop-tip = 停止正在进行的扫描
cmd-open-settings-tip = 扫描、服务器模式和外观设置
cmd-cancel-settings-tip = 关闭且不做任何更改
cmd-apply-settings-tip = 保存并使用这些设置
cmd-restore-defaults-tip = 填入默认值（点击“应用”前不会生效）
cmd-set-auto-refresh-tip = 定期重新扫描（间隔在设置中指定）
cmd-open-selected-tip = 在网页浏览器中打开该服务器
cmd-copy-url-tip = 复制服务器的网址
cmd-copy-address-tip = 复制服务器的 IP 地址
cmd-add-favourite-tip = 每次扫描都先探测此服务器，即使隔着路由器
cmd-show-qr-tip = 在手机或平板上打开此服务器：用相机扫描二维码
cmd-close-qr-tip = 关闭二维码
cmd-copy-list-tip = 复制显示的服务器：名称、网址和网络接口，每行一台
cmd-rename-favourite-tip = 给这个收藏起一个自己的名字
cmd-set-favourite-name-tip = 使用此名称（留空：使用 LanScout 找到的名称）
cmd-cancel-rename-tip = 保持名称不变
cmd-remove-favourite-tip = 不再优先探测此地址，且在它无响应时不再列出
cmd-toggle-messages-tip = 显示或隐藏警告和错误
cmd-dismiss-banner-tip = 隐藏这条消息（它仍保留在“消息”中）
cmd-quit-tip = 关闭 LanScout
cmd-show-window-tip = 将 LanScout 窗口置于最前
cmd-select-next-tip = 选择下方的服务器
cmd-select-previous-tip = 选择上方的服务器
cmd-sweep-tip = 逐个探测本地子网的每个地址；能找到广播到达不了的服务器
cmd-set-server-mode-tip = 响应发现请求，让其他计算机能找到本机
cmd-save-list-tip = 将显示的服务器连同全部详情（`lanscout scan --json` 的字段）保存到“下载”文件夹

## The server list
table-name = 服务器
table-columns = 列
column-name = 名称
column-address = 地址
column-port = 端口
column-interface = 网络接口
column-rtt = 往返时间
column-last-seen = 最后发现
column-web = 网页端口
column-sort-tip = 按{ $column }排序
row-unnamed = 未命名的服务器
row-web-open = 可访问
row-web-closed = 网页端口无响应
row-web-checking = 正在检查
row-web-unchecked = 网页端口未检查
row-found-by = 通过 { $ways } 发现
row-away = 在本机已离开的网络中
row-missed = { $ago } · 漏答 { $count } 次
row-looking-up = 正在查询…
row-open-tip = 打开 { $url }
row-announced = 宣告 { $address }
row-announced-tip = 服务器宣告了 { $address }，但它的响应来自 { $source }
badge-this-computer = 本机
badge-new = 新
badge-away = 其他网络
badge-away-tip = 它在本机已离开的网络中响应过；回到该网络时它会重新出现
badge-unreachable = 无法访问
badge-stale = 已过时
badge-source-tip = 发现方式：UDP = 响应了发现探测，DNS-SD = 通过 mDNS 宣告了自己
badge-virtual = 虚拟
badge-down = 已停用
cell-web-open = ✔ 可访问
cell-web-closed = ✖ 无响应
cell-web-closed-tip = TCP 端口 { $port }：{ $error }
cell-web-checking = 正在检查…
detail-title = 页面标题
detail-hostname = 主机名
detail-web-server = 网页服务器
detail-hardware = 硬件
detail-maker = 制造商
detail-opens = 打开
detail-announced = 宣告的地址
detail-reply-from = 响应来自
detail-first-seen = 首次发现
detail-remembered = 名称来自之前的运行；名称查询已关闭或仍在进行。
detail-no-lookup = 名称查询已关闭或仍在进行。
ago-now = 刚刚
ago-minutes = { $count } 分钟前
ago-hours = { $count } 小时前
ago-days = { $count } 天前
duration-ms = { $ms } 毫秒
duration-s = { $secs } 秒

## Notifications
notice-one-named = { $name } 在网络上 — { $address }
notice-one = 网络上有一台服务器 — { $address }
notice-one-body = 点击在浏览器中打开。
notice-many = 网络上出现了 { $count } 台服务器
notice-many-body = { $rest ->
    [0] { $names }。
   *[other] { $names }，以及另外 { $rest } 台。
}
notice-open = 打开
## QR code
qr-title = 在手机上打开
qr-text = 用手机相机扫描即可打开此服务器。
qr-too-long = 此链接太长，无法生成二维码。
## Favourites
favourites-missing = 无响应的收藏
rename-title = 重命名收藏 { $entry }
rename-label = 新名称
rename-hint = 留空则使用 LanScout 找到的名称。
## Settings dialog
settings-title = 设置
settings-fix-fields = 请修正标出的字段后再应用。
settings-some-invalid = 部分字段无效
settings-section-scanning = 扫描
settings-forget-unit = 小时无响应（0：从不；收藏会保留）
settings-section-protocol = 协议
settings-section-interfaces = 网络接口
settings-no-interfaces = 除回环接口外未找到网络接口。
settings-section-targets = 广播到达不了的服务器
settings-section-server = 服务器模式
settings-any-interface = 任意
settings-section-appearance = 外观

## Settings: label, then -help (hover text and --help), -caption (beside a check box), -hint (an empty field)
setting-protocol-message = 请求消息
setting-protocol-message-help = 请求消息（标准为：DISCOVER_SERVER）
setting-protocol-response-prefix = 响应前缀
setting-protocol-response-prefix-help = 响应的前缀（标准为：SERVER_IP:）
setting-scan-timeout-secs = 超时（秒）
setting-scan-timeout-secs-help = 收集响应的秒数（到时扫描结束，无论是否还有响应到达）
setting-scan-retries = 重试次数
setting-scan-retries-help = 在等待时间内重发探测的次数（0.5 秒、2 秒，之后每次加倍）
setting-scan-port = 发现端口（UDP）
setting-scan-port-help = 发现服务器监听的 UDP 端口
setting-scan-default-web-port = 默认网页端口
setting-scan-default-web-port-help = 响应中未指明端口时使用的网页端口
setting-scan-scheme = URL 协议
setting-scan-scheme-help = 打开服务器所用链接的协议
setting-scan-scheme-http = http
setting-scan-scheme-https = https
setting-scan-include-interfaces = 仅用这些网络接口
setting-scan-include-interfaces-help = 只使用此网络接口（准确名称；可重复）
setting-scan-include-interfaces-hint = 全部（名称以逗号分隔）
setting-scan-exclude-interfaces = 不用这些网络接口
setting-scan-exclude-interfaces-help = 跳过此网络接口（准确名称；可重复）
setting-scan-exclude-interfaces-hint = 无（名称以逗号分隔）
setting-scan-favourites = 收藏
setting-scan-favourites-help = 每次扫描都先探测、即使无响应也会列出的服务器
setting-scan-favourites-hint = 主机或 主机:端口，每行一个
setting-scan-extra-targets = 额外目标
setting-scan-extra-targets-help = 也以单播探测此主机、主机:端口 或 CIDR 范围（可重复）
setting-scan-extra-targets-hint = 主机、主机:端口 或 CIDR（10.0.1.0/24）
setting-scan-sweep = 子网逐个探测
setting-scan-sweep-help = 以单播探测所用网络接口子网中的每台主机
setting-scan-sweep-caption = 探测本地子网的每个地址
setting-scan-sweep-rate = 探测速率（次/秒）
setting-scan-sweep-rate-help = 每秒最多发送的子网探测数
setting-scan-fallback = 广播无响应时
setting-scan-fallback-help = 当网络上没有任何设备响应广播时（本机防火墙丢弃了响应），逐个探测该网络中的每个地址（非常大的网络中，只探测本机附近的 254 个）
setting-scan-fallback-caption = 则逐个探测附近的地址
setting-scan-auto-refresh = 自动刷新
setting-scan-auto-refresh-help = 定期重新扫描
setting-scan-auto-refresh-caption = 重新扫描间隔
setting-scan-auto-refresh-secs = 秒
setting-scan-auto-refresh-secs-help = 自动刷新的间隔（秒）
setting-scan-forget-after-hours = 忘记服务器的时间
setting-scan-forget-after-hours-help = 无响应的服务器在多少小时后从列表移除（收藏永不移除）；0 表示保留所有服务器
setting-scan-lookup-details = 名称
setting-scan-lookup-details-help = 向找到的每台服务器请求其网页（一次 HTTP GET），并查询其主机名和硬件制造商
setting-scan-lookup-details-caption = 查询名称和页面标题
setting-scan-names-over-mdns = mDNS
setting-scan-names-over-mdns-help = 当 DNS 中没有本地子网服务器的名称时，询问本地链路（Avahi 和 Bonjour 会响应）
setting-scan-names-over-mdns-caption = 向本地网络查询名称（mDNS）
setting-scan-dns-sd = 自我宣告的网页服务器
setting-scan-dns-sd-help = 也列出通过 DNS-SD 宣告自己的网页服务器（_http._tcp、_https._tcp：打印机、NAS、Home Assistant）
setting-scan-dns-sd-caption = 也列出自我宣告的网页服务器（DNS-SD）
setting-server-enabled = 启动时
setting-server-enabled-help = LanScout 启动时开启服务器模式
setting-server-enabled-caption = 随 LanScout 一起开启服务器模式
setting-server-port = 监听 UDP 端口
setting-server-port-help = 要监听的 UDP 端口
setting-server-web-port = 宣告的网页端口
setting-server-web-port-help = 要宣告的网页端口（8000 时发送与标准完全相同的响应）
setting-server-buffer-size = 请求缓冲区（字节）
setting-server-buffer-size-help = 读取请求的最大字节数
setting-server-interface = 响应的网络接口
setting-server-interface-help = 只响应通过此网络接口到达的请求方
setting-server-local-only = 请求方
setting-server-local-only-help = 只响应本机所在子网中的请求方
setting-server-local-only-caption = 只响应本机子网中的计算机
setting-ui-theme = 主题
setting-ui-theme-help = 窗口的配色
setting-ui-theme-system = 跟随系统
setting-ui-theme-light = 浅色
setting-ui-theme-dark = 深色
setting-ui-notifications = 通知
setting-ui-notifications-help = LanScout 在后台运行时（自动刷新）有服务器出现，就发送桌面通知
setting-ui-notifications-caption = LanScout 在后台运行时（自动刷新）有服务器出现就通知我
setting-ui-language = 语言
setting-ui-language-help = 窗口和通知的语言（跟随系统：桌面的语言）
setting-ui-language-system = 跟随系统

## Lines of the messages panel (and the log)
msg-opened = 已在浏览器中打开 { $url }
msg-open-failed = 无法在网页浏览器中打开 { $url }：{ $error }。请右键点击该服务器并复制其 URL。
msg-notices-failed = 无法显示桌面通知：{ $error }
msg-interfaces-failed = 无法列出网络接口：{ $error }
cell-web-no-connection = 无 TCP 连接
msg-network-changed = 网络已变化：离开 { $left }，加入 { $joined }；{ $count } 台服务器位于本机已离开的网络中
msg-forgot = 已忘记 { $count } 台 { $hours } 小时未见的服务器（设置 → 扫描）
msg-server-mode = 服务器模式：{ $text }
msg-copied = 已将 { $count } 台服务器复制到剪贴板
msg-invalid-scan = 无法扫描，设置无效：{ $errors }
msg-invalid-server = 无法开启服务器模式，设置无效：{ $errors }
msg-favourite-added = 已将 { $entry } 加入收藏
msg-favourite-removed = 已将 { $entry } 从收藏中移除
msg-rename-failed = 无法重命名 { $entry }：{ $error }
msg-renamed = 收藏 { $entry } 现在名为“{ $name }”
msg-name-reset = 收藏 { $entry } 恢复使用 LanScout 找到的名称
msg-no-export-folder = 无法保存列表：找不到“下载”文件夹或主文件夹
msg-server-stopped = 服务器模式已停止（已响应 { $count } 个请求）
msg-scan-failed = 无法开始扫描：{ $error }
msg-server-on = 服务器模式已开启：在 UDP 端口 { $port } 上响应
msg-server-failed = 无法开启服务器模式：{ $error }
msg-saver-failed = 无法保存设置：保存线程未能启动
msg-settings-saved = 设置已保存
msg-saved-list = 已将 { $count } 台服务器保存到 { $path }
msg-save-list-failed = 无法将列表保存到 { $folder }：{ $error }
msg-save-settings-failed = 无法将设置保存到 { $path }：{ $error }
msg-names-moved = 收藏的名称已移入设置文件

## Why a scan found nothing (the window's empty list and `lanscout scan --explain`)
diag-targets = 收藏和额外目标：已发送 { $probes } 个探测，{ $outcome }。
diag-nothing-back = 没有任何响应
diag-not-used = 未使用：{ $names }。
diag-no-probe = 没有发出任何探测：没有可用的网络接口，也没有额外目标。请检查网络接口筛选（设置，或 -i / --exclude-interface）。
diag-invalid = { $count } 个响应不是发现响应：请检查请求消息和响应前缀。
diag-nothing-one-by-one = 即使逐个探测也没有响应：那里没有计算机在 UDP 端口 { $port } 上运行发现服务，或其防火墙拦截了请求。
diag-firewall-may-block = 本机或服务器上的防火墙可能拦截了 UDP 端口 { $port }。
diag-router = 路由器后面的服务器收不到广播：子网逐个探测或额外目标（例如 192.168.1.0/24）可以到达它们。
diag-send-failed = 探测无法发送
diag-not-sent = 未发送探测
diag-went-out = 探测已发出；没有任何响应
diag-interface = { $interface }：{ $outcome }。
diag-wide-subnet = 它的子网 { $subnet } 比通常的广播域更大；子网逐个探测会逐一询问主机。
diag-replies = { $replies } 个响应，{ $invalid } 个无效
diag-fallback-found = { $count ->
    [0] 没有服务器响应
   *[other] 找到 { $count } 台服务器
}
diag-fallback-sweep = { $interface } 上的广播无响应：已逐个探测 { $block } 的每个地址（{ $hosts } 台主机）：{ $found }。
diag-fallback-known = { $interface } 上的广播无响应：已探测该链路上已知的 { $hosts } 台主机：{ $found }。
firewall-windows = Windows Defender 防火墙
firewall-unknown = 防火墙
firewall-dropped = 本机正在丢弃广播的响应：在 { $interface } 上逐个探测时有 { $count } 台服务器响应，但没有一台响应广播。这正是拦截传入连接的防火墙（{ $firewall }）的行为。
firewall-dropped-run = 要放行来自 { $subnet } 的响应，请运行：{ $command }
firewall-dropped-allow = 请在其中允许来自 { $subnet } 源端口 { $port } 的传入 UDP。
firewall-dropped-found-anyway = LanScout 通过逐个探测每个地址，仍然找到了它们。
firewall-windows-prompt = 服务器模式在 UDP 端口 { $port } 上响应。如果 Windows 询问是否允许 LanScout，请勾选“专用网络”并点击“允许”：否则其他计算机无法找到本机。
firewall-unheard = 还没有计算机查询过本机。如果其他计算机找不到它，可能是这里的防火墙丢弃了发往 UDP 端口 { $port } 的请求。
firewall-unheard-windows = 当 Windows 询问是否允许 LanScout 在专用网络上通信时，请点击“允许”；或以管理员身份运行：{ $command }
firewall-unheard-run = 要允许这些请求（{ $firewall }），请运行：{ $command }
firewall-unheard-allow = 请在其中允许 UDP 端口 { $port } 的传入连接。

## The desktop entry (dist/lanscout.desktop) and the AppStream metadata:
## written from these messages by `UPDATE_DIST=1 cargo test --test i18n`.
desktop-generic-name = 服务器查找器
desktop-comment = 查找本地网络中的 Django 服务器，一键打开
# Search words, each ended by ";".
desktop-keywords = 发现;网络;服务器;局域网;Django;UDP;
appstream-summary = 查找本地网络中的服务器，一键打开
appstream-description-1 = LanScout 查找本地网络中运行 django-udp-discovery 服务的 Django 服务器，在每台服务器响应时立即显示，并一键在浏览器中打开。
appstream-description-2 = 它也可以自己作为发现服务器，向每个请求方宣告对方实际能访问到的地址。
appstream-screenshot = 在三个网络中找到的服务器

## What a scan says without stopping (the messages panel; `lanscout scan` on stderr)
warn-send-failed = 无法经由 { $via } 向 { $dest } 发送探测：{ $error }
warn-announced-unusable = { $source } 宣告了 { $announced }，但从这里无法访问；改用 { $ip }
warn-invalid-reply = 已忽略来自 { $source } 的无效响应：{ $reason }
warn-invalid-suppressed = 又收到了更多无效响应；只计数，不再列出
warn-target-unresolved = 无法解析目标 { $target }：{ $error }
warn-sweep-narrowed = { $interface }：子网 { $subnet } 大于 /{ $prefix }；只探测 { $swept }
warn-scan-extended = 子网逐个探测将发送 { $probes } 个探测{ $on_link ->
    [0] {""}
   *[other] （其中 { $on_link } 个发往本机所在子网，速度以内核邻居表不丢失为准）
}；扫描约需 { $secs } 秒才能完成
warn-small-buffer = 接收缓冲区为 { $granted } 字节（请求 { $requested } 字节）；大量响应同时到达时可能丢失
warn-interfaces-unavailable = 无法列出网络接口（{ $error }）；只探测目标
warn-nothing-to-probe = 没有可用于广播的网络接口，也没有设置目标
warn-too-many-from-one = { $source } 宣告了超过 { $limit } 台不同的服务器；其余的已忽略（计为忽略）
warn-sweep-resent = 内核邻居表已满：{ $count } 个子网探测被丢弃后已重新发送
warn-lookup-failed = 查询 { $ip } 时因内部错误中止（{ $error }）；列出时不带详情
warn-details-skipped = 找到 { $count } 台服务器的速度快于查询名称的速度；列出时不带详情
warn-too-many-announced = 超过 { $limit } 台网页服务器通过 DNS-SD 宣告了自己；只列出前 { $limit } 台
warn-dns-sd-unavailable = 无法列出自我宣告的网页服务器（DNS-SD）：{ $error }
warn-fallback-sweep = { $interface } 上的广播尚无响应：正在逐个探测 { $block } 的 { $hosts } 个地址
warn-fallback-known = { $interface } 上的广播尚无响应：正在逐个探测该链路上已知的 { $hosts } 台主机

## Why a setting's value is refused (the dialog, beside the field; the command line)
field-not-seconds = { $text } 不是秒数
field-timeout-range = 必须在 0.1 到 600 秒之间
field-port-empty = 请输入端口号（1-65535）
field-port-range = 必须在 1 到 65535 之间
field-not-port = { $text } 不是端口号（1-65535）
field-not-whole = { $text } 不是整数
field-retries-range = 必须在 0 到 10 之间
field-not-rate = { $text } 不是每秒探测数（整数）
field-rate-range = 必须在每秒 1 到 50000 个探测之间
field-empty = 不能为空
field-too-long = 长度为 { $bytes } 字节；最多 { $most } 字节
field-interface-empty = 网络接口名称为空
field-not-interface = { $text } 不是网络接口名称
field-name-empty = 名称为空
field-name-too-long = 超过 { $most } 个字符
field-control-chars = 不能包含控制字符
field-not-whole-seconds = { $text } 不是整数秒
field-auto-refresh-range = 必须在 5 到 3600 秒之间
field-forget-range = 必须在 0（从不）到 8760 小时之间
field-not-hours = { $text } 不是整数小时
field-not-language = { $text } 既不是 system，也不是 { $tags } 之一
skip-loopback = 回环地址
skip-not-included = 不在网络接口列表中
skip-excluded = 已排除
skip-down = 网络接口已停用
