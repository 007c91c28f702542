//! How established a fact is, and who says so.

use yew::prelude::*;

use crate::content::{ClaimKind, ClaimStatus};
use crate::locale::{Lang, Text};

/// A fact's claim status: "Behauptung · laut Südkoreas Geheimdienst NIS". A plain function, not
/// a component: a stateless leaf drawn many times, where a component costs wasm glue.
pub fn claim_badge(status: ClaimStatus, lang: Lang) -> Html {
    let (kind, modifier) = match status.kind {
        ClaimKind::Confirmed => (Text::Confirmed, "confirmed"),
        ClaimKind::Claimed => (Text::Claimed, "claimed"),
        ClaimKind::Unconfirmed => (Text::Unconfirmed, "unconfirmed"),
        ClaimKind::Denied => (Text::Denied, "denied"),
    };
    let by = status.by.map(|by| {
        let word = match status.kind {
            ClaimKind::Denied => Text::DeniedBy,
            _ => Text::According,
        };
        format!("{} {}", word.get(lang), by.get(lang))
    });
    html! {
        <span class="claim-badge" data-status={modifier}>
            <span class="claim-badge__kind">{ kind.get(lang) }</span>
            if let Some(by) = by {
                <span class="claim-badge__by">{ by }</span>
            }
        </span>
    }
}
