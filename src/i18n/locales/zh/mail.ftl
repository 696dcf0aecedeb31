### 发给客户的消息（docs/rules.md §11）：各时点的默认措辞、时点说明和字段说明。
### 经理在“设置 → 电子邮件”中保存的措辞会替换对应时点的默认措辞；变量即维修单的字段。

mail-application-received-subject = 您的维修申请 { $case_number }
mail-application-received-body =
    { $customer_name } 您好：

    感谢您为 { $device }（序列号 { $serial }）提交维修申请。您的维修单号为 { $case_number }，
    联系我们时请提供此单号。

    请寄出设备，确保在 { $ship_by } 前送达；如在 { $closes_on } 前仍未收到包裹，申请将关闭。
    请使用结实的包装妥善包好，并附上{ -proof-of-purchase }复印件和随附的确认单。请勿使用{ -freight-collect }寄送，
    { -freight-collect }包裹将被拒收。

    此致
    { $center_name }
    { $center_phone }

mail-parcel-received-subject = 我们已收到您的设备（{ $case_number }）
mail-parcel-received-body =
    { $customer_name } 您好：

    您的 { $device }（序列号 { $serial }）已于 { $received_on } 送达，现由我们的技术人员处理，
    维修单号 { $case_number }。收件回执见附件。

    一有进展，我们会再次与您联系。

    此致
    { $center_name }
    { $center_phone }

mail-parcel-refused-subject = 您的包裹无法接收（{ $case_number }）
mail-parcel-refused-body =
    { $customer_name } 您好：

    很抱歉：维修单 { $case_number } 中装有您的 { $device } 的包裹无法接收。

    原因：{ $reason }

    如有疑问，请致电 { $center_phone } 或直接回复本邮件。

    此致
    { $center_name }

mail-proof-needed-subject = 维修单 { $case_number } 需要{ -proof-of-purchase }
mail-proof-needed-body =
    { $customer_name } 您好：

    为判断您的 { $device }（序列号 { $serial }）的维修是否属于{ -warranty }范围，我们需要您的
    { -proof-of-purchase }（载明日期和销售方的{ -invoice }或收据）。

    请于 { $answer_by } 前回复本邮件并附上照片或扫描件。
    如未提供，我们只能将设备原样退回，不予维修。

    此致
    { $center_name }
    { $center_phone }

mail-quote-subject = 您的 { $device } 维修{ -quote }（{ $case_number }）
mail-quote-body =
    { $customer_name } 您好：

    您的 { $device } 的维修不在{ -warranty }范围内。随附的{ -quote }列明了维修项目及费用：{ $quote_total }。

    请于 { $answer_by } 前告知是否接受报价：直接回复本邮件“我接受”或“我拒绝”，
    或致电 { $center_phone }。如您拒绝或未答复，设备将原样退回，不予维修。

    此致
    { $center_name }

mail-payment-reminder-subject = 提醒：维修单 { $case_number } 的款项须于 { $payment_due } 前支付
mail-payment-reminder-body =
    { $customer_name } 您好：

    温馨提醒：您的 { $device }（维修单 { $case_number }）的维修费 { $quote_total } 须于 { $payment_due } 前支付。
    如届时仍未收到款项，我们只能将设备原样退回，不予维修。

    如您已付款，谢谢，请忽略本邮件。

    此致
    { $center_name }
    { $center_phone }

mail-ready-for-pickup-subject = 您的 { $device } 已可取件（{ $case_number }）
mail-ready-for-pickup-body =
    { $customer_name } 您好：

    您的 { $device }（维修单 { $case_number }）已可到柜台取件。

    取件时请携带本维修单号和身份证件。

    { $center_address }

    此致
    { $center_name }
    { $center_phone }

mail-shipped-subject = 您的 { $device } 已寄回（{ $case_number }）
mail-shipped-body =
    { $customer_name } 您好：

    您的 { $device }（维修单 { $case_number }）已于今日通过 { $carrier } 寄出。
    运单号：{ $tracking }

    此致
    { $center_name }
    { $center_phone }

mail-application-closing-soon-subject = 您的维修申请 { $case_number } 将于 { $closes_on } 关闭
mail-application-closing-soon-body =
    { $customer_name } 您好：

    我们尚未收到您的维修申请 { $case_number }（{ $device }）的包裹。该申请将于 { $closes_on } 关闭；
    此后到达的包裹将无法按此申请处理。

    如您已寄出设备，谢谢，请忽略本邮件。

    此致
    { $center_name }
    { $center_phone }

mail-application-closed-subject = 您的维修申请 { $case_number } 已关闭
mail-application-closed-body =
    { $customer_name } 您好：

    在规定时间内我们未收到您的维修申请 { $case_number }（{ $device }）的包裹，该申请现已关闭。
    如设备仍需维修，请在我们的网站上重新申请。

    此致
    { $center_name }
    { $center_phone }

mail-moment-application-received = 已收到申请
mail-moment-parcel-received = 已收到包裹
mail-moment-parcel-refused = 包裹被拒收或退回
mail-moment-proof-needed = 需要{ -proof-of-purchase }
mail-moment-quote = { -quote }
mail-moment-payment-reminder = 付款提醒
mail-moment-ready-for-pickup = 可取件
mail-moment-shipped = 已寄回
mail-moment-application-closing-soon = 申请即将关闭
mail-moment-application-closed = 申请已关闭

mail-when-application-received = 开立在线申请时（4.2）
mail-when-parcel-received = 检测时接收包裹
mail-when-parcel-refused = 包裹被拒收（2.1）或退回（3.6）
mail-when-proof-needed = 要求补交{ -proof-of-purchase }时（2.3）
mail-when-quote = 发出{ -quote }时（2.2）
mail-when-payment-reminder = 有人在到期清单上确认提醒时（2.6）
mail-when-ready-for-pickup = 到店送修的设备可取件时
mail-when-shipped = 设备寄回时（2.1）
mail-when-application-closing-soon = 有人在到期清单上确认提醒时（4.2）
mail-when-application-closed = 申请到期未收到包裹时（4.2）

mail-field-customer-name = 客户姓名
mail-field-case-number = 维修单号
mail-field-device = 设备型号
mail-field-serial = 设备{ -serial-number }
mail-field-applied-on = 在线申请日期
mail-field-ship-by = 设备最晚寄出日期（4.2）
mail-field-closes-on = 包裹最晚到达日期（4.2）
mail-field-received-on = 设备到达日期
mail-field-reason = 包裹被拒收或退回的原因
mail-field-quote-total = 报价总额
mail-field-answer-by = 客户最晚答复日期（2.3）
mail-field-payment-due = 最晚付款日期（2.6）
mail-field-carrier = 寄回所用的承运商
mail-field-tracking = 运单号
mail-field-center-name = 服务中心名称
mail-field-center-phone = 服务中心电话
mail-field-center-email = 服务中心电子邮箱
mail-field-center-address = 服务中心地址

mail-no-address = 没有电子邮箱地址：请改为致电客户

## Why mail did not go (src/mail: MailError, SendFailure `say`). What the mail server, the
## TLS library or the address parser said is given as it came.
mail-error-off = 客户邮件功能已关闭：请在“设置 → 电子邮件”中开启
mail-error-settings = 邮件设置：{ $field }：{ $problem }
mail-error-no-secret = 本台电脑没有邮件服务器登录名 { $user } 的密码：请在负责发送的那台电脑上，于“设置 → 电子邮件”中填写（或将登录名留空）
mail-error-not-an-address = { $address } 不是电子邮件地址（{ $detail }）
mail-error-no-sender = 请在“设置 → 客户邮件”中填写发件地址，或填写本中心的电子邮箱
mail-error-tls-setup = 无法准备与 { $host } 的安全连接（{ $detail }）：请检查服务器名称
mail-error-tls = 与 { $server } 的安全连接失败（{ $detail }）：请检查安全设置（587 端口用 STARTTLS，465 端口用 TLS）和服务器名称
mail-error-login = 邮件服务器拒绝了登录（{ $detail }）：请在“设置 → 电子邮件”中检查用户名和密码
mail-error-refused = 邮件服务器永久拒收该邮件（{ $detail }）：请检查客户的电子邮件地址，然后重试
mail-error-later = 邮件服务器要求稍后再试（{ $detail }）；系统会自动重试
mail-error-timeout = 邮件服务器 { $server } 未及时响应；系统会自动重试
mail-error-unreachable = 无法连接邮件服务器 { $server }（{ $detail }）：请检查其名称和端口；系统会自动重试
mail-error-bad-recipient = 客户的地址 { $address } 无效（{ $detail }）：请在{ -case }上更正
mail-error-compose = 无法生成该邮件（{ $detail }）
mail-error-draw = 无法生成{ $document }（{ $problem }）
mail-error-no-case = { -case } { $number } 已不在档案中

## The e-mail settings by name, and what each must hold.
mail-field-server = 服务器
mail-field-security = 安全连接
mail-field-port = 端口
mail-field-sender-address = 发件地址
mail-field-reply-to = 回复地址
mail-field-test-address = 测试地址

## "Send a test message" (Settings → E-mail), in the center's language.
mail-test-subject = 来自{ $center }的测试邮件
mail-test-body =
    这是 fixdesk 从{ $center }发出的测试邮件。

    如果您能看到这封邮件，说明客户邮件已设置正确。
