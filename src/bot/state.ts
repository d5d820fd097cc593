// What the bot remembers per conversation: the chosen audience. Never message text.
import { TurnState, type DefaultConversationState, type DefaultUserState } from '@microsoft/teams-ai/lib/TurnState';
import type { AudienceId } from '../guide/types.js';

export interface ConversationState extends DefaultConversationState {
  audienceId?: AudienceId;
}

export type AppTurnState = TurnState<ConversationState, DefaultUserState>;
