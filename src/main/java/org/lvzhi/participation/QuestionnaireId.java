package org.lvzhi.participation;

/** A questionnaire's identity, as other modules refer to it. */
public record QuestionnaireId(long value) {
}
