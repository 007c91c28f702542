//! Time as the host renders it: the slider, its axis and the troop chart.

use explainer::model::story::STORY;
use shared::lang::Lang;
use yew::{Callback, ServerRenderer};

use super::group;
use super::host_render::{render_app, text};

/// The troop chart as the host renders it: its drawing, and the words of its legend.
async fn render_troop_chart(lang: Lang) -> (String, String) {
    use explainer::ui::troop_chart::{TroopChart, TroopChartProps};
    let html = ServerRenderer::<TroopChart>::with_props(move || TroopChartProps { lang })
        .hydratable(false)
        .render()
        .await;
    let (drawing, legend) = html.split_once(r#"class="troop-chart__legend""#).unwrap();
    (drawing.to_owned(), text(legend))
}

/// The numbers of every `name="…%"` attribute of some markup.
fn percents(html: &str, name: &str) -> Vec<f64> {
    let pattern = format!(" {name}=\"");
    html.match_indices(&pattern)
        .map(|(at, _)| {
            let value = &html[at + pattern.len()..];
            value[..value.find('"').unwrap()]
                .strip_suffix('%')
                .unwrap_or_else(|| panic!("{name} is not a percentage: {value}"))
                .parse()
                .unwrap()
        })
        .collect()
}

#[tokio::test]
async fn the_troop_chart_names_every_claim_with_its_date_and_claimant() {
    use explainer::i18n::Text;
    use explainer::model::story::Unit;
    let (drawing, legend) = render_troop_chart(Lang::En).await;
    assert!(
        legend.contains("North Korean soldiers in Russia : about 1,500 (18 October 2024, according to South Korea's NIS) → about 3,000 (23 October 2024, according to South Korea's NIS)"),
        "{legend}"
    );
    // The White House's figure of the same day is a second claim, with an entry of its own.
    assert!(
        legend.contains("North Korean soldiers in Russia : at least 3,000 (23 October 2024, according to the US government (John Kirby))"),
        "{legend}"
    );
    assert!(legend.contains("Soldiers North Korea intends to send : up to 12,000 (18 October 2024"));
    assert!(legend.contains("Soldiers expected by December 2024 : about 10,000 (23 October 2024, according to South Korea's NIS)"));
    let (_, german) = render_troop_chart(Lang::De).await;
    assert!(
        german.contains("Nordkoreanische Soldaten in Russland : mindestens 3.000 (23. Oktober 2024, laut US-Regierung (John Kirby))"),
        "{german}"
    );
    // Every claimant of every soldier count is named in its legend, in every language.
    let soldiers = || {
        STORY
            .figures
            .iter()
            .filter(|f| f.unit == Unit::Soldiers)
            .flat_map(|f| f.values)
    };
    for lang in Lang::ALL {
        let (_, legend) = render_troop_chart(lang).await;
        for value in soldiers() {
            let by = value.status.by.unwrap().get(lang);
            let named = explainer::i18n::template(Text::According, lang, &[("by", by)]);
            assert!(legend.contains(&named), "{named} in {legend}");
        }
    }
    // The drawing keeps its text at its pixel size: no viewBox to scale it down on a phone.
    assert!(!drawing.contains("viewBox"));
    // A mark for every claim made by the present, on its day.
    let claims = soldiers().filter(|v| v.date <= STORY.present).count();
    assert_eq!(
        drawing.matches(r#"class="troop-chart__point"#).count(),
        claims
    );
}

#[tokio::test]
async fn the_troop_chart_ends_at_the_storys_present() {
    use explainer::i18n::Text;
    for (lang, as_of) in [
        (Lang::De, "Stand: 23. Oktober 2024"),
        (Lang::En, "As of 23 October 2024"),
    ] {
        let (drawing, legend) = render_troop_chart(lang).await;
        // The axis's right end says the day the chart is drawn up to, and so does the caption.
        let label = drawing.find(&format!(">{as_of}<")).expect(as_of);
        let tag = &drawing[drawing[..label].rfind("<text").unwrap()..label];
        let present = percents(tag, "x")[0];
        assert!(legend.contains(as_of), "{legend}");
        assert!(legend.contains(Text::ChartCaption.get(lang)));
        // Nothing is drawn beyond the present: no line runs on into November or December.
        let xs: Vec<f64> = ["x", "x1", "x2", "cx"]
            .iter()
            .flat_map(|name| percents(&drawing, name))
            .collect();
        assert!(xs.iter().all(|&x| x <= present), "{present} {xs:?}");
        // The claims made on the present are marked there: the NIS's dot, the White House's square.
        assert!(percents(&drawing, "cx").contains(&present));
        let square = drawing.find("troop-chart__point--square").unwrap();
        let square = &drawing[drawing[..square].rfind("<rect").unwrap()..square];
        assert_eq!(percents(square, "x"), [present]);
        let months = text(&drawing);
        for month in [11, 12] {
            let name = explainer::i18n::short_month(lang, month);
            assert!(!months.contains(name), "{name} in {months}");
        }
    }
}

#[tokio::test]
async fn the_slider_and_its_axis_follow_the_scale() {
    use explainer::model::timeline_scale::{last_position, position_of};
    let html = render_app("?date=2024-10-18").await;
    let start = html.find("<input").unwrap();
    let slider = &html[start..start + html[start..].find('>').unwrap()];
    assert!(slider.contains(&format!(r#"max="{}""#, last_position())));
    assert!(slider.contains(&format!(
        r#"value="{}""#,
        position_of(shared::date::Date::parse("2024-10-18").unwrap())
    )));
    assert!(slider.contains(r#"aria-valuetext="18. Oktober 2024""#));
    assert_eq!(
        html.matches(r#"class="time-control__tick""#).count(),
        STORY.events.len()
    );
    // The day's events' ticks, drawn over the rest.
    let date = shared::date::Date::parse("2024-10-18").unwrap();
    let current = group(&html, "time-control__current");
    assert_eq!(
        current
            .matches(r#"class="time-control__tick time-control__tick--current""#)
            .count(),
        STORY.current_events(date).len()
    );
    assert!(!STORY.current_events(date).is_empty());
    assert!(text(&html).contains("Sept. 2022 – Mai 2024 (gestaucht)"));
    assert!(html.contains(r#"aria-live="polite""#));
}
#[tokio::test]
async fn the_date_slider_names_its_date_in_words_for_screen_readers() {
    use explainer::model::timeline_scale::{last_position, position_of};
    use explainer::ui::date_slider::{DateSlider, DateSliderProps};
    use shared::date::Date;
    let date = Date::parse("2024-10-18").unwrap();
    let html = ServerRenderer::<DateSlider>::with_props(move || DateSliderProps {
        date,
        lang: Lang::En,
        on_change: Callback::noop(),
    })
    .hydratable(false)
    .render()
    .await;
    assert!(html.starts_with("<div class=\"date-slider\">"), "{html}");
    assert!(
        text(&html).starts_with("Date in the story 18 October 2024"),
        "{html}"
    );
    // The words, and the short form a narrow control shows instead, hidden from screen readers.
    assert!(
        html.contains(
            "<span class=\"date-slider__words\">18 October 2024</span>\
         <span aria-hidden=\"true\" class=\"date-slider__short\">18 Oct 2024</span></output>"
        ),
        "{html}"
    );
    for attribute in [
        "type=\"range\"".to_owned(),
        "min=\"0\"".to_owned(),
        format!("max=\"{}\"", last_position()),
        format!("value=\"{}\"", position_of(date)),
        "aria-valuetext=\"18 October 2024\"".to_owned(),
    ] {
        assert!(html.contains(&attribute), "{attribute} in {html}");
    }
}
#[tokio::test]
async fn the_axis_has_a_line_for_each_stretchs_name_and_lifts_them_when_wide() {
    use explainer::ui::time_control::axis_css;
    let css = axis_css();
    assert_eq!(
        css,
        ".time-control__axis{height:52px}\n@container (min-width: 660px){.time-control__axis{height:28px}.time-control__stretch--1 text{transform:translateY(-13px)}.time-control__stretch--2 text{transform:translateY(-26px)}}\n"
    );
    // Each name's line lies inside the narrow axis, and each but the first is lifted to the
    // first line when wide.
    let html = render_app("?lang=en").await;
    let height: usize = css
        .strip_prefix(".time-control__axis{height:")
        .and_then(|rest| rest.split("px").next())
        .unwrap()
        .parse()
        .unwrap();
    for (i, part) in html
        .split(r#"class="time-control__stretch time-control__stretch--"#)
        .skip(1)
        .enumerate()
    {
        // The name's `y` (the line's are `y1` and `y2`).
        let y: usize = part
            .split(r#" y=""#)
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap()
            .parse()
            .unwrap();
        assert!(
            y < height,
            "stretch {i}'s name at {y} px lies outside the {height} px axis"
        );
        assert_eq!(
            css.contains(&format!(
                ".time-control__stretch--{i} text{{transform:translateY(-{}px)}}",
                y - 24
            )),
            i > 0,
            "stretch {i}"
        );
    }
    assert_eq!(
        html.matches(r#"class="time-control__stretch time-control__stretch--"#)
            .count(),
        STORY.stretches.len()
    );
}
