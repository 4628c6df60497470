import type { Context } from 'moleculer';
import { asUser, type CallMeta } from '../../../infra/caller.js';
import { TrainingBaseAction, type CalendarFeedData, type CalendarFeedText, type RenderCalendarFeedParams } from '../trainingBases.contract.js';
import { renderCalendar } from '../trainingBases.ical.js';

/** The `UID` host part of the feed's events (`<bookingId>@training-bases.cej`). */
const ICAL_HOST = 'training-bases.cej';

/**
 * `trainingBases.renderCalendarFeed`: a base's calendar feed as iCalendar text in `lang` (default zh-CN), for the
 * gateway's /calendar/bases/<id>.ics route, which only streams it. The feed's events come from `trainingBases.calendarFeed`
 * (services only; it checks the secret), called as the caller: NOT_FOUND for an unknown base, UNAUTHENTICATED for
 * an unknown secret, FORBIDDEN for a revoked one or a caller that is not a service.
 */
export async function renderFeed(ctx: Context<RenderCalendarFeedParams, CallMeta>): Promise<CalendarFeedText> {
  const { baseId, token, lang } = ctx.params;
  const data = await ctx.call<CalendarFeedData, { baseId: string; feedToken: string }>(TrainingBaseAction.calendarFeed, { baseId, feedToken: token }, asUser(ctx));
  const ics = renderCalendar({ baseId: data.base.id, baseName: data.base.name, timeZone: data.base.timeZone, host: ICAL_HOST, generatedAt: data.generatedAt, events: data.events, locale: lang });
  return { ics, filename: `base-${data.base.id}.ics` };
}
