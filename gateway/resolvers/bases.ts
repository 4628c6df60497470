import type { GatewayContext } from '../context.js';
import type { AllianceDto } from '../../services/alliances/alliances.contract.js';
import type { BookingDto, SlotDto, TrainingBaseDto, UtilizationDto } from '../../services/trainingBases/trainingBases.contract.js';
import type { InternshipRecord } from '../../services/trainingBases/trainingBases.contract.js';
import type { Page } from '../../infra/pagination.js';

type Args = Record<string, any>;

export const baseResolvers = {
  Query: {
    trainingBase: (_: unknown, { id }: Args, ctx: GatewayContext) => ctx.loaders.trainingBase.load(id),
    booking: (_: unknown, { id }: Args, ctx: GatewayContext) => ctx.loaders.booking.load(id),
    myBookings: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<BookingDto[]>('trainingBases.myBookings', args),
  },
  Mutation: {
    createTrainingBase: (_: unknown, { input }: Args, ctx: GatewayContext) => ctx.call<TrainingBaseDto>('trainingBases.create', input),
    updateTrainingBase: (_: unknown, { id, input, cancelConflicting, reason }: Args, ctx: GatewayContext) =>
      ctx.call<TrainingBaseDto>('trainingBases.update', { ...input, baseId: id, cancelConflicting, reason }),
    addClosedDates: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<TrainingBaseDto>('trainingBases.addClosedDates', args),
    removeClosedDates: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<TrainingBaseDto>('trainingBases.removeClosedDates', args),
    bookTrainingBase: (_: unknown, { input }: Args, ctx: GatewayContext) => ctx.call<BookingDto[]>('trainingBases.book', input),
    approveBooking: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<BookingDto>('trainingBases.approve', args),
    rejectBooking: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<BookingDto>('trainingBases.reject', args),
    cancelBooking: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<BookingDto>('trainingBases.cancel', args),
    revokeCalendarFeed: (_: unknown, args: Args, ctx: GatewayContext) => ctx.call<boolean>('trainingBases.revokeCalendarFeed', args),
  },
  Alliance: {
    trainingBases: (a: AllianceDto, args: Args, ctx: GatewayContext) => ctx.call<Page<TrainingBaseDto>>('trainingBases.list', { ...args, allianceId: a.id }),
  },
  TrainingBase: {
    alliance: (b: TrainingBaseDto, _: Args, ctx: GatewayContext) => ctx.loaders.alliance.load(b.allianceId),
    host: (b: TrainingBaseDto, _: Args, ctx: GatewayContext) => ctx.loaders.organization.load(b.hostOrganizationId),
    availability: (b: TrainingBaseDto, args: Args, ctx: GatewayContext) => ctx.call<SlotDto[]>('trainingBases.availability', { ...args, baseId: b.id }),
    bookings: (b: TrainingBaseDto, args: Args, ctx: GatewayContext) => ctx.call<Page<BookingDto>>('trainingBases.bookings', { ...args, baseId: b.id }),
    utilization: (b: TrainingBaseDto, args: Args, ctx: GatewayContext) => ctx.call<UtilizationDto>('trainingBases.utilization', { ...args, baseId: b.id }),
    internshipService: (b: TrainingBaseDto, _: Args, ctx: GatewayContext) => ctx.call<InternshipRecord>('trainingBases.internshipService', { baseId: b.id }),
    calendarFeedUrl: async (b: TrainingBaseDto, _: Args, ctx: GatewayContext) => {
      const { token } = await ctx.call<{ token: string }>('trainingBases.calendarFeedToken', { baseId: b.id });
      return `${ctx.publicUrl}/calendar/bases/${b.id}.ics?token=${encodeURIComponent(token)}`;
    },
  },
  Booking: {
    base: (b: BookingDto, _: Args, ctx: GatewayContext) => ctx.loaders.trainingBase.load(b.baseId),
    organization: (b: BookingDto, _: Args, ctx: GatewayContext) => ctx.loaders.organization.load(b.organizationId),
  },
};
