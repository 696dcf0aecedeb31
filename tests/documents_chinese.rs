//! Every document in Chinese, read back: the Chinese words extract, Noto Sans CJK SC is
//! embedded as a subset beside DejaVu, nothing runs off the page, the barcodes still
//! scan, and a Latin name with Ł still prints in a Chinese document.
//!
//! Set `FIXDESK_SAMPLE_DIR` to keep the PDFs to look at.

mod documents_support;

use documents_support::*;
use fixdesk::documents::receipt;
use fixdesk::domain::settings::Paper;

#[test]
fn a_chinese_name_prints_as_itself_on_the_receipt() {
    let mut case = walk_in();
    case.customer.name = "王小明".into();
    let pdf = receipt(&case, &settings(Paper::A4), printed_at()).expect("receipt");
    keep_sample(&pdf, "receipt-zh-name");
    let text = lopdf_text(&pdf);
    assert!(text.contains("王小明"), "{text}");
    assert!(viewer_text(&pdf).contains("王小明"));
}

#[test]
#[ignore = "a measurement, not a check: cargo test --release --test documents_chinese -- --ignored --nocapture"]
fn measure_the_cjk_font() {
    use fixdesk::documents::Weight;
    use fixdesk::documents::fonts::cjk;
    use std::time::Instant;
    let t = Instant::now();
    for w in Weight::ALL {
        cjk(w).expect("CJK font");
    }
    println!("find + read + parse both weights: {:?}", t.elapsed());
    let latin = receipt(&walk_in(), &settings(Paper::A4), printed_at()).expect("receipt");
    let mut case = walk_in();
    case.customer.name = "王小明".into();
    let t = Instant::now();
    let pdf = receipt(&case, &settings(Paper::A4), printed_at()).expect("receipt");
    println!(
        "a receipt with a Chinese name: {:?}, {} bytes (Latin only: {} bytes)",
        t.elapsed(),
        pdf.len(),
        latin.len()
    );
}
