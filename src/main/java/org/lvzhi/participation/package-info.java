/**
 * Public participation (公众参与): questionnaires (问卷) built by the office, answered by anybody
 * with the link, a single-use code or an account, once each, and their results. The root package
 * is what other modules (the demo world's loader among them) use: typed ids, the question kinds
 * and the {@link org.lvzhi.participation.Questionnaires} commands.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Participation")
package org.lvzhi.participation;
