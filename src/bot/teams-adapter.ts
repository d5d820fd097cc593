// TeamsAdapter that answers every invalid token with 401. botbuilder lets jsonwebtoken's own errors (bad signature,
// malformed token) escape as 500; a forged request is the caller's fault, not ours. Its connector clients count reply
// bytes without copying the body (reply-content-length.ts).
import { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
import { StatusCodes, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import { AuthenticationError, type AuthenticateRequestResult } from 'botframework-connector';
import { ContentLengthConnectorFactory } from './reply-content-length.js';

const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

export class StrictTeamsAdapter extends TeamsAdapter {
  protected override async processActivity(
    auth: string | AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    if (typeof auth !== 'string') return super.processActivity(withContentLength(auth), activity, logic);
    let result: AuthenticateRequestResult;
    try {
      result = await this.botFrameworkAuthentication.authenticateRequest(activity, auth);
    } catch (error) {
      if (error instanceof Error && TOKEN_ERRORS.has(error.name)) throw new AuthenticationError('Unauthorized. Invalid token.', StatusCodes.UNAUTHORIZED);
      throw error;
    }
    return super.processActivity(withContentLength(result), activity, logic);
  }
}

function withContentLength(result: AuthenticateRequestResult): AuthenticateRequestResult {
  const { connectorFactory } = result;
  return connectorFactory && !(connectorFactory instanceof ContentLengthConnectorFactory) ? { ...result, connectorFactory: new ContentLengthConnectorFactory(connectorFactory) } : result;
}
