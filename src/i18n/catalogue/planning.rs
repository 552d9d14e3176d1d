//! Texts: the day plan, its settings and calendar file, and dates written out.

/// Adds this screen's texts to those gathered so far and passes them on (see `mod.rs`).
macro_rules! planning_texts {
    ($next:ident $($rest:ident)* ; $($gathered:tt)*) => {
        $next! { $($rest)* ; $($gathered)*
            DayTitle => ("Gesprekken op {date}", "Interviews on {date}"),
            DayIntro => (
                "Wie veel gesprekken achter elkaar voert, onthoudt vooral de eerste en de laatste kandidaat. Plan daarom tijd om aantekeningen te maken tussen twee gesprekken, niet te veel gesprekken achter elkaar, en tijd om na afloop samen te overleggen.",
                "After many interviews in a row, the first and the last candidate are remembered best. So plan time to write notes between two interviews, not too many interviews in a row, and time to deliberate together afterwards."
            ),
            DayEmpty => ("Op deze dag zijn geen gesprekken gepland.", "No interviews are planned on this day."),
            DayPick => ("Dag", "Day"),
            DayPrevious => ("← Vorige geplande dag", "← Previous planned day"),
            DayNext => ("Volgende geplande dag →", "Next planned day →"),
            DayTimeline => ("Tijdlijn van de dag", "The day's timeline"),
            DayMinutes => ("{n} min", "{n} min"),
            DayGap => ("{n} min om aantekeningen te maken", "{n} min to write notes"),
            DayGapNone => ("Direct daarna", "Straight after"),
            DayGapShort => (
                "⚠ Maar {n} min tussen twee gesprekken: te weinig om aantekeningen te maken",
                "⚠ Only {n} min between two interviews: too little to write notes"
            ),
            DayOverlap => ("⚠ Overlapt {n} min met het vorige gesprek", "⚠ Overlaps the previous interview by {n} min"),
            DayDeliberation => ("Overleggen en besluiten", "Deliberate and decide"),
            DayAllWell => (
                "✓ Deze dag is haalbaar gepland: tijd voor aantekeningen, niet te veel gesprekken achter elkaar of op één dag, en tijd om te overleggen.",
                "✓ This day is planned realistically: time for notes, not too many interviews in a row or on the day, and time to deliberate."
            ),
            DayWarnings => ("Let op in deze planning", "Look again at this plan"),
            DayWhich => ("het gesprek van {time} ({name})", "the interview at {time} ({name})"),
            DayWarnOverlap => (
                "{second} begint {n} min voordat {first} is afgelopen. Laat het om {suggested} beginnen.",
                "{second} starts {n} min before {first} ends. Let it start at {suggested}."
            ),
            DayWarnNotes => (
                "Tussen {first} en {second} zit maar {n} min: te weinig om je aantekeningen af te maken terwijl je het nog weet. Laat het tweede gesprek om {suggested} beginnen.",
                "Between {first} and {second} there are only {n} min: too little to finish your notes while you still remember. Let the second start at {suggested}."
            ),
            DayWarnInARow => (
                "{n} gesprekken achter elkaar, meer dan {max}: de kandidaten in het midden vervagen. Neem een pauze van minstens {pause} min na {after}.",
                "{n} interviews in a row, more than {max}: the candidates in the middle blur. Take a break of at least {pause} min after {after}."
            ),
            DayWarnDeliberate => (
                "Na {last} blijft tot het einde van de dag ({end}) maar {n} min over, te weinig om te overleggen ({needed} min). Plan de gesprekken eerder, of laat de dag later eindigen.",
                "After {last} only {n} min are left before the day ends ({end}), too little to deliberate ({needed} min). Plan the interviews earlier, or let the day end later."
            ),
            DayRulesTitle => ("Planningsregels", "Planning rules"),
            DayRulesHint => (
                "Gelden voor elke dag op dit apparaat. Een pauze van {pause} min of langer beëindigt een reeks gesprekken.",
                "They apply to every day on this device. A break of {pause} min or more ends a series of interviews."
            ),
            DayRulesNotes => ("Minuten voor aantekeningen tussen twee gesprekken", "Minutes to write notes between two interviews"),
            DayRulesInARow => ("Hoogstens zoveel gesprekken achter elkaar", "At most this many interviews in a row"),
            DayRulesDeliberation => (
                "Minuten om te overleggen na een blok of het laatste gesprek",
                "Minutes to deliberate after a block or the last interview"
            ),
            DayRulesEnd => ("De werkdag eindigt om", "The working day ends at"),
            DayRulesInvalid => (
                "Niet opgeslagen: aantekeningen en overleg 0 tot {pause} min, 1 tot {max} gesprekken achter elkaar, 1 tot {per_day} op een dag, en de dag eindigt vóór middernacht.",
                "Not saved: notes and deliberation 0 to {pause} min, 1 to {max} interviews in a row, 1 to {per_day} on a day, and the day ends before midnight."
            ),
            DayRulesReset => ("Standaardregels terugzetten", "Restore the default rules"),
            DayCalendarTitle => ("In je agenda zetten", "Put it in your calendar"),
            DayCalendarHint => (
                "Een agendabestand (.ics) met elk gesprek en het overleg, dat agenda-apps kunnen importeren. Agenda's worden vaak met een server gedeeld; daarom staan er standaard geen namen van kandidaten in.",
                "A calendar file (.ics) with each interview and the deliberation, which calendar apps import. Calendars are often synchronised with a server, so by default it holds no candidate names."
            ),
            DayCalendarNames => ("Namen van kandidaten in de titels zetten", "Put candidate names in the titles"),
            DayCalendarDownload => ("Agendabestand downloaden", "Download the calendar file"),
            CalInterview => ("Gesprek {n} — {position}", "Interview {n} — {position}"),
            CalInterviewNamed => ("Gesprek {n} — {position} — {name}", "Interview {n} — {position} — {name}"),
            CalRatingsDue => (
                "Stuur je beoordeling naar wie het panel leidt (exporteer ze in Interviewgids).",
                "Send your ratings to whoever leads the panel (export them in Interviewgids)."
            ),
            CalDeliberation => ("Overleggen en besluiten — {positions}", "Deliberate and decide — {positions}"),
            DayOpen => ("Dagplanning van {date}", "Day plan for {date}"),
            PlannedMinutes => ("Duur in minuten", "Length in minutes"),
            PlannedMinutesHint => (
                "Leeg laten: de agenda van het functieprofiel, {n} min.",
                "Leave empty for the lens's agenda: {n} min."
            ),
            PlannedMinutesInvalid => (
                "Een gesprek duurt 1 tot {max} minuten; de vorige duur is bewaard.",
                "An interview lasts 1 to {max} minutes; the previous length was kept."
            ),
            DayWarnPerDay => (
                "{n} gesprekken op één dag, meer dan {max}, ook met pauzes ertussen: de zorg voor elk besluit neemt af en de kandidaten in het midden vervagen. Verdeel ze over meer dagen.",
                "{n} interviews on one day, more than {max}, breaks or not: the care for each decision declines and the candidates in the middle blur. Spread them over more days."
            ),
            DayWarnBetween => (
                "Tussen {last} en {next} zit maar {n} min, te weinig om dat blok te bespreken ({needed} min). Laat het volgende blok later beginnen.",
                "Between {last} and {next} there are only {n} min, too little to deliberate on that block ({needed} min). Let the next block start later."
            ),
            DayRulesPerDay => ("Hoogstens zoveel gesprekken op een dag", "At most this many interviews on a day"),
            DayRulesBetween => (
                "Ook overleggen na elk blok (een reeks die eindigt met een pauze), niet alleen aan het eind van de dag",
                "Also deliberate after each block (a series that ends with a break), not only at the end of the day"
            ),
        }
    };
}
