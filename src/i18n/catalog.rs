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
    SkipToStory => "Zur Geschichte springen", "Skip to the story", "Перейти до матеріалу", "Перейти к материалу";
    /// Name of the language switch.
    LanguageSwitch => "Sprache", "Language", "Мова", "Язык";
    /// Opening quotation mark.
    QuoteOpen => "„", "“", "«", "«";
    /// Closing quotation mark.
    QuoteClose => "“", "”", "»", "»";
    /// The language's locale as link previews name it (Open Graph's `language_TERRITORY`).
    Locale => "de_DE", "en_GB", "uk_UA", "ru_RU";
    /// Between groups of three digits: `12.000` / `12,000`.
    ThousandsSeparator => ".", ",", "\u{a0}", "\u{a0}";
    /// A day: `{day}`, `{month}` and `{year}` are filled in.
    DayFormat => "{day}. {month} {year}", "{day} {month} {year}", "{day} {month} {year} року", "{day} {month} {year} года";
    /// Days of one month: `{first}`, `{last}`, `{month}`, `{year}`.
    DaysFormat => "{first}.–{last}. {month} {year}", "{first}–{last} {month} {year}", "{first}–{last} {month} {year} року", "{first}–{last} {month} {year} года";
    /// The months, January first, separated by spaces.
    Months => "Januar Februar März April Mai Juni Juli August September Oktober November Dezember", "January February March April May June July August September October November December", "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня", "января февраля марта апреля мая июня июля августа сентября октября ноября декабря";
    /// The months' short names, January first, separated by spaces.
    ShortMonths => "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.", "Jan Feb Mar Apr May June July Aug Sept Oct Nov Dec", "січ. лют. бер. квіт. трав. черв. лип. серп. вер. жовт. лист. груд.", "янв. февр. мар. апр. мая июн. июл. авг. сент. окт. нояб. дек.";
    /// The months as named alone ("Oktober 2024"), January first: where a language declines
    /// them, the nominative, and [`Text::Months`] the form after a day or a preposition.
    MonthsAlone => "Januar Februar März April Mai Juni Juli August September Oktober November Dezember", "January February March April May June July August September October November December", "січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень", "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь";
    /// The months' short names as named alone (the axis), January first.
    ShortMonthsAlone => "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.", "Jan Feb Mar Apr May June July Aug Sept Oct Nov Dec", "січ. лют. бер. квіт. трав. черв. лип. серп. вер. жовт. лист. груд.", "янв. февр. март апр. май июнь июль авг. сент. окт. нояб. дек.";
    /// A month: `{month}` and `{year}` are filled in.
    MonthFormat => "{month} {year}", "{month} {year}", "{month} {year} року", "{month} {year} года";
    /// A day with its month's short name, where the full date does not fit.
    DayShortFormat => "{day}. {month} {year}", "{day} {month} {year}", "{day} {month} {year} р.", "{day} {month} {year} г.";
    /// Label of the publisher line above the title.
    PublishedBy => "Nach einem Bericht der DW vom", "Based on a DW report of", "За матеріалом DW від", "По материалу DW от";
    /// Heading of the map region.
    MapHeading => "Karte", "Map", "Карта", "Карта";
    /// Heading of the list of places.
    PlacesHeading => "Orte der Geschichte", "Places in the story", "Місця подій", "Места событий";
    /// Heading of the timeline region.
    TimelineHeading => "Zeitleiste", "Timeline", "Хронологія", "Хронология";
    /// Label of the date slider.
    DateSlider => "Datum in der Geschichte", "Date in the story", "Дата в хронології", "Дата в хронологии";
    /// Heading of the list of events.
    EventsHeading => "Ereignisse", "Events", "Події", "События";
    /// Heading of the quotes region.
    QuotesHeading => "Stimmen", "Voices", "Голоси", "Голоса";
    /// Heading of the sources region.
    SourcesHeading => "Quellen", "Sources", "Джерела", "Источники";
    /// Heading of the figures.
    FiguresHeading => "Zahlen", "Figures", "Цифри", "Цифры";
    /// Status of a fact confirmed in a published source.
    Confirmed => "bestätigt", "confirmed", "підтверджено", "подтверждено";
    /// Status of a fact only claimed by one side.
    Claimed => "Behauptung", "claim", "твердження", "утверждение";
    /// Status of a fact nobody has confirmed.
    Unconfirmed => "unbestätigt", "unconfirmed", "не підтверджено", "не подтверждено";
    /// Status of a fact that was denied.
    Denied => "bestritten", "denied", "заперечено", "опровергнуто";
    /// A claimant `{by}`: "according to South Korea's NIS".
    According => "laut {by}", "according to {by}", "за даними {by}", "по данным {by}";
    /// A denier `{by}`, after the status: "bestritten von …".
    DeniedBy => "von {by}", "by {by}", "— {by}", "— {by}";
    /// A denier `{by}` where no badge names the status: "bestritten von …".
    DeniedByWhom => "bestritten von {by}", "denied by {by}", "заперечено — {by}", "опровергнуто — {by}";
    /// Label of the list of an item's sources.
    SourcesOf => "Quellen:", "Sources:", "Джерела:", "Источники:";
    /// A quote's text in the speaker's own words.
    OwnWords => "Originalwortlaut", "The speaker's own words", "Власні слова мовця", "Собственные слова говорящего";
    /// A quote's text that is an official translation (followed by the language).
    OfficialTranslation => "Offizielle Übersetzung", "Official translation", "Офіційний переклад", "Официальный перевод";
    /// A quote's text as the DW article translated it (followed by the language).
    ArticleTranslation => "Im DW-Artikel übersetzt", "Translated in the DW article", "Переклад у статті DW", "Перевод в статье DW";
    /// A quote's text as the DW article printed it, the language spoken unknown.
    ArticleWording => "Wortlaut im DW-Artikel", "Wording in the DW article", "Формулювання в статті DW", "Формулировка в статье DW";
    /// A quote's text as a cited report translated it (followed by the language).
    ReportedTranslation => "Übersetzung der zitierten Quelle", "The cited source's translation", "Переклад цитованого джерела", "Перевод цитируемого источника";
    /// A quote's text that this explainer translated (followed by the language).
    OurTranslation => "Unsere Übersetzung", "Our translation", "Наш переклад", "Наш перевод";
    /// Translated from German.
    FromGerman => "aus dem Deutschen", "from German", "з німецької", "с немецкого";
    /// Translated from English.
    FromEnglish => "aus dem Englischen", "from English", "з англійської", "с английского";
    /// Translated from Ukrainian.
    FromUkrainian => "aus dem Ukrainischen", "from Ukrainian", "з української", "с украинского";
    /// Translated from Russian.
    FromRussian => "aus dem Russischen", "from Russian", "з російської", "с русского";
    /// Before a start date known only roughly.
    FromAbout => "ab etwa", "from about", "приблизно з", "примерно с";
    /// Reveals the German wording of a translated quote.
    ShowGerman => "Deutscher Wortlaut", "German wording", "Німецький текст", "Немецкий текст";
    /// Before the date a quote was said on.
    SaidOn => "gesagt am", "said on", "сказано", "сказано";
    /// Before the date a quote was published on, where the day it was said is not known.
    PublishedOn => "veröffentlicht am", "published on", "опубліковано", "опубликовано";
    /// A map marker's name for screen readers: "Wladiwostok (Hafen)".
    PlaceAndKind => "{name} ({kind})", "{name} ({kind})", "{name} ({kind})", "{name} ({kind})";
    /// An event's title after its date, in a list of a place's events: "8.–13. Oktober 2024: …".
    AfterWhen => ": {title}", ": {title}", ": {title}", ": {title}";
    /// Label of events tied to a place.
    EventsHere => "Ereignisse hier", "Events here", "Події тут", "События здесь";
    /// Label of quotes tied to a place.
    QuotesHere => "Stimmen hier", "Voices here", "Голоси тут", "Голоса здесь";
    /// Said of a stretch of the timeline with less than a position a day.
    AxisSqueezed => "gestaucht", "compressed", "стиснуто", "сжато";
    /// Said of a stretch of the timeline with several positions a day.
    AxisStretched => "gedehnt", "stretched", "розтягнуто", "растянуто";
    /// The troop chart's title.
    ChartTitle => "Behauptete Zahl nordkoreanischer Soldaten", "Claimed number of North Korean soldiers", "Заявлена кількість північнокорейських солдатів", "Заявленное число северокорейских солдат";
    /// The troop chart's caption.
    ChartCaption => "Jeder Punkt: eine behauptete Zahl an dem Tag, an dem sie genannt wurde. Jede Linie: wie lange sie die jüngste Angabe ihres Urhebers blieb – bis zu dessen nächster Zahl oder bis zum Stand der Geschichte, nie darüber hinaus. Wer welche Zahl nennt, steht in der Legende.", "Each dot: a claimed number on the day it was stated. Each line: how long it stayed its claimant's latest figure – up to their next number or to the story's present, never beyond. The legend says who states which number.", "Кожна точка – заявлена кількість у день, коли її назвали. Кожна лінія – як довго вона лишалася останньою цифрою того, хто її назвав: до його наступної цифри або до дати, станом на яку подано історію, але не далі. Хто яку цифру називає, зазначено в легенді.", "Каждая точка – заявленное число в день, когда его назвали. Каждая линия – как долго оно оставалось последней цифрой того, кто его назвал: до его следующей цифры или до даты, на которую изложена история, но не дальше. Кто какую цифру называет, указано в легенде.";
    /// The troop chart's right edge, the story's present: `{date}` is filled in.
    ChartAsOf => "Stand: {date}", "As of {date}", "Станом на {date}", "По состоянию на {date}";
    /// The previous-event button.
    PreviousEvent => "Vorheriges Ereignis", "Previous event", "Попередня подія", "Предыдущее событие";
    /// The next-event button.
    NextEvent => "Nächstes Ereignis", "Next event", "Наступна подія", "Следующее событие";
    /// The play button.
    Play => "Abspielen", "Play", "Відтворити", "Воспроизвести";
    /// The play button while playing.
    Pause => "Anhalten", "Pause", "Пауза", "Пауза";
    /// The share button.
    ShareLink => "Link teilen", "Share link", "Поділитися", "Поделиться";
    /// Said after the link went to the share sheet.
    LinkShared => "Link geteilt", "Link shared", "Посилання надіслано", "Ссылка отправлена";
    /// Said after the link was copied.
    LinkCopied => "Link zu dieser Ansicht kopiert", "Link to this view copied", "Посилання на цей вигляд скопійовано", "Ссылка на этот вид скопирована";
    /// Said when sharing failed.
    ShareFailed => "Teilen nicht möglich – bitte die Adresse aus der Adresszeile kopieren", "Could not share – please copy the address from the address bar", "Не вдалося поділитися – скопіюйте адресу з адресного рядка", "Не удалось поделиться – скопируйте адрес из адресной строки";
    /// The handout button.
    PrintHandout => "Drucken", "Print", "Друк", "Печать";
    /// Heading of the print dialog.
    PrintHeading => "Drucken", "Print", "Друк", "Печать";
    /// The one-page handout's choice in the print dialog.
    PrintMoment => "Dieser Moment (1 Seite)", "This moment (1 page)", "Цей момент (1 сторінка)", "Этот момент (1 страница)";
    /// What the one-page handout holds.
    PrintMomentAbout => "Titel, Karte und der gewählte Moment mit Quellen und Stimme, dazu jedes Ereignis in einer Zeile und der Link zu dieser Ansicht als QR-Code.", "The title, the map and the chosen moment with its sources and voice, every event on one line, and the link to this view as a QR code.", "Заголовок, карта й обраний момент із джерелами та цитатою, кожна подія одним рядком і QR-код із посиланням на цей вигляд.", "Заголовок, карта и выбранный момент с источниками и цитатой, каждое событие одной строкой и QR-код со ссылкой на этот вид.";
    /// The whole story's choice in the print dialog.
    PrintStory => "Die ganze Geschichte", "The whole story", "Уся історія", "Вся история";
    /// What printing the whole story holds.
    PrintStoryAbout => "Karte und Moment, dann die ganze Geschichte mit allen Ereignissen, Zahlen, Zitaten und Quellen, über mehrere Seiten.", "The map and the moment, then the whole story with every event, figure, quote and source, over several pages.", "Карта й момент, а далі вся історія з усіма подіями, цифрами, цитатами та джерелами на кількох сторінках.", "Карта и момент, затем вся история со всеми событиями, цифрами, цитатами и источниками на нескольких страницах.";
    /// The header's action that shows the stage for a projector.
    Present => "Präsentieren", "Present", "Показ", "Показ";
    /// Leaves the projector view.
    EndPresentation => "Präsentation beenden", "Exit presentation", "Завершити показ", "Завершить показ";
    /// The link printed on the handout: `{url}` is filled in.
    HandoutLink => "Diese Ansicht online: {url}", "This view online: {url}", "Цей вигляд онлайн: {url}", "Этот вид онлайн: {url}";
    /// The embed button.
    Embed => "Einbetten", "Embed", "Вбудувати", "Встроить";
    /// The embed dialog's heading.
    EmbedHeading => "Diese Ansicht einbetten", "Embed this view", "Вбудувати цей вигляд", "Встроить этот вид";
    /// The embed dialog's explanation.
    EmbedIntro => "Den Code in den Artikel einfügen. Der Rahmen passt sich der Breite an; mit embed.js oder pym.js (aus der eigenen Installation geladen) auch der Höhe. Die Erklärung lädt nichts von Dritten.", "Paste the code into the article. The frame adapts to the width; with embed.js or pym.js (loaded from your own copy) also to the height. The explainer loads nothing from third parties.", "Вставте код у статтю. Рамка підлаштовується під ширину, а з embed.js або pym.js (завантаженими з вашої власної копії) – і під висоту. Пояснення нічого не завантажує від третіх сторін.", "Вставьте код в статью. Рамка подстраивается под ширину, а с embed.js или pym.js (загруженными из вашей собственной копии) – и под высоту. Материал ничего не загружает со сторонних ресурсов.";
    /// Label of the iframe code.
    EmbedIframe => "iframe-Code", "iframe code", "Код iframe", "Код iframe";
    /// Heading of the data downloads.
    DataHeading => "Daten herunterladen", "Download the data", "Завантажити дані", "Скачать данные";
    /// What the data downloads contain.
    DataAbout => "Die Ereignisse, Zahlen, Zitate und Quellen dieser Geschichte als Tabellen (CSV, UTF-8) und als eine JSON-Datei: jeder Text auf Deutsch, Englisch, Ukrainisch und Russisch, jede Angabe mit ihrem Status (bestätigt, Behauptung …), wer sie macht, und den Kennungen ihrer Quellen; jedes Zitat mit der Herkunft seines Wortlauts.", "The story's events, figures, quotes and sources as tables (CSV, UTF-8) and as one JSON file: every text in German, English, Ukrainian and Russian, every statement with its status (confirmed, claim …), who makes it and the ids of its sources; every quote with the provenance of its wording.", "Події, цифри, цитати й джерела цієї історії як таблиці (CSV, UTF-8) і як один файл JSON: кожен текст німецькою, англійською, українською та російською, кожне твердження з його статусом (підтверджено, твердження …), тим, хто його робить, та ідентифікаторами його джерел; кожна цитата з походженням її формулювання.", "События, цифры, цитаты и источники этой истории в виде таблиц (CSV, UTF-8) и одного файла JSON: каждый текст на немецком, английском, украинском и русском, каждое утверждение с его статусом (подтверждено, утверждение …), тем, кто его делает, и идентификаторами его источников; каждая цитата с происхождением её формулировки.";
    /// The events' file.
    DataEvents => "Ereignisse", "Events", "Події", "События";
    /// The figures' file.
    DataFigures => "Zahlen", "Figures", "Цифри", "Цифры";
    /// The quotes' file.
    DataQuotes => "Zitate", "Quotes", "Цитати", "Цитаты";
    /// The sources' file.
    DataSources => "Quellen", "Sources", "Джерела", "Источники";
    /// The nested file of everything.
    DataStory => "Alles in einer Datei, mit Personen und Orten", "Everything in one file, with people and places", "Усе в одному файлі, з людьми й місцями", "Всё в одном файле, с людьми и местами";
    /// Label of the embed's colour choice.
    ThemeChoice => "Farben", "Colours", "Кольори", "Цвета";
    /// The colours of the reader's system.
    ThemeAuto => "Wie beim Leser eingestellt (hell oder dunkel)", "As the reader's system is set (light or dark)", "Як налаштовано в читача (світлі чи темні)", "Как настроено у читателя (светлые или тёмные)";
    /// Light colours.
    ThemeLight => "Hell", "Light", "Світлі", "Светлые";
    /// Dark colours.
    ThemeDark => "Dunkel", "Dark", "Темні", "Тёмные";
    /// Label of the embed.js code.
    EmbedScript => "embed.js-Code (passt die Höhe an und hält die gewählte Ansicht in der Adresse des Artikels)", "embed.js code (adapts the height and keeps the chosen view in the article's address)", "Код embed.js (підлаштовує висоту й зберігає вибраний вигляд в адресі статті)", "Код embed.js (подстраивает высоту и сохраняет выбранный вид в адресе статьи)";
    /// Label of the pym.js code.
    EmbedPym => "pym.js-Code (passt die Höhe an)", "pym.js code (adapts the height)", "Код pym.js (підлаштовує висоту)", "Код pym.js (подстраивает высоту)";
    /// The copy-code buttons.
    CopyCode => "Code kopieren", "Copy code", "Копіювати код", "Копировать код";
    /// Said after code was copied: `{code}` is its label.
    CodeCopied => "{code} kopiert", "{code} copied", "{code} скопійовано", "{code} скопирован";
    /// Closes a dialog.
    Close => "Schließen", "Close", "Закрити", "Закрыть";
    /// Marks a quote said after the timeline's date.
    /// Shown when the browser runs no JavaScript.
    NeedsScript => "Karte, Zeitleiste und Filter brauchen JavaScript. Die Geschichte, die Karte und alle Zitate stehen hier trotzdem vollständig.", "The map, timeline and filters need JavaScript. The story, the map and every quote are all here regardless.", "Карті, хронології та фільтрам потрібен JavaScript. Історія, карта й усі цитати все одно є тут повністю.", "Карте, хронологии и фильтрам нужен JavaScript. История, карта и все цитаты всё равно есть здесь полностью.";
    /// Shown when the browser runs no WebAssembly.
    NeedsWasm => "Für Karte, Zeitleiste und Filter braucht es einen neueren Browser (mit WebAssembly). Die Geschichte bleibt hier vollständig lesbar.", "The map, timeline and filters need a newer browser (with WebAssembly). The story remains fully readable here.", "Для карти, хронології та фільтрів потрібен новіший браузер (з WebAssembly). Історію тут можна прочитати повністю.", "Для карты, хронологии и фильтров нужен более новый браузер (с WebAssembly). Историю здесь можно прочитать полностью.";
    /// Shown when the interactive part failed.
    InteractionFailed => "Die interaktiven Funktionen sind ausgefallen. Die Geschichte bleibt lesbar; Neuladen der Seite hilft meist.", "The interactive features stopped working. The story remains readable; reloading the page usually helps.", "Інтерактивні функції перестали працювати. Історію можна читати далі; зазвичай допомагає перезавантаження сторінки.", "Интерактивные функции перестали работать. Историю можно читать дальше; обычно помогает перезагрузка страницы.";
    /// The copy button of a quote card.
    CopyQuote => "Zitat kopieren", "Copy quote", "Копіювати цитату", "Копировать цитату";
    /// Said after a quote was copied.
    QuoteCopied => "Zitat mit Quelle und Link kopiert", "Quote copied with source and link", "Цитату скопійовано з джерелом і посиланням", "Цитата скопирована с источником и ссылкой";
    /// Said when the browser would not copy.
    CopyFailed => "Kopieren nicht möglich – bitte den Text markieren und kopieren", "Could not copy – please select and copy the text", "Не вдалося скопіювати – виділіть текст і скопіюйте його", "Не удалось скопировать – выделите текст и скопируйте его";
    /// Name of the speaker filter.
    FilterBySpeaker => "Stimmen nach Person filtern", "Filter voices by person", "Фільтр голосів за особою", "Фильтр голосов по человеку";
    /// The filter's button for everyone.
    AllSpeakers => "Alle", "Everyone", "Усі", "Все";
    /// Label of figures about a place.
    FiguresHere => "Zahlen", "Figures", "Цифри", "Цифры";
    /// Closes the place details.
    ClosePlace => "Ort schließen", "Close place", "Закрити місце", "Закрыть место";
    /// A soldier count or sum that is a maximum.
    UpTo => "bis zu {amount}", "up to {amount}", "до {amount}", "до {amount}";
    /// An approximate count.
    About => "rund {amount}", "about {amount}", "близько {amount}", "около {amount}";
    /// A count that is a minimum.
    AtLeast => "mindestens {amount}", "at least {amount}", "щонайменше {amount}", "не менее {amount}";
    /// Between the claims of one figure that hold at the same time, each with its claimant.
    ClaimsSeparator => " · ", " · ", " · ", " · ";
    /// A sum in the pay figures' currency.
    UsDollars => "{number} US-Dollar", "{number} US dollars", "{number} доларів США", "{number} долларов США";
    /// A monthly pay in the pay figures' currency.
    UsDollarsPerMonth => "{number} US-Dollar im Monat", "{number} US dollars a month", "{number} доларів США на місяць", "{number} долларов США в месяц";
    /// A claimed value with its claimant: "rund 3.000 (laut Südkoreas Geheimdienst NIS)".
    ValueClaimedBy => "{value} ({by})", "{value} ({by})", "{value} ({by})", "{value} ({by})";
    /// A figure with no value yet at the timeline's date.
    NotYetClaimed => "bis zu diesem Tag noch nicht genannt", "not yet stated by this date", "на цю дату ще не названо", "к этой дате ещё не названо";
    /// The figure list's heading: `{date}` is the day the figures are given for.
    FiguresAsOf => "Zahlen – Stand {date}", "Figures – as of {date}", "Цифри станом на {date}", "Цифры по состоянию на {date}";
    /// An event named with its date, as the time axis and its announcement name it.
    DatedTitle => "{date}: {title}", "{date}: {title}", "{date}: {title}", "{date}: {title}";
    /// Between the items of a line of items (events, a credit's parts).
    Separator => " · ", " · ", " · ", " · ";
    /// A name with a count after it: a speaker and the number of their quotes.
    NameAndCount => "{name} ({count})", "{name} ({count})", "{name} ({count})", "{name} ({count})";
    /// A remark in parentheses after what it is about (a date, a file's name).
    Parenthetical => "({text})", "({text})", "({text})", "({text})";
    /// A claim in the troop chart's words: `{value}` and the `{date}` it was made.
    ClaimOn => "{value} ({date})", "{value} ({date})", "{value} ({date})", "{value} ({date})";
    /// A claim in the troop chart's words, with its claimant `{by}`.
    ClaimOnBy => "{value} ({date}, {by})", "{value} ({date}, {by})", "{value} ({date}, за даними {by})", "{value} ({date}, по данным {by})";
    /// Between one claim and the next of the same claimant.
    ClaimThen => " → ", " → ", " → ", " → ";
    /// Label of a quote's Ukrainian wording.
    ShowUkrainian => "Ukrainischer Wortlaut", "Ukrainian wording", "Український текст", "Украинский текст";
    /// Label of a quote's Russian wording.
    ShowRussian => "Russischer Wortlaut", "Russian wording", "Російський текст", "Русский текст";
    /// Reveals the English wording of a quote.
    ShowEnglish => "Englischer Wortlaut", "English wording", "Англійський текст", "Английский текст";
    /// Link from a quote to its event and place.
    GoToEvent => "Zum Ereignis: {event} · {place}", "Go to the event: {event} · {place}", "До події: {event} · {place}", "К событию: {event} · {place}";
    /// A quote card's own link.
    LinkToQuote => "Link zu diesem Zitat", "Link to this quote", "Посилання на цю цитату", "Ссылка на эту цитату";
    /// Kind of place: a state.
    KindCountry => "Staat", "country", "держава", "государство";
    /// Kind of place: a region.
    KindRegion => "Region", "region", "регіон", "регион";
    /// Kind of place: a city.
    KindCity => "Stadt", "city", "місто", "город";
    /// Kind of place: a military base.
    KindBase => "Stützpunkt", "base", "база", "база";
    /// Kind of place: a port.
    KindPort => "Hafen", "port", "порт", "порт";
    /// Name of the group of map view buttons.
    MapPresets => "Kartenausschnitt", "Map view", "Фрагмент карти", "Фрагмент карты";
    /// Map view: everything.
    PresetWhole => "Ganze Geschichte", "Whole story", "Уся історія", "Вся история";
    /// What the map shows, for screen readers and as its caption.
    MapDescription => "Karte von der Ukraine bis zum Pazifik: Russlands Östlicher Militärbezirk, Nordkorea und die Ukraine mit den von Russland besetzten Gebieten. Die Pfeiltasten gehen von Ort zu Ort, von Westen nach Osten. Alle Orte der Karte stehen auch in der Liste darunter.", "Map from Ukraine to the Pacific: Russia's Eastern Military District, North Korea, and Ukraine with the areas occupied by Russia. The arrow keys move from place to place, west to east. Every place on the map is also in the list below it.", "Карта від України до Тихого океану: Східний військовий округ Росії, Північна Корея та Україна з окупованими Росією територіями. Клавіші зі стрілками переходять від місця до місця, із заходу на схід. Усі місця на карті є також у списку під нею.", "Карта от Украины до Тихого океана: Восточный военный округ России, Северная Корея и Украина с оккупированными Россией территориями. Клавиши со стрелками переводят от места к месту, с запада на восток. Все места на карте есть также в списке под ней.";
    /// Legend: the district.
    LegendDistrict => "Russlands Östlicher Militärbezirk (elf Föderationssubjekte)", "Russia's Eastern Military District (eleven federal subjects)", "Східний військовий округ Росії (одинадцять суб’єктів федерації)", "Восточный военный округ России (одиннадцать субъектов федерации)";
    /// Legend: occupied since 2014.
    LegendOccupied => "Ukrainisch, seit 2014 von Russland besetzt (Krim, Sewastopol)", "Ukrainian, occupied by Russia since 2014 (Crimea, Sevastopol)", "Українська територія, окупована Росією з 2014 року (Крим, Севастополь)", "Территория Украины, оккупированная Россией с 2014 года (Крым, Севастополь)";
    /// Legend: partly occupied.
    LegendPartlyOccupied => "Im Oktober 2024 teilweise von Russland besetzt – markiert ist die ganze Oblast, keine Frontlinie", "Partly occupied by Russia in October 2024 – the whole oblast is marked, not a front line", "У жовтні 2024 року частково окуповані Росією – позначено всю область, а не лінію фронту", "В октябре 2024 года частично оккупированы Россией – отмечена вся область, а не линия фронта";
    /// Legend: North Korea.
    LegendNorthKorea => "Nordkorea", "North Korea", "Північна Корея", "Северная Корея";
    /// Legend: places.
    LegendPlace => "Ort der Geschichte", "Place in the story", "Місце подій", "Место событий";
    /// Legend: what a place does when chosen, after its name; a handout leaves it out.
    LegendPlaceHint => " – zum Anklicken", " – click to open", " – натисніть, щоб відкрити", " – нажмите, чтобы открыть";
    /// Legend: a movement's dashed arrow, shown once one is drawn.
    LegendRoute => "Verlegung von Soldaten, wie berichtet – Verlauf schematisch", "Movement of soldiers as reported – path schematic", "Переміщення солдатів, за повідомленнями, – маршрут схематичний", "Переброска солдат, по сообщениям, – маршрут схематичный";
    /// The map view that follows the story's moment.
    FollowStory => "Der Geschichte folgen", "Follow the story", "Стежити за історією", "Следить за историей";
    /// Small label before the stage's date.
    MomentHeading => "Stand", "As of", "Станом на", "По состоянию на";
    /// Which of the moment's voices shows: "Stimme 2 von 3".
    VoiceOf => "Stimme {n} von {total}", "Voice {n} of {total}", "Голос {n} з {total}", "Голос {n} из {total}";
    /// A link to a speaker's quote by its first words: "Nico Lange: „Aber dass …“".
    SpeakerSaid => "{name}: {open}{words}{close}", "{name}: {open}{words}{close}", "{name}: {open}{words}{close}", "{name}: {open}{words}{close}";
    /// Steps to the moment's previous voice.
    PreviousVoice => "Vorige Stimme", "Previous voice", "Попередній голос", "Предыдущий голос";
    /// Steps to the moment's next voice.
    NextVoice => "Nächste Stimme", "Next voice", "Наступний голос", "Следующий голос";
    /// Where a moment has no quotes.
    NoVoices => "Zu diesem Moment gibt es keine Zitate im Artikel.", "The article quotes nobody on this moment.", "У статті немає цитат про цей момент.", "В статье нет цитат об этом моменте.";
    /// The control that unfolds the header's actions on a phone.
    Actions => "Menü", "Menu", "Меню", "Меню";
    /// The embed's credit: where the sources are.
    SourcesOnEveryFact => "Quellen an jeder Angabe.", "Sources on every fact.", "Джерела – до кожного факту.", "Источники – к каждому факту.";
    /// The embed's link to the standalone page of the same moment.
    WholeStory => "Die ganze Geschichte", "The whole story", "Уся історія", "Вся история";
    /// The link preview's image, described: what its map shows, beside the title and the source.
    PreviewImageAlt => "Karte von der Ukraine bis zum Pazifik: Russlands Östlicher Militärbezirk, Nordkorea und die Verlegung von Soldaten, wie berichtet; daneben Titel und Quelle", "Map from Ukraine to the Pacific: Russia's Eastern Military District, North Korea and the movement of soldiers as reported; beside it the title and the source", "Карта від України до Тихого океану: Східний військовий округ Росії, Північна Корея і переміщення солдатів, за повідомленнями; поруч заголовок і джерело", "Карта от Украины до Тихого океана: Восточный военный округ России, Северная Корея и переброска солдат, по сообщениям; рядом заголовок и источник";
    /// Said of a link that opens in a new tab.
    OpensInNewTab => "(öffnet in neuem Tab)", "(opens in a new tab)", "(відкривається в новій вкладці)", "(открывается в новой вкладке)";
}

/// "from German", "from English": one row per language, in the order of [`Lang::ALL`].
pub(super) const TRANSLATED_FROM: [Text; Lang::COUNT] = [
    Text::FromGerman,
    Text::FromEnglish,
    Text::FromUkrainian,
    Text::FromRussian,
];

/// The label of a quote's wording in another language: one row per language.
pub(super) const WORDING_IN: [Text; Lang::COUNT] = [
    Text::ShowGerman,
    Text::ShowEnglish,
    Text::ShowUkrainian,
    Text::ShowRussian,
];

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
