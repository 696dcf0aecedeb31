//! What the printing tests share: the throwaway CUPS server `.ci/cups.sh start` runs,
//! with its PDF printer, and the PDFs that printer produced, read back.
//!
//! `FIXDESK_TEST_CUPS` (printed by `.ci/cups.sh start`) names it:
//! `server=127.0.0.1:6631 out=/tmp/fixdesk-cups/out`. Outside CI, without it, a test
//! that needs it is skipped, saying why; in CI (`CI` set) its absence fails the test.
#![allow(dead_code)]

use std::path::PathBuf;
use std::time::{Duration, Instant};

use fixdesk::print::Cups;

/// The test printer that writes every job as a PDF into [`TestCups::out`].
pub const PDF_PRINTER: &str = "fixdesk-pdf";
/// The same printer, paused ("paused for the tests").
pub const STOPPED_PRINTER: &str = "fixdesk-stopped";

pub struct TestCups {
    /// `host:port`, for `lp -h` and `CUPS_SERVER`.
    pub server: String,
    /// Where the PDF printer writes what it prints.
    pub out: PathBuf,
}

/// The test CUPS server, or `None` (after saying why) outside CI when it is not set.
pub fn test_cups() -> Option<TestCups> {
    let value = std::env::var("FIXDESK_TEST_CUPS").unwrap_or_default();
    let field = |key: &str| {
        value
            .split_whitespace()
            .find_map(|pair| pair.strip_prefix(key)?.strip_prefix('='))
            .map(str::to_string)
    };
    match (field("server"), field("out")) {
        (Some(server), Some(out)) => Some(TestCups {
            server,
            out: PathBuf::from(out),
        }),
        _ if std::env::var_os("CI").is_some() => panic!(
            "FIXDESK_TEST_CUPS is not set: CI must start the test CUPS server (.ci/cups.sh start)"
        ),
        _ => {
            eprintln!(
                "skipped: FIXDESK_TEST_CUPS is not set (install cups and printer-driver-cups-pdf, run `.ci/cups.sh start` and export what it prints)"
            );
            None
        }
    }
}

impl TestCups {
    pub fn cups(&self) -> Cups {
        Cups::at(self.server.clone())
    }

    /// CUPS's page log line for job `job`: `fixdesk-pdf root 4 [...] total 2 - localhost
    /// two stickers Custom.57x32mm -` (the pages counted with their copies, and the
    /// paper asked for); fails after 60 s.
    pub fn page_log(&self, job: &str) -> String {
        let number = job.rsplit('-').next().unwrap_or_default();
        let log = self.out.with_file_name("log").join("page_log");
        let start = Instant::now();
        loop {
            let text = std::fs::read_to_string(&log).unwrap_or_default();
            let found = text.lines().find(|line| {
                let mut words = line.split_whitespace();
                words.nth(2) == Some(number)
            });
            if let Some(line) = found {
                return line.to_string();
            }
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "no page log for job {job} in {}",
                log.display()
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    /// The PDF the PDF printer made of job `job` (`fixdesk-pdf-12`), once it is whole;
    /// fails after 60 s.
    pub fn printed(&self, job: &str) -> Vec<u8> {
        let number = job.rsplit('-').next().unwrap_or_default();
        let suffix = format!("job_{number}.pdf");
        let start = Instant::now();
        // The printer writes the file as it goes: whole once it reads as a PDF and has
        // stopped growing.
        let mut last: Option<Vec<u8>> = None;
        loop {
            let found = std::fs::read_dir(&self.out)
                .into_iter()
                .flatten()
                .flatten()
                .map(|entry| entry.path())
                .find(|path| path.to_string_lossy().ends_with(&suffix));
            let bytes = found.and_then(|path| std::fs::read(path).ok());
            if let Some(bytes) = &bytes
                && last.as_ref() == Some(bytes)
                && lopdf::Document::load_mem(bytes).is_ok()
            {
                return bytes.clone();
            }
            last = bytes;
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "the PDF printer wrote nothing for job {job} in {} (see its log beside it)",
                self.out.display()
            );
            std::thread::sleep(Duration::from_millis(300));
        }
    }
}
