package org.lvzhi.oversight;

/** The ID of a work report (专项工作报告) of the oversight module. */
public record WorkReportId(long value) {

	@Override
	public String toString() {
		return String.valueOf(value);
	}
}
