### problems：输入或请求有误时的说明（docs/rules.md §13）。
### 问题为 `problem-<code>`；字段名为 `field-<name>`。

problem-of-field = { $field }：{ $problem }

## 窗口的数据存储
problem-store-closed = 恢复失败后维修单数据已关闭：请关闭 fixdesk 后重新打开
problem-restored-not-reopened = 备份已恢复，但数据库无法重新打开（{ $problem }）；请关闭 fixdesk 后重新打开
problem-not-restored-not-reopened = 备份未恢复，且数据库无法重新打开（{ $problem }）；请关闭 fixdesk 后重新打开

## 原样转述：操作系统、解析器或服务器自己的话
problem-detail = { $detail }
problem-not-json = 不是有效的 JSON（{ $detail }）

## 字段的值（领域规则的检查）
problem-missing = 缺少（必填）
problem-say-who = 请填写操作人
problem-say-who-imports = 请填写导入人
problem-cause-needed = 请选择检测时发现的原因（1.3）
problem-more-than-zero = 必须大于零
problem-say-how-resolved = 请说明是如何解决的
problem-missing-collected-by = 缺少（必填）：请填写取走设备的人
problem-missing-return-address = 缺少（必填）：设备将寄回寄件人的地址
problem-missing-sender-name = 缺少（必填）：请按包裹上的信息填写寄件人姓名
problem-months-range = 必须在 0 到 { $max } 之间
problem-phone-few-digits = “{ $phone }”不足 6 位数字
problem-not-an-email = “{ $email }”不是电子邮件地址
problem-after-claim-date = { $given_on } 晚于报修日期 { $claim_on }
problem-before-quote-sent = { $given_on } 早于{ -quote }发出的日期（{ $earlier_on }）
problem-before-application-date = { $given_on } 早于{ -application }日期（{ $earlier_on }）
problem-before-device-received = { $given_on } 早于收到设备的日期（{ $earlier_on }）
problem-before-payment-notice = { $given_on } 早于付款通知日期（{ $earlier_on }）
problem-currency-differs = { -quote }的币种是 { $quote_currency }，不是 { $currency }
problem-replacement-serial-needed = 整机更换需要填写新机的{ -serial-number }（2.5）
problem-in-the-future = { $given_on } 是将来的日期

problem-facts-not-an-object = 必须是 JSON 对象
problem-facts-invoice-not-an-object = 必须是对象或 null
problem-not-empty = 不能为空
problem-must-be-bool = 必须是 true 或 false，而不是 { $value }
problem-facts-not-a-date = “{ $text }”不是 YYYY-MM-DD 格式的日期
problem-unknown-value = 未知的值“{ $text }”（应为 { $expected }）
problem-facts-months = { $value } 不是 0 到 { $max } 之间的整月数
problem-facts-months-kind = 必须是整月数，而不是 { $value }

## 维修单的事实不允许的步骤
problem-no-claim-date = 该{ -case }没有报修日期，无法判定
problem-unsolicited-opens-case = 没有有效{ -application }的包裹会开立新的{ -case }
problem-no-quote-to-accept = 尚未发出可接受的{ -quote }（2.2）
problem-no-quote-to-decline = 尚未发出可拒绝的{ -quote }（2.2）
problem-no-quote-to-pay = 没有需要付款的{ -quote }
problem-application-closed = 该{ -application }已于 { $closed_on } 截止（4.2）：请先将其设为过期，再将包裹作为未经申请的包裹接收（4.3）
problem-only-paid-quoted = 只有{ -paid-repair }才需要{ -quote }（2.2）：保修判定不是“{ -paid-repair }”
problem-application-no-date = 该{ -application }没有日期
problem-application-open-until = 该{ -application }在 { $open_until } 之前仍有效（4.2）
problem-no-notice-date = 没有记录付款通知日期
problem-payment-not-overdue = 付款期限为 { $due_on }（2.6）：尚未逾期
problem-no-request-recorded = 没有记录向客户提出的请求
problem-answer-not-due = 客户可在 { $due_on } 之前答复（2.3）
problem-messages-already-off = 客户已要求不再接收消息
problem-messages-already-on = 该客户的消息已是开启状态
problem-application-still-open = 该{ -application }仍然有效：请在该申请上接收包裹
problem-no-reminder-due = { -case }当前状态为“{ $state }”，无需发送“{ $moment }”消息

## 输入的日期、月份、金额和报价单
problem-date-empty = 未填日期：请写成 2026年3月1日、01.03.2026 或 2026-03-01
problem-date-not-a-date = “{ $text }”不是日期：请写成 2026年3月1日、01.03.2026 或 2026-03-01
problem-date-short-year = { $text }：年份请写四位数，例如 2026年3月1日
problem-date-no-such-month = { $text }：没有 { $month } 月
problem-date-day-zero = { $text }：没有 0 日
problem-date-no-such-day = { $text }：{ $month } 月没有 { $day } 日
problem-date-not-leap-year = { $text }：{ $year } 年不是闰年，二月没有 29 日
problem-month-out-of-range = 月份 { $month }：必须在 1 到 12 之间
problem-year-out-of-range = 年份 { $year }：必须在 1 到 9999 之间
problem-month-not-a-month = “{ $text }”不是月份：请写成 2026-03
problem-money-currency = “{ $code }”不是币种代码：请用三个字母，例如 CNY、EUR 或 USD
problem-money-not-an-amount = “{ $text }”不是金额：请写成 12.50 这样
problem-money-precision = “{ $text }”的小数位超过 { $currency } 允许的 { $digits } 位
problem-money-too-large = “{ $text }”金额过大
problem-money-mixed = 无法将 { $first } 与 { $second } 相加：币种不同
problem-quote-empty = { -quote }至少需要一行
problem-quote-no-description = 第 { $line } 行：说明不能为空
problem-quote-negative = 第 { $line } 行：金额不能为负
problem-quote-line-amount = 第 { $line } 行金额：

## 导入文件
problem-import-not-utf8 = 不是 UTF-8 文本：请另存为 UTF-8（CSV 或 JSON）
problem-import-twice = “{ $id }”在文件中出现了两次（另见第 { $first } 行）
problem-import-field-count = 有 { $count } 个字段，而表头有 { $expected } 个
problem-import-unknown-column = 未知的列（应为 { $expected }，可选 { $optional }）
problem-import-column-twice = 列重复出现
problem-import-column-missing = 缺少该列
problem-import-not-an-array = 必须是由对象组成的 JSON 数组
problem-import-array-not-closed = 数组没有结束
problem-import-expected-comma = 对象之间应为“,”或“]”
problem-import-unknown-field = 未知的字段
problem-must-be-text = 必须是文本，而不是 { $value }
problem-must-be-object = 必须是对象，而不是 { $value }
problem-import-not-a-date = “{ $text }”不是日期（请写成 YYYY-MM-DD）
problem-import-not-a-channel = “{ $text }”不是 authorized、unauthorized、unknown 之一
problem-import-not-yes-no = “{ $text }”不是 yes 或 no
problem-import-not-a-language = “{ $text }”不是 fixdesk 支持的语言（请写 { $codes }）
problem-import-row = 第 { $line } 行：{ $problem }
problem-import-unreadable = 无法读取 { $path }：{ $problem }

## 数据存储
problem-case-number-first = 请先扫描或输入{ -case }编号
problem-application-on-file = 该{ -application }已在档
problem-not-a-day = 不是有效的日期
problem-customer-needed = 请填写客户的电话、电子邮件或姓名
problem-plain-file-name = 请填写不含文件夹的文件名
problem-message-not-in-outbox = 消息 { $id } 不在发件箱中或正在发送：请刷新列表
problem-message-sent-already = 消息 { $id } 已发送或正在发送：请刷新列表
problem-policy-months = { $months } 个月：必须在 1 到 { $max } 之间
problem-policy-model-no-name = 有型号没有名称
problem-policy-component-no-name = 有部件没有名称
problem-policy-listed-twice = 重复列出（另写作“{ $other }”）
problem-policy-not-on-file = 该保修政策尚未保存：请先在设置中保存
problem-migrate-from-sqlite = 要迁移的{ -case }必须是数据文件夹中的 SQLite 文件
problem-migrate-to-server = 请指定中心的 PostgreSQL 服务器（postgresql://USER@HOST/DATABASE）

## 员工账户
problem-give-your-name = 请输入您的姓名
problem-name-needed = 请输入此人的姓名
problem-name-too-long = 姓名最多 { $max } 个字符
problem-name-control-characters = 姓名不能含有控制字符
problem-password-too-short = 密码至少 { $min } 个字符
problem-pin-digits = PIN 码为 { $min } 到 { $max } 位数字
problem-secret-not-hashed = 无法生成散列（{ $detail }）
problem-roles-needed = 请至少指定一个角色：clerk、inspector、dispatcher、manager
problem-first-is-manager = 第一个账户属于经理：请给它经理角色（再由经理添加其他人）
problem-already-on-staff = { $name } 已是员工：请换一个姓名，或修改该账户
problem-nobody-called = 员工中没有名叫 { $name } 的人：请核对姓名（`fixdesk staff list`）
problem-not-on-staff = { $name } 不是员工：请核对姓名
problem-only-manager-role = { $name } 是唯一在职的经理：请先让其他人成为经理，再取消其经理角色
problem-only-manager-disable = { $name } 是唯一在职的经理：请先让其他人成为经理，再停用其账户

## 备份
problem-backup-no-file = { $path } 不存在或不是文件：请核对名称
problem-backup-path-not-plain = SQLite 无法写入路径 { $path }：请用普通字符命名
problem-backup-closed = 备份文件已关闭
problem-backup-mismatch = 备份与服务器上的数据不一致（{ $detail }），因此未写入文件：请报告此问题

## 中心的服务器
problem-host-missing = 缺少：服务器的名称或地址
problem-host-spaces = 主机名中不能有空格
problem-port-range = 必须在 1 到 65535 之间（PostgreSQL 通常为 5432）
problem-database-missing = 缺少：数据库名称
problem-user-missing = 缺少：此工作站的登录名
problem-server-address = 无法识别中心服务器的地址：请写成 postgresql://USER@HOST:PORT/DATABASE 或 host=HOST port=PORT user=USER dbname=DATABASE
problem-server-file-unreadable = 无法读取 { $path }（{ $detail }）：请在欢迎面板重新连接服务器，或删除该文件以使用本工作站自己的数据库
problem-server-place = { $host }:{ $port } 上的数据库“{ $database }”：
problem-server-password = 中心服务器拒绝了密码：请检查连接设置中的用户名和密码
problem-server-user-not-let-in = 中心服务器不允许该用户从本工作站登录：请检查用户名，或请服务器管理员允许
problem-server-no-database = 中心服务器上没有该名称的数据库：请检查连接设置中的数据库名称
problem-server-saved-at-once = 另一台工作站在同一时刻保存，此处未保存任何内容：请重试
problem-server-case-held = 另一台工作站正在处理此{ -case }（或正在保存）：请稍候再试
problem-server-save-cancelled = 保存等待过久，服务器已取消：请重试
problem-server-not-permitted = 本工作站的登录账户无权在中心服务器上执行此操作：请联系服务器管理员
problem-server-busy = 中心服务器正在关闭、启动或已满：请稍候再试
problem-server-tls-failed = 与中心服务器的安全连接失败：请检查 TLS 设置（sslmode）、服务器证书对其名称是否有效，并用 sslrootcert=FILE 指定签发证书的机构
problem-server-unreachable = 无法连接中心服务器：请检查网络以及服务器是否在运行，然后重试
problem-server-ca-file = 无法使用证书颁发机构文件 { $path }（{ $detail }）：请检查连接设置中的 sslrootcert
problem-server-tls-setup = 无法在本工作站上设置 TLS（{ $detail }）
problem-server-connection-closed = 与服务器的连接已关闭
problem-server-foreign-tables = { $host }:{ $port } 上的数据库“{ $database }”中有其他程序的表，而不是 fixdesk 的：请为 fixdesk 提供一个专用的空数据库，或它创建的那个数据库
problem-server-foreign-mark = { $host }:{ $port } 上的数据库“{ $database }”标记为其他程序的数据库，而不是 fixdesk 的：请为 fixdesk 提供一个专用的空数据库
problem-server-damaged-mark = { $host }:{ $port } 上的数据库“{ $database }”中的 fixdesk_schema 表已损坏（多于一行）：请服务器管理员恢复备份
problem-server-too-new = { $host }:{ $port } 上的数据库“{ $database }”由较新版本的 fixdesk 写入（数据库版本 { $found }，本程序最高支持 { $known }）：请在本工作站安装较新版本的 fixdesk
problem-server-owner-needed = { $host }:{ $port } 上的数据库“{ $database }”需要升级到本 fixdesk 的版本，只有数据库的所有者可以执行：请先用所有者的登录运行一次 fixdesk（例如 `fixdesk --database "…user=OWNER" check`），再启动各工作站

## 字段：中文名后附程序使用的名称（导入文件的列名、步骤 JSON 的键），便于对照
field-name = 姓名（name）
field-phone = 电话（phone）
field-email = 电子邮件（email）
field-address = 地址（address）
field-return-address = 回寄地址（return_address）
field-model = 型号（model）
field-serial = 序列号（serial）
field-fault = 故障描述（fault）
field-application-id = 申请编号（application_id）
field-applied-on = 申请日期（applied_on）
field-received-on = 收件日期（received_on）
field-purchase-channel = 购买渠道（purchase_channel）
field-invoice-date = 发票日期（invoice_date）
field-keep-parts = 保留旧件（keep_parts）
field-language = 语言（language）
field-delivery-date = 交付日期（delivery_date）
field-shipment-date = 发货日期（shipment_date）
field-claim-date = 报修日期（claim_date）
field-contract-months = 合同月数（contract_months）
field-header = 表头（header）
field-row = 行（row）
field-file = 文件（file）
field-actor = 操作人（actor）
field-cause = 原因（cause）
field-quote = 报价单（quote）
field-amount = 金额（amount）
field-currency = 币种（currency）
field-note = 说明（note）
field-carrier = 承运商（carrier）
field-tracking = 运单号（tracking）
field-collected-by = 取件人（collected_by）
field-notice-on = 付款通知日期（notice_on）
field-paid-on = 付款日期（paid_on）
field-today = 今天（today）
field-replacement-serial = 新机序列号（replacement_serial）
field-client-id = 客户端编号（client_id）
field-customer = 客户（customer）
field-case = 维修单（case）
field-step = 步骤（step）
field-message = 消息（message）
field-photo = 照片（photo）
field-settings = 设置（settings）
field-policy = 保修政策（policy）
field-policy-default-unit-months = 默认整机保修月数（policy.default_unit_months）
field-server = 服务器（server）
field-secret = 密码（secret）
field-password = 密码（password）
field-pin = PIN 码（pin）
field-roles = 角色（roles）
field-handback = 交还（handback）
field-migrate = 迁移（migrate）
field-default-unit-months = 默认整机保修月数（default_unit_months）
field-models = 型号（models）

## The center's server (the connection panel)
field-host = 主机（host）
field-port = 端口（port）
field-database = 数据库（database）
field-user = 登录名（user）

## 电子邮件设置（设置 → 客户电子邮件，fixdesk settings set mail.…）
problem-mail-server = 邮件服务器的名称，例如 smtp.example.com
problem-mail-security = 只允许与本机建立未加密连接：请选择 STARTTLS 或 TLS
problem-mail-port = 1 到 65535 之间的端口号（通常为 587 或 465）
problem-mail-sender-address = 客户看到的发件地址
problem-mail-reply-to = 电子邮件地址；留空则使用发件地址

## 警告（不拒绝）：业务日期晚于今天
problem-after-today = { $field } { $given_on } 比今天（{ $today_on }）晚 { $days } 天：请核对
