//! The case read whole: facts, the decision with its clauses, what can happen next and
//! where, quote and payments, printed documents, photos, and the timeline of events.

use chrono::NaiveDate;
use iced::widget::{button, column, container, image, row, rule, scrollable, space, text};
use iced::{Element, Fill, FillPortion, Length};

use super::{COLUMN_GAP, Context, Message, deadline_text, screen_for, state_badge};
use crate::domain::case::{DocumentKind, Handback, PrintedDocument};
use crate::domain::mail::Moment;
use crate::domain::warranty::same_identifier;
use crate::domain::{Arrival, Case, Decision, Settings};
use crate::gui::theme;
use crate::gui::widget::{self, LABEL_WIDTH, block, bold, fact};
use crate::store::outbox::{OutboxEntry, OutboxStatus};

fn optional(w: crate::i18n::Words, value: Option<&str>) -> String {
    value
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .unwrap_or(&w.not_given())
        .to_string()
}

fn date_or_dash(w: crate::i18n::Words, date: Option<NaiveDate>) -> String {
    date.map_or_else(|| w.not_given().to_string(), move |v| w.long_date(v))
}

/// The case read whole: facts, decision, timeline, documents, photos, next.
pub(super) fn case_view<'a>(
    case: &'a Case,
    thumbnails: &'a [(String, image::Handle)],
    messages: (
        &'a [OutboxEntry],
        &'a Option<Result<String, String>>,
        Option<Moment>,
    ),
    settings: Option<&Settings>,
    cx: &Context,
) -> Element<'a, Message> {
    let w = cx.words;
    let back = button(text(w.back_to_results()).size(14))
        .padding([6, 14])
        .style(theme::button::secondary)
        .on_press(Message::Back);
    // Everything held on this customer, on their request (3.7): a manager's.
    let export: Element<'a, Message> = if cx.may_export {
        button(text(w.export_personal()).size(14))
            .padding([6, 14])
            .style(theme::button::secondary)
            .on_press(Message::ExportPersonal)
            .into()
    } else {
        space::horizontal().width(0).into()
    };

    let mut facts_line = vec![w.gui_arrival(case.arrival).to_string()];
    if let Some(applied) = case.applied_on {
        facts_line.push(w.applied_on(applied, case.application_id.as_deref()));
    }
    if let Some(received) = case.received_on {
        facts_line.push(w.received_on(received));
    }
    let mut header = column![
        row![
            text(case.number.to_string()).size(34).font(bold()),
            state_badge(w, case.state, 16),
            space::horizontal(),
            export,
            back,
        ]
        .spacing(16)
        .align_y(iced::Center),
        text(facts_line.join(" · ")).size(15),
    ]
    .spacing(6);
    if let Some((deadline, date)) = case.next_deadline(cx.answer_days) {
        header = header.push(deadline_text(w, deadline, date, cx.today));
    }
    if case.unsolicited {
        header = header.push(
            container(text(w.unsolicited()).size(14).font(bold()))
                .padding([6, 10])
                .style(theme::container::warning),
        );
    }

    let customer = &case.customer;
    let return_to = match customer.return_address.as_deref().map(str::trim) {
        Some(address) if !address.is_empty() => address.to_string(),
        _ => w.same_as_address().to_string(),
    };
    let customer_block = block(
        w.customer(),
        column![
            fact(w.name(), customer.name.as_str()),
            fact(w.phone(), customer.phone.as_str()),
            fact(w.email_plain(), optional(w, customer.email.as_deref())),
            fact(w.address(), optional(w, Some(&customer.address))),
            fact(w.return_to(), return_to),
        ]
        .spacing(4),
    );

    let mut device = column![
        fact(w.model(), case.device.model.as_str()),
        fact(w.serial(), case.device.serial.as_str()),
    ]
    .spacing(4);
    // The device received is the product (2.4): its serial is the serial, the one the
    // application gave is kept beside it when they differ.
    if let Some(applied) = case
        .applied_serial
        .as_deref()
        .map(str::trim)
        .filter(|a| !a.is_empty() && !same_identifier(a, &case.device.serial))
    {
        device = device.push(fact(w.serial_applied(), applied));
    }
    let device_block = block(
        w.device(),
        device.push(fact(
            w.replacement_serial(),
            optional(w, case.replacement_serial.as_deref()),
        )),
    );

    let decision = case.decision.as_ref();
    let proof = &case.proof;
    let invoice = proof.invoice.as_ref().map_or_else(
        || w.no_invoice().to_string(),
        |invoice| w.invoice(invoice, decision.and_then(|d| d.decision.invoice_valid)),
    );
    let proof_block = block(
        w.proof(),
        column![
            fact(w.channel_label(), w.gui_channel(proof.channel)),
            fact(w.invoice_label(), invoice),
            fact(w.shipment_date(), date_or_dash(w, proof.shipment_date)),
            fact(w.delivery_date(), date_or_dash(w, proof.delivery_date)),
            fact(
                w.contract_months(),
                proof
                    .contract_months
                    .map_or_else(|| w.none().to_string(), move |v| w.months(v))
            ),
        ]
        .spacing(4),
    );

    let diagnosis = &case.diagnosis;
    let fault_block = block(
        w.fault_and_diagnosis(),
        column![
            fact(w.fault_section(), case.fault.as_str()),
            fact(w.gui_cause(), w.cause(diagnosis.cause)),
            fact(
                w.failed_component(),
                optional(w, diagnosis.component.as_deref())
            ),
            fact(
                w.gui_repair_method(),
                diagnosis
                    .method
                    .map_or(w.not_given(), |method| w.repair_method(method))
            ),
            fact(w.diagnosis_notes(), optional(w, Some(&diagnosis.notes))),
            fact(w.keep_parts_short(), w.gui_yes_no(case.keep_parts)),
        ]
        .spacing(4),
    );

    // 3.2, 3.7: the password's status only. The note itself never reaches the screen.
    let handover = &case.handover;
    let accessories = if handover.accessories.is_empty() {
        w.none().to_string()
    } else {
        handover.accessories.join(", ")
    };
    let mut handover_facts = column![
        fact(w.accessories_short(), accessories),
        fact(w.condition_short(), optional(w, Some(&handover.condition))),
        fact(w.password_short(), w.password(handover.password)),
        fact(w.backup_short(), w.gui_yes_no(handover.backup_acknowledged)),
        fact(
            w.accuracy_short(),
            w.gui_yes_no(handover.accuracy_confirmed)
        ),
    ]
    .spacing(4);
    if let Some(parcel) = &case.parcel {
        handover_facts = handover_facts.push(fact(
            w.parcel(),
            format!(
                "{} · {}",
                w.long_date(parcel.received_on),
                w.gui_parcel_outcome(parcel.outcome)
            ),
        ));
    }
    let handover_block = block(w.handover(), handover_facts);

    let decision_block = block(
        w.verdict_label(),
        match decision {
            Some(recorded) => decision_view(
                w,
                &recorded.decision,
                recorded.policy_version,
                recorded.decided_at,
            ),
            None => text(w.no_decision()).size(14).into(),
        },
    );

    let money_block = block(w.quote_and_payments(), money_view(w, case));

    let next = case.state.next();
    let actions_block = block(
        w.actions(),
        if next.is_empty() {
            column![text(w.closed_case()).size(14)]
        } else {
            let mut actions = column![
                text(w.next_states(next)).size(15).font(bold()),
                text(w.case_actions(case.state)).size(14),
            ]
            .spacing(6);
            if let Some(screen) = screen_for(case.state) {
                actions = actions.push(
                    button(text(w.open_on(&screen.label(w))).size(14))
                        .padding([6, 14])
                        .style(theme::button::primary)
                        .on_press(Message::TakeStep(screen)),
                );
            }
            actions
        },
    );

    let documents_block = block(w.documents(), documents_view(w, case, settings));

    let photos_block = block(
        w.photos(),
        if case.photos.is_empty() {
            column![text(w.no_photos()).size(14)]
        } else if !thumbnails.is_empty() {
            column![widget::thumbnails(thumbnails, 160.0, 120.0)]
        } else {
            column(
                case.photos
                    .iter()
                    .map(|name| text(name.as_str()).size(14).into()),
            )
            .spacing(2)
        },
    );

    let timeline_block = block(w.timeline(), timeline_view(w, case));
    let messages_block = block(
        w.messages(),
        messages_view(w, case, messages.0, messages.1, messages.2),
    );

    let left = column![
        customer_block,
        device_block,
        proof_block,
        fault_block,
        handover_block,
    ]
    .spacing(12)
    .width(FillPortion(1));
    let right = column![
        actions_block,
        decision_block,
        money_block,
        documents_block,
        photos_block,
    ]
    .spacing(12)
    .width(FillPortion(1));

    let page = column![
        header,
        row![left, right].spacing(12),
        timeline_block,
        messages_block,
    ]
    .spacing(14)
    .padding(iced::Padding {
        top: 12.0,
        right: 20.0,
        bottom: 16.0,
        left: 16.0,
    });
    scrollable(page).height(Fill).into()
}

/// The recorded decision: verdict badge, start, last day, each reason with its clause.
fn decision_view<'a>(
    w: crate::i18n::Words,
    decision: &'a Decision,
    policy_version: i64,
    decided_at: chrono::DateTime<chrono::Utc>,
) -> Element<'a, Message> {
    let start = match (decision.warranty_start, decision.start_basis) {
        (Some(date), Some(basis)) => {
            format!("{} ({})", w.long_date(date), w.gui_start_basis(basis))
        }
        (Some(date), None) => w.long_date(date),
        _ => w.gui_unknown().to_string(),
    };
    let start = match decision.warranty_months {
        Some(months) => format!("{start} · {}", w.months(months)),
        None => start,
    };
    let last = decision
        .warranty_last_day
        .map_or_else(|| w.gui_unknown().to_string(), move |v| w.long_date(v));
    column![
        widget::verdict_badge(w, decision, 20),
        fact(w.warranty_start(), start),
        fact(w.last_covered_day(), last),
        widget::reasons(w, decision),
        fact(
            w.policy_version(),
            format!(
                "{policy_version} · {} {}",
                w.decided_at().to_lowercase(),
                w.when(decided_at)
            )
        ),
    ]
    .spacing(8)
    .into()
}

fn money_view<'a>(w: crate::i18n::Words, case: &'a Case) -> Element<'a, Message> {
    let mut lines = column![].spacing(4);
    match &case.quote {
        Some(quote) => {
            for line in &quote.lines {
                lines = lines.push(fact_owned(
                    w.quote_line(line.kind, &line.description),
                    line.amount.to_string(),
                ));
            }
            if let Ok(total) = quote.total() {
                lines = lines.push(
                    row![
                        text(w.quote_total()).size(14).font(bold()).width(Fill),
                        text(total.to_string()).size(14).font(bold()),
                    ]
                    .spacing(10),
                );
            }
        }
        None => lines = lines.push(text(w.no_quote()).size(14)),
    }
    if let Some(date) = case.asked_on {
        lines = lines.push(fact(w.asked_on(), w.long_date(date)));
    }
    // The notice date and where it came from: the quote's e-mail or the desk (2.6).
    if let Some(source) = crate::domain::mail::notice_source(case) {
        lines = lines.push(fact_owned(
            w.payment_notice().to_string(),
            w.notice_source_short(source),
        ));
    }
    if case.payments.is_empty() {
        if case.quote.is_some() {
            lines = lines.push(text(w.no_payments()).size(14));
        }
    } else {
        for payment in &case.payments {
            lines = lines.push(fact(
                w.payments(),
                w.payment(&payment.amount, payment.paid_on, &payment.method),
            ));
        }
        // What the payments add up to and what is left (2.6), as on Inspection.
        if let (Some(Ok(total)), Some(paid), Some(due)) = (
            case.quote.as_ref().map(|q| q.total()),
            case.paid(),
            case.still_due(),
        ) {
            lines = lines.push(
                text(w.paid_and_due(&w.money(&total), &w.money(&paid), &w.money(&due)))
                    .size(14)
                    .font(bold()),
            );
        }
    }
    if let Some(reason) = case.return_reason {
        lines = lines.push(fact(w.return_reason_label(), w.return_reason(reason)));
    }
    if let Some(handback) = &case.handback {
        lines = lines.push(fact(w.handback_label(), w.handback(handback)));
    }
    lines.into()
}

/// A quote line: its description wrapping, its amount at the right.
fn fact_owned<'a>(label: String, value: String) -> Element<'a, Message> {
    row![text(label).size(14).width(Fill), text(value).size(14),]
        .spacing(10)
        .into()
}

/// The documents this case can have printed from here.
fn printable(case: &Case) -> Vec<DocumentKind> {
    let mut kinds = Vec::new();
    if case.arrival == Arrival::WalkIn || case.received_on.is_some() {
        kinds.push(DocumentKind::Receipt);
    }
    if case.arrival == Arrival::MailIn {
        kinds.push(DocumentKind::Confirmation);
    }
    if case.quote.is_some() {
        kinds.push(DocumentKind::Quote);
    }
    if !case.payments.is_empty() {
        kinds.push(DocumentKind::PaymentReceipt);
    }
    kinds.push(DocumentKind::Label);
    // The handover receipt is drawn from the recorded hand-back only (docs/rules.md §7).
    if matches!(case.handback, Some(Handback::Collected { .. })) {
        kinds.push(DocumentKind::HandoverReceipt);
    }
    kinds
}

/// What changed since this printing: its facts against the same document drawn from
/// the case now (docs/rules.md §7). `None` when it still matches, kept no facts, or the
/// center's settings (a label's sender) are not read yet. Shared with Inspection, which
/// offers a reprint after a step made a printing wrong.
pub(crate) fn superseded_by(
    document: &PrintedDocument,
    case: &Case,
    settings: Option<&Settings>,
) -> Option<Vec<crate::documents::printing::Change>> {
    use crate::documents::printing::{PrintOptions, changed, facts};
    let settings = settings?;
    if document.facts.is_empty() {
        return None;
    }
    // A label printed with a tracking number known before the shipment is recorded is
    // not wrong for it: only a recorded shipment's number can contradict it.
    let tracking = match &case.handback {
        Some(Handback::Shipped { .. }) => None,
        _ => document
            .facts
            .iter()
            .find(|(what, value)| what == "tracking" && value != "—")
            .map(|(_, value)| value.clone()),
    };
    let options = PrintOptions {
        tracking,
        ..PrintOptions::default()
    };
    let now = facts(document.kind, case, settings, &options);
    Some(changed(&document.facts, &now)).filter(|changed| !changed.is_empty())
}

fn documents_view<'a>(
    w: crate::i18n::Words,
    case: &'a Case,
    settings: Option<&Settings>,
) -> Element<'a, Message> {
    let kinds = printable(case);
    let mut list = column![].spacing(6);
    if case.documents.is_empty() {
        list = list.push(text(w.no_documents()).size(14));
    }
    for document in &case.documents {
        let superseded = superseded_by(document, case, settings);
        // The latest printing of its kind that no longer matches is the one to print
        // again: its button says so.
        let latest = crate::documents::printing::last_printing(case, document.kind)
            .is_some_and(|last| std::ptr::eq(last, document));
        let again: Element<'a, Message> = if !kinds.contains(&document.kind) {
            space::horizontal().width(0).into()
        } else if superseded.is_some() && latest {
            button(text(w.reprint(document.kind)).size(13))
                .padding([3, 10])
                .on_press(Message::Print(document.kind))
                .into()
        } else {
            button(text(w.print_again()).size(13))
                .padding([3, 10])
                .style(theme::button::secondary)
                .on_press(Message::Print(document.kind))
                .into()
        };
        let superseded: Element<'a, Message> = match superseded {
            Some(changed) => text(w.superseded(crate::documents::printing::say(&changed, w)))
                .size(12)
                .style(theme::text::danger)
                .into(),
            None => space::vertical().height(0).into(),
        };
        list = list.push(
            row![
                text(w.document(document.kind))
                    .size(14)
                    .font(bold())
                    .width(Length::Fixed(LABEL_WIDTH)),
                // Each printing stays distinguishable: its time, who, its file and
                // what changed since the one before of the same kind.
                column![
                    text(w.printed_by(document.at, &document.by)).size(14),
                    text(
                        [
                            document.file.clone(),
                            crate::documents::printing::note_in(case, document, w)
                        ]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(" · ")
                    )
                    .size(12)
                    .style(theme::text::secondary),
                    superseded,
                ]
                .width(Fill),
                again,
            ]
            .spacing(10)
            .align_y(iced::Center),
        );
    }
    let never_printed: Vec<DocumentKind> = kinds
        .into_iter()
        .filter(|kind| !case.documents.iter().any(|d| d.kind == *kind))
        .collect();
    if !never_printed.is_empty() {
        list = list.push(
            row(never_printed.into_iter().map(|kind| {
                button(text(w.print_document(kind)).size(13))
                    .padding([4, 12])
                    .on_press(Message::Print(kind))
                    .into()
            }))
            .spacing(8)
            .wrap(),
        );
    }
    list.into()
}

/// Why a message waits, as the outbox keeps it, in the desk's language where the
/// sentence is one fixdesk knows (held for no messages, no address to write to); a
/// failure's reason as stored (English, with the server's words).
fn outbox_error(w: crate::i18n::Words, error: &str) -> String {
    if error == crate::domain::mail::HELD_NO_MESSAGES {
        return w.gui_held_no_messages();
    }
    if crate::domain::Language::ALL
        .into_iter()
        .any(|language| language.words().mail_no_address() == error)
    {
        return w.mail_no_address();
    }
    error.to_string()
}

/// Every event, oldest first: when, who, from → to, the clause, the note.
fn timeline_view<'a>(w: crate::i18n::Words, case: &'a Case) -> Element<'a, Message> {
    let widths = [
        Length::Fixed(180.0),
        Length::Fixed(150.0),
        Length::Fixed(240.0),
        Length::Fixed(56.0),
        Fill,
    ];
    let line = |cells: [Element<'a, Message>; 5]| -> Element<'a, Message> {
        row(cells
            .into_iter()
            .zip(widths)
            .map(|(content, width)| container(content).width(width).into()))
        .spacing(COLUMN_GAP)
        .into()
    };
    let heading =
        |label: String| -> Element<'a, Message> { text(label).size(13).font(bold()).into() };
    let mut rows = column![line([
        heading(w.col_when()),
        heading(w.col_who()),
        heading(w.col_step()),
        heading(w.col_clause()),
        heading(w.col_note()),
    ])]
    .spacing(6);
    for event in &case.events {
        let step = match event.from {
            Some(from) => format!("{} → {}", w.state(from), w.state(event.to)),
            None => format!("{} → {}", w.opened(), w.state(event.to)),
        };
        rows = rows.push(rule::horizontal(1));
        rows = rows.push(line([
            text(w.when(event.at)).size(14).into(),
            // Who, and at which desk when the event says (docs/rules.md §9).
            text(match event.desk.as_str() {
                "" => event.actor.clone(),
                desk => format!("{}\n{desk}", event.actor),
            })
            .size(14)
            .into(),
            text(step).size(14).into(),
            widget::clause(&event.clause, 14).into(),
            text(w.event_note(event)).size(14).into(),
        ]));
    }
    rows.into()
}

/// The customer's communication history: each message with its moment, status, when,
/// subject, and the server's reply or why it failed; a failed one can be retried.
fn messages_view<'a>(
    w: crate::i18n::Words,
    case: &'a Case,
    messages: &'a [OutboxEntry],
    notice: &'a Option<Result<String, String>>,
    reminder: Option<Moment>,
) -> Element<'a, Message> {
    let mut rows = column![].spacing(6);
    // Consent and opt-out (docs/rules.md §11): where the address was given, and a
    // switch for a customer who wants no messages (recorded on the history).
    if let Some(consent) = crate::domain::mail::consent(case) {
        let given = match consent.given {
            "online application" => w.gui_consent_given_application(),
            "intake at the desk" => w.gui_consent_given_intake(),
            other => other.to_string(),
        };
        rows = rows.push(text(w.consent_line(&given, consent.at)).size(13));
    }
    let off = crate::domain::mail::messages_off(case);
    let (line, label, on) = match off {
        Some(event) => (
            Some(w.messages_off_line(&event.actor, event.at)),
            w.messages_switch_on(),
            true,
        ),
        None => (None, w.messages_switch_off(), false),
    };
    rows = rows.push(
        row![
            text(line.unwrap_or_default()).size(14).width(Fill),
            button(text(label).size(13))
                .padding([4, 12])
                .style(theme::button::secondary)
                .on_press(Message::SwitchMessages(on)),
        ]
        .spacing(10)
        .align_y(iced::Center),
    );
    // A reminder due on the case goes only when a person confirms it.
    if let Some(moment) = reminder {
        rows = rows.push(
            row![
                text(w.reminder_due(&w.mail_moment(moment)))
                    .size(14)
                    .width(Fill),
                button(text(w.send_reminder(&w.mail_moment(moment))).size(13))
                    .padding([4, 12])
                    .on_press(Message::Remind(moment)),
            ]
            .spacing(10)
            .align_y(iced::Center),
        );
    }
    if messages.is_empty() {
        rows = rows.push(text(w.no_messages()).size(14));
    }
    let widths = [
        Length::Fixed(180.0),
        Length::Fixed(190.0),
        Length::Fixed(90.0),
        Fill,
        Length::Fixed(130.0),
    ];
    let heading =
        |label: String| -> Element<'a, Message> { text(label).size(13).font(bold()).into() };
    if !messages.is_empty() {
        rows = rows.push(
            row([
                heading(w.col_when()),
                heading(w.col_moment()),
                heading(w.col_status()),
                heading(w.col_subject()),
                heading(String::new()),
            ]
            .into_iter()
            .zip(widths)
            .map(|(c, w)| container(c).width(w).into()))
            .spacing(COLUMN_GAP),
        );
    }
    for m in messages {
        let when = w.when(m.sent_at.unwrap_or(m.queued_at));
        let detail = match m.status {
            OutboxStatus::Sent => format!("{} · {}", m.to, m.reply.as_deref().unwrap_or_default()),
            _ => [
                m.to.clone(),
                outbox_error(w, m.error.as_deref().unwrap_or_default()),
            ]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" · "),
        };
        let status = text(match m.status {
            OutboxStatus::Queued => w.outbox_queued(),
            OutboxStatus::Sending => w.outbox_sending(),
            OutboxStatus::Sent => w.outbox_sent(),
            OutboxStatus::Failed => w.outbox_failed(),
            OutboxStatus::ToPhone => w.outbox_to_phone(),
            OutboxStatus::Drafted => w.outbox_drafted(),
        })
        .size(14);
        let status = match m.status {
            OutboxStatus::Failed | OutboxStatus::ToPhone => status.style(theme::text::danger),
            OutboxStatus::Sent => status.style(theme::text::success),
            _ => status,
        };
        let small = |label: String, message: Message| -> Element<'a, Message> {
            button(text(label).size(13))
                .padding([3, 10])
                .style(theme::button::secondary)
                .on_press(message)
                .into()
        };
        let retry: Element<'a, Message> = match m.status {
            OutboxStatus::Failed => column![
                small(w.retry(), Message::RetryMessage(m.id)),
                small(w.open_as_draft(), Message::Draft(m.id)),
            ]
            .spacing(4)
            .into(),
            OutboxStatus::Queued => small(w.open_as_draft(), Message::Draft(m.id)),
            OutboxStatus::Sent | OutboxStatus::Drafted => {
                small(w.retry(), Message::RetryMessage(m.id))
            }
            _ => space::horizontal().width(0).into(),
        };
        rows = rows.push(rule::horizontal(1));
        rows = rows.push(
            row([
                text(when).size(14).into(),
                text(w.mail_moment(m.moment)).size(14).into(),
                status.into(),
                column![
                    text(m.subject.as_str()).size(14),
                    text(detail).size(12).style(theme::text::secondary),
                ]
                .into(),
                retry,
            ]
            .into_iter()
            .zip(widths)
            .map(|(c, w)| container(c).width(w).into()))
            .spacing(COLUMN_GAP),
        );
    }
    match notice {
        Some(Ok(info)) => {
            rows = rows.push(text(info.as_str()).size(13).style(theme::text::success))
        }
        Some(Err(reason)) => {
            rows = rows.push(text(reason.as_str()).size(13).style(theme::text::danger))
        }
        None => {}
    }
    rows.into()
}
