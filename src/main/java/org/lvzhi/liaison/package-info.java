/**
 * Deputy liaison stations (代表联络站) and the wider network of 代表之家 and 联系点: reception days,
 * constituents' opinions and their path to a solution, online intake, model-station ratings.
 * Other modules react to its events ({@link org.lvzhi.liaison.ReceptionDayRecorded},
 * {@link org.lvzhi.liaison.OpinionCollected}, {@link org.lvzhi.liaison.OpinionClosed},
 * {@link org.lvzhi.liaison.OpinionReopened}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Liaison stations")
package org.lvzhi.liaison;
