//! Which pleas the engine weighs against each offense, worked out once over the offense list
//! rather than by scanning the whole state's catalog on every assessment.
//!
//! A pure function of the offenses, so it can as well be computed when the data is built and
//! shipped packed: per offense, its curated alternatives (in the reviewers' order, each that
//! names an entry or a variant of one), then the other entries of its state and family of
//! conduct, in catalog order. Which of them are proposed still depends on the case, so no
//! candidate is dropped here beyond what [`crate::engine::alternatives`] never proposes
//! whatever the case: a bare section, and the charge itself.

use std::collections::HashMap;

use crate::engine::alternatives::Candidate;
use crate::engine::offense::Offense;

/// Per offense (by index), the candidate pleas in the order the engine considers them.
pub fn candidates(offenses: &[Offense]) -> Vec<Vec<Candidate>> {
    let mut by_id: HashMap<&str, usize> = HashMap::with_capacity(offenses.len());
    for (i, o) in offenses.iter().enumerate() {
        by_id.insert(o.id.as_str(), i);
    }
    let index = |id: &str| by_id.get(id).copied();
    offenses
        .iter()
        .map(|charged| {
            let curated = charged.alternatives.iter().enumerate().filter_map(|(k, alt)| {
                let (offense, variant) = plea_index(offenses, &index, &alt.offense_id)?;
                let itself = offenses.get(offense)?.id == charged.id && variant.is_none();
                // The first alternative of that id gives the reviewer's reason.
                let first =
                    charged.alternatives.iter().position(|a| a.offense_id == alt.offense_id).unwrap_or(k);
                (!itself).then_some(Candidate {
                    offense: offense as u32,
                    variant,
                    curated: Some(first as u32),
                })
            });
            let family = offenses.iter().enumerate().filter_map(|(i, o)| {
                let same = o.jurisdiction == charged.jurisdiction && o.family == charged.family;
                let curated = charged.alternatives.iter().any(|a| a.offense_id == o.id);
                (same && !o.is_section && !curated && o.id != charged.id).then_some(Candidate {
                    offense: i as u32,
                    variant: None,
                    curated: None,
                })
            });
            curated.chain(family).collect()
        })
        .collect()
}

/// The entry (by index) an alternative's id names, and the variant (by index into the entry's
/// variants) when it names one: an entry id, or a variant id, which starts with its entry's
/// id (each shorter prefix is tried). `index` finds an entry by id.
pub fn plea_index(
    offenses: &[Offense],
    index: &impl Fn(&str) -> Option<usize>,
    id: &str,
) -> Option<(usize, Option<u32>)> {
    if let Some(i) = index(id) {
        return Some((i, None));
    }
    let mut prefix = id.rsplit_once('.').map(|(head, _)| head)?;
    loop {
        if let Some(i) = index(prefix) {
            let v = offenses.get(i)?.variants.iter().position(|v| v.id == id)?;
            return Some((i, Some(v as u32)));
        }
        prefix = prefix.rsplit_once('.')?.0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;

    #[test]
    fn each_offense_weighs_its_curated_pleas_then_its_family_never_itself_or_a_bare_section() {
        let catalog = Catalog::embedded().expect("catalog");
        let offenses = &catalog.offenses;
        for (charged, list) in offenses.iter().zip(candidates(offenses)) {
            let curated = list.iter().take_while(|c| c.curated.is_some()).count();
            assert!(list[curated..].iter().all(|c| c.curated.is_none()), "{}: curated first", charged.id);
            for c in &list[curated..] {
                let o = &offenses[c.offense as usize];
                assert!(o.jurisdiction == charged.jurisdiction && o.family == charged.family, "{}", o.id);
                assert!(!o.is_section && o.id != charged.id && c.variant.is_none(), "{}", o.id);
            }
            let family = offenses.iter().filter(|o| {
                o.jurisdiction == charged.jurisdiction
                    && o.family == charged.family
                    && !o.is_section
                    && o.id != charged.id
                    && !charged.alternatives.iter().any(|a| a.offense_id == o.id)
            });
            assert_eq!(family.count(), list.len() - curated, "{}: the whole family, once", charged.id);
        }
    }
}
