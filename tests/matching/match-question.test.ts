import { describe, expect, it } from 'vitest';
import { getGuide, MUNICIPALITY_IDS, type MunicipalityId } from '../../src/guide/index.js';
import { buildGuideIndex } from '../../src/matching/guide-index.js';
import { matchQuestion, type Intent } from '../../src/matching/match-question.js';

const indexes = { gladsaxe: buildGuideIndex(getGuide('gladsaxe')), aalborg: buildGuideIndex(getGuide('aalborg')) };
const ask = (m: MunicipalityId, text: string, lang: 'da' | 'en' = 'da') => matchQuestion(indexes[m], text, lang);
const levelOf = (intent: Intent) => (intent.kind === 'situation' || intent.kind === 'level' ? intent.levelId : undefined);
type Cases = readonly (readonly [text: string, why: string])[];
/** Gladsaxe questions, each with why it is there, that must be answered red. */
const answersRed = (cases: Cases) =>
  it.each(cases)('answers "%s" (%s) as red', (text) => {
    expect(levelOf(ask('gladsaxe', text).intent)).toBe('red');
  });
/** Gladsaxe questions, each with why it is there, that must not be answered red. */
const answersNotRed = (cases: Cases) =>
  it.each(cases)('does not answer "%s" (%s) as red', (text) => {
    expect(levelOf(ask('gladsaxe', text).intent)).not.toBe('red');
  });
const acuteIn = (m: MunicipalityId, text: string) => {
  const intent = ask(m, text).intent;
  return intent.kind === 'situation' && intent.acute;
};
/** Questions, each with why it is there, that Aalborg must answer as acute. */
const answersAcuteInAalborg = (cases: Cases) =>
  it.each(cases)('answers "%s" (%s) as acute in Aalborg', (text) => {
    expect(acuteIn('aalborg', text)).toBe(true);
  });
/** Gladsaxe questions, each with the level it must be answered at. */
const answersAtLevel = (cases: readonly (readonly [text: string, level: 'yellow' | 'orange' | 'red'])[]) =>
  it.each(cases)('answers "%s" at Gladsaxe\'s %s level', (text, level) => {
    expect(levelOf(ask('gladsaxe', text).intent)).toBe(level);
  });
/** Aalborg questions, each with whether it must be answered as acute. */
const readsAcuteInAalborg = (cases: readonly (readonly [text: string, acute: boolean])[]) =>
  it.each(cases)('reads "%s" as acute in Aalborg: %s', (text, acute) => {
    expect(acuteIn('aalborg', text)).toBe(acute);
  });
/** Questions, each with why it is there, that Aalborg must not answer as acute. */
const answersNotAcuteInAalborg = (cases: Cases) =>
  it.each(cases)('does not answer "%s" (%s) as acute in Aalborg', (text) => {
    expect(acuteIn('aalborg', text)).toBe(false);
  });
/** Questions, each with why it is there, that neither municipality may answer as acute. */
const answersNotAcute = (cases: Cases) =>
  it.each(cases)('does not answer "%s" (%s) as acute', (text) => {
    for (const m of MUNICIPALITY_IDS) expect(acuteIn(m, text)).toBe(false);
  });

describe('matchQuestion (Gladsaxe levels)', () => {
  it.each([
    ['Borgeren møder aldrig alene op til samtaler', 'yellow'],
    ['hendes bror er altid med til møderne', 'yellow'],
    ['mange aflyste møder og højt sygefravær', 'yellow'],
    ['borgerens e-boks kontrolleres af familien', 'orange'],
    ['hun må ikke lære dansk', 'orange'],
    ['he has no freedom to choose his partner', 'orange'],
    ['tvangsægteskab', 'red'],
    ['Hun skal tvangsgiftes i sommerferien', 'red'],
    ['forced marriage', 'red'],
    ['æresdrab', 'red'],
    ['she is isolated in the home', 'red'],
  ] as const)('answers "%s" with the %s level', (text, level) => {
    expect(levelOf(ask('gladsaxe', text).intent)).toBe(level);
  });

  it.each([
    ['tvangsaegteskab', 'æ written as ae'],
    ['tvangsegteskab', 'æ written as e'],
    ['tvangsægteskap', 'a typo'],
    ['tvnagsægteskab', 'swapped letters'],
    ['aeresdrab', 'æ written as ae'],
    ['borgeren moder aldrig alene op', 'ø written as o'],
  ])('still finds the sign in "%s" (%s)', (text) => {
    expect(ask('gladsaxe', text).intent.kind).toBe('situation');
  });

  it('answers red when a red sign stands beside a yellow one (never under-triage)', () => {
    const intent = ask('gladsaxe', 'hun møder aldrig alene op og skal giftes mod sin vilje').intent;
    expect(levelOf(intent)).toBe('red');
    expect(intent.kind === 'situation' && intent.signIds.length).toBeGreaterThan(1);
  });

  it('answers red for threats to life even without a named sign', () => {
    expect(levelOf(ask('gladsaxe', 'han er blevet truet på livet').intent)).toBe('red');
  });

  it('prefers the higher of two comparable levels (over-triage is the lesser error)', () => {
    expect(levelOf(ask('gladsaxe', 'mange aflyste møder, og hendes e-boks kontrolleres').intent)).toBe('orange');
  });

  it('reads "what is the yellow field" as a question about the level', () => {
    expect(ask('gladsaxe', 'what is the yellow field', 'en').intent).toEqual({ kind: 'level', levelId: 'yellow' });
  });

  it('reads a contact request as a contact lookup', () => {
    const intent = ask('gladsaxe', 'politiets telefonnummer').intent;
    expect(intent.kind).toBe('contact');
    expect(intent.kind === 'contact' && intent.contactIds).toContain('koebenhavns-vestegns-politi');
  });

  it('keeps the situation when a contact is asked for alongside a red sign', () => {
    expect(levelOf(ask('gladsaxe', 'politiets nummer, hun skal tvangsgiftes').intent)).toBe('red');
  });

  it.each(['hej', 'hjælp', 'help', 'what can you do'])('treats "%s" as a request for help', (text) => {
    expect(ask('gladsaxe', text).intent.kind).toBe('help');
  });

  it('offers candidates, never a bare "no", for text it cannot place', () => {
    expect(['candidates', 'none']).toContain(ask('gladsaxe', 'xyzzy plugh').intent.kind);
  });
});

describe('matchQuestion (cues)', () => {
  it.each([
    ['pige på 15', 'under-18'],
    ['a 16 year old boy', 'under-18'],
    ['en 15-årig', 'under-18'],
    ['myndighedsrådgiver under 18', 'under-18'],
    ['borger over 18', 'over-18'],
    ['borger på 24 år', 'over-18'],
    ['I am a teacher', undefined],
    ['skal giftes med sin kæreste gennem 5 år', undefined],
    ['hun har boet i Danmark i 3 år', undefined],
    ['they have been together for 2 years', undefined],
    ['hun kom hertil for 5 år siden', undefined],
    ['hun er 15 år og har boet her i 3 år', 'under-18'],
  ] as const)('reads the age group of "%s" as %s', (text, age) => {
    expect(ask('aalborg', text).ageGroup).toBe(age);
  });

  it.each([
    ['jeg er myndighedsrådgiver', true],
    ['I am a case worker', true],
    ['I am a teacher', false],
  ] as const)('reads the case-worker role in "%s"', (text, caseworker) => {
    const match = ask('aalborg', text);
    expect(match.caseworker || match.audienceIds.some((id) => id.startsWith('caseworker'))).toBe(caseworker);
  });

  it('reads the professional role from "I\'m a teacher"', () => {
    expect(ask('aalborg', "I'm a teacher and worried about a 14 year old").audienceIds).toContain('professional');
  });

  it.each([
    ['hvad gør jeg når borgeren aldrig er alene', 'en', 'da'],
    ['what do I do if the citizen is never alone', 'da', 'en'],
    ['tvangsægteskab', 'en', 'da'],
    ['sikkerhedsplan', 'da', 'da'],
  ] as const)('answers "%s" (locale %s) in %s', (text, fallback, lang) => {
    expect(ask('aalborg', text, fallback).lang).toBe(lang);
  });

  it('flags a CPR number and does not match on its digits', () => {
    const match = ask('gladsaxe', 'borger 010190-1234 skal tvangsgiftes');
    expect(match.cpr).toBe(true);
    expect(levelOf(match.intent)).toBe('red');
  });

  it('treats an acute Aalborg situation as acute', () => {
    const intent = ask('aalborg', 'uden for åbningstid, ung under 18 i fare').intent;
    expect(intent.kind === 'situation' && intent.acute).toBe(true);
  });
});

describe('matchQuestion (stem collisions)', () => {
  it.each([
    ['Hendes far er altid med i jobcenteret', 'yellow'],
    ['hun får ikke lov til at gå i praktik', 'orange'],
    ['hun er i fare', 'red'],
    ['situationen derhjemme er farlig', 'red'],
  ] as const)('answers "%s" with the %s level', (text, level) => {
    expect(levelOf(ask('gladsaxe', text).intent)).toBe(level);
  });
});

describe('matchQuestion (held-out lessons)', () => {
  it('reads a bare colour word as a question about that level', () => {
    expect(ask('gladsaxe', 'when does something count as red on the action card?', 'en').intent).toEqual({ kind: 'level', levelId: 'red' });
  });

  it('leads with the higher level when two are named', () => {
    expect(ask('gladsaxe', 'er det gult eller rødt felt?').intent).toEqual({ kind: 'level', levelId: 'red' });
  });

  it('answers e-boks access by the husband as suspicion, above "never alone"', () => {
    expect(levelOf(ask('gladsaxe', 'moeder aldrig alene op og hendes mand har koden til hendes eboks').intent)).toBe('orange');
  });

  it.each([
    ['pige paa 15', 'under-18'],
    ["she's 20", 'over-18'],
    ['15 aar gammel', 'under-18'],
  ] as const)('reads the age in "%s" typed without å or with a contraction', (text, age) => {
    expect(ask('aalborg', text).ageGroup).toBe(age);
  });
});

describe('matchQuestion (negation, numbers, honour)', () => {
  it('does not answer red for threats that are explicitly denied', () => {
    expect(levelOf(ask('gladsaxe', 'familien skal godkende hvem hun er sammen med, ikke noget med trusler').intent)).toBe('orange');
  });

  it('still answers red when one danger is denied and another is not', () => {
    expect(levelOf(ask('gladsaxe', 'der er ingen vold, men han truer hende').intent)).toBe('red');
  });

  it('keeps "tør ikke gå hjem" a danger: only a denied danger word is dropped', () => {
    expect(levelOf(ask('gladsaxe', 'hun tør ikke gå hjem').intent)).toBe('red');
  });

  it('reads "I\'m not a case worker" as not a case worker', () => {
    const match = ask('aalborg', "I work in a youth club, I'm not a case worker. What do I do?", 'en');
    expect(match.caseworker).toBe(false);
  });

  it.each([
    ['the family\'s honour will be restored', 'red'],
    ['onkel har sagt familiens ære skal genoprettes', 'red'],
    ['hun fortæller om et ægteskab familien har planlagt, som hun ikke vil ind i', 'red'],
    ['She is terrified', 'red'],
  ] as const)('answers "%s" with the %s level', (text, level) => {
    expect(levelOf(ask('gladsaxe', text).intent)).toBe(level);
  });

  it.each(['hvem er 24948819?', 'who has 24 94 88 19', 'nummeret +45 24 94 88 19'])('finds the contact behind a quoted number: "%s"', (text) => {
    const intent = ask('gladsaxe', text).intent;
    expect(intent.kind === 'contact' && intent.contactIds[0]).toBe('jeanette-v-jacobsen');
  });

  it.each([
    ['ung på sytten', 'under-18'],
    ['a nineteen-year-old', 'over-18'],
  ] as const)('reads ages written as words: "%s"', (text, age) => {
    expect(ask('aalborg', text).ageGroup).toBe(age);
  });

  it('reads "rådgiver" as the case worker but not "RED Rådgivning"', () => {
    expect(ask('aalborg', 'rådgiver her, ung på sytten').caseworker).toBe(true);
    expect(ask('gladsaxe', 'RED Rådgivning telefon').caseworker).toBe(false);
  });
});

describe('matchQuestion (idioms and law questions)', () => {
  it('reads "holder møde hjemme" as a meeting at home (yellow), not as being kept at home (red)', () => {
    expect(levelOf(ask('gladsaxe', 'Borgeren vil ikke have, at vi holder møde hjemme hos hende').intent)).toBe('yellow');
  });

  it('still reads "de holder hende hjemme" as being kept at home', () => {
    expect(levelOf(ask('gladsaxe', 'hun må ikke forlade huset, familien holdes hjemme').intent)).toBe('red');
  });

  it('answers "sikkert ophold – hvilken paragraf?" with the workflow and its legal basis, not a shelter card', () => {
    const intent = ask('aalborg', 'Sikkert ophold for en ung under 18 - hvilken paragraf?').intent;
    expect(intent.kind).toBe('situation');
  });
  it.each([
    ['borgeren er flygtet fra Syrien og møder aldrig alene op', 'da'],
    ['hun flygtede fra krigen i Afghanistan og har mange aflyste møder', 'da'],
    ['she fled Syria with her family and never comes to meetings alone', 'en'],
  ] as const)('reads "%s" as where the citizen came from (yellow), not as fleeing from home', (text, lang) => {
    expect(levelOf(ask('gladsaxe', text, lang).intent)).toBe('yellow');
  });

  it.each(['hun er flygtet hjemmefra', 'hun er flygtet fra sin mand i Irak', 'she fled Iraq after her uncle threatened to kill her'])(
    'still reads "%s" as a danger',
    (text) => {
      expect(levelOf(ask('gladsaxe', text).intent)).toBe('red');
    },
  );

  it.each(['hun skal lære at tage ansvar for sit eget liv', 'she wants to take control of her own life'])(
    'does not read "%s" as suicide',
    (text) => {
      expect(levelOf(ask('gladsaxe', text).intent)).not.toBe('red');
      expect(ask('aalborg', text).intent).not.toMatchObject({ acute: true });
    },
  );

  it('reads "cut herself off from her friends" as withdrawing (yellow), and "she cuts herself" as self-harm', () => {
    expect(levelOf(ask('gladsaxe', 'She has CUT herself OFF from her friends', 'en').intent)).toBe('yellow');
    expect(levelOf(ask('gladsaxe', 'she cuts herself', 'en').intent)).toBe('red');
  });

  it.each(['borgeren har taget sin uddannelse i udlandet', 'she was brought up abroad', 'she left Iraq in 2016'])(
    'does not read "%s" (where a citizen studied or came from) as being taken abroad',
    (text) => {
      expect(levelOf(ask('gladsaxe', text).intent)).not.toBe('red');
    },
  );
});

describe('matchQuestion (danger in everyday words)', () => {
  it.each([
    ['hun har talt om at tage sit eget liv', 'suicide'],
    ['hun siger hun hellere vil dø end at blive gift med ham', 'rather die'],
    ['hun vil ikke leve mere', 'not live any more'],
    ['she says she can\'t take it anymore and wants to die', 'wants to die'],
    ['she said she wants to end her life', 'end her life'],
    ['hun har blåt øje og vil ikke sige hvorfor', 'a black eye'],
    ['she has bruises on her arms', 'bruises'],
    ['hun har skader i ansigtet', 'injuries to the face'],
    ['her parents are planning to take her abroad and leave her there', 'left abroad'],
    ['he said his family will send him to Iraq if he doesn\'t behave', 'sent to a named country'],
    ['she has been missing since the summer holiday', 'missing'],
    ['hun er blevet lovet væk til en fætter', 'promised away'],
    ['hun er blevet forlovet mod sin vilje', 'engaged against her will'],
    ['the family arranged her engagement without asking her', 'an arranged engagement'],
    ['they took her passport', 'a passport taken'],
    ['familien gemmer hendes pas', 'a passport hidden'],
    ['hun er ikke kommet tilbage efter sommerferien', 'not back from the holiday'],
    ['she hasn\'t come back after the summer holiday', 'not back, with a contraction'],
    ['hun har ikke været i skole siden ferien og familien svarer ikke', 'not at school since the holiday'],
  ])('answers "%s" (%s) as red in Gladsaxe and acute in Aalborg', (text) => {
    expect(levelOf(ask('gladsaxe', text).intent)).toBe('red');
    expect(ask('aalborg', text).intent).toMatchObject({ kind: 'situation', acute: true });
  });

  it.each(['husk at tage pas med til mødet', 'she needs to take her passport to the meeting'])(
    'does not read "%s" (bringing a passport) as a passport taken away',
    (text) => {
      expect(levelOf(ask('gladsaxe', text).intent)).not.toBe('red');
    },
  );

  it('reads "doesn\'t" as "does not"', () => {
    expect(levelOf(ask('gladsaxe', 'she doesn\'t want to marry him', 'en').intent)).toBe('red');
  });

  it('does not read English "do" (Danish "dø" folded) beside "want" as a wish to die', () => {
    expect(levelOf(ask('gladsaxe', 'what do I do if she wants to work but her husband says no', 'en').intent)).not.toBe('red');
  });

  it('answers "the family has found a husband for her" with no free choice of partner (orange)', () => {
    expect(ask('gladsaxe', 'hun er 19 og familien har fundet en mand til hende').intent).toMatchObject({ levelId: 'orange', signIds: ['orange-no-partner-choice'] });
  });

  it('offers candidates, not the introduction, when a greeting word ("take" stems to "tak") comes with guide words', () => {
    const intent = ask('gladsaxe', 'take a look: her family keeps her from work', 'en').intent;
    expect(intent.kind).not.toBe('help');
    expect(ask('gladsaxe', 'tak').intent.kind).toBe('help');
  });
});

describe('matchQuestion (held-out everyday phrasings)', () => {
  it.each([
    ['borgeren er isoleret derhjemme af sin mand', 'isolated at home, "derhjemme"'],
    ['han siger hun ikke maa gaa ud', 'not allowed out, å typed as aa'],
    ['her husband keeps her shut in at home', 'shut in'],
    ['she is not allowed any contact with anyone', 'cut off from everyone'],
    ['de har taget hendes nøgler', 'keys taken'],
    ['they took her keys and phone', 'keys taken, in English'],
    ['borgers mand har sagt at hvis hun går fra ham saa er hun død', '"så er hun død": a threat to her life'],
    ['her brothers said she is dead if she leaves him', '"dead if"'],
    ['uncle said if she runs off with that boy they\'ll bury her', '"bury her"'],
    ['she can\'t go home tonight', 'cannot go home'],
    ['brother texted her that she will regret this', 'a family member says she will regret it'],
    ['forældrene har købt en flybillet til hende, kun ud ingen retur', 'no return ticket'],
    ['her family has a one-way ticket booked for her', 'a one-way ticket'],
    ['hun er blevet smidt ud og broren leder efter hende', 'thrown out'],
    ['she says she\'s getting married on saturday and it\'s not her choice', 'a marriage that is not her choice'],
    ['she has been promised to a man she has never met', 'promised to a man'],
    ['her family is taking her to Yemen to get married', 'taken to a named country to marry'],
    ['far har sagt hun ikke kommer tilbage til danmark', 'not coming back to Denmark'],
  ])('answers "%s" (%s) as red in Gladsaxe and acute in Aalborg', (text) => {
    expect(levelOf(ask('gladsaxe', text).intent)).toBe('red');
    expect(ask('aalborg', text).intent).toMatchObject({ kind: 'situation', acute: true });
  });

  it.each([
    ['familien har taget hendes telefon', 'orange'],
    ['manden tjekker hendes telefon hver aften', 'orange'],
    ['her husband checks her phone and messages', 'orange'],
    ['svigerfamilien vil ikke lade hende gå på danskuddannelse', 'orange'],
    ['the family has said no to her taking part in the work assessment', 'orange'],
    ['hun vil gerne i virksomhedspraktik men familien forbyder det', 'orange'],
    ['he\'s not allowed to be with the girl he loves', 'orange'],
    ['what should i do if a young person pulls away from everyone and misses a lot', 'yellow'],
    ['citizen prefers not to have meetings at her place', 'yellow'],
    ['han vil ikke have at vi kommer hjem til ham', 'yellow'],
    ['he keeps cancelling, 6 cancellations since jan and sick notes in between', 'yellow'],
    ['she has started covering up completely and barely talks', 'yellow'],
  ] as const)('answers "%s" with the %s level', (text, level) => {
    expect(levelOf(ask('gladsaxe', text).intent)).toBe(level);
  });

  it.each([
    ['hun har ikke taget telefonen i en uge', 'did not answer the phone'],
    ['hun tager ikke sin telefon', 'does not answer her phone'],
    ['she took her phone out during the meeting', 'took her own phone out'],
  ])('does not read "%s" (%s) as her phone being controlled', (text) => {
    expect(ask('gladsaxe', text).intent).not.toMatchObject({ kind: 'situation', levelId: 'orange' });
  });

  it.each([
    ['han dræber tiden med at sidde alene i kantinen og har meget fravær', 'kills time'],
    ['hun slår tiden ihjel på biblioteket og har meget fravær', 'kills time'],
    ['he was killing it on the course but lately he\'s absent a lot', 'does well'],
    ['the deadline on this report is killing me, anyway she has a lot of absence', 'a chore'],
    ['that phone call was killing me. he has pulled away from the group', 'a chore'],
    ['a young citizen is withdrawing from everything and missing a lot of days', 'absence'],
    ['hun er laast ude af sin mail fordi hun har glemt koden og har meget fravær', 'a forgotten password'],
    ['hun skal giftes i august med sin kæreste som hun selv har valgt og hun glæder sig, men hun har aflyst mange møder', 'a wedding she chose'],
    ['she\'s marrying her boyfriend next year, her own choice, but lately she\'s off sick a lot', 'a wedding she chose'],
    ['hoejt sygefravær i praktikken og hun virker ikke til at trives', 'an internship named, not forbidden'],
  ])('answers "%s" (%s) as yellow, not red or orange', (text) => {
    expect(levelOf(ask('gladsaxe', text).intent)).toBe('yellow');
  });

  it.each([
    ['familien har selv valgt en mand til hende, hun skal giftes i august', 'the family chose'],
    ['hun skal giftes, det er ikke hendes eget valg', 'the choice denied'],
    ['she is getting married, it is not really her own choice', 'the choice denied, a word between'],
    ['hun skal giftes, hun siger hun selv har valgt ham', 'reported as her claim'],
    ['hun skal giftes i Pakistan med en hun selv har valgt', 'a wedding abroad'],
    ['hun skal giftes med en hun selv har valgt, men hun er bange for sin far', 'fear'],
    ['she\'s marrying a man of her own choice but she doesn\'t want to', 'unwilling'],
  ])('keeps red for "%s" (%s): a chosen wedding counts only when nothing doubts it', (text) => {
    expect(levelOf(ask('gladsaxe', text).intent)).toBe('red');
  });

  it.each(['they want to marry her off to a cousin', 'her parents will marry her off'])('reads "%s" as forced marriage', (text) => {
    expect(levelOf(ask('gladsaxe', text, 'en').intent)).toBe('red');
  });

  it('keeps "det må ikke gå ud over hendes praktik" (must not affect) apart from "hun må ikke gå ud" (not allowed out)', () => {
    expect(levelOf(ask('gladsaxe', 'det må ikke gå ud over hendes praktik').intent)).not.toBe('red');
    expect(levelOf(ask('gladsaxe', 'hun må ikke gå ud').intent)).toBe('red');
  });

  it('keeps "misses" and "missing" apart: absence is not a missing person, "missing since" is', () => {
    expect(levelOf(ask('gladsaxe', 'the young person misses a lot', 'en').intent)).not.toBe('red');
    expect(levelOf(ask('gladsaxe', 'the girl has been missing since friday', 'en').intent)).toBe('red');
  });
});

describe('matchQuestion (indirect danger)', () => {
  it.each([
    ['hvis de finder ud af det så tager min onkel mit liv', 'takes my life'],
    ['her uncles said she would pay with her life for the shame', 'pay with her life'],
    ['onklerne siger at skammen skal ordnes', 'the shame must be dealt with'],
    ['she begged us not to call home', 'begged not to call home'],
    ['the family have paid the bride price', 'a bride price'],
    ['familien har booket imamen til nikah i weekenden', 'the imam booked'],
    ['hun sagde nej til ceremonien men de gennemførte den', 'said no to the ceremony'],
    ['borgeren er blevet gift religiøst uden at ville det', 'married without wanting it'],
    ['they\'re taking me to marry him', 'taken to marry'],
    ['her mum said she is no longer our daughter', 'disowned'],
    ['his dad said he has no son anymore', 'disowned, "no son anymore"'],
    ['du er død for os', 'dead to us'],
    ['en pige blev trukket ind i en bil af to mænd', 'pulled into a car'],
    ['faren har solgt hende til en ældre mand', 'sold'],
    ['han siger hun ender i en kiste', 'a coffin'],
    ['manden låser døren udefra når han går', 'the door locked from outside'],
    ['hun har ikke været uden for døren i to måneder', 'not out of the door'],
    ['hun må ikke ringe til sin egen familie', 'not allowed to call her own family'],
    ['a neighbour heard her screaming let me out', '"let me out"'],
    ['she has been cut off from everyone', 'cut off from everyone'],
    ['the woman says she has been kept in the flat since she arrived', 'kept in the flat'],
    ['hun har ikke været udenfor siden hun kom til Danmark', 'not outside since'],
    ['familiens ære kan kun vaskes ren med hendes blod', 'honour washed with blood'],
    ['han skal ligge i jorden hvis han ikke dropper kæresten', 'in the ground'],
    ['kid has marks on her arms and cant go home tonight', '"cant" go home, marks on her arms'],
    ['his uncles are coming this weekend to deal with her', 'male relatives coming to deal with her'],
    ['the last person they had a meeting like that about ended up in hospital', 'ended up in hospital'],
    ['her ex-husband\'s brothers have been circling her building', 'circling her building'],
    ['naboer har set en kvinde i vinduet der råber om hjælp', 'shouting for help'],
    ['one of them said she doesn\'t deserve to live', 'does not deserve to live'],
    ['her dad said she won\'t live to see the wedding', 'will not live to see'],
    ['hvis jeg går fra ham så finder min far mig', 'my father will find me'],
    ['hendes brødre sørger for at hun aldrig ser dagens lys igen', 'never see daylight again'],
    ['his cousin was shot back home for having a girlfriend', 'a cousin shot'],
    ['fætteren blev fundet død i Pakistan sidste år', 'found dead'],
    ['moren siger familien vil skaffe hende af vejen', 'get her out of the way'],
    ['hun er overbevist om at familien vil gøre det af med hende', 'do away with her'],
    ['husband keeps her keys and phone', 'keys kept'],
    ['her dad says she has to be married before she brings more shame', 'has to be married'],
  ])('answers "%s" (%s) as red in Gladsaxe and acute in Aalborg', (text) => {
    expect(levelOf(ask('gladsaxe', text).intent)).toBe('red');
    expect(ask('aalborg', text).intent).toMatchObject({ kind: 'situation', acute: true });
  });

  it.each([
    ['a 13yo told her teacher she is engaged to a man', 'under 18 by age'],
    ['en elev på 15 er blevet forlovet', 'under 18, Danish'],
  ])('answers a child\'s engagement or marriage ("%s", %s) as acute', (text) => {
    expect(ask('aalborg', text).intent).toMatchObject({ kind: 'situation', acute: true });
    expect(levelOf(ask('gladsaxe', text).intent)).toBe('red');
  });

  it('keeps a child\'s wedding acute even when she chose it herself (read before the idioms)', () => {
    expect(levelOf(ask('gladsaxe', 'hun er 16 og skal giftes med en hun selv har valgt, hun glæder sig til brylluppet').intent)).toBe('red');
    expect(levelOf(ask('gladsaxe', 'hun er 26 og skal giftes med en hun selv har valgt, hun glæder sig til brylluppet').intent)).not.toBe('red');
  });

  it('does not read an adult\'s engagement as a child\'s', () => {
    expect(levelOf(ask('gladsaxe', 'hun er 25 og forlovet, og hun har aflyst mange møder').intent)).not.toBe('red');
  });

  it.each([
    ['min chef slår mig ihjel hvis jeg glemmer det, men borgeren dukker aldrig op alene', 'yellow'],
    ['MIN CHEF SLÅR MIG IHJEL hvis jeg glemmer det, men borgeren dukker aldrig op alene', 'yellow'],
    ['my manager will kill me if i forget: what do i do when a citizen never comes alone to meetings?', 'yellow'],
    ['hun var ved at dø af grin, men hun siger hun ikke maa gaa til dansk mere, svigermor har sagt nej', 'orange'],
    ['she helped plan her sister\'s wedding, but since then lots of cancelled meetings and she seems down', 'yellow'],
    ['hendes søster skal giftes i august, hun har aflyst mange møder', 'yellow'],
    ['familien har bestemt at hun kun må finde en fra vores egne. Der er ingen bryllupsplaner', 'orange'],
    ['client isn\'t allowed to pick her own partner. No travel or wedding plans that she knows of', 'orange'],
    ['hun er begyndt at gå med tørklæde og har trukket sig fra holdet på sprogskolen', 'yellow'],
    ['language school mentor: student has had a lot of absence this term', 'yellow'],
    ['hun er i arbejdsprøvning men har mange aflysninger', 'yellow'],
    ['Familien vil ikke have at vi holder møde hjemme hos dem, det skal være på jobcentret', 'yellow'],
    ['leder videresender: en borger vil ikke have møder i sit hjem og der er altid familie med til møderne', 'yellow'],
    ['Borgeren er stoppet i sin frivillige forening og kommer ikke længere til fællesspisning', 'yellow'],
    ['bro han er blevet mega stille, hænger ikk ud med de andre mere og har skiftet hele sin stil', 'yellow'],
    ['Hun vil helst ikke have at vi kommer hjem til hende og har skiftet påklædning, bl.a. lange kjoler nu', 'yellow'],
    ['Ahmed has stopped showing up to his job, pulled out of the football club and seems withdrawn', 'yellow'],
    ['The family says she can only be with a man they pick, she is not free to choose herself', 'orange'],
    ['she was told she is only allowed to be with someone from their own clan', 'orange'],
    ['borgeren er blevet meldt ud af sprogskolen af sin mand', 'orange'],
    ['her in-laws have stopped her from doing the work trial', 'orange'],
  ] as const)('answers "%s" with the %s level', (text, level) => {
    expect(levelOf(ask('gladsaxe', text).intent)).toBe(level);
  });

  answersNotRed([
    ['hun kan ikke gå hjem før kl 15 pga praktikken', 'a time to leave'],
    ['hun kommer aldrig ud af sengen om morgenen og har meget fravær', 'a tired morning'],
    ['she got married last year and has moved to Aarhus', '"has … to … married" as loose words'],
    ['hun bor ikke længere hos sin datter', 'no longer lives with her daughter'],
    ['the key question is who has the minutes', '"key" is not "keys"'],
  ]);
});

describe('matchQuestion (held-out sets 11 and 12: danger in reported words)', () => {
  it.each([
    ['hun skrev at faren siger hun skal dø fordi hun har været sammen med en fyr', '"skal dø"'],
    ['her brother says she deserves to die for what she did', '"deserves to die"'],
    ['student showed me burns on her arm and says her husband does it with a hot spoon', 'burns on her arm'],
    ['forældrene har arrangeret en religiøs vielse på fredag, hun siger nej', 'a religious ceremony arranged'],
    ['"if you come home tonight you will not see tomorrow"', '"you will not see tomorrow"'],
    ['a text from her brother: "end it with him by Friday or you won\'t see Saturday"', '"you won\'t see Saturday"'],
    ['så ser du ikke morgendagen, skrev broren', '"så ser du ikke morgendagen"'],
    ['Your father and brothers are coming to get you tonight', 'brothers coming to get her tonight'],
    ['she is hiding at a friend\'s place since yesterday', 'hiding at a friend\'s'],
    ['hun gemmer sig hos en veninde og tør ikke tage telefonen', '"gemmer sig hos en veninde"'],
    ['der er holdt forlovelse uden at hun var til stede', 'engaged without her being present'],
    ['brylluppet er fastsat til næste måned, hun har sagt nej til manden', 'the wedding date set'],
    ['her family has set the wedding date with a man she has never met', 'a man she has never met'],
    ['"My dad says I\'m going to my grandma in Somalia on Friday and I\'m not coming back"', 'not coming back, with a trip'],
    ['hun skal til somalia i efterårsferien og blive der', '"blive der", with a trip'],
    ['farens brødre har sagt at de så \'ordner\' hende', '"ordner hende"'],
    ['hun skal rejse til Irak og mødes med sin kommende mand', 'meeting her future husband abroad'],
    ['hun har brækket en finger, og det var hendes bror', 'a broken bone, and a relative behind it'],
    ['"Hvis du snakker med hende igen, ligger du i en grøft"', 'in a ditch'],
    ['hun bor hos sin moster og staying at a friend\'s place because her brother threatened her', 'staying at a friend\'s'],
  ])('answers "%s" (%s) as red in Gladsaxe and acute in Aalborg', (text) => {
    expect(levelOf(ask('gladsaxe', text).intent)).toBe('red');
    expect(ask('aalborg', text).intent).toMatchObject({ kind: 'situation', acute: true });
  });

  it('reads a 15-year-old\'s trip to meet her future husband as a child\'s marriage', () => {
    expect(ask('aalborg', 'pigen er 15 og skal mødes med sin kommende mand').intent).toMatchObject({ kind: 'situation', acute: true });
  });

  it.each([
    ['citizen said her father in law wont allow her to do the work placement', '"wont" without its apostrophe'],
    ['her family wont let her go to danish lessons, they say she doesnt need it', '"wont let"'],
    ['the family doesn\'t want her working with men', '"doesn\'t want her working"'],
    ['borgerens far har sagt hun ikke må starte på sprogcentret', 'the language centre'],
    ['her parents won\'t allow her to date anyone outside their community', 'a partner from outside, not being kept inside'],
    ['"Du gifter dig ikke med ham. Det er ikke dit valg." Hun bor for sig selv', 'a partner forbidden, not a marriage forced'],
    ['he\'s not allowed to marry his girlfriend because she is Danish', 'not allowed to marry his girlfriend'],
    ['familien siger at hun ikke må være kæreste med ham, hun kender fra sin støttekontaktperson. Der er ikke tale om noget bryllup', '"støttekontaktperson" and "noget" are not "kontakte nogen"'],
  ])('answers "%s" (%s) as orange', (text) => {
    expect(levelOf(ask('gladsaxe', text).intent)).toBe('orange');
  });

  answersNotRed([
    ['he said he got \'locked in\' at work when the alarm went off', 'locked in at work'],
    ['han føler sig "låst inde" på lageret på arbejdet', 'låst inde på lageret'],
    ['his boxing coach "locks them in the gym" until they finish', 'a coach and a gym'],
    ['bgr siger lagerjobbet slår hende ihjel, hun er så træt', 'a job that wears her out'],
    ['borger sagde at chefen slår hende ihjel hvis hun kommer for sent igen', 'her boss'],
    ['client is SO excited about her wedding next month, she planned it all herself', 'an excited bride'],
    ['she is getting married in August to a man she met at work, she proposed to him herself', 'she proposed'],
    ['borger skal giftes med sin kæreste gennem 5 år, begge familier er glade', 'her boyfriend of five years'],
    ['hun har aflyst alle hjemmebesøg og siger hun hellere vil mødes her', 'a home visit avoided'],
  ]);

  it.each([
    ['hun må ikke gifte sig med ham, familien har fundet en anden i Pakistan', 'a trip beside the forbidden partner'],
    ['hun må ikke gifte sig med kæresten, hun skal giftes med fætteren', 'a marriage decided beside the forbidden one'],
    ['he is not allowed to marry her, and he is afraid of his father', 'fear beside the forbidden partner'],
    ['she won\'t be coming back from her holiday in Iraq', 'not coming back, with a trip'],
  ])('keeps "%s" (%s) red', (text) => {
    expect(levelOf(ask('gladsaxe', text).intent)).toBe('red');
  });

  it.each([
    ['I won\'t see her tomorrow, can we reschedule?', 'I, not you'],
    ['she won\'t see Friday\'s meeting as important', 'Friday\'s meeting'],
    ['hun kommer ikke i morgen, hun er syg', 'not coming tomorrow'],
    ['han kommer ikke tilbage til praktikken efter sommer', 'not back to the placement, no trip'],
    ['hun skal på ferie i Tyrkiet og blive der i to uger', 'a fortnight\'s holiday'],
    ['her husband is hiding her letters from the jobcentre', 'hiding letters, not hiding'],
  ])('does not read "%s" (%s) as a danger', (text) => {
    expect(ask('aalborg', text).intent).not.toMatchObject({ acute: true });
  });
});

describe('matchQuestion (held-out sets 13 and 14: kinds of red)', () => {
  it.each([
    ['her mother-in-law has arranged for the girl to be circumcised during their summer trip to Sudan', 'genital cutting, named'],
    ['hendes døtre på 6 og 8 skal \'renses\' hos mormoren i Somalia i sommerferien', '"renses", daughters, a country'],
    ['her 3-year-old daughter will be \'cut\' during the family\'s trip to Egypt', '"cut", a daughter, a trip'],
    ['der er mistanke om kønslemlæstelse', 'kønslemlæstelse'],
    ['"Næste gang går du ikke derfra på dine egne ben"', 'not on her own legs'],
    ['"Hvis du viser dig i kjole, så kommer du ikke levende hjem"', 'not home alive'],
    ['his cousin said \'we\'ll find you and you won\'t walk again\'', 'find you, not walk again'],
    ['she has a swollen lip and says her husband said next time will be worse', 'a swollen lip, next time worse'],
    ['hans onkler har holdt familieråd og besluttet at han skal straffes', 'a family council and a punishment'],
    ['hun skal trække anmeldelsen, \'ellers sker der noget\'', 'a police report to withdraw, "ellers sker der noget"'],
    ['she must tell her to come home \'before the family comes to get her themselves\'', 'the family coming to get her themselves'],
    ['her last text said \'they are taking me somewhere\' and her phone is off', 'taking her somewhere'],
    ['hendes brødre vil have hende med i bilen til lufthavnen i aften', 'brothers, the airport, tonight'],
    ['her dad wrote: \'Don\'t bother coming home\'', '"don\'t bother coming home"'],
    ['her father says she\'s marrying her cousin in Bangladesh this summer', 'marrying a cousin abroad'],
  ])('answers "%s" (%s) as red in Gladsaxe and acute in Aalborg', (text) => {
    expect(levelOf(ask('gladsaxe', text).intent)).toBe('red');
    expect(ask('aalborg', text).intent).toMatchObject({ kind: 'situation', acute: true });
  });

  answersNotRed([
    ['hun står ikke på egne ben økonomisk endnu og har aflyst mange møder', 'not yet self-reliant'],
    ['her phone is \'dead\' most of the time, the screen is broken, and she has cancelled many meetings', 'a dead phone'],
    ['vi grinede os nærmest ihjel, men han har aflyst mange møder', 'laughed to death'],
    ['han siger de lange ture er \'det rene mord\', og han har aflyst de fleste møder', '"det rene mord"'],
    ['she says the night shifts are killing her and she has cancelled many meetings', 'shifts killing her'],
    ['hun må ikke gå til dansk mere, svigermor har sagt nej', 'not "walk again"'],
    ['hun går mere tildækket og siger ikke længere noget i gruppen', 'not "walk again"'],
    ['her brother comes to get her after school every day', 'a brother picking her up'],
  ]);

  answersRed([
    ['hun har ikke været ude af huset i 3 uger, manden lukker ingen ind', 'not out of the house, nobody let in'],
    ['hendes onkler kommer i aften for at snakke med hende', 'uncles coming to talk to her'],
  ]);

  it.each([
    ['hun må ikke selv vælge kæreste, familien godkender. Hun er ikke bange, men det irriterer hende', 'orange', '"ikke bange" is no fear'],
    ['hun er holdt op med at komme til holdtræningen og har et CV inden for rengøring, og hun har ændret påklædning', 'yellow', '"inden" is not "inde"'],
    ['hun må ikke vælge kæreste, hendes onkler bestemmer det, hun kommer til vejledning, vi snakkede om fremtiden', 'orange', 'uncles, "kommer" and "snakkede" apart'],
  ] as const)('answers "%s" with the %s level (%s)', (text, level, _why) => {
    expect(levelOf(ask('gladsaxe', text).intent)).toBe(level);
  });

  it('keeps the women\'s shelter a contact asked for by name, not a danger', () => {
    expect(ask('aalborg', 'krisecenter tlf').intent.kind).toBe('contact');
  });
});

describe('matchQuestion (red descriptions once answered with a contact list)', () => {
  // Each was answered with the contact list or a "did you mean" card before: no level stated.
  answersRed([
    ['de skal vies i moskeen paa loerdag og hun har sagt nej flere gange', 'a wedding she refused'],
    ['brylluppet er på lørdag, hun siger hun aldrig har sagt ja til ham', 'never said yes'],
    ['faren har sagt at hun ikke overlever hvis hun går fra sin mand', 'will not survive'],
    ['he is gay and his family said he will not live if they find out', 'will not live'],
    ['uncle messaged him: you know what happens to people like you in our family', 'you know what happens'],
    ['broren sendte hende: du ved godt hvad der sker nu', 'du ved godt hvad der sker'],
    ['brødrene har sagt at hun \'ikke ser sin 18 års fødselsdag\'', 'her 18th birthday'],
    ['hendes bror har sagt, at hun ikke skal regne med at se sin næste fødselsdag', 'regne med at se'],
    ['hendes brødre står foran opgangen hos veninden, hvor hun gemmer sig', 'where she is hiding'],
    ['hendes brødre har fundet ud af, hvor hun bor, og har skrevet at de henter hende', 'family found out where she lives'],
    ['hendes onkel og fætre leder efter hende', 'relatives looking for her'],
    ['hun har ikke egen nøgle og broren henter og bringer hende', 'no key of her own'],
    ['they have stopped letting her out of the house', 'not let out'],
    ['jeg kunne høre hende græde bag en låst dør', 'a locked door'],
    ['a woman who leaves doesn\'t get to keep her children or her face', 'her face'],
    ['he\'ll take the kids to Pakistan and she\'ll never see them again', 'never see them again'],
    ['faren skrev: når du kommer hjem, er du færdig', 'er du færdig'],
    ['onklerne planlægger at hente ham hjem og gøre en ende på skammen', 'an end to the shame'],
    ['hun blev gift i weekenden med en mand, hun ikke kendte, og turde ikke sige nej', 'a man she did not know'],
    ['her husband\'s family is driving her to the airport tomorrow and she won\'t be coming back', 'the airport, not coming back'],
    ['i går blev han overfaldet af to fætre', 'assaulted'],
    ['farbrødrene holdt i en bil uden for hendes opgang hele aftenen', 'relatives waiting in a car outside'],
    ['hun tør ik sove hjemme i nat', '"ik" for "ikke"'],
    ['svigermor vil tage pigerne med til Etiopien til sommer for at gøre dem rene', 'genital cutting'],
    ['han skal \'opdrages\' dernede', 're-education'],
    ['kommer det frem, er hun død', '", er hun død"'],
  ]);

  answersNotRed([
    ['Borgeren vil ikke have, at vi holder møde hjemme hos hende', '"vil ikke" beside "hjem" is no danger'],
    ['Overlevering: borgeren er ikke mødt op siden december', '"overlevering" is not "overlever"'],
    ["Handover: doctor's statement is attached, he is tired but fine", '"attached" is not "attacked"'],
    ['he will not live with his parents after the summer and has cancelled many meetings', 'not living with his parents'],
    ['vi leder efter hende, hun er ikke mødt op til tre aftaler', 'the job centre looking for her'],
    ['er du færdig med kurset? hun har aflyst mange møder', 'finished with a course'],
    ['Her father called because she had not answered for hours: battery dead. She has withdrawn from the student council', 'a father who says nothing about work'],
  ]);

  answersAcuteInAalborg([
    ['Elev (13) skal forloves i sommerferien i Irak', 'a child engaged'],
    ['elev ikke mødt i 3 uger, veninden siger hun er blevet gift i afghanistan', 'a pupil married abroad'],
  ]);
});

describe('matchQuestion (a marriage only hinted at: the guide\'s suspicion, not its concrete knowledge)', () => {
  it.each([
    ['forældrene vil bestemme, hvem hun skal giftes med en dag. Ingen konkrete planer', 'some day, nothing concrete'],
    ["after the exams her parents will 'decide who she is going to marry'. Nothing concrete yet – no name, no date, no trip.", 'no name, no date, no trip'],
    ['Jeg har hørt fra de andre kursister, at hun måske skal giftes med en, familien har valgt. Hun har ikke selv sagt noget.', 'a rumour'],
  ])('answers "%s" (%s) with the orange level', (text) => {
    expect(levelOf(ask('gladsaxe', text).intent)).toBe('orange');
  });

  it.each([
    ['forældrene vil bestemme, hvem hun skal giftes med en dag, og brylluppet er planlagt til sommer', 'a plan and a time'],
    ['familien siger, hun skal giftes med en, de vælger, en dag, men hun vil ikke', 'she does not want it'],
    ['der går rygter om, at hun skal giftes med fætteren i Pakistan', 'a cousin and a country'],
    ['hun skal giftes en dag, og hun er bange for sin far', 'fear'],
    ['no date yet, but the wedding is arranged and she is scared', 'arranged, and fear'],
  ])('keeps "%s" (%s) red', (text) => {
    expect(levelOf(ask('gladsaxe', text).intent)).toBe('red');
  });
});

describe('matchQuestion (real words are not typos of danger words)', () => {
  answersNotRed([
    ['hun flytter sammen med kæresten engang og har aflyst mange møder', '"flytter", "sammen", "engang"'],
    ['vi venter på vurdering fra lægen, hun har aflyst mange møder', '"vurdering" is not "murdering"'],
    ['hun kender ikke reglerne for forløbet og har aflyst mange møder', '"kender", "forløbet"'],
    ['the weather was bad, so she cancelled many meetings', '"weather" is not "death"'],
  ]);

  answersRed([
    ['broren sagde, at hun ikke kommer til at leve til sommer', '"kommer ikke til at leve"'],
    ['hun er ikke vendt tilbage efter en weekend hos familien', 'not back after a weekend'],
    ['hun skal blive i Libanon efter sommerferien og bo hos farmoren, de rejser på lørdag', 'left abroad'],
    ["someone wrote 'we know she was at the lawyer's, tonight we finish this'", '"we finish this"'],
    ['far har sagt, at hvis lægen ikke siger hun er jomfru, ved hun, hvad der sker', 'a virginity check and a threat'],
    ['de har sagt, at hun er død, hvis hun går til politiet', '"er død, hvis"'],
    ['hun gemmer sig på biblioteket, fætrene leder efter hende', 'hiding "på" (\\b does not know å)'],
  ]);
});

describe('matchQuestion (held-out sets 15 and 16: words read apart)', () => {
  it.each([
    ['Han vil ikke have, at vi holder møderne hjemme hos ham', 'yellow', '"holder møderne" is a meeting, not being kept'],
    ['Hun må ikke fortsætte på danskkurset, fordi manden vil have det. Hun kan stadig gå ud.', 'orange', 'free to go out'],
    ['Der har været et voldsomt skænderi derhjemme om hans studievalg, og han har aflyst mange møder', 'yellow', 'a heated row'],
    ["He says his parents will cut him off if he marries his girlfriend; they expect him to marry within the family. Nothing is planned.", 'orange', 'the modal "will", "says" is not "say"'],
  ] as const)('answers "%s" with the %s level (%s)', (text, level, _why) => {
    expect(levelOf(ask('gladsaxe', text).intent)).toBe(level);
  });

  answersRed([
    ['parents booked tickets to iraq, she will be married there, they fly on friday', 'tickets to a country and a marriage there'],
    ['hun skal giftes mod sin vilje', 'against her will'],
    ['she has no say in the marriage', 'no say'],
  ]);
});

describe('matchQuestion (compounds that begin like a danger word)', () => {
  answersNotRed([
    ['Jeg er jordemoder, hun ligger meget i sengen og har aflyst mange møder', '"jordemoder" is not "jorden"'],
    ['hun er gravid og ligger syg, så hun har aflyst mange møder', '"gravid" is not "graven"'],
    ["the new job has a 'killer' workload and she's been off sick a lot", '"killer" is not "killed"'],
    ['hun har købt et knivsæt til kokkeskolen og har aflyst mange møder', '"knivsæt" is not "kniv"'],
    ['han er stabil og møder op, men hans kone aflyser ofte på hans vegne', '"stabil" is not "stabbed"'],
  ]);

  it.each(['han blev knivstikket i weekenden', 'hendes bror truede hende med en kniv'])('still answers "%s" as red', (text) => {
    expect(levelOf(ask('gladsaxe', text).intent)).toBe('red');
  });
});

describe('matchQuestion (red only through a word\'s first letters)', () => {
  answersNotAcute([
    ["Lots of cancelled meetings and high sick leave. She also don't want us to come to her home.", '"sick leave" is not "leave home"; a home visit is not "hjem"'],
    ['Ved hjemmebesøget må hun ikke selv tage til mødregruppe. Hun føler sig ikke i fare.', 'a home visit, and danger denied'],
    ['Hun må ikke være med til overnatning. Jeg har ikke set tegn på, at hun er bange.', 'no sign that she is afraid'],
    ["A friend said she isn't allowed to go to sleepovers because her parents don't want her around boys", '"sleepovers" is not "sleeping at a friend\'s"'],
  ]);

  it('still answers "hun tør ikke gå hjem" and "she is sleeping at a friend\'s because her father hit her" as acute', () => {
    for (const text of ['hun tør ikke gå hjem', "she is sleeping at a friend's because her father threatened her"]) {
      const intent = ask('aalborg', text).intent;
      expect(intent.kind === 'situation' && intent.acute).toBe(true);
    }
  });
});

describe('matchQuestion (held-out sets 17 and 18: requests, short and non-native messages)', () => {
  answersRed([
    ['she say her brother will make her finish if she see boyfriend again', '"make her finish"'],
    ['Hun sige familie har låse hende i værelse og tage telefon', 'locked in a room'],
    ['client locked at home by family', 'locked at home'],
    ['wife cannot leave house at all, husband keep the key', '"cannot leave", the key'],
    ["She hasn't been allowed out of her room for three weeks", '"hasn\'t been allowed out"'],
    ['hun skal rejse hjem på torsdag, og hun tror hun skal efterlades der', 'left there'],
  ]);

  answersAcuteInAalborg([
    ['hun sige at far vil slå hende i aften', '"slå hende"'],
    ['mand tager pas, sender hende ud fredag', 'a husband takes the passport'],
  ]);

  answersNotAcute([
    ['Borgeren har en kæreste. Hvis familien finder ud af det, vil de tvinge hende til at slå op.', '"slå op" is to break up'],
    ['A 14-year-old is not allowed to have friends outside the family or join after-school activities', 'friends outside the family'],
    ['Parents pulled a 15-year-old out of swimming lessons and she is not allowed to see friends after school', '"out" and "not allowed" apart'],
  ]);
});

describe('matchQuestion (held-out sets 19–22: other relatives, digital threats, hypotheticals, updates)', () => {
  answersRed([
    ["svigerfar har sagt til hende at hun 'ikke skal leve' hvis hun forlader hans søn", '"ikke skal leve"'],
    ["eksmandens brødre har stået nede foran hendes opgang og sagt at de vil 'rense familiens navn'", 'relatives outside, the family name cleansed'],
    ['Svigerfamilien har ikke ladet hende gå ud alene siden, hun har ingen telefon og ingen nøgle', '"ikke ladet hende gå ud"'],
    ['de siger hun skal trække skilsmissen tilbage, ellers tager de børnene med ud af landet', '"ud af landet"'],
    ["his brothers have said they'll 'deal with him' if he talks to anyone", '"they\'ll deal with him"'],
    ['hans fætre skriver i en gruppechat at han skal straffes', 'cousins and a punishment'],
    ['Her cousin texted her "better not come home, they are waiting for you"', '"better not come home"'],
    ['her brothers are texting her screenshots of the shelter address with "see you soon"', "the family has the shelter's address"],
    ['Men nu har familien fundet hendes nye adresse, og broren har skrevet til hende', 'the family found her new address'],
    ["She spoke to me alone today: 'They lock my door at night.'", '"lock my door"'],
    ['Vi troede hun var i sikkerhed hos sin moster, men nu har faren og brødrene fundet hende', '"fundet hende"'],
    ['Er det akut, hvis hendes brødre siger de vil slå hende ihjel?', 'asked "is it acute", and a threat to kill'],
  ]);

  answersAcuteInAalborg([
    ['En fyr på 19 siger hans brødre har banket ham fordi han har forladt islam', '"banket ham"'],
    ['A 16-year-old girl says her brothers will hurt her if she comes home this weekend', '"will hurt her"'],
    ['Borger (22) har lige ringet: brødrene har fundet hende via Find My iPhone og står udenfor nu', 'found, standing outside'],
    ['en af vores unge (16) har fået sms fra sin onkel om at de henter hende i nat', 'fetched at night by an uncle'],
    ['Snapchat messages from his cousins: "tonight you pay for what you did to your sister\'s honour"', 'paying for honour'],
    ['hendes eksmand siger "jeg finder dig og børnene og så er det slut"', 'an ex-husband who will find her'],
    ['"de har fundet min lokation, far og mine onkler er på vej, hjælp"', '"de har fundet min lokation"'],
    ['fætrene skriver at de ved hvor institutionen ligger og kommer efter hende i nat', 'coming for her at night'],
    ['En 17-årig er ikke mødt i skole, og veninden siger at faren hentede hende i går og at de skulle i lufthavnen', 'absent, and the airport'],
    ["She's 19. Today: 'they've already signed the marriage contract for me, the ceremony is Friday'.", 'a marriage contract signed for her'],
  ]);

  answersNotAcute([
    ['Er det akut, hvis en borger på 23 fortæller at hendes familie tjekker hendes telefon?', 'asks whether it is acute'],
    ['Hypothetical: a 30-year-old man says his family controls his money. Acute or not?', '"acute or not"'],
    ['Må jeg sende en sms til en borger på 22, som er under kontrol af sin familie? Der er ikke noget akut', '"ikke noget akut"'],
    ["His older brother reports everything to their parents. I don't think it's acute.", '"I don\'t think it\'s acute"'],
    ['Hej, hurtig en: han har aflyst fem aftaler i træk, skal vi ringe til ham?', '"hurtig" is not "hurt"'],
    ['min chef slår mig ihjel hvis jeg glemmer det her, men der er altid en bror med', 'Danish "her" is not English "her"'],
    ['vi har fundet hendes adresse i systemet og sender et brev', 'the job centre found her address'],
    ['hendes bror bankede på døren under mødet', 'knocking on the door'],
    ["Her family doesn't know how to deal with her depression", 'dealing with an illness'],
    ['hendes storebror henter hende i aften efter træning', 'picked up this evening'],
  ]);
});

describe('matchQuestion (held-out sets 19–22: denied threats, curfews, control the card names no sign for)', () => {
  answersNotAcuteInAalborg([
    ['Jobkonsulent: kvinde på 32 må ikke komme på sprogskole, siger svigermor. Ingen vold eller trusler som jeg kender til', '"ingen vold eller trusler"'],
    ['En pige på 16 siger at fætrene fortæller familien hvem hun snakker med. Hun har ikke været udsat for vold', '"ikke været udsat for vold"'],
    ["Her in-laws won't let her take the job she's been offered. She hasn't been threatened, just pressured.", '"hasn\'t been threatened"'],
    ["Her husband manages all her money. She isn't scared of him, but she can't buy anything herself.", '"isn\'t scared"'],
    ['Her husband always answers for her. No mention of violence.', '"no mention of violence"'],
    ['usikker: en 16-årig pige skal passe sine søskende og må ikke gå ud om eftermiddagen', 'a curfew, not kept in'],
    ['ung mand på 19 har forladt islam, men familien må ikke vide det', 'leaving a faith, not the home'],
    ['17-årig dreng skal sende penge hjem, og hans onkel holder øje med hans bankkonto', '"holder øje med", not held'],
    ['En dreng på 16 siger at familien tager hans løn, og han skal passe butikken', '"passe" is not a passport'],
  ]);

  answersAcuteInAalborg([
    ['Han har ikke været voldelig før, men i går slog han hende', 'a denial of the past, then a beating'],
    ['Ingen trusler, men hun er blevet slået af sin bror', 'a denied threat beside violence'],
    ['hun tør ikke sige noget om truslerne fra broren', 'afraid to speak of the threats: not a denial'],
    ['hun må ikke gå ud af huset, familien holder hende hjemme', 'kept in the house, no time of day'],
  ]);

  it.each([
    ['Borger (mand, 23) afleverer hele sin løn til faren hver måned og får kun lommepenge', 'wages handed to the father'],
    ['Hendes kontanthjælp går ind på mandens konto og hun får 300 kr om ugen', 'benefits paid into the husband\'s account'],
    ['ung kvinde 21: eksmandens familie holder øje med hvem hun ses med og melder tilbage til hendes familie', 'watched and reported back'],
    ["Her brother demands all her passwords and goes through who she's talking to", 'passwords demanded'],
    ["hun sagde 'min far ser alle mine breve, også dem fra jer'", 'her letters read'],
    ['hendes bror har installeret en app på hendes telefon så han kan se alle hendes beskeder', 'a spy app'],
  ])('answers "%s" (%s) with Gladsaxe\'s orange level', (text) => {
    expect(levelOf(ask('gladsaxe', text).intent)).toBe('orange');
  });

  it('does not read a forgotten code as a password demanded', () => {
    expect(levelOf(ask('gladsaxe', 'laast ude af jobnet fordi hun har glemt sin kode, hun er meget fraværende og har trukket sig fra holdet').intent)).toBe('yellow');
  });
});

describe('matchQuestion (held-out sets 19–22: ages in case notes, her phone, a wedding denied for a child)', () => {
  it.each([
    ["han (17) sagde i dag 'min far vil ikke have at jeg bliver for dansk'", 'under-18'],
    ['My client (M, 26) hands his benefits to his uncle', 'over-18'],
    ['Borger (kvinde, 31) fortæller', 'over-18'],
  ] as const)('reads the age in "%s"', (text, age) => {
    expect(ask('aalborg', text).ageGroup).toBe(age);
  });

  it('reads "her phone gets checked every night" as her own phone, not a request for a number after hours', () => {
    const intent = ask('aalborg', "What should I do if a 17-year-old tells me she's not allowed to have friends outside her community and her phone gets checked every night?", 'en').intent;
    expect(intent.kind).toBe('situation');
  });

  it('still reads "what is her phone number" as a contact word', () => {
    expect(ask('gladsaxe', 'hvad er politiets telefonnummer?').intent.kind).toBe('contact');
  });

  readsAcuteInAalborg([
    ['Opdatering: hun (16) kom hjem til tiden og er i skole igen. Hun siger der ikke blev talt om ægteskab.', false],
    ['Hun er 16. Der er ingen konkrete planer om ægteskab, men faren siger hun skal giftes med fætteren til sommer.', true],
  ]);
});

describe('matchQuestion (words that must stand together: "+" slots)', () => {
  answersRed([
    ['hun siger hun vil ende det hele', '"ende det hele"'],
    ['she told me she wants to end it all', '"end it all"'],
    ['hun kommer aldrig ud, manden har nøglen', '"kommer aldrig ud"'],
    ["she says she can't go home tonight, her brothers are waiting", '"can\'t go home"'],
    ['Søsteren er ikke kommet hjem i nat', 'not home overnight'],
    ["her cousin has been told to follow her and 'take care of it' if she's seen with her boyfriend again", 'followed, "take care of it"'],
    ["his family are taking him 'home' to Somalia for good next week", 'taken abroad for good'],
    ['hun har ikke været uden for hjemmet i 5 uger ifølge naboen', '"uden for" written apart'],
  ]);
  answersNotRed([
    ['Hvis hun er et andet sted end skolen eller praktikken, ringer han med det samme. Det er sådan hele tiden.', '"end" and "det hele" apart'],
    ['borger har aflyst 5 ud af 7 møder. hun kommer til fællesaktiviteterne men vil aldrig have møder derhjemme', '"kommer" and "ud" apart'],
    ['borger 23 – familien har bestemt at hun ikke må gå på sprogskole mere, for "hun skal være hjemme og hjælpe"', 'kept home for chores'],
    ['Borger på 33: svigerfamilien har bestemt at hun ikke må arbejde uden for hjemmet', 'work outside the home forbidden'],
    ['Borgeren er 19 og fortæller at forældrene vil bestemme hvem hun skal giftes med', 'the family will choose her partner'],
    ['her older brother follows her to and from school and reports everything to their parents', 'walked to school, not stalked'],
    ['Quick update, it has escalated: she is more withdrawn and cancels meetings', '"escalated" is not "escaped"'],
  ]);
});

describe('matchQuestion (held-out set 26: search-box notes)', () => {
  answersRed([
    ['vielse naeste uge hun vil ikke', 'a wedding she does not want'],
    ['tvunget til nikah', 'forced into a religious marriage'],
    ['svigerfamilien lukker hende ikke ud og bornene maa heller ikke i skole', '"lukker hende ikke ud"'],
  ]);

  answersAtLevel([
    ['arbejdsproevning nej fra familien', 'orange'],
    ['kaereste skal godkendes af familien', 'orange'],
    ['partnervalg styret af familie', 'orange'],
    ['hun fik nej til sprogcenter af sin far og hun er 24', 'orange'],
    ['syg hele tiden og aflyser', 'yellow'],
  ]);

  readsAcuteInAalborg([
    ['kvinde 25 skal i sikkert ophold nu', true],
    ['hun skal i sikkerhed i aften', true],
    ['hun er på et sikkert sted nu', false],
    ['we need to talk about safety plans', false],
    ['student 18 not allowed out in the evenings', false],
  ]);
});

describe('matchQuestion (held-out sets 23–25: euphemisms, staff who are threatened, children)', () => {
  answersRed([
    ["manden siger hun 'ikke skal tro hun kan gå fra ham i live'", '"i live"'],
    ["Borgeren (20) er blevet 'hentet hjem' af sine onkler fra kollegiet og siden har ingen kunnet få fat i hende", 'fetched, unreachable'],
    ['Hun skal på en lang ferie i hjemlandet og ved ikke hvornår hun kommer hjem', 'no return date'],
    ["en pige på 20 'er færdig' fordi hun har lagt billeder op uden tørklæde", '"\'er færdig\'"'],
    ['Hun siger familien har besluttet sig og at hun bliver kørt til lufthavnen i morgen tidlig', 'driven to the airport'],
    ["his uncles are 'going to fix' his sister, who moved in with her Danish boyfriend", '"going to fix"'],
    ["sms fra hende: 'hjælp mig, de lader mig ikke gå'", '"hjælp mig", "lader mig ikke gå"'],
    ["if she leaves her husband 'the family will take care of it, like with my cousin'", '"the family will take care of it"'],
    ["en 19-årig fyr siger at 'der er en pris på hans hoved' i familien", '"en pris på hans hoved"'],
    ["he had said his wife would 'never leave the flat again'", '"never leave the flat"'],
    ["familien siger hun er 'rejst', og nu svarer hun ikke", 'said to be "gone"'],
    ['mandens familie har i dag hentet børnene i institutionen uden at hun vidste det', 'the children taken without her knowing'],
  ]);

  answersAcuteInAalborg([
    ["her husband said she'll 'have an accident' if she files for divorce", '"have an accident"'],
    ["12-årig fortæller at hans storesøster 'blev taget væk' i går af far og onkler", 'taken away by the family'],
    ["Hun er 16 og gravid, og hendes bror har sagt at hun 'skal betale for det'", '"\'skal betale for det\'"'],
    ['eksmandens familie jagter hende, og de ved hvor hun er', 'hunted'],
    ["her brothers have 'come to take her home to be fixed'", '"to be fixed"'],
    ["the father called and said he's coming to 'take her back' tonight and that she's promised to someone", 'taken back tonight, promised'],
    ['Hans biologiske far prøvede at få ham med i bilen ved skolen', 'into the car'],
    ['En dreng på 14 siger at hans far vil tage ham med til Pakistan i morgen tidlig, og at han ikke skal tilbage', '"ikke skal tilbage"'],
    ["far sagde 'hun skal lære det på den hårde måde'", '"på den hårde måde"'],
  ]);

  answersNotAcute([
    ['kan du hjælpe mig med at finde handlekortet?', 'help with the card'],
    ['hun er færdig med danskkurset og skal i praktik', 'finished a course'],
    ['the printer needs to be fixed before the meeting', 'a printer'],
    ['hun skal betale for det nye buskort selv', 'a bill'],
    ['far hentede hende hjem fra festen, og hun kom i skole dagen efter', 'picked up from a party'],
  ]);
});

describe('matchQuestion (held-out sets 23–26: denials and non-acute control in Aalborg)', () => {
  answersNotAcuteInAalborg([
    ["The civil divorce is done, but her ex refuses the religious one. She's lonely but says she isn't in danger.", '"isn\'t in danger"'],
    ["A 16-year-old's older brother checks her phone every day. No talk of marriage or travel.", '"no talk of marriage or travel"'],
    ['Pige på 17 har udgangsforbud efter skole. Hun siger selv at hun ikke er bange for vold.', '"ikke bange for vold"'],
    ['Min borger (30) siger at eksmanden bruger samværet til at presse hende. Ingen trusler om vold.', '"ingen trusler om vold"'],
    ['En dreng på 16 må ikke have danske venner, og faren har sagt at han skal være hjemme', '"faren" is not "i fare"'],
  ]);

  it('still reads "hun er i fare" as acute', () => {
    const intent = ask('aalborg', 'hun er i fare, hvad gør jeg?').intent;
    expect(intent.kind === 'situation' && intent.acute).toBe(true);
  });
});

describe('matchQuestion (held-out set 24: a birthday he will not celebrate)', () => {
  answersRed([
    ['hans bror har sagt at han ikke skal regne med at fejre sin næste fødselsdag', '"ikke fejre sin næste fødselsdag"'],
    ["familien vil 'ordne det internt' nu hvor det er kommet frem at han er homoseksuel", '"vil \'ordne det\'"'],
  ]);
});

describe('matchQuestion (quoted words the writer calls a joke in the same sentence)', () => {
  answersNotRed([
    ["Citizen said 'my brother is going to kill me' because she dented his car – she laughed, it was obviously a joke. She's been cancelling meetings.", 'a joke, said so'],
    ["Han sagde 'min far dræber mig' hvis han vidste det – klart en joke. Men faren har besluttet at han ikke skal tage danskkurset.", '"klart en joke"'],
    ["She said she's 'dead' after her shift lol. A 23yo woman has cancelled the last four meetings.", '"lol"'],
  ]);
  answersRed([
    ["Broren sagde 'jeg slår dig ihjel' – hun troede det var for sjov, men han mente det", 'a joke, "but" he meant it'],
    ["He said 'I will kill you' and he was not joking", 'not joking'],
    ['He said it was just a joke, but his brother told her she will be killed if she marries him', 'unquoted, and a "but"'],
    ["Hun grinede nervøst og sagde at broren vil slå hende ihjel", 'laughing is not a joke'],
    ["lol nej, seriøst: faren har sagt 'du er død hvis du går fra ham'", 'the threat sentence has no joke of its own'],
    ["Spøg til side: faren sagde 'jeg slår dig ihjel' til hende i går", '"spøg til side" turns serious'],
    ["haha the printer is dead. Seriously though, her brother said 'you're dead if you leave him'", 'a joke, then a threat'],
  ]);
});

describe('matchQuestion (held-out sets 28–30: procedure questions, every community, Scandinavian colleagues)', () => {
  answersRed([
    ['her parents are going to make her marry someone in Iraq this summer, she begged me not to tell anyone', '"make her marry"'],
    ['hun er blevet imamgift med en mand hun aldrig har mødt, og hun skal flytte ind hos ham på lørdag', '"imamgift"'],
    ["his brothers said he's 'as good as dead' after he left the religion", '"as good as dead"'],
    ['manden tager nøgler og telefon når han går på arbejde så hun ikke kan komme ud', 'the keys taken'],
    ['pigen er 19 og er nærmest blevet solgt til et ægteskab', 'sold into a marriage'],
    ['Hej! En ung man berättar att hans pappa hotat att döda honom för att han har en dansk flickvän', 'Swedish'],
    ['Hei, en bruker forteller at mannen låser henne inne i leiligheten og tar nøklene', 'Norwegian'],
  ]);

  answersAcuteInAalborg([
    ["Borger 26 ringede grædende, hendes brødre står udenfor og siger hun skal med hjem 'ellers'", 'a quoted "ellers"'],
    ['Storebroren har sagt til hendes veninde, at hun "ikke kommer ud mere". Hun er 16.', '"ikke kommer ud mere"'],
  ]);
});

describe('matchQuestion (held-out set 27: several things in one message)', () => {
  answersRed([
    ["Pkt. 2: Mentor fortalte at borgerens mor har sagt at hvis hun bliver ved med at gå uden tørklæde, så 'ender hun i en grøft'.", '"ender i en grøft"'],
    ['Referat: 1. Kursus om tvangsægteskaber i november. 2. Borger (k, 35): hendes bror har truet hende på livet.', 'a course, and a threat to life'],
    ['hun tør ikke tale om truslerne fra broren', 'afraid to speak of the threats'],
  ]);
  answersNotRed([
    ['Referat fra afdelingsmøde: 1. Vi skal alle på kursus om tvangsægteskaber og æresrelaterede konflikter i november. 2. Borger (k, 35): hendes bror åbner vores breve.', 'the topic of a course'],
    ['Saw the news about the honour killing case in another city. My client (24) keeps cancelling and always has her mother with her.', 'the news'],
    ['Not urgent. Client (26) always comes with her husband. No sign of threats or forced marriage as far as I know.', '"no sign of threats or forced marriage"'],
    ['Spørgsmål om to unge. Den ene (18) kommer altid med sin onkel. Vi har ingen viden om kontrol eller trusler.', '"ingen viden om kontrol eller trusler"'],
  ]);
  answersAcuteInAalborg([['Borgeren (19) bekræftede det og spurgte om hun kunne få et andet sted at sove', 'somewhere else to sleep']]);
});

describe('matchQuestion (held-out sets 31–34: hedges, the citizen\'s own words, urgency, health and the law)', () => {
  answersRed([
    ['hun fortalte at hun blev gift over telefonen med en mand i Syrien sidste måned, uden selv at være til stede', 'married by phone, not present'],
    ["hendes egen familie har sagt at hun skal tilbage til manden, ellers 'findes hun ikke mere'", '"findes hun ikke mere"'],
    ["Her ex-husband's family told her she has 'shamed' them and that her brothers will 'deal with it'", '"will \'deal with it\'"'],
    ["She told him she's only let out of the house for doctor visits and her brothers take turns guarding her", 'let out only, guarded'],
    ["her husband's brother pushed her down the stairs. She says they'll do worse if she talks.", 'pushed down the stairs, "do worse"'],
    ['Hun blev viet hos en imam i sidste uge mod sin vilje', 'married against her will'],
    ["borger har lige sendt sms: 'de kører mig til lufthavnen i aften, hjælp'. Hun er 23.", 'driven to the airport, "hjælp"'],
    ["'im in my room, they took the handle off the door, i can only come out when they say. pls come'", '"only come out when they say"'],
    ['»min far siger hvis jeg flytter ud er jeg død for familien og min bror siger så er jeg død for real«', '"så er jeg død"'],
  ]);

  answersAcuteInAalborg([
    ['En 15-årig er kommet ind med mærker efter bælteslag', 'a beating with a belt'],
    ["Storebror har fundet ud af det og skrevet at hun er 'færdig'. Hun er 16.", '"hun er \'færdig\'"'],
    ['sms fra storebror: »stopper du ik med den danske pige sørger vi for at du ik kan gå mere«. Dreng på 16.', '"sørger vi for at du ikke kan"'],
  ]);

  answersNotAcute([
    ['Pædagog: en dreng på 11 fortæller forældrene hvem storesøsteren snakker med. Det virker ikke som om nogen er i fare.', '"virker ikke som om nogen er i fare"'],
    ["Woman in her 30s at the language school. I don't think she's in danger, but her husband waits outside every lesson.", '"don\'t think she\'s in danger"'],
    ["hun bad om 'hjælp' til sin ansøgning", 'help with an application'],
  ]);
});

describe('matchQuestion (held-out sets 31–34: denied lists with a marriage, cancellations, choices)', () => {
  answersNotRed([
    ['Jeg er usikker. Der er ikke noget med ægteskab eller trusler, men hendes bror kommer altid med til møderne.', '"ikke noget med ægteskab eller trusler"'],
    ['Ingen vold, ingen trusler, ingen indespærring så vidt jeg ved. Men hendes svigerfar tjekker hendes e-boks.', '"ingen indespærring"'],
    ['Jeg synes ikke det er akut. Men hendes far har adgang til hendes e-boks og sletter breve.', '"synes ikke det er akut"'],
    ['Hun bliver ikke holdt hjemme, hun er ude hver dag, men hun har trukket sig fra fællesskabet.', '"bliver ikke holdt hjemme"'],
  ]);
  answersRed([
    ['Ingen trusler om ægteskab, men i går slog broren hende', 'a denied marriage, then a beating'],
    ['hun vil ikke giftes med ham', 'a marriage she does not want, not a denial'],
  ]);

  answersAtLevel([
    ['Hun melder fra hver mandag og fredag. Har gjort det siden efteråret.', 'yellow'],
    ['I dag kl. 10 ringede hun og aflyste igen – sygdom. Det er femte gang.', 'yellow'],
    ['Hendes tøjstil har ændret sig meget de sidste par måneder', 'yellow'],
    ["She'll never be allowed to pick her own husband – 'my brothers will decide'. She's 21.", 'orange'],
    ['19-årig bor hos sin onkel. Han har sagt nej til den praktik vi havde fundet.', 'orange'],
    ["Danish classes start again after the summer break and her husband says she won't be going.", 'orange'],
  ]);
});

describe('matchQuestion (a spouse from the family, no one named)', () => {
  answersAtLevel([
    ['Familien vil ikke acceptere hendes kæreste og mener, hun skal giftes inden for familien. Der er ikke talt om nogen bestemt person.', 'orange'],
    ['social balance: borgers familie har sagt nej til hans kæreste og siger han skal gifte sig inden for familien. han er 26', 'orange'],
    ['Hun skal giftes med en fra familien til sommer i Pakistan', 'red'],
    ['Hun vil ikke acceptere ægteskabet med fætteren', 'red'],
    ['Han skal gifte sig med en fra familien, og han vil ikke', 'red'],
  ]);
});

describe('matchQuestion (held-out sets 35–38: case-note register, shorthand, the family\'s words, sexuality)', () => {
  answersRed([
    ['hun har ikke været ude af lejl. i mdr, familien lukker ikke op når vi kommer', '"lejl."'],
    ['obs obs: borger 19 skrev "de tager mig til lufthavnen i morgen, hjælp"', 'taken to the airport, "hjælp"'],
    ["her uncle said he'll \"clean the family honour\" if she doesn't come home", '"clean the family honour"'],
    ['Der er konstateret, at borgeren opholder sig i et aflåst værelse. Hun oplyser, at hun kun må komme ud, når han er hjemme.', 'a locked room'],
    ['familien har inddraget hendes pas og telefon, og hun kun må forlade lejligheden for at møde i jobcentret', 'passport withdrawn, out only for the job centre'],
    ['Han siger hun "ikke har brug for kommunen mere", og at hun bliver inde til hun "kommer til fornuft"', '"bliver inde til"'],
    ['broren sagde "hvis hun ikke kommer hjem, så henter vi hende, og så er det slut med hende"', '"så er det slut med hende"'],
    ['Today he said "if she\'s with that boy again she is dead, tell her that". She\'s 22.', 'the condition first'],
    ['his uncle has spread the word that whoever "deals with him" is doing the family a favour', 'a quoted "deals with him"'],
    ['His sister said their father is keeping him in the basement', 'kept in the basement'],
    ['en "healer" der har "behandlet" andre drenge ved at holde dem i et rum uden mad i flere dage', 'kept in a room without food'],
  ]);
  answersAcuteInAalborg([
    ['22yo says her brothers are waiting outside the job centre to take her home by force', 'waiting outside, by force'],
    ['myndighedsrådgiver, borger 19: sikkerhedsvurd. siger hun skal på sikker institution', 'a safe placement'],
  ]);
  answersNotAcute([["hun bad om 'hjælp' til sin ansøgning", "asking for 'hjælp'"]]);
});

describe('matchQuestion (held-out sets 35–38: work and Danish refused in other words, a partner chosen for her)', () => {
  answersAtLevel([
    ["Borgeren oplyser, at ægtefællen har besluttet, at hun ikke skal lære dansk", 'orange'],
    ['Det bemærkes, at borgerens familie har modsat sig hendes deltagelse i virksomhedspraktik', 'orange'],
    ["Borgeren trækker sig fra arbejdsprøvningen, da familien mener, at det 'ikke passer sig' for hende", 'orange'],
    ["Her husband called today and stated she is withdrawing from the work trial because 'our family does not do that'", 'orange'],
    ['jobkons. her: borger fik nej fra fam. ift arbejdsprøvning, "kvinder arbejder ikke"', 'orange'],
    ['dad says she can date once she\'s married, "we\'ll choose someone good for her, it\'s our way". she\'s 19.', 'orange'],
  ]);
});

describe('matchQuestion (denied threats: heard of, known, reported, a slash list, a date beside them)', () => {
  answersNotRed([
    ['Borger på 21 fortæller at familien bestemmer hvem hun må være kæreste med. Vi har ikke hørt om trusler.', '"ikke hørt om trusler"'],
    ['Han virker presset og har meget fravær. Han har ikke sagt noget om kontrol eller trusler', '"ikke sagt noget om kontrol eller trusler"'],
    ['Ægtefællen siger at hun kan glemme alt om praktik. Der er ikke oplysninger om vold eller trusler.', '"ikke oplysninger om vold eller trusler"'],
    ['familien bestemmer hvem hun må være kæreste med. Ingen kendte trusler.', '"ingen kendte trusler"'],
    ['mistanke om æresrel. kontrol men ingen vold/trusler. skal jeg gå til min leder?', '"ingen vold/trusler"'],
    ['forældrene har bestemt at de vælger hvem han skal giftes med en dag. der er ikke nogen dato eller trusler.', '"ikke nogen dato eller trusler"'],
    ['familien siger at hun skal have en mand. ingen konkret bryllupsplan eller trusler endnu.', '"ingen konkret bryllupsplan eller trusler"'],
  ]);
  answersRed([
    ['Hun har ikke sagt noget om truslerne til politiet', 'threats not told to the police are threats'],
    ['Ingen vold/trusler før, men i aften truede broren med at slå hende ihjel', 'a denied past, then a death threat'],
  ]);
});

describe('matchQuestion (her own wish to marry, refused by the family: a partner she may not choose)', () => {
  answersAtLevel([
    ['Hun vil gerne giftes med sin kæreste, men forældrene siger nej fordi han er kristen', 'orange'],
    ['borger (21) vil gerne giftes med kæresten fra gymnasiet men familien siger det kommer ikke på tale', 'orange'],
    ["She's 26 and wants to marry a colleague she met during her work placement, but her family says no", 'orange'],
    ['She wants to marry a guy she met at uni, but the family says no and keeps introducing her to suitable men', 'orange'],
  ]);
  answersRed([
    ['they want to marry her off to a cousin', 'the family\'s wish, not hers'],
    ["She doesn't want to marry him and says she'll hurt herself", 'not her wish'],
    ['Hun vil gerne giftes med sin kæreste, men familien har planlagt et bryllup med fætteren i juli', 'a wedding planned: concrete'],
    ['He wants to marry his girlfriend, but his father threatened to kill him if he sees her again', 'a threat to life'],
  ]);
});

describe('matchQuestion (held-out sets 39–42: quiet menace, the writer\'s own guess, the news, plain errands)', () => {
  answersRed([
    ["hendes far har sagt at hun er død for ham, og at hendes brødre 'tager sig af resten'", "quoted 'tager sig af resten'"],
    ["han skal 'få ordnet det' når de er i Irak til sommer", "quoted 'få ordnet det'"],
    ["onklen har sagt at hvis han ikke er gift inden nytår, så 'bliver det klaret på den gamle måde'", 'the old way'],
    ["since he came out his family has said they'll 'bring him home one way or another'", 'one way or another'],
    ["his brothers told him he'd be \"dealt with\" if he doesn't stop seeing her", 'quoted "dealt with"'],
    ['Han nævnte at hans far har bedt ham lære søsteren en lektie fordi hun har en kæreste', 'a lesson for his sister'],
    ["hans onkler har sagt de vil gøre en ende på ham", '"gøre en ende på ham"'],
    ["fik en sms: 'hvis jeg ikke kommer torsdag så ved du hvorfor'", '"så ved du hvorfor"'],
    ['hvis hun går fra ham, ender hun som sin kusine. Kusinen døde for to år siden', "a dead cousin's fate"],
    ["his cousins have been driving round asking people which hostel he's staying at", 'relatives asking where he sleeps'],
    ['Faren har sagt at han nok skal finde hende, uanset hvor lang tid det tager', 'he will find her wherever'],
    ['Hun blev i går hentet af familien fra krisecentret', 'fetched from the crisis centre'],
    ['manden har låst hende ude af netbank, pas og telefon, og hun kun må gå ud sammen med svigermoren', 'out only with her mother-in-law'],
    ['Manden siger at hun ikke skal ud mere', '"ikke skal ud mere"'],
    ['sønnen har skiftet låsen så plejepersonalet heller ikke kan komme ind', 'the locks changed'],
    ["she'll be married in August whether she likes it or not", 'whether she likes it or not'],
    ['Hun blev gift for tre uger siden med en mand hun mødte dagen før', 'married to a man she met the day before'],
    ["a client told me her husband's family said she won't need her residence permit after their trip", 'no need for her residence permit'],
    ['Tror ikke det er mere end orange. Hendes bror har sagt at hvis hun bliver ved, så slår han hende ihjel', 'a guess below the danger'],
  ]);
  answersNotRed([
    ['Hun har sagt at "min mand tager sig af alt det med kommunen"', 'an errand in quotes'],
    ['Onklen siger at "det er ham der tager sig af familiens papirer"', 'papers in quotes'],
    ['det er vel akut? hun har højt sygefravær og kommer aldrig alene til møderne', '"det er vel akut?"'],
    ['surely this is an emergency? She always turns up with her mother and the mother does all the talking', '"surely this is an emergency?"'],
    ['Min kollega siger rødt fordi han er begyndt at klæde sig helt anderledes og har trukket sig fra holdet', "a colleague's colour; the team is not held"],
    ['hun er 30, der er altid en søster med til møderne, og hun vil ikke mødes hjemme. min kollega siger det er akut', "a colleague's guess"],
    ["I'm planning to call the social emergency service tonight. She's 25 and keeps cancelling", 'a contact named, not an emergency'],
    ['rød??? borger 31 fortæller at hendes bror læser alle breve fra kommunen først og nogle gange smider dem ud', 'letters thrown out'],
    ['Tvangsægteskab? Nok ikke. Faren har sagt at hun kun må gifte sig med en fra samme slægt', 'a forced marriage questioned and denied'],
    ['Our team watched a film about an honour killing on the staff day. How common is that actually in Denmark?', 'a staff day'],
    ['Saw a news story about an honour killing and it made me think of a client whose husband won\'t let her go to Danish lessons', 'the news'],
    ['hvor mange tvangsægteskaber bliver der anmeldt om året i DK? skal bruge det til et oplæg', 'a statistic'],
    ["Ung på 19 fortalte at hans mor har 'truet med at dø af skam' hvis han gifter sig med en dansk pige", 'dying of shame'],
    ["a client's ex-husband threatened to 'ruin her' in court over custody", 'a threat to sue'],
    ['Borger på 36 fortæller at manden tjekker hendes mail og mobil hver aften. Han har aldrig været voldelig, siger hun.', '"aldrig været voldelig"'],
    ["A resident's husband reads her digital mail. We're worried but don't know of anything violent.", '"don\'t know of anything violent"'],
    ['Kollega siger orange. Ung mand på 21, nu stille, og hans fætter venter altid udenfor døren når vi har møde', 'waiting outside the meeting'],
  ]);
  answersAtLevel([
    ['familien bestemmer hvem han må være sammen med og vil ikke have at han gifter sig uden for slægten', 'orange'],
    ['65-årig mand, hans voksne døtre vil ikke lade ham gifte sig igen', 'orange'],
  ]);
  answersAcuteInAalborg([
    ["Elev på 13 har fortalt at hun ikke skal gå i skole efter sommerferien, for 'så bor hun hos sin mand'", 'a child living with her husband'],
    ["pige på 14 har fået en sms fra sin far om at hun skal hjem nu, og at familien 'ved hvad der skal ske'", "quoted 'ved hvad der skal ske'"],
    ["dreng på 16 fortæller at onklerne har bedt ham holde øje med sin søster på 18 og 'gøre noget' hvis hun mødes med kæresten", "quoted 'gøre noget'"],
  ]);
});

describe('matchQuestion (a danger said to be over, denials, degree, wary of speaking, not seen for weeks)', () => {
  answersNotRed([
    ['Status: truslerne fra eksmanden er ophørt, han har fået tilhold. Men hendes familie vil ikke lade hende tage uddannelsen', 'threats ended'],
    ['For 2 år siden var der en alvorlig sag med trusler fra faren, men det er helt overstået. Hun aflyser mange møder', 'over'],
    ['Den gamle sag med brorens trusler er lukket – broren bor i udlandet. Hun vil helst ikke mødes hjemme', 'the case closed'],
    ["Last year her ex threatened her, but that case was looked into and closed. Lately she's had a lot of sick days", 'closed'],
    ['the brother used to turn up and threaten her, but that stopped after the police talk last spring', 'that stopped'],
    ['Sidste år var der snak om tvangsægteskab, men det blev afblæst. Nu presser familien hende til at slå op med kæresten', 'called off'],
    ['Hans brødre har sagt at han ikke må gå til dansk. Han har ikke oplevet vold.', '"ikke oplevet vold"'],
    ['Broren viser screenshots til faren hvis hun ikke holder op med at ses med veninderne. Han har ikke truet med vold.', '"ikke truet med vold"'],
    ['Borgerens sygefravær er steget voldsomt det sidste halve år, og hun melder ofte afbud', '"steget voldsomt"'],
    ['obs: borger stoppede i praktik efter 2 dage, siger far har forbudt det. virker bange for at sige mere', 'afraid to say more'],
    ['He is 27 and his parents still open his e-Boks. He seems afraid to say anything about it.', 'afraid to say anything'],
  ]);
  answersRed([
    ['Truslerne var ophørt, men i går stod broren og truede hende udenfor jobcentret', 'over, then back: what follows stays'],
    ['Sagen blev lukket sidste år, men nu truer han hende igen', 'back again'],
    ['Truslerne er stoppet, siger hun, men broren truer stadig hendes kæreste', 'still going on'],
    ['Hun er lukket inde af familien, siger veninden', '"lukket inde" is not a closed case'],
    ['Hun er bange for sin bror, som har slået hende', 'fear of the family stays'],
    ['Mor til tre små børn er ikke set i fem uger. Manden henter al posten', 'not seen for weeks'],
    ['His sister (23) hasn\'t been seen for six weeks', "hasn't been seen"],
    ['I fredags kørte brødrene hende hjem til forældrene, og hun har ikke været set siden', 'not seen since'],
    ['svigermor sagde at hun ikke må tale i telefon mere og ikke skal komme mere', 'no phone any more'],
    ["onklen har sagt de sender ham 'hjem' og at han så aldrig kommer tilbage", 'sent home, never back'],
  ]);
});

describe('matchQuestion (the writer\'s own "akut?", an essay, a team talk, pressure she can refuse, a danger resolved)', () => {
  answersNotAcute([
    ['Akut? Kvinde på 25 fortæller at familien styrer hendes økonomi, og at hun skal aflevere sin løn til sin far hver måned.', 'a one-word question'],
    ['Jeg tænker det er akut. En kvinde på 32 fortæller at hendes mand ikke vil have at hun arbejder eller lærer dansk. Ingen vold ifølge hende selv.', "the writer's guess"],
    ['En elev på 15 har skrevet en stil om æresdrab, og læreren blev urolig. Eleven siger den var inspireret af en serie.', 'an essay'],
    ['Vi har talt meget om tvangsægteskaber i teamet efter et kursus. Min borger på 21 må ikke selv vælge kæreste.', 'a team talk'],
    ['Borger på 26, mand, fortæller at familien presser ham til at gifte sig med en de har valgt, men han siger han godt kan sige nej.', 'pressure he can refuse'],
    ['Ung mand på 18 fortæller at han blev truet af en kammerats familie for et år siden, men det er løst. Nu styrer forældrene hans penge.', 'resolved'],
  ]);
  answersRed([
    ['Familien presser hende til at blive gift med fætteren i sommerferien, og hun kan ikke sige nej', "she can't refuse"],
    ['Screenshot fra familiens gruppechat: "Den der ser hende, tager hende med hjem." Og så hendes nye adresse. Er det rødt?', "a staff member's worried question keeps its weight"],
  ]);
});

describe('matchQuestion (held-out sets 43–45: talaq and \'ird, "du dør hvis", kept in her room, objects and places)', () => {
  answersRed([
    ["manden har givet hende talaq, og nu siger hans familie hun har taget deres 'ird. Hun bor hos en veninde og tør ikke gå udenfor", "afraid to go outside"],
    ["beskeder fra hendes fætre: 'du dør hvis du ikke kommer hjem, du er en skam'", '"du dør hvis"'],
    ["her family says she is 'ayb' because she is divorced, so they keep her in her room", 'kept in her room'],
    ["she got nikah with a man the family chose. she says 'I did not say the yes, my uncle said it for me'", 'no yes of her own'],
    ["hans far og farbror har sagt at hans søster skal 'ordnes' fordi hun er flyttet sammen med sin kæreste", "quoted 'ordnes'"],
    ['hun har hørt onklen sige at det kun kan løses med blod', 'solved with blood'],
    ["beskeder fra sin ekssvoger: 'vi finder dig, du har bragt skam over os'", "quoted 'vi finder dig'"],
    ['manden har taget SIM-kortet, og naboen siger man kun ser hende oppe i vinduet', 'only seen at the window'],
  ]);
  answersAcuteInAalborg([
    ["A 13-year-old girl came to school with a split lip and said her brother did it. She's begging us not to send her home today.", 'a split lip; not sent home'],
    ["A 17-year-old resident just told me her cousins are parked outside the building and will take her home tonight", 'relatives parked outside'],
    ["En dreng på 15 har vist mig beskeder fra sin storebror om at søsteren på 17 'skal straffes' for at have en kæreste", "quoted 'skal straffes'"],
  ]);
  answersNotRed([
    ["A man in our job programme told me his cousins check his phone and that he isn't allowed to work anywhere that serves alcohol", 'not allowed to work anywhere'],
    ["Her brothers decide who she's allowed to see. She asked me not to send anything through e-Boks.", 'not sending post'],
  ]);
});

describe('matchQuestion (a married woman, the mailbox key, disowned, copies of papers, stopped is not held)', () => {
  answersNotRed([
    ['familien tillader ikke praktik fordi det ikke er passende for en gift kvinde. Hun lød presset', 'a married woman'],
    ['Her mother-in-law keeps the key to the mailbox, so she never sees her own post', 'the mailbox key'],
    ['Forældrene har truet med at slå hånden af ham, hvis han fortsætter med sin kæreste. Han er 22.', 'disowned'],
    ["svigerinden har taget billeder af hendes opholdskort og pas 'så de har dem'", 'photos of her papers'],
    ["her boyfriend is 'not an option'. No talk of marriage or threats.", '"no talk of marriage or threats"'],
    ['Borger på 21 vil gerne giftes med en fyr fra skolen, men familien siger nej. Ikke noget bryllup planlagt', 'her wish; no wedding planned'],
    ["manden har meldt hende ud af sprogskolen. Hun siger hun 'må ikke gå i skole mere'", 'school, not the house'],
    ['ung fyr på 18 er holdt op med at komme i boldklubben og tager hjem direkte fra skolen', '"holdt op" is stopped'],
  ]);
  answersRed([
    ['Hun får ikke lov at gå ud, familien holder hende hjemme', 'kept home'],
    ['hun må ikke gå ud af lejligheden', 'not out of the flat'],
    ['He has been kept in his room, they keep the keys', 'kept in'],
  ]);
});

describe('matchQuestion (denials: "der er ikke tale om", "no talk of"; speaking of the threats is not a denial)', () => {
  answersNotRed([
    ['Familien har sagt at hun skal finde en muslimsk mand. Hun siger selv at der ikke er tale om tvang eller trusler.', '"ikke er tale om tvang eller trusler"'],
    ["She isn't free to choose her partner. No talk of marriage or threats.", '"no talk of"'],
  ]);
  answersRed([
    ["she doesn't talk about the threats from her brother", 'not talking of them is not a denial'],
  ]);
});

describe('matchQuestion (held-out set 46: beaten, "få bank")', () => {
  answersAcuteInAalborg([['han har tidligere fået bank af faren med et bælte. Han er 16.', '"fået bank … med et bælte"']]);
  answersNotAcute([['Hun har fået en ny bank og skal have et nyt kort', 'a bank'], ['Hun gider ikke komme til møderne', '"gider" is not "giver"']]);
});

describe('matchQuestion (a quoted claim taken back, messy, a colleague\'s case is a case, denied lists)', () => {
  answersNotRed([
    ['min borger skrev i en sms, at hun "var låst inde derhjemme". Det viste sig, at hele familien havde corona.', 'taken back: "det viste sig"'],
    ["min borger sagde at hans bror 'holder ham fanget' – det viste sig at broren har lånt hans bil", 'taken back'],
    ['Sagen er lidt rodet, så bær over med mig. Hun aflyser mange møder.', '"rodet" is messy, not red'],
    ['Moren svarer på alle spørgsmål. Jeg har ikke hørt noget om kærester, ægteskab eller trusler.', 'a denied list'],
    ['Da jeg foreslog at næste møde kunne være os to, sagde moren nej. Første gang tænkte jeg det var naturligt.', '"næste … gang" apart'],
  ]);
  answersRed([
    ['Hun sagde "jeg er låst inde". Det viste sig, at broren har låst hende inde i tre dage.', 'confirmed after the turn'],
    ['Næste gang bliver det værre, sagde broren', '"næste gang … værre"'],
    ['Jeg har en sag om et planlagt tvangsægteskab: borgeren er 22', "the writer's own case"],
    ['Min kollega har en sag om et planlagt tvangsægteskab – borgeren er 19. Hvem ringer vi til?', "a colleague's case is a case"],
  ]);
});

describe('matchQuestion (broken up, a sports injury, telling the family, married as a status, dropped out, figuring out)', () => {
  answersNotRed([
    ['»jeg har slået op med ham. ikk fordi jeg ville men fordi han ik er muslim og så går det ik for min familie« – hun er 19', '"slået op" is broken up'],
    ['Borgeren går til kickboxing og kom med blåt øje fra en kamp i weekenden (han vandt). Han har trukket sig fra sine venner.', 'a sports injury'],
    ['han vil gerne være sammen med en pige fra arbejdet men tør ikke sige det hjemme', 'afraid to tell, not to go home'],
    ['Jeg tror der er noget galt. Hun er 20, gift, og svigerfamilien åbner hendes post og vil ikke have hun kommer på danskkursus.', 'married as a status'],
    ["lol she said the printer is dead again and she's gonna kill it. her brother goes through her digital mail", 'the printer'],
    ['Min borger vil ikke længere have besøg i lejligheden, vi ses altid ude. Før var det fint.', '"vi ses altid ude"'],
    ["A 23 y/o guy: 'im just staying home'. He's dropped out of everything.", '"dropped out"'],
    ['»det er ik mig der bestemmer hvem jeg skal giftes med, det er mine forældre, men de har ik fundet nogen endnu«. 19 år.', 'who I marry'],
    ["familien havde talt om at borgeren 'ikke skal have noget job før hun er gift'", 'no job before she is married'],
    ['Jeg troede at manden styrede hendes e-boks, men hun kan bare ikke finde ud af den og har selv bedt om hjælp.', '"finde ud af" is to figure out'],
  ]);
  answersRed([
    ['Broren har slået hende, og hun er helt slået ud', 'beaten, then devastated'],
    ['Hendes brødre har fundet ud af, hvor hun bor', 'the family found out where she lives'],
    ['hun tør ikke tage hjem, faren har truet hende', 'afraid to go home'],
    ['Hun er blevet meldt ud af skolen og må ikke gå ud af huset', 'out of school and kept in'],
  ]);
});

describe('matchQuestion (held-out sets 47–50: everyday words, minimal pairs, machine translation)', () => {
  answersRed([
    ['hendes pas ligger hos svigermor og hun har ikke set andre end familien siden januar', 'her passport held; no one but family'],
    ["besked fra sin far: 'hvis du ikke er hjemme i aften kommer vi og henter dig, og du ved hvad der så sker'", "quoted 'du ved hvad der så sker'"],
    ['hendes lillesøster er blevet hentet af familien og sidder hjemme uden telefon. Ingen har hørt fra hende i en uge.', 'no one has heard from her'],
    ['hun skal til Pakistan i sommerferien, og der står en ring og en mand og venter på hende. Hun vil ikke.', 'a man waiting abroad'],
    ['manden og hans brødre har sagt at hvis hun går til kommunen, så får hun en kugle for panden', 'a bullet to the head'],
    ['"jeg bor i kælder rummet, manden låser døren fra udenfor hver morgen"', 'the door locked'],
    ['google translate af hendes sms: "de vil slagte mig hvis de ved jeg har kæreste"', '"slagte mig"'],
    ['"brylluppet er om 2 uger og hvis jeg løber min far siger han skyder mig."', '"skyder mig"'],
    ['"my brothers are saying they will put acid on my face if I do not finish with him."', 'acid'],
    ['"jeg er fange i hjemmet, min svigermor har nøglen"', 'a prisoner at home'],
    ['"min bror han sagde mig at jeg dør hvis jeg ikke kommer hjem i aften"', '"jeg dør hvis"'],
    ['"de siger at mit blod er halal for dem nu"', 'her blood "halal"'],
    ['"familierådet har besluttet, jeg gifter mig med ham i august eller de vasker skammen med blod"', 'shame washed in blood'],
    ["A cousin messaged her that they know where she lives and are coming tonight.", 'they know where she lives'],
  ]);
  answersAcuteInAalborg([
    ["Kl. 23: en beboer på 17 har fået besked fra sin onkel om at hun 'skal passe på' efter hun var til fest", "quoted 'skal passe på'"],
    ["A 13-year-old boy says his family is taking him to Pakistan this summer and leaving him at a school there", 'left abroad'],
    ["16yo girl says her father has her passport and bank card and that she's flying to Iraq tomorrow. She doesn't want to go.", 'flown abroad against her will'],
    ['Borger på 18, urdu oversat: "de har lavet nikah for mig over telefon i går uden mig"', 'a nikah over the phone'],
    ['Adult woman, 40: "my husband\'s family decided I must go back to Somalia without my children. the flight is Thursday."', 'sent abroad without her children'],
  ]);
  answersNotRed([
    ['Min borger (24) vil gerne giftes med sin kæreste, men familien har sagt at hun skal vente til de finder en passende mand. Hun er ikke truet.', '"passende" is not a passport'],
    ['Hun sørger selv for at passe på sine papirer', 'looking after her papers'],
  ]);
});

describe('matchQuestion (orange in other words: work or Danish refused by an in-law, movements decided)', () => {
  answersAtLevel([
    ['Hun vil gerne i praktik i Netto, men hendes svigerfar siger at det kan der ikke blive tale om.', 'orange'],
    ['I dag sagde hun at manden aldrig har ladet hende gå på sprogskole. Nu vil hun gerne.', 'orange'],
    ["She was signed up for Danish module 2, but her husband cancelled it by phone without telling her.", 'orange'],
    ['Borgeren må gerne komme i praktik – men kun et sted uden mænd, og det har hendes bror bestemt.', 'orange'],
    ['hun skal have lov af sin mand hver gang hun vil ud og skal sende ham billeder af hvor hun er', 'orange'],
    ['case worker - client keeps cancelling and when we do meet her husband is always there. nothing said directly', 'yellow'],
  ]);
});

describe('matchQuestion (only the danger or the case ends: a citizen stopped from school is not a danger over)', () => {
  answersRed([
    ['Broren truede hende, og hun er blevet stoppet i at gå på sprogskolen', 'stopped from school'],
    ['Faren har truet hende, og hendes praktik er afsluttet', 'her placement ended, not the threat'],
  ]);
});

describe('matchQuestion (what the readings that take words out must leave in)', () => {
  answersRed([
    ["Hun skrev 'de vil slå mig ihjel'. Det viste sig, at det var alvor.", 'a claim confirmed after the turn'],
    ['Broren slog hende op ad væggen', '"slog hende op ad væggen" is violence'],
    ['Faren smider dem ud af huset, hvis de ses med drenge, og han har truet dem', 'people thrown out'],
    ['ingen kæreste, trusler fra faren hver dag', 'a comma is not a denied list'],
    ['Hun har talt med mig om tvangsægteskab: familien vil gifte hende bort i juli', 'talking of her own forced marriage'],
  ]);
});

describe('matchQuestion ("never before" is not a denial)', () => {
  answersRed([['Han har aldrig før truet hende så direkte', '"aldrig før truet"'], ["He has never before threatened her like this", '"never before threatened"']]);
});

describe('matchQuestion (held-out set 51: forms and checklists, a field answered no is no evidence)', () => {
  answersAtLevel([
    ['Screening\nAlder: 22\nMøder alene op: nej, altid med bror\nE-boks: nej (hun styrer den selv)\nTrusler: nej\nVold: nej\nTvangsægteskab: nej', 'yellow'],
    ['Alder: 30 | E-boks: broren har adgang og åbner hendes post | Pas: hos hende selv | Trusler: nej | Vold: nej | Hvad gør jeg?', 'orange'],
    ['Risk form:\nControl of e-boks: yes (husband)\nNot allowed to work/language school: no, she attends\nThreats: no\nViolence: no\nForced marriage: no\nIsolated at home: no', 'orange'],
    ['Checklist\n[x] never comes alone (husband always there)\n[ ] e-boks controlled\n[ ] not allowed Danish/work trial – she attends both\n[ ] threats/violence', 'yellow'],
    ['Hej. Borger 27 har skiftet påklædning og trukket sig fra holdet. Skema: trusler nej, vold nej, kontrol ukendt. Gul?', 'yellow'],
    ['Vold: -\nTrusler: -\nTvang: ?\nHun har aflyst de sidste fire møder.', 'yellow'],
    // A freedom answered no is the danger: "not alone", "not allowed out".
    ['Kort skema\nAlene til møder: ✗\nTvang/isolering/trusler: ✗\nAlder: 26', 'yellow'],
    ['Spørgeskema:\nMå hun gå ud alene? nej\nTrusler: nej', 'red'],
  ]);
  answersRed([
    ['Trusler: nej – men i dag sagde broren at han slår hende ihjel', 'what follows the answer stays'],
    ['Trusler: ingen konkrete, men faren siger hun er død for dem', '"ingen" before more words is not an answer'],
    ['Tør hun tage hjem: nej\nVold: nej', 'a freedom answered no'],
    ['Spørgsmål til borger: "nej, jeg vil ikke giftes med ham", sagde hun. Familien har købt billetter til Pakistan.', 'a quote after a colon'],
    ['trusler om æresdrab mod min borger hvad gør jeg nu??', 'a question mark is not an unknown answer'],
    ['Tjekliste\nFravær: nej\nKontrol af mobil: nej\nTrusler: JA – onkel har sagt at han slår hende ihjel hvis han ser dem sammen igen\nVold: nej', 'one field says yes'],
  ]);
  answersNotAcuteInAalborg([
    ['Bekymring, pige 15\nTrusler: nej\nVold: nej\nTvang: ukendt\nHun må ikke deltage i lejrskole og virker trist.', 'a form of noes'],
  ]);
});

describe('matchQuestion (held-out set 54: a danger that is someone else\'s, a story or long over)', () => {
  answersNotRed([
    ['Min borger har en veninde der blev tvangsgift for nogle år siden. Selv har hun det godt, men hun har meget fravær.', 'a friend\'s forced marriage'],
    ['Her mum was forced to marry at 14, she told me. My client herself is 27 and cancels meetings at the last minute.', 'her mother\'s marriage'],
    ['Hendes søster blev tvangsgift i Irak, men borgeren selv har det fint. Hun har altid sin mor med til møderne.', 'a sister\'s, in one sentence'],
    ['Min kollega har en sag med isolation i hjemmet. Min egen borger vil aldrig holde møde hjemme hos sig selv.', 'a colleague\'s case'],
    ['Hvis hun var blevet truet ville jeg ringe til politiet, men det er hun ikke. Hun trækker sig fra holdet.', 'a hypothetical'],
    ['Hun blev udsat for trusler for fem år siden, det er løst og ham der truede er flyttet. Nu har hun aflyst fire møder.', 'her own threats, resolved'],
    ['Det var ikke hende, det var hendes kusine i Tyskland der blev tvangsgift. Min borger må ikke gå til dansk.', 'not her: her cousin'],
  ]);
  answersRed([
    ['Her sister was killed in 2015, honour related, case closed. Now her father says she\'ll end up like her sister if she keeps working.', 'the story held out as her fate'],
    ['Hun blev tvangsgift i Pakistan for fem år siden. Nu bor hun med manden i Danmark.', 'her own past forced marriage, not resolved'],
    ['Hendes søster blev tvangsgift, og nu vil de også gifte hende bort. Selv siger hun at hun har det fint.', 'the sister\'s story, and now her'],
    ['Hendes lillesøster på 16 skal giftes til sommer med en mand på 35. Selv har hun det godt.', 'someone else\'s danger, now'],
    ['Hendes mor har truet hende. Selv siger hun at hun har det fint.', 'her mother threatened her'],
    ['For et år siden blev hun truet af broren, det stoppede. Men i går truede han hende igen.', 'over, then again'],
    ['Sidste år var der et forsøg på at få hende gift i Pakistan, men det blev stoppet. Siden har det gået fint. Men i går skrev hun at familien har bestilt flybilletter til næste uge, og at hun ikke ved om hun kommer tilbage.', 'resolved, then tickets and no way back'],
  ]);
  answersNotAcuteInAalborg([
    ['Teacher, student aged 15. Her older sister was forced to marry years ago. The student herself is fine, but her parents won\'t let her come on the class trip.', 'a child\'s sister\'s marriage, years ago'],
  ]);
});

describe('matchQuestion (held-out sets 52–54: red typed in a hurry, told by a relative, told quietly)', () => {
  answersRed([
    ['borgeren er atten år og hun siger at hun har været holdt inden for siden februar og de har taget hendes mobil', 'kept indoors'],
    ['pls help woman 25 hasnt been aloud out of the flat in a month, husbands family watch her 24/7', '"aloud" for "allowed"'],
    ['Fætter til en af mine unge (kvinde, 23) siger at han skal køre hende i lufthavnen fredag. Familien siger det er til et bryllup i Libanon, men han tror det er hendes eget, og at hun ikke selv ved det.', 'her own wedding, unknown to her'],
    ['En bror ringer og vil have hjælp til at få hende hjem igen. Søsteren (22) er på krisecenter og han siger at far er rasende og at de nok skal finde hende.', 'the family seeking her at the shelter'],
    ['en borger (28) har fortalt at hendes mand låser hoveddøren når han går på arbejde og tager hendes telefon med', 'locked in while he is out'],
  ]);
  answersAcuteInAalborg([
    ['teacher here, 14yo girl showed me txts from her uncle saying shes dead if she goes on the school trip', '"shes dead if"'],
    ['fagperson her kvinde 20 sidder paa mit kontor og har lige faaet sms fra broren om at han venter udenfor og at hun er doed', 'waiting outside, "doed"'],
    ['Kl. er 19 og en bror til en af vores unge (pige, 17) står her på opholdsstedet og siger at familien har sendt ham for at hente hende, og at hun skal hjem \'uanset hvad\'.', 'fetched whatever happens'],
  ]);
});

describe('matchQuestion (held-out sets 51–54: stories that are not hers, and denials in more words)', () => {
  answersNotRed([
    ['Det er ikke hende, det er hendes veninde der er flygtet til et krisecenter og er i sikkerhed nu. Selv kommer hun altid med sin far.', 'not her, a friend who fled'],
    ['Hun har fortalt en lang historie om sin fætter, der blev tvangsgift i Tyrkiet sidste sommer. Selv virker hun ok, men hun har højt sygefravær.', 'a cousin\'s, after a comma'],
    ['There was a horrible honour killing in her home country that she talked about. She\'s fine, she says. She has stopped coming to the women\'s group.', 'her home country'],
    ['Hun fortalte om sin mors ægteskab, som var arrangeret og voldeligt. Det var i hjemlandet for 30 år siden. Selv er hun 24 og aflyser mange møder.', 'the story goes on in its next sentence'],
    ['Bare så det er klart: truslerne hun fik var i 2014, og personen er død nu. Aktuelt: hendes e-boks bliver styret af svogeren.', '"død nu" ends it, it is not now'],
    ['Citizen (31) states that her husband has forbidden her to start the work trial. She does not seem afraid.', 'does not seem afraid'],
    ['Her friend (22) is stressed because the family decides who she can see, but says she\'s not in any danger.', 'not in any danger'],
    ['Storebroren har sat ham til at gå lillesøsterens mobil igennem hver aften. Han siger at ingen bliver slået.', 'nobody is beaten'],
  ]);
  answersRed([
    ['My client\'s younger sister (19) was taken to Iraq last month and got married there, and now my client (21) says she\'s next.', '"she\'s next"'],
    ['En kvinde på 30 nævnte at hendes søster blev dræbt for æren i hjemlandet, og at familien nu siger hun selv er på vej samme vej.', '"samme vej"'],
    ['Her sister was killed in an honour-related attack in 2012. She\'s 29 now. She has had voice messages saying \'you know what happened to your sister\'.', '"what happened to your sister"'],
    ['Elev 14 år siger at hendes kusine blev sendt til Somalia og gift som 15-årig, og at hun selv har fået at vide at hun skal afsted i sommerferien.', 'her own trip after the story'],
  ]);
});

describe('matchQuestion (control the card names no sign for sets the level as a sign would)', () => {
  answersAtLevel([
    ['Borger (mand, 23) fortæller at han afleverer hele sin løn til faren hver måned. Han virker ked af det.', 'orange'],
    ['Hendes kontanthjælp går ind på mandens konto og hun får 300 kr om ugen af ham. Hun må ikke selv have et kort.', 'orange'],
    ['En borger (45) har været styret af sin mand i 20 år: han bestemmer hvor hun må gå hen. Hun kommer dog selv til møderne.', 'orange'],
    // Alone, it is answered with the level, as before.
    ['familien styrer hendes økonomi', 'orange'],
  ]);
});

describe('matchQuestion (the partner who tells staff is not a partner she may not have)', () => {
  answersAtLevel([
    ['Kæresten til en borger skriver at hun er blevet meget stille og har trukket sig fra deres venner, og at hun går anderledes klædt nu. Han ved ikke om det har med familien at gøre.', 'yellow'],
    ["my client's boyfriend emailed me saying she keeps cancelling plans and has pulled away from everyone. he doesn't know what's going on at home.", 'yellow'],
    ['Hun må ikke have en kæreste, siger hun.', 'orange'],
  ]);
});

describe('matchQuestion (a story that is not hers, in a message that begins with a line break or a dash)', () => {
  answersNotRed([
    ['\nHendes søster blev tvangsgift i Irak, men borgeren selv har det fint. Hun har altid sin mor med til møderne.', 'a line break first'],
    ['– Hendes søster blev tvangsgift i Irak, men borgeren selv har det fint. Hun har altid sin mor med til møderne.', 'a dash first'],
  ]);
});

describe('matchQuestion (yellow and orange in more everyday words: an aunt always there, the gym, calling home)', () => {
  answersAtLevel([
    ['borger møder aldrig op uden sin moster. er der noget jeg skal gøre?', 'yellow'],
    ['Borgeren vil ikke holde møde derhjemme, og når jeg ringer, er det moren der tager telefonen', 'yellow'],
    ["She's stopped going to the gym with the others from the project and seems quiet.", 'yellow'],
    ['Hun vil hellere mødes på biblioteket end derhjemme', 'yellow'],
    ['Han skal ringe hjem hver time når han er i praktik, ellers bliver faren sur', 'orange'],
    ['hun kigger hele tiden paa sin tlf og siger manden skal godkende alt hun siger ja til hos os', 'orange'],
    ['Hun overvejer at flytte hjemmefra, fordi familien blander sig i hvem hun ser og hvad hun har på', 'orange'],
  ]);
});

describe('matchQuestion (orange in more words: her post and calls not her own, a divorce refused, her clothes decided)', () => {
  answersAtLevel([
    ['vedk. fortæller at tlf tjekkes hver aften og hun skal dele lokation m. bror hele tiden. 21 år', 'orange'],
    ['hun siger hun ikke selv bestemmer over sin post', 'orange'],
    ['En ældre mor (74) vil gerne se sin datter, men sønnen hun bor hos siger nej og lytter med når hun taler i telefon.', 'orange'],
    ['Hun vil gerne skilles, men familien siger at det kan der slet ikke blive tale om', 'orange'],
    ['Kvinden må gerne komme til møderne, men manden bestemmer hvilket tøj hun har på.', 'orange'],
    ['Hvad gør jeg hvis en borger fortæller at hendes brødre læser alle hendes beskeder?', 'orange'],
    ['Bofælle skriver at borgerens brødre ringer mange gange om dagen for at høre hvor hun er.', 'orange'],
    // Not her phone checked by others, nor her friends' location.
    ['My client keeps checking her phone during our meetings and looks nervous. She has cancelled twice this month.', 'yellow'],
  ]);
});

describe('matchQuestion (held-out set 55: a conversation written down, answers joined to their questions)', () => {
  answersRed([
    ['J: hvordan kom du herhen i dag?\nB: min mand kørte mig, han venter udenfor\nJ: må du tage bussen selv?\nB: nej\nJ: gå ud og handle?\nB: nej\nJ: ringe til din familie?\nB: nej, han har min telefon', 'freedoms answered no'],
    ['Jeg: Har du job eller noget uden for hjemmet? B: nej. J: Må du gå ud? B: kun på altanen. J: Hvem bestemmer det? B: min mand og hans mor.', 'only the balcony'],
    ['J: Hvorfor?\nB: fordi jeg sagde nej til ham de har fundet til mig\nJ: Hvad sker der nu?\nB: de siger vi bliver gift alligevel til eid', 'married anyway, after her no'],
    ['Jeg: Er du bange derhjemme? Borger: nej\nJeg: Må du gå ud? Borger: nej, ikke uden min mand\nJeg: Hvornår har du sidst været ude uden ham? Borger: det har jeg ikke i to år', 'no fear, but kept in'],
  ]);
  answersNotRed([
    ['Jeg: Er du bange derhjemme?\nBorger: nej\nJeg: Er der nogen der har truet dig?\nBorger: nej\nJeg: Hvorfor aflyser du så mange møder?\nBorger: jeg er bare træt', 'dangers asked and denied'],
  ]);
});

describe('matchQuestion (held-out set 58: a worry the writer takes back in the same message)', () => {
  answersNotRed([
    ['Jeg skrev før at hun blev holdt indespærret, men det var overdrevet af mig – hun kan godt gå ud. Manden læser alle breve fra os.', 'exaggerated'],
    ['glem det med trusler, jeg havde misforstået det – det var hendes veninde der var blevet truet. Min borger må ikke lære dansk.', 'misunderstood'],
    ["I thought he was being forced to marry, but I misunderstood – nothing is planned. His parents say he can't choose his own partner.", 'misunderstood, in English'],
    ['Rettelse: hun har IKKE fået taget sit pas, det var hendes søster. Hun aflyser mange møder.', 'a correction that denies'],
    ["I said she was 'locked in' but that was my own interpretation, she goes shopping. Her husband decides whether she can do the internship.", 'her own interpretation'],
  ]);
  answersRed([
    ['Jeg skrev at broren truede hende, men jeg tog fejl – det var faren.', 'the danger stands, done by her father'],
    ['Glem det med ferien, det vigtige er at broren truer hende.', 'what is forgotten is the holiday'],
    ['Jeg skrev i går at hun var truet – det er desværre blevet værre.', 'not taken back'],
    ['Rettelse: det er ikke broren, det er faren der truer hende.', 'a correction of who'],
    ['Glem det med passet, det havde hun selv mistet – men hun må stadig ikke forlade hjemmet og hun bliver sendt ud af landet om en uge.', 'the rest stands'],
  ]);
});

describe('matchQuestion (held-out set 57: the writer\'s fright and urgency are not the situation)', () => {
  answersAtLevel([
    ['Åh nej åh nej. Kvinde på 23: hendes bror tjekker hendes e-boks hver aften. Jeg sidder og ryster, er det her alvorligt??', 'orange'],
    ['URGENT help needed!!! A young woman (19) says her family won\'t let her be with her girlfriend and told her to end it.', 'orange'],
    ["I'm literally shaking. A young man (22) has completely withdrawn, quit his football team, keeps calling in sick.", 'yellow'],
    ['Undskyld caps men DET HER ER VIGTIGT: borger har højt sygefravær og afviser at vi mødes hjemme hos hende. Jeg er bange for at det er noget slemt!!!', 'yellow'],
  ]);
  answersRed([
    ['Hun sidder på mit kontor og ryster. Faren har sagt at hun skal giftes med fætteren til sommer.', 'the citizen shaking'],
    ['Status: haster\nProblem: der har været familieråd, hvor de ældre besluttede at hans søster \'skal tages hånd om\', fordi hun er gået fra sin mand.', '"skal tages hånd om", quoted'],
    ['urgent – pupil (15) says family found out about her bf and she\'ll "be punished" tonight. she\'s terrified.', 'urgent, and a danger'],
  ]);
});

describe('matchQuestion (held-out set 56: held at a relative\'s place, not a meeting being held)', () => {
  answersAcuteInAalborg([
    ["My client (m, 19) is being held at his uncle's place since his family found out he has a Danish girlfriend.", 'held at his uncle\'s'],
  ]);
  answersNotAcute([
    ['The meeting is being held at the library on Tuesday; the client (20) asks if her mother can come.', 'a meeting held'],
  ]);
});

describe('matchQuestion (held-out sets 59–62: red in care, faith and a request for a number)', () => {
  answersRed([
    ["What's the number for Københavns Vestegns Politi? Her ex-husband's family has put a 'price' on her and she's seen his cousin outside her building twice", 'a price on her, his cousin outside'],
    ["Broren har fulgt hende til og fra alt, og nu kommer hun slet ikke ud. Hun svarer ikke og familien siger bare at hun er 'rejst'.", 'said to be gone'],
    ["Client (29, moderate intellectual disability) told her support worker that her dad has 'found a husband' for her and she has to sign papers at the embassy next week. She cried and said she doesn't want to.", 'a husband found, she does not want'],
    ['Borger med lettere udviklingshæmning, 27, blev gift for 3 uger siden i moskeen. Hun fortæller at hun ikke vidste hvad der skulle ske den dag, hun troede det var en fest.', 'married without knowing'],
    ['Familien har opsagt bostøtten på hendes vegne og hendes telefon er slukket. En nabo har hørt skrig.', 'screams heard'],
    ["Borger m. autisme 22 år, forældrene har 'gemt' hende hjemme siden hun blev set med en dansk dreng. Ingen skole, intet job, ingen telefon.", 'hidden at home'],
  ]);
  answersAcuteInAalborg([
    ["New Year's Eve, around 22:00. A 25-year-old woman says her ex-husband's brothers are driving to her flat right now to 'take her back'.", 'coming to take her back, now'],
  ]);
  answersNotRed([
    ["What if a young man tells me his parents have said he can only marry someone from their clan, and he has a girlfriend they don't know about?", '"don\'t know about" is not married unknowing'],
  ]);
});

describe('matchQuestion (held-out sets 63–66: red told as a reply to an earlier answer, at work, through an interpreter)', () => {
  answersRed([
    ["You told me to talk to her alone. I did. Her dad has already picked a husband, the nikah is in 10 days and she'll be 'disowned or worse' if she refuses. Still yellow?", 'a nikah she may not refuse'],
    ["Men nu er han lige blevet hentet fra praktikpladsen af to fætre, og han skrev 'de tager mig' til sin praktikvejleder.", 'fetched by two cousins'],
    ["Borgerens far har sagt at hun 'aldrig skal vise sig igen', og hun har set sin fætter holde øje med hendes opgang flere aftener i træk. Er det virkelig rødt?", 'watched at her door'],
    ["Woman, 30s, says she's been forbidden from leaving the flat since she refused to hand over her wages to her brother-in-law.", 'forbidden from leaving'],
    ["tolk = hendes fætter. hun er 21. hun skubbede en lap papir over bordet: 'de gifter mig i august, jeg har sagt nej'. hjælp", 'married off after her no'],
  ]);
  answersAcuteInAalborg([
    ['kl er 23. en ung på 18 ringer og siger at familien står udenfor og vil have hende med.', 'the family outside to take her'],
    ['17-årig er ikke kommet hjem fra skole, og veninden siger at farbroren hentede hende i bil og at hun græd.', 'fetched and not come home'],
    ["Now she's texted from a friend's phone that her passport is gone and they fly out Friday for her wedding.", 'passport gone before a flight'],
  ]);
});

describe('matchQuestion (held-out set 64: an earlier answer quoted back is not the situation)', () => {
  answersNotAcuteInAalborg([
    ['Du sagde jeg skulle ringe til døgnvagten. Men det er tirsdag formiddag, og situationen er: 17-årig pige må ikke være med til klassefest og skal altid hentes af broren.', 'the bot\'s earlier advice'],
    ["Follow-up: you said call Merete immediately. But the 14-year-old told me today it was 'just a row' with her mum about a boyfriend.", 'the bot\'s earlier advice, in English'],
  ]);
  answersNotRed([
    ['Hvorfor akut? Jeg skrev at hun ikke må vælge sin egen kæreste. Der er ingen bryllupsplaner.', '"hvorfor akut?"'],
  ]);
  answersRed([
    ['Du svarede gult, men nu har broren taget hendes pas og faren siger hun skal giftes i Pakistan til sommer.', 'what follows the quoted answer stays'],
  ]);
});

describe('matchQuestion (held-out sets 63 and 65: papers, debts and wages as control; money sent is not a person sent)', () => {
  answersAtLevel([
    ['Hun siger at manden siger at hun bliver udvist hvis hun går fra ham, og det holder hende fra at sige noget.', 'orange'],
    ['Svigerfamilien har hendes sundhedskort liggende. Hun skal spørge om lov for at gå til lægen.', 'orange'],
    ['Der er gæld i borgerens navn på over 200.000 kr. Svigerfamilien har brugt hendes navn til firmaets leasingaftaler.', 'orange'],
    ["Ydelsesmedarbejder: en borgers kontanthjælp udbetales til en konto der tilhører hendes svoger.", 'orange'],
    ["Young woman, 20, says her parents have decided she'll work and send money to relatives in Syria, and she isn't allowed to study.", 'orange'],
    ['Borger fortæller at familien har valgt hvem hun skal giftes med, når hun har tjent nok til medgiften. Der er ingen dato endnu.', 'orange'],
  ]);
  answersRed([
    ['Brudeprisen er betalt, og hun skal giftes med ham i Pakistan i august.', 'a bride price paid'],
    ['De har sendt hende til Somalia, og hun kommer ikke tilbage.', 'a person sent abroad'],
  ]);
});

describe('matchQuestion (held-out set 64: signs the writer says are not there)', () => {
  answersAtLevel([
    ['Du svarede orange, men det eneste jeg har set er at hun altid har sin mor med. Der er ikke noget med e-boks eller praktik. Er det ikke bare gult?', 'yellow'],
    ['Moren er med til ALLE møder. Du sagde mistanke, men jeg ser intet om kontrol af post, partner eller forbud. Gult?', 'yellow'],
    ['Jeg fik rødt, men jeg skrev kun tvangsægteskab fordi jeg spurgte generelt hvad det betyder. Min egentlige sag er at hun altid har sin svigerinde med.', 'yellow'],
  ]);
  answersRed([
    ["My citizen (20) got nikah with a 40 years old man the family choose. she says 'I did not say the yes, my uncle said it for me'. Now she must move to him next week.", 'her own "I did not say" stays'],
    ['Der er ikke noget med trusler, men broren har slået hende og siger hun skal giftes med fætteren i sommer.', 'what follows "men" stays'],
  ]);
});

describe('matchQuestion (a citizen\'s own "du sagde" is not an earlier answer of the bot)', () => {
  answersRed([
    ['Hun skrev til mig: "du sagde jeg skulle ringe hvis han truede mig igen, og nu har han gjort det"', 'her own words'],
    ['Hun skrev: "du sagde jeg kunne komme til dig hvis de ville gifte mig bort, de har købt billetter til Pakistan"', 'her own words, a trip'],
  ]);
});

describe('matchQuestion (what the writer says is not there ends with its clause)', () => {
  answersRed([
    ['Det er ikke noget med ægteskab at gøre, det er at faren har låst hende inde i tre uger.', 'a new clause after the comma'],
  ]);
});

describe('matchQuestion (held-out set 68: after she left, the family after her)', () => {
  answersRed([
    ['Hun bor i egen lejlighed nu. I aftes stod faren og broren i opgangen og hamrede på døren i en halv time.', 'relatives hammering on her door'],
    ['Hun har fået et billede af sin egen hoveddør sendt fra et ukendt nummer.', 'a photo of her own door'],
    ['A cousin sent him a screenshot of his new address from the family group.', 'a screenshot of his new address'],
    ['Der lå en seddel i postkassen: "vi ved hvor du bor"', 'quoted: we know where you live'],
    ["His uncle texted him 'we know where your kids go to school'.", 'quoted: we know where the children go'],
    ['Svigerfamilien siger at hun skal flytte tilbage, ellers tager de sagen i egen hånd.', 'or they take matters into their own hands'],
    ['Eksmanden skrev at familien vil tage "sagen i egen hånd".', 'quoted: matters in their own hands'],
    ['Hun er på krisecenter. Familien har ringet til jobcentret og spurgt hvor hun er.', 'fled to a shelter, the family asks where she is'],
    ['Beboeren siger at brødrene er på vej, fordi de har fundet ud af hvor hun bor.', 'they found out where she lives'],
    ['Familien leder aktivt efter hende, og hun kan ikke bo på sin egen adresse.', 'the family actively looking for her'],
    ['Eksmandens mor forsøgte i dag at tage den mindste med fra børnehaven.', 'an attempt to take her child from the kindergarten'],
    ['Her cousin posted her address online and called her a traitor.', 'her address posted online'],
    ['Hun skulle til forsoningsmøde hos familien og er ikke kommet tilbage til krisecentret.', 'not back at the shelter'],
    ['Vi har en sikkerhedsplan hvor hun melder sig hver dag. I dag har hun ikke meldt sig.', 'a safety plan check-in missed'],
    ["Her mum said the uncle has decided she'll marry his son when she comes home.", 'a groom chosen in the family'],
    ['I mellemtiden holder familien hende hjemme, og hun må ikke have telefon.', 'kept at home, the subject between'],
    ['hun sagde: hvis jeg går fra ham så finder min far mig', 'the subject after the verb'],
    ['Svigerfaren sagde at ingen vil finde hendes lig.', "nobody will find her body"],
  ]);
  answersAcuteInAalborg([
    ['Kl er 23 på krisecentret. Beboer på 30 siger brødrene kører herop, fordi de har fundet ud af hvor hun er.', 'they found out where she is'],
    ['Sagsbehandler, borger over 18: hun tog til forsoningsmøde hos familien i går og er ikke kommet tilbage til krisecentret.', 'not back after a reconciliation meeting'],
  ]);
  answersAtLevel([
    ['Hun flyttede for to måneder siden. Familien skriver til hendes venner og spørger hvor hun bor. Ingen trusler.', 'orange'],
    ['A relative has been to our office twice asking for her new address. She moved out in the spring.', 'orange'],
    ['Hun har været på krisecenter i en måned og bliver presset til et forsoningsmøde med familien.', 'orange'],
    ['Svigerfamilien har sendt to mæglere fra moskeen. De er høflige, men hun føler sig presset.', 'orange'],
    ['His parents keep sending relatives to talk him out of his relationship. He is not scared.', 'orange'],
    ['Moren ringer hver dag og græder og beder hende komme hjem. Ingen trusler.', 'orange'],
    ['Onklen har tilbudt hende penge hvis hun flytter hjem igen. Hun siger nej.', 'orange'],
    ['Eksmandens familie presser hende til at trække skilsmissen tilbage. Ingen trusler.', 'orange'],
    ['Far afviste manden hun vil giftes med og siger han finder den rigtige til hende.', 'orange'],
  ]);
  answersNotRed([
    ['Hun har fået sms\'er om at hun skal vende tilbage til sine rødder. Ingen trusler.', '"rødder" (roots) is not the red level'],
    ['Borgeren har forladt sin mand. Hans familie siger at hun ikke må tage imod praktikpladsen.', 'she left him; "må ikke" is about the placement'],
    ['Han har sin egen familie nu. Efter faren døde for et år siden har familien taget kontakt igen.', 'a father who died is not "dead to the family"'],
    ['Hun har bedt om at vi ikke holder opfølgningen hjemme hos hende mere.', 'holding a follow-up meeting is not being held'],
    ['Client at the shelter keeps getting gifts from her family, and promises that she can study if she comes back.', 'getting gifts is not the family getting her'],
  ]);
});

describe('matchQuestion (held-out sets 67, 69 and 70: signatures, a groom not yet named, a case long closed)', () => {
  answersNotRed([
    ['Hi, my client (30) always comes with her husband, who does the talking.\n\nBen | Job consultant\nIn an emergency always call 112.', "a signature's standing advice"],
    ['Hun må ikke starte i praktik, siger faren.\n\nThis email is confidential. If you have received it in error, please delete it.', '"error" is not "terror"'],
    ['Emne: SV: HASTER\n\nUndskyld emnelinjen, det er ikke akut-akut. Men faren kontrollerer hendes e-boks.', '"ikke akut-akut"'],
    ['Hun er forelsket i en fra holdet, men hun skal gifte sig med én, de finder. Der er ikke planlagt noget bryllup.', 'a groom the family will find, no wedding planned'],
    ['Han må ikke have kæreste, familien har bestemt at han skal giftes inden for slægten. Der er ikke sat nogen dato.', 'no date set'],
    ['Han er 25 og må kun gifte sig med en fra samme klan, og far har afvist den kvinde han præsenterede for dem.', '"præsenterede" is not pressure'],
    ['We already tried a home visit and she clearly did not want us there, kept suggesting we meet at the library.', '"kept suggesting" after a home visit'],
    ["Old case: she was forced into a marriage years ago, police and the shelter handled it, she's divorced. Now she has skipped two meetings.", 'her own red, long over'],
  ]);
  answersRed([
    ["The woman says that since she arrived she's been kept in the flat.", 'kept in the flat'],
    ['Her in-laws have kept her at home since the wedding.', 'kept her at home'],
    ['Hun blev tvunget til at gifte sig for mange år siden, og nu vil familien gifte hende bort igen.', 'her old red, and again now'],
  ]);
  answersAtLevel([
    ['Familien har præsenteret hende for en mand via en app og presser på for at hun siger ja. Der er ingen dato.', 'orange'],
  ]);
});

describe('matchQuestion (Aalborg: a situation told at length that names a contact)', () => {
  const intentIn = (text: string) => ask('aalborg', text).intent;
  it.each([
    ['Har allerede givet hende Etnisk Ungs nummer. Hun er 17, forældrene bestemmer hvem hun må være venner med, og hun må ikke komme med på lejrskole. Hvad nu?', 'etnisk-ung'],
    ['Myndighedsrådgiver: ung på 16 fortæller at hun ikke må have kæreste, og at brødrene holder øje med hende på skolen. Jeg har selv booket sparring med Fiolla.', 'fiolla-anne'],
    ['Hvad er Nanas nummer? Jeg er lærer for en pige på 15, som ikke må deltage i klassens ture og altid bliver hentet af sin bror.', 'nana'],
  ])('answers "%s" as the situation, with %s among its contacts', (text, contactId) => {
    const intent = intentIn(text);
    expect(intent.kind).toBe('situation');
    expect(intent.kind === 'situation' && intent.contactIds).toContain(contactId);
  });
  it.each([
    ['Hvad er nummeret til Etnisk Ung?', 'etnisk-ung'],
    ['Jeg er lærer for en pige på 15. Hvad er Nanas nummer?', 'nana'],
  ])('answers the short request "%s" with the contact %s', (text, contactId) => {
    expect(intentIn(text)).toMatchObject({ kind: 'contact', contactIds: expect.arrayContaining([contactId]) });
  });
  it('keeps a Gladsaxe contact named beside a sign a situation at its level, as before', () => {
    expect(levelOf(ask('gladsaxe', 'Har ringet til RED Rådgivning. Hun må ikke gå til danskundervisning, siger manden, og hun er 25 år.').intent)).toBe('orange');
  });
});

describe('matchQuestion (held-out set 72: words from the family\'s language)', () => {
  answersRed([
    ["Hun siger at faren sagde 'qatl sharaf' er den eneste løsning. 23 år.", 'an honour killing, in Arabic'],
    ['Tolken siger faren brugte ordet baad: de vil give hende til en anden familie for at løse en strid. Hun er 19.', 'a girl given to settle a feud'],
    ['Der er betalt shirbaha til hendes far, og hun skal overdrages til en mand på 50. Hun er 25 og siger nej.', 'a bride price paid'],
    ["Client (18) says the qelen has been paid and she'll be married in Iraq this month.", 'a bride price paid, in Kurdish'],
    ["Nattevagt: kvinde på 22 siger faren ringede og sagde 'seni öldüreceğim'.", 'a threat to kill, in Turkish'],
    ['Familien holdt aqd for hende og fætteren mens hun ikke var der. Hun er 20 og har sagt nej.', 'a marriage contract made without her'],
    ["Her father called shouting that she will pay for what she did. She is 19 and hiding at a friend's.", 'she will pay for what she did'],
    ['Han er 25 og har selv valgt sin kone; brudeprisen er aftalt mellem familierne, og han glæder sig til brylluppet.', 'a bride price agreed, unlike the mahr'],
    ['Hun er 22 og siger at shaadi er zabardasti, hun bliver sendt til Lahore efter eid.', 'force, in Urdu'],
    ['Hun er 20. Familien vil gifte hende med fætteren uski marzi ke khilaf, til sommer.', 'against her will, in Urdu'],
  ]);
  answersAcuteInAalborg([
    ['Elev på 16 siger familien lavede imam nikahı for hende sidste weekend med en mand på 25.', 'a child married, in Turkish'],
    ['Myndighedsrådgiver: en pige på 15 er blevet gift religiøst med en 19-årig. Hun bor nu hos hans familie.', 'the age named first is the citizen\'s'],
    ['En dreng på 16 siger familien sender ham på dhaqan celis i morgen tidlig, og han vil ikke hjem.', 're-education abroad, in Somali'],
    ['Pige på 15 siger at der skal være nikaax i weekenden med en mand fra familien.', 'a child married, in Somali spelling'],
  ]);
  answersNotRed([
    ['Hun er 27 og vil ikke have hjemmebesøg, det er sharam siger hun. Vi mødes på jobcentret i stedet.', 'shame named, nothing more'],
    ['Borger (19) siger hun ikke må have kæreste, og familien vil bestemme hvem hun skal giftes med. Det handler om izzat. Hun er ikke truet.', '"handler om" is not "handled"'],
    ['Borgeren fortalte om Eid og bagte baklava til holdet. Salam aleikum, skrev hun på tavlen.', 'everyday words'],
    ['Han er 25 og har selv valgt sin kone; mahr er aftalt mellem familierne, og han glæder sig til brylluppet.', 'the mahr is not a bride price'],
    ["He told me his dad is 'going to break his legs' if he fails the driving test, obviously a joke. 22yo.", 'a threat called a joke'],
  ]);
});

describe('matchQuestion (held-out set 71: control by others than the family)', () => {
  answersRed([
    ['En ældre fyr i kvarteret har sagt at han skærer hende hvis hun ikke holder sig væk fra byen. Hun er 18.', 'a threat with a knife'],
    ["The men in her community are talking about getting rid of the shame. She's 25.", 'getting rid of the shame'],
    ["Pigen (19) siger at nogle fyre fra området har sagt at de 'gør noget ved hende' hvis hun går uden tørklæde.", 'quoted: they will do something to her'],
    ["Hun er 19. Svigerfamiliens venner holder nede på parkeringspladsen og har skrevet at de 'henter hende'.", 'quoted: they will fetch her'],
    ['Nogle ældre fyre har taget hendes datter med i en bil. Datteren er 19 og tager ikke telefonen.', 'taken in a car by men'],
    ["Her boyfriend's friends have surrounded her at the station and won't let her go. She is 20.", 'surrounded and held'],
    ["Han er 18 og homoseksuel. Mændene i menigheden siger han skal 'kureres' i udlandet.", 'to be "cured" abroad'],
    ['Kvinde, 20: onklen har sagt at hun skal straffes, og de ved hvor hun bor.', 'they know where she lives'],
    ['Han sagde: bedre du er død end denne skam. Hun er 26.', 'better dead than this shame'],
  ]);
});

describe('matchQuestion (held-out set 75: Norwegian and Swedish)', () => {
  answersRed([
    ['hon är inlåst hemma sedan två veckor, mannen har tagit hennes telefon och nyckeln.', 'Swedish: locked in'],
    ['tvangsekteskap, hun er 19, reiser i morgen', 'Norwegian: forced marriage, travelling tomorrow'],
    ['Han är 20 och misshandlad av sina bröder, de säger att nästa gång dör han.', 'Swedish: beaten, a threat to kill'],
    ['En ung kvinna har rymt hemifrån och sover på busstationen, farbrodern har sagt att hon ska dö.', 'Swedish: she must die'],
    ['Brukeren har ikke vært ute av huset på seks uker og får ikke gå ut alene. Hun er 29.', 'Norwegian: not out of the house'],
    ['Jag jobbar på språkskolan. En elev (35) sa att mannen låser in henne och att hon inte får träffa någon.', 'Swedish: he locks her in'],
  ]);
  answersAcuteInAalborg([
    ['Hun er 16 og gift religiøst med en mann på 30, hun bor hos ham.', 'a child married religiously'],
  ]);
  answersAtLevel([
    ['hon får inte delta i arbetsprövningen, och brodern följer med till alla möten och svarar åt henne', 'orange'],
    ['Många inställda möten, hon skickar alltid sms att hon är sjuk. Hon är 24.', 'yellow'],
  ]);
});

describe('matchQuestion (held-out sets 76-78: a plea on her hand, marriages outside the law, pregnancy)', () => {
  answersRed([
    ["Hun havde skrevet 'hjælp' med kuglepen i hånden og viste mig det under mødet mens manden kiggede væk.", 'a plea written on her hand'],
    ['En 18-årig pige er blevet viet hjemme i stuen til en fætter på 40 af en imam, uden at nogen spurgte hende.', 'married to a cousin'],
    ['Manden efterlod hende i Libanon for 4 måneder siden, og hun bliver holdt i hans forældres hus.', 'left abroad, held'],
    ["Familien har 'givet' hende til en fætter på 35, og hun bliver hentet i morgen tidlig. Hun er 19.", 'given to a cousin'],
    ['gravid uden for ægteskab og truet på livet af sin egen familie', '"uden for" is outside, not without'],
    ['Svigerforældrene har beholdt hendes søn siden weekenden og siger at hun først får ham tilbage, når hun trækker skilsmissen tilbage.', 'her baby kept'],
    ['Svigerfamilien holder min borger inde i huset, efter at hun ikke er blevet gravid.', 'kept in, a longer object'],
    ["Her brother showed up at the job centre shouting that she has shamed the family. She's 24.", 'shouting that she shamed them'],
    ['Hun siger hun er gift religiøst med en mand på 45 og at hun ikke havde noget valg. 19 år.', 'no choice'],
    ['Hun blev gift i sidste uge med en mand familien valgte. Hun siger hun sagde nej flere gange.', 'married though she said no'],
    ['Hun sidder i opgangen med sin baby og tør ikke gå ind. Hendes bror har sagt at han vil gøre hende noget.', 'he will do something to her'],
  ]);
  answersNotRed([
    ['Par der er gift religiøst og begge selv ville det. Hun er begyndt at gå mere tildækket. Ikke noget andet der undrer mig.', 'a marriage both wanted'],
    ["hun bad om 'hjælp' til sin ansøgning", "asking for 'hjælp' is not a plea"],
  ]);
  answersAtLevel([
    ['Min borger (23) bliver presset af sin familie til at få en abort. Hun vil gerne beholde barnet.', 'orange'],
    ['svigerfamilien bestemmer om hun må gå til jordemoder og hvornår', 'orange'],
    ["She got pregnant and the family has decided she'll marry the dad 'asap'. No date, no threats.", 'orange'],
    ['Familien vil have at de bliver gift hurtigt, men hun er ikke sikker på at hun vil have ham. Ingen trusler.', 'orange'],
  ]);
});

describe('matchQuestion (held-out sets 79-82: housing, leisure, interpreters, seasons)', () => {
  answersRed([
    ['Ejendomsfunktionæren opdagede en lås på ydersiden af et værelse, hvor en ung kvinde bor.', 'a lock on the outside of her room'],
    ['Hun er flyttet på krisecenter men familien har fundet ud af hvor, og hendes far står nede på gaden lige nu.', 'the family found out where'],
    ['vicevært: har ikke set fruen i nr. 4 i fem uger. i går hørte jeg hende banke på døren indefra og kalde på hjælp', 'knocking from inside'],
    ["Tolken sagde det var noget i retning af 'for os er du allerede død'. Borgeren er 24.", 'disowned, the other word order'],
    ['Borgeren (26) sagde til tolken at der er lavet en aftale om ægteskab hun ikke kan komme ud af.', 'a marriage she cannot get out of'],
    ["The interpreter says she used a word like 'cleansing the family' about her father. She's 21.", 'cleansing the family'],
    ['The client keeps asking what her father will do to her now that he knows about the boyfriend. She is 21.', 'what her father will do to her'],
    ["quick q, the interpreter said the woman told her 'my husband said nobody will ever find my body'. she's 34.", 'find my body'],
    ['Den hemmelige adresse er afsløret. Borgeren (30) ringer fra sin nye lejlighed, svogeren står uden for døren.', 'the secret address is out'],
    ['Beboer på 21 fortæller via tolk at hendes brødre står udenfor og har sagt at de tager hende med.', 'brothers outside to take her'],
    ["Client (26) says her brothers told her they know where her new flat is and what will happen to her if she doesn't move back home.", 'they know where her flat is'],
    ['Hun bor i egen bolig efter bruddet. I dag stod far og onkel ved døren og råbte.', 'relatives at her door'],
    ["They have her passport and have booked her a trip back - she's sure she won't be allowed to return. She is 25.", 'not allowed to return'],
    ['Hun siger hun ikke har været ude i flere uger. Hun er 30.', 'not been out in weeks'],
  ]);
  answersNotRed([
    ['Mange afbud fra en af vores seniorspillere (22), og han har skiftet stil og lukker sig inde.', '"lukker sig inde" is withdrawing'],
    ['We tried to hold the meeting at her flat since she kept cancelling. She came in with her husband.', '"kept cancelling" is not kept in'],
    ['18-årig pige siger at hun ikke må tage med på klubbens udlandstur. Hun siger ikke hun er i fare.', 'kept from a trip, not taken abroad'],
    ["Swim coach. One of our adult swimmers (20) says she's no longer allowed in the mixed group, and that her parents will have the final say on who she ends up with. No date, no threats, she just seems sad.", '"no longer" is not disowning'],
  ]);
  answersAtLevel([
    ["A tenant told me her family decides who she's going to marry. She's 25.", 'orange'],
    ['Borgeren møder altid op med sin mand, og han vil ikke gå ud når jeg spørger om jeg må tale med hende.', 'yellow'],
    ["Every time he comes to the job centre his older brother is with him. Is that a red flag?", 'yellow'],
    ["Then she said her brother decides everything, including whether she can do the internship. She's 21.", 'orange'],
    ['Borgeren fortæller at hun skal spørge sin far om lov til alt. Hun er 19.', 'orange'],
    ['bordtennisklub: en spiller (19) siger hans far går hans mails igennem.', 'orange'],
    ['19-årig fortæller at forældrene har sagt at han kun må gifte sig med en fra deres landsby.', 'orange'],
  ]);
  it('answers a long message that asks for help with the situation, not the introduction', () => {
    expect(ask('gladsaxe', 'Kan du hjælpe mig, borgeren har været meget stille på de seneste møder og kommer sjældent').intent.kind).not.toBe('help');
    expect(ask('gladsaxe', 'kan du hjælpe mig?').intent.kind).toBe('help');
  });
});

describe('matchQuestion (held-out sets 83-84: education after school, older citizens)', () => {
  answersRed([
    ['Borger 45 er udeblevet. Veninden fortalte at familien har taget hende med til Pakistan mod hendes vilje.', 'taken abroad'],
    ['Hun er i Pakistan og får ikke lov at komme hjem igen. Hun er 45.', 'not let home from abroad'],
    ['Sønnen siger hun bor hos dem nu. Sidst vi så hende, sagde hun at hun var bange for sønnen. Hun er 78.', 'afraid of her son'],
    ['Vores borger på 75 er ikke kommet i dagcentret i 3 uger, og ingen har set hende.', 'nobody has seen her'],
    // A guard: the words of "want … dead" now stand together, and this one must stay red.
    ["A mum told me her husband said he'd rather see their daughter dead than with that guy. The daughter is 24.", 'rather see her dead'],
  ]);
  answersNotRed([
    ['Studievejleder ringede: en studerende på 23 har fortalt at forældrene har sagt at hun kun må gifte sig med en fra deres egen landsby, og at de skal godkende ham. Der er ingen konkret mand eller dato.', 'whom she may marry, and a "skal" elsewhere'],
    ['En enke på 61 har mødt en ny mand, men børnene har forbudt hende at gifte sig igen og siger hun skal vælge mellem dem og ham.', 'a marriage forbidden'],
    ['Borger på 18 får ikke lov af familien at tage praktikperioden. Hun dropper nok ud pga. det.', '"dropper nok ud" is leaving the course'],
    ["Does it matter that she never comes to the job centre on her own? We're trying to get her started on an education.", '"we\'re … education" is not re-education'],
    ['Manden logger ind på hendes e-boks og har ændret koden. Hun har ikke sagt at hun er bange for ham.', 'not said she is afraid'],
    ['Sønnen har taget hendes mobil, så hun ikke må ringe til sin søster. Hun har stadig fastnet og kommer ud med os.', 'she goes out with us'],
    ['Widow, 68, wants to marry again and her in-laws took over her e-Boks after her husband died. What should I do?', '"should … died" is not "should die"'],
  ]);
});
