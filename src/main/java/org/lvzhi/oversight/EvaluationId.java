package org.lvzhi.oversight;

/** The ID of a satisfaction evaluation of departments (满意度测评) of the oversight module. */
public record EvaluationId(long value) {

	@Override
	public String toString() {
		return String.valueOf(value);
	}
}
