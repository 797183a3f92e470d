//! Bare sections: `PC 243`, `HS 11357`, `720 ILCS 5/12-3.2`. A section whose subsections are
//! separate catalog entries, typed without the subsection, is the section as a **divisible
//! offense**: each catalogued subsection is one of its variants, a record that does not name
//! one is graded by the worst of them (plea planning), and the engine asks which subsection
//! the record names and what each answer gives (Descamps v. United States, 570 U.S. 254
//! (2013); Mathis v. United States, 579 U.S. 500 (2016); Pereida v. Wilkinson, 592 U.S. 224
//! (2021) for the silent record).
//!
//! Built when the catalog is, from the reviewed entries alone: nothing here is a new legal
//! judgement, only the reviewers' analyses of the subsections put side by side.

use std::collections::BTreeMap;

use crate::engine::outcome::{Grade, Ground};
use crate::lang::{fill, Lang, Prose};

use super::search::StatuteRef;
use crate::engine::offense::*;

crate::messages! {
    /// The words a section entry needs, in both languages.
    pub enum SectionText {
        Title {
            en: "Subsection not named",
            es: "Subsección no indicada",
        },
        TitleNamed {
            en: "{name}, subsection not named",
            es: "{name}, subsección no indicada",
        },
        RecordAdvice {
            en: "Have the record name the subsection: until it does, the section is graded by the worst of its {count} subsections in the catalog. The catalog's subsections of this section are {list}; of these, {safer} is the one that risks the least. Other subsections of this section are not in the catalog: ask a lawyer about them.",
            es: "Procure que el expediente indique la subsección: mientras no lo haga, la sección se califica por la peor de sus {count} subsecciones del catálogo. Las subsecciones de esta sección que están en el catálogo son {list}; de ellas, {safer} es la de menor riesgo. Las demás subsecciones de esta sección no están en el catálogo: consulte a un abogado sobre ellas.",
        },
    }
}

/// The section entries for `offenses`: one for each bare section that no entry names itself
/// and under which two or more entries name a subsection.
pub fn section_entries(offenses: &[Offense], statutes: &[Vec<StatuteRef>]) -> Vec<(Offense, StatuteRef)> {
    let mut groups: BTreeMap<String, (StatuteRef, Vec<usize>)> = BTreeMap::new();
    let mut named: std::collections::HashSet<String> = std::collections::HashSet::new();
    for (i, o) in offenses.iter().enumerate() {
        for s in &statutes[i] {
            if s.subdivisions().is_empty() {
                named.insert(key(o, s));
                continue;
            }
            let mut bare = s.clone();
            bare.subdivisions_mut().clear();
            let entry = groups.entry(key(o, &bare)).or_insert_with(|| (bare, Vec::new()));
            if !entry.1.contains(&i) {
                entry.1.push(i);
            }
        }
    }
    let ids: std::collections::HashSet<&str> = offenses.iter().map(|o| o.id.as_str()).collect();
    groups
        .into_iter()
        .filter(|(k, (_, members))| members.len() >= 2 && !named.contains(k))
        .filter_map(|(_, (bare, members))| {
            let members: Vec<&Offense> = members.iter().map(|&i| &offenses[i]).collect();
            let id = section_id(members[0].jurisdiction, &bare);
            (!ids.contains(id.as_str())).then(|| (section(id, bare.clone(), &members), bare))
        })
        .collect()
}

fn key(o: &Offense, s: &StatuteRef) -> String {
    format!("{}:{s}", o.jurisdiction.code())
}

/// `ca.pc.243`, `il.720.5.12_3.2`: the catalog's id scheme for the section itself.
fn section_id(j: crate::engine::case::Jurisdiction, s: &StatuteRef) -> String {
    let prefix = j.code().to_lowercase();
    match s {
        StatuteRef::California { code, section, .. } => {
            let code = code.map_or("pc".to_string(), |c| c.abbrev().to_lowercase());
            format!("{prefix}.{code}.{}", section.to_lowercase())
        }
        StatuteRef::Illinois { chapter, act, section, .. } => {
            format!("{prefix}.{}.{act}.{}", chapter.unwrap_or(720), section.replace('-', "_").to_lowercase())
        }
    }
}

/// How much a plea to `o` risks under plea planning: the sum of its grades, for choosing the
/// safer subsection.
fn exposure(o: &Offense) -> u32 {
    o.grounds.iter().chain(&o.more_af).map(|a| a.home.max(a.worst) as u32).sum()
}

fn worst_analysis(members: &[&Offense], ground: Ground) -> Analysis {
    let analyses: Vec<&Analysis> = members.iter().map(|m| &m.grounds[ground as usize]).collect();
    // The reviewers' note and authority of the worst subsection, its trigger the harsher one.
    let worst = analyses
        .iter()
        .copied()
        .max_by_key(|a| (a.home.max(a.worst), a.home, a.trigger == Trigger::None))
        .cloned()
        .unwrap_or_else(|| members[0].grounds[ground as usize].clone());
    Analysis {
        home: analyses.iter().map(|a| a.home).max().unwrap_or(Grade::Possible),
        worst: analyses.iter().map(|a| a.worst).max().unwrap_or(Grade::Possible),
        minor_victim: analyses.iter().filter_map(|a| a.minor_victim).max(),
        ..worst
    }
}

/// The name every title begins with, up to a colon or comma ("Domestic battery: insulting…",
/// "Domestic battery: bodily harm…" → "Domestic battery"); `None` when they share none.
fn common_name(titles: &[&str]) -> Option<String> {
    let words: Vec<Vec<&str>> = titles.iter().map(|t| t.split_whitespace().collect()).collect();
    let first = words.first()?;
    let n = (0..first.len()).take_while(|&i| words.iter().all(|w| w.get(i) == first.get(i))).count();
    // Only a whole name: the shared words must end where the titles' own punctuation does.
    let last = first.get(n.checked_sub(1)?)?;
    if !(last.ends_with(':') || last.ends_with(',')) {
        return None;
    }
    let name = first[..n].join(" ");
    let name = name.trim_end_matches([':', ',']).trim();
    (name.chars().filter(|c| c.is_alphabetic()).count() >= 4).then(|| name.to_string())
}

fn section(id: String, bare: StatuteRef, members: &[&Offense]) -> Offense {
    let first = members[0];
    let same_class = members.iter().all(|m| m.class == first.class);
    let class = if same_class { first.class } else { OffenseClass::Wobbler };
    let felony_max_days = members.iter().filter_map(|m| m.felony_max_days).max();
    let misdemeanor_max = members.iter().filter_map(|m| m.misdemeanor_max).max_by_key(|t| match t {
        MaxTerm::Param(_) => u32::MAX,
        MaxTerm::Days(d) => *d,
    });
    let (felony_max_days, misdemeanor_max) = match class {
        // A mixed section may be either: keep both maxima, as a wobbler has.
        OffenseClass::Wobbler => (
            felony_max_days.or(Some(365 * 3)),
            misdemeanor_max.or(Some(MaxTerm::Param(match first.jurisdiction {
                crate::engine::case::Jurisdiction::Ca => crate::engine::params::Param::CaMisdemeanorMaxDays,
                crate::engine::case::Jurisdiction::Il => crate::engine::params::Param::IlClassAMaxDays,
            }))),
        ),
        _ => (felony_max_days, misdemeanor_max),
    };
    let mut traits: Vec<Trait> = Vec::new();
    for t in members.iter().flat_map(|m| m.traits.iter().copied()) {
        // The 30-gram exceptions help the person: only where every subsection is one.
        let helps = t == Trait::MarijuanaPossession;
        if !traits.contains(&t) && (!helps || members.iter().all(|m| m.has(t))) {
            traits.push(t);
        }
    }
    let mut sources: Vec<String> = Vec::new();
    for s in members.iter().flat_map(|m| m.sources.iter()) {
        if !sources.contains(s) {
            sources.push(s.clone());
        }
    }
    let variants: Vec<Variant> = members
        .iter()
        .map(|m| Variant {
            id: m.id.clone(),
            label: Prose::new(
                format!("{}: {}", m.citation, m.title.en),
                format!("{}: {}", m.citation, m.title.es),
            ),
            grounds: Ground::ALL.iter().map(|g| (*g, m.grounds[*g as usize].clone())).collect(),
            more_af: Some(m.more_af.clone()),
            traits: Some(m.traits.clone()),
            u_visa: m.u_visa.clone(),
            class: Some(m.class),
            family: Some(m.family),
        })
        .collect();
    let safer = members
        .iter()
        .min_by_key(|m| (exposure(m), m.felony_max_days.unwrap_or(0)))
        .copied()
        .unwrap_or(first);
    let count = members.len().to_string();
    let text = |key: SectionText, lang: Lang, params: &[(&str, &str)]| fill(key.text(lang), params);
    let list = |lang: Lang| {
        let cites: Vec<&str> = members.iter().map(|m| m.citation.as_str()).collect();
        crate::engine::outcome::join_words(&cites, lang)
    };
    let safer_name = |lang: Lang| format!("{} ({})", safer.citation, safer.title.get(lang));
    let prose = |key: SectionText| {
        let p = |lang: Lang| {
            text(key, lang, &[("count", &count), ("list", &list(lang)), ("safer", &safer_name(lang))])
        };
        Prose::new(p(Lang::En), p(Lang::Es))
    };
    let title = |lang: Lang| {
        let titles: Vec<&str> = members.iter().map(|m| m.title.get(lang)).collect();
        match common_name(&titles) {
            Some(name) => text(SectionText::TitleNamed, lang, &[("name", &name)]),
            None => SectionText::Title.text(lang).to_string(),
        }
    };
    Offense {
        id,
        jurisdiction: first.jurisdiction,
        citation: bare.to_string(),
        statutes: vec![bare.to_string()],
        keywords: Vec::new(),
        title: Prose::new(title(Lang::En), title(Lang::Es)),
        class,
        felony_max_days,
        misdemeanor_max,
        family: first.family,
        traits,
        grounds: Ground::ALL.iter().map(|g| worst_analysis(members, *g)).collect(),
        more_af: members.iter().flat_map(|m| m.more_af.iter().cloned()).collect(),
        variants,
        alternatives: Vec::new(),
        record_advice: Some(prose(SectionText::RecordAdvice)),
        safer_variant: Some(safer.id.clone()),
        post_conviction: None,
        sources,
        confidence: members.iter().map(|m| m.confidence).max().unwrap_or(Confidence::Low),
        // Each subsection carries its own (`u_visa::qualifying` reads them).
        u_visa: None,
        last_reviewed: members.iter().map(|m| m.last_reviewed).min().unwrap_or(first.last_reviewed),
        is_section: true,
        file: first.file.clone(),
        line: first.line,
    }
}
