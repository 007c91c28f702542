//! The story's numbers as they were claimed by the timeline's date.

use yew::prelude::*;

use super::claim_badge::claim_badge;
use super::source_refs::source_refs;
use crate::content::{Figure, Qualifier, Unit};
use crate::date::{Date, Precision};
use crate::locale::{format_date, format_dated, format_number, Lang, Text};
use crate::markup::markup;

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
        Unit::Usd => format!("{number} {}", Text::UsDollars.get(lang)),
        Unit::UsdPerMonth => {
            format!(
                "{number} {} {}",
                Text::UsDollars.get(lang),
                Text::PerMonth.get(lang)
            )
        }
    };
    match qualifier {
        Qualifier::Exact => amount,
        Qualifier::About => format!("{} {amount}", Text::About.get(lang)),
        Qualifier::UpTo => format!("{} {amount}", Text::UpTo.get(lang)),
    }
}

/// Each figure with its value as of the date, who claims it and since when.
#[component]
pub fn FigureList(props: &FigureListProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="figure-list" aria-labelledby="figure-list-heading">
            <h3 id="figure-list-heading" class="figure-list__heading">
                { format!(
                    "{} – {} {}",
                    Text::FiguresHeading.get(lang),
                    Text::AsOf.get(lang),
                    format_date(props.date, Precision::Day, lang),
                ) }
            </h3>
            <dl class="figure-list__items">
                { for props.figures.iter().map(|figure| html! {
                    <div class="figure-list__item" id={format!("figure-{}", figure.id)}>
                        <dt class="figure-list__label">{ figure.label.get(lang) }</dt>
                        <dd class="figure-list__value">
                            if let Some(value) = figure.value_at(props.date) {
                                <strong class="figure-list__number">
                                    { value_text(value.value, value.qualifier, figure.unit, lang) }
                                </strong>
                                { " " }
                                <time datetime={value.date.to_string()}>
                                    { format!(
                                        "({})",
                                        format_dated(value.date, value.dating, lang),
                                    ) }
                                </time>
                                { markup(|out| {
                                    claim_badge(out, value.status, lang);
                                    source_refs(out, value.sources, lang, false);
                                }) }
                            } else {
                                <span class="figure-list__none">
                                    { Text::NotYetClaimed.get(lang) }
                                </span>
                            }
                        </dd>
                    </div>
                }) }
            </dl>
        </section>
    }
}
