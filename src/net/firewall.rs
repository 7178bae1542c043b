//! What this computer shows of its firewall without root: the files and
//! processes [`crate::firewall::likely_firewall`] decides from.

use std::path::Path;

use crate::firewall::{likely_firewall, Firewall, Observed};

/// Reads what is visible without root (files, the process list, tools on
/// the usual paths).
pub fn observe() -> Observed {
    observe_under(Path::new("/"))
}

/// As [`observe`], with every path taken under `root` (tests use a folder).
pub fn observe_under(root: &Path) -> Observed {
    let at = |p: &str| root.join(p.trim_start_matches('/'));
    let tool = |name: &str| {
        ["usr/sbin", "sbin", "usr/bin", "bin"]
            .iter()
            .any(|dir| at(dir).join(name).exists())
    };
    Observed {
        ufw_conf: std::fs::read_to_string(at("/etc/ufw/ufw.conf")).ok(),
        firewalld_running: process_running(&at("/proc"), "firewalld"),
        nft_installed: tool("nft"),
        iptables_installed: tool("iptables"),
        windows: cfg!(windows),
    }
}

/// The firewall this computer most likely runs.
pub fn detect() -> Firewall {
    likely_firewall(&observe())
}

/// Whether a process named `name` runs (Linux procfs; false elsewhere).
fn process_running(proc_dir: &Path, name: &str) -> bool {
    let Ok(entries) = std::fs::read_dir(proc_dir) else {
        return false;
    };
    entries.flatten().any(|e| {
        e.file_name()
            .to_str()
            .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
            && std::fs::read_to_string(e.path().join("comm")).is_ok_and(|c| c.trim() == name)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_laid_out_like_a_system_is_read() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        let seen = observe_under(root);
        assert_eq!(seen.ufw_conf, None);
        assert!(!seen.firewalld_running && !seen.nft_installed && !seen.iptables_installed);
        std::fs::create_dir_all(root.join("etc/ufw")).expect("mkdir");
        std::fs::write(root.join("etc/ufw/ufw.conf"), "ENABLED=yes\n").expect("write");
        std::fs::create_dir_all(root.join("proc/4242")).expect("mkdir");
        std::fs::write(root.join("proc/4242/comm"), "firewalld\n").expect("write");
        std::fs::create_dir_all(root.join("usr/sbin")).expect("mkdir");
        std::fs::write(root.join("usr/sbin/nft"), "").expect("write");
        let seen = observe_under(root);
        assert_eq!(seen.ufw_conf.as_deref(), Some("ENABLED=yes\n"));
        assert!(seen.firewalld_running && seen.nft_installed && !seen.iptables_installed);
    }
}
