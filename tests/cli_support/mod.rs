//! Running the `fixdesk` binary as a script does, for the command-line tests: on a data
//! folder, with arguments and (optionally) standard input, its output kept.

#![allow(dead_code)]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// `fixdesk --data-dir DIR ARGS…`, with `stdin` written to its standard input.
pub fn fixdesk(dir: &Path, args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_fixdesk"))
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env("USER", "bench")
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run fixdesk");
    if let Some(text) = stdin {
        // A command that refuses its arguments may exit before it reads its input.
        match child
            .stdin
            .take()
            .expect("stdin")
            .write_all(text.as_bytes())
        {
            Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => {
                panic!("write stdin: {err}")
            }
            _ => {}
        }
    }
    child.wait_with_output().expect("wait for fixdesk")
}

/// A command's output as text.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
