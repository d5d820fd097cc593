// The shape every municipality's guide module is held to. Danish is authoritative; English is a translation.

export const LANGS = ['da', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in both languages. */
export interface Text {
  readonly da: string;
  readonly en: string;
}

export const LEVEL_IDS = ['yellow', 'orange', 'red'] as const;
export type LevelId = (typeof LEVEL_IDS)[number];

/** When a contact is the one to use. */
export const CONTACT_USES = ['guidance', 'sparring', 'acute', 'after-hours', 'shelter'] as const;
export type ContactUse = (typeof CONTACT_USES)[number];

/** Aalborg's three audiences; a guide without audiences (Gladsaxe) serves everyone. */
export const AUDIENCE_IDS = ['caseworker-under-18', 'caseworker-over-18', 'professional'] as const;
export type AudienceId = (typeof AUDIENCE_IDS)[number];

/** Age of the citizen concerned, when the guide distinguishes it. */
export const AGE_GROUPS = ['under-18', 'over-18'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** Where a fact comes from: a source file of the guide and the section/heading it stands under. */
export interface SourceRef {
  readonly source: string;
  readonly section: string;
}

export interface Source {
  readonly id: string;
  readonly title: Text;
  readonly publisher: string;
  /** The file in shared/sources the text was transcribed from. */
  readonly file: string;
  readonly url?: string;
}

/**
 * Matching vocabulary, not guidance: phrases a member of staff might type for this item.
 * A phrase is space-separated slots; a slot is `|`-separated alternatives; every slot must be
 * present in the question (any order). Danish and English mixed; stems and typos are handled
 * by the matcher, so write plain words. "=word" matches that written form only (no stem, prefix or typo),
 * for words whose stem collides with a common word ("fare" → "far").
 */
export interface MatchTerms {
  readonly phrases: readonly string[];
}

/** Set where the source contradicts itself or is unclear; shown to the user, never hidden. */
export interface NeedsVerification {
  readonly needsVerification?: Text;
}

export interface Phone {
  /** Digits only: 8-digit Danish number, or 112/114. */
  readonly number: string;
  /** Optional qualifier, e.g. which section of the source gave this number. */
  readonly label?: Text;
}

export interface Contact extends NeedsVerification {
  readonly id: string;
  /** Person or organisation, as the source names it. */
  readonly name: string;
  readonly role: Text;
  readonly phones: readonly Phone[];
  readonly email?: string;
  readonly url?: string;
  readonly uses: readonly ContactUse[];
  /** Audiences that the source lists this contact for; absent = all. */
  readonly audiences?: readonly AudienceId[];
  /** Age group the source limits this contact to; absent = any. */
  readonly ageGroup?: AgeGroup;
  readonly match: MatchTerms;
  readonly source: SourceRef;
}

export interface LegalRef {
  readonly id: string;
  /** As the source writes it, e.g. "Servicelovens § 12A", "SEL § 50, stk. 3". */
  readonly citation: string;
  readonly description: Text;
  readonly source: SourceRef;
}

/** A sign (opmærksomhedspunkt) that points to a level. */
export interface Sign {
  readonly id: string;
  readonly text: Text;
  readonly match: MatchTerms;
  readonly source: SourceRef;
}

/** An action (handlevej), a check, a step or a note. */
export interface GuideText extends NeedsVerification {
  readonly id: string;
  readonly text: Text;
  readonly contactIds?: readonly string[];
  readonly legalRefIds?: readonly string[];
  /** Optional vocabulary, for texts a question can point at directly ("må jeg sende sms"). */
  readonly match?: MatchTerms;
  readonly source: SourceRef;
}

/** An attention point (opmærksomhedspunkt) of a workflow: something not to do, to do, or to watch. */
export const ATTENTION_KINDS = ['do-not', 'do', 'watch'] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];

export interface AttentionPoint extends GuideText {
  readonly kind: AttentionKind;
}

export interface Level {
  readonly id: LevelId;
  /** The guide's own title: Tidlig bekymring / Mistanke / Behov for akut handling. */
  readonly title: Text;
  /** Hex colour used for the level in cards and the tab. */
  readonly colour: string;
  readonly meaning: Text;
  readonly signs: readonly Sign[];
  readonly actions: readonly GuideText[];
  /** Extra checks the guide asks for at this level (e.g. children under 18 in the home). */
  readonly checks: readonly GuideText[];
  readonly contactIds: readonly string[];
  readonly legalRefIds: readonly string[];
  /** Vocabulary for asking about the level itself ("rødt felt", "the yellow field"). */
  readonly match: MatchTerms;
  /**
   * Control the card names no sign for, described at this level (her money taken, her movements reported): it puts a
   * situation at this level as a sign would, and the card shows the level's meaning, since there is no sign to quote.
   */
  readonly control?: MatchTerms;
  readonly source: SourceRef;
}

/** One step of an audience's workflow, in order; `duty` names who has the duty to act. */
export interface Step extends GuideText {
  readonly duty?: Text;
  /** Steps that apply only when acute action is needed, or only for one age group. */
  readonly stage: 'concern' | 'acute';
  readonly ageGroup?: AgeGroup;
}

export interface Audience {
  readonly id: AudienceId;
  readonly title: Text;
  readonly ageGroup?: AgeGroup;
  readonly steps: readonly Step[];
  readonly attentionPoints: readonly AttentionPoint[];
  readonly safetyPlan: readonly GuideText[];
  /** Contacts during opening hours / outside opening hours, by id. */
  readonly contactIds: readonly string[];
  readonly afterHoursContactIds: readonly string[];
  readonly legalRefIds: readonly string[];
  /** Vocabulary that identifies the role ("myndighedsrådgiver", "teacher"). */
  readonly match: MatchTerms;
  readonly source: SourceRef;
}

/** Opening hours in Europe/Copenhagen local time; weekends and public holidays are closed. */
export interface OpeningHours {
  readonly weekdays: { readonly open: string; readonly close: string };
  /** Why these hours: the sources do not state them. */
  readonly note: Text;
}

export interface Guide {
  readonly id: string;
  readonly municipality: { readonly name: string; readonly url?: string };
  readonly title: Text;
  /** Who the guide is for and what it covers. */
  readonly intro: Text;
  readonly sources: readonly Source[];
  /** Colour levels (Gladsaxe). Empty when the guide is organised by audience only. */
  readonly levels: readonly Level[];
  /** Audiences with workflows (Aalborg). Empty when the guide serves everyone alike. */
  readonly audiences: readonly Audience[];
  readonly contacts: readonly Contact[];
  readonly legalRefs: readonly LegalRef[];
  /** Background notes shown with the guide (resource network, how levels overlap...). */
  readonly notes: readonly GuideText[];
  /** Vocabulary that marks a situation as needing acute action when no sign names it. */
  readonly acuteCues: MatchTerms;
  readonly openingHours: OpeningHours;
}
