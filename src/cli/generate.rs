//! `lanscout --generate KIND` (hidden, as ripgrep's): the man page and the
//! shell completions, made from the clap definitions so that they never
//! disagree with `--help`. scripts/deb.sh installs them where Debian looks.

use std::io::{self, Write};

use clap::CommandFactory;
use clap_complete::Shell;

use super::Cli;

/// What `--generate` writes on standard output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Generate {
    /// The man page, lanscout(1), with every subcommand's options.
    Man,
    /// Completions for bash.
    CompleteBash,
    /// Completions for zsh.
    CompleteZsh,
    /// Completions for fish.
    CompleteFish,
}

/// Writes `kind` to `out`.
pub fn write(kind: Generate, out: &mut dyn Write) -> io::Result<()> {
    let mut cmd = Cli::command();
    let shell = match kind {
        Generate::Man => return man_page(cmd, out),
        Generate::CompleteBash => Shell::Bash,
        Generate::CompleteZsh => Shell::Zsh,
        Generate::CompleteFish => Shell::Fish,
    };
    clap_complete::generate(shell, &mut cmd, "lanscout", out);
    Ok(())
}

/// The whole command line on one page: clap_mangen's page for `lanscout`
/// (its subcommands listed), then a section per subcommand with its options.
fn man_page(cmd: clap::Command, out: &mut dyn Write) -> io::Result<()> {
    let cmd = cmd.version(crate::build_info::VERSION);
    let mut page = Vec::new();
    clap_mangen::Man::new(cmd.clone()).render(&mut page)?;
    // clap_mangen names each subcommand as a page of its own
    // ("lanscout-scan(1)"); here they are sections of this page.
    let mut page = String::from_utf8_lossy(&page).into_owned();
    let names = cmd.get_subcommands().map(|s| s.get_name()).chain(["help"]);
    for name in names {
        page = page.replace(
            &format!("lanscout\\-{name}(1)"),
            &format!("\\fBlanscout {name}\\fR"),
        );
    }
    out.write_all(page.as_bytes())?;
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let name = sub.get_name();
        writeln!(out, ".SH \"LANSCOUT {}\"", name.to_uppercase())?;
        if let Some(about) = sub.get_long_about().or(sub.get_about()) {
            writeln!(out, "{}", escape(&about.to_string()))?;
        }
        let mut options = Vec::new();
        clap_mangen::Man::new(sub.clone()).render_options_section(&mut options)?;
        // The options under the subcommand's heading, not a second OPTIONS.
        let options = String::from_utf8_lossy(&options).replacen(".SH OPTIONS", ".SS Options", 1);
        out.write_all(options.as_bytes())?;
    }
    Ok(())
}

/// Text as roff shows it literally: a leading `.` or `'` would be a request,
/// a backslash an escape.
fn escape(text: &str) -> String {
    text.lines()
        .map(|line| {
            let line = line.replace('\\', "\\e");
            if line.starts_with(['.', '\'']) {
                format!("\\&{line}")
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn generated(kind: Generate) -> String {
        let mut out = Vec::new();
        write(kind, &mut out).expect("write to a Vec");
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn the_man_page_has_every_subcommand_and_its_options() {
        let page = generated(Generate::Man);
        assert!(
            page.starts_with(".ie"),
            "roff: {}",
            &page[..80.min(page.len())]
        );
        assert!(page.contains(".TH lanscout 1"), "{page}");
        for sub in ["SCAN", "SERVE", "INTERFACES"] {
            assert!(
                page.contains(&format!(".SH \"LANSCOUT {sub}\"")),
                "{sub}: {page}"
            );
        }
        for flag in ["sweep", "explain", "duration", "config"] {
            assert!(page.contains(&format!("\\-\\-{flag}")), "--{flag}: {page}");
        }
        assert!(
            page.contains(crate::build_info::COMMIT),
            "version with commit"
        );
        assert!(!page.contains(".SH OPTIONS\n.SH"), "an empty section");
        assert!(
            !page.contains("(1)"),
            "a page that is not installed is named"
        );
    }

    #[test]
    fn roff_requests_and_escapes_in_text_are_shown_literally() {
        assert_eq!(
            escape(".hidden\n'quote\na\\b\nplain"),
            "\\&.hidden\n\\&'quote\na\\eb\nplain"
        );
    }

    #[test]
    fn each_shell_gets_completions_naming_every_subcommand() {
        for kind in [
            Generate::CompleteBash,
            Generate::CompleteZsh,
            Generate::CompleteFish,
        ] {
            let text = generated(kind);
            for sub in ["scan", "serve", "interfaces"] {
                assert!(text.contains(sub), "{kind:?} lacks {sub}");
            }
            assert!(text.contains("sweep"), "{kind:?} lacks scan's --sweep");
        }
    }
}
