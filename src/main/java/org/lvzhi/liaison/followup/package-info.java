/**
 * Matters the petitions office hands to a station to follow up: each becomes an opinion of the
 * station (source {@code PETITION}, no constituent named) linked back to its petition, whose page
 * only readers the petitions module lets in may open.
 */
package org.lvzhi.liaison.followup;
