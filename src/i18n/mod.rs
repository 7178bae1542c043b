//! Every word a person reads in the window, its notifications, the
//! diagnosis and the desktop metadata comes from Project Fluent catalogues:
//! one file per language under `locales/`, listed once in [`LANGUAGES`].
//! A message is looked up in the chosen language, then in its fallbacks,
//! then in English (which is complete: a test holds every catalogue to its
//! keys).
//!
//! The language is process-wide: the window sets it at start and when the
//! Language setting changes ([`use_language`]); until then (the command
//! line) it is English, so the CLI's text and JSON stay what scripts parse.

pub mod ids;
mod resolve;

use std::sync::{Arc, OnceLock, RwLock};

use fluent_bundle::{concurrent::FluentBundle, FluentResource};
pub use fluent_bundle::{FluentArgs, FluentValue};
pub use resolve::{resolve, SYSTEM};

/// A language LanScout's window speaks.
#[derive(Debug)]
pub struct Language {
    /// BCP 47 tag (`pt-BR`): the setting's value and the file's name.
    pub tag: &'static str,
    /// Its own name for itself, as the Language setting lists it.
    pub name: &'static str,
    /// Decimal separator ("2,5 s" in German).
    pub decimal: char,
    /// The catalogue's text.
    pub ftl: &'static str,
}

macro_rules! language {
    ($tag:literal, $name:literal, $decimal:literal) => {
        Language {
            tag: $tag,
            name: $name,
            decimal: $decimal,
            ftl: include_str!(concat!("../../locales/", $tag, ".ftl")),
        }
    };
}

/// Every language, English first (the fallback of all the others). Adding
/// one: a file `locales/<tag>.ftl` and one line here.
pub const LANGUAGES: &[Language] = &[
    language!("en", "English", '.'),
    language!("de", "Deutsch", ','),
    language!("fr", "Français", ','),
    language!("es", "Español", ','),
    language!("pt-BR", "Português (Brasil)", ','),
    language!("ru", "Русский", ','),
    language!("ja", "日本語", '.'),
    language!("zh-CN", "简体中文", '.'),
];

/// The catalogues of one language and its fallbacks, ready to format.
pub struct Catalog {
    chain: Vec<(&'static Language, FluentBundle<FluentResource>)>,
    /// Which catalogue this is, of all made in this run (never reused,
    /// unlike an address: [`Words`] keys its last wording by it).
    serial: usize,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let tags: Vec<&str> = self.chain.iter().map(|(l, _)| l.tag).collect();
        f.debug_struct("Catalog").field("chain", &tags).finish()
    }
}

/// Parses one language's catalogue; syntax errors are reported and the
/// valid messages kept (tests hold every catalogue free of them).
pub fn bundle(language: &'static Language) -> FluentBundle<FluentResource> {
    let resource = match FluentResource::try_new(language.ftl.to_string()) {
        Ok(r) => r,
        Err((r, errors)) => {
            log::error!("{}.ftl: {} syntax errors", language.tag, errors.len());
            r
        }
    };
    let id: unic_langid::LanguageIdentifier = language.tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks around each argument would show as boxes in
    // fonts without them; the window lays out one direction only.
    bundle.set_use_isolating(false);
    if let Err(errors) = bundle.add_resource(resource) {
        log::error!("{}.ftl: {} duplicate messages", language.tag, errors.len());
    }
    bundle
}

impl Catalog {
    /// The catalogues for `chain` (as [`resolve`] gives it), in order.
    pub fn new(chain: &[&'static Language]) -> Self {
        static SERIAL: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        Self {
            chain: chain.iter().map(|l| (*l, bundle(l))).collect(),
            serial: SERIAL.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        }
    }

    /// One language alone, English after it; `None` if LanScout has no
    /// catalogue with this tag.
    pub fn for_tag(tag: &str) -> Option<Self> {
        let language = LANGUAGES.iter().find(|l| l.tag == tag)?;
        Some(Self::new(&resolve(&[language.tag])))
    }

    /// The language that is asked first.
    pub fn language(&self) -> &'static Language {
        self.chain.first().map_or(&LANGUAGES[0], |(l, _)| *l)
    }

    /// The message `id` with `args`, from the first catalogue that has it
    /// (the id itself if none has: tests keep that from happening).
    pub fn text(&self, id: &str, args: Option<&FluentArgs>) -> String {
        for (language, bundle) in &self.chain {
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                log::debug!("{}: {id}: {errors:?}", language.tag);
            }
            return text.into_owned();
        }
        log::debug!("no message {id}");
        id.to_string()
    }

    /// Whether the first language has `id` itself (not through fallback).
    pub fn has_own(&self, id: &str) -> bool {
        self.chain
            .first()
            .is_some_and(|(_, b)| b.get_message(id).is_some())
    }
}

static CURRENT: RwLock<Option<Arc<Catalog>>> = RwLock::new(None);

fn english() -> Arc<Catalog> {
    static ENGLISH: OnceLock<Arc<Catalog>> = OnceLock::new();
    ENGLISH
        .get_or_init(|| Arc::new(Catalog::new(&[&LANGUAGES[0]])))
        .clone()
}

/// A language this thread speaks for a moment ([`in_english`]).
// It is const: the lint misfires on the Windows build, whose std is built
// from source (-Zbuild-std), and an attribute on the macro is ignored.
#[allow(clippy::missing_const_for_thread_local)]
mod speaking {
    use std::cell::RefCell;
    use std::sync::Arc;

    thread_local! {
        pub static SPEAKING: RefCell<Option<Arc<super::Catalog>>> = const { RefCell::new(None) };
    }
}
use speaking::SPEAKING;

/// The catalogue in use.
pub fn current() -> Arc<Catalog> {
    if let Some(c) = SPEAKING.with(|s| s.borrow().clone()) {
        return c;
    }
    match CURRENT.read() {
        Ok(c) => c.clone().unwrap_or_else(english),
        Err(_) => english(),
    }
}

/// Uses `choice` from now on: a tag of [`LANGUAGES`] or [`SYSTEM`] (the
/// system's languages, in its order). Returns the language asked first.
pub fn use_language(choice: &str) -> &'static Language {
    let chain = if choice == SYSTEM {
        let system: Vec<String> = sys_locale::get_locales().collect();
        let system: Vec<&str> = system.iter().map(String::as_str).collect();
        resolve(&system)
    } else {
        resolve(&[choice])
    };
    let catalog = Arc::new(Catalog::new(&chain));
    let language = catalog.language();
    if let Ok(mut c) = CURRENT.write() {
        *c = Some(catalog);
    }
    language
}

/// `say()` in English, whatever the window's language: the log and the
/// command line are English, so that support requests and scripts read
/// one language.
pub fn in_english<R>(say: impl FnOnce() -> R) -> R {
    struct Restore(Option<Arc<Catalog>>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let before = self.0.take();
            SPEAKING.with(|s| *s.borrow_mut() = before);
        }
    }
    let _restore = Restore(SPEAKING.with(|s| s.replace(Some(english()))));
    say()
}

/// What a message says, kept as how to say it: it is worded when shown,
/// in the language in use then (the messages panel follows a language
/// switch), and in English for the log.
#[derive(Clone)]
pub struct Words {
    say: Arc<dyn Fn() -> String + Send + Sync>,
    /// The last wording and the catalogue it came from: the panel draws
    /// every frame, the language changes rarely.
    last: Arc<std::sync::Mutex<Option<(usize, String)>>>,
}

impl Words {
    /// Words that `say` puts in the language in use (see [`words!`](crate::words)).
    pub fn new(say: impl Fn() -> String + Send + Sync + 'static) -> Self {
        Words {
            say: Arc::new(say),
            last: Arc::default(),
        }
    }

    /// The text in the language in use.
    pub fn text(&self) -> String {
        let catalog = current().serial;
        let Ok(mut last) = self.last.lock() else {
            return (self.say)();
        };
        match &*last {
            Some((c, text)) if *c == catalog => text.clone(),
            _ => {
                let text = (self.say)();
                *last = Some((catalog, text.clone()));
                text
            }
        }
    }

    /// The text in English.
    pub fn english(&self) -> String {
        in_english(|| self.text())
    }
}

/// Text that is the same in every language (an error the system worded,
/// a text made elsewhere).
impl From<String> for Words {
    fn from(text: String) -> Self {
        Words::new(move || text.clone())
    }
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&self.text(), f)
    }
}

impl PartialEq for Words {
    fn eq(&self, other: &Self) -> bool {
        self.text() == other.text()
    }
}

impl Eq for Words {}

/// The message `id` in the language in use (see [`tr!`](crate::tr)).
pub fn text(id: &str, args: Option<&FluentArgs>) -> String {
    current().text(id, args)
}

/// `value` with `digits` decimals and the language's decimal separator.
pub fn decimal(value: f64, digits: usize) -> String {
    let text = format!("{value:.digits$}");
    match current().language().decimal {
        '.' => text,
        c => text.replace('.', &c.to_string()),
    }
}

/// An argument of a message: numbers stay numbers (for plural rules).
pub fn arg<'a>(value: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    value.into()
}

/// A message from the catalogue in use: `tr!("scan-done")`,
/// `tr!("servers-found", count = n, name = name)`. A written-out id is
/// checked while compiling (see [`msg!`]); an id held in a variable was
/// checked where it was written.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::text($crate::msg!($id), None)
    };
    ($id:literal, $($key:ident = $value:expr),+ $(,)?) => {
        $crate::tr!(@args $crate::msg!($id), $($key = $value),+)
    };
    (@args $id:expr, $($key:ident = $value:expr),+) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($key), $crate::i18n::arg($value)); )+
        $crate::i18n::text($id, Some(&args))
    }};
    ($id:expr) => {
        $crate::i18n::text($id, None)
    };
    ($id:expr, $($key:ident = $value:expr),+ $(,)?) => {
        $crate::tr!(@args $id, $($key = $value),+)
    };
}

/// A message worded when shown ([`Words`]): `words!("msg-copied", count = n)`.
/// The arguments are taken once (cloned at each wording). The id is
/// checked while compiling, as for [`tr!`].
#[macro_export]
macro_rules! words {
    ($id:literal) => {{
        let id = $crate::msg!($id);
        $crate::i18n::Words::new(move || $crate::tr!(id))
    }};
    ($id:literal, $($key:ident = $value:expr),+ $(,)?) => {{
        let id = $crate::msg!($id);
        let args = ($($value,)+);
        $crate::i18n::Words::new(move || {
            let ($($key,)+) = ::core::clone::Clone::clone(&args);
            $crate::tr!(id, $($key = $key),+)
        })
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_follow_the_language_and_the_log_stays_english() {
        let copied = crate::words!("msg-copied", count = 2_usize);
        assert_eq!(copied.text(), "copied 2 servers to the clipboard");
        let german = Catalog::for_tag("de").expect("German");
        let _speaking = SPEAKING.with(|s| s.replace(Some(Arc::new(german))));
        assert_eq!(copied.text(), "2 Server in die Zwischenablage kopiert");
        assert_eq!(copied.english(), "copied 2 servers to the clipboard");
        assert_eq!(
            copied.text(),
            "2 Server in die Zwischenablage kopiert",
            "restored"
        );
        SPEAKING.with(|s| *s.borrow_mut() = None);
        let fixed = Words::from("as the system said it".to_string());
        assert_eq!(fixed.text(), "as the system said it");
    }

    /// A translation that has only some messages, as a new community
    /// language starts out.
    static PARTIAL: Language = Language {
        tag: "de",
        name: "Teilweise",
        decimal: ',',
        ftl: "filter-hint = Name, Adresse, Port\n",
    };

    #[test]
    fn a_message_a_partial_catalogue_lacks_comes_from_the_next_one() {
        let partial = Catalog::new(&[&PARTIAL, &LANGUAGES[0]]);
        let english = Catalog::new(&[&LANGUAGES[0]]);
        assert_eq!(partial.text("filter-hint", None), "Name, Adresse, Port");
        let fallback = partial.text("progress-scanning", None);
        assert_eq!(fallback, english.text("progress-scanning", None));
        assert_ne!(fallback, "progress-scanning", "the raw id was shown");
        assert_eq!(partial.text("no-such-message", None), "no-such-message");
    }
}
