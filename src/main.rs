use std::process::ExitCode;

fn main() -> ExitCode {
    match lanscout::cli::run() {
        Ok(code) => code,
        Err(e) => {
            eprintln!("lanscout: {e:#}");
            ExitCode::from(2)
        }
    }
}
