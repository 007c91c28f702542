//! The interface catalog, one column per language, and the date and number formats it defines.

use crate::model::story::{Dating, PlaceKind, Provenance, Quote, Spoken, When};
use shared::date::{Date, Precision};

use shared::lang::Lang;

// Each entry is a row with one text per language, in the order of `Lang::ALL`: a language
// added there without its column here does not compile. A one-language build carries its
// language's column alone (`content::carried`).
macro_rules! catalog {
    ($($(#[$doc:meta])* $key:ident => $($text:literal),+;)*) => {
        /// An entry of the interface's catalog, a text that does not come from the story's
        /// content: its row, one text per language.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub struct Text(&'static [&'static str; Lang::COUNT]);

        // Named like the variants they stand for. Each row is a constant of its own, not an
        // entry of one table: a build carries only the rows its code names (the embed pages'
        // builds none of the header's, the dialog's or the long form's).
        #[allow(non_upper_case_globals)]
        impl Text {
            $($(#[$doc])* pub const $key: Text = Text(&crate::model::story::carried([$($text),+]));)*

            /// Every entry, for completeness checks.
            pub const ALL: &'static [Text] = &[$(Text::$key),*];

            /// The entry in a language.
            pub fn get(self, lang: Lang) -> &'static str {
                self.0[lang.index()]
            }
        }
    };
}

catalog! {
    /// Link that skips the header.
    SkipToStory => "Zur Geschichte springen", "Skip to the story";
    /// Name of the language switch.
    LanguageSwitch => "Sprache", "Language";
    /// Opening quotation mark.
    QuoteOpen => "„", "“";
    /// Closing quotation mark.
    QuoteClose => "“", "”";
    /// Between groups of three digits: `12.000` / `12,000`.
    ThousandsSeparator => ".", ",";
    /// A day: `{day}`, `{month}` and `{year}` are filled in.
    DayFormat => "{day}. {month} {year}", "{day} {month} {year}";
    /// Days of one month: `{first}`, `{last}`, `{month}`, `{year}`.
    DaysFormat => "{first}.–{last}. {month} {year}", "{first}–{last} {month} {year}";
    /// The months, January first, separated by spaces.
    Months => "Januar Februar März April Mai Juni Juli August September Oktober November Dezember", "January February March April May June July August September October November December";
    /// The months' short names, January first, separated by spaces.
    ShortMonths => "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.", "Jan Feb Mar Apr May June July Aug Sept Oct Nov Dec";
    /// Label of the publisher line above the title.
    PublishedBy => "Nach einem Bericht der DW vom", "Based on a DW report of";
    /// Heading of the map region.
    MapHeading => "Karte", "Map";
    /// Heading of the list of places.
    PlacesHeading => "Orte der Geschichte", "Places in the story";
    /// Heading of the timeline region.
    TimelineHeading => "Zeitleiste", "Timeline";
    /// Label of the date slider.
    DateSlider => "Datum in der Geschichte", "Date in the story";
    /// Heading of the list of events.
    EventsHeading => "Ereignisse", "Events";
    /// Heading of the quotes region.
    QuotesHeading => "Stimmen", "Voices";
    /// Heading of the sources region.
    SourcesHeading => "Quellen", "Sources";
    /// Heading of the figures.
    FiguresHeading => "Zahlen", "Figures";
    /// Status of a fact confirmed in a published source.
    Confirmed => "bestätigt", "confirmed";
    /// Status of a fact only claimed by one side.
    Claimed => "Behauptung", "claim";
    /// Status of a fact nobody has confirmed.
    Unconfirmed => "unbestätigt", "unconfirmed";
    /// Status of a fact that was denied.
    Denied => "bestritten", "denied";
    /// Word before a claimant: "according to South Korea's NIS".
    According => "laut", "according to";
    /// Word before a denier, after the status: "bestritten von …".
    DeniedBy => "von", "by";
    /// Label of the list of an item's sources.
    SourcesOf => "Quellen:", "Sources:";
    /// A quote's text in the speaker's own words.
    OwnWords => "Originalwortlaut", "The speaker's own words";
    /// A quote's text that is an official translation (followed by the language).
    OfficialTranslation => "Offizielle Übersetzung", "Official translation";
    /// A quote's text as the DW article translated it (followed by the language).
    ArticleTranslation => "Im DW-Artikel übersetzt", "Translated in the DW article";
    /// A quote's text as the DW article printed it, the language spoken unknown.
    ArticleWording => "Wortlaut im DW-Artikel", "Wording in the DW article";
    /// A quote's text as a cited report translated it (followed by the language).
    ReportedTranslation => "Übersetzung der zitierten Quelle", "The cited source's translation";
    /// A quote's text that this explainer translated (followed by the language).
    OurTranslation => "Unsere Übersetzung", "Our translation";
    /// Translated from German.
    FromGerman => "aus dem Deutschen", "from German";
    /// Translated from English.
    FromEnglish => "aus dem Englischen", "from English";
    /// Translated from Ukrainian.
    FromUkrainian => "aus dem Ukrainischen", "from Ukrainian";
    /// Translated from Russian.
    FromRussian => "aus dem Russischen", "from Russian";
    /// Before a start date known only roughly.
    FromAbout => "ab etwa", "from about";
    /// Reveals the German wording of a translated quote.
    ShowGerman => "Deutscher Wortlaut im Artikel", "German wording in the article";
    /// Before the date a quote was said on.
    SaidOn => "gesagt am", "said on";
    /// Before the date a quote was published on, where the day it was said is not known.
    PublishedOn => "veröffentlicht am", "published on";
    /// Label of events tied to a place.
    EventsHere => "Ereignisse hier", "Events here";
    /// Label of quotes tied to a place.
    QuotesHere => "Stimmen hier", "Voices here";
    /// Said of a stretch of the timeline with less than a position a day.
    AxisSqueezed => "gestaucht", "compressed";
    /// Said of a stretch of the timeline with several positions a day.
    AxisStretched => "gedehnt", "stretched";
    /// The troop chart's title.
    ChartTitle => "Behauptete Zahl nordkoreanischer Soldaten", "Claimed number of North Korean soldiers";
    /// The troop chart's caption.
    ChartCaption => "Jeder Punkt: eine behauptete Zahl an dem Tag, an dem sie genannt wurde. Jede Linie: wie lange sie die jüngste Angabe ihres Urhebers blieb – bis zu dessen nächster Zahl oder bis zum Stand der Geschichte, nie darüber hinaus. Wer welche Zahl nennt, steht in der Legende.", "Each dot: a claimed number on the day it was stated. Each line: how long it stayed its claimant's latest figure – up to their next number or to the story's present, never beyond. The legend says who states which number.";
    /// The troop chart's right edge, the story's present: `{date}` is filled in.
    ChartAsOf => "Stand: {date}", "As of {date}";
    /// The previous-event button.
    PreviousEvent => "Vorheriges Ereignis", "Previous event";
    /// The next-event button.
    NextEvent => "Nächstes Ereignis", "Next event";
    /// The play button.
    Play => "Abspielen", "Play";
    /// The play button while playing.
    Pause => "Anhalten", "Pause";
    /// The share button.
    ShareLink => "Link teilen", "Share link";
    /// Said after the link went to the share sheet.
    LinkShared => "Link geteilt", "Link shared";
    /// Said after the link was copied.
    LinkCopied => "Link zu dieser Ansicht kopiert", "Link to this view copied";
    /// Said when sharing failed.
    ShareFailed => "Teilen nicht möglich – bitte die Adresse aus der Adresszeile kopieren", "Could not share – please copy the address from the address bar";
    /// The handout button.
    PrintHandout => "Handout drucken", "Print handout";
    /// Before the link printed on the handout.
    HandoutLink => "Diese Ansicht online:", "This view online:";
    /// The embed button.
    Embed => "Einbetten", "Embed";
    /// The embed dialog's heading.
    EmbedHeading => "Diese Ansicht einbetten", "Embed this view";
    /// The embed dialog's explanation.
    EmbedIntro => "Den Code in den Artikel einfügen. Der Rahmen passt sich der Breite an; mit embed.js oder pym.js (aus der eigenen Installation geladen) auch der Höhe. Die Erklärung lädt nichts von Dritten.", "Paste the code into the article. The frame adapts to the width; with embed.js or pym.js (loaded from your own copy) also to the height. The explainer loads nothing from third parties.";
    /// Label of the iframe code.
    EmbedIframe => "iframe-Code", "iframe code";
    /// Heading of the data downloads.
    DataHeading => "Daten herunterladen", "Download the data";
    /// What the data downloads contain.
    DataAbout => "Die Ereignisse, Zahlen, Zitate und Quellen dieser Geschichte als Tabellen (CSV, UTF-8) und als eine JSON-Datei: jeder Text auf Deutsch und Englisch, jede Angabe mit ihrem Status (bestätigt, Behauptung …), wer sie macht, und den Kennungen ihrer Quellen; jedes Zitat mit der Herkunft seines Wortlauts.", "The story's events, figures, quotes and sources as tables (CSV, UTF-8) and as one JSON file: every text in German and English, every statement with its status (confirmed, claim …), who makes it and the ids of its sources; every quote with the provenance of its wording.";
    /// The events' file.
    DataEvents => "Ereignisse", "Events";
    /// The figures' file.
    DataFigures => "Zahlen", "Figures";
    /// The quotes' file.
    DataQuotes => "Zitate", "Quotes";
    /// The sources' file.
    DataSources => "Quellen", "Sources";
    /// The nested file of everything.
    DataStory => "Alles in einer Datei, mit Personen und Orten", "Everything in one file, with people and places";
    /// Label of the embed's colour choice.
    ThemeChoice => "Farben", "Colours";
    /// The colours of the reader's system.
    ThemeAuto => "Wie beim Leser eingestellt (hell oder dunkel)", "As the reader's system is set (light or dark)";
    /// Light colours.
    ThemeLight => "Hell", "Light";
    /// Dark colours.
    ThemeDark => "Dunkel", "Dark";
    /// Label of the embed.js code.
    EmbedScript => "embed.js-Code (passt die Höhe an und hält die gewählte Ansicht in der Adresse des Artikels)", "embed.js code (adapts the height and keeps the chosen view in the article's address)";
    /// Label of the pym.js code.
    EmbedPym => "pym.js-Code (passt die Höhe an)", "pym.js code (adapts the height)";
    /// The copy-code buttons.
    CopyCode => "Code kopieren", "Copy code";
    /// Said after code was copied, after its label.
    CodeCopied => "kopiert", "copied";
    /// Closes a dialog.
    Close => "Schließen", "Close";
    /// Marks a quote said after the timeline's date.
    /// Shown when the browser runs no JavaScript.
    NeedsScript => "Karte, Zeitleiste und Filter brauchen JavaScript. Die Geschichte, die Karte und alle Zitate stehen hier trotzdem vollständig.", "The map, timeline and filters need JavaScript. The story, the map and every quote are all here regardless.";
    /// Shown when the browser runs no WebAssembly.
    NeedsWasm => "Für Karte, Zeitleiste und Filter braucht es einen neueren Browser (mit WebAssembly). Die Geschichte bleibt hier vollständig lesbar.", "The map, timeline and filters need a newer browser (with WebAssembly). The story remains fully readable here.";
    /// Shown when the interactive part failed.
    InteractionFailed => "Die interaktiven Funktionen sind ausgefallen. Die Geschichte bleibt lesbar; Neuladen der Seite hilft meist.", "The interactive features stopped working. The story remains readable; reloading the page usually helps.";
    /// The copy button of a quote card.
    CopyQuote => "Zitat kopieren", "Copy quote";
    /// Said after a quote was copied.
    QuoteCopied => "Zitat mit Quelle und Link kopiert", "Quote copied with source and link";
    /// Said when the browser would not copy.
    CopyFailed => "Kopieren nicht möglich – bitte den Text markieren und kopieren", "Could not copy – please select and copy the text";
    /// Name of the speaker filter.
    FilterBySpeaker => "Stimmen nach Person filtern", "Filter voices by person";
    /// The filter's button for everyone.
    AllSpeakers => "Alle", "Everyone";
    /// Label of figures about a place.
    FiguresHere => "Zahlen", "Figures";
    /// Closes the place details.
    ClosePlace => "Ort schließen", "Close place";
    /// Word before a soldier count or sum that is a maximum.
    UpTo => "bis zu", "up to";
    /// Word before an approximate count.
    About => "rund", "about";
    /// Word before a count that is a minimum.
    AtLeast => "mindestens", "at least";
    /// Between the claims of one figure that hold at the same time, each with its claimant.
    ClaimsSeparator => " · ", " · ";
    /// The currency of the pay figures.
    UsDollars => "US-Dollar", "US dollars";
    /// Pay period.
    PerMonth => "im Monat", "a month";
    /// A figure with no value yet at the timeline's date.
    NotYetClaimed => "bis zu diesem Tag noch nicht genannt", "not yet stated by this date";
    /// Before the date the figures are given for.
    AsOf => "Stand", "as of";
    /// Reveals the English wording of a quote.
    ShowEnglish => "Englischer Wortlaut", "English wording";
    /// Link from a quote to its event and place.
    GoToEvent => "Zum Ereignis", "Go to the event";
    /// A quote card's own link.
    LinkToQuote => "Link zu diesem Zitat", "Link to this quote";
    /// Kind of place: a state.
    KindCountry => "Staat", "country";
    /// Kind of place: a region.
    KindRegion => "Region", "region";
    /// Kind of place: a city.
    KindCity => "Stadt", "city";
    /// Kind of place: a military base.
    KindBase => "Stützpunkt", "base";
    /// Kind of place: a port.
    KindPort => "Hafen", "port";
    /// Name of the group of map view buttons.
    MapPresets => "Kartenausschnitt", "Map view";
    /// Map view: everything.
    PresetWhole => "Ganze Geschichte", "Whole story";
    /// What the map shows, for screen readers and as its caption.
    MapDescription => "Karte von der Ukraine bis zum Pazifik: Russlands Östlicher Militärbezirk, Nordkorea und die Ukraine mit den von Russland besetzten Gebieten. Die Pfeiltasten gehen von Ort zu Ort, von Westen nach Osten. Alle Orte der Karte stehen auch in der Liste darunter.", "Map from Ukraine to the Pacific: Russia's Eastern Military District, North Korea, and Ukraine with the areas occupied by Russia. The arrow keys move from place to place, west to east. Every place on the map is also in the list below it.";
    /// Legend: the district.
    LegendDistrict => "Russlands Östlicher Militärbezirk (elf Föderationssubjekte)", "Russia's Eastern Military District (eleven federal subjects)";
    /// Legend: occupied since 2014.
    LegendOccupied => "Ukrainisch, seit 2014 von Russland besetzt (Krim, Sewastopol)", "Ukrainian, occupied by Russia since 2014 (Crimea, Sevastopol)";
    /// Legend: partly occupied.
    LegendPartlyOccupied => "Im Oktober 2024 teilweise von Russland besetzt – markiert ist die ganze Oblast, keine Frontlinie", "Partly occupied by Russia in October 2024 – the whole oblast is marked, not a front line";
    /// Legend: North Korea.
    LegendNorthKorea => "Nordkorea", "North Korea";
    /// Legend: places.
    LegendPlace => "Ort der Geschichte", "Place in the story";
    /// Legend: what a place does when chosen, after its name; a handout leaves it out.
    LegendPlaceHint => " – zum Anklicken", " – click to open";
    /// Legend: a movement's dashed arrow, shown once one is drawn.
    LegendRoute => "Verlegung von Soldaten, wie berichtet – Verlauf schematisch", "Movement of soldiers as reported – path schematic";
    /// The map view that follows the story's moment.
    FollowStory => "Der Geschichte folgen", "Follow the story";
    /// Small label before the stage's date.
    MomentHeading => "Stand", "As of";
    /// Before the number of a voice: "Stimme 2 von 3".
    Voice => "Stimme", "Voice";
    /// Between two numbers: "2 von 3".
    Of => "von", "of";
    /// Steps to the moment's previous voice.
    PreviousVoice => "Vorige Stimme", "Previous voice";
    /// Steps to the moment's next voice.
    NextVoice => "Nächste Stimme", "Next voice";
    /// Where a moment has no quotes.
    NoVoices => "Zu diesem Moment gibt es keine Zitate im Artikel.", "The article quotes nobody on this moment.";
    /// The control that unfolds the header's actions on a phone.
    Actions => "Menü", "Menu";
    /// The embed's credit: where the sources are.
    SourcesOnEveryFact => "Quellen an jeder Angabe.", "Sources on every fact.";
    /// The embed's link to the standalone page of the same moment.
    WholeStory => "Die ganze Geschichte", "The whole story";
    /// Said of a link that opens in a new tab.
    OpensInNewTab => "öffnet in neuem Tab", "opens in a new tab";
}

/// A month's name from a catalog entry listing all twelve: `September` / `Sept.`.
fn month_in(list: Text, lang: Lang, month: u8) -> &'static str {
    let index = usize::from(month.clamp(1, 12) - 1);
    list.get(lang).split(' ').nth(index).unwrap_or_default()
}

/// A month's short name: `Sept.` / `Sept`.
pub fn short_month(lang: Lang, month: u8) -> &'static str {
    month_in(Text::ShortMonths, lang, month)
}

fn month_name(lang: Lang, month: u8) -> &'static str {
    month_in(Text::Months, lang, month)
}

/// A catalog format with each `{name}` filled in from `values`; a name not among them stays
/// as written.
// One pass over the format: `str::replace` with a `&str` pattern would bring the two-way
// substring search into the wasm (about 1.4 KB) for four short formats.
fn fill(format: &str, values: &[(&str, &str)]) -> String {
    let mut pieces = format.split('{');
    let mut out = String::from(pieces.next().unwrap_or_default());
    for piece in pieces {
        let value = piece.split_once('}').and_then(|(name, rest)| {
            let (_, value) = values.iter().find(|(key, _)| *key == name)?;
            Some((*value, rest))
        });
        match value {
            Some((value, rest)) => {
                out.push_str(value);
                out.push_str(rest);
            }
            None => {
                out.push('{');
                out.push_str(piece);
            }
        }
    }
    out
}

/// A day in the language's format, with the month's name given.
fn day_in(day: u8, month: &str, year: u16, lang: Lang) -> String {
    fill(
        Text::DayFormat.get(lang),
        &[
            ("day", &day.to_string()),
            ("month", month),
            ("year", &year.to_string()),
        ],
    )
}

/// A day with its month's short name, for where the full date does not fit: `28. Sept. 2023` /
/// `28 Sept 2023`.
pub fn format_day_short(date: Date, lang: Lang) -> String {
    day_in(date.day, short_month(lang, date.month), date.year, lang)
}

/// The axis's name for a stretch of the timeline, from its dates: months for a stretch that
/// ends where the next begins, the last day for the story's last stretch, and whether the
/// scale squeezes or stretches it: `Sept. 2022 – Mai 2024 (gestaucht)`, `Okt. – 5. Nov. 2024`.
pub fn format_stretch(start: Date, end: Date, per_day: f64, last: bool, lang: Lang) -> String {
    let to = if last {
        format_day_short(end, lang)
    } else {
        format!("{} {}", short_month(lang, end.month), end.year)
    };
    let from = match (start.year == end.year, start.month == end.month) {
        (true, true) if !last => String::new(),
        (true, _) => format!("{} – ", short_month(lang, start.month)),
        (false, _) => format!("{} {} – ", short_month(lang, start.month), start.year),
    };
    let scale = if per_day < 1.0 {
        Some(Text::AxisSqueezed)
    } else if per_day > 1.0 {
        Some(Text::AxisStretched)
    } else {
        None
    };
    match scale {
        Some(scale) => format!("{from}{to} ({})", scale.get(lang)),
        None => format!("{from}{to}"),
    }
}

/// When something happened, in words: a span as [`format_span`] writes it, and a start known
/// only roughly as "ab etwa Juli 2024" / "from about July 2024".
pub fn format_when(when: &When, lang: Lang) -> String {
    about(
        when,
        format_span(when.start, when.end, when.precision, lang),
        lang,
    )
}

/// When something began, in words, approximate where it is: "ab etwa Juli 2024".
pub fn format_start(when: &When, lang: Lang) -> String {
    about(when, format_date(when.start, when.precision, lang), lang)
}

fn about(when: &When, date: String, lang: Lang) -> String {
    if when.approximate {
        format!("{} {date}", Text::FromAbout.get(lang))
    } else {
        date
    }
}

/// "from German", "from English": one row per language, in the order of [`Lang::ALL`].
const TRANSLATED_FROM: [Text; Lang::COUNT] = [Text::FromGerman, Text::FromEnglish];

/// The label of a quote's wording in another language: one row per language.
const WORDING_IN: [Text; Lang::COUNT] = [Text::ShowGerman, Text::ShowEnglish];

/// The label of a quote's wording in `other`: "Englischer Wortlaut".
pub fn wording_in(other: Lang) -> Text {
    WORDING_IN[other.index()]
}

/// The language of the text we translated a quote's `text` from: the one spoken, where the
/// explainer has it, else the article's (the default), else the first other.
fn translated_from(spoken: Spoken, text: Lang) -> Lang {
    let spoken = Lang::ALL
        .into_iter()
        .find(|l| Some(l.code()) == spoken.code());
    spoken
        .into_iter()
        .chain(Lang::ALL)
        .find(|&l| l != text)
        .unwrap_or_default()
}

/// What a quote's text in `text` is, said in `lang`: "Originalwortlaut", "Official translation
/// from Ukrainian", "Im DW-Artikel übersetzt aus dem Englischen", "Our translation from German".
pub fn provenance_text(quote: &Quote, text: Lang, lang: Lang) -> String {
    let from = |spoken: Spoken| match spoken {
        Spoken::De => Some(Text::FromGerman),
        Spoken::En => Some(Text::FromEnglish),
        Spoken::Uk => Some(Text::FromUkrainian),
        Spoken::Ru => Some(Text::FromRussian),
        Spoken::Unknown => None,
    };
    let (kind, from) = match quote.provenance.get(text) {
        Provenance::Own => (Text::OwnWords, None),
        Provenance::Official => (Text::OfficialTranslation, from(quote.spoken)),
        Provenance::Article => match from(quote.spoken) {
            Some(from) => (Text::ArticleTranslation, Some(from)),
            None => (Text::ArticleWording, None),
        },
        Provenance::Reported => (Text::ReportedTranslation, from(quote.spoken)),
        // We translate from another language's text, which the article or the speaker gave.
        Provenance::Ours => (
            Text::OurTranslation,
            Some(TRANSLATED_FROM[translated_from(quote.spoken, text).index()]),
        ),
    };
    match from {
        Some(from) => format!("{} {}", kind.get(lang), from.get(lang)),
        None => kind.get(lang).to_owned(),
    }
}

/// A quote's day in words, with what the day is: `gesagt am 23. Oktober 2024` /
/// `published on 23 October 2024`.
pub fn format_said(date: Date, dating: Dating, lang: Lang) -> String {
    let said = match dating {
        Dating::Said => Text::SaidOn,
        Dating::Published => Text::PublishedOn,
    };
    format!(
        "{} {}",
        said.get(lang),
        format_date(date, Precision::Day, lang)
    )
}

/// The day a chart or list is drawn up to, in words: `Stand: 23. Oktober 2024` /
/// `As of 23 October 2024`.
pub fn format_as_of(date: Date, lang: Lang) -> String {
    fill(
        Text::ChartAsOf.get(lang),
        &[("date", &format_date(date, Precision::Day, lang))],
    )
}

/// A figure's day in words, marked where it is only the day the figure was published:
/// `23. Oktober 2024` / `veröffentlicht am 23. Oktober 2024`.
pub fn format_dated(date: Date, dating: Dating, lang: Lang) -> String {
    match dating {
        Dating::Said => format_date(date, Precision::Day, lang),
        Dating::Published => format_said(date, dating, lang),
    }
}

/// A date in words as the language writes it, as precisely as it is known:
/// `23. Oktober 2024` / `23 October 2024`, `Oktober 2024`, `2023`.
pub fn format_date(date: Date, precision: Precision, lang: Lang) -> String {
    let month = month_name(lang, date.month);
    match precision {
        Precision::Year => date.year.to_string(),
        Precision::Month => format!("{month} {}", date.year),
        Precision::Day => day_in(date.day, month, date.year, lang),
    }
}

/// A span of dates in words, sharing what the two ends share:
/// `8.–13. Oktober 2024` / `8–13 October 2024`, `September–November 2022`.
pub fn format_span(start: Date, end: Date, precision: Precision, lang: Lang) -> String {
    let same_year = start.year == end.year;
    let same_month = same_year && start.month == end.month;
    let same_period = match precision {
        Precision::Day => start == end,
        Precision::Month => same_month,
        Precision::Year => same_year,
    };
    match precision {
        _ if same_period => format_date(start, precision, lang),
        Precision::Year => format!("{}–{}", start.year, end.year),
        Precision::Month if same_year => format!(
            "{}–{} {}",
            month_name(lang, start.month),
            month_name(lang, end.month),
            end.year
        ),
        Precision::Day if same_month => fill(
            Text::DaysFormat.get(lang),
            &[
                ("first", &start.day.to_string()),
                ("last", &end.day.to_string()),
                ("month", month_name(lang, end.month)),
                ("year", &end.year.to_string()),
            ],
        ),
        _ => format!(
            "{} – {}",
            format_date(start, precision, lang),
            format_date(end, precision, lang)
        ),
    }
}

/// A whole number with the language's thousands separator: `12.000` / `12,000`.
pub fn format_number(value: u64, lang: Lang) -> String {
    let separator = Text::ThousandsSeparator.get(lang);
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(digit);
    }
    out
}

/// The catalog's name of a kind of place: "Staat" / "country".
pub fn kind_text(kind: PlaceKind) -> Text {
    match kind {
        PlaceKind::Country => Text::KindCountry,
        PlaceKind::Region => Text::KindRegion,
        PlaceKind::City => Text::KindCity,
        PlaceKind::Base => Text::KindBase,
        PlaceKind::Port => Text::KindPort,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn every_catalog_entry_exists_in_both_languages() {
        for text in Text::ALL {
            for lang in Lang::ALL {
                assert!(
                    !text.get(lang).trim().is_empty(),
                    "{text:?} is empty in {lang:?}"
                );
            }
        }
    }

    #[test]
    fn dates_read_as_each_language_writes_them() {
        let present = day("2024-10-23");
        assert_eq!(
            format_date(present, Precision::Day, Lang::De),
            "23. Oktober 2024"
        );
        assert_eq!(
            format_date(present, Precision::Day, Lang::En),
            "23 October 2024"
        );
        assert_eq!(
            format_date(present, Precision::Month, Lang::De),
            "Oktober 2024"
        );
        assert_eq!(format_date(present, Precision::Year, Lang::En), "2024");
        assert_eq!(
            format_date(day("2024-03-01"), Precision::Month, Lang::De),
            "März 2024"
        );
        // The short form a narrow time control shows: the story's longest date in words.
        let longest = day("2023-09-28");
        assert_eq!(format_day_short(longest, Lang::De), "28. Sept. 2023");
        assert_eq!(format_day_short(longest, Lang::En), "28 Sept 2023");
    }

    #[test]
    fn a_format_fills_its_names_and_keeps_what_it_does_not_know() {
        let values = [("day", "5"), ("year", "2024")];
        assert_eq!(fill("{day}. {day} {year}", &values), "5. 5 2024");
        assert_eq!(fill("{month} {day}", &values), "{month} 5");
        assert_eq!(fill("a { b {day", &values), "a { b {day");
        assert_eq!(fill("{year}}{", &values), "2024}{");
        assert_eq!(fill("", &values), "");
    }

    #[test]
    fn spans_share_what_their_ends_share() {
        let (start, end) = (day("2024-10-08"), day("2024-10-13"));
        assert_eq!(
            format_span(start, end, Precision::Day, Lang::De),
            "8.–13. Oktober 2024"
        );
        assert_eq!(
            format_span(start, end, Precision::Day, Lang::En),
            "8–13 October 2024"
        );
        let (start, end) = (day("2023-09-07"), day("2023-10-01"));
        assert_eq!(
            format_span(start, end, Precision::Day, Lang::En),
            "7 September 2023 – 1 October 2023"
        );
        let (start, end) = (day("2022-09-01"), day("2022-11-30"));
        assert_eq!(
            format_span(start, end, Precision::Month, Lang::De),
            "September–November 2022"
        );
        assert_eq!(
            format_span(start, start, Precision::Day, Lang::En),
            "1 September 2022"
        );
        let (year, year_end) = (day("2023-01-01"), day("2023-12-31"));
        assert_eq!(
            format_span(year, year_end, Precision::Year, Lang::De),
            "2023"
        );
        let (july, july_end) = (day("2024-07-01"), day("2024-07-31"));
        assert_eq!(
            format_span(july, july_end, Precision::Month, Lang::En),
            "July 2024"
        );
    }

    #[test]
    fn stretches_are_named_from_their_dates() {
        let name = |start, end, per_day, last, lang| {
            format_stretch(day(start), day(end), per_day, last, lang)
        };
        assert_eq!(
            name("2022-09-01", "2024-05-31", 0.3, false, Lang::De),
            "Sept. 2022 – Mai 2024 (gestaucht)"
        );
        assert_eq!(
            name("2024-06-01", "2024-09-30", 1.0, false, Lang::En),
            "June – Sept 2024"
        );
        assert_eq!(
            name("2024-10-01", "2024-11-05", 6.0, true, Lang::De),
            "Okt. – 5. Nov. 2024 (gedehnt)"
        );
        // Moving the story's end moves the axis's last date.
        assert_eq!(
            name("2024-10-01", "2025-01-20", 6.0, true, Lang::En),
            "Oct 2024 – 20 Jan 2025 (stretched)"
        );
        assert_eq!(
            name("2024-10-01", "2024-10-31", 1.0, false, Lang::En),
            "Oct 2024"
        );
    }

    #[test]
    fn numbers_use_the_language_separator() {
        assert_eq!(format_number(12_000, Lang::De), "12.000");
        assert_eq!(format_number(12_000, Lang::En), "12,000");
        assert_eq!(format_number(1_900_000, Lang::De), "1.900.000");
        assert_eq!(format_number(999, Lang::En), "999");
        assert_eq!(format_number(0, Lang::De), "0");
    }

    #[test]
    fn language_codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("DE"), None);
        assert_eq!(Lang::default(), Lang::De);
    }
}
