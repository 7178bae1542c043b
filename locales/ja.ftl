# LanScout — 日本語。
# 用語集: server = サーバー, scan = スキャン, sweep = サブネットスイープ,
# interface = インターフェイス, favourite = お気に入り, server mode = サーバーモード,
# settings = 設定。

## The main window
window-title = LanScout
toolbar-auto-refresh-tip = { $tip } — { $secs } 秒ごと
filter-label = 🔍 絞り込み
filter-hint = 名前、アドレス、ポート
filter-tip = アドレス、ポート、インターフェイスにこの文字列を含むサーバーだけを表示します
progress-name = スキャンの進行状況
progress-scanning = スキャン中…
progress-scanning-timed = スキャン中… { $elapsed } / { $total } 秒
progress-probes = 問い合わせ { $sent } / { $planned } 件を送信
progress-left = 残り約 { $secs } 秒
progress-answered = { $count } 台のサーバーが応答
status-servers = サーバー { $count } 台
status-last-scan = 前回のスキャン: { $secs } 秒
status-last-sweep = 前回のスイープ: { $secs } 秒
status-stopped = { $what }（中止）
status-no-scan = まだスキャンしていません
status-interfaces-unknown = インターフェイス: —
status-interfaces-none = なし
status-interfaces = インターフェイス: { $names }{ $targets ->
    [0] {""}
   *[other] {" "}+ 宛先 { $targets } 件
}
status-messages-warnings = ⚠ メッセージ ({ $count })
status-export = エクスポート
status-server-on = サーバーモード オン · UDP { $port } · { $count } 件の要求に応答
status-no-requests = ⚠ まだ要求がありません
status-server-starting = サーバーモードを開始中…
status-server-off = サーバーモード オフ
messages-title = メッセージ
messages-log = { $path } にも記録しています
messages-hide = メッセージを隠す
messages-empty = 報告することはありません。
messages-at = { $secs } 秒
empty-filter-title = 絞り込みに一致するサーバーはありません
empty-filter-text = 「{ $filter }」を含むものはありません。
empty-scanning-title = サーバーを探しています…
empty-scanning-text = サーバーは応答した時点でここに表示されます。
empty-no-scan-text = { $command }（{ $shortcut }）を押すと、ネットワーク上のサーバーを探します。
empty-none-title = サーバーが見つかりません
empty-why = 一覧が空である理由:
empty-open-settings = 設定を開く…

## Commands: buttons and menu entries (label), their hover text (-tip)
cmd-scan = ⟳ スキャン
cmd-stop = ■ 中止
cmd-sweep = サブネットをスイープ
cmd-open-settings = ⚙ 設定
cmd-cancel-settings = キャンセル
cmd-apply-settings = 適用
cmd-restore-defaults = 既定値に戻す
cmd-set-server-mode = サーバーとしても動作
cmd-set-auto-refresh = 自動更新
cmd-open-selected = ブラウザーで開く
cmd-copy-url = URL をコピー
cmd-copy-address = アドレスをコピー
cmd-add-favourite = お気に入りに追加
cmd-show-qr = QR コードを表示
cmd-close-qr = 閉じる
cmd-copy-list = 一覧をテキストでコピー
cmd-save-list-json = JSON で保存
cmd-save-list-csv = CSV で保存
cmd-rename-favourite = お気に入りの名前を変更…
cmd-set-favourite-name = 名前を変更
cmd-cancel-rename = キャンセル
cmd-remove-favourite = お気に入りから削除
cmd-toggle-messages = メッセージ
cmd-dismiss-banner = 閉じる
cmd-quit = 終了
cmd-show-window = LanScout を表示
cmd-select-next = 次のサーバー
cmd-select-previous = 前のサーバー
cmd-scan-tip = 今すぐネットワーク上のサーバーを探します
cmd-stop-tip = 実行中のスキャンを中止します
cmd-open-settings-tip = スキャン、サーバーモード、外観の設定
cmd-cancel-settings-tip = 何も変更せずに閉じます
cmd-apply-settings-tip = この設定を保存して使用します
cmd-restore-defaults-tip = 既定値を入力します（「適用」するまで何も変わりません）
cmd-set-auto-refresh-tip = 定期的にスキャンし直します（間隔は設定で指定）
cmd-open-selected-tip = サーバーを Web ブラウザーで開きます
cmd-copy-url-tip = サーバーの Web アドレスをコピーします
cmd-copy-address-tip = サーバーの IP アドレスをコピーします
cmd-add-favourite-tip = スキャンのたびにこのサーバーに最初に問い合わせます（ルーター越しでも）
cmd-show-qr-tip = このサーバーをスマートフォンやタブレットで開きます: カメラでコードを読み取ってください
cmd-close-qr-tip = QR コードを閉じます
cmd-copy-list-tip = 表示中のサーバーをコピーします: 名前、Web アドレス、インターフェイスを 1 行ずつ
cmd-rename-favourite-tip = このお気に入りに独自の名前を付けます
cmd-set-favourite-name-tip = この名前を使います（空欄: LanScout が見つけた名前）
cmd-cancel-rename-tip = 名前を変更しません
cmd-remove-favourite-tip = このアドレスへの優先的な問い合わせをやめ、応答がないときは一覧に表示しません
cmd-toggle-messages-tip = 警告とエラーを表示または非表示にします
cmd-dismiss-banner-tip = このメッセージを隠します（「メッセージ」には残ります）
cmd-quit-tip = LanScout を終了します
cmd-show-window-tip = LanScout のウィンドウを前面に表示します
cmd-select-next-tip = 下のサーバーを選択します
cmd-select-previous-tip = 上のサーバーを選択します
cmd-sweep-tip = ローカルサブネットのすべてのアドレスに 1 つずつ問い合わせます。ブロードキャストが届かないサーバーも見つかります
cmd-set-server-mode-tip = 探索要求に応答し、ほかのコンピューターがこのコンピューターを見つけられるようにします
cmd-save-list-tip = 表示中のサーバーをすべての詳細（`lanscout scan --json` の項目）とともにダウンロードフォルダーに保存します

## The server list
table-name = サーバー
table-columns = 列
column-name = 名前
column-address = アドレス
column-port = ポート
column-interface = インターフェイス
column-rtt = 往復時間
column-last-seen = 最終確認
column-web = Web ポート
column-sort-tip = { $column }で並べ替え
row-unnamed = 名前のないサーバー
row-web-open = 接続可能
row-web-closed = Web ポートが応答しません
row-web-checking = 確認中
row-web-unchecked = Web ポートは未確認
row-found-by = { $ways } で発見
row-away = このコンピューターが離れたネットワーク上
row-missed = { $ago } · { $count } 回応答なし
row-looking-up = 調べています…
row-open-tip = { $url } を開く
row-announced = 通知: { $address }
row-announced-tip = サーバーは { $address } を通知しましたが、応答は { $source } から届きました
badge-this-computer = このコンピューター
badge-new = 新規
badge-away = 別のネットワーク
badge-away-tip = このコンピューターが離れたネットワークで応答しました。そのネットワークに戻ると再び表示されます
badge-unreachable = 到達不能
badge-stale = 古い情報
badge-source-tip = 見つけた方法: UDP = 探索要求に応答、DNS-SD = mDNS で自身を通知
badge-virtual = 仮想
badge-down = 停止中
cell-web-open = ✔ 接続可能
cell-web-closed = ✖ 応答なし
cell-web-closed-tip = TCP ポート { $port }: { $error }
cell-web-checking = 確認中…
detail-title = ページタイトル
detail-hostname = ホスト名
detail-web-server = Web サーバー
detail-hardware = ハードウェア
detail-maker = メーカー
detail-opens = 開く URL
detail-announced = 通知されたアドレス
detail-reply-from = 応答元
detail-first-seen = 初回確認
detail-remembered = 以前の実行で得た名前です。名前の検索はオフか、まだ実行中です。
detail-no-lookup = 名前の検索はオフか、まだ実行中です。
ago-now = たった今
ago-minutes = { $count } 分前
ago-hours = { $count } 時間前
ago-days = { $count } 日前
duration-ms = { $ms } ミリ秒
duration-s = { $secs } 秒

## Notifications
notice-one-named = { $name } がネットワーク上にあります — { $address }
notice-one = サーバーがネットワーク上にあります — { $address }
notice-one-body = クリックするとブラウザーで開きます。
notice-many = { $count } 台のサーバーがネットワークに現れました
notice-many-body = { $rest ->
    [0] { $names }。
   *[other] { $names }、ほか { $rest } 台。
}
notice-open = 開く
## QR code
qr-title = スマートフォンで開く
qr-text = スマートフォンのカメラで読み取ると、このサーバーが開きます。
qr-too-long = このリンクは QR コードにするには長すぎます。
## Favourites
favourites-missing = 応答のないお気に入り
rename-title = お気に入り { $entry } の名前を変更
rename-label = 新しい名前
rename-hint = 空欄にすると LanScout が見つけた名前を使います。
## Settings dialog
settings-title = 設定
settings-fix-fields = 適用するには、印の付いた項目を修正してください。
settings-some-invalid = 無効な項目があります
settings-section-scanning = スキャン
settings-forget-unit = 時間応答がなければ（0: 削除しない。お気に入りは残ります）
settings-section-protocol = プロトコル
settings-section-interfaces = ネットワークインターフェイス
settings-no-interfaces = ループバック以外のネットワークインターフェイスが見つかりません。
settings-section-targets = ブロードキャストの届かないサーバー
settings-section-server = サーバーモード
settings-any-interface = すべて
settings-section-appearance = 外観

## Settings: label, then -help (hover text and --help), -caption (beside a check box), -hint (an empty field)
setting-protocol-message = 要求メッセージ
setting-protocol-message-help = 要求メッセージ（標準: DISCOVER_SERVER）
setting-protocol-response-prefix = 応答の接頭辞
setting-protocol-response-prefix-help = 応答の接頭辞（標準: SERVER_IP:）
setting-scan-timeout-secs = タイムアウト（秒）
setting-scan-timeout-secs-help = 応答を集める秒数（その時点で、何が届いてもスキャンは終わります）
setting-scan-retries = 再送回数
setting-scan-retries-help = 待ち時間内に問い合わせを再送する回数（0.5 秒後、2 秒後、以降は 2 倍ずつ）
setting-scan-port = 探索ポート（UDP）
setting-scan-port-help = 探索サーバーが待ち受ける UDP ポート
setting-scan-default-web-port = 既定の Web ポート
setting-scan-default-web-port-help = 応答にポートがないときに使う Web ポート
setting-scan-scheme = URL スキーム
setting-scan-scheme-help = サーバーを開くリンクのスキーム
setting-scan-scheme-http = http
setting-scan-scheme-https = https
setting-scan-include-interfaces = 使うインターフェイス
setting-scan-include-interfaces-help = このインターフェイスだけを使います（正確な名前。複数指定可）
setting-scan-include-interfaces-hint = すべて（名前をカンマ区切りで）
setting-scan-exclude-interfaces = 使わないインターフェイス
setting-scan-exclude-interfaces-help = このインターフェイスを使いません（正確な名前。複数指定可）
setting-scan-exclude-interfaces-hint = なし（名前をカンマ区切りで）
setting-scan-favourites = お気に入り
setting-scan-favourites-help = スキャンのたびに最初に問い合わせ、応答がなくても一覧に表示するサーバー
setting-scan-favourites-hint = ホストまたはホスト:ポートを 1 行に 1 つ
setting-scan-extra-targets = 追加の宛先
setting-scan-extra-targets-help = このホスト、ホスト:ポート、CIDR 範囲にもユニキャストで問い合わせます（複数指定可）
setting-scan-extra-targets-hint = ホスト、ホスト:ポート、CIDR（10.0.1.0/24）
setting-scan-sweep = サブネットスイープ
setting-scan-sweep-help = 使用するインターフェイスのサブネットの全ホストにユニキャストで問い合わせます
setting-scan-sweep-caption = ローカルサブネットの全アドレスに問い合わせる
setting-scan-sweep-rate = スイープ速度（件/秒）
setting-scan-sweep-rate-help = 1 秒あたりのスイープ問い合わせの上限
setting-scan-fallback = ブロードキャストに応答なし
setting-scan-fallback-help = ネットワーク上でブロードキャストに何も応答しないとき（このコンピューターのファイアウォールが応答を破棄している場合）、そのネットワークの各アドレスに 1 つずつ問い合わせます（非常に大きなネットワークでは、このコンピューター周辺の 254 個）
setting-scan-fallback-caption = そのときは近くの各アドレスに問い合わせる
setting-scan-auto-refresh = 自動更新
setting-scan-auto-refresh-help = 定期的にスキャンし直します
setting-scan-auto-refresh-caption = スキャンの間隔
setting-scan-auto-refresh-secs = 秒
setting-scan-auto-refresh-secs-help = 自動更新の間隔（秒）
setting-scan-forget-after-hours = サーバーを忘れるまで
setting-scan-forget-after-hours-help = 応答のないサーバーを一覧から外すまでの時間（お気に入りは外しません）。0 ならすべて残します
setting-scan-lookup-details = 名前
setting-scan-lookup-details-help = 見つけた各サーバーに Web ページを問い合わせ（HTTP GET 1 回）、ホスト名とハードウェアのメーカーを調べます
setting-scan-lookup-details-caption = 名前とページタイトルを調べる
setting-scan-names-over-mdns = mDNS
setting-scan-names-over-mdns-help = ローカルサブネットのサーバーの名前が DNS にないとき、リンク上に問い合わせます（Avahi や Bonjour が応答します）
setting-scan-names-over-mdns-caption = ローカルネットワークに名前を問い合わせる（mDNS）
setting-scan-dns-sd = 自身を通知する Web サーバー
setting-scan-dns-sd-help = DNS-SD で自身を通知する Web サーバーも一覧に表示します（_http._tcp、_https._tcp: プリンター、NAS、Home Assistant）
setting-scan-dns-sd-caption = 自身を通知する Web サーバーも表示する（DNS-SD）
setting-server-enabled = 起動時
setting-server-enabled-help = LanScout の起動時にサーバーモードを開始します
setting-server-enabled-caption = LanScout と一緒にサーバーモードを開始する
setting-server-port = 待ち受ける UDP ポート
setting-server-port-help = 待ち受ける UDP ポート
setting-server-web-port = 通知する Web ポート
setting-server-web-port-help = 通知する Web ポート（8000 なら標準とまったく同じ応答）
setting-server-buffer-size = 要求バッファー（バイト）
setting-server-buffer-size-help = 読み取る要求の最大サイズ（バイト）
setting-server-interface = 応答するインターフェイス
setting-server-interface-help = このインターフェイス経由の要求元にだけ応答します
setting-server-local-only = 要求元
setting-server-local-only-help = このコンピューター自身のサブネットにある要求元にだけ応答します
setting-server-local-only-caption = このコンピューターのサブネットにあるコンピューターにだけ応答する
setting-ui-theme = テーマ
setting-ui-theme-help = ウィンドウの配色
setting-ui-theme-system = システム
setting-ui-theme-light = ライト
setting-ui-theme-dark = ダーク
setting-ui-notifications = 通知
setting-ui-notifications-help = LanScout がバックグラウンドにあるときにサーバーが現れたら、デスクトップ通知を出します（自動更新）
setting-ui-notifications-caption = LanScout がバックグラウンドのときにサーバーが現れたら通知する（自動更新）
setting-ui-language = 言語
setting-ui-language-help = ウィンドウと通知の言語（システム: デスクトップの言語）
setting-ui-language-system = システムの言語

## Lines of the messages panel (and the log)
msg-opened = { $url } をブラウザーで開きました
msg-open-failed = { $url } を Web ブラウザーで開けませんでした: { $error }。代わりにサーバーを右クリックして URL をコピーしてください。
msg-notices-failed = デスクトップ通知を表示できません: { $error }
msg-interfaces-failed = ネットワークインターフェイスを一覧できません: { $error }
cell-web-no-connection = TCP 接続なし
msg-network-changed = ネットワークが変わりました: 離脱 { $left }、参加 { $joined }。{ $count } 台のサーバーが、このコンピューターが離れたネットワーク上にあります
msg-forgot = { $hours } 時間応答のなかったサーバー { $count } 台を一覧から外しました（設定 → スキャン）
msg-server-mode = サーバーモード: { $text }
msg-copied = サーバー { $count } 台をクリップボードにコピーしました
msg-invalid-scan = スキャンできません。設定が無効です: { $errors }
msg-invalid-server = サーバーモードを開始できません。設定が無効です: { $errors }
msg-favourite-added = { $entry } をお気に入りに追加しました
msg-favourite-removed = { $entry } をお気に入りから削除しました
msg-rename-failed = { $entry } の名前を変更できません: { $error }
msg-renamed = お気に入り { $entry } の名前を「{ $name }」にしました
msg-name-reset = お気に入り { $entry } は LanScout が見つけた名前に戻りました
msg-no-export-folder = 一覧を保存できません: ダウンロードフォルダーもホームフォルダーも見つかりません
msg-server-stopped = サーバーモードを停止しました（{ $count } 件の要求に応答）
msg-scan-failed = スキャンを開始できません: { $error }
msg-server-on = サーバーモード オン: UDP ポート { $port } で応答しています
msg-server-failed = サーバーモードを開始できませんでした: { $error }
msg-saver-failed = 設定を保存できませんでした: 保存用のスレッドが開始しませんでした
msg-settings-saved = 設定を保存しました
msg-saved-list = サーバー { $count } 台を { $path } に保存しました
msg-save-list-failed = { $folder } に一覧を保存できません: { $error }
msg-save-settings-failed = 設定を { $path } に保存できませんでした: { $error }
msg-names-moved = お気に入りの名前を設定ファイルに移しました

## Why a scan found nothing (the window's empty list and `lanscout scan --explain`)
diag-targets = お気に入りと追加の宛先: 問い合わせ { $probes } 件を送信、{ $outcome }。
diag-nothing-back = 応答なし
diag-not-used = 未使用: { $names }。
diag-no-probe = 問い合わせを送れませんでした: 使えるネットワークインターフェイスも追加の宛先もありません。インターフェイスの絞り込みを確認してください（設定、または -i / --exclude-interface）。
diag-invalid = { $count } 件の応答は探索の応答ではありませんでした: 要求メッセージと応答の接頭辞を確認してください。
diag-nothing-one-by-one = 1 つずつ問い合わせても応答がありませんでした: そこには UDP ポート { $port } で探索サービスを動かしているコンピューターがないか、ファイアウォールが要求を遮断しています。
diag-firewall-may-block = このコンピューターかサーバーのファイアウォールが UDP ポート { $port } を遮断しているかもしれません。
diag-router = ルーターの向こうのサーバーにはブロードキャストが届きません: サブネットスイープか追加の宛先（例: 192.168.1.0/24）なら届きます。
diag-send-failed = 問い合わせを送信できませんでした
diag-not-sent = 問い合わせは送信されませんでした
diag-went-out = 問い合わせは送信されましたが、応答はありませんでした
diag-interface = { $interface }: { $outcome }。
diag-wide-subnet = このサブネット { $subnet } は通常のブロードキャストドメインより広いため、スイープで各ホストに 1 つずつ問い合わせます。
diag-replies = 応答 { $replies } 件、うち無効 { $invalid } 件
diag-fallback-found = { $count ->
    [0] 応答したサーバーはありません
   *[other] サーバー { $count } 台を発見
}
diag-fallback-sweep = { $interface } でブロードキャストに応答なし: { $block } の各アドレス（{ $hosts } ホスト）に問い合わせました: { $found }。
diag-fallback-known = { $interface } でブロードキャストに応答なし: そのリンクで既知の { $hosts } ホストに問い合わせました: { $found }。
firewall-windows = Windows Defender ファイアウォール
firewall-unknown = ファイアウォール
firewall-dropped = このコンピューターではブロードキャストへの応答が破棄されています: { $interface } では 1 つずつ問い合わせると { $count } 台のサーバーが応答しましたが、ブロードキャストには 1 台も応答しませんでした。受信接続を遮断するファイアウォール（{ $firewall }）の動作です。
firewall-dropped-run = { $subnet } からの応答を通すには、次を実行してください: { $command }
firewall-dropped-allow = そのファイアウォールで、{ $subnet } の送信元ポート { $port } からの UDP 受信を許可してください。
firewall-dropped-found-anyway = LanScout は各アドレスに問い合わせて、それでも見つけました。
firewall-windows-prompt = サーバーモードは UDP ポート { $port } で応答します。Windows が LanScout を許可するか尋ねたら、「プライベート ネットワーク」にチェックを入れて「許可」をクリックしてください。そうしないと、ほかのコンピューターからこのコンピューターが見つかりません。
firewall-unheard = まだどのコンピューターからも問い合わせがありません。ほかのコンピューターから見つからない場合、このコンピューターのファイアウォールが UDP ポート { $port } への要求を破棄しているかもしれません。
firewall-unheard-windows = Windows がプライベート ネットワークで LanScout を許可するか尋ねたら「許可」をクリックするか、管理者として次を実行してください: { $command }
firewall-unheard-run = 許可するには（{ $firewall }）、次を実行してください: { $command }
firewall-unheard-allow = そのファイアウォールで UDP ポート { $port } の受信を許可してください。

## The desktop entry (dist/lanscout.desktop) and the AppStream metadata:
## written from these messages by `UPDATE_DIST=1 cargo test --test i18n`.
desktop-generic-name = サーバー検索
desktop-comment = ローカルネットワーク上の Django サーバーを見つけて、ワンクリックで開きます
# Search words, each ended by ";".
desktop-keywords = 探索;ネットワーク;サーバー;LAN;Django;UDP;
appstream-summary = ローカルネットワーク上のサーバーを見つけて、ワンクリックで開きます
appstream-description-1 = LanScout は、ローカルネットワーク上で django-udp-discovery を動かしている Django サーバーを見つけ、応答した時点で表示し、ワンクリックでブラウザーで開きます。
appstream-description-2 = 自身が探索サーバーとして動作し、各要求元に実際に到達できるアドレスを通知することもできます。
appstream-screenshot = 3 つのネットワークで見つかったサーバー

## What a scan says without stopping (the messages panel; `lanscout scan` on stderr)
warn-send-failed = { $via } 経由で { $dest } に問い合わせを送信できませんでした: { $error }
warn-announced-unusable = { $source } は { $announced } を通知しましたが、ここからは到達できません。{ $ip } を使います
warn-invalid-reply = { $source } からの無効な応答を無視しました: { $reason }
warn-invalid-suppressed = 無効な応答がさらに届きました。件数だけ数え、一覧には出しません
warn-target-unresolved = 宛先 { $target } を解決できませんでした: { $error }
warn-sweep-narrowed = { $interface }: サブネット { $subnet } は /{ $prefix } より広いため、{ $swept } だけをスイープします
warn-scan-extended = スイープで問い合わせを { $probes } 件送信します{ $on_link ->
    [0] {""}
   *[other] （うち { $on_link } 件はこのコンピューター自身のサブネット宛てで、カーネルの近隣テーブルが取りこぼさない速さで送ります）
}。完了までスキャンは約 { $secs } 秒かかります
warn-small-buffer = 受信バッファーは { $granted } バイトです（要求は { $requested } バイト）。大量の応答が一度に届くと失われることがあります
warn-interfaces-unavailable = ネットワークインターフェイスを一覧できません（{ $error }）。宛先にだけ問い合わせます
warn-nothing-to-probe = ブロードキャストに使えるネットワークインターフェイスがなく、宛先も設定されていません
warn-too-many-from-one = { $source } が { $limit } を超える数のサーバーを通知しました。残りは無視します（無視として数えます）
warn-sweep-resent = カーネルの近隣テーブルが満杯でした: スイープの問い合わせ { $count } 件が破棄され、再送しました
warn-lookup-failed = { $ip } の調査が内部エラーで止まりました（{ $error }）。詳細なしで一覧に表示します
warn-details-skipped = 名前を調べるより速く { $count } 台のサーバーが見つかりました。詳細なしで一覧に表示します
warn-too-many-announced = DNS-SD で自身を通知した Web サーバーが { $limit } 台を超えました。最初の { $limit } 台を表示します
warn-dns-sd-unavailable = 自身を通知する Web サーバー（DNS-SD）を一覧できません: { $error }
warn-fallback-sweep = { $interface } でまだブロードキャストへの応答がありません: { $block } の { $hosts } 個のアドレスに 1 つずつ問い合わせます
warn-fallback-known = { $interface } でまだブロードキャストへの応答がありません: そのリンクで既知の { $hosts } ホストに 1 つずつ問い合わせます

## Why a setting's value is refused (the dialog, beside the field; the command line)
field-not-seconds = { $text } は秒数ではありません
field-timeout-range = 0.1～600 秒の範囲で指定してください
field-port-empty = ポート番号（1～65535）を入力してください
field-port-range = 1～65535 の範囲で指定してください
field-not-port = { $text } はポート番号（1～65535）ではありません
field-not-whole = { $text } は整数ではありません
field-retries-range = 0～10 の範囲で指定してください
field-not-rate = { $text } は 1 秒あたりの問い合わせ数（整数）ではありません
field-rate-range = 1～50000 件/秒の範囲で指定してください
field-empty = 空にはできません
field-too-long = { $bytes } バイトあります。最大 { $most } バイトです
field-interface-empty = インターフェイス名が空です
field-not-interface = { $text } はインターフェイス名ではありません
field-name-empty = 名前が空です
field-name-too-long = { $most } 文字を超えています
field-control-chars = 制御文字は使えません
field-not-whole-seconds = { $text } は秒数（整数）ではありません
field-auto-refresh-range = 5～3600 秒の範囲で指定してください
field-forget-range = 0（削除しない）～8760 時間の範囲で指定してください
field-not-hours = { $text } は時間数（整数）ではありません
field-not-language = { $text } は system でも { $tags } のいずれでもありません
skip-loopback = ループバックアドレス
skip-not-included = インターフェイスの一覧にありません
skip-excluded = 除外
skip-down = インターフェイスが停止しています
