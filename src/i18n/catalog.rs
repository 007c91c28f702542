//! The interface catalog: every text the interface shows, one row per text and one column per language.

use crate::model::story::PlaceKind;
use shared::lang::Lang;

// Each entry is a row with one text per language, in the order of `Lang::ALL`: a language
// added there without its column here does not compile. A one-language build carries its
// language's column alone (`model::story::carried`).
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
    /// The language's locale as link previews name it (Open Graph's `language_TERRITORY`).
    Locale => "de_DE", "en_GB";
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
    /// A claimant `{by}`: "according to South Korea's NIS".
    According => "laut {by}", "according to {by}";
    /// A denier `{by}`, after the status: "bestritten von …".
    DeniedBy => "von {by}", "by {by}";
    /// A denier `{by}` where no badge names the status: "bestritten von …".
    DeniedByWhom => "bestritten von {by}", "denied by {by}";
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
    ShowGerman => "Deutscher Wortlaut", "German wording";
    /// Before the date a quote was said on.
    SaidOn => "gesagt am", "said on";
    /// Before the date a quote was published on, where the day it was said is not known.
    PublishedOn => "veröffentlicht am", "published on";
    /// A map marker's name for screen readers: "Wladiwostok (Hafen)".
    PlaceAndKind => "{name} ({kind})", "{name} ({kind})";
    /// An event's title after its date, in a list of a place's events: "8.–13. Oktober 2024: …".
    AfterWhen => ": {title}", ": {title}";
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
    PrintHandout => "Drucken", "Print";
    /// Heading of the print dialog.
    PrintHeading => "Drucken", "Print";
    /// The one-page handout's choice in the print dialog.
    PrintMoment => "Dieser Moment (1 Seite)", "This moment (1 page)";
    /// What the one-page handout holds.
    PrintMomentAbout => "Titel, Karte und der gewählte Moment mit Quellen und Stimme, dazu jedes Ereignis in einer Zeile und der Link zu dieser Ansicht als QR-Code.", "The title, the map and the chosen moment with its sources and voice, every event on one line, and the link to this view as a QR code.";
    /// The whole story's choice in the print dialog.
    PrintStory => "Die ganze Geschichte", "The whole story";
    /// What printing the whole story holds.
    PrintStoryAbout => "Karte und Moment, dann die ganze Geschichte mit allen Ereignissen, Zahlen, Zitaten und Quellen, über mehrere Seiten.", "The map and the moment, then the whole story with every event, figure, quote and source, over several pages.";
    /// The header's action that shows the stage for a projector.
    Present => "Präsentieren", "Present";
    /// Leaves the projector view.
    EndPresentation => "Präsentation beenden", "Exit presentation";
    /// The link printed on the handout: `{url}` is filled in.
    HandoutLink => "Diese Ansicht online: {url}", "This view online: {url}";
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
    /// Said after code was copied: `{code}` is its label.
    CodeCopied => "{code} kopiert", "{code} copied";
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
    /// A soldier count or sum that is a maximum.
    UpTo => "bis zu {amount}", "up to {amount}";
    /// An approximate count.
    About => "rund {amount}", "about {amount}";
    /// A count that is a minimum.
    AtLeast => "mindestens {amount}", "at least {amount}";
    /// Between the claims of one figure that hold at the same time, each with its claimant.
    ClaimsSeparator => " · ", " · ";
    /// A sum in the pay figures' currency.
    UsDollars => "{number} US-Dollar", "{number} US dollars";
    /// A monthly pay in the pay figures' currency.
    UsDollarsPerMonth => "{number} US-Dollar im Monat", "{number} US dollars a month";
    /// A claimed value with its claimant: "rund 3.000 (laut Südkoreas Geheimdienst NIS)".
    ValueClaimedBy => "{value} ({by})", "{value} ({by})";
    /// A figure with no value yet at the timeline's date.
    NotYetClaimed => "bis zu diesem Tag noch nicht genannt", "not yet stated by this date";
    /// The figure list's heading: `{date}` is the day the figures are given for.
    FiguresAsOf => "Zahlen – Stand {date}", "Figures – as of {date}";
    /// An event named with its date, as the time axis and its announcement name it.
    DatedTitle => "{date}: {title}", "{date}: {title}";
    /// Between the items of a line of items (events, a credit's parts).
    Separator => " · ", " · ";
    /// A name with a count after it: a speaker and the number of their quotes.
    NameAndCount => "{name} ({count})", "{name} ({count})";
    /// A remark in parentheses after what it is about (a date, a file's name).
    Parenthetical => "({text})", "({text})";
    /// A claim in the troop chart's words: `{value}` and the `{date}` it was made.
    ClaimOn => "{value} ({date})", "{value} ({date})";
    /// A claim in the troop chart's words, with its claimant `{by}`.
    ClaimOnBy => "{value} ({date}, {by})", "{value} ({date}, {by})";
    /// Between one claim and the next of the same claimant.
    ClaimThen => " → ", " → ";
    /// Reveals the English wording of a quote.
    ShowEnglish => "Englischer Wortlaut", "English wording";
    /// Link from a quote to its event and place.
    GoToEvent => "Zum Ereignis: {event} · {place}", "Go to the event: {event} · {place}";
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
    /// Which of the moment's voices shows: "Stimme 2 von 3".
    VoiceOf => "Stimme {n} von {total}", "Voice {n} of {total}";
    /// A link to a speaker's quote by its first words: "Nico Lange: „Aber dass …“".
    SpeakerSaid => "{name}: {open}{words}{close}", "{name}: {open}{words}{close}";
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
    /// The link preview's image, described: what its map shows, beside the title and the source.
    PreviewImageAlt => "Karte von der Ukraine bis zum Pazifik: Russlands Östlicher Militärbezirk, Nordkorea und die Verlegung von Soldaten, wie berichtet; daneben Titel und Quelle", "Map from Ukraine to the Pacific: Russia's Eastern Military District, North Korea and the movement of soldiers as reported; beside it the title and the source";
    /// Said of a link that opens in a new tab.
    OpensInNewTab => "(öffnet in neuem Tab)", "(opens in a new tab)";
}

/// "from German", "from English": one row per language, in the order of [`Lang::ALL`].
pub(super) const TRANSLATED_FROM: [Text; Lang::COUNT] = [Text::FromGerman, Text::FromEnglish];

/// The label of a quote's wording in another language: one row per language.
pub(super) const WORDING_IN: [Text; Lang::COUNT] = [Text::ShowGerman, Text::ShowEnglish];

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
