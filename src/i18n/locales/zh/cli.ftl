### cli：命令行给人看的输出（JSON 与 --help 仍为英文）。

## fixdesk retention
cli-retention-none = 保留期：0 个月（全部保留），未删除任何数据
cli-retention-done = 保留期：{ $months } 个月：已从 { $day } 之前结案的 { $cases } 个{ -case }中删除客户个人数据

## fixdesk import
cli-importing = 正在导入：{ $done } / { $total }
cli-imported = 已导入 { $created } 份{ -application }；{ $on_file } 份已在系统中
cli-bad-rows = { $count } 行有误：未导入任何内容；请更正后重新导入该文件

## fixdesk backup, restore
cli-backup-written = { $path }（{ $bytes } 字节）
cli-backup-files = 照片和已打印的文件：{ $path }（恢复后请将其中的 photos/ 和 documents/ 复制到数据文件夹）
cli-restored-aside = 已恢复 { $file }；原数据库保存在 { $aside }
cli-restored = 已恢复 { $file }

## fixdesk check
cli-integrity-ok = 完整性：正常
cli-integrity-server = 完整性：由服务器保证（其校验和与预写日志）
cli-integrity-problems = 完整性：{ $count } 个问题
cli-history-ok = 历史记录：正常（已验证 { $events } 条事件）
cli-history-problems = 历史记录：{ $events } 条事件中有 { $count } 个问题
cli-history-event = 事件 { $event }{ $case }：{ $problem }
cli-check-failed = 数据库有问题：请恢复备份（`fixdesk restore FILE`），或保留此数据库以便检查

## fixdesk demo
cli-demo-progress = 演示数据：{ $done } / { $total } 个{ -case }
cli-demo-done = { $cases } 个演示{ -case }，{ $events } 条事件

## fixdesk migrate
cli-migrate-progress = 迁移：{ $done } / { $total } { $what }
cli-migrate-missing = { $file } 已不在数据文件夹中：其记录已复制，但不含该文件
cli-migrate-missing-more = …… 另有 { $count } 个文件已不在数据文件夹中
cli-migrate-done = 已从 { $from } 迁移到 { $to }：{ $cases } 个{ -case }、{ $events } 条事件、{ $payments } 笔付款、{ $documents } 份文件（{ $document_files } 个文件）和 { $photos } 张照片（{ $photo_files } 个文件）；服务器上的历史记录验证无误
cli-migrate-next = 请让每台工作站连接到该服务器：fixdesk --database URL，或在应用的“设置 > 维修单存放位置”中设置

## fixdesk search
cli-search-none = 没有与“{ $text }”匹配的{ -case }

## fixdesk printers
cli-printers-offered = 本机可用的打印机：
cli-printers-none = 无：请在系统的打印机设置中添加
cli-printers-unlisted = 无法列出：{ $error }
cli-printers-chosen = 各类文件选用的打印机（设置 → 打印机）：
cli-printers-viewer = 无打印机：PDF 在查看器中打开
cli-printers-at-once = 立即打印
cli-printers-ask-first = 先询问
cli-printers-not-offered = {" "}— 本机没有此打印机
cli-printers-choice = { $printer }，{ $paper }，{ $copies } 份，{ $when }{ $missing }
cli-printers-document = { $kind ->
    [receipt] { -intake-receipt }
    [confirmation] 申请确认单
    [label] { -return-label }
    [quote] { -quote }
    [handover_receipt] { -handover-receipt }
    [payment_receipt] { -payment-receipt }
    [sticker] 设备贴签
   *[other] { $kind }
}
cli-printers-report = 月度报告
cli-printers-sticker = 设备贴签尺寸

## fixdesk staff（密码类型按代码：password、pin）
cli-staff-added = 已添加 { $name }（{ $roles }，{ $kind ->
    [pin] PIN 码
   *[other] 密码
}）
cli-staff-enabled = { $name }：已启用
cli-staff-disabled = { $name }：已停用
cli-staff-reset = { $name }：已设置新的{ $kind ->
    [pin] PIN 码
   *[other] 密码
}

## fixdesk mail, settings
cli-mail-sent = 已发送 { $sent } 封，{ $later } 封稍后重试，{ $failed } 封失败
cli-mail-not-all = 并非所有邮件都已发出：请查看 `fixdesk mail list --status failed --status queued`
cli-mail-test-sent = 已发送：{ $reply }
cli-mail-reminder-off = { $number }：客户邮件或此提醒时机已关闭，未加入发件箱
cli-mail-on = 客户邮件已开启，所有时机均开启（`fixdesk settings set mail.on false` 可关闭）

## the documents' commands
cli-document-sent = 已发送到 { $printer }，打印任务 { $job }

## fixdesk report
cli-report-empty = { $file }：{ $month }没有{ -case }，报告中已注明
cli-report-written = { $file }：{ $month }，新开 { $cases } 个{ -case }，{ $kb } KB
cli-document-stale = 此{ cli-printers-document }与上次打印的不同：{ $changed }
cli-personal-written = 已将 { $cases } 个{ -case }写入 { $file } 和 { $pdf }

## fixdesk printers：系统提供的一台打印机（CUPS 自己的文字照原样显示）

## 登录，以及员工的新密码（类型按代码：password、pin）。提示语末尾不带空格，由程序补上。
cli-prompt-secret = { $user } 的密码或 PIN 码：
cli-prompt-new-secret = { $name } 的新{ $kind ->
    [pin] PIN 码
   *[other] 密码
}：
cli-prompt-secret-again = 请再输入一次{ $kind ->
    [pin] PIN 码
   *[other] 密码
}：
cli-error-secret-unread = 无法读取密码：{ $error }
cli-error-sign-in-secret = 以 { $user } 身份登录：请通过 { $variable }、终端或标准输入提供密码或 PIN 码
cli-error-new-secret-unread = 无法读取{ $kind ->
    [pin] PIN 码
   *[other] 密码
}：{ $error }
cli-error-secrets-differ = 两次输入的{ $kind ->
    [pin] PIN 码
   *[other] 密码
}不一致：未做任何更改，请重试
cli-error-new-secret-missing = 请在终端输入新的{ $kind ->
    [pin] PIN 码
   *[other] 密码
}，或在标准输入中提供一行
cli-error-secret-problem = { $kind ->
    [pin] PIN 码
   *[other] 密码
}：{ $problem }

## 命令行的错误（标准错误上 "fixdesk: " 之后的一句话）。句中的 $error、$problem 是别处的原文。
cli-error-about = { $what }：{ $problem }
cli-error-not-a-language = fixdesk 不支持语言“{ $text }”：请使用 { $known }
cli-warning = 警告：{ $warning }
cli-error-unchanged = 未做任何更改：{ $error }
cli-error-data-folder-only = `fixdesk { $command }` 只适用于数据文件夹中的 SQLite 文件；中心的 PostgreSQL 服务器请使用服务器自带的工具（pg_dump、pg_restore），或去掉 --database 和 FIXDESK_DATABASE
cli-error-migrate-database = `fixdesk migrate` 将数据文件夹自身的文件复制到 --to 指定的服务器：请去掉 --database 和 FIXDESK_DATABASE
cli-error-no-database = { $folder } 中没有 fixdesk 数据库：请用 --data-dir 指定本工作站的数据文件夹
cli-error-stdin = 标准输入：{ $error }
cli-error-stdin-unreadable = 无法读取标准输入：{ $error }
cli-error-stdout = 无法写入标准输出：{ $error }
cli-error-unreadable = 无法读取 { $file }：{ $error }
cli-error-cannot-write = 无法写入 { $file }：{ $error }
cli-error-cannot-write-check = 无法写入 { $file }：{ $error }；请检查该文件夹
cli-error-file-unwritten = 无法写入 { $file }：{ $error }；请检查文件夹是否存在、是否有写入权限

## fixdesk step, show
cli-error-json-unreadable = --json：无法读取 { $file }：{ $error }
cli-error-not-json = 输入：不是 JSON（{ $error }）
cli-error-notice-on = notice_on：{ -quote }尚未通过邮件发出；请给出告知客户金额的日期（YYYY-MM-DD）
cli-error-hand-back-how = hand_back：请给出 carrier 和 tracking（寄回），或 collected_by（柜台取件）
cli-error-hand-back-both = collected_by：设备要么寄回（carrier、tracking），要么当面取走，不能两者都填
cli-error-not-an-action = action：“{ $action }”不是可用的操作；请查看 `fixdesk step --help`
cli-error-no-input = 输入：{ $action } 不接受输入；请给出 {"{}"} 或不提供输入
cli-error-open-new = case：`open` 用于新建{ -case }，CASE 请写 `new`
cli-error-needs-case = case：{ $action } 需要{ -case }编号，不能写 `new`
cli-error-not-a-case-number = case：“{ $text }”不是{ -case }编号（格式如 SC-2026-000123）
cli-error-case-unwritten = 无法输出{ -case }：{ $error }

## 文件类命令（文件按代码，与打印机列表中的名称一致）
cli-list-separator = 、
cli-error-size = --size：{ cli-printers-document }只能打印在 { $sizes } 上
cli-error-case-number-like = “{ $text }”不是{ -case }编号：请写成 SC-2026-000123 这样的格式
cli-error-not-drawn = 无法生成{ cli-printers-document }：{ $error }
cli-error-not-recorded = 已写入 { $file }，但无法记录到{ -case }上：{ $error }
cli-error-not-printed = 无法打印：{ $error }。PDF 已保存为 { $file }

## fixdesk settings, mail
cli-error-server-url = { $url } 不是邮件服务器地址：请写成 smtp://主机:端口（STARTTLS）或 smtps://主机:端口（TLS）
cli-error-server-port = { $port } 不是端口：请填写 1 到 65535 之间的数字
cli-error-server-host = { $url }：请写出服务器名称，例如 smtp://mail.example.com:587
cli-error-server-plain = 只允许与本机建立未加密的连接，不能连接 { $host }：请使用 smtp://（STARTTLS）或 smtps://（TLS）
cli-error-settings-json = 设置：{ $error }
cli-error-unknown-setting = { $key } 不是设置项：`fixdesk settings get` 会列出所有设置项（mail.server、mail.from、mail.secret、center.name……）
cli-error-settings-secret-argument = 邮件密码只从标准输入读取，不能作为参数：请用 echo 将其传给 `fixdesk settings set mail.secret`
cli-error-give-value = { $key }：请给出一个值
cli-error-does-not-fit = { $key }：{ $value } 不符合要求（{ $error }）
cli-error-mail-case-number = { $text } 不是{ -case }编号（格式如 2026-00012）
cli-error-mail-status = --status { $status }：只能是 queued、sending、sent、failed、to_phone、drafted 之一
cli-error-mail-secret-argument = 密码只从标准输入读取，不能作为参数：请用 echo 将其传给 `fixdesk mail set secret`
cli-error-on-or-off = { $key }：请填写 on 或 off
cli-error-number-of-days = { $key }：请填写天数
cli-error-not-a-mail-setting = { $key }：不是邮件设置项（on、server、user、from、from-name、reply-to、reminder-days、moment.NAME、secret）
cli-error-remind-which = { $which }：只能是 payment 或 closing
cli-error-mail-day = --on { $day }：请按 YYYY-MM-DD 格式写日期

## fixdesk events（连接中断时在标准错误上提示）
cli-error-since = --since：事件编号须为 0 或更大（即之前输出的某一行的 "id"）
cli-events-lost = { $error }；正在重试（恢复连接后接着输出 { $last } 之后的事件）
cli-events-back = 已重新连接到 { $place }
cli-events-retrying = { $error }；正在重试
cli-error-event-unwritten = 无法输出事件：{ $error }

## fixdesk warranty
cli-error-policy = { -warranty }政策 { $file }：{ $error }
cli-error-no-facts = 请给出 FACTS.json 文件或 --jsonl FILE
cli-error-decision-unwritten = 无法输出判定结果：{ $error }
cli-error-line-unreadable = 第 { $line } 行：无法读取：{ $error }
cli-error-line = 第 { $line } 行：{ $error }
cli-error-output = 无法写入输出：{ $error }

## fixdesk report（--month）
cli-month-out-of-range = 月份 { $month }：必须在 1 到 12 之间
cli-month-year-out-of-range = 年份 { $year }：必须在 1 到 9999 之间
cli-month-format = “{ $text }”不是月份：请写成 2026-03 这样的格式
cli-error-report-not-drawn = 无法生成报告：{ $error }

## fixdesk due, personal-data
cli-error-due-unwritten = 无法输出待办事项：{ $error }
cli-error-personal-who = 请给出客户的 --phone、--email 或 --name
cli-error-export-unwritten = 无法写出导出内容：{ $error }
cli-error-pdf-not-made = 无法生成 PDF：{ $error }
