//! Which catalogues answer, in order, for the languages a person reads
//! (pure): `pt-BR` → Brazilian Portuguese, then English; `pt-PT` → the
//! nearest we have (`pt-BR`); `de-AT` → German; anything unknown →
//! English. English always ends the chain.

use super::{Language, LANGUAGES};

/// The Language setting's value for "the system's languages".
pub const SYSTEM: &str = "system";

/// The chain for `wanted` (BCP 47 or POSIX tags such as `de_DE.UTF-8`, the
/// most wanted first).
pub fn resolve(wanted: &[&str]) -> Vec<&'static Language> {
    resolve_in(LANGUAGES, wanted)
}

/// The chain from `languages`, whose first is the fallback of all.
fn resolve_in(languages: &'static [Language], wanted: &[&str]) -> Vec<&'static Language> {
    let mut chain: Vec<&'static Language> = Vec::new();
    let mut push = |l: &'static Language| {
        if !chain.iter().any(|c| std::ptr::eq(*c, l)) {
            chain.push(l);
        }
    };
    // "C", "POSIX" and empty tags name no language: nothing matches them.
    for w in wanted {
        let (language, region) = split(w);
        let exact = languages.iter().find(|l| {
            let (ll, lr) = split(l.tag);
            ll == language && lr == region
        });
        // Same language, any region (de-AT → de, pt-PT → pt-BR).
        let near = languages.iter().find(|l| split(l.tag).0 == language);
        if let Some(l) = exact.or(near) {
            push(l);
        }
    }
    if let Some(fallback) = languages.first() {
        push(fallback);
    }
    chain
}

/// Lower-cased language and region of a tag: `pt_BR.UTF-8@x` → ("pt",
/// "br"); scripts are skipped (`zh-Hans-CN` → ("zh", "cn")).
fn split(tag: &str) -> (String, String) {
    let tag = tag.split(['.', '@']).next().unwrap_or("");
    let mut parts = tag.split(['-', '_']).map(str::to_ascii_lowercase);
    let language = parts.next().unwrap_or_default();
    let region = parts.find(|p| p.len() == 2).unwrap_or_default();
    (language, region)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chains() {
        let table: &[(&[&str], &[&str])] = &[
            (&["de-DE"], &["de", "en"]),
            (&["de_AT.UTF-8"], &["de", "en"]),
            (&["pt-BR"], &["pt-BR", "en"]),
            (&["pt_PT"], &["pt-BR", "en"]),
            (&["pt"], &["pt-BR", "en"]),
            (&["ja_JP.UTF-8"], &["ja", "en"]),
            (&["zh-Hans-CN"], &["zh-CN", "en"]),
            (&["zh_CN.UTF-8"], &["zh-CN", "en"]),
            (&["en-US"], &["en"]),
            (&["C"], &["en"]),
            (&["POSIX"], &["en"]),
            (&[], &["en"]),
            (&["xx-YY"], &["en"]),
            (&["fr-CA", "de-DE"], &["fr", "de", "en"]),
            (&["es-MX", "es-ES"], &["es", "en"]),
            (&["nl-NL", "ru-RU"], &["ru", "en"]),
        ];
        for (wanted, want) in table {
            let got: Vec<&str> = resolve(wanted).iter().map(|l| l.tag).collect();
            assert_eq!(&got, want, "{wanted:?}");
        }
    }

    const fn language(tag: &'static str) -> Language {
        Language {
            tag,
            name: tag,
            decimal: '.',
            ftl: "",
        }
    }

    /// Two regions of one language, as a second translation of Portuguese
    /// or Chinese would make them: the region picks, the first of the
    /// language stands in for another region or none.
    static REGIONAL: [Language; 5] = [
        language("en"),
        language("pt-BR"),
        language("pt-PT"),
        language("zh-CN"),
        language("zh-TW"),
    ];

    #[test]
    fn the_region_picks_between_two_translations_of_one_language() {
        let table: &[(&[&str], &[&str])] = &[
            (&["pt-PT"], &["pt-PT", "en"]),
            (&["pt_BR.UTF-8"], &["pt-BR", "en"]),
            (&["pt-AO"], &["pt-BR", "en"]),
            (&["pt"], &["pt-BR", "en"]),
            (&["zh-Hant-TW"], &["zh-TW", "en"]),
            (&["zh-CN", "zh-TW"], &["zh-CN", "zh-TW", "en"]),
            (&["C", "zh_TW"], &["zh-TW", "en"]),
        ];
        for (wanted, want) in table {
            let got: Vec<&str> = resolve_in(&REGIONAL, wanted)
                .iter()
                .map(|l| l.tag)
                .collect();
            assert_eq!(&got, want, "{wanted:?}");
        }
    }
}
