//! Desktop firewalls, in plain words: which one this computer likely runs,
//! and the one command that lets discovery through it. Pure: detection
//! (I/O) lives in `net::firewall`. LanScout only ever *shows* these
//! commands; it never runs them.

use std::fmt;

use crate::tr;
use ipnet::Ipv4Net;
use serde::Serialize;

/// A firewall LanScout can name and give a command for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Firewall {
    /// Ubuntu's Uncomplicated Firewall (enabled in /etc/ufw/ufw.conf).
    Ufw,
    /// firewalld (Fedora, RHEL, openSUSE), its daemon running.
    Firewalld,
    /// nftables rules (the `nft` tool is installed).
    Nftables,
    /// iptables rules (the `iptables` tool is installed, no `nft`).
    Iptables,
    /// Windows Defender Firewall.
    WindowsDefender,
    /// None that LanScout can see (rules may still exist).
    Unknown,
}

impl Firewall {
    /// Its name as people know it.
    pub fn name(self) -> String {
        match self {
            Firewall::Ufw => "ufw".into(),
            Firewall::Firewalld => "firewalld".into(),
            Firewall::Nftables => "nftables".into(),
            Firewall::Iptables => "iptables".into(),
            Firewall::WindowsDefender => tr!("firewall-windows"),
            Firewall::Unknown => tr!("firewall-unknown"),
        }
    }

    /// The command that accepts discovery replies: UDP *from* source port
    /// `port` of hosts on `subnet` (what a scan needs when the firewall
    /// drops replies to a broadcast). `None` when the firewall is unknown.
    pub fn allow_replies(self, port: u16, subnet: Ipv4Net) -> Option<String> {
        Some(match self {
            Firewall::Ufw => {
                format!("sudo ufw allow proto udp from {subnet} port {port} to any")
            }
            Firewall::Firewalld => format!(
                "sudo firewall-cmd --permanent --add-source-port={port}/udp && sudo firewall-cmd --reload"
            ),
            Firewall::Nftables => format!(
                "sudo nft insert rule inet filter input ip saddr {subnet} udp sport {port} accept"
            ),
            Firewall::Iptables => format!(
                "sudo iptables -I INPUT -p udp -s {subnet} --sport {port} -j ACCEPT"
            ),
            Firewall::WindowsDefender => format!(
                "netsh advfirewall firewall add rule name=\"LanScout discovery replies\" dir=in action=allow protocol=UDP remoteport={port} remoteip=localsubnet"
            ),
            Firewall::Unknown => return None,
        })
    }

    /// The command that accepts discovery requests on UDP `port` from hosts
    /// on `subnet` (what server mode needs to be found).
    pub fn allow_requests(self, port: u16, subnet: Ipv4Net) -> Option<String> {
        Some(match self {
            Firewall::Ufw => format!("sudo ufw allow proto udp from {subnet} to any port {port}"),
            Firewall::Firewalld => format!(
                "sudo firewall-cmd --permanent --add-port={port}/udp && sudo firewall-cmd --reload"
            ),
            Firewall::Nftables => format!(
                "sudo nft insert rule inet filter input ip saddr {subnet} udp dport {port} accept"
            ),
            Firewall::Iptables => {
                format!("sudo iptables -I INPUT -p udp -s {subnet} --dport {port} -j ACCEPT")
            }
            Firewall::WindowsDefender => format!(
                "netsh advfirewall firewall add rule name=\"LanScout server mode\" dir=in action=allow protocol=UDP localport={port} remoteip=localsubnet"
            ),
            Firewall::Unknown => return None,
        })
    }
}

impl fmt::Display for Firewall {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name())
    }
}

/// What the firewall files and processes this computer shows without root
/// say (filled by `net::firewall::observe`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Observed {
    /// The text of /etc/ufw/ufw.conf, if readable.
    pub ufw_conf: Option<String>,
    /// Whether a `firewalld` process runs.
    pub firewalld_running: bool,
    /// Whether the `nft` tool is installed.
    pub nft_installed: bool,
    /// Whether the `iptables` tool is installed.
    pub iptables_installed: bool,
    /// Whether this is Windows.
    pub windows: bool,
}

/// The most likely firewall given what is observed (pure): Windows
/// Defender on Windows; else an enabled ufw, a running firewalld, then the
/// low-level tool that holds the rules.
pub fn likely_firewall(seen: &Observed) -> Firewall {
    let ufw_enabled = seen.ufw_conf.as_deref().is_some_and(|conf| {
        conf.lines().any(|l| {
            let l = l.trim();
            !l.starts_with('#')
                && l.split_once('=').is_some_and(|(k, v)| {
                    k.trim() == "ENABLED" && v.trim().trim_matches('"').eq_ignore_ascii_case("yes")
                })
        })
    });
    if seen.windows {
        Firewall::WindowsDefender
    } else if ufw_enabled {
        Firewall::Ufw
    } else if seen.firewalld_running {
        Firewall::Firewalld
    } else if seen.nft_installed {
        Firewall::Nftables
    } else if seen.iptables_installed {
        Firewall::Iptables
    } else {
        Firewall::Unknown
    }
}

/// The diagnosis when broadcast replies are dropped on this computer but
/// hosts answer when asked one by one: one text for the window, `scan
/// --explain` and the JSON warning.
pub fn replies_dropped_text(
    interface: &str,
    found: usize,
    firewall: Firewall,
    port: u16,
    subnet: Ipv4Net,
) -> String {
    let dropped = tr!(
        "firewall-dropped",
        interface = interface,
        count = found,
        firewall = firewall.name()
    );
    let found_anyway = tr!("firewall-dropped-found-anyway");
    // The command comes last: it is the thing to copy, after sentences
    // anyone can follow.
    let fix = match firewall.allow_replies(port, subnet) {
        Some(cmd) => tr!(
            "firewall-dropped-run",
            subnet = subnet.to_string(),
            command = cmd
        ),
        None => tr!(
            "firewall-dropped-allow",
            port = port,
            subnet = subnet.to_string()
        ),
    };
    let first = tr!("two-sentences", first = dropped, second = found_anyway);
    tr!("two-sentences", first = first, second = fix)
}

/// What server mode says as it starts on Windows, where the first start
/// makes Windows Defender Firewall ask whether LanScout may accept
/// connections.
pub fn windows_prompt_text(port: u16) -> String {
    tr!("firewall-windows-prompt", port = port)
}

/// The hint while server mode runs and no request has arrived: what to
/// check, and the command that opens the port.
pub fn server_unheard_text(firewall: Firewall, port: u16, subnet: Option<Ipv4Net>) -> String {
    let unheard = tr!("firewall-unheard", port = port);
    let fix = match (
        firewall,
        subnet.and_then(|s| firewall.allow_requests(port, s)),
    ) {
        (Firewall::WindowsDefender, Some(cmd)) => tr!("firewall-unheard-windows", command = cmd),
        (_, Some(cmd)) => tr!(
            "firewall-unheard-run",
            firewall = firewall.name(),
            command = cmd
        ),
        (_, None) => tr!("firewall-unheard-allow", port = port),
    };
    tr!("two-sentences", first = unheard, second = fix)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lan() -> Ipv4Net {
        "192.168.1.0/24".parse().expect("net")
    }

    #[test]
    fn likely_firewall_table() {
        let seen = |ufw: Option<&str>, firewalld, nft, ipt, windows| Observed {
            ufw_conf: ufw.map(str::to_string),
            firewalld_running: firewalld,
            nft_installed: nft,
            iptables_installed: ipt,
            windows,
        };
        let cases = [
            (
                seen(None, false, false, false, true),
                Firewall::WindowsDefender,
            ),
            (
                seen(Some("ENABLED=yes\n"), true, true, true, false),
                Firewall::Ufw,
            ),
            (
                seen(Some("# ENABLED=yes\nENABLED=no\n"), true, true, true, false),
                Firewall::Firewalld,
            ),
            (
                seen(Some("ENABLED = \"YES\""), false, false, false, false),
                Firewall::Ufw,
            ),
            (seen(None, false, true, true, false), Firewall::Nftables),
            (seen(None, false, false, true, false), Firewall::Iptables),
            (seen(None, false, false, false, false), Firewall::Unknown),
        ];
        for (observed, want) in cases {
            assert_eq!(likely_firewall(&observed), want, "{observed:?}");
        }
    }

    #[test]
    fn commands_name_the_port_the_direction_and_the_subnet() {
        let cases = [
            (Firewall::Ufw, "sudo ufw allow proto udp from 192.168.1.0/24 port 9999 to any"),
            (
                Firewall::Firewalld,
                "sudo firewall-cmd --permanent --add-source-port=9999/udp && sudo firewall-cmd --reload",
            ),
            (
                Firewall::Nftables,
                "sudo nft insert rule inet filter input ip saddr 192.168.1.0/24 udp sport 9999 accept",
            ),
            (Firewall::Iptables, "sudo iptables -I INPUT -p udp -s 192.168.1.0/24 --sport 9999 -j ACCEPT"),
        ];
        for (fw, want) in cases {
            assert_eq!(fw.allow_replies(9999, lan()).as_deref(), Some(want));
        }
        assert!(Firewall::WindowsDefender
            .allow_replies(9999, lan())
            .is_some_and(|c| c.contains("remoteport=9999") && c.contains("dir=in")));
        assert_eq!(Firewall::Unknown.allow_replies(9999, lan()), None);
        assert_eq!(
            Firewall::Ufw.allow_requests(9998, lan()).as_deref(),
            Some("sudo ufw allow proto udp from 192.168.1.0/24 to any port 9998")
        );
        assert!(Firewall::Nftables
            .allow_requests(9998, lan())
            .is_some_and(|c| c.contains("udp dport 9998")));
        assert!(Firewall::WindowsDefender
            .allow_requests(9998, lan())
            .is_some_and(|c| c.contains("localport=9998")));
    }

    #[test]
    fn texts_say_what_happened_and_what_to_run() {
        let t = replies_dropped_text("lan0", 3, Firewall::Ufw, 9999, lan());
        assert!(
            t.contains("on lan0, 3 servers answered when asked one at a time"),
            "{t}"
        );
        assert!(
            t.contains("asking each address. To let answers from 192.168.1.0/24 through, run this command as an administrator: sudo ufw allow"),
            "{t}"
        );
        let t = replies_dropped_text("lan0", 1, Firewall::Unknown, 9999, lan());
        assert!(
            t.contains("1 server answered") && t.contains("source port 9999"),
            "{t}"
        );
        let t = server_unheard_text(Firewall::WindowsDefender, 9999, Some(lan()));
        assert!(
            t.contains("click “Allow access”") && t.contains("localport=9999"),
            "{t}"
        );
        let t = server_unheard_text(Firewall::Firewalld, 9999, Some(lan()));
        assert!(
            t.contains(
                "To let them in (firewalld), run this command as an administrator: sudo firewall-cmd --permanent --add-port=9999/udp"
            ),
            "{t}"
        );
        assert!(windows_prompt_text(9999).contains("click “Allow access”"));
        let t = server_unheard_text(Firewall::Ufw, 9999, None);
        assert!(t.ends_with("Allow incoming UDP port 9999 in it."), "{t}");
    }
}
