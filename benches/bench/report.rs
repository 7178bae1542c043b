//! The results table: printed as the figures come, written to
//! `bench/RESULTS.md` at the end with the machine it ran on.

use std::fmt::Write as _;
use std::process::Command;

/// One figure, LanScout beside the stock packages (and the C floor where
/// there is one), with the goal it is held to.
pub struct Row {
    pub figure: String,
    pub lanscout: String,
    pub stock: String,
    pub goal: String,
    /// `None`: no goal, just a figure.
    pub met: Option<bool>,
}

/// Rows grouped by section, in the order measured.
#[derive(Default)]
pub struct Report {
    sections: Vec<(String, Vec<Row>)>,
    notes: Vec<String>,
}

impl Report {
    pub fn section(&mut self, title: &str) {
        println!("\n## {title}");
        self.sections.push((title.to_string(), Vec::new()));
    }

    pub fn row(
        &mut self,
        figure: &str,
        lanscout: String,
        stock: String,
        goal: &str,
        met: Option<bool>,
    ) {
        let verdict = match met {
            Some(true) => "met",
            Some(false) => "NOT MET",
            None => "",
        };
        println!("  {figure:<46} {lanscout:<34} {stock:<30} {goal} {verdict}");
        let row = Row {
            figure: figure.into(),
            lanscout,
            stock,
            goal: goal.into(),
            met,
        };
        match self.sections.last_mut() {
            Some((_, rows)) => rows.push(row),
            None => self.sections.push((String::new(), vec![row])),
        }
    }

    /// A sentence under the table (what a figure needs, why it is missing).
    pub fn note(&mut self, text: String) {
        println!("  note: {text}");
        self.notes.push(text);
    }

    pub fn markdown(&self, elapsed: std::time::Duration) -> String {
        let mut md = String::from("# LanScout benchmark results\n\n");
        let _ = writeln!(
            md,
            "Written by `scripts/bench.sh` (one command, in network namespaces it builds and removes) \
             in {:.0} s. Figures, not pass/fail: the goal column is the target from issue 11.\n",
            elapsed.as_secs_f64()
        );
        md.push_str("## Machine\n\n");
        for line in machine() {
            let _ = writeln!(md, "- {line}");
        }
        for (title, rows) in &self.sections {
            let _ = writeln!(md, "\n## {title}\n");
            md.push_str(
                "| figure | LanScout | stock packages / floor | goal | |\n|---|---|---|---|---|\n",
            );
            for r in rows {
                let verdict = match r.met {
                    Some(true) => "met",
                    Some(false) => "**not met**",
                    None => "",
                };
                let _ = writeln!(
                    md,
                    "| {} | {} | {} | {} | {} |",
                    r.figure, r.lanscout, r.stock, r.goal, verdict
                );
            }
        }
        if !self.notes.is_empty() {
            md.push_str("\n## Notes\n\n");
            for n in &self.notes {
                let _ = writeln!(md, "- {n}");
            }
        }
        md
    }
}

fn capture(program: &str, args: &[&str]) -> String {
    Command::new(program)
        .args(args)
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default()
}

/// What the figures depend on: CPU, memory, kernel and its buffer limit.
fn machine() -> Vec<String> {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split(':').nth(1))
        .unwrap_or("unknown")
        .trim()
        .to_string();
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(0);
    let mem = std::fs::read_to_string("/proc/meminfo")
        .unwrap_or_default()
        .lines()
        .next()
        .and_then(|l| {
            l.split_whitespace()
                .nth(1)
                .and_then(|k| k.parse::<u64>().ok())
        })
        .map(|kb| format!("{:.1} GiB", kb as f64 / 1024.0 / 1024.0))
        .unwrap_or_default();
    let rmem = std::fs::read_to_string("/proc/sys/net/core/rmem_max").unwrap_or_default();
    vec![
        format!("date: {}", capture("date", &["-u", "+%Y-%m-%d %H:%M UTC"])),
        format!("CPU: {model}, {cores} cores; memory {mem}"),
        format!("kernel: {}", capture("uname", &["-sr"])),
        format!("net.core.rmem_max during the run: {}", rmem.trim()),
        format!("OS: {}", os_name()),
        format!("rustc: {}", capture("rustc", &["--version"])),
        format!(
            "LanScout: {} ({})",
            env!("CARGO_PKG_VERSION"),
            capture("git", &["rev-parse", "--short", "HEAD"])
        ),
    ]
}

fn os_name() -> String {
    std::fs::read_to_string("/etc/os-release")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("PRETTY_NAME="))
        .map(|s| s.trim_matches('"').to_string())
        .unwrap_or_else(|| "unknown".into())
}
