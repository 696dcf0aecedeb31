//! Every document in Chinese, read back: the Chinese words extract (hayro and lopdf,
//! through the fonts' ToUnicode maps), Noto Sans CJK SC is embedded as a subset beside
//! DejaVu, nothing runs off the page or over other text, the barcodes still scan, and a
//! Latin name with Ł still prints in a Chinese document.
//!
//! Set `FIXDESK_SAMPLE_DIR` to keep the PDFs to look at.

mod documents_support;

use documents_support::march::busy_march;
use documents_support::*;
use fixdesk::documents::monthly_report::monthly_report_in;
use fixdesk::documents::{
    LabelForm, PrintOptions, Roll, confirmation, handover_receipt, label, payment_receipt, quote,
    receipt, receipt_on_roll, render, sticker,
};
use fixdesk::domain::Language;
use fixdesk::domain::case::{Case, DocumentKind};
use fixdesk::domain::settings::{Center, Paper};
use fixdesk::report::{Month, monthly_of_cases};

const PT: f32 = 72.0 / 25.4;

/// `case` for a customer who reads Chinese.
fn zh(mut case: Case) -> Case {
    case.customer.language = Language::Chinese;
    case
}

/// The names of the fonts the PDF embeds, with the size of each one's font program.
fn embedded_fonts(pdf: &[u8]) -> Vec<(String, usize)> {
    let doc = lopdf::Document::load_mem(pdf).expect("lopdf reads the PDF");
    let mut fonts = Vec::new();
    for object in doc.objects.values() {
        let Ok(dict) = object.as_dict() else { continue };
        if dict.get(b"Type").and_then(|t| t.as_name()).ok() != Some(b"FontDescriptor") {
            continue;
        }
        let name = dict
            .get(b"FontName")
            .and_then(|n| n.as_name())
            .map(|n| String::from_utf8_lossy(n).into_owned())
            .unwrap_or_default();
        let program = [b"FontFile2".as_slice(), b"FontFile3"]
            .iter()
            .find_map(|key| dict.get(key).ok())
            .and_then(|r| r.as_reference().ok())
            .and_then(|id| doc.get_object(id).ok())
            .and_then(|o| o.as_stream().ok())
            .map_or(0, |s| s.content.len());
        fonts.push((name, program));
    }
    fonts
}

/// Noto Sans CJK SC is embedded, as a subset (a six-letter tag, a small program), and
/// DejaVu beside it.
fn assert_cjk_subset_embedded(pdf: &[u8]) {
    let fonts = embedded_fonts(pdf);
    let cjk: Vec<_> = fonts
        .iter()
        .filter(|(name, _)| name.contains("+NotoSansCJKsc-"))
        .collect();
    assert!(!cjk.is_empty(), "no Noto Sans CJK SC in {fonts:?}");
    for (name, size) in &cjk {
        let tag = name.split('+').next().unwrap_or("");
        assert!(
            tag.len() == 6 && tag.chars().all(|c| c.is_ascii_uppercase()),
            "{name} is not named as a subset"
        );
        assert!(*size > 0, "{name} has no font program: not embedded");
        // The whole face is ~16 MB; a document's subset a few dozen KB.
        assert!(*size < 400_000, "{name} is {size} bytes: not a subset");
    }
    assert!(
        fonts.iter().any(|(name, _)| name.contains("+DejaVuSans")),
        "{fonts:?}"
    );
}

fn has_all(text: &str, expected: &[&str], what: &str) {
    for e in expected {
        assert!(text.contains(e), "{e:?} not in the {what}:\n{text}");
    }
}

#[test]
fn a_chinese_receipt_reads_in_chinese_and_王小明_prints_as_himself() {
    if !chinese_font() {
        return;
    }
    let mut case = zh(walk_in());
    case.customer.name = "王小明".into();
    let pdf = receipt(&case, &settings(Paper::A4), printed_at()).expect("receipt");
    keep_sample(&pdf, "receipt-zh");
    assert_size(&pdf, 1, A4.0, A4.1);
    let text = viewer_text(&pdf);
    has_all(
        &text,
        &[
            "王小明",
            "收件回执",
            "维修单号",
            "客户与设备",
            "免费保修",
            "初步判定",
            "保修判定",
            "客户确认",
            "签名及日期",
            "2026年3月2日",
            "SC-2026-000123",
            "SN-4471-0093-AX",
        ],
        "receipt",
    );
    assert!(lopdf_text(&pdf).contains("王小明"));
    // No replacement marks, no question marks where Chinese was.
    assert!(
        !text.contains('\u{FFFD}') && !text.contains("???"),
        "{text}"
    );
    assert_cjk_subset_embedded(&pdf);
    assert_words_inside_and_apart(&words(&pdf), SIDE, TOP, A4.0 - SIDE, A4.1);
    let decoded = scan(&pdf, 1, 300);
    assert!(decoded.contains("CODE-128:SC-2026-000123"), "{decoded:?}");
    assert!(decoded.contains("QR-Code:SC-2026-000123"), "{decoded:?}");
}

#[test]
fn a_latin_name_with_ł_still_prints_in_a_chinese_document() {
    if !chinese_font() {
        return;
    }
    let case = zh(walk_in());
    assert_eq!(case.customer.name, "Zoë Łukasiewicz-Müller");
    let pdf = receipt(&case, &settings(Paper::A4), printed_at()).expect("receipt");
    let text = viewer_text(&pdf);
    has_all(
        &text,
        &[
            "Zoë Łukasiewicz-Müller",
            "收件回执",
            "客户：Zoë Łukasiewicz-Müller",
        ],
        "receipt",
    );
}

#[test]
fn the_same_case_prints_in_english_when_asked() {
    if !chinese_font() {
        return;
    }
    let case = zh(walk_in());
    let options = PrintOptions {
        language: Some(Language::English),
        ..PrintOptions::default()
    };
    let pdf = render(
        DocumentKind::Receipt,
        &case,
        &settings(Paper::A4),
        &options,
        printed_at(),
    )
    .expect("receipt");
    let text = viewer_text(&pdf);
    has_all(&text, &["Intake receipt", "FREE REPAIR"], "receipt");
    assert!(!text.contains("收件回执"));
    assert!(
        !embedded_fonts(&pdf)
            .iter()
            .any(|(name, _)| name.contains("CJK")),
        "an English receipt of a Latin name needs no Chinese font"
    );
}

#[test]
fn chinese_receipts_on_rolls_stay_inside_the_printed_width_and_scan() {
    if !chinese_font() {
        return;
    }
    for (roll, side, right) in [(Roll::Mm80, 4.0, 76.0), (Roll::Mm58, 5.0, 53.0)] {
        let mut case = zh(mail_in());
        case.customer.name = "王小明".into();
        let pdf = receipt_on_roll(&case, &settings(Paper::A4), roll, printed_at()).expect("roll");
        keep_sample(&pdf, &format!("receipt-zh-{}", roll.width()));
        let text = viewer_text(&pdf);
        has_all(
            &text,
            &["收件回执", "维修单号", "王小明", "客户确认"],
            "roll receipt",
        );
        assert_cjk_subset_embedded(&pdf);
        let (_, height) = page_sizes(&pdf)[0];
        assert_words_inside_and_apart(&words(&pdf), side * PT, 0.0, right * PT, height);
        assert_eq!(scan(&pdf, 1, 203), "CODE-128:SC-2026-000124");
    }
}

#[test]
fn a_chinese_confirmation_says_where_and_by_when() {
    if !chinese_font() {
        return;
    }
    let pdf =
        confirmation(&zh(mail_in()), &settings(Paper::A4), printed_at()).expect("confirmation");
    keep_sample(&pdf, "confirmation-zh");
    let text = viewer_text(&pdf);
    has_all(
        &text,
        &["申请确认单", "您的维修单号", "包裹寄往", "寄出之前", "到付"],
        "confirmation",
    );
    assert_cjk_subset_embedded(&pdf);
    assert_words_inside_and_apart(&words(&pdf), SIDE, TOP, A4.0 - SIDE, A4.1);
    assert!(scan(&pdf, 1, 300).contains("CODE-128:SC-2026-000124"));
}

#[test]
fn a_chinese_label_is_legible_at_203_dpi_and_scans() {
    if !chinese_font() {
        return;
    }
    let mut case = zh(walk_in());
    case.customer.name = "王小明".into();
    case.customer.address = "上海市浦东新区世纪大道100号\n环球金融中心 25楼".into();
    for form in [LabelForm::FourBySix, LabelForm::Sheet(Paper::A4)] {
        let pdf = label(
            &case,
            &settings(Paper::A4),
            form,
            Some("SF1234567890"),
            printed_at(),
        )
        .expect("label");
        keep_sample(&pdf, &format!("label-zh-{form:?}"));
        let text = viewer_text(&pdf);
        has_all(
            &text,
            &[
                "寄件人",
                "收件人",
                "王小明",
                "上海市浦东新区世纪大道100号",
                "运费由服务中心预付",
                "包裹内容",
                "运单号 SF1234567890",
            ],
            "label",
        );
        assert_cjk_subset_embedded(&pdf);
        let (w, h) = page_sizes(&pdf)[0];
        let margin = if form == LabelForm::FourBySix {
            4.0 * PT
        } else {
            0.0
        };
        assert_words_inside_and_apart(&words(&pdf), margin, margin, w - margin, h - margin);
        assert!(scan(&pdf, 1, 203).contains("CODE-128:SC-2026-000123"));
    }
    // Every Chinese word on the 4×6 label is 9 pt at least, the label's own and the
    // desk's, on a Chinese label and on an English one with a Chinese address. (A
    // word's box is DejaVu's 1.164 em tall.)
    let mut english = case.clone();
    english.customer.language = Language::English;
    for case in [&case, &english] {
        let pdf = label(
            case,
            &settings(Paper::A4),
            LabelForm::FourBySix,
            None,
            printed_at(),
        )
        .expect("label");
        let chinese: Vec<_> = words(&pdf)
            .into_iter()
            .filter(|w| {
                w.text
                    .chars()
                    .any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
            })
            .collect();
        assert!(chinese.len() >= 2, "{chinese:?}");
        let small: Vec<_> = chinese
            .iter()
            .filter(|w| w.y_max - w.y_min < 9.0 * 1.15)
            .collect();
        assert!(small.is_empty(), "Chinese below 9 pt: {small:?}");
    }
}

/// The paid repair of the support module, for 王小明, the first part paid by card in
/// Chinese words.
fn paid_and_repaired_zh() -> Case {
    let mut case = zh(paid_and_repaired());
    case.customer.name = "王小明".into();
    case.payments[0].method = "银行卡".into();
    case
}

#[test]
fn a_chinese_quote_payment_receipt_and_handover_receipt() {
    if !chinese_font() {
        return;
    }
    let sheet = settings(Paper::A4);
    let case = paid_and_repaired_zh();
    let quote_pdf = quote(&case, &sheet, printed_at()).expect("quote");
    keep_sample(&quote_pdf, "quote-zh");
    has_all(
        &viewer_text(&quote_pdf),
        &[
            "报价单",
            "检测结果",
            "部件与工时",
            "应付总额",
            "228.50 EUR",
            "本报价单条款",
        ],
        "quote",
    );
    let payment_pdf = payment_receipt(&case, &sheet, printed_at()).expect("payment receipt");
    keep_sample(&payment_pdf, "payment-receipt-zh");
    has_all(
        &viewer_text(&payment_pdf),
        &[
            "付款收据",
            "收款金额",
            "128.50 EUR",
            "已全部付清",
            "后续事项",
        ],
        "payment receipt",
    );
    let handover_pdf =
        handover_receipt(&case, &sheet, "王小明", true, printed_at()).expect("handover");
    keep_sample(&handover_pdf, "handover-zh");
    has_all(
        &viewer_text(&handover_pdf),
        &[
            "交付回执",
            "处理结果",
            "取件人：王小明",
            "是，已核验身份证件",
            "收款合计",
        ],
        "handover receipt",
    );
    for pdf in [&quote_pdf, &payment_pdf, &handover_pdf] {
        assert_cjk_subset_embedded(pdf);
        for (page, (w, h)) in page_sizes(pdf).into_iter().enumerate() {
            let on_page: Vec<_> = words(pdf)
                .into_iter()
                .filter(|w| w.page == page + 1)
                .collect();
            assert_words_inside_and_apart(&on_page, SIDE, 0.0, w - SIDE, h);
        }
        assert!(scan(pdf, 1, 300).contains("CODE-128:SC-2026-000131"));
    }
}

#[test]
fn a_chinese_sticker_fits_and_scans() {
    if !chinese_font() {
        return;
    }
    let mut case = zh(walk_in());
    case.customer.name = "王小明".into();
    let pdf = sticker(&case, &settings(Paper::A4), printed_at()).expect("sticker");
    keep_sample(&pdf, "sticker-zh");
    let text = viewer_text(&pdf);
    has_all(&text, &["王小明", "收件 2026年3月2日"], "sticker");
    assert_cjk_subset_embedded(&pdf);
    assert_words_inside_and_apart(&words(&pdf), 2.0 * PT, 2.0 * PT, 55.0 * PT, 30.0 * PT);
    assert_eq!(scan(&pdf, 1, 203), "CODE-128:SC-2026-000123");
}

fn center() -> Center {
    Center {
        name: "北方设备维修中心".into(),
        address: "上海市浦东新区世纪大道100号".into(),
        phone: "+86 21 5555 0100".into(),
        email: "service@example.cn".into(),
        ..Center::default()
    }
}

#[test]
fn the_monthly_report_in_chinese() {
    if !chinese_font() {
        return;
    }
    let march = Month::new(2026, 3).expect("March");
    let figures = monthly_of_cases(&busy_march(), march, d("2026-04-02"));
    let pdf = monthly_report_in(&figures, &center(), Paper::A4, Language::Chinese.words())
        .expect("report");
    keep_sample(&pdf, "monthly-report-zh");
    let text = viewer_text(&pdf);
    has_all(
        &text,
        &[
            "月度报告",
            "2026年3月",
            "北方设备维修中心",
            "受理的维修单",
            "每日受理的维修单",
            "判定结果构成",
            "按渠道统计受理的维修单",
            "最常见的型号",
            "第 1 页",
            "2026年4月2日",
        ],
        "report",
    );
    assert!(!text.contains("Monthly report"), "{text}");
    assert_cjk_subset_embedded(&pdf);
    let pages = page_sizes(&pdf);
    let all = words(&pdf);
    for (page, (w, h)) in pages.into_iter().enumerate() {
        let on_page: Vec<_> = all.iter().filter(|x| x.page == page + 1).cloned().collect();
        assert_words_inside_and_apart(&on_page, 16.0 * PT, 0.0, w - 16.0 * PT, h);
    }
}
