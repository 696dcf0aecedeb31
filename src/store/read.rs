//! Reading cases: one case, the lists the screens show, the report's cases, the due
//! list and the search.

use super::*;

impl Store {
    /// One case, whole (events, payments, documents, photos), or `None`.
    pub fn case(&self, number: &CaseNumber) -> Result<Option<Case>> {
        engine!(self, s => s.case(number))
    }

    /// Cases waiting to go back, oldest first, with why each goes back.
    pub fn dispatch_queue(&self, limit: usize) -> Result<Vec<(CaseSummary, Option<ReturnReason>)>> {
        engine!(self, s => s.dispatch_queue(limit))
    }

    /// Cases in one state, the longest waiting first.
    pub fn cases_in_state(&self, state: State, limit: usize) -> Result<Vec<CaseSummary>> {
        engine!(self, s => s.cases_in_state(state, limit))
    }

    /// Every case of a device, by its serial (repeat repairs, 2.4).
    pub fn serial_history(&self, serial: &str) -> Result<Vec<Case>> {
        engine!(self, s => s.serial_history(serial))
    }

    /// The cases the monthly report counts for `from..=to`, read whole (the report itself
    /// reads only their outlines: [`Self::outlines_for_report`]).
    pub fn cases_for_report(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<Case>> {
        self.may(Action::Reports)?;
        engine!(self, s => s.cases_for_report(from, to))
    }

    /// What the monthly report needs of the same cases as [`Self::cases_for_report`]
    /// (for `report::monthly`): far less to read than whole cases, and nothing of the
    /// customers' (3.7).
    pub fn outlines_for_report(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<CaseOutline>> {
        engine!(self, s => s.outlines_for_report(from, to))
    }

    /// The last case number handed out in `year`.
    pub fn last_case_number(&self, year: i32) -> Result<Option<CaseNumber>> {
        engine!(self, s => s.last_case_number(year))
    }

    /// The counts per state.
    pub fn state_counts(&self) -> Result<Vec<(State, u64)>> {
        engine!(self, s => s.state_counts())
    }

    /// Due items on `today`, with `answer_days` for the customer's answer (2.3).
    pub fn due(&self, today: NaiveDate, answer_days: u32) -> Result<DueItems> {
        let bounds = queries::DueBounds::on(today, answer_days);
        let list = |state, column, after, up_to| engine!(self, s => s.due_list(state, column, after, up_to, answer_days));
        Ok(DueItems {
            parcels_expected: list(
                State::Applied,
                "applied_on",
                Some(bounds.expired_up_to),
                None,
            )?,
            applications_closing_today: list(
                State::Applied,
                "applied_on",
                Some(bounds.expired_up_to),
                Some(bounds.closing_up_to),
            )?,
            applications_past_due: list(
                State::Applied,
                "applied_on",
                None,
                Some(bounds.expired_up_to),
            )?,
            payments_past_due: list(
                State::AwaitingPayment,
                "payment_notice_on",
                None,
                Some(bounds.payment_up_to),
            )?,
            answers_past_due: list(
                State::AwaitingCustomer,
                "asked_on",
                None,
                Some(bounds.answer_up_to),
            )?,
            by_state: self.state_counts()?,
        })
    }

    /// Cases matching what the clerk typed (number, serial, phone, e-mail, name words),
    /// the most recently active first.
    pub fn search(&self, text: &str, limit: usize) -> Result<Vec<CaseSummary>> {
        engine!(self, s => s.search(text, limit))
    }
}
