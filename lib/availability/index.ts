export { availableSlots, checkSlot, isSlotAvailable } from './slots';
export { firstAvailableSlots } from './first-available';
export { daysWithOpenings, groupByPartOfDay } from './grouping';
export {
  appointmentBlockedWindow,
  conflictingAppointments,
  overlaps,
  slotBlockedWindow,
} from './intervals';
export type {
  AvailabilityQuery,
  BookingPolicy,
  BusyAppointment,
  DayOpenings,
  FirstAvailableQuery,
  Interval,
  LocalDate,
  PartsOfDay,
  PractitionerAvailabilityInput,
  ServiceRule,
  Slot,
  SlotCheck,
  SlotCheckQuery,
  SlotRejection,
  Weekday,
  WeeklyHours,
} from './types';
