package org.lvzhi.oversight;

import java.time.LocalDate;

import org.lvzhi.directory.OrganizationId;

/**
 * The interpellation (质询) of an organ for callers outside the pages: filed with its reason, the
 * organ's answer, the conclusion. Problems an inspection found and the organ did not fix are attached
 * to it. Refusals throw {@link OversightException}.
 */
public interface InterpellationWorkflow {

	InterpellationId file(OrganizationId organ, String reason, LocalDate on);

	/** Attaches an inspection problem (its ID and text) the interpellation is about. */
	void addProblem(InterpellationId interpellation, long problem, String text);

	void answer(InterpellationId interpellation, String answer, LocalDate on);

	void close(InterpellationId interpellation, String conclusion, LocalDate on);
}
