### fixdesk 各部分共用的词语：协议术语（术语表见 docs/glossary.md）、业务名称，以及日期、数字和金额的写法。

## 术语表中的术语。其他消息以 { -free-repair } 的形式引用，确保同一术语处处一致。
-free-repair = 免费保修
-paid-repair = 付费维修
-freight-collect = 到付
-warranty = 保修
-warranty-period = 保修期
-proof-of-purchase = 购买凭证
-invoice = 发票
-service-center = 服务中心
-application = 维修申请
-quote = 报价单
-force-majeure = 不可抗力
-man-made-damage = 人为损坏
-authorized-seller = 授权经销商
-return-label = 回寄标签
-intake-receipt = 收件回执
-handover-receipt = 交付回执
-payment-receipt = 付款收据
-case = 维修单
-serial-number = 序列号
-manufacturer = 厂商

yes = 是
no = 否
unknown = 未知
language-name = 中文（简体）

language-en = 英语
language-zh = 简体中文

## 本语言的日期与数字写法。
date = { $year }年{ $month }月{ $day }日
date-long = { $year }年{ $month }月{ $day }日 { $weekday }
date-day-month = { $month }月{ $day }日
date-time = { $date } { $time }
number-group = ,
number-decimal = .
money = { $amount } { $currency }

month-1 = 一月
month-2 = 二月
month-3 = 三月
month-4 = 四月
month-5 = 五月
month-6 = 六月
month-7 = 七月
month-8 = 八月
month-9 = 九月
month-10 = 十月
month-11 = 十一月
month-12 = 十二月

weekday-1 = 星期一
weekday-2 = 星期二
weekday-3 = 星期三
weekday-4 = 星期四
weekday-5 = 星期五
weekday-6 = 星期六
weekday-7 = 星期日

## 维修单状态（docs/rules.md §4）。
state-applied = 已申请
state-expired = 已过期
state-received = 已收件
state-rejected = 已拒收
state-awaiting-customer = 等待客户答复
state-awaiting-payment = 等待付款
state-in-repair = 维修中
state-ready = 已修好
state-to-return = 待退回
state-resolved-remotely = 已远程解决
state-returned = 已交还

## 保修结论（docs/rules.md §3）。
verdict-badge-free = { -free-repair }
verdict-badge-paid = { -paid-repair }
verdict-badge-needs-proof = 需补交凭证
verdict-badge-ineligible = 不符合条件
verdict-free = { -free-repair }
verdict-paid = { -paid-repair }
verdict-needs-proof = 需补交凭证
verdict-ineligible = 不符合条件

## 故障原因（1.3、3.4）。
cause-unknown = 尚未检测
cause-manufacturing = 材料或制造缺陷
cause-man-made = { -man-made-damage }
cause-force-majeure = { -force-majeure }
cause-improper-use = 使用不当
cause-improper-packaging = 包装不当造成的运输损坏

## 维修方式（1.4）。
method-software-update = 软件升级
method-part-replacement = 更换零件
method-unit-replacement = 整机更换

## 设备退回的原因。
return-reason-repaired = 已修好
return-reason-ineligible = 不符合条件（1.2）
return-reason-quote-declined = 拒绝报价（2.2）
return-reason-proof-not-given = 未补交凭证（2.3）
return-reason-payment-overdue = 逾期未付款（2.6）

## 前台打印的单据。
document-receipt = { -intake-receipt }
document-confirmation = 申请确认单
document-label = { -return-label }
document-quote = { -quote }
document-handover-receipt = { -handover-receipt }
document-payment-receipt = { -payment-receipt }
document-sticker = 设备贴签

arrival-walk-in = 到店送修
arrival-mail-in = 寄修

password-cleared = 客户已清除密码
password-told-to-inspector = 客户已告知检测员密码
password-could-not-clear = 无法清除密码

channel-authorized = { -authorized-seller }
channel-unauthorized = 非授权经销商
channel-unknown = 不明

parcel-outcome-refuse = 门口拒收（2.1）
parcel-outcome-reject = 拒收：损坏或进水（3.6）
parcel-outcome-accept-unsolicited = 无有效申请而接收（4.3）
parcel-outcome-accept = 已接收

line-kind-parts = 零件
line-kind-labour = 人工

start-basis-invoice = 发票日期
start-basis-delivery = 交货日期
start-basis-shipment = 出厂日期

role-clerk = 前台
role-inspector = 检测员
role-dispatcher = 发货员
role-manager = 经理

deadline-application-closes = 申请截止（4.2）
deadline-answer-due = 答复期限（2.3）
deadline-payment-due = 付款期限（2.6）
