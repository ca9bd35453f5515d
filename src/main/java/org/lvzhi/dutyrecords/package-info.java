/**
 * Deputies' duty records (履职档案): each deputy's record of duty is built from the events of other
 * modules (station visits, constituents received, opinions, suggestions and bills) and never typed
 * twice; the yearly duty report (年度述职) and the evaluation scores come out of it. Others read it
 * through {@link org.lvzhi.dutyrecords.DutyRecords}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Duty records")
package org.lvzhi.dutyrecords;
