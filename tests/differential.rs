//! LanScout's reply parser against the stock client's own `parse_response`
//! (django-udp-discovery-client 1.0.0, run through tests/peers/parse_response.py):
//! whatever LanScout accepts, the stock parser accepts with the same address
//! (after normalisation) and port; every reply a stock server can send,
//! LanScout accepts.

mod common;

use std::io::Write;
use std::net::Ipv4Addr;
use std::process::{Command, Stdio};

use lanscout::protocol::{encode_reply, parse_reply};

const PREFIX: &[u8] = b"SERVER_IP:";

/// The stock parser's verdict per payload: None = rejected, else (ip as written, port).
fn stock_parse(payloads: &[Vec<u8>]) -> Vec<Option<(String, u16)>> {
    let mut child = Command::new(common::peers_python())
        .arg(common::peer_script("parse_response.py"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start python helper");
    let input: String = payloads
        .iter()
        .map(|p| p.iter().map(|b| format!("{b:02x}")).collect::<String>() + "\n")
        .collect();
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().expect("python output");
    writer.join().expect("writer").expect("write payloads");
    assert!(
        out.status.success(),
        "helper failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("helper JSON"))
        .collect();
    assert_eq!(lines.len(), payloads.len());
    lines
        .into_iter()
        .map(|v| {
            assert!(v.get("raised").is_none(), "stock parser raised: {v}");
            v.as_array().map(|a| {
                (
                    a[0].as_str().expect("ip string").to_string(),
                    a[1].as_u64().expect("port") as u16,
                )
            })
        })
        .collect()
}

/// The table of DESIGN.md §1 and the stock parser's edge cases.
fn table() -> Vec<Vec<u8>> {
    let rows: &[&[u8]] = &[
        b"SERVER_IP:192.168.1.10",
        b"SERVER_IP:10.0.0.1:8080",
        b"SERVER_IP:10.0.0.1:+80",
        b"SERVER_IP:10.0.0.1:0080",
        b"SERVER_IP:10.0.0.1:8_000",
        b"SERVER_IP:10.0.0.1:0",
        b"SERVER_IP:10.0.0.1:65535",
        b"SERVER_IP:10.0.0.1:65536",
        b"SERVER_IP:10.0.0.1:80:90",
        b"SERVER_IP: 10.0.0.1 ",
        b"SERVER_IP:10.0.0.1\r\n",
        b"SERVER_IP:10.0.0.1\n",
        b"SERVER_IP:10.0.0.1\0",
        b"SERVER_IP:\xef\xbb\xbf10.0.0.1",
        b"SERVER_IP:10.0.0.1\xff",
        b"SERVER_IP:\xff10.0.0.1",
        b"SERVER_IP:::1",
        b"SERVER_IP:fe80::1",
        b"SERVER_IP:[::1]:80",
        b"",
        b"SERVER_IP:",
        b"SERVER_IP",
        b"server_ip:10.0.0.1",
        b"SERVER_IP:1.2.3.4.5",
        b"SERVER_IP:256.1.1.1",
        b"SERVER_IP:010.001.1.1",
        b"SERVER_IP:1.2.3",
        b"SERVER_IP:1..2.3",
        b"SERVER_IP:-0.1.2.3",
        b"SERVER_IP:1 .2.3.4",
        b"SERVER_IP:1.2.3.4 : 80",
        b"SERVER_IP:\xd9\xa1.2.3.4",
        b"SERVER_IP:1.2.3.4:\xd9\xa8\xd9\xa0",
        b"SERVER_IP:\t1.2.3.4\x0c",
        b"SERVER_IP:\x0b1.2.3.4",
        b"SERVER_IP:\xc2\xa01.2.3.4",
        b"SERVER_IP:0.0.0.0",
        b"SERVER_IP:127.0.0.1",
        b"SERVER_IP:255.255.255.255:1",
        b"XSERVER_IP:1.2.3.4",
    ];
    rows.iter().map(|r| r.to_vec()).collect()
}

/// Deterministic generator (xorshift) of a few thousand mutated replies.
fn generated(count: usize) -> Vec<Vec<u8>> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let alphabet: &[&[u8]] = &[
        b"0",
        b"1",
        b"2",
        b"5",
        b"9",
        b"00",
        b"25",
        b"255",
        b"256",
        b".",
        b".",
        b":",
        b" ",
        b"\t",
        b"\r\n",
        b"+",
        b"-",
        b"_",
        b"\0",
        b"\xff",
        b"\xef\xbb\xbf",
        b"\xd9\xa3",
        b"\xc2\xa0",
        b"a",
        b"x",
        b"\x0b",
        b"\x1c",
        b"65535",
        b"65536",
        b"8000",
        b"0080",
    ];
    let mut out = Vec::with_capacity(count);
    for i in 0..count {
        let mut p = PREFIX.to_vec();
        if i % 4 == 1 {
            // A valid reply in unusual spelling: padding, leading zeros.
            let r = next();
            let pad = [&b" "[..], b"\t", b"\r\n", b"", b"\x0c"][(r % 5) as usize];
            let octets: Vec<String> = (0..4)
                .map(|k| {
                    let v = (r >> (8 * k + 3)) as u8;
                    if (r >> (40 + k)) & 1 == 1 {
                        format!("{v:03}")
                    } else {
                        v.to_string()
                    }
                })
                .collect();
            p.extend_from_slice(pad);
            p.extend_from_slice(octets.join(".").as_bytes());
            if r & 4 == 4 {
                p.extend_from_slice(
                    format!(
                        "{pad_s}:{pad_s}{}",
                        1 + (r % 65535),
                        pad_s = if r & 8 == 8 { " " } else { "" }
                    )
                    .as_bytes(),
                );
            }
            p.extend_from_slice(pad);
        } else if i % 3 == 0 {
            // Start from a canonical reply and corrupt it.
            let r = next();
            let ip = Ipv4Addr::from((r >> 8) as u32);
            let port = (r % 70000) as u16;
            let mut body = encode_reply(b"", ip, port.max(1));
            let pos = (next() as usize) % (body.len() + 1);
            let ins = alphabet[(next() as usize) % alphabet.len()];
            body.splice(pos..pos, ins.iter().copied());
            p.extend(body);
        } else {
            let len = 1 + (next() % 14) as usize;
            for _ in 0..len {
                p.extend_from_slice(alphabet[(next() as usize) % alphabet.len()]);
            }
        }
        out.push(p);
    }
    out
}

fn normalise(ip: &str) -> Option<Ipv4Addr> {
    let parts: Vec<u8> = ip
        .split('.')
        .map(|p| p.trim().parse::<u8>().ok())
        .collect::<Option<_>>()?;
    (parts.len() == 4).then(|| Ipv4Addr::new(parts[0], parts[1], parts[2], parts[3]))
}

#[test]
fn lanscout_accepts_only_what_the_stock_parser_accepts_identically() {
    let mut payloads = table();
    payloads.extend(generated(5000));
    let stock = stock_parse(&payloads);
    let (mut both, mut stock_only) = (0, Vec::new());
    for (payload, verdict) in payloads.iter().zip(&stock) {
        let ours = parse_reply(payload, PREFIX, 8000);
        match (&ours, verdict) {
            (Ok(r), Some((ip, port))) => {
                both += 1;
                assert_eq!(
                    (Some(r.ip), r.port),
                    (normalise(ip), *port),
                    "different result for {:?}",
                    String::from_utf8_lossy(payload)
                );
            }
            (Ok(r), None) => panic!(
                "LanScout accepts {:?} as {r:?} but the stock client rejects it",
                String::from_utf8_lossy(payload)
            ),
            (Err(_), Some(_)) => stock_only.push(String::from_utf8_lossy(payload).into_owned()),
            (Err(_), None) => {}
        }
    }
    assert!(
        both > 1000,
        "too few accepted payloads to mean anything: {both}"
    );
    eprintln!(
        "{} payloads: {both} accepted by both, {} only by the stock parser (stricter by design), e.g. {:?}",
        payloads.len(),
        stock_only.len(),
        stock_only.iter().take(5).collect::<Vec<_>>()
    );
}

#[test]
fn every_canonical_stock_reply_is_accepted() {
    // What a stock server sends: prefix + dotted quad, no port; and what a
    // LanScout server sends for other web ports.
    let mut payloads = Vec::new();
    let mut seed: u32 = 12345;
    for i in 0..3000u32 {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
        let ip = Ipv4Addr::from(seed ^ i.rotate_left(7));
        let port = if i % 2 == 0 {
            8000
        } else {
            1 + (seed % 65535) as u16
        };
        payloads.push(encode_reply(PREFIX, ip, port));
    }
    for edge in ["0.0.0.0", "255.255.255.255", "127.0.0.1", "10.0.0.1"] {
        payloads.push([PREFIX, edge.as_bytes()].concat());
    }
    let stock = stock_parse(&payloads);
    for (payload, verdict) in payloads.iter().zip(&stock) {
        let ours = parse_reply(payload, PREFIX, 8000)
            .unwrap_or_else(|e| panic!("{:?} rejected: {e}", String::from_utf8_lossy(payload)));
        let (ip, port) = verdict.clone().unwrap_or_else(|| {
            panic!(
                "stock rejects its own reply {:?}",
                String::from_utf8_lossy(payload)
            )
        });
        assert_eq!((ip, port), (ours.ip.to_string(), ours.port));
    }
}

/// What Python's `str.strip()` removes among ASCII bytes, written out here
/// independently of the library.
const PY_ASCII_SPACE: &[u8] = b" \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f";

fn py_strip(text: &[u8]) -> &[u8] {
    let start = text
        .iter()
        .position(|b| !PY_ASCII_SPACE.contains(b))
        .unwrap_or(text.len());
    let end = text
        .iter()
        .rposition(|b| !PY_ASCII_SPACE.contains(b))
        .map_or(start, |e| e + 1);
    &text[start..end.max(start)]
}

/// The port text the stock parser reads, when the reply names one.
fn stock_port_text(payload: &[u8]) -> Option<Vec<u8>> {
    let content = py_strip(payload.strip_prefix(PREFIX)?);
    let colon = content.iter().position(|&b| b == b':')?;
    Some(py_strip(&content[colon + 1..]).to_vec())
}

#[test]
fn every_ascii_byte_before_after_and_inside_a_reply_parses_alike() {
    let canonical: [&[u8]; 2] = [b"10.1.2.3", b"10.1.2.3:8080"];
    let mut payloads = Vec::new();
    for body in canonical {
        for byte in 0u8..=127 {
            for pos in 0..=body.len() {
                let mut p = PREFIX.to_vec();
                p.extend_from_slice(&body[..pos]);
                p.push(byte);
                p.extend_from_slice(&body[pos..]);
                payloads.push(p);
            }
            // The same byte on both sides.
            payloads.push([PREFIX, &[byte], body, &[byte]].concat());
        }
    }
    let stock = stock_parse(&payloads);
    let mut checked = 0;
    for (payload, verdict) in payloads.iter().zip(&stock) {
        let Some((ip, port)) = verdict else { continue };
        let digits_only = ip.bytes().all(|c| c.is_ascii_digit() || c == b'.')
            && stock_port_text(payload).is_none_or(|t| t.iter().all(u8::is_ascii_digit));
        if !digits_only {
            continue;
        }
        checked += 1;
        let ours = parse_reply(payload, PREFIX, 8000).unwrap_or_else(|e| {
            panic!(
                "the stock client accepts {:?} as {ip}:{port}, LanScout refuses it: {e}",
                String::from_utf8_lossy(payload)
            )
        });
        assert_eq!(
            (Some(ours.ip), ours.port),
            (normalise(ip), *port),
            "different result for {:?}",
            String::from_utf8_lossy(payload)
        );
    }
    // Each of the 10 stripped bytes at both ends of both replies, at least.
    assert!(checked >= 40, "only {checked} payloads checked");
    eprintln!(
        "{} payloads with one ASCII byte added; {checked} accepted by the stock parser with digit-only address and port, all accepted alike",
        payloads.len()
    );
}
