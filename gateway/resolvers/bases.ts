import type { GatewayContext } from '../context.js';
import type { AllianceDto } from '../../services/alliances/alliances.contract.js';
import {
  TrainingBaseAction as A,
  type BookingDto,
  type BookingFilter,
  type CalendarFeedToken,
  type InternshipRecord,
  type Page,
  type PageParams,
  type SlotDto,
  type TrainingBaseDto,
  type UtilizationDto,
  type WindowParams,
} from '../../services/trainingBases/trainingBases.contract.js';

type Args = Record<string, any>;

export const baseResolvers = {
  Query: {
    trainingBase: (_: unknown, { id }: Args, ctx: GatewayContext) => ctx.loaders.trainingBase.load(id),
    booking: (_: unknown, { id }: Args, ctx: GatewayContext) => ctx.loaders.booking.load(id),
    myBookings: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<BookingDto[]>(A.myBookings, args),
  },
  Mutation: {
    createTrainingBase: (_: unknown, { input }: Args, ctx: GatewayContext) => ctx.call<TrainingBaseDto>(A.create, input),
    updateTrainingBase: (_: unknown, { id, input, cancelConflicting, reason }: Args, ctx: GatewayContext) =>
      ctx.call<TrainingBaseDto>(A.update, { ...input, baseId: id, cancelConflicting, reason }),
    addClosedDates: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<TrainingBaseDto>(A.addClosedDates, args),
    removeClosedDates: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<TrainingBaseDto>(A.removeClosedDates, args),
    bookTrainingBase: (_: unknown, { input }: Args, ctx: GatewayContext) => ctx.call<BookingDto[]>(A.book, input),
    approveBooking: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<BookingDto>(A.approve, args),
    rejectBooking: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<BookingDto>(A.reject, args),
    cancelBooking: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<BookingDto>(A.cancel, args),
    revokeCalendarFeed: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<boolean>(A.revokeCalendarFeed, args),
  },
  // Fields of list items: one batched call per field and argument set (gateway/batch-fields.ts), whatever the list length.
  Alliance: {
    trainingBases: (a: AllianceDto, args: PageParams, ctx: GatewayContext) => ctx.batch<Page<TrainingBaseDto>>(A.listByAlliances, 'allianceIds', a.id, { ...args }),
  },
  TrainingBase: {
    alliance: (b: TrainingBaseDto, _: Args, ctx: GatewayContext) => ctx.loaders.alliance.load(b.allianceId),
    host: (b: TrainingBaseDto, _: Args, ctx: GatewayContext) => ctx.loaders.organization.load(b.hostOrganizationId),
    availability: (b: TrainingBaseDto, args: WindowParams, ctx: GatewayContext) => ctx.batch<SlotDto[]>(A.getAvailability, 'baseIds', b.id, { ...args }),
    bookings: (b: TrainingBaseDto, args: BookingFilter, ctx: GatewayContext) => ctx.batch<Page<BookingDto>>(A.listBookingsOfBases, 'baseIds', b.id, { ...args }),
    utilization: (b: TrainingBaseDto, args: WindowParams, ctx: GatewayContext) => ctx.batch<UtilizationDto>(A.getUtilization, 'baseIds', b.id, { ...args }),
    internshipService: (b: TrainingBaseDto, _: Args, ctx: GatewayContext) => ctx.batch<InternshipRecord>(A.getInternshipServices, 'baseIds', b.id),
    calendarFeedUrl: async (b: TrainingBaseDto, _: Args, ctx: GatewayContext) => {
      const { token } = await ctx.batch<CalendarFeedToken>(A.getCalendarFeedTokens, 'baseIds', b.id);
      return `${ctx.publicUrl}/calendar/bases/${b.id}.ics?token=${encodeURIComponent(token)}`;
    },
  },
  Booking: {
    base: (b: BookingDto, _: Args, ctx: GatewayContext) => ctx.loaders.trainingBase.load(b.baseId),
    organization: (b: BookingDto, _: Args, ctx: GatewayContext) => ctx.loaders.organization.load(b.organizationId),
  },
};
