//! Texts: what the panel's levels add up to — roles in the invitation, coverage, the
//! mechanical combination, agreement, departures — and the calibration screen.

/// Adds this screen's texts to those gathered so far and passes them on (see `mod.rs`).
macro_rules! agreement_texts {
    ($next:ident $($rest:ident)* ; $($gathered:tt)*) => {
        $next! { $($rest)* ; $($gathered)*
            InviteName => ("Naam van de collega (mag leeg blijven)", "The colleague's name (may stay empty)"),
            InviteFocus => ("Focuscompetenties voor deze collega", "Focus competencies for this colleague"),
            InviteFocusHint => (
                "De collega ziet ze gemarkeerd; alle vragen blijven beschikbaar.",
                "The colleague sees them marked; every question stays available."
            ),
            InviteObserver => (
                "Neemt deel als waarnemer (leert interviewen): niveaus worden getoond, maar tellen niet mee",
                "Takes part as an observer (learning to interview): levels are shown but not counted"
            ),
            InvitedTitle => ("Uitgedeelde uitnodigingen", "Invitations handed out"),
            InvitedUnnamed => ("Collega zonder naam", "Unnamed colleague"),
            InvitedFocus => ("focus: {list}", "focus: {list}"),
            InvitedObserver => ("waarnemer", "observer"),
            InvitedBack => ("✓ beoordeling ontvangen", "✓ ratings received"),
            InvitedWaiting => ("nog niet terug", "not back yet"),
            MemberFocus => ("De panelleider vraagt je vooral te letten op: {list}.", "The panel lead asks you to cover in particular: {list}."),
            MemberObserver => (
                "Je neemt deel als waarnemer: je niveaus staan in de nabespreking, maar tellen niet mee in de combinatie en de overeenstemming.",
                "You take part as an observer: your levels appear in the debrief but do not count in the combination or the agreement."
            ),
            FocusMark => ("focus", "focus"),
            PanelFocusHere => (
                "De panelleider vraagt je deze competentie in het bijzonder te beoordelen.",
                "The panel lead asks you to cover this competency in particular."
            ),
            CoverageTitle => ("Dekking van de competenties", "Coverage of the competencies"),
            CoverageIntro => (
                "Een oordeel van één interviewer is kwetsbaar: elke competentie hoort door minstens twee interviewers beoordeeld te worden.",
                "One interviewer's judgement is fragile: every competency should be rated by at least two interviewers."
            ),
            CoverageNone => ("⚠ {name}: door niemand beoordeeld", "⚠ {name}: rated by no one"),
            CoverageOne => ("⚠ {name}: door één interviewer beoordeeld", "⚠ {name}: rated by one interviewer only"),
            CoverageAll => ("✓ Elke competentie is door minstens twee interviewers beoordeeld.", "✓ Every competency was rated by at least two interviewers."),
            FlagRatedOnce => ("⚠ Door één interviewer beoordeeld", "⚠ Rated by one interviewer only"),
            FlagRatedByNone => ("⚠ Door niemand beoordeeld", "⚠ Rated by no one"),
            ObserverMark => ("waarnemer — telt niet mee", "observer — not counted"),
            Combined => (
                "Gecombineerd (mediaan van {count} zelfstandige niveaus): {median} · gemiddelde {mean}",
                "Combined (median of {count} independent levels): {median} · mean {mean}"
            ),
            CombinedNone => ("Geen zelfstandige niveaus om te combineren.", "No independent levels to combine."),
            CombinedWhy => (
                "Eerst de mediaan: zelfstandige oordelen mechanisch gecombineerd voorspellen minstens zo goed als een consensus uit discussie. Wijkt het panel er een niveau of meer van af, schrijf dan op waarom.",
                "The median first: independent ratings combined mechanically predict at least as well as a consensus reached in discussion. If the panel departs from it by a level or more, write down why."
            ),
            ConsensusDeparture => ("Waarom het panel afwijkt van de mediaan ({median})", "Why the panel departs from the median ({median})"),
            ConsensusDeparted => ("Afwijking van de mediaan ({median}):", "Departs from the median ({median}):"),
            PanelDepartsMedian => (
                "Dit niveau ligt een niveau of meer af van de mediaan ({median}). Schrijf op waarom het panel ervan afwijkt.",
                "This level lies a level or more from the median ({median}). Write down why the panel departs from it."
            ),
            PanelDepartsMajority => (
                "De meerderheid van de interviewers adviseerde ‘{majority}’. Schrijf op waarom het panel daarvan afwijkt.",
                "Most interviewers recommended ‘{majority}’. Write down why the panel departs from that."
            ),
            PanelUnknownFocus => ("Een focuscompetentie hoort niet bij dit functieprofiel.", "A focus competency is not part of this lens."),
            Majority => ("Meerderheid van de interviewers: {recommendation}", "Majority of the interviewers: {recommendation}"),
            MajorityNone => ("Er is geen meerderheid onder de interviewers.", "The interviewers have no majority."),
            MajorityDeparture => ("Waarom het panel afwijkt van de meerderheid ({recommendation})", "Why the panel departs from the majority ({recommendation})"),
            AgreementTitle => ("Overeenstemming", "Agreement"),
            AgreementWithin => (
                "Bij {within} van de {compared} competenties met twee of meer niveaus liggen alle niveaus binnen één niveau van elkaar.",
                "In {within} of the {compared} competencies with two or more levels, all levels lie within one level of each other."
            ),
            AgreementNothing => ("Nog geen competentie heeft twee of meer niveaus.", "No competency has two or more levels yet."),
            AgreementIcc => (
                "ICC(2,1), absolute overeenstemming, één beoordelaar: {icc} (95%-betrouwbaarheidsinterval {lower} tot {upper}), dus {band} — over {targets} combinaties van kandidaat en competentie, elk beoordeeld door {interviewers} interviewers.",
                "ICC(2,1), absolute agreement, single rater: {icc} (95 % confidence interval {lower} to {upper}), so {band} — over {targets} candidate × competency pairs, each rated by {interviewers} interviewers."
            ),
            BandBetween => ("tussen {low} en {high}", "between {low} and {high}"),
            AgreementBands => (
                "Zo lees je het (Koo & Li): onder 0,50 zwak, 0,50–0,75 matig, 0,75–0,90 goed, boven 0,90 uitstekend — gelezen aan het hele interval, niet aan het ene getal. Telt mee: per kandidaat de panelleider en de collega's die geen waarnemer waren, met de niveaus van vóór de onthulling en met een onderbouwing.",
                "How to read it (Koo & Li): below .50 poor, .50–.75 moderate, .75–.90 good, above .90 excellent — read from the whole interval, not the single figure. Counted: per candidate the lead and the colleagues who were not observers, with the levels given before the reveal and with written evidence."
            ),
            IccNoPanels => (
                "Nog geen overeenstemming te berekenen: er is bij deze functie nog geen afgerond panel met de beoordeling van een collega.",
                "No agreement to compute yet: this position has no completed panel with a colleague's ratings."
            ),
            IccTooFew => (
                "Te weinig beoordelingen om iets te zeggen: de overeenstemming vraagt minstens {min} combinaties van kandidaat en competentie die elke panelplaats beoordeelde; nu {found}.",
                "Too few ratings to say: agreement needs at least {min} candidate × competency pairs rated by every seat of the panel; there are {found}."
            ),
            IccNoVariation => (
                "De ICC is niet te berekenen: alle niveaus zijn gelijk, dus er is geen spreiding om te vergelijken (de interviewers zijn het volledig eens).",
                "The ICC cannot be computed: every level is the same, so there is no variation to compare (the interviewers agree completely)."
            ),
            BandPoor => ("zwak", "poor"),
            BandModerate => ("matig", "moderate"),
            BandGood => ("goed", "good"),
            BandExcellent => ("uitstekend", "excellent"),
            CalibrationIntro => (
                "Interviewers verschillen in hoe mild of streng ze beoordelen, en zien dat zelf niet. Dit overzicht zet ieders niveaus naast die van hun panels, over alle panels op dit apparaat. Het gaat over de interviewers, nooit over kandidaten, en het is geen rangorde.",
                "Interviewers differ in how lenient or strict they rate, and cannot see it themselves. This overview sets each interviewer's levels beside their panels', over every panel on this device. It is about the interviewers, never about candidates, and it is no ranking."
            ),
            CalibrationBasis => (
                "Gebaseerd op de panels op dit apparaat: {n}. Een panel telt mee als je het leidde, je eigen evaluatie is afgerond en er een beoordeling van een collega bij is.",
                "Based on the panels on this device: {n}. A panel counts when you led it, your own evaluation is complete and a colleague's ratings are attached."
            ),
            CalibrationEmpty => (
                "Nog geen panels om te vergelijken. Een panel telt mee zodra je eigen evaluatie is afgerond en er een beoordeling van een collega bij is.",
                "No panels to compare yet. A panel counts once your own evaluation is complete and a colleague's ratings are attached."
            ),
            CalibrationName => ("Interviewer", "Interviewer"),
            CalibrationPanels => ("Panels", "Panels"),
            CalibrationLeniency => ("Mildheid (gemiddeld niveau min de mediaan van de anderen)", "Leniency (mean level minus the others' median)"),
            CalibrationRestsOn => ("(over {n} niveaus)", "(on {n} levels)"),
            CalibrationUnrated => ("Niet beoordeeld", "Left unrated"),
            CalibrationFar => ("Twee of meer van de consensus", "Two or more from the consensus"),
            CalibrationOf => ("{n} van {of}", "{n} of {of}"),
            CalibrationObserverIn => ("waarnemer in {n}", "observer in {n}"),
            CalibrationNoFigure => ("–", "–"),
            CalibrationUnnamed => ("(zonder naam)", "(no name)"),
            CalibrationMeaning => (
                "Zo lees je het: een mildheid boven 0 betekent dat iemand gemiddeld hoger beoordeelt dan de andere interviewers in de eigen panels, onder 0 strenger; elk niveau wordt gelegd naast de mediaan van de anderen, nooit naast een mediaan waarin het eigen niveau zit. Veel niet-beoordeelde competenties vragen om een betere verdeling van de focus. Vaak twee niveaus of meer van de consensus vraagt om een gesprek over de ankers, met gedeelde voorbeeldantwoorden. Hoe verder van 0 en hoe meer panels, hoe meer een getal zegt; bij weinig panels zegt het nog weinig.",
                "How to read it: a leniency above 0 means someone rates higher than the other interviewers of their panels on average, below 0 stricter; each level is set against the median of the others, never against a median that holds their own. Many unrated competencies call for a better division of focus. Often two levels or more from the consensus calls for a talk about the anchors, with shared example answers. The further from 0 and the more panels, the more a figure says; with few panels it says little yet."
            ),
            CalibrationPrint => ("Afdrukken", "Print"),
        }
    };
}
