//! `lanscout serve`: server mode until Ctrl-C, SIGTERM or `--duration`.

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use super::args::ServeArgs;
use super::output::{JsonLine, Out};
use crate::exit::ExitStatus;
use crate::responder::{self, ResponderEvent};
use crate::settings::{describe_errors, Settings};

/// Runs `serve` with the settings file's values under the flags.
pub fn run(
    args: ServeArgs,
    mut settings: Settings,
    notice: Option<String>,
) -> anyhow::Result<ExitStatus> {
    if let Err(e) = args.settings.apply(&mut settings) {
        return Ok(super::fail_with(&e));
    }
    let mut config = match crate::responder::ResponderConfig::try_from(&settings) {
        Ok(c) => c,
        Err(errors) => return Ok(super::fail_with(&describe_errors(&errors))),
    };
    config.rate_limit = !args.no_rate_limit;
    if let Some(secs) = args.unheard_after {
        config.unheard_after = Duration::from_secs_f64(secs);
    }
    let mut out = Out::new(args.json);
    if let Some(n) = notice {
        out.warn(&n);
    }
    let stop = super::interrupted();
    let responder = match responder::start_responder(config.clone(), || {}) {
        Ok(r) => r,
        Err(e) => return Ok(super::fail_with(&e.to_string())),
    };
    let port = responder.port();
    if out.json {
        out.json(&JsonLine::Listening {
            port,
            web_port: config.web_port,
        });
    } else {
        eprintln!(
            "lanscout: answering discovery requests on UDP port {port} (advertising web port {}); Ctrl-C to stop",
            config.web_port
        );
    }
    let end = args
        .duration
        .map(|d| Instant::now() + Duration::from_secs_f64(d));
    let mut hinted = false;
    while !stop.load(Ordering::SeqCst) && end.is_none_or(|e| Instant::now() < e) {
        // Polled, not waited on: a blocked receiver is woken by every event,
        // a futex call per answered datagram under a flood.
        std::thread::sleep(Duration::from_millis(20));
        if let (false, Some(hint)) = (hinted, responder.unheard_hint()) {
            hinted = true;
            out.note("server-unheard", &hint.text());
        }
        for event in responder.events().try_iter() {
            print_event(event, &mut out);
        }
    }
    for event in responder.events().try_iter() {
        print_event(event, &mut out);
    }
    let stats = responder.stop();
    if out.json {
        out.json(&JsonLine::Stats {
            requests: stats.requests,
            answered: stats.answered,
            ignored: stats.ignored,
            rate_limited: stats.rate_limited,
            errors: stats.errors,
        });
    } else {
        eprintln!(
            "lanscout: {} requests, {} answered, {} ignored, {} rate-limited, {} errors",
            stats.requests, stats.answered, stats.ignored, stats.rate_limited, stats.errors
        );
    }
    Ok(ExitStatus::Success)
}

fn print_event(event: ResponderEvent, out: &mut Out) {
    if !out.json {
        if let ResponderEvent::Error(e) = &event {
            eprintln!("warning: {e}");
        }
        return;
    }
    match event {
        ResponderEvent::Answered { from, announced } => out.json(&JsonLine::Answered {
            from: from.to_string(),
            announced: announced.to_string(),
        }),
        ResponderEvent::Ignored { from, reason } => out.json(&JsonLine::Ignored {
            from: from.to_string(),
            reason,
        }),
        ResponderEvent::RateLimited { from } => out.json(&JsonLine::RateLimited {
            from: from.to_string(),
        }),
        ResponderEvent::Error(e) => out.json(&JsonLine::Error { message: &e }),
    }
}
