//! The inspector's steps on a case (docs/rules.md §4, §5): the parcel at the gate, the
//! diagnosis, the quote, and asking for proof and receiving it — the steps that decide
//! the warranty again.

use super::*;

/// docs/rules.md §5: the parcel for an open application. Cash on delivery is refused (2.1),
/// a damaged or soaked package rejected (3.6): the case becomes `rejected`. Otherwise
/// the device is taken in with its accessories (3.5). A device whose serial differs from
/// the application's is the product now (2.4): its serial becomes the case's, the
/// applied one is kept, and the warranty is decided again with it.
pub(super) fn receive(
    case: &mut Case,
    parcel: &ParcelArrival,
    ctx: &StepContext,
) -> StepResult<Move> {
    require(case, &[CaseState::Applied], CaseState::Received)?;
    not_before(
        "received_on",
        parcel.received_on,
        case.applied_on,
        APPLICATION_DATE,
    )?;
    if let Some(applied_on) = case.applied_on
        && lifecycle::application_expired(applied_on, parcel.received_on)
    {
        let closed = lifecycle::application_closes(applied_on);
        return Err(StepError::refused(
            Note::coded(
                "application-closed",
                format!(
                    "the application closed on {closed} (4.2): expire it and take the parcel in as unsolicited (4.3)"
                ),
            )
            .arg("closed_on", closed),
        ));
    }
    let check = parcel.check(ApplicationStatus::Open);
    let decision = parcel::check(&check);
    let mut note = decision.note();
    let serial_found = parcel
        .serial_found
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string);
    case.parcel = Some(ParcelRecord {
        received_on: parcel.received_on,
        check,
        outcome: decision.outcome,
        serial_found: serial_found.clone(),
    });
    let to = match decision.outcome {
        ParcelOutcome::Accept | ParcelOutcome::AcceptUnsolicited => {
            case.received_on = Some(parcel.received_on);
            case.handover = parcel.handover.clone();
            if let Some(found) = serial_found
                && !same_identifier(&found, &case.device.serial)
            {
                note = note.then(serial_changed(case, found, ctx));
            }
            CaseState::Received
        }
        ParcelOutcome::Refuse | ParcelOutcome::Reject => CaseState::Rejected,
    };
    Ok(Move::new(to, decision.clause, note))
}

/// The device in the box is the product (2.4): records its serial as the case's, keeps
/// the application's, decides again and says what changed.
pub(super) fn serial_changed(case: &mut Case, found: String, ctx: &StepContext) -> Note {
    let applied = std::mem::replace(&mut case.device.serial, found.clone());
    if case.applied_serial.is_none() {
        case.applied_serial = Some(applied.clone());
    }
    let before = case.decision.as_ref().map(|d| d.decision.clone());
    record_decision(case, ctx);
    let after = case.decision.as_ref().map(|d| &d.decision);
    let note = Note::coded(
        "serial-changed",
        format!(
            "The device's serial {found} differs from the application's {applied}: the case now carries {found} (2.4)."
        ),
    )
    .arg("found", &found)
    .arg("applied", &applied);
    let (before_words, after_words) = (decision_words(before.as_ref()), decision_words(after));
    let outcome = if before_words == after_words {
        Note::coded(
            "warranty-unchanged",
            format!("Warranty unchanged: {after_words}."),
        )
    } else {
        Note::coded(
            "warranty-decided-again",
            format!("Warranty decided again: {before_words} → {after_words}."),
        )
    };
    let outcome = match (before.as_ref(), after) {
        (Some(before), Some(after)) => outcome
            .arg("before_verdict", before.verdict.as_str())
            .arg("before_invoice", invoice_word(before))
            .arg("after_verdict", after.verdict.as_str())
            .arg("after_invoice", invoice_word(after)),
        // A case without a decision until now (no claim date before, say).
        (None, Some(after)) => Note::coded("warranty-decided-first", outcome.text)
            .arg("after_verdict", after.verdict.as_str())
            .arg("after_invoice", invoice_word(after)),
        (None, None) => Note::coded("warranty-not-decided", outcome.text),
        // A decision cannot be taken back by a serial; shown as stored if it ever is.
        (Some(_), None) => Note::plain(outcome.text),
    };
    note.then(outcome)
}

/// A decision's invoice as a code argument: `valid`, `not_valid` or `unknown`.
fn invoice_word(decision: &Decision) -> &'static str {
    match decision.invoice_valid {
        Some(true) => "valid",
        Some(false) => "not_valid",
        None => "unknown",
    }
}

/// Diagnosis (docs/rules.md §4): records the cause, the failed component and the method,
/// and decides the warranty again with them. Free → `in_repair` (1.3, 1.4); paid →
/// stays `received` until a quote is sent (2.2); needs proof → `awaiting_customer`
/// from `today` (2.3); ineligible → `to_return` (1.2).
pub(super) fn diagnose(
    case: &mut Case,
    diagnosis: &Diagnosis,
    ctx: &StepContext,
) -> StepResult<Move> {
    require(case, &[CaseState::Received], CaseState::InRepair)?;
    not_before("today", ctx.today, case.received_on, DEVICE_RECEIVED)?;
    case.diagnosis = Diagnosis {
        component: diagnosis.component.clone().filter(|c| !blank(c)),
        ..diagnosis.clone()
    };
    let decision = decide_again(case, ctx)?;
    let component = case.diagnosis.component.clone();
    let diagnosed = Note::coded(
        if component.is_some() {
            "diagnosed-component"
        } else {
            "diagnosed"
        },
        format!(
            "Diagnosed: {}{}.",
            case.diagnosis.cause.label(),
            component
                .as_ref()
                .map(|c| format!(", {c}"))
                .unwrap_or_default(),
        ),
    )
    .arg("cause", case.diagnosis.cause.as_str());
    let diagnosed = match component {
        Some(component) => diagnosed.arg("component", component),
        None => diagnosed,
    };
    let summary = diagnosed.then(verdict_phrase(&decision));
    Ok(match decision.verdict {
        Verdict::Free => Move::new(CaseState::InRepair, "1.4", summary),
        Verdict::Paid => Move::new(
            CaseState::Received,
            "2.2",
            summary.then(Note::coded(
                "quote-first",
                "A quote must be sent and accepted before any work.",
            )),
        ),
        Verdict::NeedsProof => {
            case.asked_on = Some(ctx.today);
            Move::new(
                CaseState::AwaitingCustomer,
                "2.3",
                summary.then(Note::coded("proof-asked-short", "Proof asked for.")),
            )
        }
        Verdict::Ineligible => {
            case.return_reason = Some(ReturnReason::Ineligible);
            Move::new(CaseState::ToReturn, "1.2", summary)
        }
    })
}

/// 2.2: the quote for a paid repair goes to the customer, who answers within the
/// center's answer days (2.3). Also re-sends a changed quote.
pub(super) fn send_quote(case: &mut Case, quote: &Quote, ctx: &StepContext) -> StepResult<Move> {
    require(
        case,
        &[CaseState::Received, CaseState::AwaitingCustomer],
        CaseState::AwaitingCustomer,
    )?;
    if verdict_of(case) != Some(Verdict::Paid) {
        return Err(StepError::refused(Note::coded(
            "only-paid-quoted",
            "only a paid repair is quoted (2.2): the warranty decision is not 'paid'",
        )));
    }
    not_before("today", ctx.today, case.received_on, DEVICE_RECEIVED)?;
    let total = quote
        .total()
        .map_err(|err| StepError::invalid("quote", err.note()))?;
    case.quote = Some(quote.clone());
    case.asked_on = Some(ctx.today);
    Ok(Move::new(
        CaseState::AwaitingCustomer,
        "2.2",
        Note::coded(
            "quote-sent",
            format!("Quote sent: {total}. Nothing is repaired without the customer's agreement."),
        )
        .money("total_amount", &total),
    ))
}

/// 2.3: asks the customer for proof (of a formal channel, or a valid invoice).
pub(super) fn ask_for_proof(case: &mut Case, ctx: &StepContext) -> StepResult<Move> {
    require(case, &[CaseState::Received], CaseState::AwaitingCustomer)?;
    not_before("today", ctx.today, case.received_on, DEVICE_RECEIVED)?;
    case.asked_on = Some(ctx.today);
    Ok(Move::new(
        CaseState::AwaitingCustomer,
        "2.3",
        Note::coded("proof-asked", "Proof of purchase asked for."),
    ))
}

/// 2.3, 2.4: the customer brings proof; the warranty is decided again with it. Free →
/// `in_repair`; ineligible → `to_return`; paid or still needing proof → stays
/// `awaiting_customer` (a quote, or better proof, is needed).
pub(super) fn proof_received(
    case: &mut Case,
    proof: &Proof,
    ctx: &StepContext,
) -> StepResult<Move> {
    require(case, &[CaseState::AwaitingCustomer], CaseState::InRepair)?;
    if proof.contract_months.is_some_and(|m| m > MAX_MONTHS) {
        return Err(StepError::invalid("contract_months", months_range()));
    }
    case.proof = proof.clone();
    if let Some(facts) = case.facts() {
        facts.check_dates().map_err(|err| StepError::Invalid {
            field: err.field,
            problem: err.problem,
        })?;
    }
    let decision = decide_again(case, ctx)?;
    let note = Note::coded("proof-received", "Proof received.").then(verdict_phrase(&decision));
    Ok(match decision.verdict {
        Verdict::Free => {
            case.quote = None;
            case.asked_on = None;
            Move::new(CaseState::InRepair, "2.4", note)
        }
        Verdict::Paid => {
            if case.quote.is_none() {
                case.asked_on = Some(ctx.today);
            }
            Move::new(
                CaseState::AwaitingCustomer,
                "2.2",
                note.then(Note::coded(
                    "paid-needs-quote",
                    "A paid repair needs a quote and the customer's agreement.",
                )),
            )
        }
        Verdict::NeedsProof => Move::new(
            CaseState::AwaitingCustomer,
            "2.3",
            note.then(Note::coded(
                "proof-not-sufficient",
                "The proof is not sufficient yet.",
            )),
        ),
        Verdict::Ineligible => {
            case.return_reason = Some(ReturnReason::Ineligible);
            Move::new(CaseState::ToReturn, "1.2", note)
        }
    })
}
