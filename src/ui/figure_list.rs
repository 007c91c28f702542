//! The story's numbers as they were claimed by the timeline's date.

use yew::prelude::*;

use super::claim_badge::{claim_badge, claimant_text};
use super::source_refs::source_refs;
use crate::i18n::{format_date, format_dated, format_number, template, Text};
use crate::model::story::{Figure, FigureValue, Qualifier, Unit};
use crate::page::markup::markup;
use shared::date::{Date, Precision};
use shared::lang::Lang;

/// Props of [`FigureList`].
#[derive(Properties, PartialEq)]
pub struct FigureListProps {
    /// The figures.
    pub figures: &'static [Figure],
    /// The timeline's date.
    pub date: Date,
    /// The language.
    pub lang: Lang,
}

/// A value in words: "bis zu 12.000", "2,000 US dollars a month".
pub fn value_text(value: u64, qualifier: Qualifier, unit: Unit, lang: Lang) -> String {
    let number = format_number(value, lang);
    let amount = match unit {
        Unit::Soldiers => number,
        Unit::Usd => template(Text::UsDollars, lang, &[("number", &number)]),
        Unit::UsdPerMonth => template(Text::UsDollarsPerMonth, lang, &[("number", &number)]),
    };
    let qualified = |text| template(text, lang, &[("amount", &amount)]);
    match qualifier {
        Qualifier::Exact => amount.clone(),
        Qualifier::About => qualified(Text::About),
        Qualifier::UpTo => qualified(Text::UpTo),
        Qualifier::AtLeast => qualified(Text::AtLeast),
    }
}

/// A claimed value with its claimant: "about 3,000 (according to South Korea's NIS)".
pub fn claim_text(figure: &Figure, value: &FigureValue, lang: Lang) -> String {
    let amount = value_text(value.value, value.qualifier, figure.unit, lang);
    match claimant_text(value.status, lang) {
        Some(by) => template(
            Text::ValueClaimedBy,
            lang,
            &[("value", &amount), ("by", &by)],
        ),
        None => amount,
    }
}

/// Every claim of a figure that holds at a date, each with its claimant: "about 3,000
/// (according to South Korea's NIS) · at least 3,000 (according to the US government (John
/// Kirby, White House))"; `None` before the first.
pub fn held_text(figure: &Figure, date: Date, lang: Lang) -> Option<String> {
    let claims = figure.claims_at(date, lang);
    let texts: Vec<String> = claims
        .iter()
        .map(|value| claim_text(figure, value, lang))
        .collect();
    (!texts.is_empty()).then(|| texts.join(Text::ClaimsSeparator.get(lang)))
}

/// One claim in the list: the number, its day, its status and claimant, and its sources.
fn claim_item(figure: &Figure, value: &FigureValue, lang: Lang) -> Html {
    html! {
        <div class="figure-list__claim">
            <strong class="figure-list__number">
                { value_text(value.value, value.qualifier, figure.unit, lang) }
            </strong>
            { " " }
            <time datetime={value.date.to_string()}>
                { template(Text::Parenthetical, lang, &[("text", &format_dated(value.date, value.dating, lang))]) }
            </time>
            { markup(|out| {
                claim_badge(out, value.status, lang);
                source_refs(out, value.sources, lang, false);
            }) }
        </div>
    }
}

/// Each figure with every claim of it that holds at the date: who claims it and since when.
#[component]
pub fn FigureList(props: &FigureListProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="figure-list" aria-labelledby="figure-list-heading">
            <h3 id="figure-list-heading" class="figure-list__heading">
                { template(
                    Text::FiguresAsOf,
                    lang,
                    &[("date", &format_date(props.date, Precision::Day, lang))],
                ) }
            </h3>
            <dl class="figure-list__items">
                { for props.figures.iter().map(|figure| {
                    let claims = figure.claims_at(props.date, lang);
                    html! {
                        <div class="figure-list__item" id={format!("figure-{}", figure.id)}>
                            <dt class="figure-list__label">{ figure.label.get(lang) }</dt>
                            <dd class="figure-list__value">
                                if claims.is_empty() {
                                    <span class="figure-list__none">
                                        { Text::NotYetClaimed.get(lang) }
                                    </span>
                                }
                                { for claims.iter().map(|value| claim_item(figure, value, lang)) }
                            </dd>
                        </div>
                    }
                }) }
            </dl>
        </section>
    }
}
