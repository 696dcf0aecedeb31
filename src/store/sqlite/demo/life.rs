//! One demo case's life, simulated forward from the day it was opened through the
//! domain's own rules, stopping where today falls.

use super::*;

/// One case being simulated: the case, its events, and the instant of the last one.
pub(super) struct Sim {
    pub(super) case: Case,
    pub(super) events: Vec<Event>,
    pub(super) at: DateTime<Utc>,
    /// Nothing happens at or after this instant (the start of `today`).
    pub(super) cutoff: DateTime<Utc>,
}

impl Sim {
    /// An instant `days` after the last event, in working hours and after it; `None` when
    /// that falls on or after today (the case stops where it stands).
    pub(super) fn later(&self, rng: &mut StdRng, days: i64) -> Option<DateTime<Utc>> {
        let day = self.at.date_naive() + Duration::days(days.max(0));
        let start = day.and_hms_opt(8, 0, 0)?.and_utc();
        let mut at = start + Duration::seconds(rng.random_range(0..10 * 3600));
        if at <= self.at {
            at = self.at + Duration::seconds(rng.random_range(60..3600));
        }
        (at < self.cutoff).then_some(at)
    }

    /// [`Sim::later`] by a number of days drawn from `days`.
    pub(super) fn later_in(
        &self,
        rng: &mut StdRng,
        days: std::ops::Range<i64>,
    ) -> Option<DateTime<Utc>> {
        let days = rng.random_range(days);
        self.later(rng, days)
    }

    /// Moves the case (checked against docs/rules.md §4) and records the event.
    pub(super) fn step(
        &mut self,
        at: DateTime<Utc>,
        actor: &str,
        to: State,
        clause: &str,
        note: String,
    ) -> Result<()> {
        let from = self.case.state;
        if from != to {
            check_transition(from, to)
                .map_err(|err| StoreError::corrupt("the demo generator", err))?;
        }
        self.case.state = to;
        self.at = at;
        self.events.push(Event {
            at,
            desk: String::new(),
            actor: actor.to_string(),
            from: Some(from),
            to,
            clause: clause.to_string(),
            note,
            code: String::new(),
            args: Default::default(),
        });
        Ok(())
    }

    /// The case's first event: it comes from no state (an intake, an application, a
    /// parcel without one), in the demo's English words with no code.
    pub(super) fn opened(
        &mut self,
        at: DateTime<Utc>,
        actor: &str,
        to: State,
        clause: &str,
        note: String,
    ) {
        self.events.push(Event {
            at,
            desk: String::new(),
            actor: actor.to_string(),
            from: None,
            to,
            clause: clause.to_string(),
            note,
            code: String::new(),
            args: Default::default(),
        });
    }

    pub(super) fn document(&mut self, kind: DocumentKind, actor: &str) {
        self.case.documents.push(PrintedDocument {
            kind,
            at: self.at,
            by: actor.to_string(),
            file: None,
            facts: Vec::new(),
            note: None,
        });
    }
}

pub(super) fn working_time(rng: &mut StdRng, day: NaiveDate) -> DateTime<Utc> {
    let seconds = rng.random_range(8 * 3600..18 * 3600);
    day.and_hms_opt(0, 0, 0)
        .map(|t| t.and_utc() + Duration::seconds(seconds))
        .unwrap_or_default()
}

/// Everything after the device is taken in: diagnosis, quote or proof, repair, return.
pub(super) fn after_receipt(
    sim: &mut Sim,
    rng: &mut StdRng,
    policy: &Policy,
    version: i64,
    currency: &Currency,
    packaging_bad: bool,
) -> Result<()> {
    let Some(at) = sim.later_in(rng, 0..4) else {
        return Ok(());
    };
    let cause = match rng.random_range(0..100) {
        0..70 => Cause::Manufacturing,
        70..82 => Cause::ManMade,
        82..90 => Cause::ImproperUse,
        90..94 => Cause::ForceMajeure,
        _ if packaging_bad => Cause::ImproperPackaging,
        _ => Cause::Manufacturing,
    };
    let method = match rng.random_range(0..10) {
        0..3 => RepairMethod::SoftwareUpdate,
        3..9 => RepairMethod::PartReplacement,
        _ => RepairMethod::UnitReplacement,
    };
    sim.case.diagnosis.cause = cause;
    sim.case.diagnosis.method = Some(method);
    sim.case.diagnosis.notes = "Fault confirmed on the bench.".into();
    record_decision(&mut sim.case, policy, version, at);
    let verdict = sim
        .case
        .decision
        .as_ref()
        .map_or(Verdict::NeedsProof, |d| d.decision.verdict);
    let note = format!(
        "Diagnosed: {}. {}",
        cause.label(),
        sim.case
            .decision
            .as_ref()
            .map(|d| verdict_note(&d.decision))
            .unwrap_or_default()
    );
    match verdict {
        Verdict::Free => {
            sim.step(at, INSPECTOR, State::InRepair, "1.4", note)?;
            repair_and_return(sim, rng)
        }
        Verdict::Ineligible => {
            sim.case.return_reason = Some(ReturnReason::Ineligible);
            sim.step(at, INSPECTOR, State::ToReturn, "1.2", note)?;
            hand_back(sim, rng)
        }
        Verdict::NeedsProof => {
            sim.case.asked_on = Some(at.date_naive());
            sim.step(
                at,
                INSPECTOR,
                State::AwaitingCustomer,
                "2.3",
                format!("{note} Proof asked for."),
            )?;
            if rng.random_bool(0.6) {
                let Some(at) = sim.later_in(rng, 1..14) else {
                    return Ok(());
                };
                let claim = sim.case.claim_date().unwrap_or(at.date_naive());
                sim.case.proof.channel = PurchaseChannel::Authorized;
                let bought = claim - Duration::days(rng.random_range(30..900));
                sim.case.proof.invoice = Some(Invoice {
                    date: Some(bought),
                    model: Some(sim.case.device.model.clone()),
                    serial: Some(sim.case.device.serial.clone()),
                    legible: true,
                    altered: false,
                });
                record_decision(&mut sim.case, policy, version, at);
                let verdict = sim
                    .case
                    .decision
                    .as_ref()
                    .map_or(Verdict::NeedsProof, |d| d.decision.verdict);
                let note = format!(
                    "Proof received. {}",
                    sim.case
                        .decision
                        .as_ref()
                        .map(|d| verdict_note(&d.decision))
                        .unwrap_or_default()
                );
                match verdict {
                    Verdict::Free => {
                        sim.case.asked_on = None;
                        sim.step(at, DESK, State::InRepair, "2.4", note)?;
                        repair_and_return(sim, rng)
                    }
                    Verdict::Paid => {
                        sim.step(at, DESK, State::AwaitingCustomer, "2.2", note)?;
                        quote_flow(sim, rng, currency)
                    }
                    _ => Ok(()),
                }
            } else {
                unanswered(sim, rng, ReturnReason::ProofNotGiven)
            }
        }
        Verdict::Paid => {
            sim.step(
                at,
                INSPECTOR,
                State::Received,
                "2.2",
                format!("{note} A quote must be sent and accepted before any work."),
            )?;
            quote_flow(sim, rng, currency)
        }
    }
}

/// 2.3: no answer within the answer days; the desk sends the device back a few days on.
pub(super) fn unanswered(sim: &mut Sim, rng: &mut StdRng, reason: ReturnReason) -> Result<()> {
    let Some(asked) = sim.case.asked_on else {
        return Ok(());
    };
    let due = lifecycle::answer_due(asked, DEFAULT_ANSWER_DAYS);
    let wait = (due - sim.at.date_naive()).num_days() + rng.random_range(1..8);
    let Some(at) = sim.later(rng, wait) else {
        return Ok(());
    };
    if !lifecycle::answer_overdue(asked, DEFAULT_ANSWER_DAYS, at.date_naive()) {
        return Ok(());
    }
    sim.case.return_reason = Some(reason);
    sim.step(
        at,
        DESK,
        State::ToReturn,
        "2.3",
        format!("No answer by {due}: the device goes back unrepaired."),
    )?;
    hand_back(sim, rng)
}

/// 2.2, 2.6: quote sent, then accepted and paid (or not), declined or unanswered.
pub(super) fn quote_flow(sim: &mut Sim, rng: &mut StdRng, currency: &Currency) -> Result<()> {
    let Some(at) = sim.later_in(rng, 0..3) else {
        return Ok(());
    };
    let quote = quote(rng, currency, sim.case.diagnosis.component.as_deref());
    let total = quote
        .total()
        .map_err(|err| StoreError::corrupt("a demo quote", err))?;
    sim.case.quote = Some(quote);
    sim.case.asked_on = Some(at.date_naive());
    sim.step(
        at,
        INSPECTOR,
        State::AwaitingCustomer,
        "2.2",
        format!("Quote sent: {total}."),
    )?;
    sim.document(DocumentKind::Quote, INSPECTOR);
    match rng.random_range(0..100) {
        0..55 => {
            let Some(at) = sim.later_in(rng, 1..12) else {
                return Ok(());
            };
            let notice = at.date_naive();
            sim.case.payment_notice_on = Some(notice);
            let due = lifecycle::payment_due(notice);
            sim.step(
                at,
                DESK,
                State::AwaitingPayment,
                "2.6",
                format!("Quote accepted. Payment due by {due} (2.6)."),
            )?;
            if rng.random_bool(0.8) {
                let Some(at) = sim.later_in(rng, 0..25) else {
                    return Ok(());
                };
                let method = pick(rng, &["card", "cash", "bank transfer"]).to_string();
                sim.case.payments.push(Payment {
                    amount: total.clone(),
                    paid_on: at.date_naive(),
                    method: method.clone(),
                });
                sim.step(
                    at,
                    DESK,
                    State::InRepair,
                    "2.6",
                    format!("Paid {total} ({method}): the repair can start."),
                )?;
                repair_and_return(sim, rng)
            } else {
                let wait = (due - notice).num_days() + rng.random_range(1..12);
                let Some(at) = sim.later(rng, wait) else {
                    return Ok(());
                };
                if !lifecycle::payment_overdue(notice, at.date_naive()) {
                    return Ok(());
                }
                sim.case.return_reason = Some(ReturnReason::PaymentOverdue);
                sim.step(
                    at,
                    DESK,
                    State::ToReturn,
                    "2.6",
                    format!("Payment not received by {due}: the device goes back unrepaired."),
                )?;
                hand_back(sim, rng)
            }
        }
        55..85 => {
            let Some(at) = sim.later_in(rng, 1..12) else {
                return Ok(());
            };
            sim.case.return_reason = Some(ReturnReason::QuoteDeclined);
            sim.step(
                at,
                DESK,
                State::ToReturn,
                "2.2",
                "Quote declined: the device goes back unrepaired.".into(),
            )?;
            hand_back(sim, rng)
        }
        _ => unanswered(sim, rng, ReturnReason::QuoteDeclined),
    }
}

/// 2.5: repaired (a whole-unit replacement gets a new serial), then handed back.
pub(super) fn repair_and_return(sim: &mut Sim, rng: &mut StdRng) -> Result<()> {
    let Some(at) = sim.later_in(rng, 1..10) else {
        return Ok(());
    };
    let note = if sim.case.diagnosis.method == Some(RepairMethod::UnitReplacement) {
        let replacement = serial(rng, &sim.case.device.model);
        let note = format!("Repaired: replaced by unit {replacement}.");
        sim.case.replacement_serial = Some(replacement);
        note
    } else {
        "Repaired.".to_string()
    };
    sim.case.return_reason = Some(ReturnReason::Repaired);
    sim.step(at, INSPECTOR, State::Ready, "2.5", note)?;
    hand_back(sim, rng)
}

/// Shipped back freight prepaid (2.1) or collected; the password note goes (3.2, 3.7).
pub(super) fn hand_back(sim: &mut Sim, rng: &mut StdRng) -> Result<()> {
    let Some(at) = sim.later_in(rng, 0..6) else {
        return Ok(());
    };
    let had_password = sim.case.handover.password_note.take().is_some();
    let (handback, mut note) = if sim.case.arrival == Arrival::WalkIn && !sim.case.unsolicited {
        (
            Handback::Collected {
                by: sim.case.customer.name.clone(),
                id_checked: true,
            },
            "Collected at the counter, ID checked.".to_string(),
        )
    } else {
        let carrier = pick(rng, CARRIERS).to_string();
        let tracking = format!("{}{}", &carrier[..1], digits(rng, 11));
        let note = format!(
            "Shipped back with {carrier}, tracking {tracking}, freight prepaid by the service center."
        );
        (Handback::Shipped { carrier, tracking }, note)
    };
    if had_password {
        note.push_str(" The password note was removed (3.2, 3.7).");
    }
    sim.case.handback = Some(handback);
    sim.step(at, DISPATCH, State::Returned, "2.1", note)?;
    if matches!(sim.case.handback, Some(Handback::Shipped { .. })) {
        sim.document(DocumentKind::Label, DISPATCH);
    }
    Ok(())
}

/// Simulates one case opened on `opened`.
#[allow(clippy::too_many_arguments)]
pub(super) fn simulate(
    rng: &mut StdRng,
    people: &mut People,
    policy: &Policy,
    version: i64,
    currency: &Currency,
    opened: NaiveDate,
    cutoff: DateTime<Utc>,
    number: CaseNumber,
) -> Result<Case> {
    let customer = people.customer(rng);
    let device = people.device(rng);
    let (fault, component) = *pick(rng, FAULTS);
    let roll = rng.random_range(0..1000);
    let arrival = if roll < 450 {
        Arrival::WalkIn
    } else {
        Arrival::MailIn
    };
    let keep_parts = rng.random_bool(0.3);
    // Built the way the desk builds a new case, so the demo's cases start alike.
    let new = NewCase {
        arrival,
        application_id: None,
        applied_on: None,
        received_on: None,
        customer,
        device,
        proof: Proof::default(),
        fault: fault.to_string(),
        component: component.map(str::to_string),
        handover: Handover::default(),
        keep_parts,
    };
    let mut case = Case::from_new(&new, number, State::Received);
    case.proof = proof(rng, &case.device, opened);
    let at = working_time(rng, opened);
    let mut sim = Sim {
        case,
        events: Vec::new(),
        at,
        cutoff,
    };

    // Parcels with no application: 3% accepted as unsolicited (4.3), 1% refused at the door.
    if (960..1000).contains(&roll) {
        let refused = roll >= 990;
        let check = ParcelCheck {
            application: ApplicationStatus::None,
            cash_on_delivery: refused && rng.random_bool(0.5),
            package_damaged: refused,
            soaked: false,
            packaging_adequate: rng.random_bool(0.9),
        };
        let decision = parcel::check(&check);
        let to = if decision.outcome.takes_in() {
            State::Received
        } else {
            State::Rejected
        };
        sim.case.received_on = Some(opened);
        sim.case.parcel = Some(ParcelRecord {
            received_on: opened,
            check,
            outcome: decision.outcome,
            serial_found: None,
        });
        sim.case.state = to;
        if to == State::Received {
            sim.case.unsolicited = true;
            sim.case.handover = handover(rng);
            record_decision(&mut sim.case, policy, version, at);
        }
        sim.opened(at, INSPECTOR, to, decision.clause, decision.text.clone());
        if to == State::Received {
            sim.document(DocumentKind::Receipt, INSPECTOR);
            after_receipt(
                &mut sim,
                rng,
                policy,
                version,
                currency,
                !check.packaging_adequate,
            )?;
        }
        return Ok(sim.case_with_events());
    }

    match arrival {
        Arrival::WalkIn => {
            sim.case.received_on = Some(opened);
            sim.case.handover = handover(rng);
            sim.case.state = State::Received;
            record_decision(&mut sim.case, policy, version, at);
            let note = format!(
                "Device received at the desk. {}",
                sim.case
                    .decision
                    .as_ref()
                    .map(|d| verdict_note(&d.decision))
                    .unwrap_or_default()
            );
            sim.opened(at, DESK, State::Received, "1.1", note);
            sim.document(DocumentKind::Receipt, DESK);
            after_receipt(&mut sim, rng, policy, version, currency, false)?;
        }
        Arrival::MailIn => {
            let application_id = format!("WEB-{}", &sim.case.number.as_str()[3..]);
            sim.case.application_id = Some(application_id.clone());
            sim.case.applied_on = Some(opened);
            sim.case.state = State::Applied;
            record_decision(&mut sim.case, policy, version, at);
            let note = format!(
                "Online application {application_id} accepted. {}",
                sim.case
                    .decision
                    .as_ref()
                    .map(|d| verdict_note(&d.decision))
                    .unwrap_or_default()
            );
            sim.opened(at, DESK, State::Applied, "1.1", note);
            sim.document(DocumentKind::Confirmation, DESK);
            let closes = lifecycle::application_closes(opened);
            match rng.random_range(0..100) {
                0..3 => {
                    if let Some(at) = sim.later_in(rng, 1..5) {
                        sim.step(
                            at,
                            DESK,
                            State::ResolvedRemotely,
                            "4.1",
                            "Resolved remotely: a software update fixed it.".into(),
                        )?;
                    }
                }
                3..15 => {
                    // No parcel: the desk expires the application a few days after it closes.
                    let wait = (closes - opened).num_days() + rng.random_range(1..8);
                    if let Some(at) = sim.later(rng, wait)
                        && lifecycle::application_expired(opened, at.date_naive())
                    {
                        sim.step(at, DESK, State::Expired, "4.2", format!("No parcel arrived by {closes}: the application expired; the customer must apply again."))?;
                    }
                }
                _ => {
                    let Some(at) = sim.later_in(rng, 1..12) else {
                        return Ok(sim.case_with_events());
                    };
                    let bad = rng.random_range(0..100);
                    let check = ParcelCheck {
                        application: ApplicationStatus::Open,
                        cash_on_delivery: bad < 2,
                        package_damaged: (2..4).contains(&bad),
                        soaked: bad == 4,
                        packaging_adequate: bad >= 10,
                    };
                    let decision = parcel::check(&check);
                    sim.case.parcel = Some(ParcelRecord {
                        received_on: at.date_naive(),
                        check,
                        outcome: decision.outcome,
                        serial_found: None,
                    });
                    if decision.outcome == ParcelOutcome::Accept {
                        sim.case.received_on = Some(at.date_naive());
                        sim.case.handover = handover(rng);
                        sim.step(
                            at,
                            INSPECTOR,
                            State::Received,
                            decision.clause,
                            decision.text.clone(),
                        )?;
                        sim.document(DocumentKind::Receipt, INSPECTOR);
                        after_receipt(
                            &mut sim,
                            rng,
                            policy,
                            version,
                            currency,
                            !check.packaging_adequate,
                        )?;
                    } else {
                        sim.step(
                            at,
                            INSPECTOR,
                            State::Rejected,
                            decision.clause,
                            decision.text.clone(),
                        )?;
                    }
                }
            }
        }
    }
    Ok(sim.case_with_events())
}

impl Sim {
    pub(super) fn case_with_events(self) -> Case {
        let mut case = self.case;
        case.events = self.events;
        case
    }
}
