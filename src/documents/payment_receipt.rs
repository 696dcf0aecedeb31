//! The payment receipt (docs/rules.md §6, §7): what the desk hands over when a customer pays
//! for a paid repair, in full or in part — the quote promises one.
//!
//! The case number as text and as a Code 128 barcode; who paid and for what (the
//! customer, the device, the quote); every payment received — when, how, how much —
//! with the total paid against the quote's total and what is still due; what happens
//! next under 2.6 (the rest due within one calendar month of the payment notice, or the
//! device goes back unrepaired) or, paid in full, that the repair goes ahead (2.2); and a
//! line for the desk to sign. `Handover::password_note` is never printed (3.2, 3.7).

use chrono::{DateTime, Utc};

use crate::domain::case::{Case, DocumentKind, Payment};
use crate::domain::lifecycle::{State, payment_due};
use crate::domain::money::Money;
use crate::domain::settings::Settings;

use super::common::{
    self, BODY, BODY_BOLD, Item, LIGHT_FILL, PrintError, RULE, columns, heading, items, long_date,
};
use super::layout::{Colour, Document, Font, Paint};
use super::table::{Column, RowStyle, Table};
use super::text::Align;
use crate::i18n::Words;

/// The sums a payment receipt prints, in the quote's currency: the quote's total, what
/// was paid, and what is still due (never below zero; `over` is what was paid beyond
/// the quote). `None` fields could not be added up (no quote, mixed currencies).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentTotals {
    pub quoted: Option<Money>,
    pub paid: Option<Money>,
    pub due: Option<Money>,
    pub over: Option<Money>,
}

/// 2.2, 2.6: the quote's total, the payments' total and what is left to pay. Payments in
/// another currency than the others are never added up: their total is then unknown.
pub fn payment_totals(case: &Case) -> PaymentTotals {
    let quoted = case.quote.as_ref().and_then(|q| q.total().ok());
    let currency = quoted
        .as_ref()
        .map(|q| q.currency.clone())
        .or_else(|| case.payments.first().map(|p| p.amount.currency.clone()));
    // What was paid and what is still due: the domain's arithmetic, as on the screens.
    let paid = case.paid().or_else(|| {
        currency.and_then(|currency| {
            case.payments
                .iter()
                .try_fold(Money::zero(currency), |sum, p| sum.checked_add(&p.amount))
                .ok()
        })
    });
    let due = case.still_due();
    let over = match (&quoted, &paid) {
        (Some(q), Some(p)) if q.currency == p.currency && p.minor > q.minor => {
            Some(Money::new(p.minor - q.minor, q.currency.clone()))
        }
        _ => None,
    };
    PaymentTotals {
        quoted,
        paid,
        due,
        over,
    }
}

/// The payment receipt of `case` on the center's paper (`settings.paper`), as PDF bytes:
/// it confirms the latest payment and lists every payment with the total paid and what
/// is still due (2.6). Fails with [`PrintError::NoPayment`] when nothing has been paid.
/// In the customer's language.
pub fn payment_receipt(
    case: &Case,
    settings: &Settings,
    printed_at: DateTime<Utc>,
) -> Result<Vec<u8>, PrintError> {
    payment_receipt_in(case, settings, case.customer.language.words(), printed_at)
}

/// [`payment_receipt`] in the language of `w`.
pub fn payment_receipt_in(
    case: &Case,
    settings: &Settings,
    w: Words,
    printed_at: DateTime<Utc>,
) -> Result<Vec<u8>, PrintError> {
    let Some(latest) = latest_payment(case) else {
        return Err(PrintError::NoPayment(case.number.clone()));
    };
    let totals = payment_totals(case);
    let mut doc = common::sheet(
        w,
        &w.document_kind(DocumentKind::PaymentReceipt),
        &case.number,
        &settings.center,
        settings.paper,
        printed_at,
    );
    let mut lines = vec![w.pay_received_on(long_date(w, latest.paid_on))];
    if let Some(received) = case.received_on {
        lines.push(w.doc_device_received(long_date(w, received)));
    }
    common::case_number_block(w, &mut doc, &case.number, &lines)?;

    amount_received(w, &mut doc, case, latest);
    paid_by_and_for(w, &mut doc, case);
    payments_table(w, &mut doc, case, &totals)?;
    next_steps(w, &mut doc, case, &totals);

    let customer = match case.customer.name.trim() {
        "" => w.doc_customer(),
        name => w.doc_customer_named(name),
    };
    let staff = w.pay_received_for(settings.center.name.trim());
    common::signatures(w, &mut doc, &customer, &staff);
    Ok(doc.to_pdf()?)
}

/// The payment this receipt is for: the latest by date (the last entered on a tie).
fn latest_payment(case: &Case) -> Option<&Payment> {
    case.payments
        .iter()
        .enumerate()
        .max_by_key(|(i, p)| (p.paid_on, *i))
        .map(|(_, p)| p)
}

/// The amount received, large, in a shaded box: what the customer checks first.
fn amount_received(w: Words, doc: &mut Document, case: &Case, latest: &Payment) {
    let big = Font::bold(18.0);
    let h = 16.0;
    let page = doc.ensure_space(h + 4.0);
    let (left, width, y) = (page.left(), page.content_width(), page.cursor());
    page.rect(
        left,
        y,
        width,
        h,
        Paint::FillAndStroke {
            fill: LIGHT_FILL,
            stroke: Colour::BLACK,
            width_pt: 1.0,
        },
    );
    let pad = 4.0;
    let amount = w.money(&latest.amount);
    let amount_w = big.width(&amount).min(width * 0.5);
    page.text_in(
        left + pad,
        y + 2.2,
        width - amount_w - 3.0 * pad,
        Align::Left,
        common::CAPTION,
        &w.pay_caption_amount(),
    );
    let date = long_date(w, latest.paid_on);
    // The method as typed at the desk ("Card"), in lower case inside the sentence.
    let words = match (case.customer.name.trim(), latest.method.trim()) {
        ("", "") => w.pay_thanks(date),
        (name, "") => w.pay_thanks_from(name, date),
        ("", method) => w.pay_thanks_by(date, method.to_lowercase()),
        (name, method) => w.pay_thanks_from_by(name, date, method.to_lowercase()),
    };
    page.paragraph_in(
        left + pad,
        y + 6.0,
        width - amount_w - 3.0 * pad,
        h - 7.0,
        Align::Left,
        BODY,
        &words,
    );
    page.text_in(
        left + width - pad - amount_w,
        y + (h - big.line_height()) / 2.0,
        amount_w,
        Align::Right,
        big,
        &amount,
    );
    page.set_cursor(y + h + 4.0);
}

/// Who paid (name, phone) and for what: the device and the quote it pays for.
fn paid_by_and_for(w: Words, doc: &mut Document, case: &Case) {
    let c = &case.customer;
    let customer = [
        (w.pay_caption_from(), c.name.clone(), Font::bold(11.0)),
        (w.doc_caption_phone(), c.phone.clone(), BODY),
    ];
    let device = [
        (
            w.pay_caption_device(),
            case.device.model.clone(),
            Font::bold(11.0),
        ),
        (
            w.doc_caption_serial(),
            case.device.serial.clone(),
            Font::bold(10.0),
        ),
    ];
    let quote = match (&case.quote, case.asked_on) {
        (Some(_), Some(sent)) => w.pay_quote_of(long_date(w, sent)),
        (Some(_), None) => w.pay_as_quoted(),
        (None, _) => w.pay_paid_repair(),
    };
    let notice = case
        .payment_notice_on
        .map_or_else(|| "—".to_string(), |d| long_date(w, d));
    let what = [
        (w.pay_caption_for(), quote, BODY_BOLD),
        (w.pay_caption_notice(), notice, BODY),
    ];
    heading(doc, &w.pay_by_and_for(), 0.0);
    columns(doc, &[&customer, &device, &what]);
}

/// Every payment (date, method, amount), then the quote's total, the total paid and
/// what is still due, right-aligned under the amounts.
fn payments_table(
    w: Words,
    doc: &mut Document,
    case: &Case,
    totals: &PaymentTotals,
) -> Result<(), PrintError> {
    heading(doc, &w.doc_payments_heading(), 16.0);
    let page = doc.page();
    let width = page.content_width();
    let (date_w, amount_w) = (44.0, 42.0);
    let table = Table::new(vec![
        Column::new(w.doc_col_paid_on(), date_w),
        Column::new(w.doc_col_method(), width - date_w - amount_w),
        Column::new(w.doc_col_amount(), amount_w).right(),
    ])
    .style(RowStyle::Rules)
    .fonts(Font::regular(9.5), Font::bold(8.5));
    let mut payments: Vec<&Payment> = case.payments.iter().collect();
    payments.sort_by_key(|p| p.paid_on);
    let rows: Vec<[String; 3]> = payments
        .iter()
        .map(|p| {
            let method = match p.method.trim() {
                "" => "—".to_string(),
                m => m.to_string(),
            };
            [long_date(w, p.paid_on), method, w.money(&p.amount)]
        })
        .collect();
    doc.table(&table, &rows)?;

    let sub = Font::regular(9.5);
    let big = Font::bold(12.0);
    let mut sums: Vec<(String, String, Font)> = Vec::new();
    if let Some(quoted) = &totals.quoted {
        sums.push((w.pay_quote_total(), w.money(quoted), sub));
    }
    if let Some(paid) = &totals.paid {
        sums.push((w.pay_total_paid(), w.money(paid), Font::bold(9.5)));
    }
    if let Some(over) = &totals.over {
        sums.push((w.pay_over(), w.money(over), sub));
    }
    let still_due = totals.due.as_ref().map(|due| {
        if due.minor == 0 {
            (w.pay_still_due(), w.pay_in_full())
        } else {
            (w.pay_still_due(), w.money(due))
        }
    });
    let needed = sums.len() as f32 * sub.line_height() + big.line_height() + 8.0;
    let page = doc.ensure_space(needed);
    let (right, mut y) = (page.right(), page.cursor() + 1.5);
    let pad = 1.5;
    let label_w = 80.0;
    let label_x = right - amount_w - label_w;
    for (label, amount, font) in &sums {
        page.text_in(label_x, y, label_w, Align::Right, *font, label);
        page.text_in(
            right - amount_w,
            y,
            amount_w - pad,
            Align::Right,
            *font,
            amount,
        );
        y += sub.line_height();
    }
    if let Some((label, amount)) = still_due {
        y += 1.0;
        page.line(label_x + 30.0, y, right, y, 1.2, Colour::BLACK);
        y += 1.2;
        page.text_in(label_x, y, label_w, Align::Right, big, &label);
        page.text_in(
            right - amount_w - 10.0,
            y,
            amount_w + 10.0 - pad,
            Align::Right,
            big,
            &amount,
        );
        y += big.line_height() + 0.8;
        page.line(label_x + 30.0, y, right, y, 0.4, RULE);
    }
    page.set_cursor(y + 3.0);
    Ok(())
}

/// What the payment means under the agreement: the rest due by the 2.6 date, or paid
/// in full and the repair going ahead (2.2); the return freight (2.1).
fn next_steps(w: Words, doc: &mut Document, case: &Case, totals: &PaymentTotals) {
    let mut list: Vec<(&str, String)> = Vec::new();
    match (&totals.due, case.payment_notice_on) {
        (Some(due), _) if due.minor == 0 => {
            let done = matches!(case.state, State::Ready | State::Returned);
            let text = if done {
                w.pay_done()
            } else {
                w.pay_goes_ahead()
            };
            list.push(("2.2", text));
        }
        (Some(due), Some(notice)) => list.push((
            "2.6",
            w.pay_due_by(
                w.money(due),
                long_date(w, payment_due(notice)),
                long_date(w, notice),
            ),
        )),
        (Some(due), None) => list.push(("2.6", w.pay_due_within(w.money(due)))),
        (None, _) => list.push(("2.6", w.pay_due_rule())),
    }
    if let Some(over) = &totals.over {
        list.push(("2.2", w.pay_refund(w.money(over))));
    }
    list.push(("2.1", w.pay_freight()));
    list.push(("", w.pay_keep()));
    let list: Vec<Item<'_>> = list
        .iter()
        .map(|(clause, text)| Item {
            tick: None,
            clause,
            text,
        })
        .collect();
    heading(doc, &w.pay_next(), 12.0);
    items(doc, &list, Font::regular(9.0));
    doc.page().advance(2.0);
}
