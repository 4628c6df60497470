import type {
  AllianceTrainingBasesArgs,
  MutationAddClosedDatesArgs,
  MutationApproveBookingArgs,
  MutationBookTrainingBaseArgs,
  MutationCancelBookingArgs,
  MutationCreateTrainingBaseArgs,
  MutationRejectBookingArgs,
  MutationRemoveClosedDatesArgs,
  MutationRevokeCalendarFeedArgs,
  MutationUpdateTrainingBaseArgs,
  QueryBookingArgs,
  QueryMyBookingsArgs,
  QueryTrainingBaseArgs,
  TrainingBaseAvailabilityArgs,
  TrainingBaseBookingsArgs,
  TrainingBaseUtilizationArgs,
} from '../generated/resolvers-types.js';
import type { GatewayContext } from '../context.js';
import { myBookingsFromPages } from '../bus-pages.js';
import { calendarFeedUrl } from '../calendar.js';
import { ctxLocale } from '../localized.js';
import type { GatewayResolvers } from './merge.js';
import type { AllianceDto } from '../../services/alliances/alliances.contract.js';
import {
  TrainingBaseAction as A,
  type BookingDto,
  type CalendarFeedToken,
  type InternshipRecord,
  type Page,
  type SlotDto,
  type TrainingBaseDto,
  type UtilizationDto,
} from '../../services/trainingBases/trainingBases.contract.js';

export const baseResolvers: GatewayResolvers = {
  Query: {
    trainingBase: (_: unknown, { id }: QueryTrainingBaseArgs, ctx: GatewayContext) => ctx.loaders.trainingBase.load(id),
    booking: (_: unknown, { id }: QueryBookingArgs, ctx: GatewayContext) => ctx.loaders.booking.load(id),
    myBookings: (_: unknown, args: QueryMyBookingsArgs, ctx: GatewayContext) => myBookingsFromPages(ctx.call, args),
  },
  Mutation: {
    createTrainingBase: (_: unknown, { input }: MutationCreateTrainingBaseArgs, ctx: GatewayContext) => ctx.call<TrainingBaseDto>(A.create, input),
    updateTrainingBase: (_: unknown, { id, input, cancelConflicting, reason }: MutationUpdateTrainingBaseArgs, ctx: GatewayContext) =>
      ctx.call<TrainingBaseDto>(A.update, { ...input, baseId: id, cancelConflicting, reason }),
    addClosedDates: (_: unknown, args: MutationAddClosedDatesArgs, ctx: GatewayContext) => ctx.call<TrainingBaseDto>(A.addClosedDates, args),
    removeClosedDates: (_: unknown, args: MutationRemoveClosedDatesArgs, ctx: GatewayContext) => ctx.call<TrainingBaseDto>(A.removeClosedDates, args),
    bookTrainingBase: (_: unknown, { input }: MutationBookTrainingBaseArgs, ctx: GatewayContext) => ctx.call<BookingDto[]>(A.book, input),
    approveBooking: (_: unknown, args: MutationApproveBookingArgs, ctx: GatewayContext) => ctx.call<BookingDto>(A.approve, args),
    rejectBooking: (_: unknown, args: MutationRejectBookingArgs, ctx: GatewayContext) => ctx.call<BookingDto>(A.reject, args),
    cancelBooking: (_: unknown, args: MutationCancelBookingArgs, ctx: GatewayContext) => ctx.call<BookingDto>(A.cancel, args),
    revokeCalendarFeed: (_: unknown, args: MutationRevokeCalendarFeedArgs, ctx: GatewayContext) => ctx.call<boolean>(A.revokeCalendarFeed, args),
  },
  // Fields of list items: one batched call per field and argument set (gateway/batch-fields.ts), whatever the list length.
  Alliance: {
    trainingBases: (a: AllianceDto, args: AllianceTrainingBasesArgs, ctx: GatewayContext) =>
      ctx.batch<Page<TrainingBaseDto>>(A.listByAlliances, 'allianceIds', a.id, args),
  },
  TrainingBase: {
    alliance: (b: TrainingBaseDto, _: unknown, ctx: GatewayContext) => ctx.loaders.alliance.load(b.allianceId),
    host: (b: TrainingBaseDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(b.hostOrganizationId),
    availability: (b: TrainingBaseDto, args: TrainingBaseAvailabilityArgs, ctx: GatewayContext) => ctx.batch<SlotDto[]>(A.getAvailability, 'baseIds', b.id, args),
    bookings: (b: TrainingBaseDto, args: TrainingBaseBookingsArgs, ctx: GatewayContext) => ctx.batch<Page<BookingDto>>(A.listBookingsOfBases, 'baseIds', b.id, args),
    utilization: (b: TrainingBaseDto, args: TrainingBaseUtilizationArgs, ctx: GatewayContext) => ctx.batch<UtilizationDto>(A.getUtilization, 'baseIds', b.id, args),
    internshipService: (b: TrainingBaseDto, _: unknown, ctx: GatewayContext) => ctx.batch<InternshipRecord>(A.getInternshipServices, 'baseIds', b.id),
    calendarFeedUrl: async (b: TrainingBaseDto, _: unknown, ctx: GatewayContext) => {
      const { token } = await ctx.batch<CalendarFeedToken>(A.getCalendarFeedTokens, 'baseIds', b.id);
      // In the caller's current language (x-lang, lang cookie, Accept-Language): the feed's texts follow the URL.
      return calendarFeedUrl(ctx.publicUrl, b.id, token, ctxLocale(ctx));
    },
  },
  Booking: {
    base: (b: BookingDto, _: unknown, ctx: GatewayContext) => ctx.loaders.trainingBase.load(b.baseId),
    organization: (b: BookingDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(b.organizationId),
  },
};
