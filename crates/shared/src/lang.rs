//! The languages the explainer is published in, one row each: the app, the content compiler and mapgen share them.

/// A language the explainer is published in. Adding one is a row here (variant, [`Lang::ALL`],
/// [`CODES`], [`OWN_NAMES`]), a column in the interface catalog (`src/i18n/catalog.rs`), a text in
/// every localized content field (the compiler names every field that lacks it) and the
/// language's two builds (README, Add a language).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// German, the language of the DW article and the default: its page is the folder itself.
    #[default]
    De,
    /// English: its page is `en/` in the folder.
    En,
    /// Ukrainian: its page is `uk/` in the folder.
    Uk,
    /// Russian: its page is `ru/` in the folder.
    Ru,
}

/// Every language's code, in the order of [`Lang::ALL`].
const CODES: [&str; Lang::COUNT] = ["de", "en", "uk", "ru"];

/// Every language's name, written in itself, in the order of [`Lang::ALL`]: the language switch
/// names every language, and a one-language build carries these whole.
const OWN_NAMES: [&str; Lang::COUNT] = ["Deutsch", "English", "Українська", "Русский"];

impl Lang {
    /// Every language, the default first; content columns and catalog columns follow this order.
    pub const ALL: [Lang; 4] = [Lang::De, Lang::En, Lang::Uk, Lang::Ru];

    /// The languages the story's sources speak in: the DW article's German and the English of
    /// the statements and reports it quotes. A quote card offers a quote's wordings in these
    /// beside its page's own ([`Lang::offers`]).
    pub const ORIGINALS: [Lang; 2] = [Lang::De, Lang::En];

    /// How many languages there are.
    pub const COUNT: usize = Lang::ALL.len();

    /// Its column in localized texts.
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The BCP 47 code used in `lang` attributes, in the URL and as its page's folder.
    pub const fn code(self) -> &'static str {
        CODES[self.index()]
    }

    /// Its name, written in itself (the language switch).
    pub const fn own_name(self) -> &'static str {
        OWN_NAMES[self.index()]
    }

    /// Whether this language's page shows a quote's wording in `other`: its own, or one of
    /// [`Lang::ORIGINALS`]. A page carries no other language's wording.
    pub fn offers(self, other: Lang) -> bool {
        other == self || Lang::ORIGINALS.contains(&other)
    }

    /// The language whose code this is, exactly as the URL writes it.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }
}
