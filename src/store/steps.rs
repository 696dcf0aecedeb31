//! The steps by name: what the screens, the command line and the tests call. Each is
//! [`Store::apply`] with its [`Step`], written once for every engine.

use chrono::{DateTime, NaiveDate, Utc};

use super::{Result, Store, StoreError};
use crate::domain::case::Handback;
use crate::domain::{
    Case, CaseNumber, Diagnosis, NewCase, ParcelArrival, Payment, Policy, Proof, Quote, State, Step,
};

impl Store {
    /// A parcel with no open application (docs/rules.md §5): see [`step::open_unsolicited`].
    /// `expired_application` names the application it came for, if one had expired; it
    /// must already be `expired`, or have lapsed by the day the parcel arrived.
    /// ([`Store::apply`] with [`Step::Unsolicited`] also expires it, in one transaction.)
    #[allow(clippy::too_many_arguments)]
    pub fn record_parcel_without_application(
        &mut self,
        new: &NewCase,
        parcel: &ParcelArrival,
        expired_application: Option<&CaseNumber>,
        policy: &Policy,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        if let Some(number) = expired_application {
            let old = self
                .case(number)?
                .ok_or_else(|| StoreError::NotFound(number.clone()))?;
            if old.state == State::Applied
                && !old.applied_on.is_some_and(|d| {
                    crate::domain::lifecycle::application_expired(d, parcel.received_on)
                })
            {
                return Err(StoreError::Refused {
                    number: number.clone(),
                    reason: "this application is still open: receive the parcel on it instead"
                        .into(),
                });
            }
        }
        let step = Step::Unsolicited {
            new: Box::new(new.clone()),
            parcel: parcel.clone(),
            expired: expired_application.cloned(),
        };
        self.apply(None, &step, policy, parcel.received_on, actor, now)
    }

    /// A step taken without a policy of its own (the steps that do not decide, and a
    /// parcel whose serial decides again under the policy now on file).
    fn apply_current(
        &mut self,
        number: &CaseNumber,
        step: Step,
        today: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        let policy = if step.decides() {
            self.policy()?.1
        } else {
            Policy::default()
        };
        self.apply(Some(number), &step, &policy, today, actor, now)
    }

    /// docs/rules.md §5: the parcel for an open application arrives (see
    /// `domain::step`). A parcel arriving after the application closed (4.2) is refused
    /// here: expire the application and use [`Store::record_parcel_without_application`].
    pub fn receive_parcel(
        &mut self,
        number: &CaseNumber,
        parcel: &ParcelArrival,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        self.apply_current(
            number,
            Step::Receive(parcel.clone()),
            parcel.received_on,
            actor,
            now,
        )
    }

    /// Diagnosis (docs/rules.md §4): the warranty is decided again with the cause found.
    #[allow(clippy::too_many_arguments)]
    pub fn diagnose(
        &mut self,
        number: &CaseNumber,
        diagnosis: &Diagnosis,
        policy: &Policy,
        today: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        let step = Step::Diagnose(diagnosis.clone());
        self.apply(Some(number), &step, policy, today, actor, now)
    }

    /// 2.2: the quote for a paid repair goes to the customer.
    pub fn send_quote(
        &mut self,
        number: &CaseNumber,
        quote: &Quote,
        today: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        self.apply_current(number, Step::SendQuote(quote.clone()), today, actor, now)
    }

    /// 2.3: asks the customer for proof (of a formal channel, or a valid invoice).
    pub fn ask_for_proof(
        &mut self,
        number: &CaseNumber,
        today: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        self.apply_current(number, Step::AskForProof, today, actor, now)
    }

    /// 2.3, 2.4: the customer brings proof; the warranty is decided again with it.
    #[allow(clippy::too_many_arguments)]
    pub fn proof_received(
        &mut self,
        number: &CaseNumber,
        proof: &Proof,
        policy: &Policy,
        today: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        let step = Step::ProofReceived(proof.clone());
        self.apply(Some(number), &step, policy, today, actor, now)
    }

    /// 2.2, 2.6: the customer accepts the quote; payment is due one month after the
    /// payment notice (`notice_on`, the day they are told the amount).
    pub fn accept_quote(
        &mut self,
        number: &CaseNumber,
        notice_on: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        self.apply_current(number, Step::AcceptQuote(notice_on), notice_on, actor, now)
    }

    /// 2.2: the customer declines the quote; the device goes back unrepaired.
    pub fn decline_quote(
        &mut self,
        number: &CaseNumber,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        self.apply_current(number, Step::DeclineQuote, now.date_naive(), actor, now)
    }

    /// 2.6: a payment for the quoted repair.
    pub fn record_payment(
        &mut self,
        number: &CaseNumber,
        payment: &Payment,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        let step = Step::Payment(payment.clone());
        self.apply_current(number, step, payment.paid_on, actor, now)
    }

    /// 2.5: the repair is finished.
    pub fn repair_done(
        &mut self,
        number: &CaseNumber,
        replacement_serial: Option<&str>,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        let step = Step::RepairDone(replacement_serial.map(str::to_string));
        self.apply_current(number, step, now.date_naive(), actor, now)
    }

    /// 4.2: no parcel within 15 days of the application: it expires.
    pub fn expire_application(
        &mut self,
        number: &CaseNumber,
        today: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        self.apply_current(number, Step::Expire, today, actor, now)
    }

    /// 2.6: payment not made within a month of the notice.
    pub fn return_overdue_payment(
        &mut self,
        number: &CaseNumber,
        today: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        self.apply_current(number, Step::ReturnOverdue, today, actor, now)
    }

    /// 2.3: the customer did not answer within the center's answer days.
    pub fn return_unanswered(
        &mut self,
        number: &CaseNumber,
        today: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        self.apply_current(number, Step::ReturnUnanswered, today, actor, now)
    }

    /// 4.1: the problem was solved remotely; the application closes.
    pub fn resolve_remotely(
        &mut self,
        number: &CaseNumber,
        note: &str,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        let step = Step::ResolveRemotely(note.to_string());
        self.apply_current(number, step, now.date_naive(), actor, now)
    }

    /// The device goes back: shipped freight prepaid by the center (2.1), or collected
    /// at the counter. The password note is removed now (3.2, 3.7).
    pub fn hand_back(
        &mut self,
        number: &CaseNumber,
        handback: &Handback,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        let step = Step::HandBack(handback.clone());
        self.apply_current(number, step, now.date_naive(), actor, now)
    }
}
