//! Shows [`Notice`]s through the desktop's notification service (the
//! freedesktop D-Bus one on Linux and the BSDs) and reports clicks back to
//! the window. Each shown notice waits for its click on its own thread,
//! so the GUI thread never talks to D-Bus.

use crossbeam_channel::Sender;

use super::event::AppEvent;
use super::notices::Notice;
use super::runtime::Tasks;
use super::workers::Notify;

/// Shows `notice` as a task of `tasks`; a click sends
/// [`AppEvent::NoticeClicked`], a failure [`AppEvent::NoticeFailed`].
pub fn show(notice: Notice, tasks: &mut Tasks, events: Sender<AppEvent>, notify: Notify) {
    tasks.spawn(
        "notice",
        move || match show_and_wait(&notice, &events, &notify) {
            // The click, if any, was sent while waiting.
            Ok(()) => AppEvent::NoticeClosed,
            Err(e) => AppEvent::NoticeFailed(e),
        },
        AppEvent::NoticeFailed,
    );
}

#[cfg(all(unix, not(target_os = "macos")))]
fn show_and_wait(
    notice: &Notice,
    events: &Sender<AppEvent>,
    notify: &Notify,
) -> Result<(), String> {
    use notify_rust::{Hint, Notification};
    let handle = Notification::new()
        .appname("LanScout")
        .summary(&notice.summary)
        .body(&escape_markup(&notice.body))
        .icon(super::APP_ID)
        .hint(Hint::DesktopEntry(super::APP_ID.into()))
        .action("default", &crate::tr!("notice-open"))
        .show()
        .map_err(|e| e.to_string())?;
    let opens = notice.opens;
    handle.wait_for_action(|action| {
        if action == "default" {
            let _ = events.send(AppEvent::NoticeClicked(opens));
            notify();
        }
    });
    Ok(())
}

#[cfg(not(all(unix, not(target_os = "macos"))))]
fn show_and_wait(_: &Notice, _: &Sender<AppEvent>, _: &Notify) -> Result<(), String> {
    Err("desktop notifications are only built for Linux and the BSDs".into())
}

/// The body with the markup characters the notification spec interprets
/// escaped: a page title from the network is shown, never rendered.
#[cfg(any(test, all(unix, not(target_os = "macos"))))]
pub fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped() {
        let cases = [
            ("plain", "plain"),
            ("<b>Lab</b> & co", "&lt;b&gt;Lab&lt;/b&gt; &amp; co"),
            ("a · b — c", "a · b — c"),
        ];
        for (input, expected) in cases {
            assert_eq!(escape_markup(input), expected);
        }
    }
}
