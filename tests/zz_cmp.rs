use padilla::catalog::Catalog;
use padilla::catalog::offense::{DacaClass, Trait as T};
#[test]
fn cmp() {
    let c = Catalog::embedded().unwrap();
    for o in c.offenses.iter().filter(|o| !o.is_section) {
        let has = |t: T| o.has(t);
        let listed = [T::Burglary, T::Theft, T::OfficerAssault, T::DeathOrSeriousInjury, T::Murder].iter().any(|t| has(*t));
        let maybe = [T::BurglaryRelated, T::TheftRelated, T::OfficerAssaultPossible, T::SeriousInjuryPossible].iter().any(|t| has(*t));
        let lr = if listed { 3 } else if maybe { 1 } else { 0 };
        let old = o.laken_riley as u8;
        if old > lr { println!("LR {} old {} derived {} traits {:?}", o.id, o.laken_riley.code(), lr, o.traits); }
        if o.daca == DacaClass::Significant {
            let sig = [T::Violent, T::Threat, T::Restraint, T::Harassment, T::SexualAbuse, T::SexOffense, T::Burglary, T::FirearmConduct, T::DrugSale, T::Dui, T::Weapon, T::BurglaryRelated, T::WetReckless, T::Lewdness].iter().any(|t| has(*t));
            let dv = o.grounds[4].home.max(o.grounds[4].worst) as u8 > 0 || o.grounds[7].home.max(o.grounds[7].worst) as u8 > 0;
            if !sig && !dv { println!("DACA {} significant but nothing derives it; traits {:?}", o.id, o.traits); }
        }
        if o.daca == DacaClass::MinorTraffic && !has(T::MinorTraffic) { println!("MT {} minor_traffic not tagged", o.id); }
        if o.daca == DacaClass::MaybeMinorTraffic && !has(T::MaybeMinorTraffic) { println!("MMT {} maybe_minor_traffic not tagged", o.id); }
    }
}
