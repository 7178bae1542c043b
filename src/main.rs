use std::process::ExitCode;

fn main() -> ExitCode {
    lanscout::fault::arm_from_env();
    match lanscout::cli::run() {
        Ok(code) => code,
        Err(e) => {
            eprintln!("lanscout: {e:#}");
            ExitCode::from(2)
        }
    }
}
