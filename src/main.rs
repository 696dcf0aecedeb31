// No console window behind the app on Windows; the command line still works from a shell.
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = fixdesk::cli::Cli::parse();
    if cli.command.is_none() {
        return match fixdesk::gui::run(cli.data_dir) {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) => {
                eprintln!("fixdesk: the window could not be opened: {err}");
                ExitCode::FAILURE
            }
        };
    }
    fixdesk::cli::run(cli)
}
