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
