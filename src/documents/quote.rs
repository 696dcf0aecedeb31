//! The quote for a paid repair (docs/rules.md §6): what the desk prints or e-mails when the
//! inspection finds the repair is not free.
//!
//! The case number as text and as a Code 128 barcode; the customer and the device; what
//! the inspection found and why the repair is not free (the decision's reasons, each with
//! its clause); the parts and labour lines with the total in the quote's currency; the
//! terms in plain words — nothing is repaired before the customer accepts (2.2), payment
//! within a month of the payment notice (2.6), the answer date (2.3), what happens to the
//! replaced parts (2.5), the return freight (2.1) — and a line to sign the acceptance.
//! `Handover::password_note` is never printed (3.2, 3.7).

use chrono::{DateTime, Utc};

use crate::domain::case::{Arrival, Case, DocumentKind};
use crate::domain::lifecycle::{answer_due, payment_due};
use crate::domain::money::Money;
use crate::domain::repair::{LineKind, PartsOwner, Quote, RepairMethod, replaced_parts_owner};
use crate::domain::settings::Settings;
use crate::domain::warranty::Verdict;

use super::common::{
    self, BODY, BODY_BOLD, Item, PrintError, RULE, columns, heading, items, long_date,
};
use super::layout::{Colour, Document, Font};
use super::table::{Column, RowStyle, Table};
use super::text::Align;
use crate::i18n::Words;

/// The quote of `case` on the center's paper (`settings.paper`), as PDF bytes.
///
/// The quote's date is the day it was sent (`case.asked_on`), or the day printed when it
/// has not been sent yet; the customer's answer is due `settings.answer_days` later
/// (2.3). Fails with [`PrintError::NoQuote`] when the case has no quote, and with
/// [`PrintError::BadQuote`] when its lines do not add up.
///
/// In the customer's language.
pub fn quote(
    case: &Case,
    settings: &Settings,
    printed_at: DateTime<Utc>,
) -> Result<Vec<u8>, PrintError> {
    quote_in(case, settings, case.customer.language.words(), printed_at)
}

/// [`quote`] in the language of `w`.
pub fn quote_in(
    case: &Case,
    settings: &Settings,
    w: Words,
    printed_at: DateTime<Utc>,
) -> Result<Vec<u8>, PrintError> {
    let Some(quote) = &case.quote else {
        return Err(PrintError::NoQuote(case.number.clone()));
    };
    let bad = |err| PrintError::BadQuote(case.number.clone(), err);
    let total = quote.total().map_err(bad)?;
    let parts = quote.parts_total().map_err(bad)?;
    let labour = quote.labour_total().map_err(bad)?;

    let mut doc = common::sheet(
        w,
        &w.document_kind(DocumentKind::Quote),
        &case.number,
        &settings.center,
        settings.paper,
        printed_at,
    );
    let dated = case.asked_on.unwrap_or_else(|| printed_at.date_naive());
    let line = match case.received_on {
        Some(received) => w.quote_line_received(long_date(w, dated), long_date(w, received)),
        None => w.doc_quote_line(long_date(w, dated)),
    };
    common::case_number_block(w, &mut doc, &case.number, &[line])?;

    let name = case.customer.name.trim();
    let greeting = if name.is_empty() {
        w.quote_greeting()
    } else {
        w.quote_greeting_named(name)
    };
    let page = doc.page();
    let (left, width, y) = (page.left(), page.content_width(), page.cursor());
    let used = page.paragraph(left, y, width, BODY, &greeting);
    page.set_cursor(y + used + 2.5);

    customer_and_device(w, &mut doc, case);
    findings(w, &mut doc, case);
    lines_table(w, &mut doc, quote, &parts, &labour, &total)?;
    terms(w, &mut doc, case, settings, dated, &total);

    // 2.2: the customer's acceptance, with a box to tick, kept on the page of the
    // signature lines.
    let accept = w.quote_accept(w.money(&total));
    // The item's text starts 6 mm (tick) + 10 mm (clause) from the margin.
    let text_w = doc.page().content_width() - 16.0;
    doc.ensure_space(common::wrapped_height(&accept, text_w, BODY_BOLD) + 19.5);
    items(
        &mut doc,
        &[Item {
            tick: Some(false),
            clause: "2.2",
            text: &accept,
        }],
        BODY_BOLD,
    );
    let customer = if name.is_empty() {
        w.doc_customer()
    } else {
        w.doc_customer_named(name)
    };
    let staff = w.doc_for_center(settings.center.name.trim());
    common::signatures(w, &mut doc, &customer, &staff);
    Ok(doc.to_pdf()?)
}

/// The customer (name, phone, e-mail: how to reach them about the quote) and the device,
/// in three columns so the block stays two fields high.
fn customer_and_device(w: Words, doc: &mut Document, case: &Case) {
    let c = &case.customer;
    let name = [(w.doc_caption_customer(), c.name.clone(), Font::bold(11.0))];
    let mut contact = vec![(w.doc_caption_phone(), c.phone.clone(), BODY)];
    if let Some(email) = c.email.as_deref().filter(|e| !e.trim().is_empty()) {
        contact.push((w.doc_caption_email(), email.to_string(), BODY));
    }
    let device = [
        (
            w.doc_caption_model(),
            case.device.model.clone(),
            Font::bold(11.0),
        ),
        (
            w.doc_caption_serial(),
            case.device.serial.clone(),
            Font::bold(10.0),
        ),
    ];
    heading(doc, &w.doc_customer_and_device(), 0.0);
    columns(doc, &[&name, &contact, &device]);
}

/// What the inspection found (cause, component, method) and why the repair is not free:
/// every reason of the warranty decision with its clause (docs/rules.md §3).
fn findings(w: Words, doc: &mut Document, case: &Case) {
    let d = &case.diagnosis;
    let method = d
        .method
        .map_or_else(|| "—".to_string(), |m| w.repair_method(m));
    let cause_caption = match d.cause.excluding_clause() {
        Some("3.4") => w.quote_caption_cause_packaging(),
        _ => w.quote_caption_cause(),
    };
    let cause = capitalised(&w.cause(d.cause));
    let component = d.component.clone().unwrap_or_default();
    heading(doc, &w.quote_found(), 0.0);
    let cause = [(cause_caption, cause, BODY_BOLD)];
    let component = [(
        w.quote_caption_component(),
        capitalised(&component),
        BODY_BOLD,
    )];
    let method = [(w.quote_caption_method(), method, BODY_BOLD)];
    let notes = [(w.quote_caption_notes(), d.notes.trim().to_string(), BODY)];
    let mut found: Vec<&common::Fields> = vec![&cause, &component, &method];
    if !d.notes.trim().is_empty() {
        found.push(&notes);
    }
    columns(doc, &found);

    heading(doc, &w.quote_why_not_free(), 10.0);
    let decision = case.decision.as_ref().map(|r| &r.decision);
    match decision {
        Some(decision) if !decision.reasons.is_empty() => {
            let texts: Vec<String> = decision.reasons.iter().map(|r| w.reason(r)).collect();
            let list: Vec<Item<'_>> = decision
                .reasons
                .iter()
                .zip(&texts)
                .map(|(r, text)| Item {
                    tick: None,
                    clause: &r.clause,
                    text,
                })
                .collect();
            items(doc, &list, Font::regular(8.0));
            if decision.verdict != Verdict::Paid {
                // A quote for a case not (yet) decided paid: say so rather than hide it.
                let note = w.quote_decision_on_file(w.verdict(decision.verdict));
                items(
                    doc,
                    &[Item {
                        tick: None,
                        clause: "2.3",
                        text: &note,
                    }],
                    Font::bold(8.5),
                );
            }
        }
        _ => items(
            doc,
            &[Item {
                tick: None,
                clause: "2.3",
                text: &w.quote_undecided(),
            }],
            Font::regular(8.5),
        ),
    }
    doc.page().advance(1.5);
}

/// "man-made damage" → "Man-made damage".
fn capitalised(text: &str) -> String {
    let mut chars = text.trim().chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn kind_words(w: Words, kind: LineKind) -> String {
    match kind {
        LineKind::Parts => w.quote_kind_part(),
        LineKind::Labour => w.quote_kind_labour(),
    }
}

/// The quote's lines (kind, description, amount) and, under the amount column, the
/// parts and labour subtotals and the total in the quote's currency. `QuoteLine` has no
/// quantity: a line is one priced item, so there is no quantity column.
fn lines_table(
    w: Words,
    doc: &mut Document,
    quote: &Quote,
    parts: &Money,
    labour: &Money,
    total: &Money,
) -> Result<(), PrintError> {
    let currency = quote.currency.code();
    heading(doc, &w.quote_heading(), 20.0);
    let page = doc.page();
    let width = page.content_width();
    let (kind_w, amount_w) = (22.0, 38.0);
    let table = Table::new(vec![
        Column::new(w.quote_col_kind(), kind_w),
        Column::new(w.quote_col_description(), width - kind_w - amount_w),
        Column::new(w.quote_col_amount(currency), amount_w).right(),
    ])
    .style(RowStyle::Rules)
    .fonts(Font::regular(9.5), Font::bold(8.5));
    let table = Table {
        padding: 1.1,
        ..table
    };
    let rows: Vec<[String; 3]> = quote
        .lines
        .iter()
        .map(|line| {
            [
                kind_words(w, line.kind),
                line.description.trim().to_string(),
                w.amount(&line.amount),
            ]
        })
        .collect();
    doc.table(&table, &rows)?;

    // Subtotals and total, right-aligned under the amounts, kept together.
    let sub = Font::regular(9.0);
    let big = Font::bold(12.0);
    let needed = 2.0 * sub.line_height() + big.line_height() + 6.0;
    let page = doc.ensure_space(needed);
    let (right, y) = (page.right(), page.cursor() + 1.5);
    let pad = 1.5;
    let label_w = 70.0;
    let label_x = right - amount_w - label_w;
    let mut y = y;
    for (label, amount) in [(w.quote_parts(), parts), (w.quote_labour(), labour)] {
        page.text_in(label_x, y, label_w, Align::Right, sub, &label);
        page.text_in(
            right - amount_w,
            y,
            amount_w - pad,
            Align::Right,
            sub,
            &w.amount(amount),
        );
        y += sub.line_height();
    }
    y += 1.0;
    page.line(label_x + 20.0, y, right, y, 1.2, Colour::BLACK);
    y += 1.2;
    page.text_in(
        label_x - 30.0,
        y,
        label_w + 30.0,
        Align::Right,
        big,
        &w.doc_quote_total(),
    );
    page.text_in(
        right - amount_w - 10.0,
        y,
        amount_w + 10.0 - pad,
        Align::Right,
        big,
        &w.money(total),
    );
    y += big.line_height() + 0.8;
    page.line(label_x + 20.0, y, right, y, 0.4, RULE);
    page.set_cursor(y + 3.0);
    Ok(())
}

/// The terms, each with its clause: 2.2 acceptance before work, 2.6 payment within a
/// month of the notice, 2.3 the answer date, 2.5 the replaced parts for this case, 2.1
/// the return freight.
fn terms(
    w: Words,
    doc: &mut Document,
    case: &Case,
    settings: &Settings,
    dated: chrono::NaiveDate,
    total: &Money,
) {
    let acceptance = w.quote_acceptance(w.money(total));
    let payment = match case.payment_notice_on {
        Some(notice) => {
            w.quote_payment_notice(long_date(w, notice), long_date(w, payment_due(notice)))
        }
        None => w.quote_payment_rule(),
    };
    let answer = w.quote_answer_by(long_date(w, answer_due(dated, settings.answer_days)));
    let parts = parts_words(w, case);
    let freight = match case.arrival {
        Arrival::MailIn => w.quote_freight_mail_in(),
        Arrival::WalkIn => w.quote_freight_walk_in(),
    };
    let list = [
        Item {
            tick: None,
            clause: "2.2",
            text: &acceptance,
        },
        Item {
            tick: None,
            clause: "2.6",
            text: &payment,
        },
        Item {
            tick: None,
            clause: "2.3",
            text: &answer,
        },
        Item {
            tick: None,
            clause: "2.5",
            text: &parts,
        },
        Item {
            tick: None,
            clause: "2.1",
            text: &freight,
        },
    ];
    heading(doc, &w.quote_terms(), 14.0);
    items(doc, &list, Font::regular(9.0));
    doc.page().advance(2.0);
}

/// 2.5 for this case: the center keeps no spare parts for paid repairs; the replaced
/// faulty parts come back in the same package only if the customer asked for that when
/// applying.
fn parts_words(w: Words, case: &Case) -> String {
    let method = case.diagnosis.method;
    if method.is_some_and(|m| !m.replaces_parts()) {
        return w.quote_software_no_parts();
    }
    let what = if method == Some(RepairMethod::UnitReplacement) {
        w.quote_what_unit()
    } else {
        w.quote_what_parts()
    };
    match replaced_parts_owner(Verdict::Paid, case.keep_parts) {
        PartsOwner::Customer => w.quote_parts_back(what),
        PartsOwner::Manufacturer => w.quote_parts_kept(what),
    }
}
