//! What the answer means for one person: removability, mandatory detention and the relief
//! most at stake for the status, each with its grade and its reasons.

use yew::prelude::*;

use crate::engine::case::Status;
use crate::engine::offense::Offense;
use crate::engine::outcome::{Assessment, Finding, Relief, ReliefGrade, Subject};
use crate::engine::relief::at_stake;
use crate::lang::Lang;
use crate::ui::components::grade_badge::Mark;
use crate::ui::components::ground_row::GroundRow;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub status: Status,
    /// The column's heading, in the reader's language.
    pub heading: String,
    pub assessment: Assessment,
    pub open_why: Vec<String>,
    #[prop_or_default]
    pub entry: Option<&'static Offense>,
    pub on_toggle: Callback<String>,
    #[prop_or_default]
    pub plain: bool,
}

#[function_component(PersonColumn)]
pub fn person_column(props: &Props) -> Html {
    let a = &props.assessment;
    let relief_grade = |r: Relief| {
        Relief::ALL
            .iter()
            .position(|x| *x == r)
            .and_then(|i| a.relief.get(i))
            .copied()
            .unwrap_or(ReliefGrade::NotApplicable)
    };
    let mut rows: Vec<(Subject, Mark)> = vec![
        (Subject::Deportable, Mark::Reach(a.deportable)),
        (Subject::Inadmissible, Mark::Reach(a.inadmissible)),
        (Subject::MandatoryDetention, Mark::Grade(a.mandatory_detention)),
    ];
    rows.extend(at_stake(props.status).iter().map(|r| (Subject::Relief(*r), Mark::Relief(relief_grade(*r)))));
    let findings =
        |s: Subject| -> Vec<Finding> { a.findings.iter().filter(|f| f.subject == s).cloned().collect() };
    let heading_id = format!("person-{}", props.status.code());
    html! {
        <div class="person-column" data-status={props.status.code()}>
            <h3 id={heading_id.clone()}>{ props.heading.clone() }</h3>
            <ul class="rows" aria-labelledby={heading_id}>
                { for rows.into_iter().map(|(subject, mark)| {
                    let key = format!("p-{}-{}", props.status.code(), subject.code());
                    html! {
                        <GroundRow lang={props.lang} class="person-row" code={subject.code()}
                            label={subject.label(props.lang)} mark={mark}
                            open={props.open_why.contains(&key)} key_name={key}
                            findings={findings(subject)} entry={props.entry}
                            on_toggle={props.on_toggle.clone()} plain={props.plain} />
                    }
                }) }
            </ul>
        </div>
    }
}
