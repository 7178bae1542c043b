//! Reply parsing: never panics; whatever parses yields a URL of exactly
//! `http://a.b.c.d:port/` and re-encodes to a reply that parses the same.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lanscout::protocol::{encode_reply, parse_reply, server_url, Scheme};

fuzz_target!(|data: &[u8]| {
    let Ok(reply) = parse_reply(data, b"SERVER_IP:", 8000) else {
        return;
    };
    assert!(reply.port >= 1);
    let url = server_url(Scheme::Http, reply.ip, reply.port);
    // Checked by taking the URL apart, not by building it the same way.
    let middle = url
        .strip_prefix("http://")
        .and_then(|u| u.strip_suffix('/'))
        .expect("http://…/");
    assert!(middle.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b':'), "{url}");
    let (host, port) = middle.split_once(':').expect("host:port");
    assert_eq!(host.parse::<std::net::Ipv4Addr>().ok(), Some(reply.ip), "{url}");
    assert_eq!(port.parse::<u16>().ok(), Some(reply.port), "{url}");
    assert!(!port.starts_with('0') && !host.split('.').any(|o| o.len() > 1 && o.starts_with('0')), "{url}");
    let again = parse_reply(&encode_reply(b"SERVER_IP:", reply.ip, reply.port), b"SERVER_IP:", 8000);
    assert_eq!(again.map(|r| (r.ip, r.port)), Ok((reply.ip, reply.port)));
});
