// A partner's code against the JavaScript API's types (dist/padilla-api.d.ts), checked by
// `make test-types` (tsc, nothing emitted or run). The first part must type-check as it is;
// each `@ts-expect-error` below it is a mistake the types must catch: if one is no longer
// an error, tsc fails ("Unused '@ts-expect-error' directive").
import init, { assess, dataVersion, load, mount, search } from '../../dist/padilla-api.js';
import type {
  AssessedConviction,
  Assessment,
  Case,
  Conviction,
  Fact,
  Grade,
  Person,
  Reach,
  ReliefGrade,
  SearchHit,
  Subject,
} from '../../dist/padilla-api.js';

await init();
await load('CA', new URL('data/', import.meta.url).href);
const illinois: Promise<void> = load('IL');
await illinois;

// A permanent resident who pleads to PC 273.5 with 364 days (the contract's example).
const plea: Conviction = {
  statute: 'PC 273.5(a)',
  variant: null,
  committed_on: '2024-05-02',
  convicted_on: '2024-09-10',
  level: 'misdemeanor',
  sentence_days: 364,
  suspended_days: 334,
  custody_days: 12,
  disposition: 'plea_or_verdict',
  loss_usd: null,
  facts: ['protected_relationship'],
};
const person: Person = { status: 'lpr', admitted_on: '2016-03-01', lpr_since: '2016-03-01', born_on: '1994-07-09' };
const theCase: Case = {
  schema_version: 1,
  as_of: '2026-11-22',
  perspective: 'plea_planning',
  jurisdiction: 'CA',
  person,
  convictions: [plea],
};

const a: Assessment = assess(theCase);
const same: Assessment = assess(JSON.stringify(theCase));
const bare = assess({
  jurisdiction: 'IL',
  person: { status: 'unknown' },
  convictions: [{ statute: '720 ILCS 5/12-3.2', disposition: 'deferred_entry_with_plea' }],
});

// The conviction's grounds, findings and what the catalog entry advises.
const first: AssessedConviction = a.convictions[0];
const dv: Grade = first.grounds.domestic_violence;
const cimt: 'yes' | 'likely' | 'possible' | 'no' = a.convictions[0].grounds.cimt;
const resolved: string | null = first.offense_id;
const keepOut: string | undefined = first.record_advice?.es;
for (const f of first.findings) {
  const line: string = `${f.ground} ${f.grade} (${f.basis}): ${f.explanation} [${f.citations.join('; ')}]`;
  const conviction: number = f.conviction;
  const key: string = f.reason.key;
  const offense = f.reason.params['offense'];
  if (typeof offense === 'string') offense.toUpperCase();
  void [line, conviction, key];
}

// The person: removability, detention, relief and their findings.
const deportable: Reach = a.removability.deportable;
if (a.removability.inadmissible === 'not_applicable') console.log('not reached');
const detained: Grade = a.mandatory_detention;
const naturalization: ReliefGrade = a.relief.naturalization;
for (const f of a.findings) {
  if (f.ground === 'naturalization' || f.ground === 'lpr_cancellation') {
    const g: ReliefGrade = f.grade;
    void g;
  } else if (f.ground === 'deportable') {
    const g: Grade = f.grade;
    const on: number | undefined = f.conviction;
    void [g, on];
  }
}
const warnings: string[] = a.warnings;
const warningKeys: string[] = a.warning_reasons.map((r) => r.key);

// Safer pleas.
for (const alt of first.alternatives) {
  const avoided: Subject[] = alt.avoids;
  const lower: Subject[] = alt.reduces;
  const still: Subject[] = alt.still_risks;
  const clean: boolean = alt.avoids.includes('domestic_violence') && !alt.still_risks.includes('deportable');
  const by: string = `${alt.offense_id}${alt.curated ? ' (reviewed)' : ''}: ${alt.why} / ${alt.why_reason.key}`;
  void [avoided, lower, still, clean, by];
}

// Questions to ask, each answer with what it changes.
for (const q of a.questions) {
  const about: string = q.about;
  const ask: string = q.ask.key;
  switch (q.about) {
    case 'variant':
      for (const answer of q.answers) answer.value.startsWith('ca.');
      break;
    case 'fact': {
      const fact: Fact = q.fact;
      const shows: boolean = q.answers[0].value;
      void [fact, shows];
      break;
    }
    case 'level':
      q.answers.map((answer) => answer.value === 'felony');
      break;
    default: {
      const days: number = q.answers[0].value;
      void days;
    }
  }
  for (const answer of q.answers) {
    const cimtThen: Grade | undefined = answer.changes['convictions.0.grounds.cimt'];
    const deportableThen: Reach | undefined = answer.changes['removability.deportable'];
    const naturalizationThen: ReliefGrade | undefined = answer.changes['relief.naturalization'];
    const label: string = answer.label.key;
    void [cimtThen, deportableThen, naturalizationThen, label];
  }
  void [about, ask];
}

// Search, in either language.
const hits: SearchHit[] = search('corporal injury', 'CA', 5);
const spanish: string = hits[0].title_es;
const ids: string[] = search('12-3.2', 'IL').map((h) => `${h.id} ${h.citation} ${h.title_en}`);
const version: string = dataVersion();
const schema: 1 = a.schema_version;
void [same, bare, dv, cimt, resolved, keepOut, deportable, detained, naturalization, warnings, warningKeys];
void [spanish, ids, version, schema];

// ---- Mistakes the types must catch --------------------------------------------------------

// @ts-expect-error: "citizen" is not a status (a citizen is not at risk of removal).
const citizen: Person = { status: 'citizen' };

// @ts-expect-error: sentence_days is a number of days, not text.
const textDays: Conviction = { statute: 'PC 273.5', disposition: 'plea_or_verdict', sentence_days: '364' };

// @ts-expect-error: NY is not a state this build has.
await load('NY');

// @ts-expect-error: nor can it be searched.
search('burglary', 'NY');

// @ts-expect-error: a Case's jurisdiction is one of the states too.
assess({ jurisdiction: 'NY', person: { status: 'lpr' }, convictions: [] });

// @ts-expect-error: disposition is required.
const noDisposition: Conviction = { statute: 'PC 459' };

// @ts-expect-error: a misspelt field (the engine rejects it too).
const misspelt: Conviction = { statute: 'PC 459', disposition: 'plea_or_verdict', sentance_days: 364 };

// @ts-expect-error: "guilty" is not a disposition.
const guilty: Conviction = { statute: 'PC 459', disposition: 'guilty' };

// @ts-expect-error: nor is "dangerous" a fact of the vocabulary.
const dangerous: Conviction = { statute: 'PC 459', disposition: 'plea_or_verdict', facts: ['dangerous'] };

// @ts-expect-error: removability has deportable and inadmissible, nothing else.
a.removability.removable;

// @ts-expect-error: no such ground.
a.convictions[0].grounds.murder;

// @ts-expect-error: a search hit has title_en and title_es only.
hits[0].title_fr;

// @ts-expect-error: a relief grade is not a ground's grade.
const reliefAsGrade: Grade = a.relief.asylum;

// @ts-expect-error: removability may be not_applicable, which a Grade is not.
const reachAsGrade: Grade = a.removability.deportable;

// @ts-expect-error: record_advice may be null (a statute not in the catalog).
const advice: string = first.record_advice.en;

// @ts-expect-error: an alternative lists conclusions by their codes only.
const unknownSubject: Subject = 'murder';

// @ts-expect-error: assess answers at once; it is not a promise.
assess(theCase).then;

void [citizen, textDays, noDisposition, misspelt, guilty, dangerous, reliefAsGrade, reachAsGrade, advice];
void unknownSubject;

// Mounting the whole app into a page of the partner's own origin, starting where it wants.
declare const slot: HTMLElement;
mount(slot, '/padilla/data/', { jurisdiction: 'IL', lang: 'es', mode: 'case' });
mount(slot);
// @ts-expect-error there is no "full" screen
mount(slot, undefined, { mode: 'full' });
