/**
 * The working-day calendar of China (days off and make-up working days, bundled for 2004–2026 and
 * uploaded by the administrator for later years) and the deadline service every other module uses
 * to count statutory periods. Periods follow 民法典 articles 201–203: the start day is not counted,
 * months end on the corresponding day, and a period ending on a day off ends on the next working day.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deadlines")
package org.lvzhi.deadlines;
