/**
 * Appointments and removals by the standing committee (人事任免): a proposer's motion for one or more
 * persons, the office's check and scheduling, the committee's review and the nominee's statement, a
 * secret vote per person at a sitting through the meetings' voting service, the letter of
 * appointment, the constitutional oath and the published list; a passed nomination starts or ends
 * the person's membership in the directory on the day of the vote. The root package is what other
 * modules use: the typed ids and {@link org.lvzhi.appointments.AppointmentDesk}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Appointments")
package org.lvzhi.appointments;
