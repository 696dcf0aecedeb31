//! The ways a case ends (2.1, 2.3, 2.6, 4.1, 4.2): an application expiring, a device
//! going back for no answer or no payment, a problem solved remotely, and the device
//! handed back.

use super::*;

/// 4.2: no parcel within 15 days of the application: it expires and the customer must
/// apply again. Refused while the application is still open on `today`.
pub(super) fn expire(case: &mut Case, ctx: &StepContext) -> StepResult<Move> {
    require(case, &[CaseState::Applied], CaseState::Expired)?;
    let Some(applied_on) = case.applied_on else {
        return Err(StepError::refused(Note::coded(
            "application-no-date",
            "the application has no date",
        )));
    };
    let closes = lifecycle::application_closes(applied_on);
    if !lifecycle::application_expired(applied_on, ctx.today) {
        return Err(StepError::refused(
            Note::coded(
                "application-open-until",
                format!("the application is open until {closes} (4.2)"),
            )
            .arg("open_until", closes),
        ));
    }
    Ok(Move::new(
        CaseState::Expired,
        "4.2",
        Note::coded(
            "expired",
            format!(
                "No parcel arrived by {closes}: the application expired; the customer must apply again."
            ),
        )
        .date("closes_date", closes),
    ))
}

/// 2.6: payment not made within a month of the notice; the device goes back
/// unrepaired. Refused before the due date has passed on `today`.
pub(super) fn return_overdue(case: &mut Case, ctx: &StepContext) -> StepResult<Move> {
    require(case, &[CaseState::AwaitingPayment], CaseState::ToReturn)?;
    let Some(notice_on) = case.payment_notice_on else {
        return Err(StepError::refused(Note::coded(
            "no-notice-date",
            "no payment notice date is recorded",
        )));
    };
    let due = lifecycle::payment_due(notice_on);
    if !lifecycle::payment_overdue(notice_on, ctx.today) {
        return Err(StepError::refused(
            Note::coded(
                "payment-not-overdue",
                format!("payment is due by {due} (2.6): not overdue yet"),
            )
            .arg("due_on", due),
        ));
    }
    case.return_reason = Some(ReturnReason::PaymentOverdue);
    Ok(Move::new(
        CaseState::ToReturn,
        "2.6",
        Note::coded(
            "payment-overdue",
            format!("Payment not received by {due}: the device goes back unrepaired."),
        )
        .date("due_date", due),
    ))
}

/// 2.3: the customer did not answer (proof, or the quote) within the center's answer
/// days; the device goes back unrepaired.
pub(super) fn return_unanswered(case: &mut Case, ctx: &StepContext) -> StepResult<Move> {
    require(case, &[CaseState::AwaitingCustomer], CaseState::ToReturn)?;
    let Some(asked_on) = case.asked_on else {
        return Err(StepError::refused(Note::coded(
            "no-request-recorded",
            "no request to the customer is recorded",
        )));
    };
    let due = lifecycle::answer_due(asked_on, ctx.answer_days);
    if !lifecycle::answer_overdue(asked_on, ctx.answer_days, ctx.today) {
        return Err(StepError::refused(
            Note::coded(
                "answer-not-due",
                format!("the customer may answer until {due} (2.3)"),
            )
            .arg("due_on", due),
        ));
    }
    let (reason, what, code) = if case.quote.is_some() {
        (ReturnReason::QuoteDeclined, "the quote", "unanswered-quote")
    } else {
        (
            ReturnReason::ProofNotGiven,
            "the request for proof",
            "unanswered-proof",
        )
    };
    case.return_reason = Some(reason);
    Ok(Move::new(
        CaseState::ToReturn,
        "2.3",
        Note::coded(
            code,
            format!("No answer to {what} by {due}: the device goes back unrepaired."),
        )
        .date("due_date", due),
    ))
}

/// 4.1: the problem was solved by remote help or a software update; no device is sent
/// and the application closes.
pub(super) fn resolve_remotely(case: &mut Case, note: &str) -> StepResult<Move> {
    require(case, &[CaseState::Applied], CaseState::ResolvedRemotely)?;
    Ok(Move::new(
        CaseState::ResolvedRemotely,
        "4.1",
        // What the clerk typed stays in the words typed.
        Note::coded(
            "resolved-remotely",
            format!("Resolved remotely: {}", note.trim()),
        )
        .arg("text", note.trim()),
    ))
}

/// The device goes back: shipped freight prepaid by the center (2.1), or collected at
/// the counter. The password note is removed now (3.2, 3.7).
pub(super) fn hand_back(case: &mut Case, handback: &Handback) -> StepResult<Move> {
    require(
        case,
        &[CaseState::Ready, CaseState::ToReturn],
        CaseState::Returned,
    )?;
    let had_password = case.handover.password_note.take().is_some();
    let handback = match handback {
        Handback::Shipped { carrier, tracking } => Handback::Shipped {
            carrier: carrier.trim().to_string(),
            tracking: tracking.trim().to_string(),
        },
        Handback::Collected { by, id_checked } => Handback::Collected {
            by: by.trim().to_string(),
            id_checked: *id_checked,
        },
    };
    let mut note = match &handback {
        Handback::Shipped { carrier, tracking } => Note::coded(
            "shipped-back",
            format!(
                "Shipped back with {carrier}, tracking {tracking}, freight prepaid by the service center."
            ),
        )
        .arg("carrier", carrier)
        .arg("tracking", tracking),
        // The collector's name stays in the case's handback, where the retention setting
        // can remove it (3.7); the history never holds it.
        Handback::Collected { id_checked, .. } => Note::coded(
            if *id_checked {
                "collected-id-checked"
            } else {
                "collected"
            },
            format!(
                "Collected at the counter{}.",
                if *id_checked { ", ID checked" } else { "" }
            ),
        ),
    };
    case.handback = Some(handback);
    if had_password {
        note = note.then(Note::coded(
            "password-removed",
            "The password note was removed (3.2, 3.7).",
        ));
    }
    Ok(Move::new(CaseState::Returned, "2.1", note))
}
