//! The warranty decision's reasons as codes (docs/rules.md §13): every reason `decide`
//! gives has a code, its English from the code is its stored text (with the dates as the
//! reader's language writes them), and its Chinese is Chinese.

use chrono::NaiveDate;
use fixdesk::domain::{Cause, Facts, Invoice, Language, Policy, PurchaseChannel, decide};

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a date")
}

fn facts() -> Facts {
    Facts {
        claim_date: day("2026-03-01"),
        model: "Aurora A5".into(),
        serial: "SN-1".into(),
        channel: PurchaseChannel::Authorized,
        invoice: Some(Invoice {
            date: Some(day("2025-06-01")),
            model: Some("Aurora A5".into()),
            serial: Some("SN-1".into()),
            legible: true,
            altered: false,
        }),
        shipment_date: Some(day("2025-05-01")),
        delivery_date: Some(day("2025-05-20")),
        component: None,
        cause: Cause::Unknown,
        contract_months: None,
    }
}

/// Every path through the decision: each kind of reason appears at least once.
fn cases() -> Vec<Facts> {
    let mut all = vec![facts()];
    let mut f = facts();
    f.invoice = None;
    all.push(f.clone());
    f.shipment_date = None;
    all.push(f);
    let mut f = facts();
    f.invoice = Some(Invoice {
        date: Some(day("2026-04-01")),
        model: Some("Vega".into()),
        serial: None,
        legible: false,
        altered: true,
    });
    all.push(f);
    let mut f = facts();
    f.delivery_date = None;
    f.contract_months = Some(36);
    f.cause = Cause::ManMade;
    all.push(f);
    let mut f = facts();
    f.claim_date = day("2028-03-01");
    all.push(f);
    let mut f = facts();
    f.channel = PurchaseChannel::Unauthorized;
    all.push(f);
    let mut f = facts();
    f.channel = PurchaseChannel::Unknown;
    f.model = "Unlisted 1".into();
    all.push(f);
    let mut f = facts();
    f.cause = Cause::Manufacturing;
    all.push(f);
    all
}

/// The stored English with each `YYYY-MM-DD` written as `language` writes dates.
fn with_dates(text: &str, language: Language) -> String {
    let mut out = String::new();
    let mut rest = text;
    while !rest.is_empty() {
        let date = rest
            .get(..10)
            .filter(|head| head.bytes().all(|b| b.is_ascii_digit() || b == b'-'))
            .and_then(|head| NaiveDate::parse_from_str(head, "%Y-%m-%d").ok());
        match date {
            Some(date) => {
                out.push_str(&language.words().date(date));
                rest = &rest[10..];
            }
            None => {
                let c = rest.chars().next().expect("a character");
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

#[test]
fn every_reason_has_a_code_and_reads_as_stored_in_english() {
    let policy = Policy::shipped();
    let mut codes = std::collections::BTreeSet::new();
    for facts in cases() {
        for reason in decide(&policy, &facts).reasons {
            assert!(!reason.code.is_empty(), "{reason:?}");
            codes.insert(reason.code.clone());
            let english = Language::English.words().reason(&reason);
            assert_eq!(
                english,
                with_dates(&reason.text, Language::English),
                "{reason:?}"
            );
            let chinese = Language::Chinese.words().reason(&reason);
            assert!(
                chinese
                    .chars()
                    .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{chinese}"
            );
            assert!(!chinese.contains(&reason.text), "{chinese}");
        }
    }
    assert!(codes.len() >= 17, "{codes:?}");
}

#[test]
fn an_invalid_invoice_lists_each_failure_in_the_readers_language() {
    let mut f = facts();
    f.invoice = Some(Invoice {
        date: None,
        model: Some("Vega".into()),
        serial: None,
        legible: true,
        altered: true,
    });
    let decision = decide(&Policy::shipped(), &f);
    let reason = decision
        .reasons
        .iter()
        .find(|r| r.code == "invoice-not-valid")
        .expect("the invoice's reason");
    assert_eq!(
        reason.args.get("failures").map(String::as_str),
        Some("no-date,model-differs,no-serial,altered")
    );
    assert_eq!(
        Language::Chinese.words().reason(reason),
        "发票无效，因为没有日期、其型号（Vega）与设备型号（Aurora A5）不符、未注明序列号、经过涂改。"
    );
    assert_eq!(Language::English.words().reason(reason), reason.text);
}
