//! One event: title, date as precisely as known, summary, claim status and sources.

use super::claim_badge::claim_badge;
use super::source_refs::source_refs;
use crate::i18n::format_when;
use crate::model::story::Event;
use crate::page::markup::Markup;
use shared::lang::Lang;

/// An event as a card (`embedded`: in an embed, which has no sources list), written as markup:
/// a stateless leaf, which holds no listener.
pub fn event_card(out: &mut Markup, event: &Event, lang: Lang, embedded: bool) {
    let when = event.when;
    out.tag("<article class=\"event-card\"><p class=\"event-card__date\"><time datetime=\"")
        .text(&when.start.to_string())
        .tag("\">")
        .text(&format_when(&when, lang))
        .tag("</time></p><h3 class=\"event-card__title\">")
        .text(event.title.get(lang))
        .tag("</h3><p class=\"event-card__summary\">")
        .text(event.summary.get(lang))
        .tag("</p>");
    claim_badge(out, event.status, lang);
    source_refs(out, event.sources, lang, embedded);
    out.tag("</article>");
}
