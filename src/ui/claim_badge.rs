//! How established a fact is, and who says so.

use crate::i18n::{template, Text};
use crate::model::story::{ClaimKind, ClaimStatus};
use crate::page::markup::Markup;
use shared::lang::Lang;

/// Whoever makes a claim, named where no badge states its kind before them: "laut Südkoreas
/// Geheimdienst NIS" / "according to South Korea's NIS", "bestritten von …" / "denied by …";
/// `None` where the status names nobody.
pub fn claimant_text(status: ClaimStatus, lang: Lang) -> Option<String> {
    let by = status.by?.get(lang);
    let text = match status.kind {
        ClaimKind::Denied => Text::DeniedByWhom,
        _ => Text::According,
    };
    Some(template(text, lang, &[("by", by)]))
}

/// A fact's claim status: "Behauptung · laut Südkoreas Geheimdienst NIS", written as markup:
/// a stateless leaf drawn many times, which holds no listener.
pub fn claim_badge(out: &mut Markup, status: ClaimStatus, lang: Lang) {
    let (kind, modifier) = match status.kind {
        ClaimKind::Confirmed => (Text::Confirmed, "confirmed"),
        ClaimKind::Claimed => (Text::Claimed, "claimed"),
        ClaimKind::Unconfirmed => (Text::Unconfirmed, "unconfirmed"),
        ClaimKind::Denied => (Text::Denied, "denied"),
    };
    // Attributes in the order Yew writes them, the class last, so that hydrated and written
    // markup read alike.
    out.tag("<span data-status=\"")
        .tag(modifier)
        .tag("\" class=\"claim-badge\"><span class=\"claim-badge__kind\">")
        .text(kind.get(lang))
        .tag("</span>");
    if let Some(by) = status.by {
        let word = match status.kind {
            ClaimKind::Denied => Text::DeniedBy,
            _ => Text::According,
        };
        out.tag("<span class=\"claim-badge__by\">")
            .text(&template(word, lang, &[("by", by.get(lang))]))
            .tag("</span>");
    }
    out.tag("</span>");
}
