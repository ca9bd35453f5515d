/**
 * Deputy liaison stations (代表联络站) and the wider network of 代表之家 and 联系点: reception days,
 * constituents' opinions and their path to a solution, online intake, model-station ratings. The root
 * holds what other modules use: the IDs, the events ({@link org.lvzhi.liaison.ReceptionDayRecorded},
 * {@link org.lvzhi.liaison.OpinionCollected}, {@link org.lvzhi.liaison.OpinionClosed},
 * {@link org.lvzhi.liaison.OpinionReopened}, heard by the duty records), the reads
 * ({@link org.lvzhi.liaison.Stations}, {@link org.lvzhi.liaison.ReceptionDays},
 * {@link org.lvzhi.liaison.Opinions}), the use cases the demo world and the duty records' rebuild call,
 * and the opinion with its store, which every move on an opinion shares. The pages live in the rooms
 * below: {@code receptions}, {@code intake} (the public side), {@code statistics} (dashboard and
 * figures) and {@code web} (access rules, navigation, deputies' names).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Liaison stations")
package org.lvzhi.liaison;
