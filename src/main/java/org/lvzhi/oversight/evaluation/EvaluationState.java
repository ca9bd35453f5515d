package org.lvzhi.oversight.evaluation;

/** An evaluation is open for raters, then closed (counted), then published to the departments. */
public enum EvaluationState {
	OPEN, CLOSED, PUBLISHED
}
