// No console window behind the app on Windows; the command line still works from a shell.
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // Every file fixdesk writes (database, backups, documents, photos) is the user's
    // alone (docs/rules.md §10).
    fixdesk::store::private::restrict_new_files();
    // A release build on Windows has no console of its own: the command-line tools write to
    // the console of the shell that started them. No arguments opens the window, console-free.
    #[cfg(windows)]
    if std::env::args_os().len() > 1 {
        attach_parent_console();
    }
    let cli = fixdesk::cli::Cli::parse();
    if cli.command.is_none() {
        return match fixdesk::gui::run(cli.data_dir, cli.database) {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) => {
                eprintln!("fixdesk: {err}");
                ExitCode::FAILURE
            }
        };
    }
    fixdesk::cli::run(cli)
}

/// Windows: write to the console of the shell that started us, if there is one. It fails,
/// harmlessly, when there is none (started from Explorer) or when we have our own (a debug
/// build is a console program). Not compiled on Linux: checked by reading, and on Windows.
#[cfg(windows)]
fn attach_parent_console() {
    use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
    // SAFETY: AttachConsole takes a process id by value and touches no memory of ours.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}
