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
    assert_eq!(url, format!("http://{}:{}/", reply.ip, reply.port));
    let again = parse_reply(&encode_reply(b"SERVER_IP:", reply.ip, reply.port), b"SERVER_IP:", 8000);
    assert_eq!(again.map(|r| (r.ip, r.port)), Ok((reply.ip, reply.port)));
});
