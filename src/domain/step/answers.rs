//! The customer's answers and money (2.2, 2.5, 2.6): a quote accepted or declined, a
//! payment, and the repair finished.

use super::*;

/// 2.2, 2.6: the customer accepts the quote; payment is due one month after the
/// payment notice (`notice_on`, the day they are told the amount), which cannot be
/// before the quote was sent.
pub(super) fn accept_quote(case: &mut Case, notice_on: NaiveDate) -> StepResult<Move> {
    require(
        case,
        &[CaseState::AwaitingCustomer],
        CaseState::AwaitingPayment,
    )?;
    if case.quote.is_none() {
        return Err(StepError::refused(Note::coded(
            "no-quote-to-accept",
            "no quote has been sent to accept (2.2)",
        )));
    }
    not_before("notice_on", notice_on, case.asked_on, QUOTE_SENT)?;
    case.payment_notice_on = Some(notice_on);
    Ok(Move::new(
        CaseState::AwaitingPayment,
        "2.6",
        Note::coded(
            "quote-accepted",
            format!(
                "Quote accepted. Payment due by {} (2.6).",
                lifecycle::payment_due(notice_on)
            ),
        )
        .date("due_date", lifecycle::payment_due(notice_on)),
    ))
}

/// 2.2: the customer declines the quote; the device goes back unrepaired.
pub(super) fn decline_quote(case: &mut Case) -> StepResult<Move> {
    require(case, &[CaseState::AwaitingCustomer], CaseState::ToReturn)?;
    if case.quote.is_none() {
        return Err(StepError::refused(Note::coded(
            "no-quote-to-decline",
            "no quote has been sent to decline (2.2)",
        )));
    }
    case.return_reason = Some(ReturnReason::QuoteDeclined);
    Ok(Move::new(
        CaseState::ToReturn,
        "2.2",
        Note::coded(
            "quote-declined",
            "Quote declined: the device goes back unrepaired.",
        ),
    ))
}

/// 2.6: a payment for the quoted repair. When the payments cover the quote the repair
/// starts (`in_repair`); a part payment stays `awaiting_payment` and says what is left.
pub(super) fn pay(case: &mut Case, payment: &Payment) -> StepResult<Move> {
    require(case, &[CaseState::AwaitingPayment], CaseState::InRepair)?;
    let Some(quote) = &case.quote else {
        return Err(StepError::refused(Note::coded(
            "no-quote-to-pay",
            "there is no quote to pay",
        )));
    };
    let total = quote
        .total()
        .map_err(|err| StepError::Corrupt(format!("the quote of {}: {err}", case.number)))?;
    if payment.amount.currency != total.currency {
        return Err(StepError::invalid(
            "currency",
            Note::coded(
                "currency-differs",
                format!(
                    "the quote is in {}, not {}",
                    total.currency, payment.amount.currency
                ),
            )
            .arg("quote_currency", &total.currency)
            .arg("currency", &payment.amount.currency),
        ));
    }
    not_before(
        "paid_on",
        payment.paid_on,
        case.payment_notice_on,
        PAYMENT_NOTICE,
    )?;
    case.payments.push(payment.clone());
    let paid: i64 = case.payments.iter().map(|p| p.amount.minor).sum();
    if paid >= total.minor {
        Ok(Move::new(
            CaseState::InRepair,
            "2.6",
            Note::coded(
                "paid",
                format!(
                    "Paid {} ({}): the repair can start.",
                    payment.amount, payment.method
                ),
            )
            .money("paid_amount", &payment.amount)
            .arg("method", &payment.method),
        ))
    } else {
        let due = Money::new(total.minor - paid, total.currency.clone());
        Ok(Move::new(
            CaseState::AwaitingPayment,
            "2.6",
            Note::coded(
                "part-paid",
                format!(
                    "Part payment {} ({}); {due} still due.",
                    payment.amount, payment.method
                ),
            )
            .money("paid_amount", &payment.amount)
            .arg("method", &payment.method)
            .money("due_amount", &due),
        ))
    }
}

/// 2.5: the repair is finished; a whole-unit replacement records the new unit's serial.
pub(super) fn repair_done(case: &mut Case, replacement_serial: Option<&str>) -> StepResult<Move> {
    let replacement = replacement_serial
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string);
    require(case, &[CaseState::InRepair], CaseState::Ready)?;
    if case.diagnosis.method == Some(RepairMethod::UnitReplacement) && replacement.is_none() {
        return Err(StepError::invalid(
            "replacement_serial",
            Note::coded(
                "replacement-serial-needed",
                "a whole-unit replacement needs the new unit's serial (2.5)",
            ),
        ));
    }
    let note = match &replacement {
        Some(serial) => Note::coded(
            "repaired-replaced",
            format!("Repaired: replaced by unit {serial}."),
        )
        .arg("serial", serial),
        None => Note::coded("repaired", "Repaired."),
    };
    case.replacement_serial = replacement;
    case.return_reason = Some(ReturnReason::Repaired);
    Ok(Move::new(CaseState::Ready, "2.5", note))
}
