// Checks an incoming activity's shape before botbuilder sees it: a clear 400 instead of a crash deep in the framework.
export type GuardResult = { readonly ok: true; readonly activity: Record<string, unknown> } | { readonly ok: false; readonly reason: string };

const MAX_TYPE = 64;

export function guardActivity(body: unknown): GuardResult {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return fail('expected a Bot Framework activity as a JSON object');
  const activity = body as Record<string, unknown>;
  if (typeof activity.type !== 'string' || activity.type.length === 0 || activity.type.length > MAX_TYPE) return fail('"type" must be a short string');
  if (typeof activity.serviceUrl !== 'string' || activity.serviceUrl.length === 0) return fail('"serviceUrl" must be a string');
  for (const key of ['conversation', 'from', 'recipient'] as const) {
    const account = activity[key] as { id?: unknown } | undefined;
    if (typeof account !== 'object' || account === null || typeof account.id !== 'string') return fail(`"${key}.id" must be a string`);
  }
  if (activity.text !== undefined && activity.text !== null && typeof activity.text !== 'string') return fail('"text" must be a string');
  if (activity.membersAdded !== undefined && !isAccountList(activity.membersAdded)) return fail('"membersAdded" must be a list of accounts');
  if (activity.membersRemoved !== undefined && !isAccountList(activity.membersRemoved)) return fail('"membersRemoved" must be a list of accounts');
  if (activity.type === 'invoke' && activity.name === 'composeExtension/query' && !isSearchQuery(activity.value)) {
    return fail('a search needs "value" with "commandId" and a list of "parameters"');
  }
  // Entities are optional hints (clientInfo, mentions): keep the well-formed ones rather than refuse the message.
  const entities = Array.isArray(activity.entities)
    ? activity.entities.filter((e) => typeof e === 'object' && e !== null && typeof (e as { type?: unknown }).type === 'string')
    : undefined;
  const locale = typeof activity.locale === 'string' ? activity.locale : undefined;
  return { ok: true, activity: { ...activity, entities, locale } };
}

function isSearchQuery(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const query = value as { commandId?: unknown; parameters?: unknown; queryOptions?: unknown };
  const parametersOk =
    query.parameters === undefined ||
    (Array.isArray(query.parameters) && query.parameters.every((p) => typeof p === 'object' && p !== null && typeof (p as { name?: unknown }).name === 'string'));
  const optionsOk = query.queryOptions === undefined || (typeof query.queryOptions === 'object' && query.queryOptions !== null);
  return typeof query.commandId === 'string' && parametersOk && optionsOk;
}

function isAccountList(value: unknown): boolean {
  return Array.isArray(value) && value.every((m) => typeof m === 'object' && m !== null && typeof (m as { id?: unknown }).id === 'string');
}

function fail(reason: string): GuardResult {
  return { ok: false, reason };
}
