//! The sources a fact rests on, linked to their entries in the sources list, or in an embed (which has no list) to their addresses.

use crate::i18n::Text;
use crate::model::story::Source;
use crate::page::markup::Markup;
use shared::lang::Lang;

/// "Quellen: DW, NIS" with each name linking to the source's entry in the sources list. An embed
/// shows no list: there a name links to the source's address where it has one (in a new tab),
/// and is plain text where it has none. Written as markup: a stateless leaf, whose links the
/// browser follows by itself.
pub fn source_refs(out: &mut Markup, sources: &[&Source], lang: Lang, embedded: bool) {
    // The space is the label's: a space of its own, between the bold label and the first name,
    // moves by 2 px when the parser pauses after it (a layout shift Chromium counts).
    out.tag("<p class=\"source-refs\"><span class=\"source-refs__label\">")
        .text(Text::SourcesOf.get(lang))
        .tag(" </span>");
    for (i, source) in sources.iter().enumerate() {
        if i > 0 {
            out.tag(", ");
        }
        let (close, new_tab) = match (embedded, source.url) {
            (false, _) => {
                out.tag("<a href=\"#source-").text(source.id).tag("\"");
                ("</a>", false)
            }
            (true, Some(url)) => {
                out.tag("<a href=\"")
                    .text(url)
                    .tag("\" target=\"_blank\" rel=\"noopener noreferrer\"");
                ("</a>", true)
            }
            (true, None) => {
                out.tag("<span");
                ("</span>", false)
            }
        };
        out.tag(" title=\"")
            .text(source.title.get(lang))
            .tag("\">")
            .text(source.publisher.get(lang));
        if new_tab {
            out.tag("<span class=\"visually-hidden\"> ")
                .text(Text::OpensInNewTab.get(lang))
                .tag("</span>");
        }
        out.tag(close);
    }
    out.tag("</p>");
}
