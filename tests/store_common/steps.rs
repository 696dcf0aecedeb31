//! The steps by name, as the store tests, the screen tests and the document tests take
//! them: each builds its [`Step`] and hands it to `Store::apply`, the one entry point the
//! screens and `fixdesk step` use. (The store itself has no per-step methods: they only
//! repeated `apply`.)

use chrono::{DateTime, NaiveDate, Utc};
use fixdesk::domain::case::Handback;
use fixdesk::domain::{
    Case, CaseNumber, Diagnosis, NewCase, ParcelArrival, Payment, Policy, Proof, Quote, State, Step,
};
use fixdesk::store::{Store, StoreError};

type Result<T> = std::result::Result<T, StoreError>;

/// The steps by name on a store (the one implementation, below, is the store itself).
pub trait StepsByName {
    fn store(&mut self) -> &mut Store;

    /// A parcel with no open application (docs/rules.md §5): see `domain::step::open_unsolicited`.
    /// `expired_application` names the application it came for, if one had expired; it
    /// must already be `expired`, or have lapsed by the day the parcel arrived.
    /// (`Store::apply` with `Step::Unsolicited` also expires it, in one transaction.)
    #[allow(clippy::too_many_arguments)]
    fn record_parcel_without_application(
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
                .store()
                .case(number)?
                .ok_or_else(|| StoreError::NotFound(number.clone()))?;
            if old.state == State::Applied
                && !old.applied_on.is_some_and(|d| {
                    fixdesk::domain::lifecycle::application_expired(d, parcel.received_on)
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
        self.store()
            .apply(None, &step, policy, parcel.received_on, actor, now)
    }

    /// docs/rules.md §5: the parcel for an open application arrives (see
    /// `domain::step`). A parcel arriving after the application closed (4.2) is refused
    /// here: expire the application and use `record_parcel_without_application`.
    fn receive_parcel(
        &mut self,
        number: &CaseNumber,
        parcel: &ParcelArrival,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        apply_current(
            self.store(),
            number,
            Step::Receive(parcel.clone()),
            parcel.received_on,
            actor,
            now,
        )
    }

    /// Diagnosis (docs/rules.md §4): the warranty is decided again with the cause found.
    #[allow(clippy::too_many_arguments)]
    fn diagnose(
        &mut self,
        number: &CaseNumber,
        diagnosis: &Diagnosis,
        policy: &Policy,
        today: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        let step = Step::Diagnose(diagnosis.clone());
        self.store()
            .apply(Some(number), &step, policy, today, actor, now)
    }

    /// 2.2: the quote for a paid repair goes to the customer.
    fn send_quote(
        &mut self,
        number: &CaseNumber,
        quote: &Quote,
        today: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        apply_current(
            self.store(),
            number,
            Step::SendQuote(quote.clone()),
            today,
            actor,
            now,
        )
    }

    /// 2.3: asks the customer for proof (of a formal channel, or a valid invoice).
    fn ask_for_proof(
        &mut self,
        number: &CaseNumber,
        today: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        apply_current(self.store(), number, Step::AskForProof, today, actor, now)
    }

    /// 2.3, 2.4: the customer brings proof; the warranty is decided again with it.
    #[allow(clippy::too_many_arguments)]
    fn proof_received(
        &mut self,
        number: &CaseNumber,
        proof: &Proof,
        policy: &Policy,
        today: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        let step = Step::ProofReceived(proof.clone());
        self.store()
            .apply(Some(number), &step, policy, today, actor, now)
    }

    /// 2.2, 2.6: the customer accepts the quote; payment is due one month after the
    /// payment notice (`notice_on`, the day they are told the amount).
    fn accept_quote(
        &mut self,
        number: &CaseNumber,
        notice_on: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        apply_current(
            self.store(),
            number,
            Step::AcceptQuote(notice_on),
            notice_on,
            actor,
            now,
        )
    }

    /// 2.2: the customer declines the quote; the device goes back unrepaired.
    fn decline_quote(
        &mut self,
        number: &CaseNumber,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        apply_current(
            self.store(),
            number,
            Step::DeclineQuote,
            now.date_naive(),
            actor,
            now,
        )
    }

    /// 2.6: a payment for the quoted repair.
    fn record_payment(
        &mut self,
        number: &CaseNumber,
        payment: &Payment,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        let step = Step::Payment(payment.clone());
        apply_current(self.store(), number, step, payment.paid_on, actor, now)
    }

    /// 2.5: the repair is finished.
    fn repair_done(
        &mut self,
        number: &CaseNumber,
        replacement_serial: Option<&str>,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        let step = Step::RepairDone(replacement_serial.map(str::to_string));
        apply_current(self.store(), number, step, now.date_naive(), actor, now)
    }

    /// 4.2: no parcel within 15 days of the application: it expires.
    fn expire_application(
        &mut self,
        number: &CaseNumber,
        today: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        apply_current(self.store(), number, Step::Expire, today, actor, now)
    }

    /// 2.6: payment not made within a month of the notice.
    fn return_overdue_payment(
        &mut self,
        number: &CaseNumber,
        today: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        apply_current(self.store(), number, Step::ReturnOverdue, today, actor, now)
    }

    /// 2.3: the customer did not answer within the center's answer days.
    fn return_unanswered(
        &mut self,
        number: &CaseNumber,
        today: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        apply_current(
            self.store(),
            number,
            Step::ReturnUnanswered,
            today,
            actor,
            now,
        )
    }

    /// 4.1: the problem was solved remotely; the application closes.
    fn resolve_remotely(
        &mut self,
        number: &CaseNumber,
        note: &str,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        let step = Step::ResolveRemotely(note.to_string());
        apply_current(self.store(), number, step, now.date_naive(), actor, now)
    }

    /// The device goes back: shipped freight prepaid by the center (2.1), or collected
    /// at the counter. The password note is removed now (3.2, 3.7).
    fn hand_back(
        &mut self,
        number: &CaseNumber,
        handback: &Handback,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        let step = Step::HandBack(handback.clone());
        apply_current(self.store(), number, step, now.date_naive(), actor, now)
    }
}

impl StepsByName for Store {
    fn store(&mut self) -> &mut Store {
        self
    }
}

/// A step taken without a policy of its own (the steps that do not decide, and a
/// parcel whose serial decides again under the policy now on file).
fn apply_current(
    store: &mut Store,
    number: &CaseNumber,
    step: Step,
    today: NaiveDate,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Case> {
    let policy = if step.decides() {
        store.policy()?.1
    } else {
        Policy::default()
    };
    store.apply(Some(number), &step, &policy, today, actor, now)
}
