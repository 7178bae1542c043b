//! The django-udp-discovery wire protocol: request bytes, reply encoding and
//! parsing, and the URL a server is opened at. Pure: no I/O.
//!
//! Parsing is deliberately stricter than the stock Python client (see
//! DESIGN.md §1): everything LanScout accepts, the stock client accepts with
//! the same address and port, and every reply a stock server can send is
//! accepted.

use std::fmt;
use std::net::Ipv4Addr;

use serde::{Deserialize, Serialize};

/// UDP port the stock server listens on.
pub const DEFAULT_PORT: u16 = 9999;
/// The stock discovery request payload.
pub const DEFAULT_MESSAGE: &str = "DISCOVER_SERVER";
/// The stock reply prefix.
pub const DEFAULT_PREFIX: &str = "SERVER_IP:";
/// Web port a client assumes when a reply names none.
pub const DEFAULT_WEB_PORT: u16 = 8000;
/// How long the stock client collects replies, in seconds.
pub const DEFAULT_TIMEOUT_SECS: f64 = 5.0;
/// The largest request the stock server reads.
pub const DEFAULT_REQUEST_BUFFER: usize = 1024;
/// The largest reply the stock client reads; longer replies are invalid here.
pub const MAX_REPLY_LEN: usize = 4096;

/// A reply that parsed: the announced server address and its web port.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Reply {
    /// The announced IPv4 address, normalised (`010.1.1.1` is `10.1.1.1`).
    pub ip: Ipv4Addr,
    /// The web port: the one named in the reply, else the default web port.
    pub port: u16,
    /// Whether the reply named its port explicitly.
    pub explicit_port: bool,
}

/// Why a reply was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// The datagram does not start with the response prefix.
    MissingPrefix,
    /// The datagram is longer than [`MAX_REPLY_LEN`].
    TooLong(usize),
    /// The bytes after the prefix are not valid UTF-8.
    NotUtf8,
    /// Nothing follows the prefix.
    Empty,
    /// The port part is not a number in 1..=65535.
    BadPort(String),
    /// The address part is not four decimal numbers 0..=255.
    BadAddress(String),
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::MissingPrefix => write!(f, "does not start with the response prefix"),
            ParseError::TooLong(n) => write!(f, "is {n} bytes long (at most {MAX_REPLY_LEN})"),
            ParseError::NotUtf8 => write!(f, "is not valid UTF-8"),
            ParseError::Empty => write!(f, "names no address"),
            ParseError::BadPort(p) => write!(f, "has an invalid port {p:?}"),
            ParseError::BadAddress(a) => write!(f, "has an invalid IPv4 address {a:?}"),
        }
    }
}

impl std::error::Error for ParseError {}

/// True when `datagram` is a discovery request: exactly the message bytes,
/// with no trimming or case folding (as the stock server compares).
pub fn is_request(datagram: &[u8], message: &[u8]) -> bool {
    datagram == message
}

/// The reply a server sends: `<prefix><ip>`, plus `:<port>` only when the web
/// port is not the stock default 8000 (so a default LanScout server sends
/// exactly the stock bytes).
pub fn encode_reply(prefix: &[u8], ip: Ipv4Addr, web_port: u16) -> Vec<u8> {
    let mut out = Vec::with_capacity(prefix.len() + 21);
    out.extend_from_slice(prefix);
    out.extend_from_slice(ip.to_string().as_bytes());
    if web_port != DEFAULT_WEB_PORT {
        out.extend_from_slice(format!(":{web_port}").as_bytes());
    }
    out
}

/// Parses a reply datagram. `default_web_port` is used when the reply names
/// no port.
pub fn parse_reply(
    datagram: &[u8],
    prefix: &[u8],
    default_web_port: u16,
) -> Result<Reply, ParseError> {
    if datagram.len() > MAX_REPLY_LEN {
        return Err(ParseError::TooLong(datagram.len()));
    }
    let rest = datagram
        .strip_prefix(prefix)
        .ok_or(ParseError::MissingPrefix)?;
    let text = std::str::from_utf8(rest).map_err(|_| ParseError::NotUtf8)?;
    let text = trim_ascii_space(text);
    if text.is_empty() {
        return Err(ParseError::Empty);
    }
    let (ip_text, port) = match text.split_once(':') {
        Some((ip_text, port_text)) => {
            let port = parse_decimal(trim_ascii_space(port_text), 65535)
                .filter(|p| *p >= 1)
                .ok_or_else(|| ParseError::BadPort(port_text.to_string()))?;
            (trim_ascii_space(ip_text), Some(port as u16))
        }
        None => (text, None),
    };
    let ip = parse_ipv4_lenient_zeros(ip_text)
        .ok_or_else(|| ParseError::BadAddress(ip_text.to_string()))?;
    Ok(Reply {
        ip,
        port: port.unwrap_or(default_web_port),
        explicit_port: port.is_some(),
    })
}

/// Parses `a.b.c.d` where each part is one or more ASCII digits with a value
/// 0..=255; leading zeros are read as decimal (never octal).
pub fn parse_ipv4_lenient_zeros(text: &str) -> Option<Ipv4Addr> {
    let mut octets = [0u8; 4];
    let mut parts = text.split('.');
    for octet in &mut octets {
        *octet = parse_decimal(parts.next()?, 255)? as u8;
    }
    if parts.next().is_some() {
        return None;
    }
    Some(Ipv4Addr::from(octets))
}

/// ASCII digits only, at least one, value at most `max`.
fn parse_decimal(text: &str, max: u32) -> Option<u32> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut value: u32 = 0;
    for b in text.bytes() {
        value = value.checked_mul(10)?.checked_add(u32::from(b - b'0'))?;
        if value > max {
            return None;
        }
    }
    Some(value)
}

/// Trims exactly the ASCII characters Python's `str.strip()` removes (space,
/// tab, LF, vertical tab, form feed, CR and the separators 0x1C..=0x1F), so
/// that LanScout and the stock client agree on every ASCII reply. Non-ASCII
/// white space is left, and the reply refused (stricter by design).
fn trim_ascii_space(text: &str) -> &str {
    text.trim_matches(is_python_ascii_space)
}

/// `str.isspace()` for ASCII characters.
pub fn is_python_ascii_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r' | '\x1c'..='\x1f'
    )
}

/// URL scheme used to open a server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scheme {
    /// `http://`
    #[default]
    Http,
    /// `https://`
    Https,
}

impl Scheme {
    /// The scheme's name as it appears in a URL.
    pub fn as_str(self) -> &'static str {
        match self {
            Scheme::Http => "http",
            Scheme::Https => "https",
        }
    }
}

impl fmt::Display for Scheme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Scheme {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "http" => Ok(Scheme::Http),
            "https" => Ok(Scheme::Https),
            other => Err(format!("scheme must be http or https, not {other:?}")),
        }
    }
}

/// The link for a server, built from the parsed numbers only.
pub fn server_url(scheme: Scheme, ip: Ipv4Addr, port: u16) -> String {
    format!("{scheme}://{ip}:{port}/")
}

#[cfg(test)]
mod tests {
    #[test]
    fn each_parse_error_says_what_is_wrong() {
        use super::ParseError::*;
        let table = [
            (
                MissingPrefix,
                "does not start with the response prefix".to_string(),
            ),
            (
                TooLong(900),
                format!("is 900 bytes long (at most {})", super::MAX_REPLY_LEN),
            ),
            (NotUtf8, "is not valid UTF-8".to_string()),
            (Empty, "names no address".to_string()),
            (BadPort("x".into()), "has an invalid port \"x\"".to_string()),
            (
                BadAddress("1.2".into()),
                "has an invalid IPv4 address \"1.2\"".to_string(),
            ),
        ];
        for (error, text) in table {
            assert_eq!(error.to_string(), text);
        }
    }

    use super::*;

    const P: &[u8] = b"SERVER_IP:";

    fn ok(reply: &[u8]) -> (String, u16) {
        let r = parse_reply(reply, P, 8000)
            .unwrap_or_else(|e| panic!("{:?} should parse: {e}", String::from_utf8_lossy(reply)));
        (r.ip.to_string(), r.port)
    }

    fn bad(reply: &[u8]) -> ParseError {
        match parse_reply(reply, P, 8000) {
            Ok(r) => panic!(
                "{:?} should be rejected, got {r:?}",
                String::from_utf8_lossy(reply)
            ),
            Err(e) => e,
        }
    }

    #[test]
    fn stock_server_replies_parse_with_default_port() {
        assert_eq!(ok(b"SERVER_IP:192.168.1.10"), ("192.168.1.10".into(), 8000));
        assert_eq!(ok(b"SERVER_IP:127.0.0.1"), ("127.0.0.1".into(), 8000));
        assert_eq!(ok(b"SERVER_IP:0.0.0.0"), ("0.0.0.0".into(), 8000));
        assert_eq!(
            ok(b"SERVER_IP:255.255.255.255"),
            ("255.255.255.255".into(), 8000)
        );
    }

    #[test]
    fn explicit_port_is_used() {
        assert_eq!(ok(b"SERVER_IP:10.0.0.1:8080"), ("10.0.0.1".into(), 8080));
        assert_eq!(ok(b"SERVER_IP:10.0.0.1:1"), ("10.0.0.1".into(), 1));
        assert_eq!(ok(b"SERVER_IP:10.0.0.1:65535"), ("10.0.0.1".into(), 65535));
        assert!(
            parse_reply(b"SERVER_IP:10.0.0.1:80", P, 8000).map(|r| r.explicit_port) == Ok(true)
        );
    }

    #[test]
    fn default_web_port_is_configurable() {
        let r = parse_reply(b"SERVER_IP:10.0.0.1", P, 8443).expect("parses");
        assert_eq!((r.port, r.explicit_port), (8443, false));
    }

    #[test]
    fn whitespace_around_parts_is_trimmed() {
        assert_eq!(ok(b"SERVER_IP: 10.0.0.1 "), ("10.0.0.1".into(), 8000));
        assert_eq!(ok(b"SERVER_IP:10.0.0.1\r\n"), ("10.0.0.1".into(), 8000));
        assert_eq!(ok(b"SERVER_IP:10.0.0.1 : 80 \n"), ("10.0.0.1".into(), 80));
        assert_eq!(ok(b"SERVER_IP:\t10.0.0.1"), ("10.0.0.1".into(), 8000));
    }

    #[test]
    fn leading_zeros_are_decimal_and_normalised() {
        assert_eq!(ok(b"SERVER_IP:010.001.1.1"), ("10.1.1.1".into(), 8000));
        assert_eq!(ok(b"SERVER_IP:10.1.1.1:0080"), ("10.1.1.1".into(), 80));
        assert_eq!(
            ok(b"SERVER_IP:000000000010.1.1.1"),
            ("10.1.1.1".into(), 8000)
        );
    }

    #[test]
    fn bad_ports_are_rejected() {
        for reply in [
            &b"SERVER_IP:10.0.0.1:0"[..],
            b"SERVER_IP:10.0.0.1:65536",
            b"SERVER_IP:10.0.0.1:+80",
            b"SERVER_IP:10.0.0.1:8_000",
            b"SERVER_IP:10.0.0.1:80:90",
            b"SERVER_IP:10.0.0.1:",
            b"SERVER_IP:10.0.0.1:-1",
            b"SERVER_IP:10.0.0.1:99999999999999999999",
            "SERVER_IP:10.0.0.1:\u{0668}0".as_bytes(),
        ] {
            assert!(matches!(bad(reply), ParseError::BadPort(_)), "{reply:?}");
        }
    }

    #[test]
    fn bad_addresses_are_rejected() {
        for reply in [
            &b"SERVER_IP:256.0.0.1"[..],
            b"SERVER_IP:1.2.3.4.5",
            b"SERVER_IP:1.2.3",
            b"SERVER_IP:1..2.3",
            b"SERVER_IP:1.2.3.-0",
            b"SERVER_IP:+1.2.3.4",
            b"SERVER_IP:1. 2.3.4",
            b"SERVER_IP:1.2.3.4\0",
            b"SERVER_IP:::1",
            b"SERVER_IP:fe80::1",
            b"SERVER_IP:localhost",
            b"SERVER_IP:1_0.2.3.4",
            "SERVER_IP:\u{feff}1.2.3.4".as_bytes(),
            "SERVER_IP:\u{0661}.2.3.4".as_bytes(),
        ] {
            let err = bad(reply);
            assert!(
                matches!(err, ParseError::BadAddress(_) | ParseError::BadPort(_)),
                "{reply:?}: {err:?}"
            );
        }
    }

    #[test]
    fn prefix_is_exact_bytes() {
        assert_eq!(bad(b"server_ip:1.2.3.4"), ParseError::MissingPrefix);
        assert_eq!(bad(b" SERVER_IP:1.2.3.4"), ParseError::MissingPrefix);
        assert_eq!(bad(b""), ParseError::MissingPrefix);
        assert_eq!(bad(b"SERVER_IP"), ParseError::MissingPrefix);
        assert_eq!(bad(b"SERVER_IP:"), ParseError::Empty);
        assert_eq!(bad(b"SERVER_IP:  \r\n"), ParseError::Empty);
        let custom = parse_reply(b"HERE=1.2.3.4", b"HERE=", 8000).expect("custom prefix");
        assert_eq!(custom.ip, Ipv4Addr::new(1, 2, 3, 4));
    }

    #[test]
    fn invalid_utf8_and_oversize_are_rejected() {
        assert_eq!(bad(b"SERVER_IP:1.2.3.4\xff"), ParseError::NotUtf8);
        let mut big = b"SERVER_IP:1.2.3.4".to_vec();
        big.resize(64 * 1024, b' ');
        assert_eq!(bad(&big), ParseError::TooLong(64 * 1024));
        let mut edge = b"SERVER_IP:1.2.3.4".to_vec();
        edge.resize(MAX_REPLY_LEN, b' ');
        assert_eq!(ok(&edge), ("1.2.3.4".into(), 8000));
    }

    #[test]
    fn encode_matches_stock_bytes_for_port_8000() {
        let ip = Ipv4Addr::new(10, 1, 2, 3);
        assert_eq!(encode_reply(P, ip, 8000), b"SERVER_IP:10.1.2.3");
        assert_eq!(encode_reply(P, ip, 8080), b"SERVER_IP:10.1.2.3:8080");
        for port in [1u16, 80, 8000, 8080, 65535] {
            let r = parse_reply(&encode_reply(P, ip, port), P, 8000).expect("round trip");
            assert_eq!((r.ip, r.port), (ip, port));
        }
    }

    #[test]
    fn request_must_match_exactly() {
        assert!(is_request(b"DISCOVER_SERVER", b"DISCOVER_SERVER"));
        assert!(!is_request(b"DISCOVER_SERVER\n", b"DISCOVER_SERVER"));
        assert!(!is_request(b"discover_server", b"DISCOVER_SERVER"));
        assert!(!is_request(b"", b"DISCOVER_SERVER"));
    }

    #[test]
    fn urls_are_built_from_numbers() {
        let ip = Ipv4Addr::new(192, 168, 0, 5);
        assert_eq!(
            server_url(Scheme::Http, ip, 8000),
            "http://192.168.0.5:8000/"
        );
        assert_eq!(
            server_url(Scheme::Https, ip, 443),
            "https://192.168.0.5:443/"
        );
        assert_eq!("https".parse::<Scheme>(), Ok(Scheme::Https));
        assert!("ftp".parse::<Scheme>().is_err());
    }

    proptest::proptest! {
        #[test]
        fn any_canonical_reply_round_trips(a: u8, b: u8, c: u8, d: u8, port in 1u16..) {
            let ip = Ipv4Addr::new(a, b, c, d);
            let r = parse_reply(&encode_reply(P, ip, port), P, 8000).expect("parses");
            proptest::prop_assert_eq!((r.ip, r.port), (ip, port));
        }

        #[test]
        fn urls_are_always_scheme_dotted_quad_port(a: u8, b: u8, c: u8, d: u8, port: u16, https: bool) {
            let scheme = if https { Scheme::Https } else { Scheme::Http };
            let url = server_url(scheme, Ipv4Addr::new(a, b, c, d), port);
            let rest = url.strip_prefix(if https { "https://" } else { "http://" });
            let rest = rest.and_then(|r| r.strip_suffix('/')).unwrap_or_default();
            let (host, p) = rest.rsplit_once(':').unwrap_or_default();
            proptest::prop_assert_eq!(host.parse::<Ipv4Addr>().ok(), Some(Ipv4Addr::new(a, b, c, d)));
            proptest::prop_assert_eq!(p.parse::<u16>().ok(), Some(port));
            proptest::prop_assert!(url.bytes().all(|b| b.is_ascii_alphanumeric() || b":/.".contains(&b)));
        }

        #[test]
        fn parser_never_panics(bytes: Vec<u8>) {
            let mut datagram = P.to_vec();
            datagram.extend(bytes);
            let _ = parse_reply(&datagram, P, 8000);
        }
    }
}
