//! Markup written as text: the parts of a view that hold no listener, which the browser then takes whole instead of hydrating node by node.

use std::fmt::Write;

use yew::{AttrValue, Html};

use crate::page::fixed::fixed;
use shared::lang::Lang;

/// Markup being written, in document order: tags from the code's own literals, and text
/// from the content, escaped.
#[derive(Default)]
pub struct Markup(String);

impl Markup {
    /// Writes markup as it is: a tag, or part of one, never content.
    pub fn tag(&mut self, markup: &str) -> &mut Self {
        self.0.push_str(markup);
        self
    }

    /// Writes text, escaped for an element's content or a quoted attribute's value.
    pub fn text(&mut self, text: &str) -> &mut Self {
        // Each run without a character to escape at once: they are all ASCII, so a run ends on
        // a character's boundary.
        let mut rest = text;
        while let Some(at) = rest.find(['&', '<', '>', '"']) {
            self.0.push_str(&rest[..at]);
            self.0.push_str(match rest.as_bytes()[at] {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                _ => "&quot;",
            });
            rest = &rest[at + 1..];
        }
        self.0.push_str(rest);
        self
    }

    /// Writes a number rounded to `decimals` places, as [`fixed`] writes it.
    pub fn number(&mut self, value: f64, decimals: u32) -> &mut Self {
        // Writing to a `String` cannot fail.
        let _ = write!(self.0, "{}", fixed(value, decimals));
        self
    }

    /// The markup written so far.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The markup written, for a writer of kept markup ([`kept_markup`]).
    pub fn into_string(self) -> String {
        self.0
    }
}

/// `text` escaped as [`Markup::text`] writes it: for generated embed code, pre-rendered pages
/// and the kept markup's writers.
pub fn escape(text: &str) -> String {
    let mut out = Markup::default();
    out.text(text);
    out.0
}

/// A node of a view holding the markup `write` writes. The browser adopts its elements as the
/// host wrote them and replaces them whole when the markup changes, so nothing in it may need
/// a listener of its own.
pub fn markup(write: impl FnOnce(&mut Markup)) -> Html {
    let mut out = Markup::default();
    write(&mut out);
    Html::from_html_unchecked(AttrValue::from(out.0))
}

/// Markup the host writes once for a page and the browser keeps as the page has it: drawings of
/// many elements that change only with the language (the map's areas, the time axis). A page's
/// language never changes while it is open (each language has pages of its own, and an address
/// asking for another language opens that language's page before anything hydrates), so the
/// browser adopts the host's nodes and never builds the markup at all: the wasm carries neither
/// `write` nor the texts only it uses. A part holding kept markup must therefore be hydrated,
/// never mounted anew in the browser, where it would stay empty. Its classes are not in the wasm:
/// the prerender step (`inline_styles_of`) reads them from the writers `ui::kept` lists, to keep
/// their styles in the embed pages, so every `write` must stand in that list (a test checks it
/// with [`kept_markup_written`]).
pub fn kept_markup(lang: Lang, write: fn(Lang) -> String) -> Html {
    if crate::page::BROWSER {
        // Hydration adopts the nodes between the host's markers, whatever the string, and a
        // later render compares this string with itself and leaves them alone.
        return Html::from_html_unchecked(AttrValue::Static(""));
    }
    let written = write(lang);
    #[cfg(feature = "ssr")]
    WRITTEN.with_borrow_mut(|kept| {
        if let Some(kept) = kept {
            kept.push((lang, written.clone()));
        }
    });
    Html::from_html_unchecked(AttrValue::from(written))
}

#[cfg(feature = "ssr")]
thread_local! {
    /// The kept markup written on this thread while [`kept_markup_written`] runs.
    static WRITTEN: std::cell::RefCell<Option<Vec<(Lang, String)>>> =
        const { std::cell::RefCell::new(None) };
}

/// What `render` returns, and every kept markup written on this thread while it ran, with its
/// language: for the test that every writer stands in the list the prerender reads. Host only
/// (feature `ssr`): no browser's build has it.
#[cfg(feature = "ssr")]
pub fn kept_markup_written<T>(render: impl FnOnce() -> T) -> (T, Vec<(Lang, String)>) {
    let before = WRITTEN.replace(Some(Vec::new()));
    let rendered = render();
    let written = WRITTEN.replace(before).unwrap_or_default();
    (rendered, written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_tags_and_numbers_are_not() {
        let mut out = Markup::default();
        out.tag("<p title=\"")
            .text("\"Fire & Fury\" <b>")
            .tag("\">")
            .text("Kim's 1 < 2 > 0")
            .tag("</p><circle r=\"")
            .number(4.499, 2)
            .tag("\"/>");
        assert_eq!(
            out.as_str(),
            "<p title=\"&quot;Fire &amp; Fury&quot; &lt;b&gt;\">Kim's 1 &lt; 2 &gt; 0</p><circle r=\"4.5\"/>"
        );
    }
}
