//! A story text in every language, and where a build finds it: carried, or read from the page.

use crate::page::BROWSER;
use shared::lang::Lang;

/// A text in every language, in the order of [`Lang::ALL`]. Made with [`Localized::new`], it is
/// empty in the languages a one-language build does not carry; made with [`Localized::whole`],
/// it is whole in every build; made with [`Localized::in_page`] (a story text) or
/// [`Localized::whole_in_page`] (a quote's words, whose other wordings a card shows a tap
/// away), a browser's build carries none of it and reads it from the page
/// ([`crate::page::texts`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Localized {
    texts: [&'static str; Lang::COUNT],
    in_page: InPage,
}

/// Where in [`PAGE_TEXTS`] a browser's build finds a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum InPage {
    /// Nowhere: the build carries it.
    No,
    /// At this index, in the page's language.
    Index(u16),
    /// From this index on, one entry per language in the order of [`Lang::ALL`]: every page
    /// holds every language's.
    PerLang(u16),
}

/// How many `lang-…` features the build names: a one-language build names one.
const LANG_FEATURES: usize = cfg!(feature = "lang-de") as usize
    + cfg!(feature = "lang-en") as usize
    + cfg!(feature = "lang-uk") as usize
    + cfg!(feature = "lang-ru") as usize;

// Clippy sees the one build's count, for which the comparison always holds.
#[allow(clippy::absurd_extreme_comparisons)]
const _: () = assert!(
    LANG_FEATURES <= 1,
    "a one-language build names one language: one `lang-…` feature, not several"
);

/// The one language whose texts a one-language build carries (feature `lang-<code>`: every
/// page's build, each for its page's language), or none: every language.
pub const ONLY_LANG: Option<Lang> = if cfg!(feature = "lang-de") {
    Some(Lang::De)
} else if cfg!(feature = "lang-en") {
    Some(Lang::En)
} else if cfg!(feature = "lang-uk") {
    Some(Lang::Uk)
} else if cfg!(feature = "lang-ru") {
    Some(Lang::Ru)
} else {
    None
};

/// `texts` (one per language, in the order of [`Lang::ALL`]) as this build carries them: in a
/// one-language build ([`ONLY_LANG`]) the other languages' are empty, and, evaluated at compile
/// time, never reach the wasm.
pub const fn carried(texts: [&'static str; Lang::COUNT]) -> [&'static str; Lang::COUNT] {
    let Some(only) = ONLY_LANG else {
        return texts;
    };
    let mut kept = [""; Lang::COUNT];
    kept[only.index()] = texts[only.index()];
    kept
}

impl Localized {
    /// A text in every language this build carries ([`carried`]).
    pub const fn new(texts: [&'static str; Lang::COUNT]) -> Localized {
        Localized {
            texts: carried(texts),
            in_page: InPage::No,
        }
    }

    /// A text every build carries in every language.
    pub const fn whole(texts: [&'static str; Lang::COUNT]) -> Localized {
        Localized {
            texts,
            in_page: InPage::No,
        }
    }

    /// Story text `index` of [`PAGE_TEXTS`]: the host's build carries it, a browser's build
    /// ([`BROWSER`]) only the index.
    pub const fn in_page(index: u16, texts: [&'static str; Lang::COUNT]) -> Localized {
        Localized::from_page(carried(texts), InPage::Index(index))
    }

    /// A story text whose every language every page shows (a quote's words): [`PAGE_TEXTS`]
    /// holds language `lang`'s at `first + lang.index()`. The host's build carries it whole, a
    /// browser's build ([`BROWSER`]) only the index.
    pub const fn whole_in_page(first: u16, texts: [&'static str; Lang::COUNT]) -> Localized {
        Localized::from_page(texts, InPage::PerLang(first))
    }

    /// A text the page holds at `in_page`: the host's build carries `texts`, a browser's build
    /// none of them.
    const fn from_page(texts: [&'static str; Lang::COUNT], in_page: InPage) -> Localized {
        Localized {
            texts: if BROWSER { [""; Lang::COUNT] } else { texts },
            in_page,
        }
    }

    /// The text in a language.
    pub fn get(&self, lang: Lang) -> &'static str {
        match self.in_page {
            // The page holds its own language's texts, and each page has a build of its own.
            InPage::Index(index) if BROWSER => crate::page::texts::text(usize::from(index)),
            InPage::PerLang(first) if BROWSER => {
                crate::page::texts::text(usize::from(first) + lang.index())
            }
            _ => self.texts[lang.index()],
        }
    }
}
