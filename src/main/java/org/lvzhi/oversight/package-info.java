/**
 * Oversight of the government (监督): the supervision plan, special work reports with their
 * deliberation opinions and handling reports, satisfaction votes, special inquiries, satisfaction
 * evaluations of departments, law-enforcement inspections with their sites and problems,
 * inspection and research visits, and the filing review of normative documents.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Oversight")
package org.lvzhi.oversight;
