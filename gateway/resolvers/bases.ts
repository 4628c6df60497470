import type { GatewayContext } from '../context.js';
import type { GatewayResolvers } from './merge.js';
import type { AllianceTrainingBasesArgs, MutationAddClosedDatesArgs, MutationApproveBookingArgs, MutationBookTrainingBaseArgs, MutationCancelBookingArgs, MutationCreateTrainingBaseArgs, MutationRejectBookingArgs, MutationRemoveClosedDatesArgs, MutationRevokeCalendarFeedArgs, MutationUpdateTrainingBaseArgs, QueryBookingArgs, QueryMyBookingsArgs, QueryTrainingBaseArgs, TrainingBaseAvailabilityArgs, TrainingBaseBookingsArgs, TrainingBaseUtilizationArgs } from '../generated/resolvers-types.js';
import type { AllianceDto } from '../../services/alliances/alliances.contract.js';
import type { BookingDto, SlotDto, TrainingBaseDto, UtilizationDto } from '../../services/trainingBases/trainingBases.contract.js';
import type { InternshipRecord } from '../../services/trainingBases/trainingBases.contract.js';
import type { Page } from '../../infra/pagination.js';

export const baseResolvers: GatewayResolvers = {
  Query: {
    trainingBase: (_: unknown, { id }: QueryTrainingBaseArgs, ctx: GatewayContext) => ctx.loaders.trainingBase.load(id),
    booking: (_: unknown, { id }: QueryBookingArgs, ctx: GatewayContext) => ctx.loaders.booking.load(id),
    myBookings: (_: unknown, args: QueryMyBookingsArgs, ctx: GatewayContext) => ctx.call<BookingDto[]>('trainingBases.myBookings', args),
  },
  Mutation: {
    createTrainingBase: (_: unknown, { input }: MutationCreateTrainingBaseArgs, ctx: GatewayContext) => ctx.call<TrainingBaseDto>('trainingBases.create', input),
    updateTrainingBase: (_: unknown, { id, input, cancelConflicting, reason }: MutationUpdateTrainingBaseArgs, ctx: GatewayContext) =>
      ctx.call<TrainingBaseDto>('trainingBases.update', { ...input, baseId: id, cancelConflicting, reason }),
    addClosedDates: (_: unknown, args: MutationAddClosedDatesArgs, ctx: GatewayContext) => ctx.call<TrainingBaseDto>('trainingBases.addClosedDates', args),
    removeClosedDates: (_: unknown, args: MutationRemoveClosedDatesArgs, ctx: GatewayContext) => ctx.call<TrainingBaseDto>('trainingBases.removeClosedDates', args),
    bookTrainingBase: (_: unknown, { input }: MutationBookTrainingBaseArgs, ctx: GatewayContext) => ctx.call<BookingDto[]>('trainingBases.book', input),
    approveBooking: (_: unknown, args: MutationApproveBookingArgs, ctx: GatewayContext) => ctx.call<BookingDto>('trainingBases.approve', args),
    rejectBooking: (_: unknown, args: MutationRejectBookingArgs, ctx: GatewayContext) => ctx.call<BookingDto>('trainingBases.reject', args),
    cancelBooking: (_: unknown, args: MutationCancelBookingArgs, ctx: GatewayContext) => ctx.call<BookingDto>('trainingBases.cancel', args),
    revokeCalendarFeed: (_: unknown, args: MutationRevokeCalendarFeedArgs, ctx: GatewayContext) => ctx.call<boolean>('trainingBases.revokeCalendarFeed', args),
  },
  Alliance: {
    trainingBases: (a: AllianceDto, args: AllianceTrainingBasesArgs, ctx: GatewayContext) => ctx.call<Page<TrainingBaseDto>>('trainingBases.list', { ...args, allianceId: a.id }),
  },
  TrainingBase: {
    alliance: (b: TrainingBaseDto, _: unknown, ctx: GatewayContext) => ctx.loaders.alliance.load(b.allianceId),
    host: (b: TrainingBaseDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(b.hostOrganizationId),
    availability: (b: TrainingBaseDto, args: TrainingBaseAvailabilityArgs, ctx: GatewayContext) => ctx.call<SlotDto[]>('trainingBases.availability', { ...args, baseId: b.id }),
    bookings: (b: TrainingBaseDto, args: TrainingBaseBookingsArgs, ctx: GatewayContext) => ctx.call<Page<BookingDto>>('trainingBases.bookings', { ...args, baseId: b.id }),
    utilization: (b: TrainingBaseDto, args: TrainingBaseUtilizationArgs, ctx: GatewayContext) => ctx.call<UtilizationDto>('trainingBases.utilization', { ...args, baseId: b.id }),
    internshipService: (b: TrainingBaseDto, _: unknown, ctx: GatewayContext) => ctx.call<InternshipRecord>('trainingBases.internshipService', { baseId: b.id }),
    calendarFeedUrl: async (b: TrainingBaseDto, _: unknown, ctx: GatewayContext) => {
      const { token } = await ctx.call<{ token: string }>('trainingBases.calendarFeedToken', { baseId: b.id });
      return `${ctx.publicUrl}/calendar/bases/${b.id}.ics?token=${encodeURIComponent(token)}`;
    },
  },
  Booking: {
    base: (b: BookingDto, _: unknown, ctx: GatewayContext) => ctx.loaders.trainingBase.load(b.baseId),
    organization: (b: BookingDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(b.organizationId),
  },
};
