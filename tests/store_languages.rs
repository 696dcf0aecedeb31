//! Languages in the store (docs/rules.md §13): the customer's language kept on the case,
//! the import's `language` column, Chinese names found by their characters, and reasons
//! and notes stored as codes, shown in the reader's language, old records as stored, and
//! every event format verified.

mod store_common;

use fixdesk::domain::{CaseEvent, Cause, Language, Reason, RepairMethod, State, Step};
use fixdesk::store::personal::CustomerQuery;
use fixdesk::store::{ImportError, Store, parse_import};
use store_common::*;

const HEADER: &str = "application_id,applied_on,name,phone,email,address,return_address,model,serial,purchase_channel,invoice_date,fault,keep_parts";

fn center_language(store: &mut Store, language: Language) {
    let mut settings = store.settings().expect("settings");
    settings.language = language;
    store.save_settings(&settings).expect("save settings");
}

fn names_found(store: &Store, text: &str) -> Vec<String> {
    store
        .search(text, 20)
        .expect("search")
        .into_iter()
        .map(|s| s.customer_name)
        .collect()
}

on_both_engines! {
    fn the_customers_language_is_kept_and_read_back(store) {
        let mut new = walk_in("王小明", "SN-ZH-1", "2026-03-02");
        new.customer.language = Language::Chinese;
        let zh = open_case(&mut store, &new, &policy(), "2026-03-02");
        let en = open_case(&mut store, &walk_in("Ann Lee", "SN-EN-1", "2026-03-02"), &policy(), "2026-03-02");
        let read = |store: &Store, number| store.case(number).expect("read").expect("case");
        assert_eq!(read(&store, &zh).customer.language, Language::Chinese);
        assert_eq!(read(&store, &en).customer.language, Language::English);
        // A step rewrites the row: the language stays.
        store
            .apply(Some(&zh), &Step::Diagnose(found(Cause::Manufacturing, "screen", RepairMethod::PartReplacement)), &policy(), day("2026-03-03"), "ana", at("2026-03-03"))
            .expect("diagnose");
        assert_eq!(read(&store, &zh).customer.language, Language::Chinese);
    }

    fn import_takes_the_language_column_or_the_centers(store) {
        center_language(&mut store, Language::Chinese);
        let file = format!(
            "{HEADER},language\n\
             L1,2026-03-01,王小明,+86 10 5555 0001,,北京,,Aurora A5,AA5-L1,authorized,2025-06-01,不开机,no,\n\
             L2,2026-03-01,Ann Lee,+44 20 7946 0002,,London,,Aurora A5,AA5-L2,authorized,2025-06-01,No power,no,en\n\
             L3,2026-03-01,李雷,+86 10 5555 0003,,上海,,Aurora A5,AA5-L3,authorized,2025-06-01,屏幕坏,no,zh-CN\n"
        );
        let rows = parse_import(&file).expect("a good file");
        let report = store
            .import(&rows, &policy(), "ana", at("2026-03-02"), &mut |_| {})
            .expect("import");
        let languages: Vec<Language> = report
            .created
            .iter()
            .map(|n| store.case(n).expect("read").expect("case").customer.language)
            .collect();
        assert_eq!(
            languages,
            [Language::Chinese, Language::English, Language::Chinese],
            "empty: the center's; given: as given"
        );
    }

    fn a_chinese_name_is_found_by_any_two_characters_and_by_its_surname(store) {
        for (name, serial) in [("王小明", "SN-W1"), ("李小明", "SN-L1"), ("王芳", "SN-W2"), ("Ann Lee", "SN-A1"), ("Anna Lewis", "SN-A2")] {
            open_case(&mut store, &walk_in(name, serial, "2026-03-02"), &policy(), "2026-03-02");
        }
        let check = |store: &Store| {
            let by = |text: &str| {
                let mut names = names_found(store, text);
                names.sort();
                names
            };
            assert_eq!(by("小明"), ["李小明", "王小明"]);
            assert_eq!(by("王小明"), ["王小明"]);
            assert_eq!(by("王小"), ["王小明"]);
            assert_eq!(by("王"), ["王小明", "王芳"], "one character: the surname");
            assert_eq!(by("明"), Vec::<String>::new(), "one character is not any character");
            assert_eq!(by("小明 李"), ["李小明"], "every typed word must match");
            // Latin names as before.
            assert_eq!(by("ann"), ["Ann Lee", "Anna Lewis"]);
            assert_eq!(by("le"), ["Ann Lee", "Anna Lewis"]);
            assert_eq!(by("lee ann"), ["Ann Lee"]);
        };
        check(&store);
        // After SQLite's fold the keys are read from the index instead of the rows.
        store.fold_recent().expect("fold");
        check(&store);
    }

    fn reasons_and_notes_show_in_each_language_and_old_ones_as_stored(store) {
        let number = open_case(&mut store, &walk_in("王小明", "SN-ZH-2", "2026-03-02"), &policy(), "2026-03-02");
        // An old-form event: the personal-data export's note has no code.
        store
            .export_personal_data(&CustomerQuery::Name("王小明".into()), "ana", at("2026-03-03"))
            .expect("export");
        store
            .apply(Some(&number), &Step::Diagnose(found(Cause::Manufacturing, "screen", RepairMethod::PartReplacement)), &policy(), day("2026-03-03"), "ana", at("2026-03-03"))
            .expect("diagnose");
        let case = store.case(&number).expect("read").expect("case");
        let (en, zh) = (Language::English.words(), Language::Chinese.words());

        let opened = &case.events[0];
        assert_eq!(opened.code, "received-at-desk warranty");
        assert_eq!(
            opened.note,
            "Device received at the desk. Warranty: Free repair (provisional until inspection)."
        );
        assert_eq!(en.event_note(opened), opened.note, "English from the code reads as stored");
        assert_eq!(zh.event_note(opened), "设备已在前台收件。保修结论：免费保修（待检测确认）。");

        let exported = &case.events[1];
        assert!(exported.code.is_empty(), "{exported:?}");
        assert_eq!(zh.event_note(exported), exported.note, "an old-form note shows as stored");
        assert_eq!(en.event_note(exported), exported.note);

        let diagnosed = &case.events[2];
        assert_eq!(diagnosed.args.get("cause").map(String::as_str), Some("manufacturing"));
        assert_eq!(en.event_note(diagnosed), diagnosed.note);
        assert_eq!(zh.event_note(diagnosed), "检测结果：材料或制造缺陷，screen。保修结论：免费保修。");

        let reasons = &case.decision.as_ref().expect("decided").decision.reasons;
        assert!(reasons.iter().all(|r| !r.code.is_empty()), "{reasons:#?}");
        let shown_zh: Vec<String> = reasons.iter().map(|r| zh.reason(r)).collect();
        assert!(shown_zh.iter().any(|t| t.contains("免费保修")), "{shown_zh:#?}");
        assert!(shown_zh.iter().all(|t| !t.is_empty() && !t.contains("Free repair")), "{shown_zh:#?}");
        // Every reason without a date reads in English exactly as stored.
        for reason in reasons.iter().filter(|r| !r.args.keys().any(|k| k.ends_with("date"))) {
            assert_eq!(en.reason(reason), reason.text);
        }
        assert!(store.verify().expect("verify").is_ok());
    }

    fn parcel_notes_are_coded_and_read_in_english_exactly_as_stored(store) {
        let applied = store
            .create_case(&mail_in("APP-ZH-1", "王小明", "SN-APPLIED", "2026-03-01"), &policy(), "ana", at("2026-03-01"))
            .expect("mail-in");
        let mut parcel = parcel_with("2026-03-05", Default::default());
        parcel.serial_found = Some("SN-IN-BOX".into());
        parcel.packaging_adequate = false;
        let received = store
            .apply(Some(&applied.number), &Step::Receive(parcel), &policy(), day("2026-03-05"), "ana", at("2026-03-05"))
            .expect("receive");
        let event = received.events.last().expect("the receipt");
        assert!(
            event.code.starts_with("parcel-accept packaging-inadequate serial-changed warranty-"),
            "{}",
            event.code
        );
        let (en, zh) = (Language::English.words(), Language::Chinese.words());
        assert_eq!(en.event_note(event), event.note, "no dates: English is the stored text");
        let chinese = zh.event_note(event);
        assert!(chinese.starts_with("接收包裹：属于有效的维修申请。包装不当"), "{chinese}");
        assert!(chinese.contains("SN-IN-BOX") && chinese.contains("SN-APPLIED"), "{chinese}");

        let unsolicited = store
            .apply(
                None,
                &Step::Unsolicited {
                    new: Box::new(walk_in("李雷", "SN-U1", "2026-03-05")),
                    parcel: parcel_with("2026-03-05", Default::default()),
                    expired: None,
                },
                &policy(),
                day("2026-03-05"),
                "ana",
                at("2026-03-05"),
            )
            .expect("unsolicited");
        let opened = &unsolicited.events[0];
        assert!(opened.code.starts_with("parcel-unsolicited"), "{}", opened.code);
        assert_eq!(en.event_note(opened), opened.note);
        assert!(zh.event_note(opened).starts_with("作为无申请包裹接收"));
        assert!(store.verify().expect("verify").is_ok());
    }

    fn a_paid_repairs_whole_history_reads_in_both_languages(store) {
        use fixdesk::domain::case::Handback;
        use fixdesk::domain::Payment;
        let mut new = walk_in("王小明", "SN-LIFE", "2026-03-02");
        new.handover.password_note = Some("2580".into());
        let number = open_case(&mut store, &new, &policy(), "2026-03-02");
        let steps = [
            ("2026-03-03", Step::Diagnose(found(Cause::ManMade, "screen", RepairMethod::PartReplacement))),
            ("2026-03-03", Step::SendQuote(quote_of(("Screen", 4_550), ("Fitting", 3_000)))),
            ("2026-03-04", Step::AcceptQuote(day("2026-03-04"))),
            ("2026-03-05", Step::Payment(Payment { amount: eur(5_000), paid_on: day("2026-03-05"), method: "cash".into() })),
            ("2026-03-06", Step::Payment(Payment { amount: eur(2_550), paid_on: day("2026-03-06"), method: "card".into() })),
            ("2026-03-07", Step::RepairDone(None)),
            ("2026-03-08", Step::HandBack(Handback::Collected { by: "王小明".into(), id_checked: true })),
        ];
        for (on, step) in steps {
            store.apply(Some(&number), &step, &policy(), day(on), "ana", at(on)).expect("step");
        }
        let case = store.case(&number).expect("read").expect("case");
        assert_eq!(case.state, State::Returned);
        let (en, zh) = (Language::English.words(), Language::Chinese.words());
        for event in &case.events {
            assert!(!event.code.is_empty(), "{event:?}");
            let english = en.event_note(event);
            // The stored English, with its dates as the reader's language writes them.
            let mut expected = event.note.clone();
            for (name, value) in &event.args {
                if name.ends_with("date") {
                    let date = day(value);
                    expected = expected.replace(value.as_str(), &en.date(date));
                }
            }
            assert_eq!(english, expected, "{event:?}");
            let chinese = zh.event_note(event);
            assert!(chinese.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{chinese}");
            assert!(!chinese.contains("the "), "no English left: {chinese}");
        }
        let last = zh.event_note(case.events.last().expect("handed back"));
        assert_eq!(last, "已在柜台取回，已核验身份证件。密码记录已删除（3.2、3.7）。");
        let paid = zh.event_note(&case.events[4]);
        assert_eq!(paid, "已部分付款 50.00 EUR（cash）；尚欠 25.50 EUR。");
    }

    fn check_verifies_every_event_format_in_one_chain(store) {
        // v3 without a desk: the case opened (coded).
        let number = open_case(&mut store, &walk_in("Ann Lee", "SN-V-1", "2026-03-02"), &policy(), "2026-03-02");
        // v1: no desk, no code.
        store
            .export_personal_data(&CustomerQuery::Name("Ann Lee".into()), "ana", at("2026-03-03"))
            .expect("export");
        store.set_desk("FRONT-1");
        // v2: a desk, no code.
        store
            .export_personal_data(&CustomerQuery::Name("Ann Lee".into()), "ana", at("2026-03-03"))
            .expect("export");
        // v3 with a desk.
        let case = store
            .apply(Some(&number), &Step::Diagnose(found(Cause::ManMade, "screen", RepairMethod::PartReplacement)), &policy(), day("2026-03-03"), "ana", at("2026-03-03"))
            .expect("diagnose");
        let kinds: Vec<(bool, bool)> = case
            .events
            .iter()
            .map(|e: &CaseEvent| (e.desk.is_empty(), e.code.is_empty()))
            .collect();
        assert_eq!(kinds, [(true, false), (true, true), (false, true), (false, false)]);
        assert_eq!(case.state, State::Received);
        let report = store.verify().expect("verify");
        assert!(report.is_ok(), "{:?}", report.problems);
        assert_eq!(report.events, 4);
    }
}

#[test]
fn a_bad_language_in_the_import_is_a_row_error_naming_the_column() {
    let file = format!(
        "{HEADER},language\n\
         L1,2026-03-01,Ann Lee,+44 20 7946 0002,,London,,Aurora A5,AA5-L1,authorized,2025-06-01,No power,no,de\n"
    );
    let Err(ImportError::Rows(problems)) = parse_import(&file) else {
        panic!("a bad language is refused");
    };
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        ["line 2: language: 'de' is not a language fixdesk speaks (write en or zh)"]
    );
    // A file without the column imports as before.
    let old = format!(
        "{HEADER}\nL1,2026-03-01,Ann Lee,+44 20 7946 0002,,London,,Aurora A5,AA5-L1,authorized,2025-06-01,No power,no\n"
    );
    let rows = parse_import(&old).expect("a file without the column");
    assert_eq!(rows[0].language, None);
}

/// A decision stored before codes (its reasons without `code`) reads, and shows its
/// English text in every language; `fixdesk warranty`'s JSON keeps `text` and gains
/// `code`.
#[test]
fn a_reason_stored_before_codes_shows_as_stored() {
    let old: Reason =
        serde_json::from_str(r#"{"clause":"2.4","text":"No invoice was presented."}"#)
            .expect("an old reason reads");
    assert!(old.code.is_empty() && old.args.is_empty());
    for language in Language::ALL {
        assert_eq!(language.words().reason(&old), "No invoice was presented.");
    }
    let unknown = Reason {
        code: "from-a-newer-fixdesk".into(),
        ..old.clone()
    };
    assert_eq!(
        Language::Chinese.words().reason(&unknown),
        "No invoice was presented."
    );
    let json = serde_json::to_value(&old).expect("json");
    assert_eq!(json["text"], "No invoice was presented.");
    assert_eq!(json["code"], "");
}

/// A demo folder (its events have no codes, as every event before codes) in which two
/// customers are renamed to Chinese names keyed as fixdesk keyed them before (each word
/// whole); their case numbers.
fn old_folder() -> (tempfile::TempDir, Store, Vec<fixdesk::domain::CaseNumber>) {
    let (dir, store, _) = demo_folder(6, 7, "2026-03-02");
    assert!(store.verify().expect("verify").is_ok());
    drop(store);
    let numbers = {
        let conn =
            rusqlite::Connection::open(dir.path().join(fixdesk::store::DB_FILE)).expect("open");
        let mut numbers = Vec::new();
        for (id, name) in [(1_i64, "王小明"), (2, "李小明")] {
            conn.execute(
                "UPDATE cases SET customer_name = ?2 WHERE id = ?1",
                rusqlite::params![id, name],
            )
            .expect("rename");
            conn.execute(
                "INSERT OR IGNORE INTO search_keys (key, case_id) VALUES (?1, ?2)",
                rusqlite::params![format!("n{name}"), id],
            )
            .expect("the old key");
            let number: String = conn
                .query_row("SELECT number FROM cases WHERE id = ?1", [id], |row| {
                    row.get(0)
                })
                .expect("number");
            numbers.push(fixdesk::domain::CaseNumber::parse(&number).expect("a number"));
        }
        numbers
    };
    let store = Store::open(dir.path()).expect("reopen");
    (dir, store, numbers)
}

/// Names saved before names were keyed by script: a folder at schema 11 (its Chinese
/// names keyed whole, the columns of languages not there yet) is migrated, and the names
/// are found by their parts; its events, all from before codes, verify unchanged.
#[test]
fn the_sqlite_migration_rekeys_names_saved_before() {
    let (dir, store, numbers) = old_folder();
    assert!(names_found(&store, "小明").is_empty(), "not yet");
    drop(store);
    {
        let conn =
            rusqlite::Connection::open(dir.path().join(fixdesk::store::DB_FILE)).expect("open");
        conn.execute_batch(
            "ALTER TABLE cases DROP COLUMN language;
             ALTER TABLE events DROP COLUMN code;
             ALTER TABLE events DROP COLUMN args;
             PRAGMA user_version = 11;",
        )
        .expect("back to schema 11");
    }
    let store = Store::open(dir.path()).expect("migrated");
    let mut by = names_found(&store, "小明");
    by.sort();
    assert_eq!(by, ["李小明", "王小明"]);
    assert!(names_found(&store, "王").contains(&"王小明".to_string()));
    for number in &numbers {
        let case = store.case(number).expect("read").expect("case");
        assert_eq!(
            case.customer.language,
            Language::English,
            "cases from before are English"
        );
        assert!(
            case.events.iter().all(|e| e.code.is_empty()),
            "events from before keep no codes"
        );
    }
    assert!(
        store.verify().expect("verify").is_ok(),
        "the old events' hashes are as they were"
    );
}

/// The same on a server at schema 7 (the old folder moved to it, then set back).
#[test]
fn the_postgres_migration_rekeys_names_saved_before() {
    let Some(db) = ServerDb::create() else {
        return;
    };
    let (_dir, folder, _) = old_folder();
    let mut store = db.store();
    fixdesk::store::migrate(&folder, &mut store, &mut |_| {}).expect("moved to the server");
    drop(store);
    db.raw()
        .batch_execute(
            "DELETE FROM search_keys WHERE key >= 'c' AND key < 'd';
             ALTER TABLE cases DROP COLUMN language;
             ALTER TABLE events DROP COLUMN code;
             ALTER TABLE events DROP COLUMN args;
             UPDATE fixdesk_schema SET version = 7;",
        )
        .expect("back to schema 7");
    let store = db.store();
    let mut by = names_found(&store, "小明");
    by.sort();
    assert_eq!(by, ["李小明", "王小明"]);
    assert!(names_found(&store, "王").contains(&"王小明".to_string()));
    assert!(store.verify().expect("verify").is_ok());
}

/// A case in Chinese with coded notes, as the copies carry it: a folder moved to a
/// server, and the server's backup file read as a folder. The language and the codes
/// are there, and the chain verifies on each copy.
#[test]
fn languages_and_codes_survive_the_move_to_a_server_and_its_backup() {
    let Some(server) = ServerDb::create() else {
        return;
    };
    let (_dir, mut folder) = temp_store();
    let mut new = walk_in("王小明", "SN-COPY", "2026-03-02");
    new.customer.language = Language::Chinese;
    let number = open_case(&mut folder, &new, &policy(), "2026-03-02");
    folder
        .apply(
            Some(&number),
            &Step::Diagnose(found(
                Cause::Manufacturing,
                "screen",
                RepairMethod::PartReplacement,
            )),
            &policy(),
            day("2026-03-03"),
            "ana",
            at("2026-03-03"),
        )
        .expect("diagnose");
    let original = folder.case(&number).expect("read").expect("case");

    let mut target = server.store();
    fixdesk::store::migrate(&folder, &mut target, &mut |_| {}).expect("migrate");
    let moved = target.case(&number).expect("read").expect("case");
    assert_eq!(moved.customer.language, Language::Chinese);
    assert_eq!(
        moved.events, original.events,
        "codes and arguments as they were"
    );
    assert!(target.verify().expect("verify").is_ok());
    assert_eq!(names_found(&target, "小明"), ["王小明"]);

    let files = tempfile::tempdir().expect("dir");
    let out = files.path().join("server.db");
    target.backup_to(&out).expect("backup");
    let copy = tempfile::tempdir().expect("dir");
    std::fs::copy(&out, copy.path().join(fixdesk::store::DB_FILE)).expect("copy");
    let backup = Store::open(copy.path()).expect("open the backup");
    let restored = backup.case(&number).expect("read").expect("case");
    assert_eq!(restored.customer.language, Language::Chinese);
    assert_eq!(restored.events, original.events);
    assert!(backup.verify().expect("verify").is_ok());
    assert_eq!(names_found(&backup, "小明"), ["王小明"]);
}

on_both_engines! {
    /// `fixdesk check` on a store holding events of every format (v1: no desk, no code;
    /// v2: a desk; v3: codes): all verify, exit 0; one changed note is found, exit 1.
    fn fixdesk_check_verifies_every_format(engine e) {
        let Some((db, mut store)) = e.store() else {
            return;
        };
        let number = open_case(&mut store, &walk_in("王小明", "SN-CHK", "2026-03-02"), &policy(), "2026-03-02");
        store
            .export_personal_data(&CustomerQuery::Name("王小明".into()), "ana", at("2026-03-03"))
            .expect("v1");
        store.set_desk("FRONT-1");
        store
            .export_personal_data(&CustomerQuery::Name("王小明".into()), "ana", at("2026-03-03"))
            .expect("v2");
        store
            .apply(Some(&number), &Step::Diagnose(found(Cause::Manufacturing, "screen", RepairMethod::PartReplacement)), &policy(), day("2026-03-03"), "ana", at("2026-03-03"))
            .expect("v3");
        drop(store);
        let check = || {
            std::process::Command::new(env!("CARGO_BIN_EXE_fixdesk"))
                .args(db.cli_args())
                .arg("check")
                .output()
                .expect("run fixdesk check")
        };
        let out = check();
        assert_eq!(out.status.code(), Some(0), "{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        // The coded event's arguments changed behind fixdesk's back: found.
        let tamper = "UPDATE events SET args = replace(args, 'manufacturing', 'man_made') WHERE code <> ''";
        match &db {
            store_common::TestDb::Folder(dir) => {
                let conn = rusqlite::Connection::open(dir.path().join(fixdesk::store::DB_FILE)).expect("open");
                conn.execute_batch(&format!(
                    "DROP TRIGGER events_never_change; {tamper};"
                ))
                .expect("tamper");
            }
            store_common::TestDb::Server(server) => {
                server
                    .raw()
                    .batch_execute(&format!(
                        "ALTER TABLE events DISABLE TRIGGER events_never_change; {tamper};"
                    ))
                    .expect("tamper");
            }
        }
        let out = check();
        assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stdout));
    }
}
