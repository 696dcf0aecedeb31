### domain
### 领域层以代码形式存储的文字（docs/rules.md §13“存储的文字与搜索”）：保修结论的理由和
### 维修单历史记录的备注。以 _date 结尾的变量是日期，以 _amount 结尾的是金额。

## 备注各句之间、列表各项之间的连接方式。
note-separator = { "" }
list-comma = 、
list-and = 、

## 保修结论的理由（docs/rules.md §3）。
reason-no-invoice = 未提供{ -invoice }。
reason-invoice-valid = { -invoice }有效：有日期、字迹清晰、未经涂改，并注明本机型号和{ -serial-number }。
reason-invoice-not-valid = { -invoice }无效，因为{ $failures }。
reason-start-delivery = 保修自实际交付日期 { $delivery_date } 起算，因为{ -invoice }日期 { $invoice_date } 晚于实际交付日期。
reason-start-invoice = 保修自{ -invoice }日期 { $invoice_date } 起算。
reason-start-shipment = 没有有效{ -invoice }，保修自{ -manufacturer }出厂日期 { $shipment_date } 起算。
reason-start-unknown = 保修起始日期不明：既没有有效{ -invoice }，也没有出厂日期。
reason-period-contract = 客户的服务合同将{ -warranty-period }定为 { $months } 个月，优先于标准保修政策。
reason-period-component = { $model } 的 { $component } 的{ -warranty-period }为 { $months } 个月。
reason-period-model = { $model } 的{ -warranty-period }为 { $months } 个月。
reason-period-default = 该型号未列入保修政策：适用 { $months } 个月的标准{ -warranty-period }。
reason-within-warranty = 报修日期 { $claim_date } 在{ -warranty-period }内（保修至 { $last_date }）。
reason-after-warranty = 报修日期 { $claim_date } 晚于{ -warranty-period }结束日 { $last_date }。
reason-unauthorized-channel = 设备购自非授权渠道：本服务仅涵盖通过正规渠道购买的产品，因此既不能{ -free-repair }，也不能{ -paid-repair }。
reason-unknown-channel = 购买渠道不明：请客户提供通过正规渠道购买的证明（2.3）。
reason-ask-for-invoice = 请客户提供注明型号和{ -serial-number }的有效{ -invoice }，或提供{ -paid-repair }（2.4）。
reason-out-of-warranty = 已过{ -warranty-period }：可报价{ -paid-repair }；未经客户同意不进行任何维修。
reason-excluded-cause = 故障由{ $cause }造成，不在{ -free-repair }范围内：可报价{ -paid-repair }（2.2）。
reason-free-provisional = { -warranty-period }内{ -free-repair }（暂定）：除非检测发现故障属于{ -man-made-damage }、{ -force-majeure }、使用不当或包装不当，否则予以确认（1.3、3.4）。
reason-free = { -free-repair }：{ -warranty-period }内的材料或制造缺陷，不收取任何费用（1.4）。

## 发票无效的原因（2.4）。
invoice-failure-no-date = 没有日期
invoice-failure-date-after = 其日期 { $invoice_date } 晚于报修日期 { $claim_date }
invoice-failure-no-model = 未注明型号
invoice-failure-model-differs = 其型号（{ $invoice_model }）与设备型号（{ $device_model }）不符
invoice-failure-no-serial = 未注明{ -serial-number }
invoice-failure-serial-differs = 其{ -serial-number }（{ $invoice_serial }）与设备的{ -serial-number }（{ $device_serial }）不符
invoice-failure-illegible = 字迹不清
invoice-failure-altered = 经过涂改

## 维修单历史记录的备注；一条备注由一句或几句组成。
note-received-at-desk = 设备已在前台收件。
note-application-accepted = 已受理在线{ -application }。
note-application-accepted-id = 已受理在线{ -application } { $application }。
note-warranty = 保修结论：{ $verdict }{ $provisional ->
        [yes] （待检测确认）
       *[no] { "" }
    }。
note-diagnosed = 检测结果：{ $cause }。
note-diagnosed-component = 检测结果：{ $cause }，{ $component }。
note-quote-first = 维修前须先发送{ -quote }并经客户同意。
note-proof-asked-short = 已要求客户提供凭证。
note-quote-sent = 已发送{ -quote }：{ $total_amount }。未经客户同意不进行任何维修。
note-proof-asked = 已要求客户提供{ -proof-of-purchase }。
note-proof-received = 已收到凭证。
note-paid-needs-quote = { -paid-repair }须有{ -quote }并经客户同意。
note-proof-not-sufficient = 凭证仍不充分。
note-quote-accepted = 客户已接受{ -quote }。须在 { $due_date } 前付款（2.6）。
note-quote-declined = 客户拒绝{ -quote }：设备不经维修退回。
note-paid = 已付款 { $paid_amount }（{ $method }）：可以开始维修。
note-part-paid = 已部分付款 { $paid_amount }（{ $method }）；尚欠 { $due_amount }。
note-repaired = 已修好。
note-repaired-replaced = 已修好：整机更换，新机{ -serial-number } { $serial }。
note-expired = 截至 { $closes_date } 未收到包裹：{ -application }已过期，客户须重新申请。
note-payment-overdue = 截至 { $due_date } 未收到付款：设备不经维修退回。
note-unanswered-quote = 截至 { $due_date } 客户未答复{ -quote }：设备不经维修退回。
note-unanswered-proof = 截至 { $due_date } 客户未答复补交凭证的要求：设备不经维修退回。
note-resolved-remotely = 已远程解决：{ $text }
note-shipped-back = 已通过 { $carrier } 寄回，运单号 { $tracking }，运费由{ -service-center }预付。
note-collected = 已在柜台取回。
note-collected-id-checked = 已在柜台取回，已核验身份证件。
note-password-removed = 密码记录已删除（3.2、3.7）。
note-personal-data-removed = 客户的个人数据已删除：该{ -case }已结案超过 { $months } 个月（保留期限设置）。
note-parcel-refuse = 拒收包裹：包裹以货到付款或{ -freight-collect }方式寄出，寄往{ -service-center }的运费由寄件人承担。
note-parcel-reject-damaged = 拒收包裹：包装破损。请客户与承运人交涉。
note-parcel-reject-soaked = 拒收包裹：包装被液体浸湿。请客户与承运人交涉。
note-parcel-reject-damaged-soaked = 拒收包裹：包装破损且被浸湿。请客户与承运人交涉。
note-parcel-unsolicited = 作为无申请包裹接收：没有有效的{ -application }，{ -service-center }对损失或风险不承担责任，客户须重新申请。
note-parcel-accept = 接收包裹：属于有效的{ -application }。
note-packaging-inadequate = 包装不当：由此造成的运输损坏由客户承担维修费用。（3.4）
note-application-had-expired = { -application }已过期（15 天内未收到包裹）：客户须重新申请。（4.2）
note-parcel-for-expired = 该包裹对应的{ -application } { $expired_case } 已过期。
note-serial-changed = 设备的{ -serial-number } { $found } 与{ -application }中的 { $applied } 不符：本{ -case }现按 { $found } 处理（2.4）。
note-warranty-decided-first = 重新判定保修：未判定 → { $after_verdict }{ $after_invoice ->
        [valid] ，{ -invoice }有效
        [not_valid] ，{ -invoice }无效
       *[unknown] { "" }
    }。
note-warranty-not-decided = 保修结论不变：未判定。
note-warranty-unchanged = 保修结论不变：{ $after_verdict }{ $after_invoice ->
        [valid] ，{ -invoice }有效
        [not_valid] ，{ -invoice }无效
       *[unknown] { "" }
    }。
note-warranty-decided-again = 重新判定保修：{ $before_verdict }{ $before_invoice ->
        [valid] ，{ -invoice }有效
        [not_valid] ，{ -invoice }无效
       *[unknown] { "" }
    } → { $after_verdict }{ $after_invoice ->
        [valid] ，{ -invoice }有效
        [not_valid] ，{ -invoice }无效
       *[unknown] { "" }
    }。

## A case's customer messages (src/domain/mail/record.rs, docs/rules.md §11).
note-message-sent = 「{ $moment }」已通过电子邮件发送至 { $to }（Message-ID { $message_id }）。
note-message-drafted = 发给 { $to } 的「{ $moment }」已作为草稿交给本台电脑的邮件程序（Message-ID { $message_id }）。
note-notice-set = 付款通知日期 { $notice_date }：须在 { $due_date } 前付款（2.6）。
note-messages-off = 不发消息：客户要求不再接收任何消息。
note-messages-on = 恢复发消息：客户要求重新接收消息。
