/** The stations' dashboard for the deputies' affairs office and the liaison figures of the statistics page. */
package org.lvzhi.liaison.statistics;
