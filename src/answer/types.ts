// The Answer model: what to tell the user, in their language, with no card JSON in it.
import type { AudienceId, ContactUse, Lang, LevelId } from '../guide/types.js';

export interface ContactView {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  /** Digits only (8-digit Danish numbers, or 112/114). */
  readonly phones: readonly { readonly number: string; readonly label?: string }[];
  readonly email?: string;
  readonly url?: string;
  readonly uses: readonly ContactUse[];
  readonly needsVerification?: string;
}

export interface Section {
  readonly id: 'focus' | 'sign' | 'also' | 'meaning' | 'actions' | 'checks' | 'steps' | 'attention' | 'safety-plan' | 'legal' | 'notes' | 'signs';
  readonly title: string;
  readonly items: readonly { readonly text: string; readonly note?: string; readonly emphasis?: boolean }[];
}

/** A follow-up button; `verb` is handled by the bot's card-action handlers. */
export type FollowUp =
  | { readonly verb: 'contacts'; readonly title: string; readonly afterHours?: boolean }
  | { readonly verb: 'overview'; readonly title: string }
  | { readonly verb: 'level'; readonly title: string; readonly levelId: LevelId }
  | { readonly verb: 'audience'; readonly title: string; readonly audienceId: AudienceId }
  | { readonly verb: 'sign'; readonly title: string; readonly signId: string }
  | { readonly verb: 'contact'; readonly title: string; readonly contactId: string }
  | { readonly verb: 'help'; readonly title: string };

export interface Header {
  readonly title: string;
  /** Level id when the answer is a guide level; 'acute' for a workflow's acute stage. */
  readonly tone: LevelId | 'acute' | 'neutral';
  readonly subtitle?: string;
}

export type AnswerBody =
  | {
      readonly kind: 'guide';
      readonly header: Header;
      readonly sections: readonly Section[];
      readonly contactsTitle: string;
      readonly contacts: readonly ContactView[];
      readonly afterHoursContacts: readonly ContactView[];
      readonly open: boolean;
      readonly verification: readonly string[];
      readonly source: string;
      readonly followUps: readonly FollowUp[];
    }
  | { readonly kind: 'contacts'; readonly title: string; readonly intro?: string; readonly groups: readonly { readonly title: string; readonly contacts: readonly ContactView[] }[]; readonly source: string; readonly followUps: readonly FollowUp[] }
  | { readonly kind: 'overview'; readonly title: string; readonly intro: string; readonly levels: readonly { readonly id: LevelId; readonly title: string; readonly meaning: string; readonly signs: readonly string[]; readonly actions: readonly string[] }[]; readonly followUps: readonly FollowUp[]; readonly source: string }
  | { readonly kind: 'help'; readonly title: string; readonly intro: string; readonly examples: readonly string[]; readonly privacy: string; readonly followUps: readonly FollowUp[] }
  | {
      readonly kind: 'choose-audience';
      readonly title: string;
      readonly intro: string;
      readonly options: readonly FollowUp[];
      /** What the question asked about that holds whichever audience is chosen. */
      readonly focus?: Section;
      /** An acute situation: the title is the acute level's, and the acute contacts come before the choice. */
      readonly acute: boolean;
      readonly acuteTitle: string;
      readonly acuteContacts: readonly ContactView[];
    }
  | { readonly kind: 'candidates'; readonly title: string; readonly intro: string; readonly options: readonly FollowUp[]; readonly followUps: readonly FollowUp[] };

export type Warning = 'cpr' | 'long';

export interface Answer {
  readonly lang: Lang;
  readonly warnings: readonly Warning[];
  readonly body: AnswerBody;
  /** Cards that follow the main one (e.g. the level overview under a list of candidates). */
  readonly extra: readonly AnswerBody[];
  /** The audience the answer assumed or the user chose, to remember for the conversation. */
  readonly audienceId?: AudienceId;
}
