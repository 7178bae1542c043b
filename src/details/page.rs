//! What a web server says about itself: one `GET /`, its `Server` header and
//! the page `<title>`. The title extraction is pure; the fetch is bounded in
//! time, size and redirects.

use std::io::Read;
use std::net::Ipv4Addr;
use std::time::{Duration, Instant};

use html5gum::{Token, Tokenizer};

use super::text::{display_text, MAX_NAME_CHARS, MAX_TITLE_CHARS};
use crate::protocol::{server_url, Scheme};

/// The most of a page body that is read.
pub const MAX_BODY: usize = 64 * 1024;
/// The longest a page fetch may take, redirects included.
pub const FETCH_TIMEOUT: Duration = Duration::from_millis(1500);
/// Redirects followed, and only to the same host.
pub const MAX_REDIRECTS: u32 = 3;

/// What the page fetch found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageInfo {
    /// The page title, decoded and cleaned.
    pub title: Option<String>,
    /// The `Server` header, cleaned.
    pub server: Option<String>,
    /// Whether an HTTP answer came at all.
    pub answered: bool,
}

/// The first `<title>` of an HTML document: entities decoded, white space
/// collapsed, control characters removed, at most [`MAX_TITLE_CHARS`].
/// A real HTML tokenizer reads it (RCDATA rules, comments, scripts).
pub fn extract_title(body: &[u8]) -> Option<String> {
    let mut emitter = html5gum::DefaultEmitter::default();
    // `<title>` switches to RCDATA and `<script>` to script data, as a browser does.
    emitter.naively_switch_states(true);
    let mut title: Option<Vec<u8>> = None;
    for token in Tokenizer::new_with_emitter(body, emitter).flatten() {
        match (token, title.as_mut()) {
            (Token::StartTag(tag), None) if tag.name.eq_ignore_ascii_case(b"title") => {
                title = Some(Vec::new());
            }
            (Token::String(s), Some(t)) if t.len() < MAX_BODY => t.extend_from_slice(&s),
            (Token::EndTag(tag), Some(_)) if tag.name.eq_ignore_ascii_case(b"title") => break,
            _ => {}
        }
    }
    display_text(&String::from_utf8_lossy(&title?), MAX_TITLE_CHARS)
}

/// Where a redirect may go: the same host over http or https, as a URL built
/// from our own numbers and the redirect's path. `None` for another host,
/// another scheme or anything unparsable.
pub fn redirect_target(current: &str, location: &str, host: Ipv4Addr) -> Option<String> {
    let base: ureq::http::Uri = current.parse().ok()?;
    let loc = location.trim();
    if loc.starts_with('/') && !loc.starts_with("//") {
        let path: ureq::http::uri::PathAndQuery = loc.parse().ok()?;
        let scheme = base.scheme_str()?;
        let port = base.port_u16()?;
        return Some(format!("{scheme}://{host}:{port}{path}"));
    }
    let uri: ureq::http::Uri = loc.parse().ok()?;
    let scheme = match uri.scheme_str()? {
        "http" => Scheme::Http,
        "https" => Scheme::Https,
        _ => return None,
    };
    let target_host: Ipv4Addr = uri.host()?.parse().ok()?;
    if target_host != host {
        return None;
    }
    let port = uri.port_u16().unwrap_or(match scheme {
        Scheme::Http => 80,
        Scheme::Https => 443,
    });
    let base_url = server_url(scheme, host, port);
    let path = uri.path_and_query().map(|p| p.as_str()).unwrap_or("/");
    Some(format!("{}{}", base_url.trim_end_matches('/'), path))
}

/// `GET /` on `scheme://ip:port/`, following at most [`MAX_REDIRECTS`]
/// same-host redirects, reading at most [`MAX_BODY`] bytes, all within
/// `timeout` (at most [`FETCH_TIMEOUT`]). Certificates are not verified:
/// the page is only read for its title, never trusted.
pub fn fetch(scheme: Scheme, ip: Ipv4Addr, port: u16, timeout: Duration) -> PageInfo {
    let timeout = timeout.min(FETCH_TIMEOUT);
    let end = Instant::now() + timeout;
    let agent = agent(timeout);
    let mut url = server_url(scheme, ip, port);
    let mut info = PageInfo::default();
    for _ in 0..=MAX_REDIRECTS {
        let left = end.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break;
        }
        let mut response = match agent
            .get(&url)
            .config()
            .timeout_global(Some(left))
            .build()
            .call()
        {
            Ok(r) => r,
            Err(_) => break,
        };
        info.answered = true;
        if let Some(s) = header(&response, "server") {
            info.server = display_text(&s, MAX_NAME_CHARS);
        }
        if response.status().is_redirection() {
            match header(&response, "location").and_then(|l| redirect_target(&url, &l, ip)) {
                Some(next) => {
                    url = next;
                    continue;
                }
                None => break,
            }
        }
        let body = read_capped(response.body_mut().as_reader(), MAX_BODY);
        info.title = extract_title(&body);
        break;
    }
    info
}

fn agent(timeout: Duration) -> ureq::Agent {
    let tls = ureq::tls::TlsConfig::builder()
        .disable_verification(true)
        .unversioned_rustls_crypto_provider(std::sync::Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .build();
    ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .max_redirects(0)
        .http_status_as_error(false)
        // Only the server itself is asked, never a proxy from the environment.
        .proxy(None)
        // A fresh connection per request: a server that closes after each
        // answer must not cost a redirect.
        .max_idle_connections(0)
        .max_idle_connections_per_host(0)
        .tls_config(tls)
        .user_agent(concat!("LanScout/", env!("CARGO_PKG_VERSION")))
        .accept("text/html")
        .build()
        .into()
}

fn header(response: &ureq::http::Response<ureq::Body>, name: &str) -> Option<String> {
    let value = response.headers().get(name)?;
    Some(String::from_utf8_lossy(value.as_bytes()).into_owned())
}

/// Reads at most `cap` bytes; keeps what arrived when the stream fails or
/// times out.
fn read_capped(mut reader: impl Read, cap: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(8192);
    let mut buf = [0u8; 8192];
    while out.len() < cap {
        match reader.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => out.extend_from_slice(&buf[..n.min(cap - out.len())]),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_table() {
        let cases: &[(&[u8], Option<&str>)] = &[
            (
                b"<html><head><title>Inventory</title></head>",
                Some("Inventory"),
            ),
            (
                b"<TITLE>Lab &amp; Co &eacute; &#x263A;</TITLE>",
                Some("Lab & Co é ☺"),
            ),
            (b"<title>\n  Two\n   lines \n</title>", Some("Two lines")),
            (
                b"<title>a <b>bold</b> tag</title>",
                Some("a <b>bold</b> tag"),
            ),
            (b"<!-- <title>no</title> --><title>yes</title>", Some("yes")),
            (
                b"<script>var t='<title>no</title>'</script><title>yes</title>",
                Some("yes"),
            ),
            (b"<title></title>", None),
            (b"<title>   </title>", None),
            (b"<html><body><h1>No title</h1></body>", None),
            (b"<body><title>late</title>", Some("late")),
            (b"<title>unterminated", Some("unterminated")),
            (
                b"<title>bad \xff\xfe utf8</title>",
                Some("bad \u{FFFD}\u{FFFD} utf8"),
            ),
            (b"<title>ctrl\x01\x1b[0m</title>", Some("ctrl[0m")),
            (b"", None),
        ];
        for (html, want) in cases {
            assert_eq!(
                extract_title(html).as_deref(),
                *want,
                "{}",
                String::from_utf8_lossy(html)
            );
        }
    }

    #[test]
    fn a_huge_title_is_capped() {
        let mut html = b"<title>".to_vec();
        html.extend(std::iter::repeat_n(b'x', 10_000));
        html.extend_from_slice(b"</title>");
        let t = extract_title(&html).unwrap_or_default();
        assert_eq!(t.chars().count(), MAX_TITLE_CHARS);
    }

    #[test]
    fn redirects_stay_on_the_host() {
        let host = Ipv4Addr::new(10, 0, 0, 5);
        let cur = "http://10.0.0.5:8000/";
        let cases: &[(&str, Option<&str>)] = &[
            ("/login/?next=/", Some("http://10.0.0.5:8000/login/?next=/")),
            ("https://10.0.0.5/", Some("https://10.0.0.5:443/")),
            ("http://10.0.0.5:8080/x", Some("http://10.0.0.5:8080/x")),
            ("http://10.0.0.6:8000/", None),
            ("http://evil.example/", None),
            ("//10.0.0.6/", None),
            ("ftp://10.0.0.5/", None),
            ("javascript:alert(1)", None),
            ("", None),
        ];
        for (loc, want) in cases {
            assert_eq!(redirect_target(cur, loc, host).as_deref(), *want, "{loc:?}");
        }
    }
}
